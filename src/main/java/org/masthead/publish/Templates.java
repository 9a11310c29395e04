package org.masthead.publish;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The export theme: the Mustache templates and style sheet of {@code assets/templates} (on the
 * class path under {@value #RESOURCE_ROOT}), each of which a theme folder may override by a file
 * of the same name. Variables: docs/templates.md. Thread-safe; one instance per export, so edits
 * to a theme folder are seen by the next export.
 */
public final class Templates {

    public static final String RESOURCE_ROOT = "/org/masthead/assets/templates/";

    /** Partials every page template may include; a page's hash covers them. */
    private static final List<String> SHARED = List.of("base.mustache", "items.mustache");

    private final Path theme;
    private final Map<String, String> sources = new ConcurrentHashMap<>();
    private final Map<String, Mustache> compiled = new ConcurrentHashMap<>();
    private final Map<String, String> hashes = new ConcurrentHashMap<>();
    private final DefaultMustacheFactory factory;

    /** The default theme, overridden file by file by {@code themeFolder} (null or "" for none). */
    public Templates(Path themeFolder) {
        this.theme = themeFolder;
        this.factory = new DefaultMustacheFactory(new Resolver());
    }

    public static Templates of(org.masthead.model.SiteSettings s) {
        return new Templates(s.themeFolder().isBlank() ? null : Path.of(s.themeFolder()));
    }

    /** The text of a template or the style sheet, the theme folder's if it has one. */
    public String source(String name) {
        return sources.computeIfAbsent(name, this::load);
    }

    /** A hash of a page template and the partials it may use: the default theme's, and every template of the theme folder. */
    public String hash(String name) {
        return hashes.computeIfAbsent(name, n -> {
            StringBuilder sb = new StringBuilder(source(n));
            for (String s : SHARED) sb.append('\0').append(source(s));
            sb.append(themeTemplates.get());
            return InputHash.of(n, sb);
        });
    }

    /**
     * Every template of the theme folder, with its name, in name order ("" without a folder): a
     * theme may include partials of its own ({@code {{> colophon}}}), which a page's hash must cover.
     */
    private final Lazy<String> themeTemplates = new Lazy<>(this::themeTemplates);

    private String themeTemplates() {
        if (theme == null || !Files.isDirectory(theme)) return "";
        List<String> names;
        try (java.util.stream.Stream<Path> s = Files.walk(theme)) {
            names = s.filter(Files::isRegularFile).map(p -> theme.relativize(p).toString().replace('\\', '/'))
                    .filter(n -> n.endsWith(".mustache")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the theme folder " + theme + ": " + e.getMessage(), e);
        }
        StringBuilder sb = new StringBuilder();
        for (String n : names) sb.append('\0').append(n).append('\0').append(source(n));
        return sb.toString();
    }

    public String render(String name, Object view) {
        Mustache m = compiled.computeIfAbsent(name, factory::compile);
        StringWriter w = new StringWriter(8192);
        m.execute(w, view);
        return w.toString();
    }

    private String load(String name) {
        try {
            if (theme != null) {
                Path own = theme.resolve(name);
                if (Files.isRegularFile(own)) return Files.readString(own, StandardCharsets.UTF_8);
            }
            try (InputStream in = Templates.class.getResourceAsStream(RESOURCE_ROOT + name)) {
                if (in == null) throw new IllegalArgumentException("no template " + name + " in the theme or the default theme");
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template " + name + ": " + e.getMessage(), e);
        }
    }

    /** Partials and templates come from {@link #source}, theme first. */
    private final class Resolver implements MustacheResolver {
        @Override
        public Reader getReader(String resourceName) {
            String name = resourceName.startsWith("/") ? resourceName.substring(1) : resourceName;
            return new StringReader(source(name));
        }
    }
}
