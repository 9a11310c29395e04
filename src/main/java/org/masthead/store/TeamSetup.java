package org.masthead.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Team mode's roles, enforced by PostgreSQL itself (decision 0017): three group roles, their
 * grants and the row-level security policies of a Masthead database, and the logins of the
 * people who use it. {@link #init} is what {@code masthead team init} runs, {@link #addUser}
 * what {@code masthead team add-user} runs; both need a PostgreSQL database opened by a
 * superuser or a role with CREATEROLE that owns (or migrated) Masthead's tables.
 *
 * <p>The roles nest: an administrator is an editor, an editor a reviewer, so each gets what the
 * one below may do and more. Reviewers read everything and write the inbox (triage, scores,
 * notes, replies, imports); editors also write articles, revisions, pictures, series and the
 * plan; administrators also the publication's settings and anything else. "Who did it" columns
 * hold the login (a trigger of schema 6); row-level security lets only administrators write
 * another name there (a restore does).
 */
public final class TeamSetup {

    /** The three kinds of people a team database knows. */
    public enum Role {
        ADMIN, EDITOR, REVIEWER;

        /** "admin", "editor" or "reviewer" (any case); else an IllegalArgumentException for the user. */
        public static Role parse(String text) {
            try {
                return valueOf(text.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new IllegalArgumentException("'" + text + "' is not a role: admin, editor or reviewer");
            }
        }
    }

    /** The group roles' names: {@link #standard()} in a team's database, a prefix of their own in tests sharing one server. */
    public record Roles(String admin, String editor, String reviewer) {

        public static Roles standard() {
            return withPrefix("masthead");
        }

        public static Roles withPrefix(String prefix) {
            return new Roles(prefix + "_admin", prefix + "_editor", prefix + "_reviewer");
        }

        public String of(Role r) {
            return switch (r) {
                case ADMIN -> admin;
                case EDITOR -> editor;
                case REVIEWER -> reviewer;
            };
        }
    }

    /** A login's name: what PostgreSQL's tools accept unquoted, plus dots and dashes; quoted in every statement anyway. */
    private static final Pattern LOGIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_.\\-]{0,62}");

    /** Written by editors (and administrators): articles and everything about them, series and the plan. */
    static final List<String> DESK_TABLES = List.of("article", "correction", "revision", "image", "article_search", "series", "series_part",
            "plan_log");
    /** Written by reviewers (and everyone above): the inbox. */
    static final List<String> INBOX_TABLES = List.of("person", "submission", "submission_version", "mail_message", "submission_attachment",
            "submission_tag", "review", "failed_import", "saved_filter", "mailbox_state", "submission_band", "submission_search",
            "submission_substrings");
    /** Tables whose "who did it" column is the login; rows are added, and move with a joined submission, never rewritten. */
    static final List<String> WHO_TABLES = List.of("activity", "submission_note", "reply");
    /** Setting keys a reviewer may write (the inbox's own); an editor writes every key but the publication's site settings. */
    static final String REVIEWER_KEYS = "key LIKE 'inbox.%' OR key LIKE 'mailbox%' OR key LIKE 'ui.%' OR key LIKE 'demo.%'";

    private final Database db;
    private final Roles roles;

    public TeamSetup(Database db, Roles roles) {
        if (!(db.dialect() instanceof PostgresDialect)) {
            throw new IllegalArgumentException("team roles exist only in a PostgreSQL database; " + db.location().describe()
                    + " is an SQLite file, which one person uses alone");
        }
        this.db = db;
        this.roles = roles;
    }

    public TeamSetup(Database db) {
        this(db, Roles.standard());
    }

    public Roles roles() {
        return roles;
    }

    /**
     * Creates the group roles (where the server has none yet: roles belong to the whole server)
     * and gives them their rights in this database. Running it again, e.g. after an upgrade
     * added tables, sets the same rights again.
     */
    public void init() {
        db.tx(c -> {
            requireCreateRole(c);
            for (String r : List.of(roles.reviewer(), roles.editor(), roles.admin())) createGroup(c, r);
            for (String sql : grants(schema(c))) execute(c, sql);
            return null;
        });
    }

    /**
     * Creates a login in one of the groups with a password. The password goes to the server only
     * as a SCRAM verifier computed here, so it appears in no statement or server log.
     *
     * @throws IllegalArgumentException for a name that is not one, or a login that exists already
     * @throws IllegalStateException when {@link #init} has not run on this server
     */
    public void addUser(String name, Role role, char[] password) {
        if (name == null || !LOGIN.matcher(name).matches()) {
            throw new IllegalArgumentException("'" + name + "' is not a login name: letters, digits, _ . - (up to 63), starting with a letter or _");
        }
        if (password == null || password.length == 0) throw new IllegalArgumentException("the password cannot be empty");
        db.tx(c -> {
            requireCreateRole(c);
            if (roleExists(c, name)) throw new IllegalArgumentException("a role named " + name + " exists already on this server; nothing was changed");
            String group = roles.of(role);
            if (!roleExists(c, group)) throw new IllegalStateException("there is no role " + group + " yet: run 'masthead team init' first");
            // CREATEROLE is not inherited from a group: an administrator needs it on the login to add others.
            execute(c, "CREATE ROLE " + ident(name) + " LOGIN" + (role == Role.ADMIN ? " CREATEROLE" : "") + " IN ROLE " + ident(group));
            c.unwrap(org.postgresql.PGConnection.class).alterUserPassword(name, password.clone(), "scram-sha-256"); // it blanks the array it gets
            return null;
        });
    }

    /** The groups a login is in, of these roles (directly or through another group), for messages and tests. */
    public List<Role> rolesOf(String login) {
        return db.read(c -> {
            List<Role> out = new ArrayList<>();
            for (Role r : Role.values()) {
                try (PreparedStatement ps = c.prepareStatement("SELECT pg_has_role(?, ?, 'MEMBER')")) {
                    ps.setString(1, login);
                    ps.setString(2, roles.of(r));
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next() && rs.getBoolean(1)) out.add(r);
                    }
                }
            }
            return out;
        });
    }

    private static void requireCreateRole(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT rolsuper OR rolcreaterole, session_user FROM pg_roles WHERE rolname = session_user")) {
            if (!rs.next() || !rs.getBoolean(1)) {
                throw new IllegalStateException("connected as " + (rs.getRow() > 0 ? rs.getString(2) : "this user")
                        + ", which may not create roles: connect as a PostgreSQL superuser or a role with CREATEROLE (e.g. a Masthead administrator)");
            }
        }
    }

    private static boolean roleExists(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** A group role, unless the server has it (another team database on the same server may have made it, even at this moment). */
    private static void createGroup(Connection c, String name) throws SQLException {
        if (roleExists(c, name)) return;
        execute(c, "DO $$ BEGIN CREATE ROLE " + ident(name) + " NOLOGIN; "
                + "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$");
    }

    private static String schema(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT current_schema()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Every statement that gives the groups their rights, in order; each can run again. */
    List<String> grants(String schema) {
        String rev = ident(roles.reviewer());
        String ed = ident(roles.editor());
        String adm = ident(roles.admin());
        String in = " IN SCHEMA " + ident(schema);
        List<String> l = new ArrayList<>();
        l.add("GRANT " + rev + " TO " + ed);
        l.add("GRANT " + ed + " TO " + adm);
        l.add("GRANT USAGE ON SCHEMA " + ident(schema) + " TO " + rev);
        l.add("GRANT SELECT ON ALL TABLES" + in + " TO " + rev);
        l.add("GRANT USAGE, SELECT ON ALL SEQUENCES" + in + " TO " + rev);
        l.add("GRANT INSERT, UPDATE, DELETE ON " + String.join(", ", INBOX_TABLES) + " TO " + rev);
        l.add("GRANT INSERT, UPDATE (submission_id) ON " + String.join(", ", WHO_TABLES) + " TO " + rev);
        l.add("GRANT INSERT, UPDATE, DELETE ON setting TO " + rev);
        // Tables a later migration adds (run by this same owner) are readable at once; writing them waits for init to run again.
        l.add("ALTER DEFAULT PRIVILEGES" + in + " GRANT SELECT ON TABLES TO " + rev);
        l.add("ALTER DEFAULT PRIVILEGES" + in + " GRANT USAGE, SELECT ON SEQUENCES TO " + rev);
        l.add("GRANT INSERT, UPDATE, DELETE ON " + String.join(", ", DESK_TABLES) + " TO " + ed);
        l.add("GRANT INSERT, UPDATE, DELETE ON ALL TABLES" + in + " TO " + adm);
        l.add("REVOKE INSERT, UPDATE, DELETE ON flyway_schema_history FROM " + adm);
        for (String t : WHO_TABLES) {
            String who = t.equals("submission_note") ? "author" : "actor";
            policies(l, t, rev, adm, "true", who + " = session_user::text", "true");
        }
        policies(l, "setting", rev, adm, REVIEWER_KEYS, REVIEWER_KEYS, REVIEWER_KEYS);
        l.add("DROP POLICY IF EXISTS masthead_desk ON setting");
        l.add("CREATE POLICY masthead_desk ON setting FOR ALL TO " + ed + " USING (key <> 'site') WITH CHECK (key <> 'site')");
        return l;
    }

    /** Row-level security on a table: everyone reads; reviewers (and up) insert, update and delete as the conditions say; administrators anything. */
    private static void policies(List<String> l, String table, String rev, String adm, String delete, String insert, String update) {
        l.add("ALTER TABLE " + table + " ENABLE ROW LEVEL SECURITY");
        String[][] p = {
                {"masthead_read", "SELECT", "USING (true)"},
                {"masthead_insert", "INSERT", "WITH CHECK (" + insert + ")"},
                {"masthead_update", "UPDATE", "USING (" + update + ") WITH CHECK (" + update + ")"},
                {"masthead_delete", "DELETE", "USING (" + delete + ")"}};
        for (String[] x : p) {
            l.add("DROP POLICY IF EXISTS " + x[0] + " ON " + table);
            l.add("CREATE POLICY " + x[0] + " ON " + table + " FOR " + x[1] + " TO " + rev + " " + x[2]);
        }
        l.add("DROP POLICY IF EXISTS masthead_admin ON " + table);
        l.add("CREATE POLICY masthead_admin ON " + table + " FOR ALL TO " + adm + " USING (true) WITH CHECK (true)");
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** A role or schema name in double quotes, inner quotes doubled. */
    static String ident(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
