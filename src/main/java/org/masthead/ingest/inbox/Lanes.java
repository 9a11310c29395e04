package org.masthead.ingest.inbox;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs work on all cores and hands the results back in the order the inputs came, each within
 * a time limit. Java cannot stop a thread that ignores interruption: a job that overruns is
 * interrupted and given up on (its daemon thread may go on spinning, holding nothing of ours),
 * its lane is handed to the next job, and its result is {@code onTimeout}'s. So a hostile
 * message costs at most the limit, and never stops the import.
 */
final class Lanes implements AutoCloseable {

    private final int width;
    private final Duration limit;
    private final long maxBytesAhead;
    private final Semaphore free;
    /** A token for every job that ends, so that a lane that frees up is used at once. */
    private final java.util.concurrent.BlockingQueue<Boolean> ended = new java.util.concurrent.LinkedBlockingQueue<>();
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "masthead-mail-read");
        t.setDaemon(true);
        return t;
    });

    Lanes(int width, Duration limit, long maxBytesAhead) {
        this.width = Math.max(1, width);
        this.limit = limit;
        this.maxBytesAhead = maxBytesAhead;
        this.free = new Semaphore(this.width);
    }

    /** An input and how much memory it holds while it waits its turn. */
    interface Sized {
        long size();
    }

    private final class Job<I, O> {
        final I input;
        final CompletableFuture<O> result = new CompletableFuture<>();
        final AtomicBoolean laneReturned = new AtomicBoolean();
        volatile Thread thread;
        final long started = System.nanoTime();

        Job(I input) {
            this.input = input;
        }

        void returnLane() {
            if (laneReturned.compareAndSet(false, true)) free.release();
        }
    }

    /**
     * Applies {@code work} to every input (on up to {@code width} threads, a few jobs ahead) and
     * gives each result to {@code sink} on this thread, in input order. Stops taking inputs when
     * {@code cancelled} says so; the jobs already running are waited for.
     *
     * @return whether it stopped because it was cancelled
     */
    <I extends Sized, O> boolean run(Iterator<I> inputs, Function<I, O> work, Function<I, O> onTimeout, Function<I, O> onError,
                                     Consumer<O> sink, BooleanSupplier cancelled) throws InterruptedException {
        Deque<Job<I, O>> ahead = new ArrayDeque<>();
        long bytesAhead = 0;
        boolean stopped = false;
        while (true) {
            ended.clear(); // a job ending from here on wakes the wait below; one that ended before has freed its lane for the loop
            // start jobs while a lane is free and not too much waits in memory
            while (!stopped && inputs.hasNext() && ahead.size() < width * 4 && (ahead.isEmpty() || bytesAhead < maxBytesAhead)) {
                if (cancelled.getAsBoolean()) {
                    stopped = true;
                    break;
                }
                if (!(ahead.isEmpty() ? free.tryAcquire(limit.toMillis(), TimeUnit.MILLISECONDS) : free.tryAcquire())) break;
                Job<I, O> job = new Job<>(inputs.next());
                bytesAhead += job.input.size();
                ahead.addLast(job);
                pool.execute(() -> {
                    job.thread = Thread.currentThread();
                    try {
                        job.result.complete(work.apply(job.input));
                    } catch (Throwable e) {
                        job.result.complete(onError.apply(job.input));
                    } finally {
                        job.thread = null;
                        job.returnLane();
                        ended.offer(Boolean.TRUE);
                    }
                });
            }
            if (ahead.isEmpty()) {
                if (stopped || !inputs.hasNext()) return stopped;
                continue;
            }
            // The first job's result goes out first; while it runs and more could start, a lane
            // that frees up takes the next input instead of waiting behind a long message.
            Job<I, O> head = ahead.peekFirst();
            boolean more = !stopped && inputs.hasNext() && ahead.size() < width * 4 && bytesAhead < maxBytesAhead;
            if (more && !head.result.isDone()) {
                long left = limit.toNanos() - (System.nanoTime() - head.started);
                if (left > 0) {
                    ended.poll(left, TimeUnit.NANOSECONDS);
                    continue;
                }
            }
            Job<I, O> first = ahead.removeFirst();
            bytesAhead -= first.input.size();
            sink.accept(await(first, onTimeout));
        }
    }

    private <I, O> O await(Job<I, O> job, Function<I, O> onTimeout) throws InterruptedException {
        long left = limit.toNanos() - (System.nanoTime() - job.started);
        try {
            return job.result.get(Math.max(left, 0), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            Thread t = job.thread;
            if (t != null) t.interrupt();
            job.returnLane();
            return onTimeout.apply(job.input);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
