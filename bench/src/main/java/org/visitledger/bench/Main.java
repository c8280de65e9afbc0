package org.visitledger.bench;

import org.visitledger.bench.runtime.RuntimeComparison;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code java -jar visit-ledger-bench.jar [options]}: runs the load and prints the report (see {@link BenchOptions});
 * {@code … runtime [options]} compares jars' start-up and cost per request instead ({@link RuntimeComparison}).
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        if (args.length > 0 && "runtime".equals(args[0])) {
            RuntimeComparison.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        BenchOptions options;
        try {
            if (List.of(args).contains("--help")) {
                System.out.print(BenchOptions.USAGE);
                return;
            }
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(BenchOptions.USAGE);
            System.exit(2);
            return;
        }
        Http http;
        try {
            http = new Http(options.jwtKey() == null ? Http.DEMO_USERS
                    : new BearerTokens(BearerTokens.readPrivateKey(Path.of(options.jwtKey())), options.jwtIssuer(),
                    options.jwtAudience(), Instant.now()));
        } catch (IllegalArgumentException | UncheckedIOException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        String unreachable = checkQuerySides(http, options);
        if (unreachable != null) {
            System.err.println(unreachable);
            System.exit(1);
        }
        System.out.println(Report.header(options));
        LagProbe lag = new LagProbe(http, options.queryUrls(), options.lagPollers(), options.lagPollMillis(),
                options.lagTimeoutSeconds());
        long start = System.nanoTime();
        Run run = new Run(start, options);
        Pacer pacer = new Pacer(start, options.rate());
        AtomicLong sampleCounter = new AtomicLong();
        AtomicLong transportFailuresInARow = new AtomicLong();
        List<Client> clients = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < options.clients(); i++) {
            Client client = new Client(7919L * i + 17, options, http, pacer, run, lag, sampleCounter,
                    transportFailuresInARow);
            clients.add(client);
            threads.add(new Thread(client, "client-" + i));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        lag.finish();
        Recorder total = new Recorder();
        long lastAnswered = run.measureFrom;
        for (Client client : clients) {
            total.merge(client.recorder);
            lastAnswered = Math.max(lastAnswered, client.lastAnswered());
        }
        double seconds = (lastAnswered - run.measureFrom) / 1e9;
        System.out.print(Report.body(options, total, lag, seconds));
        if (run.abortedBecause() != null) {
            System.out.println("ABORTED: " + run.abortedBecause());
            System.exit(1);
        }
        if (total.succeeded == 0) {
            System.exit(1);
        }
    }

    /** The query sides must answer the dashboard before any load starts; else the lag figures would be noise. */
    private static String checkQuerySides(Http http, BenchOptions options) {
        for (String url : options.queryUrls()) {
            Http.Answer answer = http.get(url + "/api/deadlines?size=1", Http.User.ANALYST);
            if (answer.status() != 200) {
                return "query side " + url + " does not answer GET /api/deadlines as analyst: "
                        + (answer.status() < 0 ? answer.body() : answer.status() + " " + answer.body());
            }
        }
        return null;
    }
}
