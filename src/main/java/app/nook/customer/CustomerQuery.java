package app.nook.customer;

import app.nook.system.CustomerTextSearch;
import app.nook.system.LocationScope;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The FROM and WHERE of every customer listing, built from a filter and the locations of the one asking. Starting
 * from the view's relation is what keeps archived customers out of listings that do not ask for them; user input
 * only ever travels as parameters.
 */
final class CustomerQuery {

    private final String from;
    private final String where;
    private final MapSqlParameterSource params;

    private CustomerQuery(String from, String where, MapSqlParameterSource params) {
        this.from = from;
        this.where = where;
        this.params = params;
    }

    static CustomerQuery of(CustomerFilter filter, LocationScope scope) {
        List<String> conditions = new ArrayList<>();
        var params = scope.addTo(new MapSqlParameterSource());
        conditions.add(filter.view().condition() + scope.condition("c.home_location_id"));

        if (filter.search() != null) {
            conditions.add(CustomerTextSearch.condition("c.id"));
            CustomerTextSearch.addTo(params, filter.search());
        }
        if (filter.locationId() != null) {
            conditions.add("c.home_location_id = :location");
            params.addValue("location", filter.locationId());
        }
        if (filter.planId() != null) {
            conditions.add("""
                    exists (select 1 from contract p where p.customer_id = c.id and p.plan_id = :plan
                            and p.status in ('ACTIVE', 'SUSPENDED'))""");
            params.addValue("plan", filter.planId());
        }
        if (filter.tag() != null) {
            conditions.add("exists (select 1 from customer_tag t where t.customer_id = c.id and t.tag = :tag)");
            params.addValue("tag", filter.tag());
        }
        return new CustomerQuery(filter.view().relation() + " c", String.join(" and ", conditions), params);
    }

    /** {@code <relation> c}, to follow FROM. */
    String from() {
        return from;
    }

    /** The conditions, to follow WHERE. */
    String where() {
        return where;
    }

    MapSqlParameterSource params() {
        return params;
    }
}
