package app.nook.api;

import java.util.List;

/**
 * One page of a listing of the API.
 *
 * @param page the page number, counted from 0
 * @param total how many items match across all pages
 */
public record ApiPage<T>(List<T> items, int page, int size, long total, long totalPages) {

    public ApiPage {
        items = List.copyOf(items);
    }

    /** A page of the given items, working out the page count from the total. */
    public static <T> ApiPage<T> of(List<T> items, int page, int size, long total) {
        return new ApiPage<>(items, page, size, total, total == 0 ? 0 : (total + size - 1) / size);
    }
}
