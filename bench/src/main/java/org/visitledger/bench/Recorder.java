package org.visitledger.bench;

import java.util.Map;
import java.util.TreeMap;

/** One client's measurements (no sharing while the load runs); {@link #merge} adds them up afterwards. */
final class Recorder {

    final Samples latency = new Samples();
    /** Paced runs: from the command's slot in the schedule to its answer, so waiting for a free client counts. */
    final Samples latencyFromSchedule = new Samples();
    final Map<String, Samples> latencyByCommand = new TreeMap<>();
    /** "status command" (e.g. "409 draft") to count; -1 is a transport failure. */
    final Map<String, Long> failures = new TreeMap<>();
    /** The first answer of each failing status, to show why. */
    final Map<Integer, String> firstFailure = new TreeMap<>();
    long commands;
    long succeeded;
    long staleRetried;
    long lifecyclesCompleted;
    long lifecyclesAbandoned;

    /** A command sent in the measured window; latency only when it got an HTTP answer (status > 0). */
    void sent(String command, int status, long sentAt, long scheduledAt, long answeredAt) {
        commands++;
        if (status >= 200 && status < 300) {
            succeeded++;
        }
        if (status <= 0) {
            return;
        }
        latency.add(answeredAt - sentAt);
        latencyFromSchedule.add(answeredAt - scheduledAt);
        latencyByCommand.computeIfAbsent(command, c -> new Samples()).add(answeredAt - sentAt);
    }

    void failed(String command, Http.Answer answer) {
        failures.merge(answer.status() + " " + command, 1L, Long::sum);
        firstFailure.putIfAbsent(answer.status(), command + ": " + abbreviate(answer.body()));
    }

    long failureCount() {
        return failures.values().stream().mapToLong(Long::longValue).sum();
    }

    void merge(Recorder other) {
        latency.addAll(other.latency);
        latencyFromSchedule.addAll(other.latencyFromSchedule);
        other.latencyByCommand.forEach((c, s) -> latencyByCommand.computeIfAbsent(c, x -> new Samples()).addAll(s));
        other.failures.forEach((k, v) -> failures.merge(k, v, Long::sum));
        other.firstFailure.forEach(firstFailure::putIfAbsent);
        commands += other.commands;
        succeeded += other.succeeded;
        staleRetried += other.staleRetried;
        lifecyclesCompleted += other.lifecyclesCompleted;
        lifecyclesAbandoned += other.lifecyclesAbandoned;
    }

    private static String abbreviate(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ");
        return flat.length() <= 300 ? flat : flat.substring(0, 300) + "…";
    }
}
