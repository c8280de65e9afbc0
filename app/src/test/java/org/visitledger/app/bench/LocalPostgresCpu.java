package org.visitledger.app.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;

/**
 * The CPU seconds the processes of a PostgreSQL server on this machine have used so far (their user and system time
 * in /proc, Linux), so that a benchmark can tell the database's share of the work from its own JVM's. Empty where
 * /proc cannot be read or no such process runs. A backend that ends between two readings takes its time with it, so
 * the figure is a lower bound; the application's pooled connections live as long as the benchmark.
 */
final class LocalPostgresCpu {

    /** Clock ticks per second of /proc/[pid]/stat (USER_HZ, 100 on Linux). */
    private static final double TICKS_PER_SECOND = 100;

    private LocalPostgresCpu() {
    }

    static OptionalDouble seconds() {
        Path proc = Path.of("/proc");
        if (!Files.isDirectory(proc)) {
            return OptionalDouble.empty();
        }
        long ticks = 0;
        boolean found = false;
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(proc,
                p -> p.getFileName().toString().chars().allMatch(Character::isDigit))) {
            for (Path process : processes) {
                String stat;
                try {
                    stat = Files.readString(process.resolve("stat"));
                } catch (IOException ended) {
                    continue;
                }
                // "pid (comm) state ppid ...": utime and stime are the 14th and 15th fields.
                int commEnd = stat.lastIndexOf(')');
                if (!stat.substring(stat.indexOf('(') + 1, commEnd).equals("postgres")) {
                    continue;
                }
                String[] fields = stat.substring(commEnd + 2).split(" ");
                ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                found = true;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found ? OptionalDouble.of(ticks / TICKS_PER_SECOND) : OptionalDouble.empty();
    }
}
