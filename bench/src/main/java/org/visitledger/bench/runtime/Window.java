package org.visitledger.bench.runtime;

/** One timed window: the same request sent {@code requests} times in a row to one app. */
final class Window {

    record Result(double cpuMillis, double jitMillis, double wallMillis) {
    }

    private final RuntimeOptions options;

    Window(RuntimeOptions options) {
        this.options = options;
    }

    Result measure(LaunchedApp app, Requests client, Requests.Kind kind, double idleRate) throws InterruptedException {
        if (kind == Requests.Kind.STEP || kind == Requests.Kind.READ) {
            client.prepareVisits(options.visits()); // untimed: the one-event commands rotate over fresh visits
        }
        Thread.sleep(options.tailMillis()); // the preparation's own processing done
        long spanStart = System.nanoTime();
        double cpu = app.figures.cpuSeconds();
        double jit = app.figures.jitCpuSeconds();
        long start = System.nanoTime();
        int n = options.requests();
        for (int i = 0; i < n; i++) {
            client.send(kind);
        }
        long end = System.nanoTime();
        // The read models and processes finish the window's events after its last answer.
        Thread.sleep(options.tailMillis());
        double cpuAfter = app.figures.cpuSeconds();
        double jitAfter = app.figures.jitCpuSeconds();
        double span = (System.nanoTime() - spanStart) / 1e9;
        double jitSeconds = jitAfter - jit;
        double ownSeconds = cpuAfter - cpu - jitSeconds - idleRate * span;
        return new Result(ownSeconds * 1000 / n, jitSeconds * 1000 / n, (end - start) / 1e6 / n);
    }
}
