package org.visitledger.bench;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class SamplesTest {

    @Test
    void nearest_rank_percentiles_of_unsorted_values() {
        Samples samples = new Samples();
        for (int i = 100; i >= 1; i--) {
            samples.add(i);
        }
        assertArrayEquals(new long[]{50, 95, 99, 100}, samples.percentiles(50, 95, 99, 100));
    }

    @Test
    void merged_samples_grow_past_the_initial_capacity() {
        Samples a = new Samples();
        Samples b = new Samples();
        for (int i = 0; i < 3000; i++) {
            a.add(1);
            b.add(2);
        }
        a.addAll(b);
        assertArrayEquals(new long[]{1, 2, 2}, a.percentiles(50, 50.1, 100));
    }

    @Test
    void no_samples_give_zeros() {
        assertArrayEquals(new long[]{0, 0}, new Samples().percentiles(50, 100));
    }
}
