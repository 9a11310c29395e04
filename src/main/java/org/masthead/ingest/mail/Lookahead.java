package org.masthead.ingest.mail;

import java.util.Iterator;
import java.util.NoSuchElementException;

/** An iterator that finds its next element ahead of time; {@link #advance} returns null at the end. */
abstract class Lookahead<T> implements Iterator<T> {

    private T next;

    /** The next element, or null when there is none. */
    protected abstract T advance();

    @Override
    public final boolean hasNext() {
        if (next == null) next = advance();
        return next != null;
    }

    @Override
    public final T next() {
        if (!hasNext()) throw new NoSuchElementException();
        T t = next;
        next = null;
        return t;
    }
}
