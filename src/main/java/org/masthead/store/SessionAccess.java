package org.masthead.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * What the login of this connection may do, as the database's roles say (decision 0017), for
 * the window to offer only that and to say why (decision 0019). The database enforces the
 * rights whatever this says; this only reads them: the tables' owner or a superuser may do
 * everything, else the highest of the team's group roles the login is a member of counts.
 * An SQLite file is one person's: everything.
 */
public record SessionAccess(String login, Level level) {

    /** From most to least. */
    public enum Level {
        /** An SQLite file: one person, every right. */
        SOLO("the only user of this file"),
        /** The tables' owner or a superuser (who ran {@code team init}). */
        OWNER("the owner of this database"),
        ADMIN("an administrator"),
        EDITOR("an editor"),
        REVIEWER("a reviewer"),
        /** A login in none of the team's groups: it may read, not write. */
        NONE("in none of the team's roles");

        private final String said;

        Level(String said) {
            this.said = said;
        }

        /** "a reviewer", for messages. */
        public String said() {
            return said;
        }
    }

    /** Writing, publishing, exporting and importing articles; series and the plan. */
    public boolean mayEditArticles() {
        return level == Level.SOLO || level == Level.OWNER || level == Level.ADMIN || level == Level.EDITOR;
    }

    /** The publication's site settings (the {@code site} key). */
    public boolean mayChangeSiteSettings() {
        return level == Level.SOLO || level == Level.OWNER || level == Level.ADMIN;
    }

    /** Why {@code what} ("write or publish articles") is not offered, naming the login and its role. */
    public String whyNot(String what) {
        String who = login + " is " + level.said();
        return switch (level) {
            case REVIEWER -> who + " on this team database: reviewers triage, score and reply to submissions but cannot " + what + ".";
            case EDITOR -> who + " on this team database: editors write, plan and publish, but cannot " + what + ".";
            case NONE -> who + ": this login may read but cannot " + what + ".";
            default -> who + ".";
        } + " The database itself refuses it; an administrator can change a login's role (masthead team add-user).";
    }

    /** The login's access with the standard group roles. */
    public static SessionAccess of(Database db) {
        return of(db, TeamSetup.Roles.standard());
    }

    /** The login's access with these group roles (tests use prefixed ones). */
    public static SessionAccess of(Database db, TeamSetup.Roles roles) {
        if (!(db.dialect() instanceof PostgresDialect)) return new SessionAccess(System.getProperty("user.name", ""), Level.SOLO);
        return db.read(c -> read(c, roles));
    }

    private static SessionAccess read(Connection c, TeamSetup.Roles roles) throws SQLException {
        String login;
        boolean owner;
        try (PreparedStatement ps = c.prepareStatement("SELECT session_user, "
                + "coalesce((SELECT rolsuper FROM pg_roles WHERE rolname = session_user), false) "
                + "OR coalesce((SELECT pg_has_role(session_user, tableowner, 'MEMBER') FROM pg_tables "
                + "WHERE tablename = 'article' AND schemaname = current_schema()), false)");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            login = rs.getString(1);
            owner = rs.getBoolean(2);
        }
        if (owner) return new SessionAccess(login, Level.OWNER);
        for (Level l : new Level[] {Level.ADMIN, Level.EDITOR, Level.REVIEWER}) {
            String group = roles.of(l == Level.ADMIN ? TeamSetup.Role.ADMIN : l == Level.EDITOR ? TeamSetup.Role.EDITOR : TeamSetup.Role.REVIEWER);
            // to_regrole: a group not made yet (team init never ran) is no membership, not an error
            try (PreparedStatement ps = c.prepareStatement("SELECT CASE WHEN to_regrole(?) IS NULL THEN false "
                    + "ELSE pg_has_role(session_user, ?, 'MEMBER') END")) {
                ps.setString(1, TeamSetup.ident(group));
                ps.setString(2, group);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next() && rs.getBoolean(1)) return new SessionAccess(login, l);
                }
            }
        }
        return new SessionAccess(login, Level.NONE);
    }
}
