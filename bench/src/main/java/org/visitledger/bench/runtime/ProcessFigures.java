package org.visitledger.bench.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * What Linux's {@code /proc} tells about one process: CPU time in total and of its JIT compiler threads (so that a
 * measurement can take the compilers out and report them apart), resident memory and threads.
 */
final class ProcessFigures {

    /** Clock ticks per second of {@code /proc/PID/stat}'s times: 100 on every Linux this runs on. */
    private static final double TICKS_PER_SECOND = 100.0;

    private final long pid;

    ProcessFigures(long pid) {
        this.pid = pid;
    }

    /** CPU seconds (user + system) of the whole process. */
    double cpuSeconds() {
        return ticks(Path.of("/proc", Long.toString(pid), "stat")) / TICKS_PER_SECOND;
    }

    /** CPU seconds of the HotSpot JIT compiler threads ("C1 CompilerThre…", "C2 CompilerThre…"). */
    double jitCpuSeconds() {
        Path tasks = Path.of("/proc", Long.toString(pid), "task");
        long total = 0;
        try (Stream<Path> threads = Files.list(tasks)) {
            for (Path thread : threads.toList()) {
                String name = read(thread.resolve("comm")).trim();
                if (name.contains("CompilerThre")) {
                    total += ticks(thread.resolve("stat"));
                }
            }
        } catch (IOException e) {
            return 0; // the process ended
        }
        return total / TICKS_PER_SECOND;
    }

    long residentMebibytes() {
        return statusField("VmRSS:") / 1024;
    }

    long threads() {
        return statusField("Threads:");
    }

    private long statusField(String name) {
        for (String line : read(Path.of("/proc", Long.toString(pid), "status")).split("\n")) {
            if (line.startsWith(name)) {
                return Long.parseLong(line.substring(name.length()).trim().split("\\s+")[0]);
            }
        }
        return 0;
    }

    /** utime + stime: fields 14 and 15, counted after the command name, which may itself hold spaces. */
    private static long ticks(Path stat) {
        String text = read(stat);
        if (text.isEmpty()) {
            return 0;
        }
        List<String> fields = List.of(text.substring(text.lastIndexOf(')') + 2).split(" "));
        return Long.parseLong(fields.get(11)) + Long.parseLong(fields.get(12));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }
}
