package org.masthead.ingest.mail;

import java.util.ArrayList;
import java.util.List;

/** Message ids from Message-ID, In-Reply-To and References, without their angle brackets. */
final class MessageIds {

    private static final int MAX_IDS = 500;

    private MessageIds() {
    }

    /** The first id, or null. */
    static String first(String header) {
        List<String> ids = all(header);
        return ids.isEmpty() ? null : ids.get(0);
    }

    /**
     * Every {@code <id>} in order; a header without angle brackets (some mailers write bare ids)
     * gives its words instead. Comments and quoted phrases ("In-Reply-To: Your message of ...") are skipped.
     */
    static List<String> all(String header) {
        List<String> out = new ArrayList<>();
        if (header == null || header.isBlank()) return out;
        int i = 0;
        while (out.size() < MAX_IDS) {
            int lt = header.indexOf('<', i);
            if (lt < 0) break;
            int gt = header.indexOf('>', lt + 1);
            if (gt < 0) break;
            String id = header.substring(lt + 1, gt).strip().replace(" ", "");
            if (!id.isEmpty() && !out.contains(id)) out.add(id);
            i = gt + 1;
        }
        if (out.isEmpty() && header.indexOf('<') < 0) {
            for (String word : header.strip().split("\\s+")) {
                if (word.indexOf('@') > 0 && out.size() < MAX_IDS && !out.contains(word)) out.add(word);
            }
            if (out.isEmpty() && !header.isBlank() && header.strip().indexOf(' ') < 0) out.add(header.strip());
        }
        return out;
    }
}
