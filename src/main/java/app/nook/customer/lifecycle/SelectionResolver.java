package app.nook.customer.lifecycle;

import app.nook.customer.CustomerListing;
import app.nook.system.LocationScope;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Turns a selection into the ascending, distinct ids of existing customers, or refuses it as a whole. */
@Component
class SelectionResolver {

    static final int MAX_IDS = 100_000;
    private static final int LOOKUP_CHUNK = 1000;

    private final CustomerListing listing;
    private final NamedParameterJdbcTemplate jdbc;

    SelectionResolver(CustomerListing listing, NamedParameterJdbcTemplate jdbc) {
        this.listing = listing;
        this.jdbc = jdbc;
    }

    /**
     * Resolves the selection within the given locations: a filter matches only customers there, and an id of a
     * customer elsewhere counts as unknown, so the whole selection is refused.
     *
     * @throws EmptySelectionException when the selection names nobody
     * @throws UnknownCustomersException when an id names no customer in the scope
     */
    @Transactional(readOnly = true)
    List<Long> resolve(Selection selection, LocationScope scope) {
        if (selection.filter() != null) {
            List<Long> ids = listing.ids(selection.filter(), scope);
            if (ids.isEmpty()) {
                throw new EmptySelectionException("No customer matches this filter; nothing was changed");
            }
            return ids;
        }

        List<Long> ids = new ArrayList<>(new TreeSet<>(selection.ids()));
        if (ids.isEmpty()) {
            throw new EmptySelectionException("Select at least one customer");
        }
        if (ids.size() > MAX_IDS) {
            throw new EmptySelectionException(
                    "A selection by ids may name at most " + MAX_IDS + " customers; use a filter instead");
        }
        requireAllExist(ids, scope);
        return ids;
    }

    private void requireAllExist(List<Long> ids, LocationScope scope) {
        Set<Long> found = new HashSet<>(ids.size());
        for (int start = 0; start < ids.size(); start += LOOKUP_CHUNK) {
            List<Long> chunk = ids.subList(start, Math.min(ids.size(), start + LOOKUP_CHUNK));
            found.addAll(jdbc.queryForList(
                    "select id from customer where id in (:ids)" + scope.condition("home_location_id"),
                    scope.addTo(new MapSqlParameterSource("ids", chunk)),
                    Long.class));
        }
        List<Long> unknown = ids.stream().filter(id -> !found.contains(id)).toList();
        if (!unknown.isEmpty()) {
            throw new UnknownCustomersException(unknown);
        }
    }
}
