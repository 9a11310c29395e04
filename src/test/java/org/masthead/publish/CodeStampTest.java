package org.masthead.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The code that makes pages is part of the export's global stamp: another build that makes pages differently works them all out again. */
class CodeStampTest {

    @TempDir
    Path dir;

    private static void put(Path root, String name, String bytes) throws Exception {
        Path f = root.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, bytes);
    }

    private Path jar(String name, Map<String, String> entries) throws Exception {
        Path j = dir.resolve(name);
        try (OutputStream o = Files.newOutputStream(j); JarOutputStream jar = new JarOutputStream(o)) {
            for (var e : entries.entrySet()) {
                jar.putNextEntry(new JarEntry(e.getKey()));
                jar.write(e.getValue().getBytes());
                jar.closeEntry();
            }
        }
        return j;
    }

    @Test
    void aChangedClassThatMakesPagesChangesTheStampAndOthersDoNot() throws Exception {
        Path a = dir.resolve("a");
        put(a, "org/masthead/publish/ArticlePages.class", "teaser: Stay tuned");
        put(a, "org/masthead/model/Slugs.class", "slug rule 1");
        put(a, "org/masthead/ui/editor/Editor.class", "editor 1");
        String before = CodeStamp.of(a);
        assertThat(CodeStamp.of(a)).isEqualTo(before);
        put(a, "org/masthead/ui/editor/Editor.class", "editor 2");
        assertThat(CodeStamp.of(a)).as("code that makes no page").isEqualTo(before);
        put(a, "org/masthead/publish/ArticlePages.class", "teaser: Coming next");
        assertThat(CodeStamp.of(a)).isNotEqualTo(before);
    }

    @Test
    void fromAJarTheEntriesChecksumsAreRead() throws Exception {
        String one = CodeStamp.of(jar("one.jar", Map.of("org/masthead/planning/Plan.class", "part 1 of 3", "org/masthead/cli/X.class", "x")));
        String same = CodeStamp.of(jar("same.jar", Map.of("org/masthead/planning/Plan.class", "part 1 of 3", "org/masthead/cli/X.class", "y")));
        String other = CodeStamp.of(jar("other.jar", Map.of("org/masthead/planning/Plan.class", "Part 1 of 3", "org/masthead/cli/X.class", "x")));
        assertThat(same).isEqualTo(one);
        assertThat(other).isNotEqualTo(one);
    }

    @Test
    void thisBuildHasAStableStamp() {
        assertThat(CodeStamp.get()).hasSize(32).isEqualTo(CodeStamp.get());
    }
}
