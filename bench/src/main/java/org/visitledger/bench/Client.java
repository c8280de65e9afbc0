package org.visitledger.bench;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One concurrent client: drives visit after visit through its lifecycle, one command at a time, sending each with
 * {@code If-Match} set to the ETag of the previous answer, as a careful real client does. A 412 (the visit moved on,
 * e.g. a deadline lapsed meanwhile) is retried with the version the problem names, up to three times; any other
 * failure abandons the visit, since its next commands would only be refused too.
 */
final class Client implements Runnable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int STALE_RETRIES = 3;
    /** Transport failures in a row, over all clients, after which the server is taken to be gone. */
    private static final int UNREACHABLE_AFTER = 50;
    private static final long TRANSPORT_BACKOFF_MILLIS = 100;

    private enum Outcome { COMPLETED, ABANDONED, STOPPED }

    final Recorder recorder = new Recorder();
    private final long seed;
    private final BenchOptions options;
    private final Http http;
    private final Pacer pacer;
    private final Run run;
    private final LagProbe lag;
    private final AtomicLong sampleCounter;
    private final AtomicLong transportFailuresInARow;
    private long lastAnswered;

    Client(long seed, BenchOptions options, Http http, Pacer pacer, Run run, LagProbe lag, AtomicLong sampleCounter,
           AtomicLong transportFailuresInARow) {
        this.seed = seed;
        this.options = options;
        this.http = http;
        this.pacer = pacer;
        this.run = run;
        this.lag = lag;
        this.sampleCounter = sampleCounter;
        this.transportFailuresInARow = transportFailuresInARow;
    }

    @Override
    public void run() {
        Random random = new Random(seed);
        for (long n = run.claimVisit(); n >= 0; n = run.claimVisit()) {
            Outcome outcome = drive(Lifecycle.plan(n, random, options.personalData()));
            if (outcome == Outcome.STOPPED) {
                return;
            }
            if (run.measuring(System.nanoTime())) {
                if (outcome == Outcome.COMPLETED) {
                    recorder.lifecyclesCompleted++;
                } else {
                    recorder.lifecyclesAbandoned++;
                }
            }
        }
    }

    /** nanoTime of the last measured answer. */
    long lastAnswered() {
        return lastAnswered;
    }

    private Outcome drive(List<Lifecycle.Step> steps) {
        String visitId = null;
        String requestId = null;
        String etag = null;
        for (Lifecycle.Step step : steps) {
            long scheduled = pacer.awaitSlot();
            // Past the end, by the schedule or by the clock (a paced run whose slots fell behind stops on time too).
            if (run.over(scheduled) || run.over(System.nanoTime())) {
                return Outcome.STOPPED;
            }
            String url = options.commandUrl() + step.path(visitId, requestId);
            for (int attempt = 0; ; attempt++) {
                long sent = System.nanoTime();
                Http.Answer answer = http.post(url, step.user(), step.body(), etag, options.idempotencyKeys());
                long answered = System.nanoTime();
                boolean measured = run.measuring(sent);
                if (measured) {
                    recorder.sent(step.name(), answer.status(), sent, scheduled, answered);
                    lastAnswered = answered;
                }
                if (answer.status() < 0) {
                    unreachable(url, answer);
                } else {
                    transportFailuresInARow.set(0);
                }
                if (answer.status() == 412 && attempt < STALE_RETRIES) {
                    JsonNode problem = parse(answer.body());
                    if (problem != null && problem.path("currentVersion").isNumber()) {
                        etag = "\"" + problem.path("currentVersion").asLong() + "\"";
                        if (measured) {
                            recorder.staleRetried++;
                        }
                        continue;
                    }
                }
                if (!answer.ok()) {
                    if (measured) {
                        recorder.failed(step.name(), answer);
                    }
                    return Outcome.ABANDONED;
                }
                JsonNode body = parse(answer.body());
                if (body == null) {
                    if (measured) {
                        recorder.failed(step.name(), answer);
                    }
                    return Outcome.ABANDONED;
                }
                visitId = body.path("visitId").asString(visitId);
                requestId = body.path("requestId").asString(requestId);
                etag = answer.etag() != null ? answer.etag() : "\"" + body.path("version").asLong() + "\"";
                if (measured && step.check() != null && (step.name().equals(Lifecycle.ANNOUNCE)
                        || sampleCounter.incrementAndGet() % options.lagEvery() == 0)) {
                    lag.offer(visitId, step.check(), answered);
                }
                break;
            }
        }
        return Outcome.COMPLETED;
    }

    /**
     * A connection failure: pause before the next visit rather than spin on a dead port, and end the run once
     * every client has been failing for a while.
     */
    private void unreachable(String url, Http.Answer answer) {
        if (transportFailuresInARow.incrementAndGet() >= UNREACHABLE_AFTER) {
            run.abort(UNREACHABLE_AFTER + " commands in a row got no HTTP answer; the last, " + url + ": "
                    + answer.body());
        }
        try {
            Thread.sleep(TRANSPORT_BACKOFF_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (JacksonException e) {
            return null;
        }
    }
}
