package org.masthead.publish;

import java.net.URI;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.masthead.model.ImageAsset;
import org.masthead.model.SiteSettings;
import org.masthead.model.Stamp;
import org.masthead.model.text.Block;
import org.masthead.model.text.TextDirection;
import org.masthead.publish.PageViews.Item;
import org.masthead.publish.PageViews.Page;
import org.masthead.publish.PageViews.When;

/** Builds the pieces every view shares: the site, a page's head, dates, list items, image paths. */
final class Views {

    private static final int DESCRIPTION_LENGTH = 200;

    final SiteData source;
    final PageViews.Site site;
    /** A hash of {@link #site}: pages' input hashes state it once rather than the whole site each. */
    final String siteKey;
    private final DateTimeFormatter meta;

    Views(SiteData source) {
        this.source = source;
        this.meta = DateTimeFormatter.ofPattern(source.settings().dateTimePattern(), Locale.ENGLISH);
        this.site = site(source.settings());
        this.siteKey = InputHash.of("site", site);
    }

    private PageViews.Site site(SiteSettings s) {
        String dir = TextDirection.ofLanguage(s.language()) == TextDirection.RTL ? "rtl" : "ltr";
        PageViews.Img logo = image(s.logoImage()).map(a -> new PageViews.Img(imagePath(a), a.width(), a.height())).orElse(null);
        return new PageViews.Site(source.publication().name(), s.language(), dir, s.sectionName().isBlank() ? "Opinion" : s.sectionName(),
                homeUrl(s.baseUrl()), s.editions().stream().filter(e -> HtmlRenderer.isSafeHref(e.url())).map(e -> new PageViews.Edition(e.label(), e.url(), e.language(), e.direction())).toList(),
                s.socialLinks().stream().filter(l -> HtmlRenderer.isSafeHref(l.url())).map(l -> new PageViews.Link(l.label(), l.url())).toList(),
                s.about(), s.submissionInvitation(), s.submissionEmail(), s.disclaimer(), logo);
    }

    /** The address of the whole site the section belongs to: the base URL's origin. */
    private static String homeUrl(String baseUrl) {
        try {
            URI u = URI.create(baseUrl);
            if (u.getScheme() != null && u.getHost() != null) return u.getScheme() + "://" + u.getRawAuthority() + "/";
        } catch (IllegalArgumentException e) {
            // not an address: the section's own home below
        }
        return "";
    }

    /** The way from a file ("2026/03/x/index.html") to the site's root ("../../../"). */
    static String root(String file) {
        int depth = 0;
        for (int i = 0; i < file.length(); i++) if (file.charAt(i) == '/') depth++;
        return depth == 0 ? "./" : "../".repeat(depth);
    }

    String canonical(String path) {
        return source.settings().baseUrl() + path;
    }

    Page page(String file, String path, String lang, TextDirection dir, String title, String description, String ogType, String ogImage,
              boolean noindex) {
        String r = root(file);
        return new Page(lang, dir == TextDirection.RTL ? "rtl" : "ltr", title, description, canonical(path), ogType, ogImage, r, r, noindex);
    }

    /** A page in the site's own language. */
    Page sitePage(String file, String path, String title, String description) {
        return page(file, path, site.lang(), TextDirection.ofLanguage(site.lang()), title, description, "website", "", false);
    }

    When when(Stamp s) {
        return when(s.instant());
    }

    /** A moment in the publication's zone, in the site's date pattern and with the zone's label. */
    When when(Instant at) {
        ZonedDateTime z = at.atZone(source.publication().defaultZone());
        return new When(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(z.truncatedTo(ChronoUnit.SECONDS)),
                meta.format(z) + " " + source.publication().zoneLabel(z.getZone(), at));
    }

    /** An article's list item is the same on every page that lists it: made once. */
    private final java.util.Map<Long, Item> items = new java.util.concurrent.ConcurrentHashMap<>();

    Item item(SiteIndex.Entry e) {
        return items.computeIfAbsent(e.id(), id -> makeItem(e));
    }

    private Item makeItem(SiteIndex.Entry e) {
        var c = e.content();
        return new Item(c.headline(), e.path(), c.bylineText(), c.summary(), when(e.article().firstPublished()), c.language(),
                c.direction() == TextDirection.RTL ? "rtl" : "ltr");
    }

    List<Item> items(List<SiteIndex.Entry> es) {
        return es.stream().map(this::item).toList();
    }

    Optional<ImageAsset> image(String sha) {
        return sha == null || sha.isBlank() ? Optional.empty() : Optional.ofNullable(source.images().get(sha));
    }

    /** "images/<first 16 hex digits of the SHA-256>.<ext>": each picture once, named by its content. */
    static String imagePath(ImageAsset a) {
        String ext = switch (a.mime()) {
            case "image/jpeg" -> "jpg";
            case "image/png" -> "png";
            case "image/gif" -> "gif";
            case "image/bmp" -> "bmp";
            case "image/webp" -> "webp";
            default -> "img";
        };
        return "images/" + a.sha256().substring(0, 16) + "." + ext;
    }

    /** Figures resolve to the site's copy of their picture, seen from {@code assets}. */
    HtmlRenderer.ImageResolver images(String assets) {
        return sha -> image(sha).map(a -> new HtmlRenderer.Image(assets + imagePath(a), a.width(), a.height()));
    }

    /** The summary, else the start of the body's first paragraph. */
    static String description(org.masthead.model.ArticleContent c) {
        String d = c.summary().strip();
        if (d.isEmpty()) {
            d = c.body().blocks().stream().filter(Block.Paragraph.class::isInstance).map(b -> ((Block.Paragraph) b).text().strip())
                    .filter(t -> !t.isEmpty()).findFirst().orElse("");
        }
        if (d.length() <= DESCRIPTION_LENGTH) return d;
        int cut = d.lastIndexOf(' ', DESCRIPTION_LENGTH);
        return d.substring(0, cut > DESCRIPTION_LENGTH / 2 ? cut : DESCRIPTION_LENGTH) + "…";
    }
}
