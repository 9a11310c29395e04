package org.masthead.model;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.TreeMap;

/**
 * The publication's own settings. Zone labels override Java's short zone names, which are
 * wrong for some zones (Java prints {@code CST} for Asia/Shanghai; the page needs {@code BJT}).
 */
public record Publication(String name, ZoneId defaultZone, Map<String, String> zoneLabels) {

    public static final Map<String, String> DEFAULT_ZONE_LABELS = Map.of("Asia/Shanghai", "BJT");

    public static final Publication DEFAULT = new Publication("Masthead Opinion", ZoneId.of("Asia/Shanghai"), DEFAULT_ZONE_LABELS);

    private static final DateTimeFormatter SHORT_ZONE = DateTimeFormatter.ofPattern("z", java.util.Locale.ENGLISH);
    private static final DateTimeFormatter META = DateTimeFormatter.ofPattern("MM-dd-yyyy HH:mm");

    public Publication {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("a publication needs a name");
        if (defaultZone == null) throw new IllegalArgumentException("a publication needs a time zone");
        zoneLabels = java.util.Collections.unmodifiableMap(new TreeMap<>(zoneLabels == null ? Map.of() : zoneLabels));
    }

    /** The label printed after a local time in this zone: the publication's own, else Java's. */
    public String zoneLabel(ZoneId zone, java.time.Instant at) {
        String own = zoneLabels.get(zone.getId());
        if (own != null) return own;
        return SHORT_ZONE.format(at.atZone(zone));
    }

    /** The meta-line form, e.g. {@code 10-20-2015 15:40 BJT}. */
    public String formatMeta(Stamp s) {
        ZonedDateTime z = s.local();
        return META.format(z) + " " + zoneLabel(s.zone(), s.instant());
    }

    /** An instant in the meta-line form, in the publication's own zone. */
    public String formatMeta(java.time.Instant at) {
        return formatMeta(new Stamp(at, defaultZone));
    }

    public Publication withName(String n) { return new Publication(n, defaultZone, zoneLabels); }
    public Publication withDefaultZone(ZoneId z) { return new Publication(name, z, zoneLabels); }
    public Publication withZoneLabels(Map<String, String> l) { return new Publication(name, defaultZone, l); }
}
