package org.masthead.ingest.mail;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What one parse noticed and worked around; each text once, and at most {@value #MAX} so a hostile message cannot flood it. */
final class Warnings {

    static final int MAX = 40;

    private final Set<String> texts = new LinkedHashSet<>();

    void add(String text) {
        if (text == null || text.isBlank() || texts.size() >= MAX) return;
        texts.add(text.length() > 300 ? text.substring(0, 300) + "…" : text);
    }

    List<String> list() {
        return List.copyOf(new ArrayList<>(texts));
    }
}
