package app.nook.api;

import java.util.List;

/**
 * One page of a listing of the API.
 *
 * @param page the page number, counted from 0
 * @param total how many items match across all pages when {@code totalExact}; otherwise a bound that more items
 *     than it match
 * @param totalExact whether {@code total} is the exact count; long listings count only up to a bound
 * @param totalPages the page count, or null when the total is not exact
 * @param next a cursor to pass as {@code after} for the following page, or null on the last page or where the
 *     listing pages by number only
 */
public record ApiPage<T>(
        List<T> items, int page, int size, long total, boolean totalExact, Long totalPages, String next) {

    public ApiPage {
        items = List.copyOf(items);
    }

    /** A page of the given items with the exact total, working out the page count from it. */
    public static <T> ApiPage<T> of(List<T> items, int page, int size, long total) {
        return new ApiPage<>(items, page, size, total, true, pages(total, size), null);
    }

    /** A page whose total may be a bound only, with the cursor of the following page. */
    public static <T> ApiPage<T> of(List<T> items, int page, int size, long total, boolean exact, String next) {
        return new ApiPage<>(items, page, size, total, exact, exact ? pages(total, size) : null, next);
    }

    private static long pages(long total, int size) {
        return total == 0 ? 0 : (total + size - 1) / size;
    }
}
