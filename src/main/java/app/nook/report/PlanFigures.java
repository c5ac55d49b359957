package app.nook.report;

import java.math.BigDecimal;

/** One plan's share: its active contracts, the members holding them, and the recurring revenue they bring. */
public record PlanFigures(String plan, String location, long contracts, long members, BigDecimal monthlyRevenue) {}
