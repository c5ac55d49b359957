package app.nook.system;

import java.util.List;

/**
 * One page of a paginated listing, with the total number of matching rows so that a pager can be drawn.
 *
 * @param items the rows of this page
 * @param number the page number, counted from 1
 * @param size how many rows a full page holds
 * @param total how many rows match across all pages
 */
public record ResultPage<T>(List<T> items, int number, int size, long total) {

    public ResultPage {
        items = List.copyOf(items);
    }

    /** The page number a request asked for, clamped to 1 when it is missing, unreadable or below 1. */
    public static int requested(String page) {
        if (page == null || !page.matches("\\d{1,6}")) {
            return 1;
        }
        return Math.max(1, Integer.parseInt(page));
    }

    /** How many rows come before this page, for an SQL {@code offset}. */
    public static long offset(int number, int size) {
        return (long) (number - 1) * size;
    }

    public long totalPages() {
        return total == 0 ? 1 : (total + size - 1) / size;
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasNext() {
        return number < totalPages();
    }
}
