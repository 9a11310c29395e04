package org.masthead.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The views' strings are what pages' input hashes are taken from: complete, and in the records' default form. */
class PageViewsTest {

    @Test
    void everyViewStatesEveryComponentAsTheDefaultRecordStringWould() throws Exception {
        List<Class<?>> records = new ArrayList<>(Stream.of(PageViews.class.getDeclaredClasses()).filter(Class::isRecord).toList());
        records.add(AtomFeed.class);
        records.add(AtomFeed.Entry.class);
        records.add(Sitemap.Url.class);
        assertThat(records).hasSizeGreaterThan(15);
        for (Class<?> r : records) {
            RecordComponent[] cs = r.getRecordComponents();
            Object[] args = new Object[cs.length];
            Class<?>[] types = new Class<?>[cs.length];
            for (int i = 0; i < cs.length; i++) {
                types[i] = cs[i].getType();
                args[i] = sample(types[i], i);
            }
            Constructor<?> k = r.getDeclaredConstructor(types);
            k.setAccessible(true);
            Object v = k.newInstance(args);
            StringBuilder expected = new StringBuilder(r.getSimpleName()).append('[');
            for (int i = 0; i < cs.length; i++) {
                if (i > 0) expected.append(", ");
                cs[i].getAccessor().setAccessible(true);
                expected.append(cs[i].getName()).append('=').append(cs[i].getAccessor().invoke(v));
            }
            assertThat(v.toString()).as(r.getName()).isEqualTo(expected.append(']').toString());
        }
    }

    private static Object sample(Class<?> t, int i) {
        if (t == String.class) return "v" + i;
        if (t == int.class) return i;
        if (t == boolean.class) return i % 2 == 0;
        if (t == List.class) return List.of();
        if (t == java.time.Instant.class) return java.time.Instant.ofEpochSecond(i);
        return null;
    }
}
