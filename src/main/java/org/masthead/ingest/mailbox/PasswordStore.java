package org.masthead.ingest.mailbox;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.masthead.store.DataPaths;

/**
 * Keeps mailbox passwords only when the user asks, in one file in the config folder that
 * only the user can read: on POSIX systems it is created rw------- (the permission is given at
 * creation, so there is no moment when the file is readable by others), on Windows its access
 * list names the owner alone. The file is not encrypted: it protects like {@code ~/.netrc} or
 * git's credential store, no more. Elsewhere the file gets the system's default permissions,
 * and {@link #protection()} says so, for the settings dialog to tell the user.
 */
public final class PasswordStore {

    /** What the operating system lets this store promise about the file. */
    public enum Protection {
        OWNER_ONLY("Only your user account can read the password file."),
        SYSTEM_DEFAULT("This system cannot restrict the password file to your account; other users of this computer may be able to read it.");

        private final String note;

        Protection(String note) {
            this.note = note;
        }

        public String note() {
            return note;
        }
    }

    public static final String FILE_NAME = "mailbox-passwords.json";

    private final Path folder;
    private final ObjectMapper mapper = new ObjectMapper();

    public PasswordStore(Path folder) {
        this.folder = folder;
    }

    /** The store in Masthead's config folder. */
    public static PasswordStore in(DataPaths paths) {
        return new PasswordStore(paths.configFolder());
    }

    public Path file() {
        return folder.resolve(FILE_NAME);
    }

    /** Whether the file is (or would be) readable by the user alone. */
    public Protection protection() throws IOException {
        FileStore fs = Files.getFileStore(existingAncestor(folder));
        return fs.supportsFileAttributeView(PosixFileAttributeView.class) || fs.supportsFileAttributeView(AclFileAttributeView.class)
                ? Protection.OWNER_ONLY : Protection.SYSTEM_DEFAULT;
    }

    /** Keeps {@code password} for {@code account}, replacing an earlier one. */
    public Protection save(String account, char[] password) throws IOException {
        Map<String, String> all = readAll();
        all.put(account, new String(password));
        return writeAll(all);
    }

    /** The kept password, or empty when none was kept (the file is never created by reading). */
    public Optional<char[]> load(String account) throws IOException {
        String p = readAll().get(account);
        return p == null ? Optional.empty() : Optional.of(p.toCharArray());
    }

    /** Forgets the account's password; the file goes when it holds none. */
    public void forget(String account) throws IOException {
        Map<String, String> all = readAll();
        if (all.remove(account) == null) return;
        if (all.isEmpty()) {
            Files.deleteIfExists(file());
        } else {
            writeAll(all);
        }
    }

    private Map<String, String> readAll() throws IOException {
        if (!Files.exists(file())) return new TreeMap<>();
        try {
            return mapper.readValue(file().toFile(), new TypeReference<TreeMap<String, String>>() { });
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException("The password file " + file() + " is damaged; delete it and enter the password again.", e);
        }
    }

    /** Through a private temporary file moved into place, so a crash never leaves half a file. */
    private Protection writeAll(Map<String, String> all) throws IOException {
        createFolder();
        Protection protection = protection();
        boolean posix = Files.getFileStore(folder).supportsFileAttributeView(PosixFileAttributeView.class);
        Path tmp = posix
                ? Files.createTempFile(folder, ".passwords-", ".tmp", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile(folder, ".passwords-", ".tmp");
        try {
            if (!posix && protection == Protection.OWNER_ONLY) ownerOnlyAcl(tmp);
            try (OutputStream out = Files.newOutputStream(tmp)) {
                mapper.writeValue(out, all);
            }
            Files.move(tmp, file(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return protection;
    }

    private void createFolder() throws IOException {
        if (Files.isDirectory(folder)) return;
        if (Files.getFileStore(existingAncestor(folder)).supportsFileAttributeView(PosixFileAttributeView.class)) {
            FileAttribute<?> owner = PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"));
            Files.createDirectories(folder, owner);
        } else {
            Files.createDirectories(folder);
        }
    }

    /** Windows: an access list with one entry, the owner's (set before anything is written). */
    private static void ownerOnlyAcl(Path f) throws IOException {
        AclFileAttributeView view = Files.getFileAttributeView(f, AclFileAttributeView.class);
        UserPrincipal owner = view.getOwner();
        AclEntry entry = AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(owner)
                .setPermissions(EnumSet.of(AclEntryPermission.READ_DATA, AclEntryPermission.WRITE_DATA, AclEntryPermission.APPEND_DATA,
                        AclEntryPermission.READ_ATTRIBUTES, AclEntryPermission.WRITE_ATTRIBUTES, AclEntryPermission.READ_ACL,
                        AclEntryPermission.WRITE_ACL, AclEntryPermission.DELETE, AclEntryPermission.SYNCHRONIZE,
                        AclEntryPermission.READ_NAMED_ATTRS, AclEntryPermission.WRITE_NAMED_ATTRS))
                .build();
        view.setAcl(List.of(entry));
    }

    private static Path existingAncestor(Path p) {
        Path a = p.toAbsolutePath();
        while (a != null && !Files.exists(a)) a = a.getParent();
        return a == null ? p.toAbsolutePath().getRoot() : a;
    }
}
