package org.visitledger.bench;

import java.util.Map;
import java.util.stream.Collectors;

/** The printed figures, for people, plus one SUMMARY line of key=value pairs for scripts (run-matrix.sh). */
final class Report {

    private static final double[] PERCENTILES = {50, 95, 99, 100};

    private Report() {
    }

    static String header(BenchOptions o) {
        return String.format("visit-ledger bench: %d clients, %s, %s after %d s warm-up%n  commands -> %s%n"
                        + "  dashboard polled at %s (lag samples: every announcement and 1 in %d other commands with a "
                        + "dashboard effect; %d pollers, %d ms between polls)",
                o.clients(), o.rate() > 0 ? "paced at " + fmt(o.rate()) + " commands/s" : "as fast as possible",
                o.durationSeconds() != null ? o.durationSeconds() + " s measured" : o.visits() + " visits measured",
                o.warmupSeconds(), o.commandUrl(), String.join(", ", o.queryUrls()), o.lagEvery(), o.lagPollers(),
                o.lagPollMillis());
    }

    static String body(BenchOptions o, Recorder r, LagProbe lag, double seconds) {
        StringBuilder out = new StringBuilder();
        // Throughput counts commands that succeeded: failures answered at once (or never) would flatter it.
        double perSecond = seconds > 0 ? r.succeeded / seconds : 0;
        out.append(String.format("%ncommands sent       %,d in %.1f s, %,d succeeded (2xx): %.1f commands/s%n",
                r.commands, seconds, r.succeeded, perSecond));
        if (o.rate() > 0 && perSecond < 0.9 * o.rate()) {
            out.append(String.format("  (offered %s commands/s: the server kept up with %.0f%% of it)%n", fmt(o.rate()),
                    100 * perSecond / o.rate()));
        }
        out.append(String.format("visit lifecycles    %,d completed, %,d abandoned after a failure%n",
                r.lifecyclesCompleted, r.lifecyclesAbandoned));
        out.append(String.format("412 retried         %,d (the visit had moved on; expected, resent with the new version)%n",
                r.staleRetried));
        out.append(String.format("failures            %,d%s%n", r.failureCount(), r.failures.isEmpty() ? ""
                : "  " + r.failures.entrySet().stream().map(e -> e.getKey() + " x" + e.getValue())
                .collect(Collectors.joining(", "))));
        r.firstFailure.forEach((status, first) -> out.append(String.format("    first %s: %s%n",
                status < 0 ? "transport failure" : status, first)));
        if (r.failures.keySet().stream().anyMatch(k -> k.startsWith("429"))) {
            out.append("    429: the server's rate limits throttled the run; start it with "
                    + "--visit-ledger.limits.commands-per-minute=6000000 --visit-ledger.limits.command-burst=100000 "
                    + "--visit-ledger.limits.reads-per-minute=6000000 --visit-ledger.limits.read-burst=100000 "
                    + "--visit-ledger.limits.address-reads-per-minute=6000000 "
                    + "--visit-ledger.limits.address-read-burst=100000\n");
        }
        long[] latency = ms(r.latency.percentiles(PERCENTILES));
        out.append("command latency     ").append(line(latency)).append('\n');
        long[] scheduled = ms(r.latencyFromSchedule.percentiles(PERCENTILES));
        if (o.rate() > 0) {
            out.append("  from schedule     ").append(line(scheduled))
                    .append("  (incl. waiting for a free client)\n");
        }
        for (Map.Entry<String, Samples> command : r.latencyByCommand.entrySet()) {
            out.append(String.format("  %-20s n=%-6d %s%n", command.getKey(), command.getValue().size(),
                    line(ms(command.getValue().percentiles(PERCENTILES)))));
        }
        Samples lags = lag.lags();
        long[] lagMs = ms(lags.percentiles(PERCENTILES));
        out.append(String.format("projection lag      %s%n", line(lagMs)));
        out.append(String.format("  samples %,d measured, %,d timed out (> %d s), %,d skipped (all pollers busy); "
                        + "%,d polls (%.1f per sample, %.2f per command sent)%s%n", lags.size(), lag.timedOut(),
                o.lagTimeoutSeconds(), lag.skipped(), lag.polls(),
                lag.polls() / (double) Math.max(1, lags.size() + lag.timedOut()),
                lag.polls() / (double) Math.max(1, r.commands),
                lag.pollFailures().isEmpty() ? "" : ", failed polls by status " + lag.pollFailures()));
        out.append(String.format("SUMMARY clients=%d rate=%s commands=%d ok=%d seconds=%.1f cps=%.1f failures=%d "
                        + "stale_retried=%d p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f max_ms=%.1f lag_samples=%d "
                        + "lag_timeouts=%d lag_skipped=%d lag_polls=%d lag_p50_ms=%.1f lag_p95_ms=%.1f lag_p99_ms=%.1f "
                        + "lag_max_ms=%.1f%n",
                o.clients(), fmt(o.rate()), r.commands, r.succeeded, seconds, perSecond, r.failureCount(), r.staleRetried,
                latency[0] / 1e3, latency[1] / 1e3, latency[2] / 1e3, latency[3] / 1e3, lags.size(), lag.timedOut(),
                lag.skipped(), lag.polls(), lagMs[0] / 1e3, lagMs[1] / 1e3, lagMs[2] / 1e3, lagMs[3] / 1e3));
        return out.toString();
    }

    /** Nanos to microseconds (printed as milliseconds with one decimal). */
    private static long[] ms(long[] nanos) {
        long[] micros = new long[nanos.length];
        for (int i = 0; i < nanos.length; i++) {
            micros[i] = nanos[i] / 1_000;
        }
        return micros;
    }

    private static String line(long[] micros) {
        return String.format("p50 %7.1f ms   p95 %7.1f ms   p99 %7.1f ms   max %7.1f ms", micros[0] / 1e3,
                micros[1] / 1e3, micros[2] / 1e3, micros[3] / 1e3);
    }

    private static String fmt(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format("%.1f", value);
    }
}
