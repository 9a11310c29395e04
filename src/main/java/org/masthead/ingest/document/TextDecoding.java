package org.masthead.ingest.document;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bytes of a text attachment as a string. A byte-order mark decides first, then a charset the
 * attachment declares (its content type, or an HTML meta tag) if the bytes really are in it,
 * then UTF-8 if the bytes are valid UTF-8; anything else is read as windows-1252, the usual
 * charset of unlabelled Western text, and says so.
 */
final class TextDecoding {

    private static final Pattern CHARSET_PARAM = Pattern.compile("charset\\s*=\\s*\"?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

    /** The text, and a warning when its charset was a guess (or null). */
    record Decoded(String text, String warning) {
    }

    private TextDecoding() {
    }

    static Decoded decode(byte[] b, String contentType, boolean lookForMeta) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new Decoded(new String(b, 3, b.length - 3, StandardCharsets.UTF_8), null);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), null);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), null);
        }
        String declared = declared(contentType);
        if (declared == null && lookForMeta) declared = declared(new String(b, 0, Math.min(b.length, 2048), StandardCharsets.ISO_8859_1));
        Charset cs = charset(declared);
        if (cs != null) {
            String s = strict(b, cs);
            if (s != null) return new Decoded(s, null);
        }
        String utf8 = strict(b, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return new Decoded(utf8, cs == null && declared != null ? "unknown charset \"" + declared + "\": read as UTF-8" : null);
        }
        String why = declared == null ? "no charset declared and not UTF-8" : "not valid " + declared;
        return new Decoded(new String(b, Charset.forName("windows-1252")), why + ": read as windows-1252");
    }

    private static String declared(String s) {
        if (s == null) return null;
        Matcher m = CHARSET_PARAM.matcher(s);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    private static Charset charset(String name) {
        if (name == null) return null;
        try {
            // GB2312 labels are GB18030 text in practice; GB18030 is a superset.
            return name.equals("gb2312") || name.equals("gbk") ? Charset.forName("GB18030") : Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static String strict(byte[] b, Charset cs) {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
