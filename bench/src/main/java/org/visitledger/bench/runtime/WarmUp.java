package org.visitledger.bench.runtime;

import java.io.IOException;

/**
 * Mixed requests (of each ten: an announcement, three one-event commands, four reads, two health checks) in blocks,
 * until two blocks in a row each add fewer than {@code --jit-settled} JIT compilations: before that the compilers'
 * profiling tiers make every figure fall from round to round.
 */
final class WarmUp {

    private static final Requests.Kind[] MIX = {Requests.Kind.CREATE, Requests.Kind.STEP, Requests.Kind.READ,
            Requests.Kind.HEALTH, Requests.Kind.STEP, Requests.Kind.READ, Requests.Kind.READ, Requests.Kind.STEP,
            Requests.Kind.HEALTH, Requests.Kind.READ};

    private final RuntimeOptions options;
    private final LaunchedApp app;
    private final Requests client;

    WarmUp(RuntimeOptions options, LaunchedApp app, Requests client) {
        this.options = options;
        this.app = app;
        this.client = client;
    }

    void run() throws IOException, InterruptedException {
        client.prepareVisits(options.visits());
        long compilations = JvmCounters.of(app.process.pid()).jitCompilations();
        int sent = 0;
        int quietBlocks = 0;
        while (sent < options.warmupMax() && (sent < options.warmupMin() || quietBlocks < 2)) {
            for (int i = 0; i < options.warmupBlock(); i++) {
                client.send(MIX[i % MIX.length]);
            }
            sent += options.warmupBlock();
            long now = JvmCounters.of(app.process.pid()).jitCompilations();
            quietBlocks = now - compilations < options.jitSettled() ? quietBlocks + 1 : 0;
            compilations = now;
        }
        System.out.printf("warm-up %s: %d requests, %d JIT compilations%n", app.app.name(), sent, compilations);
    }
}
