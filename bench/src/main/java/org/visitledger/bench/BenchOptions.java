package org.visitledger.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The command line. Either {@code --duration} (seconds of measured load) or {@code --visits} (measured visit
 * lifecycles) ends a run; without either it runs 30 seconds.
 */
record BenchOptions(String commandUrl, List<String> queryUrls, int clients, Integer durationSeconds, Integer visits,
                    double rate, int warmupSeconds, int lagEvery, int lagPollers, int lagPollMillis,
                    int lagTimeoutSeconds, boolean idempotencyKeys, boolean personalData, String jwtKey,
                    String jwtIssuer, String jwtAudience) {

    static final String USAGE = """
            java -jar visit-ledger-bench.jar [options]
              --command-url URL      command side (default http://localhost:8080)
              --query-url URL[,URL]  query side(s), polled round robin (default: the command URL)
              --clients N            concurrent clients, one thread each (default 16)
              --duration S           seconds of measured load (default 30 unless --visits is given)
              --visits N             measured visit lifecycles to run instead of a duration
              --rate R               target commands/s over all clients, paced open-loop; 0 = as fast as possible (default 0)
              --warmup S             seconds of unmeasured load first (default 5)
              --lag-every N          sample every Nth command with a dashboard effect for projection lag,
                                     besides every announcement (default 10)
              --lag-pollers N        threads polling the dashboard for sampled commands (default 4)
              --lag-poll-ms MS       pause between two polls of one sample (default 5)
              --lag-timeout S        give up on a sample after S seconds (default 10)
              --idempotency-keys     send a fresh Idempotency-Key with every command
              --personal-data        raise a concern with details in every visit, after publication: a personal
                                     field the server stores encrypted (issue 23's overhead measurement)
              --jwt-key FILE         authenticate with bearer JWTs signed RS256 by this PKCS#8 PEM private key
                                     (the servers' production path) instead of the demo users' HTTP Basic;
                                     needs --jwt-issuer ISS and --jwt-audience AUD, as the servers are configured
              --help
            """;

    BenchOptions {
        if (clients < 1) {
            throw new IllegalArgumentException("--clients must be 1 or more");
        }
        if (rate < 0 || warmupSeconds < 0 || lagEvery < 1 || lagPollers < 1 || lagPollMillis < 0 || lagTimeoutSeconds < 1) {
            throw new IllegalArgumentException("--rate and --warmup must be >= 0; --lag-every, --lag-pollers and "
                    + "--lag-timeout >= 1; --lag-poll-ms >= 0");
        }
        if (durationSeconds != null && visits != null) {
            throw new IllegalArgumentException("give --duration or --visits, not both");
        }
        if ((durationSeconds != null && durationSeconds < 1) || (visits != null && visits < 1)) {
            throw new IllegalArgumentException("--duration and --visits must be 1 or more");
        }
        if (durationSeconds == null && visits == null) {
            durationSeconds = 30;
        }
        if ((jwtKey == null) != (jwtIssuer == null) || (jwtKey == null) != (jwtAudience == null)) {
            throw new IllegalArgumentException("--jwt-key, --jwt-issuer and --jwt-audience go together");
        }
        queryUrls = List.copyOf(queryUrls);
    }

    static BenchOptions parse(String... args) {
        String commandUrl = "http://localhost:8080";
        String queryUrls = null;
        int clients = 16;
        Integer duration = null;
        Integer visits = null;
        double rate = 0;
        int warmup = 5;
        int lagEvery = 10;
        int lagPollers = 4;
        int lagPollMillis = 5;
        int lagTimeout = 10;
        boolean idempotencyKeys = false;
        boolean personalData = false;
        String jwtKey = null;
        String jwtIssuer = null;
        String jwtAudience = null;
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        while (!rest.isEmpty()) {
            String arg = rest.remove(0);
            String name = arg;
            String value = null;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                name = arg.substring(0, equals);
                value = arg.substring(equals + 1);
            }
            if (name.equals("--idempotency-keys")) {
                idempotencyKeys = value == null || Boolean.parseBoolean(value);
                continue;
            }
            if (name.equals("--personal-data")) {
                personalData = value == null || Boolean.parseBoolean(value);
                continue;
            }
            if (!name.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + arg);
            }
            if (value == null) {
                if (rest.isEmpty()) {
                    throw new IllegalArgumentException(name + " needs a value");
                }
                value = rest.remove(0);
            }
            switch (name) {
                case "--command-url" -> commandUrl = value;
                case "--query-url" -> queryUrls = value;
                case "--clients" -> clients = integer(name, value);
                case "--duration" -> duration = integer(name, value);
                case "--visits" -> visits = integer(name, value);
                case "--rate" -> rate = number(name, value);
                case "--warmup" -> warmup = integer(name, value);
                case "--lag-every" -> lagEvery = integer(name, value);
                case "--lag-pollers" -> lagPollers = integer(name, value);
                case "--lag-poll-ms" -> lagPollMillis = integer(name, value);
                case "--lag-timeout" -> lagTimeout = integer(name, value);
                case "--jwt-key" -> jwtKey = value;
                case "--jwt-issuer" -> jwtIssuer = value;
                case "--jwt-audience" -> jwtAudience = value;
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        List<String> queries = new ArrayList<>();
        for (String url : (queryUrls == null ? commandUrl : queryUrls).split(",")) {
            if (!url.isBlank()) {
                queries.add(trimSlash(url.strip()));
            }
        }
        if (queries.isEmpty()) {
            throw new IllegalArgumentException("--query-url names no URL");
        }
        return new BenchOptions(trimSlash(commandUrl), queries, clients, duration, visits, rate, warmup, lagEvery,
                lagPollers, lagPollMillis, lagTimeout, idempotencyKeys, personalData, jwtKey, jwtIssuer, jwtAudience);
    }

    private static int integer(String name, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " takes a whole number, not " + value);
        }
    }

    private static double number(String name, String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " takes a number, not " + value);
        }
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
