package org.visitledger.bench.runtime;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The options of {@link RuntimeComparison}; {@link #USAGE} says what each means. */
record RuntimeOptions(List<ComparedApp> apps, int startups, int rounds, int requests, int visits, int warmupMin,
                      int warmupMax, int warmupBlock, int jitSettled, int idleSeconds, int tailMillis, int basePort,
                      Path workDir) {

    static final String USAGE = """
            usage: java -jar visit-ledger-bench.jar runtime --app NAME=JAR[ JVM options] [--app …] [options]
              --app NAME=JAR[ JVM options]  an app to compare, e.g. "old=/tmp/old.jar" or
                                            "new-256m=app/target/visit-ledger-app.jar -Xmx256m" (at least one)
              --startups N      launches of each app alone, alternating, for start-up figures (5; 0: none)
              --rounds N        alternating rounds of each request kind (5; 0: no request figures)
              --requests N      sequential requests per window (1000)
              --visits N        visits the one-event commands rotate over, made before each window (100)
              --warmup-min N    mixed warm-up requests at least (3000)
              --warmup-max N    and at most (40000)
              --warmup-block N  warm-up block size (1000)
              --jit-settled N   warm-up ends after two blocks in a row with fewer JIT compilations (25)
              --idle-seconds N  seconds over which the idle CPU rate is taken (10)
              --tail-ms N       wait after each window for the event processors (500)
              --base-port P     start-ups on P, the running apps on P+1… (18600)
              --work-dir DIR    data directories and logs (a new directory under /tmp)
            """;

    static RuntimeOptions parse(String[] args) {
        List<ComparedApp> apps = new ArrayList<>();
        int startups = 5, rounds = 5, requests = 1000, visits = 100, warmupMin = 3000, warmupMax = 40000;
        int warmupBlock = 1000, jitSettled = 25, idleSeconds = 10, tailMillis = 500, basePort = 18600;
        Path workDir = Path.of(System.getProperty("java.io.tmpdir"), "vl-runtime-" + System.currentTimeMillis());
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(name + " wants a value");
            }
            String value = args[++i];
            switch (name) {
                case "--app" -> apps.add(ComparedApp.parse(value));
                case "--startups" -> startups = number(name, value);
                case "--rounds" -> rounds = number(name, value);
                case "--requests" -> requests = positive(name, value);
                case "--visits" -> visits = positive(name, value);
                case "--warmup-min" -> warmupMin = number(name, value);
                case "--warmup-max" -> warmupMax = number(name, value);
                case "--warmup-block" -> warmupBlock = positive(name, value);
                case "--jit-settled" -> jitSettled = number(name, value);
                case "--idle-seconds" -> idleSeconds = positive(name, value);
                case "--tail-ms" -> tailMillis = number(name, value);
                case "--base-port" -> basePort = positive(name, value);
                case "--work-dir" -> workDir = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        if (apps.isEmpty()) {
            throw new IllegalArgumentException("give at least one --app");
        }
        return new RuntimeOptions(List.copyOf(apps), startups, rounds, requests, visits, warmupMin, warmupMax,
                warmupBlock, jitSettled, idleSeconds, tailMillis, basePort, workDir);
    }

    private static int number(String name, String value) {
        try {
            int n = Integer.parseInt(value);
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " wants a whole number of at least 0, got " + value);
        }
    }

    private static int positive(String name, String value) {
        int n = number(name, value);
        if (n == 0) {
            throw new IllegalArgumentException(name + " wants at least 1");
        }
        return n;
    }
}
