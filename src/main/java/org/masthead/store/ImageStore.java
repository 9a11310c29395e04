package org.masthead.store;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.masthead.model.ImageAsset;

/**
 * Pictures, stored once in the database by the SHA-256 of their bytes, with their pixel size.
 * Adding the same bytes twice returns the existing asset.
 */
public final class ImageStore {

    /** Largest picture accepted, in bytes. */
    public static final int MAX_BYTES = 40 * 1024 * 1024;

    private final Database db;

    public ImageStore(Database db) {
        this.db = db;
    }

    /** Reads format and pixel size without decoding the pixels; refuses what is not a picture. */
    public static ImageAsset probe(byte[] bytes) {
        if (bytes.length == 0) throw new IllegalArgumentException("the file is empty, not a picture");
        if (bytes.length > MAX_BYTES) throw new IllegalArgumentException("the picture is larger than " + (MAX_BYTES >> 20) + " MB");
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IllegalArgumentException("not a picture Masthead can use (PNG, JPEG, GIF or BMP)");
            }
            ImageReader r = readers.next();
            try {
                r.setInput(in);
                String format = r.getFormatName().toLowerCase();
                String mime = switch (format) {
                    case "png" -> "image/png";
                    case "jpeg", "jpg" -> "image/jpeg";
                    case "gif" -> "image/gif";
                    case "bmp" -> "image/bmp";
                    default -> "image/" + format;
                };
                return new ImageAsset(RevisionPolicy.sha256(bytes), mime, r.getWidth(0), r.getHeight(0), bytes.length);
            } finally {
                r.dispose();
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("not a readable picture: " + e.getMessage(), e);
        }
    }

    /** Stores a picture (once) and returns its asset. */
    public ImageAsset put(byte[] bytes) {
        ImageAsset a = probe(bytes);
        db.tx(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO image (sha256, mime, width, height, bytes, created_at) VALUES (?,?,?,?,?,?) "
                            + "ON CONFLICT (sha256) DO NOTHING")) {
                ps.setString(1, a.sha256());
                ps.setString(2, a.mime());
                ps.setInt(3, a.width());
                ps.setInt(4, a.height());
                ps.setBytes(5, bytes);
                ps.setLong(6, Instant.now().toEpochMilli());
                ps.executeUpdate();
            }
            return null;
        });
        return a;
    }

    public Optional<byte[]> bytes(String sha256) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT bytes FROM image WHERE sha256 = ?")) {
                ps.setString(1, sha256);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.<byte[]>empty();
                }
            }
        });
    }

    public Optional<ImageAsset> info(String sha256) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT sha256, mime, width, height, length(bytes) FROM image WHERE sha256 = ?")) {
                ps.setString(1, sha256);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(asset(rs)) : Optional.<ImageAsset>empty();
                }
            }
        });
    }

    public List<ImageAsset> all() {
        return db.read(c -> {
            List<ImageAsset> out = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT sha256, mime, width, height, length(bytes) FROM image ORDER BY sha256")) {
                while (rs.next()) out.add(asset(rs));
            }
            return out;
        });
    }

    public int count() {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM image")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    private static ImageAsset asset(ResultSet rs) throws java.sql.SQLException {
        return new ImageAsset(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getLong(5));
    }
}
