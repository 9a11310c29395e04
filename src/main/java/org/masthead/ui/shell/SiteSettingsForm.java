package org.masthead.ui.shell;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import org.masthead.model.SiteSettings;

/**
 * The site part of the settings form, without a display: the text the dialog shows for the
 * site settings, and the settings it makes of what was typed, or an IllegalArgumentException
 * that says what to fix. Editions and social links are edited one per line, fields separated
 * by "|".
 */
public final class SiteSettingsForm {

    private SiteSettingsForm() {
    }

    /** The form's values, as text. {@code logoImage} and {@code exportFolder} are carried through. */
    public record Form(String baseUrl, String language, String sectionName, String editions, String disclaimer, String about,
                       String invitation, String email, String dateTimePattern, String socialLinks, String themeFolder,
                       String logoImage, String exportFolder) {

        public static Form of(SiteSettings s) {
            StringBuilder ed = new StringBuilder();
            for (SiteSettings.Edition e : s.editions()) {
                ed.append(e.label()).append(" | ").append(e.url()).append(" | ").append(e.language()).append(" | ").append(e.direction()).append('\n');
            }
            StringBuilder so = new StringBuilder();
            for (SiteSettings.Link l : s.socialLinks()) so.append(l.label()).append(" | ").append(l.url()).append('\n');
            return new Form(s.baseUrl(), s.language(), s.sectionName(), ed.toString().strip(), s.disclaimer(), s.about(),
                    s.submissionInvitation(), s.submissionEmail(), s.dateTimePattern(), so.toString().strip(), s.themeFolder(),
                    s.logoImage(), s.exportFolder());
        }
    }

    public static SiteSettings parse(Form f) {
        String base = f.baseUrl() == null ? "" : f.baseUrl().strip();
        if (!base.isEmpty()) url(base, "The site address");
        String lang = language(f.language(), "The site's language");
        List<SiteSettings.Edition> editions = new ArrayList<>();
        int n = 0;
        for (String line : lines(f.editions())) {
            n++;
            String[] p = line.split("\\|", -1);
            if (p.length < 2 || p.length > 4) {
                throw new IllegalArgumentException("Edition line " + n + " is LABEL | URL | LANGUAGE | ltr or rtl, e.g. العربية | https://ar.example.org/ | ar | rtl; not \u201c"
                        + line.strip() + "\u201d.");
            }
            String label = p[0].strip();
            if (label.isEmpty()) throw new IllegalArgumentException("Edition line " + n + " has no label.");
            String u = p[1].strip();
            url(u, "The address of the edition \u201c" + label + "\u201d");
            String el = p.length > 2 ? language(p[2], "The language of the edition \u201c" + label + "\u201d") : "";
            String dir = p.length > 3 ? p[3].strip().toLowerCase(Locale.ROOT) : "ltr";
            if (!dir.isEmpty() && !dir.equals("ltr") && !dir.equals("rtl")) {
                throw new IllegalArgumentException("The direction of the edition \u201c" + label + "\u201d is ltr or rtl, not \u201c" + dir + "\u201d.");
            }
            editions.add(new SiteSettings.Edition(label, u, el, dir));
        }
        List<SiteSettings.Link> social = new ArrayList<>();
        n = 0;
        for (String line : lines(f.socialLinks())) {
            n++;
            String[] p = line.split("\\|", -1);
            if (p.length != 2 || p[0].isBlank()) {
                throw new IllegalArgumentException("Social link line " + n + " is LABEL | URL, e.g. Weibo | https://weibo.com/example; not \u201c" + line.strip() + "\u201d.");
            }
            url(p[1].strip(), "The address of \u201c" + p[0].strip() + "\u201d");
            social.add(new SiteSettings.Link(p[0].strip(), p[1].strip()));
        }
        String email = f.email() == null ? "" : f.email().strip();
        if (!email.isEmpty() && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new IllegalArgumentException("\u201c" + email + "\u201d is not an email address.");
        }
        String pattern = f.dateTimePattern() == null || f.dateTimePattern().isBlank() ? "MM-dd-yyyy HH:mm" : f.dateTimePattern().strip();
        try {
            DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH).format(ZonedDateTime.of(2015, 10, 20, 15, 40, 0, 0, ZoneId.of("Asia/Shanghai")));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw new IllegalArgumentException("\u201c" + pattern + "\u201d is not a date-time pattern (e.g. MM-dd-yyyy HH:mm).");
        }
        String theme = f.themeFolder() == null ? "" : f.themeFolder().strip();
        if (!theme.isEmpty() && !Files.isDirectory(Path.of(theme))) {
            throw new IllegalArgumentException("The theme folder \u201c" + theme + "\u201d does not exist.");
        }
        return new SiteSettings(base, lang, editions, nz(f.sectionName()).strip(), nz(f.disclaimer()).strip(), nz(f.about()).strip(),
                nz(f.invitation()).strip(), email, pattern, social, nz(f.logoImage()), theme, nz(f.exportFolder()));
    }

    /** A sample meta line in a pattern, for the dialog's preview. */
    public static String sample(String pattern) {
        try {
            return DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH).format(ZonedDateTime.of(2015, 10, 20, 15, 40, 0, 0, ZoneId.of("Asia/Shanghai")))
                    + " BJT";
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            return "(not a pattern)";
        }
    }

    private static List<String> lines(String s) {
        List<String> l = new ArrayList<>();
        if (s == null) return l;
        for (String line : s.split("\\R")) if (!line.isBlank()) l.add(line);
        return l;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static void url(String u, String what) {
        try {
            URI uri = new URI(u);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new IllegalArgumentException(what + " must be a web address starting with https:// or http://, not \u201c" + u + "\u201d.");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(what + " is not a web address: \u201c" + u + "\u201d.");
        }
    }

    private static String language(String s, String what) {
        String t = s == null ? "" : s.strip();
        if (t.isEmpty()) return "en";
        try {
            Locale l = new Locale.Builder().setLanguageTag(t).build();
            if (l.getLanguage().isEmpty()) throw new IllformedLocaleException("no language");
            return l.toLanguageTag();
        } catch (IllformedLocaleException e) {
            throw new IllegalArgumentException(what + " is a language tag like en, ar or zh-Hans, not \u201c" + t + "\u201d.");
        }
    }
}
