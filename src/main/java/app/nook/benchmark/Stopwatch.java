package app.nook.benchmark;

/** Runs an operation a few times to warm up, then times it repeatedly. */
final class Stopwatch {

    /** An operation to time; it may throw. */
    @FunctionalInterface
    interface Operation {
        void run() throws Exception;
    }

    private Stopwatch() {}

    static Measurement time(int warmups, int runs, Operation operation) throws Exception {
        for (int i = 0; i < warmups; i++) {
            operation.run();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            operation.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        return Measurement.of(millis);
    }
}
