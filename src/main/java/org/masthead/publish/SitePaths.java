package org.masthead.publish;

import java.nio.file.Path;

/**
 * The rule for a page's path below the site's root, checked for every page and for every path a
 * manifest lists, so that nothing outside the target is ever written or deleted: relative, with
 * "/" between non-empty segments, no "." or ".." segment, no backslash, colon or control
 * character, and nothing of Masthead's own bookkeeping (the manifest, the file state, temporary files).
 */
final class SitePaths {

    static final String MANIFEST = ".masthead-manifest.json";
    /** The sizes and times of the files the manifest lists, so an incremental export need not re-read them (docs/export.md). */
    static final String FILES = ".masthead-files";
    /** The suffix of a file being written; a kill can leave one, the next export sweeps it. */
    static final String TEMP_SUFFIX = ".masthead-tmp";

    private SitePaths() {
    }

    /** {@code path}, if it is a valid page path; else an {@link IllegalArgumentException} saying why. */
    static String check(String path) {
        String why = problem(path);
        if (why != null) throw new IllegalArgumentException("refused page path \"" + printable(path) + "\": " + why + "; nothing was written");
        return path;
    }

    private static String problem(String p) {
        if (p == null || p.isEmpty()) return "it is empty";
        if (p.startsWith("/")) return "it is absolute";
        if (p.endsWith("/")) return "it names a folder, not a file";
        for (int i = 0; i < p.length(); i++) {
            char ch = p.charAt(i);
            if (ch < 0x20 || ch == 0x7f || (ch >= 0x80 && ch < 0xa0)) return "it contains a control character";
            if (ch == '\\') return "it contains a backslash";
            if (ch == ':') return "it contains a colon";
        }
        for (String seg : p.split("/", -1)) {
            if (seg.isEmpty()) return "it has an empty segment (\"//\")";
            if (seg.equals(".") || seg.equals("..")) return "it has a \"" + seg + "\" segment";
        }
        String name = p.substring(p.lastIndexOf('/') + 1);
        if (p.equals(MANIFEST) || p.equals(FILES) || name.endsWith(TEMP_SUFFIX)) return "the name is reserved for Masthead's own files";
        return null;
    }

    /** The file {@code path} names inside {@code root}; checked again after resolving, for certainty. */
    static Path resolve(Path root, String path) {
        Path f = root.resolve(check(path)).normalize();
        if (!f.startsWith(root) || f.equals(root)) throw new IllegalArgumentException("refused page path \"" + printable(path) + "\": outside the target");
        return f;
    }

    /** The folders above {@code path}, outermost first: "a/b/c.html" gives "a", "a/b". */
    static java.util.List<String> folders(String path) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (int i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) out.add(path.substring(0, i));
        return out;
    }

    private static String printable(String p) {
        if (p == null) return "null";
        StringBuilder b = new StringBuilder();
        p.codePoints().forEach(c -> {
            if (c < 0x20 || c == 0x7f) b.append(String.format("\\u%04x", c));
            else b.appendCodePoint(c);
        });
        return b.toString();
    }
}
