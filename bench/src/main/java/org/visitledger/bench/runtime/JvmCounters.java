package org.visitledger.bench.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** HotSpot's performance counters of a running JVM, read with {@code jcmd PID PerfCounter.print}. */
final class JvmCounters {

    private final Map<String, Long> values;

    private JvmCounters(Map<String, Long> values) {
        this.values = values;
    }

    static JvmCounters of(long pid) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid), "PerfCounter.print").redirectErrorStream(true).start();
        String text = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        jcmd.waitFor();
        Map<String, Long> values = new HashMap<>();
        for (String line : text.split("\n")) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                try {
                    values.put(line.substring(0, equals), Long.parseLong(line.substring(equals + 1).trim()));
                } catch (NumberFormatException notANumber) {
                    // string counters
                }
            }
        }
        return new JvmCounters(values);
    }

    /** Classes loaded, as {@code jstat -class} counts them (from the class-data archive too). */
    long loadedClasses() {
        return values.getOrDefault("java.cls.loadedClasses", 0L) + values.getOrDefault("java.cls.sharedLoadedClasses", 0L);
    }

    long jitCompilations() {
        return values.getOrDefault("sun.ci.totalCompiles", 0L);
    }
}
