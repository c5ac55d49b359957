package app.nook.report.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A bar chart ready to draw as SVG: each bar's label, shown value and height as a share of the tallest. */
public record BarChart(String id, List<Bar> bars) {

    /** One bar. */
    public record Bar(String label, String value, double share) {}

    static BarChart of(String id, List<String> labels, List<BigDecimal> values) {
        BigDecimal max = values.stream().reduce(BigDecimal.ZERO, BigDecimal::max);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            double share = max.signum() == 0 ? 0 : values.get(i).doubleValue() / max.doubleValue();
            bars.add(new Bar(labels.get(i), values.get(i).toPlainString(), share));
        }
        return new BarChart(id, bars);
    }

    /** The width of one bar's slot in the 600-unit-wide drawing. */
    public double slot() {
        return bars.isEmpty() ? 0 : 600.0 / bars.size();
    }
}
