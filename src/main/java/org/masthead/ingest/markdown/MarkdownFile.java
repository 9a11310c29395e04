package org.masthead.ingest.markdown;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.regex.Pattern;
import org.masthead.model.ArticleContent;
import org.masthead.model.ArticleStatus;
import org.masthead.model.Author;
import org.masthead.model.ImageAsset;
import org.masthead.model.text.Block;
import org.masthead.model.text.Document;
import org.masthead.store.ImageStore;

/**
 * One Markdown file read into what Masthead imports from it: the article's content, the status
 * and date it asks for, its place in a series, the pictures it shows, and a hash of all of it
 * (file bytes and picture bytes) that tells a changed file from an unchanged one. Reading only
 * reads: nothing is stored. No file outside the import root is ever opened.
 */
record MarkdownFile(
        Path file,
        String key,
        String sha,
        ArticleContent content,
        boolean planned,
        ArticleStatus status,
        Instant date,
        String series,
        int seriesPart,
        int seriesParts,
        int seriesLine,
        Map<String, byte[]> images,
        List<ImportReport.Message> warnings) {

    /** A file that cannot be imported, with the line that says why. */
    static final class Unreadable extends Exception {
        final int line;

        Unreadable(int line, String message) {
            super(message);
            this.line = line;
        }
    }

    /** The file's settings that do not come from the file. */
    record Context(Path root, ZoneId zone, String defaultLanguage) {
    }

    /** The version of this mapping: part of every hash, so a changed mapping re-imports everything once. */
    private static final String MAPPING_VERSION = "md1";

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");

    static MarkdownFile read(Path file, String key, Context ctx, MarkdownBodyReader bodies) throws Unreadable, IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new Unreadable(0, "not UTF-8 text");
        }
        FrontMatter fm;
        try {
            fm = FrontMatter.parse(text.replace("\r\n", "\n"));
        } catch (FrontMatter.Invalid e) {
            throw new Unreadable(e.line, e.getMessage());
        }
        List<ImportReport.Message> warnings = new ArrayList<>();
        String headline = fm.text("title");
        if (headline.isBlank()) throw new Unreadable(1, "no title in the front matter");
        String statusKey = fm.text("status").toLowerCase(Locale.ROOT);
        boolean planned = statusKey.equals("planned");
        ArticleStatus status = planned ? ArticleStatus.IDEA : status(fm, statusKey);
        Instant date = date(fm, ctx.zone());

        Map<String, byte[]> images = new LinkedHashMap<>();
        MessageDigest sha = sha256();
        sha.update(MAPPING_VERSION.getBytes(StandardCharsets.US_ASCII));
        sha.update(bytes);
        ImageResolver resolver = new ImageResolver(file, ctx.root(), images, sha, warnings);
        Document body = bodies.read(fm.body(), fm.bodyLine(), resolver);

        List<String> names = fm.field("author") == null ? List.of() : fm.field("author").values();
        List<String> titles = fm.field("author_title") == null ? List.of() : fm.field("author_title").values();
        List<Author> byline = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (!names.get(i).isBlank()) byline.add(new Author(names.get(i), i < titles.size() ? titles.get(i) : ""));
        }
        List<String> tags = fm.field("tags") == null ? List.of() : fm.field("tags").values();
        String language = first(fm, "language", "lang");
        ArticleContent content = new ArticleContent(headline, first(fm, "summary", "description"), fm.text("editors_note"), byline,
                fm.text("editor"), tags, "", language.isBlank() ? ctx.defaultLanguage() : language, body);

        String series = fm.text("series");
        FrontMatter.Field seriesField = fm.field("series");
        int part = number(fm, "series_part", 1);
        int parts = number(fm, "series_parts", 0);
        if (planned && !body.isEmpty()) {
            warnings.add(new ImportReport.Message(file, fm.field("status").line(), false,
                    "status planned but the file has a body: imported as an idea, so the text is kept"));
            planned = false;
        }
        if (planned && series.isBlank()) {
            warnings.add(new ImportReport.Message(file, fm.field("status").line(), false,
                    "status planned needs a series to plan the part in: imported as an idea"));
            planned = false;
        }
        return new MarkdownFile(file, key, HexFormat.of().formatHex(sha.digest()), content, planned, status, date, series,
                fm.field("series_part") == null ? 0 : part, parts, seriesField == null ? 0 : seriesField.line(), images, warnings);
    }

    private static String first(FrontMatter fm, String key, String alias) {
        String v = fm.text(key);
        return v.isBlank() ? fm.text(alias) : v;
    }

    /** The workflow status asked for: none means published (a site being migrated); Hugo's {@code draft: true} means draft. */
    private static ArticleStatus status(FrontMatter fm, String key) throws Unreadable {
        if (key.isBlank()) return "true".equalsIgnoreCase(fm.text("draft")) ? ArticleStatus.DRAFT : ArticleStatus.PUBLISHED;
        return switch (key.replace('_', '-')) {
            case "idea" -> ArticleStatus.IDEA;
            case "draft" -> ArticleStatus.DRAFT;
            case "editing" -> ArticleStatus.EDITING;
            case "with-author" -> ArticleStatus.WITH_AUTHOR;
            case "ready" -> ArticleStatus.READY;
            case "scheduled" -> ArticleStatus.SCHEDULED;
            case "published" -> ArticleStatus.PUBLISHED;
            default -> throw new Unreadable(fm.field("status").line(), "unknown status '" + key
                    + "'; one of idea, draft, editing, ready, scheduled, published, planned");
        };
    }

    private static Instant date(FrontMatter fm, ZoneId zone) throws Unreadable {
        FrontMatter.Field f = fm.field("date");
        if (f == null || f.first().isBlank()) return null;
        try {
            return ImportDates.parse(f.first(), zone);
        } catch (IllegalArgumentException e) {
            throw new Unreadable(f.line(), e.getMessage());
        }
    }

    private static int number(FrontMatter fm, String key, int min) throws Unreadable {
        FrontMatter.Field f = fm.field(key);
        if (f == null || f.first().isBlank()) return 0;
        try {
            int n = Integer.parseInt(f.first());
            if (n < min || n > 10_000) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw new Unreadable(f.line(), key + " must be a whole number " + (min == 1 ? "from 1" : "from 0") + ", not '" + f.first() + "'");
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Turns an image of the body into a figure when it is a picture inside the import root;
     * otherwise leaves it out with a warning. Paths are checked before anything is opened, and
     * again after symbolic links are resolved.
     */
    private static final class ImageResolver implements MarkdownBodyReader.Images {
        private final Path file;
        private final Path root;
        private final Map<String, byte[]> images;
        private final MessageDigest sha;
        private final List<ImportReport.Message> warnings;

        ImageResolver(Path file, Path root, Map<String, byte[]> images, MessageDigest sha, List<ImportReport.Message> warnings) {
            this.file = file;
            this.root = root;
            this.images = images;
            this.sha = sha;
            this.warnings = warnings;
        }

        @Override
        public Block.Figure figure(String destination, String title, String alt, int line) {
            String dest = destination == null ? "" : destination.strip();
            String what = alt.isBlank() ? "an image" : "the image \u201c" + alt + "\u201d";
            if (dest.isEmpty()) return skip(line, what + " has no address; left out");
            if (dest.startsWith("//") || SCHEME.matcher(dest).matches()) {
                return skip(line, what + " is not a file next to the article (" + abbreviate(dest) + "); it was not fetched and is left out");
            }
            Path target;
            try {
                String path = dest.replaceAll("[?#].*$", "");
                path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
                target = path.startsWith("/") ? root.resolve(path.substring(1)) : file.getParent().resolve(path);
                target = target.normalize();
            } catch (IllegalArgumentException e) { // InvalidPathException too
                return skip(line, what + " has an address that is not a file name (" + abbreviate(dest) + "); left out");
            }
            if (!target.startsWith(root)) return skip(line, what + " is outside the imported folder (" + abbreviate(dest) + "); not read, left out");
            try {
                if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) return skip(line, what + " is missing (" + abbreviate(dest) + "); left out");
                if (!target.toRealPath().startsWith(root.toRealPath())) {
                    return skip(line, what + " links outside the imported folder (" + abbreviate(dest) + "); not read, left out");
                }
                if (!Files.isRegularFile(target)) return skip(line, what + " is not a file (" + abbreviate(dest) + "); left out");
                if (Files.size(target) > ImageStore.MAX_BYTES) return skip(line, what + " is larger than " + (ImageStore.MAX_BYTES >> 20) + " MB; left out");
                byte[] bytes = Files.readAllBytes(target);
                ImageAsset asset = ImageStore.probe(bytes);
                images.put(asset.sha256(), bytes);
                sha.update(asset.sha256().getBytes(StandardCharsets.US_ASCII));
                return new Block.Figure(asset.sha256(), title == null ? "" : title.strip(), "", alt);
            } catch (IOException e) {
                return skip(line, what + " cannot be read (" + e.getMessage() + "); left out");
            } catch (IllegalArgumentException e) {
                return skip(line, what + " is not a picture Masthead can use (" + e.getMessage() + "); left out");
            }
        }

        private Block.Figure skip(int line, String message) {
            warnings.add(new ImportReport.Message(file, line, false, message));
            // The warning is part of what was imported: the same file with the picture put right is a change.
            sha.update(message.getBytes(StandardCharsets.UTF_8));
            return null;
        }

        private static String abbreviate(String s) {
            return s.length() <= 80 ? s : s.substring(0, 77) + "...";
        }
    }
}
