package org.masthead.ui.inbox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.masthead.model.SubmissionRow;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Window;
import org.masthead.ingest.mailbox.MailboxSettingsStore;
import org.masthead.ingest.mailbox.PasswordStore;
import org.masthead.model.FailedImport;
import org.masthead.model.MailboxSettings;
import org.masthead.model.MessageKind;
import org.masthead.model.Person;
import org.masthead.model.Submission;
import org.masthead.model.SubmissionStatus;
import org.masthead.store.SubmissionStore;
import org.masthead.triage.ReplyKind;
import org.masthead.triage.ReplyTemplates;
import org.masthead.triage.TriageKeys;
import org.masthead.ui.shell.Action;
import org.masthead.ui.shell.AppContext;
import org.masthead.ui.shell.AppIcon;

/**
 * The inbox as the main window sees it: its view, its commands as {@link Action}s (the Inbox
 * menu and the toolbar's Triage menu are built from them) and the mail work behind import,
 * fetch, replies and convert.
 */
public final class InboxScreen {

    private final InboxModel model;
    private final TriageCommands triage;
    private final DetailModel detail;
    private final InboxView view;
    private final MailWork mail;
    private final PasswordStore passwords;
    private final Supplier<Window> owner;
    private final AppContext ctx;
    private LongConsumer articleOpener = id -> { };
    private org.masthead.ui.shell.RoleGate gate;

    public InboxScreen(AppContext ctx, SubmissionStore store, MailWork mail, PasswordStore passwords, Supplier<Window> owner) {
        this.ctx = ctx;
        this.model = new InboxModel(ctx, store);
        this.triage = new TriageCommands(model);
        this.detail = new DetailModel(model);
        this.mail = mail == null ? MailWork.MISSING : mail;
        this.passwords = passwords;
        this.owner = owner;
        MenuButton triageMenu = new MenuButton("Triage");
        triageMenu.setId("inbox-triage-menu");
        triageMenu.getItems().setAll(items(triageActions()));
        FailedView failed = new FailedView(model, this::retry, this::saveRaw, this::removeFailed);
        this.view = new InboxView(model, triage, detail, triageMenu, failed);
        view.setOnDrop(this::importPaths);
        // one row changed: it is put back in place, not the whole list read again
        detail.setOnChanged(d -> {
            SubmissionRow was = model.row(d.submission().id());
            if (was != null) model.replace(SubmissionRow.of(d.submission(), was.assignee(), averageScore(d.reviews())));
        });
    }

    public InboxModel model() { return model; }

    /** The list's average: every score given, over all reviews (as the store's list computes it). */
    static Double averageScore(List<org.masthead.model.Review> reviews) {
        int n = 0;
        int sum = 0;
        for (org.masthead.model.Review r : reviews) {
            for (Integer v : new Integer[] {r.argument(), r.originality(), r.timeliness(), r.writing()}) {
                if (v != null) {
                    n++;
                    sum += v;
                }
            }
        }
        return n == 0 ? null : (double) sum / n;
    }
    public InboxView view() { return view; }

    /** Where a converted submission's draft opens: the editor. */
    public void setArticleOpener(LongConsumer o) {
        this.articleOpener = o;
    }

    /**
     * The login's role: for one that may not write articles, "Convert to article draft" is marked
     * in the Inbox menu and, however chosen, says why instead of converting (decision 0020).
     */
    public void setGate(org.masthead.ui.shell.RoleGate gate) {
        this.gate = gate;
    }

    /** Shows the inbox with fresh data (called when the section is chosen). */
    public void open() {
        model.open();
    }

    private static List<MenuItem> items(List<Action> actions) {
        List<MenuItem> l = new ArrayList<>();
        for (Action a : actions) l.add(a == null ? new SeparatorMenuItem() : a.menuItem());
        return l;
    }

    /** The Inbox menu. */
    public Menu menu() {
        Menu m = new Menu("Inbox");
        List<Action> all = new ArrayList<>(List.of(
                Action.of("Fetch mail", "Shortcut+Shift+M", AppIcon.IMPORT, this::fetch),
                Action.of("Import mail…", "Shortcut+Shift+O", AppIcon.IMPORT, this::chooseAndImport)));
        all.add(null);
        all.addAll(triageActions());
        all.add(null);
        all.add(Action.of("Search the inbox", null, AppIcon.SEARCH, view::focusSearch));
        all.add(Action.of("Reply templates…", null, AppIcon.SETTINGS, this::editTemplates));
        all.add(Action.of("Mailbox settings…", null, AppIcon.SETTINGS, this::editMailbox));
        m.getItems().setAll(items(all));
        return m;
    }

    /** The commands on the selection: status moves (the triage keys' own), assign, tag, reply, convert. */
    List<Action> triageActions() {
        List<Action> l = new ArrayList<>();
        for (TriageKeys.Action k : TriageKeys.Action.values()) {
            k.target().ifPresent(s -> l.add(Action.of(k.label() + "   (" + k.key() + ")", null, null, () -> triage.setStatus(view.selectedIds(), s, k.label()))));
        }
        l.add(Action.of("In review", null, null, () -> triage.setStatus(view.selectedIds(), SubmissionStatus.IN_REVIEW, "In review")));
        l.add(Action.of("Withdrawn by the author", null, null, () -> triage.setStatus(view.selectedIds(), SubmissionStatus.WITHDRAWN, "Withdrawn")));
        l.add(Action.of("Assign to me   (E)", null, null, () -> model.requireActor().ifPresent(me -> triage.assign(view.selectedIds(), me))));
        l.add(Action.of("Assign to…", null, null, this::assignTo));
        l.add(Action.of("Unassign", null, null, () -> triage.assign(view.selectedIds(), null)));
        l.add(Action.of("Tag…", null, AppIcon.METADATA, () -> ctx.dialogs().prompt("Tag", "Tag for the selection:", "")
                .ifPresent(t -> triage.tag(view.selectedIds(), t))));
        l.add(Action.of("Undo   (U)", null, AppIcon.UNDO, triage::undo));
        l.add(null);
        l.add(Action.of("Reply…", "Shortcut+Shift+R", null, () -> reply(ReplyKind.ACCEPT)));
        l.add(Action.of("Decline with reply…", null, null, () -> reply(ReplyKind.DECLINE)));
        Action convert = Action.of("Convert to article draft", "Shortcut+Shift+C", AppIcon.NEW, this::convert);
        l.add(gate == null ? convert : gate.articles(convert, CONVERT_WHAT));
        l.add(null);
        l.add(Action.of("Move to submissions", null, null, () -> triage.reclassify(view.selectedIds(), MessageKind.SUBMISSION)));
        l.add(Action.of("Move to other mail", null, null, () -> triage.reclassify(view.selectedIds(), MessageKind.OTHER)));
        l.add(Action.of("Mark as auto-reply", null, null, () -> triage.reclassify(view.selectedIds(), MessageKind.AUTO_REPLY)));
        return l;
    }

    private void assignTo() {
        List<String> names = model.people().stream().map(Person::name).toList();
        if (names.isEmpty()) {
            model.addPerson(p -> triage.assign(view.selectedIds(), p));
            return;
        }
        ctx.dialogs().prompt("Assign to", "Reviewer (" + String.join(", ", names) + "):", names.get(0)).flatMap(n ->
                model.people().stream().filter(p -> p.name().equalsIgnoreCase(n.strip())).findFirst()).ifPresent(p -> triage.assign(view.selectedIds(), p));
    }

    // ---- import, fetch, retry ----

    /** File ▸ Import mail…: choose a file and import it with the progress window. */
    public void chooseAndImport() {
        ctx.dialogs().openFile("Import mail (.eml or .mbox)", List.of("eml", "mbox", "mbx")).ifPresent(p -> importPaths(List.of(p)));
    }

    /** Imports files or folders of .eml/.mbox with the progress window. */
    public void importPaths(List<Path> paths) {
        runWithProgress("Importing mail", (p, cancelled) -> mail.importPaths(paths, p, cancelled));
    }

    private interface Work {
        MailWork.Summary run(MailWork.Progress p, java.util.function.BooleanSupplier cancelled) throws Exception;
    }

    private void runWithProgress(String title, Work work) {
        ProgressDialog dialog = new ProgressDialog(owner.get(), title);
        dialog.show();
        ctx.tasks().run(title, () -> work.run(dialog, dialog::cancelled), s -> {
            dialog.close();
            ctx.dialogs().info(title, (s.cancelled() ? "Cancelled. " : "") + s.text());
            model.reload();
        }, e -> {
            dialog.close();
            ctx.dialogs().error(title, e.getMessage());
            model.reload();
        });
    }

    /** Inbox ▸ Fetch mail: asks for the password unless it is remembered. */
    public void fetch() {
        withMailbox("Fetch mail", (s, p) -> runWithProgress("Fetching mail", (pr, c) -> mail.fetch(s, p, pr, c)));
    }

    private record Mailbox(MailboxSettings settings, Optional<char[]> remembered) {
    }

    /** Reads the mailbox settings and the remembered password on the worker, asks for it when there is none. */
    private void withMailbox(String title, java.util.function.BiConsumer<MailboxSettings, char[]> then) {
        ctx.tasks().run("read mailbox settings", () -> {
            MailboxSettings s = new MailboxSettingsStore(ctx.publication()).load();
            return new Mailbox(s, s.rememberPassword() ? passwords.load(s.account()) : Optional.empty());
        }, m -> {
            if (m.settings().imap().host().isEmpty() && m.settings().smtp().host().isEmpty()) {
                ctx.dialogs().info(title, "Set up the section's mailbox first: Inbox ▸ Mailbox settings…");
                return;
            }
            Optional<char[]> password = m.remembered().isPresent() ? m.remembered() : MailboxDialog.askPassword(owner.get(), m.settings().account());
            password.ifPresent(p -> then.accept(m.settings(), p));
        }, e -> ctx.dialogs().error(title, e.getMessage()));
    }

    private void retry(FailedImport f) {
        ctx.tasks().run("retry import", () -> mail.retry(f.id()), s -> {
            ctx.dialogs().info("Retry", s.text());
            model.reload();
        }, e -> ctx.dialogs().error("Retry", e.getMessage()));
    }

    private void saveRaw(FailedImport f) {
        ctx.dialogs().saveFile("Save the raw message", SafeFileName.clean(Path.of(f.source().isEmpty() ? "message" : f.source()).getFileName() + ".eml"))
                .ifPresent(target -> ctx.tasks().run("save raw message", () -> {
                    Files.write(target, model.store().failedRaw(f.id()).orElseThrow(() -> new IllegalStateException("its bytes are missing")));
                    return target;
                }, t -> model.say("Saved " + t), e -> ctx.dialogs().error("Save raw", e.getMessage())));
    }

    private void removeFailed(FailedImport f) {
        if (!ctx.dialogs().confirmDanger("Remove", "Remove \u201C" + f.source() + "\u201D from \u201CCould not import\u201D? Its raw bytes go with it; "
                + "save them first if you may need them.", "Remove")) return;
        ctx.tasks().run("remove failed import", () -> model.store().removeFailed(f.id()), x -> model.reload(),
                e -> ctx.dialogs().error("Remove", e.getMessage()));
    }

    // ---- convert and replies ----

    private static final String CONVERT_WHAT = "turn submissions into article drafts";

    /** Converts the selected accepted submission and opens its draft. */
    public void convert() {
        java.util.Optional<String> why = gate == null ? java.util.Optional.empty() : gate.whyNotArticles(CONVERT_WHAT);
        if (why.isPresent()) {
            ctx.dialogs().info("Convert to article draft", why.get());
            return;
        }
        List<Long> ids = view.selectedIds();
        if (ids.size() != 1) {
            ctx.dialogs().info("Convert", "Select one accepted submission to convert.");
            return;
        }
        var row = model.row(ids.get(0));
        if (row != null && row.status() != SubmissionStatus.ACCEPTED) {
            ctx.dialogs().info("Convert", "Only an accepted submission becomes an article draft; this one is " + row.status().label().toLowerCase() + ".");
            return;
        }
        model.requireActor().ifPresent(me -> ctx.tasks().run("convert submission", () -> mail.convert(ids.get(0), me.name()), articleId -> {
            model.reload();
            articleOpener.accept(articleId);
        }, e -> ctx.dialogs().error("Convert", e.getMessage())));
    }

    /** Opens the reply dialog for the selection. */
    public void reply(ReplyKind initial) {
        List<Long> ids = view.selectedIds();
        if (ids.isEmpty()) return;
        Optional<Person> me = model.requireActor();
        if (me.isEmpty()) return;
        ctx.tasks().run("prepare reply", () -> new ReplyData(ReplyLetters.load(ctx.publication()), model.store().get(ids.get(0)).orElseThrow(),
                ctx.publication().get().name()), d -> {
                    var values = ReplyLetters.values(d.first(), me.get().name(), d.publication(), model.zone());
                    List<String> langs = new ArrayList<>(d.templates().languages());
                    ReplyDialog.show(owner.get(), ids.size(), initial, d.first().language(), langs,
                            (k, l) -> ReplyLetters.render(d.templates(), k, l, d.first(), values)).ifPresent(c -> answer(ids, c, me.get()));
                }, e -> ctx.dialogs().error("Reply", e.getMessage()));
    }

    private record ReplyData(ReplyTemplates templates, Submission first, String publication) {
    }

    private void answer(List<Long> ids, ReplyDialog.Choice c, Person me) {
        if (c.channel() == ReplyDialog.Channel.SEND) {
            withMailbox("Send reply", (s, p) -> answer(ids, c, me, p, null));
        } else if (c.channel() == ReplyDialog.Channel.EML) {
            ctx.dialogs().chooseFolder("Save the letter(s) into", null).ifPresent(f -> answer(ids, c, me, null, f));
        } else {
            answer(ids, c, me, null, null);
        }
    }

    private void answer(List<Long> ids, ReplyDialog.Choice c, Person me, char[] password, Path into) {
        ctx.tasks().run("reply", () -> {
            ReplyTemplates templates = ReplyLetters.load(ctx.publication());
            String pub = ctx.publication().get().name();
            int n = 0;
            for (long id : ids) {
                Submission s = model.store().get(id).orElseThrow();
                String subject = c.subject();
                String body = c.body();
                if (ids.size() > 1) {
                    ReplyLetters.Letter l = ReplyLetters.render(templates, c.kind(), c.language(), s, ReplyLetters.values(s, me.name(), pub, model.zone()));
                    subject = l.subject();
                    body = l.body();
                }
                switch (c.channel()) {
                    case SEND -> mail.send(id, c.kind(), subject, body, me.name(), password);
                    case EML -> mail.writeEml(id, c.kind(), subject, body, me.name(), into);
                    case NO_REPLY -> mail.declineWithoutReply(id, me.name());
                }
                n++;
            }
            return n;
        }, n -> {
            model.say(n + (c.channel() == ReplyDialog.Channel.SEND ? " letter(s) sent" : c.channel() == ReplyDialog.Channel.EML
                    ? " letter(s) written to " + into : " declined without reply"));
            model.reload();
        }, e -> ctx.dialogs().error("Reply", e.getMessage()));
    }

    // ---- settings ----

    private void editTemplates() {
        ctx.tasks().run("read reply templates", () -> ReplyLetters.load(ctx.publication()), t ->
                TemplateEditor.show(owner.get(), t).ifPresent(edited -> ctx.tasks().run("save reply templates", () -> {
                    ReplyLetters.save(ctx.publication(), edited);
                    return edited;
                }, x -> model.say("Reply templates saved"), e -> ctx.dialogs().error("Reply templates", e.getMessage()))),
                e -> ctx.dialogs().error("Reply templates", e.getMessage() + "\nThe defaults are used until they are saved again."));
    }

    private void editMailbox() {
        MailboxSettingsStore store = new MailboxSettingsStore(ctx.publication());
        ctx.tasks().run("read mailbox settings", store::load, s -> MailboxDialog.show(owner.get(), s, passwords, ctx.tasks()).ifPresent(r ->
                ctx.tasks().run("save mailbox settings", () -> {
                    store.save(r.settings());
                    if (r.settings().rememberPassword() && r.password().length > 0) passwords.save(r.settings().account(), r.password());
                    if (!r.settings().rememberPassword()) passwords.forget(r.settings().account());
                    return r.settings();
                }, x -> model.say("Mailbox settings saved"), e -> ctx.dialogs().error("Mailbox settings", e.getMessage()))),
                e -> ctx.dialogs().error("Mailbox settings", e.getMessage()));
    }
}
