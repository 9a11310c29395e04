package org.masthead.store;

import java.nio.file.Files;
import java.nio.file.Path;

/** Points SQLite at a cached copy of its native library under args[0], opens a database, and says where the library came from. */
public final class SqliteNativeChild {

    private SqliteNativeChild() {
    }

    public static void main(String[] args) throws Exception {
        boolean used = SqliteNative.useCachedCopy(Path.of(args[0]));
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite::memory:"); var s = c.createStatement(); var rs = s.executeQuery("SELECT 40 + 2")) {
            rs.next();
            System.out.println("used " + used + " answer " + rs.getInt(1));
        }
        Path maps = Path.of("/proc/self/maps");
        if (Files.isReadable(maps)) {
            boolean mapped = Files.readAllLines(maps).stream().anyMatch(l -> l.contains(System.getProperty(SqliteNative.PATH, "\0")));
            System.out.println("mapped " + mapped);
        }
    }
}
