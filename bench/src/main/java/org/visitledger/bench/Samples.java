package org.visitledger.bench;

import java.util.Arrays;

/**
 * Recorded durations in nanoseconds: a growable primitive array (a run records some 10^5 of them, so sorting them
 * all is cheaper and exacter than a histogram). Not thread-safe: each thread records into its own and they are
 * merged at the end.
 */
final class Samples {

    private long[] values = new long[1024];
    private int size;

    void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    void addAll(Samples other) {
        for (int i = 0; i < other.size; i++) {
            add(other.values[i]);
        }
    }

    int size() {
        return size;
    }

    /** Nearest-rank percentiles (0 < p <= 100) of the values, sorted once; all zero when there are none. */
    long[] percentiles(double... ps) {
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        long[] result = new long[ps.length];
        for (int i = 0; i < ps.length; i++) {
            if (size > 0) {
                int rank = (int) Math.ceil(ps[i] / 100.0 * size);
                result[i] = sorted[Math.min(size, Math.max(1, rank)) - 1];
            }
        }
        return result;
    }
}
