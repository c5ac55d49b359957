package app.nook.customer.lifecycle;

import app.nook.customer.CustomerFilter;
import java.util.Collection;
import java.util.List;

/**
 * The customers a lifecycle action applies to: either a list of ids or a filter meaning "all N matching",
 * resolved on the server when the action starts.
 */
public record Selection(List<Long> ids, CustomerFilter filter) {

    public Selection {
        if ((ids == null) == (filter == null)) {
            throw new IllegalArgumentException("A selection names either ids or a filter");
        }
        ids = ids == null ? null : List.copyOf(ids);
    }

    public static Selection of(long id) {
        return new Selection(List.of(id), null);
    }

    public static Selection of(Collection<Long> ids) {
        return new Selection(List.copyOf(ids), null);
    }

    public static Selection matching(CustomerFilter filter) {
        return new Selection(null, filter);
    }
}
