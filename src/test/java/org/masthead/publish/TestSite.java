package org.masthead.publish;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** A site for tests: path → text, the input hash taken from the text, and a count of renders per path. */
final class TestSite implements SiteSource {

    final Map<String, String> files = new LinkedHashMap<>();
    /** Pages may be rendered on several threads at once. */
    final Map<String, AtomicInteger> renders = java.util.Collections.synchronizedMap(new LinkedHashMap<>());

    TestSite put(String path, String text) {
        files.put(path, text);
        return this;
    }

    TestSite remove(String path) {
        files.remove(path);
        return this;
    }

    int rendered() {
        synchronized (renders) {
            return renders.values().stream().mapToInt(AtomicInteger::get).sum();
        }
    }

    List<String> renderedPaths() {
        synchronized (renders) {
            return renders.entrySet().stream().filter(e -> e.getValue().get() > 0).map(Map.Entry::getKey).toList();
        }
    }

    void resetCounts() {
        renders.clear();
    }

    @Override
    public List<SitePage> pages() {
        List<SitePage> out = new ArrayList<>();
        files.forEach((path, text) -> out.add(new SitePage(path, "h" + text.hashCode(), () -> {
            renders.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            return text.getBytes(StandardCharsets.UTF_8);
        })));
        return out;
    }
}
