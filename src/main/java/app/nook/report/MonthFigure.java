package app.nook.report;

import java.math.BigDecimal;
import java.time.YearMonth;

/** One month of a series: an amount and, where it counts things, how many. */
public record MonthFigure(YearMonth month, BigDecimal amount, long count) {}
