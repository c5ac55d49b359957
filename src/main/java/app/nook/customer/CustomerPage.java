package app.nook.customer;

import java.util.List;

/**
 * One page of a customer listing with the totals of the whole filter.
 *
 * @param page zero-based page number
 */
public record CustomerPage(List<CustomerRow> rows, long total, int page, int size) {

    public int pageCount() {
        return (int) ((total + size - 1) / size);
    }

    public boolean hasNext() {
        return page + 1 < pageCount();
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}
