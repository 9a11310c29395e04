package org.masthead.model;

import java.util.List;

/**
 * What the exported site says about itself, beyond the publication's name and time zone
 * ({@link Publication}): its address, language, editions, the boilerplate every article page
 * carries (disclaimer, about box, submission invitation), social links, logo, the date-time
 * pattern of meta lines, an optional theme folder and the export folder.
 *
 * @param baseUrl          the site's public address, e.g. {@code https://example.org/opinion/}; ends with "/"
 * @param dateTimePattern  a {@link java.time.format.DateTimeFormatter} pattern; the zone label follows it
 * @param logoImage        the SHA-256 of a stored image, or "" for none
 * @param themeFolder      a folder whose templates override the default theme's, or "" for none
 * @param exportFolder     where File ▸ Export writes, or "" until chosen
 */
public record SiteSettings(
        String baseUrl,
        String language,
        List<Edition> editions,
        String sectionName,
        String disclaimer,
        String about,
        String submissionInvitation,
        String submissionEmail,
        String dateTimePattern,
        List<Link> socialLinks,
        String logoImage,
        String themeFolder,
        String exportFolder) {

    /** A language or regional edition of the site, linked from the edition bar. */
    public record Edition(String label, String url, String language, String direction) {
        public Edition {
            label = nz(label);
            url = nz(url);
            language = nz(language);
            direction = "rtl".equalsIgnoreCase(nz(direction)) ? "rtl" : "ltr";
        }
    }

    /** A labelled link (social networks). */
    public record Link(String label, String url) {
        public Link {
            label = nz(label);
            url = nz(url);
        }
    }

    public static final SiteSettings DEFAULT = new SiteSettings("https://example.org/opinion/", "en",
            List.of(new Edition("English", "https://example.org/", "en", "ltr"), new Edition("Español", "https://es.example.org/", "es", "ltr"),
                    new Edition("Français", "https://fr.example.org/", "fr", "ltr"), new Edition("العربية", "https://ar.example.org/", "ar", "rtl"),
                    new Edition("Русский", "https://ru.example.org/", "ru", "ltr"), new Edition("中文简体", "https://cn.example.org/", "zh-Hans", "ltr"),
                    new Edition("中文繁體", "https://tw.example.org/", "zh-Hant", "ltr")),
            "Opinion",
            "The opinions expressed in this article are the author's own and do not necessarily reflect the views of the publication.",
            "The opinion section publishes commentary by outside experts and readers on the questions of the day.",
            "We welcome opinion pieces of 800 to 1,200 words. Send yours, with a line about yourself, to",
            "opinion@example.org",
            "MM-dd-yyyy HH:mm",
            List.of(new Link("Facebook", "https://facebook.com/example"), new Link("X", "https://x.com/example"),
                    new Link("Weibo", "https://weibo.com/example")),
            "", "", "");

    public SiteSettings {
        baseUrl = nz(baseUrl).strip();
        if (!baseUrl.isEmpty() && !baseUrl.endsWith("/")) baseUrl = baseUrl + "/";
        language = nz(language).isBlank() ? "en" : language.strip();
        editions = List.copyOf(editions == null ? List.of() : editions);
        sectionName = nz(sectionName);
        disclaimer = nz(disclaimer);
        about = nz(about);
        submissionInvitation = nz(submissionInvitation);
        submissionEmail = nz(submissionEmail).strip();
        dateTimePattern = nz(dateTimePattern).isBlank() ? "MM-dd-yyyy HH:mm" : dateTimePattern;
        socialLinks = List.copyOf(socialLinks == null ? List.of() : socialLinks);
        logoImage = nz(logoImage);
        themeFolder = nz(themeFolder);
        exportFolder = nz(exportFolder);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public SiteSettings withExportFolder(String v) {
        return new SiteSettings(baseUrl, language, editions, sectionName, disclaimer, about, submissionInvitation, submissionEmail,
                dateTimePattern, socialLinks, logoImage, themeFolder, v);
    }

    public SiteSettings withLogoImage(String v) {
        return new SiteSettings(baseUrl, language, editions, sectionName, disclaimer, about, submissionInvitation, submissionEmail,
                dateTimePattern, socialLinks, v, themeFolder, exportFolder);
    }

    public SiteSettings withThemeFolder(String v) {
        return new SiteSettings(baseUrl, language, editions, sectionName, disclaimer, about, submissionInvitation, submissionEmail,
                dateTimePattern, socialLinks, logoImage, v, exportFolder);
    }
}
