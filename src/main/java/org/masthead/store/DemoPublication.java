package org.masthead.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.LocalDateTime;
import java.time.LocalDate;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.masthead.model.Article;
import org.masthead.model.ArticleContent;
import org.masthead.model.ArticleStatus;
import org.masthead.model.Publication;
import org.masthead.model.SeriesStatus;
import org.masthead.model.SeriesPart;
import org.masthead.model.Series;
import org.masthead.model.PlannedTime;
import org.masthead.model.PartStage;
import org.masthead.model.Cadence;
import org.masthead.model.text.Block;
import org.masthead.model.text.Document;
import org.masthead.model.text.Run;
import org.masthead.store.ArticleStore.SaveKind;

/**
 * The demo publication ("The Daily Meridian — Opinion") that Masthead offers on an empty
 * database: a handful of articles in every workflow status, with pictures, a correction and
 * Chinese and Arabic text. It is read from the class path ({@code assets/demo/}, see its
 * README for the format) and loaded through the model's own workflow steps, so the result is
 * what an editor would have produced by hand, revisions included.
 */
public final class DemoPublication {

    /** Where the demo lives on the class path; the build copies {@code assets/} there. */
    public static final String RESOURCE_ROOT = "/org/masthead/assets/demo/";

    /** Setting written once the demo was loaded or declined, so it is offered only once. */
    public static final String OFFERED_SETTING = "demo.offered";

    static final String FORMAT = "masthead-demo";
    static final int FORMAT_VERSION = 1;
    private static final String IMAGE_PREFIX = "demo-image:";

    private final ObjectMapper mapper = new ObjectMapper();
    private final Class<?> resources;

    public DemoPublication() {
        this(DemoPublication.class);
    }

    /** Reads the demo through {@code resources}' class loader (tests may pass their own). */
    DemoPublication(Class<?> resources) {
        this.resources = resources;
    }

    /** True on a database with no articles whose editor has neither loaded nor declined the demo. */
    public static boolean isOffered(ArticleStore articles, PublicationStore publication) {
        return articles.count() == 0 && publication.setting(OFFERED_SETTING).isEmpty();
    }

    /** As {@link #isOffered(ArticleStore, PublicationStore)}, and the inbox is empty too: a reviewer's database is not an empty one. */
    public static boolean isOffered(ArticleStore articles, PublicationStore publication, SubmissionStore inbox) {
        return isOffered(articles, publication) && inbox.count(org.masthead.model.InboxQuery.ALL) == 0;
    }

    /** The editor said no; the demo is not offered again. */
    public void decline(PublicationStore publication) {
        publication.putSetting(OFFERED_SETTING, "declined");
    }

    /**
     * Loads the demo into an empty database and returns the number of articles loaded. Every
     * file is read and checked before anything is written.
     *
     * @throws IllegalStateException if the database already holds articles
     * @throws IllegalArgumentException if the demo files on the class path are missing or malformed
     */
    public int load(ArticleStore articles, ImageStore images, PublicationStore publication) {
        return load(articles, images, publication, null);
    }

    /**
     * Loads the demo with its series plans ({@code series} may be {@code null} to load the
     * articles alone).
     */
    public int load(ArticleStore articles, ImageStore images, PublicationStore publication, SeriesStore series) {
        if (articles.count() > 0) throw new IllegalStateException("the demo loads only into an empty database");
        JsonNode index = json("index.json");
        if (!FORMAT.equals(index.path("format").asText()) || index.path("formatVersion").asInt() != FORMAT_VERSION) {
            throw new IllegalArgumentException("demo index.json is not " + FORMAT + " version " + FORMAT_VERSION);
        }
        Publication pub = publication(index.path("publication"));
        Map<String, byte[]> pictures = new TreeMap<>();
        for (JsonNode i : index.path("images")) {
            byte[] bytes = bytes(i.path("file").asText());
            ImageStore.probe(bytes); // refuses a broken picture before anything is written
            pictures.put(i.path("id").asText(), bytes);
        }
        List<JsonNode> files = new ArrayList<>();
        for (JsonNode f : index.path("articles")) files.add(json(f.asText()));
        for (JsonNode f : files) checkImages(f.path("content"), pictures);

        publication.save(pub);
        Map<String, String> sha = new HashMap<>();
        pictures.forEach((id, bytes) -> sha.put(id, images.put(bytes).sha256()));
        Map<String, Long> ids = new HashMap<>();
        int n = 0;
        for (JsonNode f : files) ids.put(index.path("articles").get(n++).asText(), loadArticle(articles, f, sha, pub.defaultZone()));
        if (series != null) {
            for (JsonNode s : index.path("series")) loadSeries(series, s, ids);
        }
        publication.putSetting(OFFERED_SETTING, "loaded");
        return files.size();
    }

    /** A series plan; parts name their article by its file in {@code articles}. */
    private static void loadSeries(SeriesStore store, JsonNode s, Map<String, Long> articleIds) {
        JsonNode c = s.path("cadence");
        Cadence cadence = new Cadence(
                Cadence.Unit.valueOf(c.path("unit").asText("week").toUpperCase()), c.path("interval").asInt(1),
                DayOfWeek.valueOf(c.path("day").asText("tuesday").toUpperCase()), LocalTime.parse(c.path("time").asText()),
                ZoneId.of(c.path("zone").asText()));
        Instant created = Instant.parse(s.path("createdAt").asText());
        Series series = Series.create(s.path("title").asText(), s.path("topic").asText(), 0, cadence, created)
                .withDescription(s.path("description").asText("")).withOwner(s.path("owner").asText(""))
                .withStatus(SeriesStatus.ofKey(s.path("status").asText("planning")))
                .withNoteTemplate(s.path("noteTemplate").asText(Series.DEFAULT_NOTE));
        List<SeriesPart> parts = new ArrayList<>();
        for (JsonNode p : s.path("parts")) {
            long article = 0;
            if (p.hasNonNull("article")) {
                Long id = articleIds.get(p.path("article").asText());
                if (id == null) throw new IllegalArgumentException("demo series part refers to unknown article '" + p.path("article").asText() + "'");
                article = id;
            }
            PlannedTime t = p.hasNonNull("planned")
                    ? new PlannedTime(LocalDateTime.parse(p.path("planned").asText()), cadence.zone()) : null;
            parts.add(new SeriesPart(0, 0, parts.size() + 1, p.path("workingTitle").asText(), p.path("author").asText(""),
                    article, PartStage.ofKey(p.path("stage").asText("planned")), date(p, "pitchDue"), date(p, "draftDue"),
                    date(p, "editDue"), t));
        }
        store.create(series, parts);
    }

    private static LocalDate date(JsonNode o, String key) {
        return o.hasNonNull(key) ? LocalDate.parse(o.path(key).asText()) : null;
    }

    private long loadArticle(ArticleStore store, JsonNode f, Map<String, String> sha, ZoneId zone) {
        ObjectNode contentJson = f.path("content").deepCopy();
        resolveImages(contentJson, sha);
        ArticleContent content = store.codec().fromJson(contentJson);
        ArticleStatus target = ArticleStatus.ofKey(f.path("status").asText());
        Instant created = instant(f, "createdAt", null);
        if (created == null) throw new IllegalArgumentException("demo article '" + content.headline() + "' has no createdAt");
        JsonNode correction = f.path("correction");
        ArticleContent first = correction.isObject()
                ? content.withBody(replace(content.body(), correction.path("now").asText(), correction.path("was").asText()))
                : content;

        List<ArticleStatus> path = switch (target) {
            case IDEA -> List.of(ArticleStatus.IDEA);
            case DRAFT -> List.of();
            case EDITING -> List.of(ArticleStatus.EDITING);
            case WITH_AUTHOR -> List.of(ArticleStatus.EDITING, ArticleStatus.WITH_AUTHOR);
            case READY, SCHEDULED, PUBLISHED, WITHDRAWN -> List.of(ArticleStatus.EDITING, ArticleStatus.READY);
            case SPIKED -> List.of(ArticleStatus.SPIKED);
        };
        Instant end = switch (target) {
            case PUBLISHED, WITHDRAWN -> instant(f, "publishedAt", null);
            default -> instant(f, "modifiedAt", created);
        };
        if (end == null) throw new IllegalArgumentException("demo article '" + content.headline() + "' needs publishedAt");
        // Spread the workflow steps between creation and the last step, as an editor would have taken them.
        Duration step = Duration.between(created, end).dividedBy(path.size() + 1);

        Article a = store.create(Article.create(first, created));
        Instant t = created;
        for (ArticleStatus s : path) {
            t = t.plus(step);
            a = store.save(a.moveTo(s, t), SaveKind.EXPLICIT);
        }
        if (target == ArticleStatus.SCHEDULED) {
            Instant at = instant(f, "scheduledAt", null);
            if (at == null) throw new IllegalArgumentException("demo article '" + content.headline() + "' needs scheduledAt");
            a = store.save(a.schedule(at, end), SaveKind.EXPLICIT);
        } else if (target == ArticleStatus.PUBLISHED || target == ArticleStatus.WITHDRAWN) {
            a = store.save(a.publish(end, zone), SaveKind.PUBLISH);
            if (correction.isObject()) {
                Instant at = instant(correction, "at", null);
                a = store.save(a.withContent(content, at), SaveKind.EXPLICIT);
                a = store.save(a.publishUpdate(at, zone, correction.path("note").asText()), SaveKind.PUBLISH);
            }
            if (target == ArticleStatus.WITHDRAWN) {
                Instant at = instant(f, "withdrawnAt", a.modifiedAt());
                a = store.save(a.withdraw(f.path("withdrawalNotice").asText(), at), SaveKind.EXPLICIT);
            }
        }
        return a.id();
    }

    /** The same document with {@code from} replaced by {@code to} in whichever run holds it. */
    static Document replace(Document d, String from, String to) {
        List<Block> out = new ArrayList<>();
        boolean found = false;
        for (Block b : d.blocks()) {
            if (b instanceof Block.TextBlock t) {
                List<Run> runs = new ArrayList<>();
                for (Run r : t.runs()) {
                    if (!found && r.text().contains(from)) {
                        runs.add(new Run(r.text().replace(from, to), r.marks()));
                        found = true;
                    } else {
                        runs.add(r);
                    }
                }
                out.add(t.withRuns(runs));
            } else {
                out.add(b);
            }
        }
        if (!found || from.isEmpty()) throw new IllegalArgumentException("demo correction text '" + from + "' is not in the article");
        return new Document(out);
    }

    private static void checkImages(JsonNode content, Map<String, byte[]> pictures) {
        for (JsonNode b : content.path("body").path("blocks")) {
            String asset = b.path("asset").asText("");
            if (asset.startsWith(IMAGE_PREFIX) && !pictures.containsKey(asset.substring(IMAGE_PREFIX.length()))) {
                throw new IllegalArgumentException("demo figure refers to unknown image '" + asset + "'");
            }
        }
    }

    private static void resolveImages(ObjectNode content, Map<String, String> sha) {
        for (JsonNode b : content.path("body").path("blocks")) {
            String asset = b.path("asset").asText("");
            if (asset.startsWith(IMAGE_PREFIX)) ((ObjectNode) b).put("asset", sha.get(asset.substring(IMAGE_PREFIX.length())));
        }
    }

    private static Publication publication(JsonNode p) {
        Map<String, String> labels = new TreeMap<>();
        p.path("zoneLabels").fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
        return new Publication(p.path("name").asText(), ZoneId.of(p.path("defaultZone").asText()), labels);
    }

    private static Instant instant(JsonNode o, String key, Instant fallback) {
        JsonNode n = o.path(key);
        return n.isTextual() ? Instant.parse(n.asText()) : fallback;
    }

    private JsonNode json(String path) {
        try {
            return mapper.readTree(bytes(path));
        } catch (IOException e) {
            throw new IllegalArgumentException("demo file " + path + " is not valid JSON: " + e.getMessage(), e);
        }
    }

    private byte[] bytes(String path) {
        // Index entries are relative names inside the demo folder; nothing may point outside it.
        if (path.isBlank() || path.startsWith("/") || path.contains("..") || path.contains("\\")) {
            throw new IllegalArgumentException("demo index names a bad path: '" + path + "'");
        }
        try (InputStream in = resources.getResourceAsStream(RESOURCE_ROOT + path)) {
            if (in == null) throw new IllegalArgumentException("demo file " + RESOURCE_ROOT + path + " is missing from the class path");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read demo file " + path, e);
        }
    }
}
