package org.masthead.ui.inbox;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.masthead.model.FailedImport;
import org.masthead.model.InboxQuery;
import org.masthead.model.MessageKind;
import org.masthead.model.Person;
import org.masthead.model.SavedFilter;
import org.masthead.model.SearchHit;
import org.masthead.model.SearchOrder;
import org.masthead.model.SubmissionRow;
import org.masthead.model.SubmissionStatus;
import org.masthead.store.SubmissionStore;
import org.masthead.ui.shell.AppContext;

/**
 * What the inbox list shows: the rows of the chosen tab under the filters or a search, the
 * people and who is acting, the saved filters. A list of 100,000 opens fast because the first
 * page is read and shown before the rest; a later load that starts while one is running wins
 * (a generation number drops the older one's results). Triage writes live in {@link TriageCommands}.
 */
public final class InboxModel {

    /** The first page shown before the whole list is read. */
    static final int FIRST_PAGE = 500;
    /** Search results shown at most. */
    public static final int SEARCH_LIMIT = 1000;
    /** The first search results shown, before the rest up to {@link #SEARCH_LIMIT}. */
    public static final int SEARCH_FIRST_PAGE = 100;
    static final String ACTOR_SETTING = "inbox.actor";

    /** The three lists of the inbox. */
    public enum Tab {
        SUBMISSIONS("Submissions"), OTHER_MAIL("Other mail"), FAILED("Could not import");

        private final String label;

        Tab(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The due filter. */
    public enum Due {
        ANY("Any deadline", null), OVERDUE("Overdue", 0), DAY("Due within 24 h", 24), WEEK("Due within a week", 24 * 7);

        private final String label;
        private final Integer hours;

        Due(String label, Integer hours) {
            this.label = label;
            this.hours = hours;
        }

        public String label() {
            return label;
        }

        public Integer hours() {
            return hours;
        }

        static Due ofHours(Integer h) {
            for (Due d : values()) if (java.util.Objects.equals(d.hours, h)) return d;
            return h == null ? ANY : h <= 24 ? DAY : WEEK;
        }
    }

    private final AppContext ctx;
    private final SubmissionStore store;

    private final ObservableList<SubmissionRow> rows = FXCollections.observableArrayList();
    private final ObservableList<FailedImport> failed = FXCollections.observableArrayList();
    private final Map<Long, SearchHit> hits = new HashMap<>();
    private final ObjectProperty<Tab> tab = new SimpleObjectProperty<>(Tab.SUBMISSIONS);
    private final ObjectProperty<SubmissionStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<Person> reviewer = new SimpleObjectProperty<>();
    private final StringProperty tag = new SimpleStringProperty("");
    private final StringProperty language = new SimpleStringProperty("");
    private final ObjectProperty<Due> due = new SimpleObjectProperty<>(Due.ANY);
    private final BooleanProperty exclusiveOnly = new SimpleBooleanProperty();
    private final StringProperty search = new SimpleStringProperty("");
    private final BooleanProperty relevance = new SimpleBooleanProperty();
    private final ObjectProperty<Person> actor = new SimpleObjectProperty<>();
    private final ObservableList<Person> people = FXCollections.observableArrayList();
    private final ObservableList<SavedFilter> savedFilters = FXCollections.observableArrayList();
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper complete = new ReadOnlyBooleanWrapper();

    private long generation;
    private java.time.ZoneId zone = java.time.ZoneId.systemDefault();
    private Runnable afterLoad = () -> { };

    public InboxModel(AppContext ctx, SubmissionStore store) {
        this.ctx = ctx;
        this.store = store;
    }

    public AppContext context() { return ctx; }
    public SubmissionStore store() { return store; }
    public ObservableList<SubmissionRow> rows() { return rows; }
    public ObservableList<FailedImport> failed() { return failed; }
    public ObjectProperty<Tab> tabProperty() { return tab; }
    public ObjectProperty<SubmissionStatus> statusProperty() { return status; }
    public ObjectProperty<Person> reviewerProperty() { return reviewer; }
    public StringProperty tagProperty() { return tag; }
    public StringProperty languageProperty() { return language; }
    public ObjectProperty<Due> dueProperty() { return due; }
    public BooleanProperty exclusiveOnlyProperty() { return exclusiveOnly; }
    public StringProperty searchProperty() { return search; }
    public BooleanProperty relevanceProperty() { return relevance; }
    public ObjectProperty<Person> actorProperty() { return actor; }
    public ObservableList<Person> people() { return people; }
    public ObservableList<SavedFilter> savedFilters() { return savedFilters; }
    public ObservableList<String> tags() { return tags; }
    /** The publication's zone, in which times are shown and typed. */
    public java.time.ZoneId zone() { return zone; }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    /** True once the whole list (not only its first page) is shown. */
    public ReadOnlyBooleanProperty completeProperty() { return complete.getReadOnlyProperty(); }

    /** The search hit behind a row while a search is shown, for its snippet. */
    public SearchHit hit(long id) {
        return hits.get(id);
    }

    public boolean searching() {
        return !search.get().isBlank();
    }

    /** Runs once after every completed load (tests, the benchmark, keeping the selection). */
    public void setAfterLoad(Runnable r) {
        this.afterLoad = r == null ? () -> { } : r;
    }

    void say(String text) {
        message.set(text);
    }

    /** The store query of the filters and the tab (the search is separate: {@link SubmissionStore#search}). */
    public InboxQuery query() {
        Set<MessageKind> kinds = tab.get() == Tab.OTHER_MAIL ? Set.of(MessageKind.AUTO_REPLY, MessageKind.OTHER) : Set.of(MessageKind.SUBMISSION);
        Person r = reviewer.get();
        return InboxQuery.ALL.withKinds(kinds)
                .withStatuses(status.get() == null ? Set.of() : Set.of(status.get()))
                .withAssigneeId(r == null ? null : r.id())
                .withTag(tag.get())
                .withLanguage(language.get())
                .withDueWithinHours(due.get() == null ? null : due.get().hours())
                .withExclusiveOnly(exclusiveOnly.get());
    }

    /** Sets the filters from a saved one and shows it. */
    public void apply(SavedFilter f) {
        InboxQuery q = f.query();
        status.set(q.statuses().size() == 1 ? q.statuses().iterator().next() : null);
        reviewer.set(q.assigneeId() == null ? null : people.stream().filter(p -> p.id() == q.assigneeId()).findFirst().orElse(null));
        tag.set(q.tag());
        language.set(q.language());
        due.set(Due.ofHours(q.dueWithinHours()));
        exclusiveOnly.set(q.exclusiveOnly());
        tab.set(q.kinds().contains(MessageKind.SUBMISSION) || q.kinds().isEmpty() ? Tab.SUBMISSIONS : Tab.OTHER_MAIL);
        search.set(q.text());
        reload();
    }

    /** Clears every filter and the search. */
    public void clearFilters() {
        status.set(null);
        reviewer.set(null);
        tag.set("");
        language.set("");
        due.set(Due.ANY);
        exclusiveOnly.set(false);
        search.set("");
        reload();
    }

    /** Reads people, tags, saved filters and who is acting; then the list. */
    public void open() {
        ctx.tasks().run("read inbox people", () -> new Directory(store.people(), store.tags(), store.savedFilters(),
                ctx.publication().setting(ACTOR_SETTING).orElse(""), ctx.publication().get().defaultZone()), d -> {
                    zone = d.zone();
                    people.setAll(d.people());
                    tags.setAll(d.tags());
                    savedFilters.setAll(d.filters());
                    if (actor.get() == null) actor.set(d.people().stream().filter(p -> p.name().equals(d.actor())).findFirst().orElse(null));
                }, this::failedToRead);
        reload();
    }

    private record Directory(List<Person> people, List<String> tags, List<SavedFilter> filters, String actor, java.time.ZoneId zone) {
    }

    /** Reads the list again: the first page at once, then the rest. */
    public void reload() {
        long gen = ++generation;
        complete.set(false);
        if (tab.get() == Tab.FAILED) {
            ctx.tasks().run("read failed imports", store::failed, l -> {
                if (gen != generation) return;
                failed.setAll(l);
                done(gen, l.size() + " message(s) could not be imported");
            }, this::failedToRead);
            return;
        }
        if (searching()) {
            String text = search.get().strip();
            SearchOrder order = relevance.get() ? SearchOrder.RELEVANCE : SearchOrder.NEWEST;
            // Snippets cost about 13 µs a hit: the first page comes in a few milliseconds, the rest after.
            ctx.tasks().run("search the inbox", () -> store.search(text, order, SEARCH_FIRST_PAGE), first -> {
                if (gen != generation) return;
                showHits(first);
                if (first.size() < SEARCH_FIRST_PAGE) {
                    done(gen, first.size() + " found for \u201C" + text + "\u201D");
                    return;
                }
                message.set(first.size() + "+ found for \u201C" + text + "\u201D, reading the rest…");
                ctx.tasks().run("search the whole inbox", () -> store.search(text, order, SEARCH_LIMIT), l -> {
                    if (gen != generation) return;
                    showHits(l);
                    done(gen, l.size() + (l.size() == SEARCH_LIMIT ? "+" : "") + " found for \u201C" + text + "\u201D");
                }, this::failedToRead);
            }, this::failedToRead);
            return;
        }
        InboxQuery q = query();
        ctx.tasks().run("read the inbox", () -> store.list(q.withPage(FIRST_PAGE, 0)), first -> {
            if (gen != generation) return;
            hits.clear();
            rows.setAll(first);
            if (first.size() < FIRST_PAGE) {
                done(gen, first.size() + " shown");
                return;
            }
            message.set(first.size() + "+ shown, reading the rest…");
            ctx.tasks().run("read the whole inbox", () -> store.list(q), all -> {
                if (gen != generation) return;
                rows.setAll(all);
                done(gen, all.size() + " shown");
            }, this::failedToRead);
        }, this::failedToRead);
    }

    private void showHits(List<SearchHit> l) {
        hits.clear();
        List<SubmissionRow> found = new ArrayList<>(l.size());
        for (SearchHit h : l) {
            hits.put(h.row().id(), h);
            found.add(h.row());
        }
        rows.setAll(found);
    }

    private void done(long gen, String text) {
        if (gen != generation) return;
        complete.set(true);
        message.set(text);
        afterLoad.run();
    }

    private void failedToRead(Throwable e) {
        message.set("Could not read the inbox: " + e.getMessage());
    }

    /**
     * Puts back the shown rows of these submissions, read again, without reading the list again
     * (another client changed them); rows no longer stored are taken out. Ids not shown are ignored.
     */
    public void refreshRows(java.util.Collection<Long> ids) {
        List<Long> shown = new ArrayList<>();
        for (SubmissionRow r : rows) if (ids.contains(r.id())) shown.add(r.id());
        if (shown.isEmpty()) return;
        ctx.tasks().run("read changed inbox rows", () -> store.rows(shown), fresh -> {
            Map<Long, SubmissionRow> byId = new HashMap<>();
            for (SubmissionRow r : fresh) byId.put(r.id(), r);
            for (long id : shown) {
                SubmissionRow now = byId.get(id);
                if (now != null) replace(now); else rows.removeIf(r -> r.id() == id);
            }
        }, this::failedToRead);
    }

    /** Replaces a shown row (after a write) without reading the list again. */
    void replace(SubmissionRow row) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id() == row.id()) {
                rows.set(i, row);
                return;
            }
        }
    }

    /** The row shown with this id, if any. */
    SubmissionRow row(long id) {
        for (SubmissionRow r : rows) if (r.id() == id) return r;
        return null;
    }

    // ---- people and who is acting ----

    /** Chooses who is acting and remembers it. */
    public void setActor(Person p) {
        actor.set(p);
        if (p == null) return;
        ctx.tasks().run("remember who is acting", () -> {
            ctx.publication().putSetting(ACTOR_SETTING, p.name());
            return p;
        }, x -> { }, e -> message.set("Could not remember who is acting: " + e.getMessage()));
    }

    /** Adds someone to the team (asking for the name) and makes them the one acting when nobody is. */
    public void addPerson(Consumer<Person> then) {
        ctx.dialogs().prompt("Add a person", "Name of the reviewer or editor:", "").map(String::strip).filter(s -> !s.isEmpty())
                .ifPresent(name -> ctx.tasks().run("add person", () -> store.addPerson(name, ""), p -> {
                    people.add(p);
                    if (actor.get() == null) setActor(p);
                    then.accept(p);
                }, e -> ctx.dialogs().error("Add a person", e.getMessage())));
    }

    /**
     * Who is acting, for a write; asks to add someone when there is nobody yet. Empty when the
     * user declined: nothing is written without a name to log it under.
     */
    java.util.Optional<Person> requireActor() {
        if (actor.get() != null) return java.util.Optional.of(actor.get());
        if (!people.isEmpty()) {
            ctx.dialogs().info("Who are you?", "Choose yourself under \u201CYou are\u201D in the inbox toolbar first: every change records who made it.");
            return java.util.Optional.empty();
        }
        addPerson(p -> { });
        return java.util.Optional.ofNullable(actor.get());
    }

    // ---- saved filters ----

    /** Saves the current filters under a name the user gives. */
    public void saveFilter() {
        ctx.dialogs().prompt("Save filter", "Name:", "").map(String::strip).filter(s -> !s.isEmpty()).ifPresent(name -> {
            InboxQuery q = query().withText(search.get());
            long id = savedFilters.stream().filter(f -> f.name().equals(name)).mapToLong(SavedFilter::id).findFirst().orElse(0);
            ctx.tasks().run("save filter", () -> {
                store.saveFilter(new SavedFilter(id, name, q));
                return store.savedFilters();
            }, savedFilters::setAll, e -> ctx.dialogs().error("Save filter", e.getMessage()));
        });
    }

    public void deleteFilter(SavedFilter f) {
        if (f == null || !ctx.dialogs().confirm("Delete filter", "Delete the saved filter \u201C" + f.name() + "\u201D?", "Delete")) return;
        ctx.tasks().run("delete filter", () -> {
            store.deleteFilter(f.id());
            return store.savedFilters();
        }, savedFilters::setAll, e -> ctx.dialogs().error("Delete filter", e.getMessage()));
    }
}
