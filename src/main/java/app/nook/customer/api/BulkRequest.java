package app.nook.customer.api;

import app.nook.customer.lifecycle.Selection;
import app.nook.system.InvalidInputException;
import java.util.List;

/**
 * The body of a bulk command: exactly one of ids and filter, and an optional reason.
 *
 * @param reason kept by archive and suspend; the other commands ignore it
 */
record BulkRequest(List<Long> ids, LifecycleApiController.FilterJson filter, String reason) {

    /**
     * The customers the request names.
     *
     * @throws InvalidInputException unless exactly one of ids and filter is given, or when the filter names no view:
     *     a filter acts on everyone it matches, so it has to say which customers it starts from
     */
    Selection selection() {
        if (ids == null && filter == null) {
            throw new InvalidInputException("ids", "Name the customers by ids or by a filter");
        }
        if (ids != null && filter != null) {
            throw new InvalidInputException("ids", "Name the customers either by ids or by a filter, not both");
        }
        if (filter != null && (filter.view() == null || filter.view().isBlank())) {
            throw new InvalidInputException(
                    "filter.view",
                    "A filter must name its view (such as active); it acts on every customer it matches");
        }
        if (ids != null && ids.contains(null)) {
            throw new InvalidInputException("ids", "Ids must be numbers");
        }
        return ids != null ? Selection.of(ids) : Selection.matching(filter.filter());
    }
}
