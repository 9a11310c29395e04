package org.masthead.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.masthead.store.SessionAccess;
import org.masthead.ui.editor.FakeDialogs;

/** A command the login's role cannot use stays in the menu, marked, and says why when chosen; one it can use runs. */
class RoleGateTest {

    private final FakeDialogs dialogs = new FakeDialogs();
    private final List<String> ran = new ArrayList<>();

    private Action newArticle() {
        return Action.of("New article", "Shortcut+N", null, () -> ran.add("new"));
    }

    @Test
    void aReviewerIsToldWhyInsteadOfWritingAnArticle() {
        RoleGate gate = new RoleGate(new SessionAccess("mei", SessionAccess.Level.REVIEWER), dialogs);
        Action a = gate.articles(newArticle(), "write articles");
        assertThat(a.text()).isEqualTo("New article (not for a reviewer)");
        assertThat(a.accelerator()).isEqualTo(newArticle().accelerator());
        a.handler().run();
        assertThat(ran).isEmpty();
        assertThat(dialogs.infos).singleElement().asString().contains("mei is a reviewer").contains("cannot write articles");
        assertThat(gate.describe()).startsWith("mei is a reviewer");
    }

    @Test
    void anEditorWritesButIsToldWhyNotAboutSiteSettings() {
        RoleGate gate = new RoleGate(new SessionAccess("ana", SessionAccess.Level.EDITOR), dialogs);
        gate.articles(newArticle(), "write articles").handler().run();
        assertThat(ran).containsExactly("new");
        Action settings = gate.siteSettings(Action.of("Publication settings…", null, null, () -> ran.add("settings")), "change the publication's settings");
        settings.handler().run();
        assertThat(ran).containsExactly("new");
        assertThat(dialogs.infos).singleElement().asString().contains("ana is an editor").contains("cannot change the publication's settings");
    }

    @Test
    void onOnesOwnFileEverythingIsOffered() {
        RoleGate gate = new RoleGate(new SessionAccess("me", SessionAccess.Level.SOLO), dialogs);
        Action a = newArticle();
        assertThat(gate.articles(a, "write articles")).isSameAs(a);
        assertThat(gate.siteSettings(a, "change settings")).isSameAs(a);
    }

    @Test
    void aReviewersArticleListCommandsAreMarkedAndSayWhyInsteadOfRunning() {
        RoleGate gate = new RoleGate(new SessionAccess("mei", SessionAccess.Level.REVIEWER), dialogs);
        javafx.scene.control.MenuItem dup = gatedDuplicate(gate);
        assertThat(dup.getText()).isEqualTo("Duplicate (not for a reviewer)");
        choose(dup);
        assertThat(ran).isEmpty();
        assertThat(dialogs.infos).singleElement().asString().contains("mei is a reviewer").contains("cannot duplicate, trash or delete articles");
        assertThat(gate.whyNotArticles("edit or publish articles")).get().asString().contains("mei is a reviewer");
    }

    @Test
    void anEditorsArticleListCommandsAreLeftAlone() {
        RoleGate gate = new RoleGate(new SessionAccess("ana", SessionAccess.Level.EDITOR), dialogs);
        javafx.scene.control.MenuItem dup = gatedDuplicate(gate);
        assertThat(dup.getText()).isEqualTo("Duplicate");
        choose(dup);
        assertThat(ran).containsExactly("duplicate");
        assertThat(gate.whyNotArticles("edit or publish articles")).isEmpty();
    }

    /** The article list's Duplicate item, passed through {@code gate}. */
    private javafx.scene.control.MenuItem gatedDuplicate(RoleGate gate) {
        javafx.scene.control.MenuItem dup = new javafx.scene.control.MenuItem("Duplicate");
        dup.setOnAction(e -> ran.add("duplicate"));
        gate.articles(dup, "duplicate, trash or delete articles");
        return dup;
    }

    private static void choose(javafx.scene.control.MenuItem item) {
        item.getOnAction().handle(new javafx.event.ActionEvent());
    }
}
