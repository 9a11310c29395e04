package org.masthead.planning.preflight;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.masthead.model.text.Block;
import org.masthead.model.text.Run;

/**
 * Links in the body. Links inside the site (relative, root-relative, or absolute on the site's
 * address) must lead to a page the site has, which the caller answers through a predicate: it
 * receives the path below the site's root without a leading slash, query or fragment
 * ("2026/03/the-cities-that-buried-their-rivers/"). Links elsewhere are checked for form only,
 * never fetched.
 */
final class LinkChecks {

    private static final Set<String> FORBIDDEN = Set.of("javascript", "vbscript", "data", "file");
    private static final Set<String> FINE = Set.of("http", "https", "mailto", "tel", "ftp", "sms");
    /** "www.example.org/x", "example.com/page": an address without its scheme, read as a page of this site. */
    private static final Pattern BARE_HOST = Pattern.compile("(?i)^(?:www\\.|[a-z0-9-]+\\.(?:com|org|net|edu|gov|int|info|io|co|uk|cn|de|fr|es|ru|eg|in)(?:[/:?#]|$))");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private LinkChecks() {
    }

    /**
     * @param baseUrl the site's address ("https://example.org/opinion/"), or "" when unknown
     * @param exists  whether a path inside the site has a page; {@code null} when the site's pages
     *                are not known, and links inside the site are checked for form only
     */
    static void check(List<Block> blocks, String baseUrl, Predicate<String> exists, Sink out) {
        URI base = parse(baseUrl);
        for (int i = 0; i < blocks.size(); i++) {
            if (!(blocks.get(i) instanceof Block.TextBlock t)) continue;
            Set<String> seen = null;
            for (Run r : t.runs()) {
                String href = r.marks().href();
                if (href == null) continue;
                if (seen == null) seen = new HashSet<>();
                if (!seen.add(href)) continue;
                String problem = problem(href.strip(), base, exists);
                if (problem != null) {
                    out.error(Location.block(Location.Field.BLOCK, i, Sink.kind(t)),
                            "The link on " + Sink.quote(r.text(), 40) + " " + problem);
                }
            }
        }
    }

    /** What is wrong with a link, or {@code null}. */
    static String problem(String href, URI base, Predicate<String> exists) {
        String shown = Sink.quote(href, 70);
        if (href.startsWith("#")) return null;
        if (href.chars().anyMatch(Character::isWhitespace)) return "has a space in its address " + shown + ".";
        if (href.matches("(?i)^https?//.*")) return "lacks the colon after http: " + shown + ".";
        if (SCHEME.matcher(href).find()) {
            String scheme = href.substring(0, href.indexOf(':')).toLowerCase(Locale.ROOT);
            if (FORBIDDEN.contains(scheme)) return "is a " + scheme + ": address, which no page may carry: " + shown + ".";
            if (!FINE.contains(scheme)) return "has an unknown scheme “" + scheme + ":”: " + shown + ".";
            if (scheme.equals("mailto")) {
                String addr = href.substring(7).split("\\?", 2)[0];
                return EMAIL.matcher(addr).matches() ? null : "is not a valid e-mail address: " + shown + ".";
            }
            if (scheme.equals("tel") || scheme.equals("sms")) return null;
            URI u = parse(href);
            if (u == null) return "is not a valid address: " + shown + ".";
            String host = u.getHost();
            if (host == null || host.isEmpty()) return "has no host name: " + shown + ".";
            if (!host.contains(".") || host.startsWith(".") || host.endsWith(".")) return "has an incomplete host name “" + host + "”: " + shown + ".";
            if (base != null && host.equalsIgnoreCase(base.getHost()) && sitePath(u.getRawPath(), base) != null) {
                return missing(sitePath(u.getRawPath(), base), exists, shown);
            }
            return null;
        }
        if (href.startsWith("//")) {
            URI u = parse("https:" + href);
            return u == null || u.getHost() == null || !u.getHost().contains(".") ? "is not a valid address: " + shown + "." : null;
        }
        if (BARE_HOST.matcher(href).find()) {
            return "has no https:// in front of " + shown + ", so it would lead to a page inside this site.";
        }
        URI u = parse(href.replace("|", "%7C"));
        if (u == null) return "is not a valid address: " + shown + ".";
        String path = u.getRawPath() == null ? "" : u.getRawPath();
        if (path.startsWith("/")) {
            String p = sitePath(path, base);
            return p == null ? null : missing(p, exists, shown); // outside the site's folder: another section of the same host
        }
        // Relative to the article's own page, whose address the site builder decides: read from the site's root.
        return missing(path.replaceAll("^(?:\\./|\\.\\./)+", ""), exists, shown);
    }

    /** The path below the site's root, or {@code null} when {@code path} is outside it. */
    private static String sitePath(String path, URI base) {
        String root = base == null || base.getRawPath() == null || base.getRawPath().isEmpty() ? "/" : base.getRawPath();
        if (!root.endsWith("/")) root = root + "/";
        if (path == null || path.isEmpty()) path = "/";
        if ((path + "/").equals(root)) return "";
        return path.startsWith(root) ? path.substring(root.length()) : null;
    }

    private static String missing(String path, Predicate<String> exists, String shown) {
        if (exists == null || exists.test(path)) return null;
        return "leads to no page of the site: " + shown + ".";
    }

    private static URI parse(String s) {
        if (s == null || s.isBlank()) return null;
        try {
            return new URI(s);
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
