package org.masthead.ingest.mail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The parameters of a Content-Type or Content-Disposition value ({@code name}, {@code filename},
 * {@code charset}, ...), read the way real mail writes them rather than the way the RFCs do.
 *
 * <ul>
 * <li>RFC 2231: {@code filename*=utf-8''%E2%82%AC.txt} and continuations {@code name*0*=},
 *     {@code name*1=}; the extended form wins over a plain one of the same name.</li>
 * <li>RFC 2047 encoded-words inside the value, quoted or not (not allowed, sent anyway).</li>
 * <li>A backslash in a quoted string escapes only {@code "} and {@code \}: Windows paths
 *     arrive unescaped, and the file-name cleaner must still see them as separators.</li>
 * <li>An unclosed quote runs to the end of the value; empty parameters (";;") are skipped;
 *     the first of two same-named parameters wins.</li>
 * </ul>
 * The header text has already been decoded from its raw bytes, so raw 8-bit UTF-8 names arrive here intact.
 */
final class HeaderParams {

    private final EncodedWords words;
    private final MailCharsets charsets;

    HeaderParams(EncodedWords words, MailCharsets charsets) {
        this.words = words;
        this.charsets = charsets;
    }

    /** One {@code name*N*=value} piece before the sections are put together. */
    private record Piece(String name, int section, boolean extended, String value) {
    }

    /** Parameter names in lower case mapped to their decoded values; the part before the first ";" is skipped. */
    Map<String, String> parse(String headerValue, Warnings warnings) {
        Map<String, String> out = new LinkedHashMap<>();
        if (headerValue == null) return out;
        List<Piece> pieces = pieces(headerValue);
        Map<String, TreeMap<Integer, Piece>> extended = new LinkedHashMap<>();
        for (Piece p : pieces) {
            if (p.section() < 0 && !p.extended()) {
                out.putIfAbsent(p.name(), words.decode(p.value(), "parameter " + p.name(), warnings));
            } else {
                extended.computeIfAbsent(p.name(), k -> new TreeMap<>()).putIfAbsent(Math.max(p.section(), 0), p);
            }
        }
        extended.forEach((name, sections) -> {
            String v = joinSections(sections, name, warnings);
            if (v != null && !v.isEmpty()) out.put(name, v);
        });
        return out;
    }

    private String joinSections(TreeMap<Integer, Piece> sections, String name, Warnings warnings) {
        String charset = null;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean first = true;
        for (Piece p : sections.values()) {
            String v = p.value();
            if (p.extended()) {
                if (first) {
                    int q1 = v.indexOf('\'');
                    int q2 = q1 < 0 ? -1 : v.indexOf('\'', q1 + 1);
                    if (q2 > 0) {
                        charset = v.substring(0, q1);
                        v = v.substring(q2 + 1);
                    }
                }
                percentDecode(v, bytes);
            } else {
                bytes.writeBytes(v.getBytes(StandardCharsets.UTF_8));
            }
            first = false;
        }
        // Without a charset the bytes are what the sender typed: UTF-8 as likely as anything, and checked as such.
        String label = charset == null || charset.isBlank() ? "utf-8" : charset;
        MailCharsets.Decoded d = charsets.decode(bytes.toByteArray(), label, "parameter " + name);
        warnings.add(d.warning());
        return d.text();
    }

    private static void percentDecode(String v, ByteArrayOutputStream out) {
        for (int k = 0; k < v.length(); k++) {
            char c = v.charAt(k);
            if (c == '%' && k + 2 < v.length() && Character.digit(v.charAt(k + 1), 16) >= 0 && Character.digit(v.charAt(k + 2), 16) >= 0) {
                out.write(Integer.parseInt(v.substring(k + 1, k + 3), 16));
                k += 2;
            } else if (c < 0x80) {
                out.write(c);
            } else {
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    /** Splits {@code type; a=b; c="d;e"} into pieces; quotes protect ";". */
    private static List<Piece> pieces(String s) {
        List<Piece> out = new ArrayList<>();
        int i = s.indexOf(';');
        if (i < 0) return out;
        i++;
        int n = s.length();
        while (i < n) {
            while (i < n && (s.charAt(i) == ';' || isSpace(s.charAt(i)))) i++;
            int nameStart = i;
            while (i < n && s.charAt(i) != '=' && s.charAt(i) != ';') i++;
            String rawName = s.substring(nameStart, i).strip().toLowerCase(Locale.ROOT);
            if (i >= n || s.charAt(i) == ';') continue; // a bare word is no parameter
            i++; // '='
            while (i < n && isSpace(s.charAt(i))) i++;
            StringBuilder value = new StringBuilder();
            if (i < n && s.charAt(i) == '"') {
                i++;
                while (i < n && s.charAt(i) != '"') {
                    char c = s.charAt(i);
                    if (c == '\\' && i + 1 < n && (s.charAt(i + 1) == '"' || s.charAt(i + 1) == '\\')) {
                        value.append(s.charAt(i + 1));
                        i += 2;
                    } else {
                        value.append(c);
                        i++;
                    }
                }
                i++; // closing quote (or the end)
                while (i < n && s.charAt(i) != ';') i++; // junk after the quote
            } else {
                int vs = i;
                while (i < n && s.charAt(i) != ';') i++;
                value.append(s, vs, i);
            }
            if (!rawName.isEmpty()) out.add(piece(rawName, value.toString().strip()));
        }
        return out;
    }

    private static Piece piece(String rawName, String value) {
        int star = rawName.indexOf('*');
        if (star < 0) return new Piece(rawName, -1, false, value);
        String name = rawName.substring(0, star);
        String rest = rawName.substring(star + 1);
        boolean extended = rest.endsWith("*") || rest.isEmpty();
        String digits = rest.endsWith("*") ? rest.substring(0, rest.length() - 1) : rest;
        int section = 0;
        if (!digits.isEmpty()) {
            try {
                section = Integer.parseInt(digits);
            } catch (NumberFormatException e) {
                return new Piece(rawName, -1, false, value); // "name*x": not RFC 2231 after all
            }
        }
        return new Piece(name, section, extended, value);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }
}
