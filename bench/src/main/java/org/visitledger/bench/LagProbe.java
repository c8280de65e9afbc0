package org.visitledger.bench;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Projection lag: from a sampled command's 2xx answer until the deadline dashboard on the query side shows its
 * effect ({@link DeadlineCheck}), found by polling {@code GET /api/deadlines?visitId=} every few milliseconds as the
 * analyst. A small pool of its own does the polling, one sample per thread at a time; a sample offered while every
 * poller is busy is skipped and counted, never queued, since time in a queue would count as lag and an unbounded
 * queue would let the polling grow with the load. The lag is taken when the satisfying answer arrives, so it
 * includes up to one poll interval and one read.
 */
final class LagProbe {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Http http;
    private final List<String> queryUrls;
    private final long pollNanos;
    private final long timeoutNanos;
    private final ThreadPoolExecutor pollers;
    private final AtomicInteger nextUrl = new AtomicInteger();
    private final Samples lags = new Samples();
    private final AtomicLong polls = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private final AtomicLong timedOut = new AtomicLong();
    private final Map<Integer, Long> pollFailures = new TreeMap<>();

    LagProbe(Http http, List<String> queryUrls, int pollers, long pollMillis, long timeoutSeconds) {
        this.http = http;
        this.queryUrls = queryUrls;
        this.pollNanos = TimeUnit.MILLISECONDS.toNanos(pollMillis);
        this.timeoutNanos = TimeUnit.SECONDS.toNanos(timeoutSeconds);
        this.pollers = new ThreadPoolExecutor(pollers, pollers, 0, TimeUnit.SECONDS, new SynchronousQueue<>(),
                task -> {
                    Thread thread = new Thread(task, "lag-poller");
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /** Measures the lag of a command on {@code visitId} answered at {@code answeredAt} (nanoTime), if a poller is free. */
    void offer(String visitId, DeadlineCheck check, long answeredAt) {
        try {
            pollers.execute(() -> measure(visitId, check, answeredAt));
        } catch (RejectedExecutionException busy) {
            skipped.incrementAndGet();
        }
    }

    private void measure(String visitId, DeadlineCheck check, long answeredAt) {
        // Round robin over the query instances, one instance per sample.
        String url = queryUrls.get(Math.floorMod(nextUrl.getAndIncrement(), queryUrls.size()))
                + "/api/deadlines?visitId=" + visitId + "&size=100";
        while (true) {
            Http.Answer answer = http.get(url, Http.User.ANALYST);
            long seen = System.nanoTime();
            polls.incrementAndGet();
            if (answer.status() == 200 && satisfies(check, answer.body())) {
                synchronized (lags) {
                    lags.add(seen - answeredAt);
                }
                return;
            }
            if (answer.status() != 200) {
                synchronized (pollFailures) {
                    pollFailures.merge(answer.status(), 1L, Long::sum);
                }
            }
            if (seen - answeredAt > timeoutNanos) {
                timedOut.incrementAndGet();
                return;
            }
            LockSupport.parkNanos(pollNanos);
        }
    }

    private static boolean satisfies(DeadlineCheck check, String body) {
        try {
            JsonNode page = JSON.readTree(body);
            return check.isSatisfiedBy(page);
        } catch (JacksonException e) {
            return false;
        }
    }

    /** Waits for the samples under way (each ends within the time-out). */
    void finish() throws InterruptedException {
        pollers.shutdown();
        pollers.awaitTermination(timeoutNanos + TimeUnit.SECONDS.toNanos(35), TimeUnit.NANOSECONDS);
    }

    Samples lags() {
        return lags;
    }

    long polls() {
        return polls.get();
    }

    long skipped() {
        return skipped.get();
    }

    long timedOut() {
        return timedOut.get();
    }

    Map<Integer, Long> pollFailures() {
        return pollFailures;
    }
}
