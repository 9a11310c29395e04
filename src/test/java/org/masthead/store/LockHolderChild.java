package org.masthead.store;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Test helper run in a child JVM: takes the lock on a database, says READY, and holds it until
 * its stdin ends (the parent closes it or dies) or a minute passes.
 */
public final class LockHolderChild {

    private LockHolderChild() {
    }

    public static void main(String[] args) throws Exception {
        try (DatabaseLock lock = DatabaseLock.acquire(Path.of(args[0]))) {
            CountDownLatch done = new CountDownLatch(1);
            Thread reader = new Thread(() -> {
                try {
                    while (System.in.read() >= 0) {
                        // anything the parent writes is ignored; only the end of the stream matters
                    }
                } catch (java.io.IOException ignored) {
                    // the parent went away: same as end of stream
                }
                done.countDown();
            });
            reader.setDaemon(true);
            reader.start();
            System.out.println("READY");
            System.out.flush();
            done.await(60, TimeUnit.SECONDS);
        }
    }
}
