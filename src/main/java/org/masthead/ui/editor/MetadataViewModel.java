package org.masthead.ui.editor;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.masthead.model.Article;
import org.masthead.model.ArticleContent;
import org.masthead.model.Author;
import org.masthead.model.text.Document;
import org.masthead.model.text.TextDirection;

/**
 * The article's fields beside the body: what the "Article" panel edits. Properties only, no
 * nodes; parsing of tags, bylines and the embargo lives here so it is testable without a
 * display. Every edit bumps a version; the editor is dirty while the version differs from
 * the one last saved.
 */
public final class MetadataViewModel {

    /** Language tags offered in the language box; any BCP 47 tag may be typed. */
    public static final List<String> COMMON_LANGUAGES = List.of("en", "zh-Hans", "zh-Hant", "ar", "es", "fr", "ru");

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** One byline row. */
    public static final class AuthorRow {
        private final StringProperty name = new SimpleStringProperty("");
        private final StringProperty title = new SimpleStringProperty("");

        public AuthorRow(String n, String t) {
            name.set(n);
            title.set(t);
        }

        public StringProperty nameProperty() { return name; }
        public StringProperty titleProperty() { return title; }
    }

    /** The fields as they stand, taken on the FX thread for a save on the worker. */
    public record Snapshot(ArticleContent content, Instant embargo) {
        public ArticleContent withBody(Document body) {
            return content.withBody(body);
        }
    }

    private final StringProperty headline = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty editorsNote = new SimpleStringProperty("");
    private final StringProperty responsibleEditor = new SimpleStringProperty("");
    private final StringProperty tags = new SimpleStringProperty("");
    private final StringProperty sourceNote = new SimpleStringProperty("");
    private final StringProperty language = new SimpleStringProperty("en");
    private final ObservableList<AuthorRow> byline = FXCollections.observableArrayList(
            r -> new Observable[] {r.nameProperty(), r.titleProperty()});
    private final ObjectProperty<LocalDate> embargoDate = new SimpleObjectProperty<>();
    private final StringProperty embargoTime = new SimpleStringProperty("");
    private final ObjectProperty<ZoneId> zone = new SimpleObjectProperty<>(ZoneId.of("UTC"));
    private final ObjectProperty<TextDirection> direction = new SimpleObjectProperty<>(TextDirection.LTR);
    private final LongProperty version = new SimpleLongProperty();
    private final LongProperty savedVersion = new SimpleLongProperty();
    private final BooleanBinding dirty = version.isNotEqualTo(savedVersion);
    private Instant lastValidEmbargo;
    private boolean loading;

    public MetadataViewModel() {
        // Change listeners, not invalidation listeners: a property nobody reads stays invalid
        // and would report only its first edit.
        for (javafx.beans.value.ObservableValue<?> o : List.<javafx.beans.value.ObservableValue<?>>of(headline, summary,
                editorsNote, responsibleEditor, tags, sourceNote, language, embargoDate, embargoTime)) {
            o.addListener((obs, was, is) -> edited());
        }
        byline.addListener((Observable x) -> edited());
        direction.bind(Bindings.createObjectBinding(() -> TextDirection.ofLanguage(language.get()), language));
    }

    private void edited() {
        if (!loading) version.set(version.get() + 1);
    }

    // --- properties ---

    public StringProperty headlineProperty() { return headline; }
    public StringProperty summaryProperty() { return summary; }
    public StringProperty editorsNoteProperty() { return editorsNote; }
    public StringProperty responsibleEditorProperty() { return responsibleEditor; }
    public StringProperty tagsProperty() { return tags; }
    public StringProperty sourceNoteProperty() { return sourceNote; }
    public StringProperty languageProperty() { return language; }
    public ObservableList<AuthorRow> byline() { return byline; }
    public ObjectProperty<LocalDate> embargoDateProperty() { return embargoDate; }
    public StringProperty embargoTimeProperty() { return embargoTime; }
    public ObjectProperty<ZoneId> zoneProperty() { return zone; }
    public ObjectProperty<TextDirection> directionProperty() { return direction; }
    public BooleanBinding dirtyProperty() { return dirty; }
    public long version() { return version.get(); }
    public javafx.beans.property.ReadOnlyLongProperty versionProperty() { return version; }

    // --- commands ---

    /** Shows an article's fields; not an edit. */
    public void load(Article a, ZoneId z) {
        loading = true;
        try {
            zone.set(z);
            loadContent(a.content());
            lastValidEmbargo = a.embargo();
            if (a.embargo() == null) {
                embargoDate.set(null);
                embargoTime.set("");
            } else {
                LocalDateTime l = LocalDateTime.ofInstant(a.embargo(), z);
                embargoDate.set(l.toLocalDate());
                embargoTime.set(TIME.format(l));
            }
        } finally {
            loading = false;
        }
        savedVersion.set(version.get());
    }

    /** Replaces the fields with those of another version (revision restore); an edit. */
    public void restore(ArticleContent c) {
        loadContent(c);
    }

    private void loadContent(ArticleContent c) {
        headline.set(c.headline());
        summary.set(c.summary());
        editorsNote.set(c.editorsNote());
        responsibleEditor.set(c.responsibleEditor());
        tags.set(String.join(", ", c.tags()));
        sourceNote.set(c.sourceNote());
        language.set(c.language());
        List<AuthorRow> rows = new ArrayList<>();
        for (Author au : c.byline()) rows.add(new AuthorRow(au.name(), au.title()));
        byline.setAll(rows);
    }

    public void addAuthor() {
        byline.add(new AuthorRow("", ""));
    }

    public void removeAuthor(AuthorRow r) {
        byline.remove(r);
    }

    /** The version a save took its snapshot at is now stored. */
    public void markSaved(long savedAt) {
        savedVersion.set(savedAt);
    }

    public Snapshot snapshot() {
        List<Author> authors = new ArrayList<>();
        for (AuthorRow r : byline) {
            Author au = new Author(r.nameProperty().get(), r.titleProperty().get());
            if (!au.name().isEmpty() || !au.title().isEmpty()) authors.add(au);
        }
        ArticleContent c = new ArticleContent(headline.get(), summary.get(), editorsNote.get(), authors,
                responsibleEditor.get(), parseTags(tags.get()), sourceNote.get(), language.get(), Document.EMPTY);
        return new Snapshot(c, embargo());
    }

    /**
     * The embargo as entered, in the publication's zone. A time that does not parse yet (the
     * user is typing it) keeps the stored embargo rather than dropping it.
     */
    public Instant embargo() {
        LocalDate d = embargoDate.get();
        if (d == null) return null;
        String t = embargoTime.get() == null ? "" : embargoTime.get().strip();
        try {
            LocalTime time = t.isEmpty() ? LocalTime.MIDNIGHT : LocalTime.parse(t, TIME);
            lastValidEmbargo = d.atTime(time).atZone(zone.get()).toInstant();
            return lastValidEmbargo;
        } catch (DateTimeParseException e) {
            return lastValidEmbargo; // a time being typed (or mistyped) keeps the last good one
        }
    }

    /** Why the embargo as typed is not a date and time, or empty when it is fine (or unset). */
    public Optional<String> embargoProblem() {
        if (embargoDate.get() == null) return Optional.empty();
        String t = embargoTime.get() == null ? "" : embargoTime.get().strip();
        if (t.isEmpty()) return Optional.empty();
        try {
            LocalTime.parse(t, TIME);
            return Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.of("The embargo time \u201c" + t + "\u201d is not a time of day (HH:MM, e.g. 09:30).");
        }
    }

    /** A date as editors type it: 2026-12-01, 2026/12/01 or 1.12.2026; null when it is none. */
    public static LocalDate parseDate(String s) {
        if (s == null || s.isBlank()) return null;
        String t = s.strip();
        for (String pattern : List.of("uuuu-M-d", "uuuu/M/d", "d.M.uuuu", "M/d/uuuu")) {
            try {
                return LocalDate.parse(t, DateTimeFormatter.ofPattern(pattern).withResolverStyle(java.time.format.ResolverStyle.STRICT));
            } catch (DateTimeParseException e) {
                // try the next way of writing it
            }
        }
        return null;
    }

    // --- parsing, shared with the workflow prompts ---

    /** Comma separated (ASCII or CJK comma), trimmed, without blanks or repeats. */
    public static List<String> parseTags(String s) {
        if (s == null) return List.of();
        Set<String> out = new LinkedHashSet<>();
        for (String part : s.split("[,\uFF0C\u3001]")) {
            String t = part.strip();
            if (!t.isEmpty()) out.add(t);
        }
        return List.copyOf(out);
    }

    /** "yyyy-MM-dd HH:mm" in a zone; IllegalArgumentException with a readable message. */
    public static Instant parseDateTime(String s, ZoneId zone) {
        try {
            return LocalDateTime.parse(s.strip(), DATE_TIME).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + s.strip() + "' is not a date and time like 2026-03-01 09:30");
        }
    }
}
