package app.nook.benchmark;

import java.util.Arrays;

/**
 * The timings of repeated runs of one operation, in milliseconds.
 *
 * @param median the middle run
 * @param p95 the 95th percentile, by nearest rank
 */
record Measurement(double median, double p95, int runs) {

    static Measurement of(double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(0.95 * sorted.length) - 1;
        return new Measurement(sorted[(sorted.length - 1) / 2], sorted[Math.max(0, rank)], sorted.length);
    }
}
