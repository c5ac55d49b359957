package app.nook.billing;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What one billing run did. Serializable, because the page shows it after a redirect, through the session.
 *
 * @param skippedSuspended due contracts left alone because they are suspended for reasons other than an archive
 * @param skippedArchived due contracts left alone because their customer is archived
 */
public record BillingRunSummary(
        LocalDate runDate, int invoices, BigDecimal amount, int skippedSuspended, int skippedArchived)
        implements Serializable {}
