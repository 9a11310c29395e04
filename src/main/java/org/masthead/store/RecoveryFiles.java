package org.masthead.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.masthead.model.Article;
import org.masthead.model.text.Document;

/**
 * Unsaved text kept on this computer while the team database cannot be reached (decision 0018):
 * one JSON file per article and database, in a folder of the user's data folder, readable by the
 * owner only. Written before a save that failed for want of the server is retried; removed once a
 * save of that article went through. Nothing reads it back on its own: it is the user's copy
 * should the program or the computer stop before the server returns.
 */
public final class RecoveryFiles {

    /** The state of an article the file held. */
    public record Recovered(long articleId, long version, String database, Instant writtenAt, String headline, String summary,
                            Document body) {
    }

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private final Path folder;
    private final String database;
    private final String key;
    private final ObjectMapper json = new ObjectMapper();
    private final DocumentCodec codec = new DocumentCodec(json);

    public RecoveryFiles(Path folder, DatabaseLocation database) {
        this.folder = folder;
        this.database = database.describe();
        this.key = shortHash(this.database);
    }

    public Path folder() {
        return folder;
    }

    /** Where the text of {@code articleId} is kept. */
    public Path fileOf(long articleId) {
        return folder.resolve("article-" + articleId + "-" + key + ".json");
    }

    /** Writes (replaces) the article's file, owner-only, through a temporary file so a half-written file never replaces a whole one. */
    public Path write(Article a, Instant now) throws IOException {
        if (!Files.isDirectory(folder)) {
            if (POSIX) Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            else Files.createDirectories(folder);
        }
        ObjectNode root = json.createObjectNode();
        root.put("what", "Masthead: unsaved text of an article, kept while the team database could not be reached");
        root.put("database", database);
        root.put("articleId", a.id());
        root.put("version", a.version());
        root.put("writtenAt", now.toString());
        root.put("headline", a.content().headline());
        root.put("summary", a.content().summary());
        root.set("body", codec.toJson(a.content().body()));
        root.put("plainText", a.content().body().plainText());
        Path target = fileOf(a.id());
        Path tmp = POSIX
                ? Files.createTempFile(folder, ".recovery-", ".tmp", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile(folder, ".recovery-", ".tmp");
        try {
            Files.write(tmp, json.writerWithDefaultPrettyPrinter().writeValueAsString(root).getBytes(StandardCharsets.UTF_8));
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        return target;
    }

    /** The article's file, if there is one. */
    public Optional<Recovered> read(long articleId) throws IOException {
        Path f = fileOf(articleId);
        if (!Files.exists(f)) return Optional.empty();
        JsonNode n = json.readTree(f.toFile());
        return Optional.of(new Recovered(n.path("articleId").asLong(), n.path("version").asLong(), n.path("database").asText(),
                Instant.parse(n.path("writtenAt").asText()), n.path("headline").asText(), n.path("summary").asText(), codec.fromJson(n.path("body"))));
    }

    /** Removes the article's file (its text reached the database). */
    public void delete(long articleId) throws IOException {
        Files.deleteIfExists(fileOf(articleId));
    }

    private static String shortHash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
