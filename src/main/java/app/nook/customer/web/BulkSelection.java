package app.nook.customer.web;

import app.nook.customer.CustomerFilter;
import app.nook.customer.CustomerListing;
import app.nook.customer.CustomerView;
import app.nook.customer.lifecycle.EmptySelectionException;
import app.nook.customer.lifecycle.Selection;
import app.nook.system.LocationScope;
import java.util.List;

/**
 * The rows a person picked on the list, as the bulk forms post them: ticked ids, or "all N matching" the list's
 * view, search and filters.
 *
 * @param scope {@code matching} for every customer the filter matches, anything else for the ticked ids
 */
public record BulkSelection(
        String scope, List<Long> ids, CustomerView view, String q, Long location, Long plan, String tag) {

    static final String ALL_MATCHING = "matching";

    public BulkSelection {
        ids = ids == null ? List.of() : List.copyOf(ids);
        view = view == null ? CustomerView.ACTIVE : view;
    }

    boolean allMatching() {
        return ALL_MATCHING.equals(scope);
    }

    CustomerFilter filter() {
        return new CustomerFilter(view, q, location, plan, tag);
    }

    /**
     * The engine's selection: the whole filter, or the ticked ids that the view still shows, so that rows the view
     * hides are never included.
     *
     * @throws EmptySelectionException when no ticked row is left
     */
    Selection resolve(CustomerListing listing, LocationScope locations) {
        if (allMatching()) {
            return Selection.matching(filter());
        }
        List<Long> shown = ids.isEmpty() ? List.of() : listing.idsAmong(filter(), ids, locations);
        if (shown.isEmpty()) {
            throw new EmptySelectionException("Select at least one customer shown in this view");
        }
        return Selection.of(shown);
    }
}
