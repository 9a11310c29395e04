package org.masthead.ui.shell;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;
import org.masthead.model.Publication;

/**
 * The publication settings form, without a display: what the dialog shows for a publication,
 * and the publication it makes of what was typed, or why it can't.
 */
public final class PublicationSettings {

    private PublicationSettings() {
    }

    /** The form's values, as text. */
    public record Form(String name, String zone, String labels) {
        public static Form of(Publication p) {
            StringBuilder sb = new StringBuilder();
            p.zoneLabels().forEach((z, l) -> sb.append(z).append(" = ").append(l).append('\n'));
            return new Form(p.name(), p.defaultZone().getId(), sb.toString().strip());
        }
    }

    /** The publication the form describes; an IllegalArgumentException says what to fix. */
    public static Publication parse(Form f) {
        if (f.name() == null || f.name().isBlank()) throw new IllegalArgumentException("The publication needs a name.");
        ZoneId zone = zone(f.zone(), "time zone");
        Map<String, String> labels = new TreeMap<>();
        String[] lines = f.labels() == null ? new String[0] : f.labels().split("\\R");
        for (String line : lines) {
            if (line.isBlank()) continue;
            int eq = line.indexOf('=');
            if (eq < 0) throw new IllegalArgumentException("Each zone label is ZONE = LABEL, e.g. Asia/Shanghai = BJT; not \u201c" + line.strip() + "\u201d.");
            String z = zone(line.substring(0, eq), "zone in the labels").getId();
            String label = line.substring(eq + 1).strip();
            if (label.isEmpty()) throw new IllegalArgumentException("The label for " + z + " is empty.");
            labels.put(z, label);
        }
        return new Publication(f.name().strip(), zone, labels);
    }

    private static ZoneId zone(String s, String what) {
        String t = s == null ? "" : s.strip();
        try {
            return ZoneId.of(t);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("\u201c" + t + "\u201d is not a " + what + " (use a name like Asia/Shanghai or Europe/Paris).");
        }
    }
}
