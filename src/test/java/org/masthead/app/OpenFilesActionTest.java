package org.masthead.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.ui.shell.DialogService;

/** What "Open with Masthead" does with each kind of file, without a display (dialogs through a recording fake). */
class OpenFilesActionTest {

    @TempDir
    Path dir;

    /** Records what was said and answers every question with {@code answer}. */
    static final class Recording implements DialogService {
        final List<String> said = new ArrayList<>();
        boolean answer = true;

        @Override public void error(String title, String message) { said.add("error: " + title + ": " + message); }
        @Override public void info(String title, String message) { said.add("info: " + title + ": " + message); }
        @Override public boolean confirm(String title, String message, String ok) { said.add("ask: " + message); return answer; }
        @Override public Optional<String> prompt(String t, String l, String i) { return Optional.empty(); }
        @Override public Optional<String> promptLong(String t, String l, String i) { return Optional.empty(); }
        @Override public Optional<Path> openFile(String t, List<String> e) { return Optional.empty(); }
        @Override public Optional<Path> saveFile(String t, String n) { return Optional.empty(); }
    }

    @Test
    void markdownIsImportedIntoTheNamedDatabaseAfterAsking() throws Exception {
        Path md = Files.writeString(dir.resolve("Rivers.md"), "# Rivers\n");
        Recording d = new Recording();
        List<Path> imported = new ArrayList<>();
        new OpenFilesAction(d, "/srv/desk.db", imported::addAll, p -> { throw new AssertionError("no mail here"); }).open(List.of(md));
        assertThat(imported).containsExactly(md);
        assertThat(d.said).singleElement().asString().contains("1 Markdown file", "/srv/desk.db", "Rivers.md");

        d.answer = false;
        imported.clear();
        new OpenFilesAction(d, "/srv/desk.db", imported::addAll, p -> { throw new AssertionError("no mail here"); }).open(List.of(md));
        assertThat(imported).isEmpty();
    }

    @Test
    void mailGoesToTheInboxImportAfterAskingAndOthersAreNamed() throws Exception {
        Path eml = Files.writeString(dir.resolve("letter.eml"), "Subject: hi\n\nbody\n");
        Path mbox = Files.writeString(dir.resolve("box.mbox"), "From a@b Mon Jan  1 00:00:00 2026\n");
        Path jpg = Files.writeString(dir.resolve("photo.jpg"), "x");
        Path gone = dir.resolve("gone.md");
        Recording d = new Recording();
        List<Path> imported = new ArrayList<>();
        List<Path> mail = new ArrayList<>();
        new OpenFilesAction(d, "desk.db", imported::addAll, mail::addAll).open(List.of(eml, jpg, gone, mbox));
        assertThat(imported).isEmpty();
        assertThat(mail).containsExactly(eml, mbox);
        assertThat(d.said).hasSize(2);
        assertThat(d.said.get(0)).startsWith("error:").contains("Not found", "gone.md", "photo.jpg");
        assertThat(d.said.get(1)).startsWith("ask:").contains("2 mail files", "inbox of desk.db", "letter.eml", "box.mbox");
        d.said.clear();
        d.answer = false;
        mail.clear();
        new OpenFilesAction(d, "desk.db", imported::addAll, mail::addAll).open(List.of(eml));
        assertThat(mail).isEmpty();
        assertThat(OpenFilesAction.sort(List.of(eml, jpg, gone, mbox)).get(OpenFilesAction.Kind.MAIL)).containsExactly(eml, mbox);
    }
}
