package app.nook.benchmark;

import java.util.Locale;

/**
 * One line of the results table: what Nook took, what the bare SQL took, and the target for the 95th percentile.
 *
 * @param bare the bare SQL timing, or null where there is none
 * @param ratioTargeted whether Nook must also stay within three times the bare SQL, as lists, searches and bulk
 *     actions must; reports have only their time target
 */
record ResultRow(String name, Measurement nook, Measurement bare, double targetMillis, boolean ratioTargeted) {

    ResultRow(String name, Measurement nook, Measurement bare, double targetMillis) {
        this(name, nook, bare, targetMillis, true);
    }

    static final String HEADER = """
            | operation | runs | median ms | p95 ms | bare SQL median ms | Nook / bare | target p95 ms | result |
            |---|---:|---:|---:|---:|---:|---:|---|""";

    double ratio() {
        return bare == null || bare.median() <= 0 ? Double.NaN : nook.median() / bare.median();
    }

    boolean passes() {
        boolean fastEnough = nook.p95() < targetMillis;
        return fastEnough && (bare == null || !ratioTargeted || ratio() < 3);
    }

    String markdown() {
        return String.format(
                Locale.ROOT,
                "| %s | %d | %.1f | %.1f | %s | %s | %.0f | %s |",
                name,
                nook.runs(),
                nook.median(),
                nook.p95(),
                bare == null ? "–" : String.format(Locale.ROOT, "%.1f", bare.median()),
                bare == null ? "–" : String.format(Locale.ROOT, "%.2f", ratio()),
                targetMillis,
                passes() ? "pass" : "miss");
    }
}
