package org.masthead.ingest.mail;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.tika.parser.txt.CharsetDetector;
import org.apache.tika.parser.txt.CharsetMatch;

/**
 * Turns the charset labels mail really carries into Java charsets, and bytes into text on a
 * best-effort basis that says what it guessed.
 *
 * <p>Mail labels are often older or narrower than the text: "gb2312" mail holds GBK/GB18030
 * characters, "big5" holds HKSCS, "shift_jis" holds Microsoft's extensions, Outlook's
 * "ks_c_5601-1987" means code page 949, and Hebrew "iso-8859-8-i" only says the text is in
 * logical order. Each is read as the superset. The JDK has no UTF-7, so jutf7's charset is looked
 * up directly rather than through the service loader, which an application class loader or a
 * trimmed runtime image may not search.
 *
 * <p>When the label is missing, unknown or contradicted by the bytes, valid UTF-8 is read as
 * UTF-8; otherwise a statistical guess (Tika's ICU detector) is taken only for the multi-byte
 * East Asian and Cyrillic encodings it recognises reliably, and anything else is read as
 * windows-1252, which never fails. Each such guess comes back with a warning. Stateless.
 */
final class MailCharsets {

    static final Charset UTF7 = new com.beetstra.jutf7.CharsetProvider().charsetForName("UTF-7");
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final Map<String, String> SUPERSETS = Map.ofEntries(
            Map.entry("gb2312", "GB18030"), Map.entry("gb_2312-80", "GB18030"), Map.entry("csgb2312", "GB18030"),
            Map.entry("gbk", "GB18030"), Map.entry("x-gbk", "GB18030"), Map.entry("cp936", "GB18030"),
            Map.entry("euc-cn", "GB18030"), Map.entry("chinese", "GB18030"), Map.entry("hz-gb-2312", "GB18030"),
            Map.entry("big5", "Big5-HKSCS"), Map.entry("big-5", "Big5-HKSCS"), Map.entry("cn-big5", "Big5-HKSCS"),
            Map.entry("x-x-big5", "Big5-HKSCS"), Map.entry("csbig5", "Big5-HKSCS"), Map.entry("cp950", "Big5-HKSCS"),
            Map.entry("shift_jis", "windows-31j"), Map.entry("shift-jis", "windows-31j"), Map.entry("sjis", "windows-31j"),
            Map.entry("x-sjis", "windows-31j"), Map.entry("ms_kanji", "windows-31j"), Map.entry("cp932", "windows-31j"),
            Map.entry("csshiftjis", "windows-31j"),
            Map.entry("ks_c_5601-1987", "x-windows-949"), Map.entry("ks_c_5601-1989", "x-windows-949"),
            Map.entry("ks_c_5601", "x-windows-949"), Map.entry("ksc5601", "x-windows-949"), Map.entry("euc-kr", "x-windows-949"),
            Map.entry("korean", "x-windows-949"), Map.entry("cp949", "x-windows-949"), Map.entry("csksc56011987", "x-windows-949"),
            Map.entry("iso-8859-8-i", "ISO-8859-8"), Map.entry("iso-8859-8-e", "ISO-8859-8"), Map.entry("logical", "ISO-8859-8"),
            Map.entry("visual", "ISO-8859-8"), Map.entry("iso-8859-6-i", "ISO-8859-6"), Map.entry("iso-8859-6-e", "ISO-8859-6"),
            Map.entry("x-mac-cyrillic", "x-MacCyrillic"), Map.entry("x-mac-ukrainian", "x-MacCyrillic"),
            Map.entry("maccyrillic", "x-MacCyrillic"),
            Map.entry("unicodebig", "UTF-16BE"), Map.entry("unicodefffe", "UTF-16BE"), Map.entry("unicode", "UTF-16LE"),
            Map.entry("unicodelittle", "UTF-16LE"), Map.entry("utf8", "UTF-8"),
            // Microsoft's ISO-2022-JP (CP50221) adds the NEC and IBM rows Japanese mail uses (circled digits, "№").
            Map.entry("iso-2022-jp", "x-windows-50221"), Map.entry("csiso2022jp", "x-windows-50221"),
            Map.entry("iso-2022-jp-1", "x-windows-50221"), Map.entry("iso-2022-jp-2", "x-windows-50221"),
            Map.entry("iso-2022-jp-3", "x-windows-50221"), Map.entry("cp1256", "windows-1256"), Map.entry("cp1251", "windows-1251"),
            // Browsers and most mail readers read Latin-1 as its Windows superset; C1 controls never mean anything in mail.
            Map.entry("iso-8859-1", "windows-1252"), Map.entry("iso_8859-1", "windows-1252"), Map.entry("latin1", "windows-1252"),
            Map.entry("l1", "windows-1252"), Map.entry("iso8859-1", "windows-1252"), Map.entry("cp1252", "windows-1252"));

    private static final Set<String> UTF7_LABELS = Set.of("utf-7", "utf7", "unicode-1-1-utf-7", "x-unicode20utf7", "csunicode11utf7");
    private static final Set<String> ASCII_LABELS = Set.of("us-ascii", "ascii", "ansi_x3.4-1968", "iso646-us", "us", "cp367",
            "iso-ir-6", "ansi_x3.4-1986", "csascii", "646");
    /** Labels whose text is routinely sent as UTF-8 by mistake. */
    private static final Set<String> LATIN_FAMILY = Set.of("windows-1252", "ISO-8859-15", "US-ASCII");
    /** What the statistical detector may decide; it mistakes Latin texts for one another, so those are left to windows-1252. */
    private static final Set<String> SNIFFABLE = Set.of("Big5", "GB18030", "EUC-JP", "EUC-KR", "Shift_JIS", "ISO-2022-JP",
            "ISO-2022-KR", "ISO-2022-CN", "KOI8-R", "windows-1251", "UTF-16BE", "UTF-16LE");
    private static final int SNIFF_CONFIDENCE = 50;

    /** Text and, when the label was not simply followed, what was done instead. */
    record Decoded(String text, Charset charset, String warning) {
    }

    /** The charset a label names, through the supersets above; null when neither we nor the JDK know it. */
    Charset lookup(String label) {
        String norm = normalize(label);
        if (norm == null) return null;
        if (UTF7_LABELS.contains(norm)) return UTF7;
        if (ASCII_LABELS.contains(norm)) return StandardCharsets.US_ASCII;
        String superset = SUPERSETS.get(norm);
        try {
            return Charset.forName(superset != null ? superset : norm);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    /** Lower case, without quotes, blanks or a doubled "charset=" prefix; null when nothing is left. */
    static String normalize(String label) {
        if (label == null) return null;
        String s = label.strip();
        while (s.length() >= 2 && (s.startsWith("\"") || s.startsWith("'"))) s = s.substring(1).strip();
        while (s.endsWith("\"") || s.endsWith("'")) s = s.substring(0, s.length() - 1).strip();
        s = s.toLowerCase(Locale.ROOT);
        if (s.startsWith("charset=")) s = s.substring("charset=".length()).strip();
        return s.isEmpty() ? null : s;
    }

    /**
     * Decodes {@code bytes} that claim to be in {@code label} (null when nothing was declared).
     * {@code what} names the text in a warning, e.g. "body" or "Subject".
     */
    Decoded decode(byte[] bytes, String label, String what) {
        String norm = normalize(label);
        Charset cs = lookup(norm);
        boolean eightBit = hasEightBit(bytes);
        if (norm == null || cs == StandardCharsets.US_ASCII) {
            if (!eightBit) return new Decoded(new String(bytes, StandardCharsets.ISO_8859_1), StandardCharsets.US_ASCII, null);
            String said = norm == null ? "no charset was declared" : "charset label said " + norm;
            return guess(bytes, what, said + " but bytes are ");
        }
        if (cs == null) {
            return guess(bytes, what, "charset '" + label.strip() + "' not known: read as ");
        }
        if (eightBit && LATIN_FAMILY.contains(cs.name()) && isUtf8(bytes)) {
            return new Decoded(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8,
                    what + ": charset label said " + norm + " but bytes are UTF-8");
        }
        String text = decodeReplacing(bytes, cs);
        int bad = count(text, '\uFFFD');
        if (bad == 0) return new Decoded(text, cs, null);
        if (cs == StandardCharsets.UTF_8 && !hasUtf8Sequence(bytes)) { // Latin-1 text under a UTF-8 label
            return new Decoded(decodeReplacing(bytes, WINDOWS_1252), WINDOWS_1252,
                    what + ": charset label said " + norm + " but bytes are windows-1252");
        }
        if (eightBit && cs != StandardCharsets.UTF_8 && isUtf8(bytes)) {
            return new Decoded(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8,
                    what + ": charset label said " + norm + " but bytes are UTF-8");
        }
        return new Decoded(text, cs, what + ": " + bad + " byte sequence" + (bad == 1 ? " was" : "s were") + " not valid "
                + cs.name() + " and became \uFFFD");
    }

    /** For missing, unknown or contradicted labels: UTF-8 when valid, a confident East Asian or Cyrillic guess, else windows-1252. */
    private Decoded guess(byte[] bytes, String what, String prefix) {
        Charset cs;
        if (isUtf8(bytes)) cs = StandardCharsets.UTF_8;
        else {
            cs = sniff(bytes);
            if (cs == null) cs = WINDOWS_1252;
        }
        String text = cs == StandardCharsets.UTF_8 ? new String(bytes, StandardCharsets.UTF_8) : decodeReplacing(bytes, cs);
        return new Decoded(text, cs, what + ": " + prefix + cs.name());
    }

    private Charset sniff(byte[] bytes) {
        if (bytes.length < 8) return null;
        try {
            CharsetDetector detector = new CharsetDetector();
            detector.setText(bytes);
            CharsetMatch match = detector.detect();
            if (match == null || match.getConfidence() < SNIFF_CONFIDENCE || !SNIFFABLE.contains(match.getName())) return null;
            return lookup(match.getName());
        } catch (RuntimeException e) {
            return null; // a guess that fails is no guess
        }
    }

    static String decodeReplacing(byte[] bytes, Charset cs) {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException | RuntimeException e) {
            // REPLACE never reports; a broken third-party decoder (UTF-7) might still throw.
            return new String(bytes, WINDOWS_1252);
        }
    }

    static boolean hasEightBit(byte[] bytes) {
        for (byte b : bytes) if (b < 0) return true;
        return false;
    }

    /** Well-formed UTF-8: no stray continuation bytes, no truncated sequences, no overlong two-byte forms. */
    static boolean isUtf8(byte[] b) {
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            int more;
            if (c < 0x80) { i++; continue; }
            else if (c >= 0xC2 && c <= 0xDF) more = 1;
            else if (c >= 0xE0 && c <= 0xEF) more = 2;
            else if (c >= 0xF0 && c <= 0xF4) more = 3;
            else return false;
            if (i + more >= b.length) return false;
            for (int k = 1; k <= more; k++) if ((b[i + k] & 0xC0) != 0x80) return false;
            i += more + 1;
        }
        return true;
    }

    /** At least one well-formed multi-byte UTF-8 sequence: the text was meant as UTF-8, even if some bytes are broken. */
    static boolean hasUtf8Sequence(byte[] b) {
        for (int i = 0; i + 1 < b.length; i++) {
            int c = b[i] & 0xFF;
            if (c >= 0xC2 && c <= 0xF4 && (b[i + 1] & 0xC0) == 0x80) return true;
        }
        return false;
    }

    private static int count(String s, char ch) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == ch) n++;
        return n;
    }
}
