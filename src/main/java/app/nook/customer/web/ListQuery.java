package app.nook.customer.web;

import app.nook.customer.CustomerCursor;
import app.nook.customer.CustomerFilter;
import app.nook.customer.CustomerListing;
import app.nook.customer.CustomerPage;
import app.nook.customer.CustomerSort;
import app.nook.customer.CustomerView;
import app.nook.system.LocationScope;
import java.util.Optional;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The state of the members and contacts list as it travels in the address: view, search, filters, order and page.
 * Bound from request parameters; blank values mean "not filtered". A page reached by Next or Previous also carries
 * the cursor of the row it starts after or ends before, so that deep pages are read without skipping rows.
 */
public record ListQuery(
        CustomerView view,
        String q,
        Long location,
        Long plan,
        String tag,
        CustomerSort sort,
        Integer page,
        Integer size,
        String after,
        String before) {

    static final int DEFAULT_SIZE = 25;

    public ListQuery {
        view = view == null ? CustomerView.ACTIVE : view;
        sort = sort == null ? CustomerSort.NEWEST : sort;
        page = page == null || page < 0 ? 0 : page;
        size = size == null ? DEFAULT_SIZE : size;
        after = after == null || after.isBlank() ? null : after;
        before = before == null || before.isBlank() ? null : before;
    }

    CustomerFilter filter() {
        return new CustomerFilter(view, q, location, plan, tag);
    }

    /** The page this state names: after or before a cursor when it carries one, else by its number. */
    CustomerPage read(CustomerListing listing, LocationScope scope) {
        if (after != null) {
            return listing.pageAfter(filter(), CustomerCursor.parse(after, sort, "after"), page, size, scope);
        }
        if (before != null) {
            return listing.pageBefore(filter(), CustomerCursor.parse(before, sort, "before"), page, size, scope);
        }
        return listing.page(filter(), sort, page, size, scope);
    }

    /** The list's address with this state, changed by the given page number. */
    public String toPage(int number) {
        return with(view, sort, number).build().toUriString();
    }

    /** The address of the page after the given one, read after its last row. */
    public String toNext(CustomerPage shown) {
        if (shown.next() == null) {
            return toPage(shown.page());
        }
        return with(view, sort, shown.page() + 1)
                .queryParam("after", shown.nextToken())
                .build()
                .toUriString();
    }

    /** The address of the page before the given one: the first page by number, a deeper one by cursor. */
    public String toPrevious(CustomerPage shown) {
        if (shown.page() <= 1 || shown.previous() == null) {
            return toPage(0);
        }
        return with(view, sort, shown.page() - 1)
                .queryParam("before", shown.previousToken())
                .build()
                .toUriString();
    }

    public String toView(CustomerView other) {
        return new ListQuery(other, q, location, plan, tag, sort, 0, size, null, null)
                .with(other, sort, 0)
                .build()
                .toUriString();
    }

    public String toSort(CustomerSort other) {
        return with(view, other, 0).build().toUriString();
    }

    /** The address of the exact count of this state's filter. */
    public String toCount() {
        return filtered("/customers/count", view).build().toUriString();
    }

    private UriComponentsBuilder with(CustomerView newView, CustomerSort newSort, int newPage) {
        return filtered("/customers", newView)
                .queryParam("sort", newSort)
                .queryParam("page", newPage)
                .queryParam("size", size)
                .encode();
    }

    private UriComponentsBuilder filtered(String path, CustomerView newView) {
        return UriComponentsBuilder.fromPath(path)
                .queryParam("view", newView)
                .queryParamIfPresent("q", blankToEmpty(q))
                .queryParamIfPresent("location", Optional.ofNullable(location))
                .queryParamIfPresent("plan", Optional.ofNullable(plan))
                .queryParamIfPresent("tag", blankToEmpty(tag));
    }

    private static Optional<String> blankToEmpty(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
