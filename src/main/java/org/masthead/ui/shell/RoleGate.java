package org.masthead.ui.shell;

import org.masthead.store.SessionAccess;

/**
 * Offers a command only to a login whose role may use it (decision 0019): a command the role
 * cannot use stays in its menu, marked, and when chosen says why instead of failing at the
 * database. The database enforces the rights either way.
 */
public final class RoleGate {

    private final SessionAccess access;
    private final DialogService dialogs;

    public RoleGate(SessionAccess access, DialogService dialogs) {
        this.access = access;
        this.dialogs = dialogs;
    }

    public SessionAccess access() {
        return access;
    }

    /** {@code action} for a role that may edit articles, else one that explains. */
    public Action articles(Action action, String what) {
        return gate(action, access.mayEditArticles(), what);
    }

    /**
     * Marks a context-menu item of an article for a role that may not edit articles: its text
     * says so and choosing it says why instead of doing it. Nothing changes for a role that may.
     */
    public void articles(javafx.scene.control.MenuItem item, String what) {
        if (access.mayEditArticles()) return;
        String text = item.getText();
        String why = access.whyNot(what);
        item.setText(text + " (not for " + access.level().said() + ")");
        item.setOnAction(e -> dialogs.info(text, why));
    }

    /** Why this login may not {@code what} articles ("edit or publish articles"), naming login and role; empty when it may. */
    public java.util.Optional<String> whyNotArticles(String what) {
        return access.mayEditArticles() ? java.util.Optional.empty() : java.util.Optional.of(access.whyNot(what));
    }

    /** {@code action} for a role that may change the site's settings, else one that explains. */
    public Action siteSettings(Action action, String what) {
        return gate(action, access.mayChangeSiteSettings(), what);
    }

    private Action gate(Action action, boolean allowed, String what) {
        if (action == null || allowed) return action;
        String why = access.whyNot(what);
        return new Action(action.text() + " (not for " + access.level().said() + ")", action.accelerator(), action.icon(),
                () -> dialogs.info(action.text(), why), action.disabled());
    }

    /** What this login may do, for Help ▸ My role. */
    public String describe() {
        SessionAccess.Level l = access.level();
        return switch (l) {
            case SOLO -> "This is a file of your own: you may do everything.";
            case OWNER -> access.login() + " owns this team database: everything, including settings and users.";
            case ADMIN -> access.login() + " is an administrator: everything, including the publication's settings and users.";
            case EDITOR -> access.login() + " is an editor: write, plan, publish and export articles, and triage the inbox;"
                    + " not the publication's site settings or users.";
            case REVIEWER -> access.login() + " is a reviewer: triage, score and reply to submissions;"
                    + " not write, publish or export articles, nor change settings.";
            case NONE -> access.login() + " is in none of the team's roles: it may read, not change anything.";
        };
    }
}
