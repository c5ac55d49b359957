package app.nook.customer.web;

import app.nook.customer.CustomerFilter;
import app.nook.customer.CustomerSort;
import app.nook.customer.CustomerView;
import java.util.Optional;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The state of the members and contacts list as it travels in the address: view, search, filters, order and page.
 * Bound from request parameters; blank values mean "not filtered".
 */
public record ListQuery(
        CustomerView view,
        String q,
        Long location,
        Long plan,
        String tag,
        CustomerSort sort,
        Integer page,
        Integer size) {

    static final int DEFAULT_SIZE = 25;

    public ListQuery {
        view = view == null ? CustomerView.ACTIVE : view;
        sort = sort == null ? CustomerSort.NEWEST : sort;
        page = page == null || page < 0 ? 0 : page;
        size = size == null ? DEFAULT_SIZE : size;
    }

    CustomerFilter filter() {
        return new CustomerFilter(view, q, location, plan, tag);
    }

    /** The list's address with this state, changed by the given page number. */
    public String toPage(int number) {
        return with(view, sort, number);
    }

    public String toView(CustomerView other) {
        return new ListQuery(other, q, location, plan, tag, sort, 0, size).with(other, sort, 0);
    }

    public String toSort(CustomerSort other) {
        return with(view, other, 0);
    }

    private String with(CustomerView newView, CustomerSort newSort, int newPage) {
        return UriComponentsBuilder.fromPath("/customers")
                .queryParam("view", newView)
                .queryParamIfPresent("q", blankToEmpty(q))
                .queryParamIfPresent("location", Optional.ofNullable(location))
                .queryParamIfPresent("plan", Optional.ofNullable(plan))
                .queryParamIfPresent("tag", blankToEmpty(tag))
                .queryParam("sort", newSort)
                .queryParam("page", newPage)
                .queryParam("size", size)
                .encode()
                .build()
                .toUriString();
    }

    private static Optional<String> blankToEmpty(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
