package app.nook.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads the report figure relations next to their definitions, the {@code _recount} views. Only rows that count
 * something are compared: a figure row that went back to zero stays in its table on PostgreSQL and means nothing.
 */
public final class ReportFigureTables {

    /** Each figure relation with its columns in key order and the condition of a row that counts something. */
    private static final Map<String, String[]> FIGURES = Map.of(
            "report_customer_day",
            new String[] {"location_id, registered_on, customers, members", "customers <> 0 or members <> 0"},
            "report_plan",
            new String[] {"plan_id, contracts, members, billed", "contracts <> 0 or members <> 0 or billed <> 0"},
            "report_revenue_change",
            new String[] {"location_id, changed_on, billing_period, amount", "amount <> 0"},
            "report_invoice_day",
            new String[] {"location_id, issued_on, invoices, total", "invoices <> 0 or total <> 0"},
            "report_check_in_day",
            new String[] {"location_id, visit_day, check_ins", "check_ins <> 0"});

    private ReportFigureTables() {}

    /** The names of the figure relations, in alphabetical order. */
    public static List<String> names() {
        return FIGURES.keySet().stream().sorted().toList();
    }

    /** Asserts that every figure relation holds exactly what its definition computes. */
    public static void assertMatchTheirDefinitions(JdbcTemplate jdbc) {
        names().forEach(figure -> assertThat(rows(jdbc, figure))
                .as(figure + " against " + figure + "_recount")
                .isEqualTo(rows(jdbc, figure + "_recount")));
    }

    /** The rows of every figure relation that count something, relation after relation. */
    public static List<List<String>> all(JdbcTemplate jdbc) {
        List<List<String>> all = new ArrayList<>();
        names().forEach(figure -> all.addAll(rows(jdbc, figure)));
        return all;
    }

    /**
     * The rows of a figure relation, or of its definition, that count something, in key order; each value as text,
     * numbers free of trailing zeros.
     */
    public static List<List<String>> rows(JdbcTemplate jdbc, String relation) {
        String[] figure = FIGURES.get(relation.replace("_recount", ""));
        String sql = "select %s from %s where %s order by %s".formatted(figure[0], relation, figure[1], figure[0]);
        return jdbc.query(sql, (rs, row) -> {
            List<String> values = new ArrayList<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                Object value = rs.getObject(i);
                values.add(
                        value instanceof BigDecimal amount
                                ? amount.stripTrailingZeros().toPlainString()
                                : String.valueOf(value));
            }
            return values;
        });
    }
}
