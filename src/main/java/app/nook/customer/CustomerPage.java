package app.nook.customer;

import java.util.List;

/**
 * One page of a customer listing with the count of the whole filter, exact up to a bound.
 *
 * @param total how many customers match when {@code totalExact}; otherwise the bound, which more customers match
 * @param totalExact whether {@code total} is the exact count
 * @param page zero-based page number; for a page read by cursor, the number of pages walked from the first
 * @param next the cursor to read the following page after, or null on the last page
 * @param previous the cursor to read the page before, or null on the first page
 */
public record CustomerPage(
        List<CustomerRow> rows,
        long total,
        boolean totalExact,
        int page,
        int size,
        CustomerCursor next,
        CustomerCursor previous) {

    public CustomerPage {
        rows = List.copyOf(rows);
    }

    /** The number of pages, or 0 when the total is only known to pass the bound. */
    public int pageCount() {
        return totalExact ? (int) ((total + size - 1) / size) : 0;
    }

    public boolean hasNext() {
        return next != null;
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public String nextToken() {
        return next == null ? null : next.token();
    }

    public String previousToken() {
        return previous == null ? null : previous.token();
    }
}
