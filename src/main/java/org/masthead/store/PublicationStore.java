package org.masthead.store;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.masthead.model.Publication;

/** The publication's settings: one row. */
public final class PublicationStore {

    private final Database db;
    /** Made at first use: its first use costs a cold start a tenth of a second, which an export spends on another thread ({@link #stored}). */
    private ObjectMapper mapper;

    public PublicationStore(Database db) {
        this.db = db;
    }

    /** The stored settings, or {@link Publication#DEFAULT} on a new database. */
    public Publication get() {
        return find().orElse(Publication.DEFAULT);
    }

    public Optional<Publication> find() {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(PUBLICATION_ROW)) {
                return rs.next() ? publicationOf(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}) : Optional.<Publication>empty();
            }
        });
    }

    private static final String PUBLICATION_ROW = "SELECT name, default_zone, zone_labels FROM publication WHERE id = 1";

    /** The publication from its row (name, zone, zone labels' JSON); empty for none. */
    private Optional<Publication> publicationOf(String[] row) {
        if (row == null) return Optional.empty();
        Map<String, String> labels;
        try {
            labels = mapper().readValue(row[2], new TypeReference<Map<String, String>>() { });
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new StoreException("zone labels are not valid JSON", e);
        }
        return Optional.of(new Publication(row[0], ZoneId.of(row[1]), labels));
    }

    /**
     * The settings as stored, read now; {@link Stored#publication()} and {@link Stored#site()}
     * make them into objects (from JSON) when asked, on whichever thread asks.
     */
    public Stored stored() {
        return db.read(c -> {
            String[] pub = null;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(PUBLICATION_ROW)) {
                if (rs.next()) pub = new String[] {rs.getString(1), rs.getString(2), rs.getString(3)};
            }
            String site = null;
            try (PreparedStatement ps = c.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
                ps.setString(1, SITE_SETTING);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) site = rs.getString(1);
                }
            }
            return new Stored(pub, site);
        });
    }

    /** The publication row (name, zone, zone labels' JSON) and the site settings' JSON as read; either may be absent. */
    public final class Stored {
        private final String[] publication;
        private final String site;

        private Stored(String[] publication, String site) {
            this.publication = publication;
            this.site = site;
        }

        public Optional<Publication> publication() {
            return publicationOf(publication);
        }

        /** As {@link PublicationStore#site()}. */
        public org.masthead.model.SiteSettings site() {
            return site == null ? org.masthead.model.SiteSettings.DEFAULT : siteOf(site);
        }
    }

    private synchronized ObjectMapper mapper() {
        if (mapper == null) mapper = new ObjectMapper();
        return mapper;
    }

    public void save(Publication p) {
        db.tx(c -> {
            save(c, p);
            return null;
        });
    }

    /** Inside a caller's transaction (restore writes everything in one). */
    void save(Connection c, Publication p) throws SQLException {
        String labels;
        try {
            labels = mapper().writeValueAsString(new java.util.TreeMap<>(p.zoneLabels()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO publication (id, name, default_zone, zone_labels) VALUES (1, ?, ?, ?) "
                        + "ON CONFLICT (id) DO UPDATE SET name = excluded.name, default_zone = excluded.default_zone, "
                        + "zone_labels = excluded.zone_labels")) {
            ps.setString(1, p.name());
            ps.setString(2, p.defaultZone().getId());
            ps.setString(3, labels);
            ps.executeUpdate();
        }
    }

    /** The setting key under which {@link org.masthead.model.SiteSettings} is stored, as JSON. */
    public static final String SITE_SETTING = "site";

    /** The exported site's settings, or {@link org.masthead.model.SiteSettings#DEFAULT} until saved. */
    public org.masthead.model.SiteSettings site() {
        return setting(SITE_SETTING).map(this::siteOf).orElse(org.masthead.model.SiteSettings.DEFAULT);
    }

    private org.masthead.model.SiteSettings siteOf(String json) {
        try {
            return mapper().readValue(json, org.masthead.model.SiteSettings.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new StoreException("the site settings are damaged (" + e.getOriginalMessage() + ")", e);
        }
    }

    /** The publication and its site settings, in one transaction. */
    public void saveAll(Publication p, org.masthead.model.SiteSettings s) {
        String json;
        try {
            json = mapper().writeValueAsString(s);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        db.tx(c -> {
            save(c, p);
            putSetting(c, SITE_SETTING, json);
            return null;
        });
    }

    public void saveSite(org.masthead.model.SiteSettings s) {
        try {
            putSetting(SITE_SETTING, mapper().writeValueAsString(s));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A small key/value table for app-level flags (e.g. that the demo was offered). */
    public Optional<String> setting(String key) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    public void putSetting(String key, String value) {
        db.tx(c -> {
            putSetting(c, key, value);
            return null;
        });
    }

    /** Inside a caller's transaction. */
    static void putSetting(Connection c, String key, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
            ps.setString(1, key);
            ps.setString(2, value);
            ps.executeUpdate();
        }
    }
}
