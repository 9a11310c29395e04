package org.masthead.ingest.mail;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.masthead.ingest.html.HtmlDocumentReader;
import org.masthead.model.text.Block;
import org.masthead.model.text.Document;
import org.masthead.model.text.Run;

/**
 * The web links in a message body, online documents first. Authors often send a piece as a
 * Google Docs, Dropbox, OneDrive or WeTransfer link instead of an attachment; listing those
 * first lets a reviewer open the piece itself without reading through tracking links and
 * signatures. Links come from the link marks of the body and from addresses written out in
 * the text; only http and https links that {@link HtmlDocumentReader#safeHref} accepts are kept.
 */
public final class MailLinks {

    /** Host suffixes of document and file-sharing services. */
    private static final List<String> DOCUMENT_HOSTS = List.of("docs.google.com", "drive.google.com", "dropbox.com", "db.tt",
            "dropboxusercontent.com", "onedrive.live.com", "1drv.ms", "sharepoint.com", "wetransfer.com", "we.tl", "box.com",
            "box.net", "icloud.com", "quip.com", "notion.so", "notion.site", "pages.cloud.microsoft",
            "mega.nz", "pcloud.link", "swisstransfer.com", "filemail.com");
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"'`{}|\\\\^\\[\\]]+", Pattern.CASE_INSENSITIVE);
    private static final int MAX_LINKS = 200;

    private MailLinks() {
    }

    /** Every distinct http(s) link of the body, document links first, each group in reading order. */
    public static List<String> find(Document body, String text) {
        Set<String> all = new LinkedHashSet<>();
        for (Block b : body.blocks()) {
            if (!(b instanceof Block.TextBlock t)) continue;
            for (Run r : t.runs()) {
                String href = r.marks().href();
                if (href != null && isWeb(href)) all.add(href);
            }
        }
        if (text != null) {
            Matcher m = URL.matcher(text);
            while (m.find() && all.size() < MAX_LINKS) {
                String url = trimTrailing(m.group());
                String safe = HtmlDocumentReader.safeHref(url);
                if (safe != null && isWeb(safe)) all.add(safe);
            }
        }
        List<String> docs = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (String url : all) (isDocumentLink(url) ? docs : others).add(url);
        docs.addAll(others);
        return docs.size() > MAX_LINKS ? List.copyOf(docs.subList(0, MAX_LINKS)) : List.copyOf(docs);
    }

    /** A link to a document or file-sharing service (Google Docs/Drive, Dropbox, OneDrive, SharePoint, WeTransfer, Box, iCloud, ...). */
    public static boolean isDocumentLink(String url) {
        String host = host(url);
        if (host == null) return false;
        for (String h : DOCUMENT_HOSTS) {
            if (host.equals(h) || host.endsWith("." + h)) return true;
        }
        return false;
    }

    private static boolean isWeb(String url) {
        String u = url.toLowerCase(Locale.ROOT);
        return u.startsWith("http://") || u.startsWith("https://");
    }

    private static String host(String url) {
        try {
            String h = new URI(url).getHost();
            return h == null ? null : h.toLowerCase(Locale.ROOT);
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    /** Sentence punctuation after a link is not part of it; a closing bracket is, when the link opened one. */
    private static String trimTrailing(String url) {
        String u = url;
        while (!u.isEmpty()) {
            char c = u.charAt(u.length() - 1);
            if (".,;:!?'\"".indexOf(c) >= 0) {
                u = u.substring(0, u.length() - 1);
            } else if (c == ')' && count(u, '(') < count(u, ')')) {
                u = u.substring(0, u.length() - 1);
            } else {
                break;
            }
        }
        return u;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == c) n++;
        return n;
    }
}
