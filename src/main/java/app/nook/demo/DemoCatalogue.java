package app.nook.demo;

import app.nook.contract.BillingPeriod;
import java.math.BigDecimal;
import java.util.List;

/** The demo business's locations and what each sells. */
final class DemoCatalogue {

    record DemoLocation(String name, String city, String address, BigDecimal priceFactor) {}

    record DemoPlan(String name, BigDecimal basePrice, BillingPeriod period, int weight) {}

    static final List<DemoLocation> LOCATIONS = List.of(
            new DemoLocation("Nook Kreuzberg", "Berlin", "Oranienstraße 185, 10999 Berlin", new BigDecimal("1.00")),
            new DemoLocation("Nook Schanze", "Hamburg", "Schulterblatt 58, 20357 Hamburg", new BigDecimal("0.95")),
            new DemoLocation("Nook Glockenbach", "München", "Müllerstraße 42, 80469 München", new BigDecimal("1.15")));

    /** Weights say how often each plan is sold: hot desks far more often than private offices. */
    static final List<DemoPlan> PLANS = List.of(
            new DemoPlan("Hot desk", new BigDecimal("189.00"), BillingPeriod.MONTHLY, 40),
            new DemoPlan("Dedicated desk", new BigDecimal("329.00"), BillingPeriod.MONTHLY, 25),
            new DemoPlan("Private office (4 seats)", new BigDecimal("1450.00"), BillingPeriod.MONTHLY, 8),
            new DemoPlan("Virtual office", new BigDecimal("49.00"), BillingPeriod.MONTHLY, 15),
            new DemoPlan("Meeting-room bundle (10 h)", new BigDecimal("120.00"), BillingPeriod.MONTHLY, 12));

    static final List<String> TAGS = List.of("startup", "freelancer", "agency", "nonprofit", "vip", "student");

    static final List<String> ARCHIVE_REASONS = List.of(
            "Moved to another city",
            "Company closed down",
            "Duplicate record",
            "Membership ended, no reply to renewal offer",
            "Switched to working from home",
            "Unpaid invoices handed to collections");

    private DemoCatalogue() {}
}
