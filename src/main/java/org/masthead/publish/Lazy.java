package org.masthead.publish;

import java.util.function.Supplier;

/** A value worked out on first use, once, whichever thread asks first. */
final class Lazy<T> implements Supplier<T> {

    private Supplier<T> make;
    private volatile T value;

    Lazy(Supplier<T> make) {
        this.make = make;
    }

    @Override
    public T get() {
        T v = value;
        if (v != null) return v;
        synchronized (this) {
            if (value == null) {
                value = make.get();
                make = null;
            }
            return value;
        }
    }
}
