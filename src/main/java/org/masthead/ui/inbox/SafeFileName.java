package org.masthead.ui.inbox;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where "Save attachment" writes: the cleaned file name inside the folder the user chose,
 * never outside it. An attachment's name comes from a stranger's email, so path separators,
 * control characters, newlines and leading dots are dropped, and a name already in the folder
 * gets a number rather than being overwritten.
 */
public final class SafeFileName {

    private SafeFileName() {
    }

    /** The name without path parts, control characters or characters Windows forbids; "attachment" when nothing is left. */
    public static String clean(String name) {
        String n = name == null ? "" : name;
        int cut = Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\'));
        n = n.substring(cut + 1);
        n = n.replaceAll("[\\p{Cntrl}\\u2028\\u2029<>:\"|?*]", "").strip();
        while (n.startsWith(".")) n = n.substring(1);
        if (n.length() > 180) n = n.substring(n.length() - 180);
        return n.isBlank() ? "attachment" : n;
    }

    /**
     * A file in {@code folder} for {@code name} that does not exist yet.
     *
     * @throws IllegalArgumentException if the result would lie outside the folder (it cannot after cleaning; checked anyway)
     */
    public static Path target(Path folder, String name) {
        Path dir = folder.toAbsolutePath().normalize();
        String clean = clean(name);
        int dot = clean.lastIndexOf('.');
        String stem = dot > 0 ? clean.substring(0, dot) : clean;
        String ext = dot > 0 ? clean.substring(dot) : "";
        Path p = dir.resolve(clean).normalize();
        for (int i = 2; Files.exists(p); i++) p = dir.resolve(stem + " (" + i + ")" + ext).normalize();
        if (!p.getParent().equals(dir)) throw new IllegalArgumentException("\u201C" + name + "\u201D would be written outside " + dir);
        return p;
    }
}
