package org.masthead.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.masthead.model.ArticleContent;
import org.masthead.model.Author;

/**
 * JSON of an {@link ArticleContent}: the article fields plus the body in
 * {@link DocumentCodec}'s format, under {@code "body"}.
 */
public final class ContentCodec {

    /** Made when first needed: reading (all an export does) takes only a parser, and a mapper costs a cold start ~0.1 s. */
    private final java.util.function.Supplier<ObjectMapper> mapper;
    private final java.util.function.Supplier<DocumentCodec> documents;
    private final ContentStreamReader stream;

    public ContentCodec(ObjectMapper mapper) {
        this.mapper = () -> mapper;
        DocumentCodec d = new DocumentCodec(mapper);
        this.documents = () -> d;
        this.stream = new ContentStreamReader(mapper.getFactory());
    }

    public ContentCodec() {
        this.mapper = memo(ObjectMapper::new);
        this.documents = memo(() -> new DocumentCodec(this.mapper.get()));
        this.stream = new ContentStreamReader(new com.fasterxml.jackson.core.JsonFactory());
    }

    private static <T> java.util.function.Supplier<T> memo(java.util.function.Supplier<T> make) {
        return new java.util.function.Supplier<>() {
            private volatile T made;

            @Override
            public T get() {
                T m = made;
                if (m == null) {
                    synchronized (this) {
                        if (made == null) made = make.get();
                        m = made;
                    }
                }
                return m;
            }
        };
    }

    public DocumentCodec documents() {
        return documents.get();
    }

    public String write(ArticleContent c) {
        try {
            return mapper.get().writeValueAsString(toJson(c));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write article", e);
        }
    }

    /** The article in {@code json}, read token by token (the same result as {@link #fromJson} of its tree). */
    public ArticleContent read(String json) {
        try {
            return stream.read(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("not a Masthead article: " + e.getOriginalMessage(), e);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e); // not from a string in memory
        }
    }

    /** {@link #read(String)} of the JSON as UTF-8 bytes, e.g. as read from the database without a string between. */
    public ArticleContent read(byte[] json) {
        try {
            return stream.read(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("not a Masthead article: " + e.getOriginalMessage(), e);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e); // not from an array in memory
        }
    }

    public ObjectNode toJson(ArticleContent c) {
        ObjectNode o = mapper.get().createObjectNode();
        o.put("headline", c.headline());
        o.put("summary", c.summary());
        o.put("editorsNote", c.editorsNote());
        ArrayNode by = o.putArray("byline");
        for (Author a : c.byline()) by.addObject().put("name", a.name()).put("title", a.title());
        o.put("responsibleEditor", c.responsibleEditor());
        ArrayNode tags = o.putArray("tags");
        c.tags().forEach(tags::add);
        o.put("sourceNote", c.sourceNote());
        o.put("language", c.language());
        o.set("body", documents.get().toJson(c.body()));
        return o;
    }

    public ArticleContent fromJson(JsonNode o) {
        List<Author> by = new ArrayList<>();
        for (JsonNode a : o.path("byline")) by.add(new Author(a.path("name").asText(""), a.path("title").asText("")));
        List<String> tags = new ArrayList<>();
        for (JsonNode t : o.path("tags")) tags.add(t.asText());
        return new ArticleContent(o.path("headline").asText(""), o.path("summary").asText(""),
                o.path("editorsNote").asText(""), by, o.path("responsibleEditor").asText(""), tags,
                o.path("sourceNote").asText(""), o.path("language").asText("en"),
                documents.get().fromJson(o.path("body")));
    }
}
