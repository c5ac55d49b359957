package app.nook.system;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The locations whose customers a staff user may see and change: every location, or only some. Records that
 * belong to a customer (contracts, invoices, files, check-ins, audit entries) follow the customer's home location.
 * Report figures count where the business happened: customers and members at their home location; plans, recurring
 * revenue and invoices at the plan's location; check-ins where they took place. Queries take the scope as a
 * condition on a location column, so that a limited user never reads a row outside it.
 */
public final class LocationScope {

    /** The name of the query parameter that {@link #condition(String)} refers to. */
    public static final String PARAMETER = "scopeLocations";

    private static final LocationScope EVERYWHERE = new LocationScope(Set.of());

    private final Set<Long> locationIds;

    private LocationScope(Set<Long> locationIds) {
        this.locationIds = locationIds;
    }

    /** No limit: the scope of administrators, of staff users without assigned locations and of Nook itself. */
    public static LocationScope everywhere() {
        return EVERYWHERE;
    }

    /**
     * Only the given locations; an empty collection means no limit, as a staff user without assigned locations
     * works everywhere.
     */
    public static LocationScope only(Collection<Long> locationIds) {
        return locationIds.isEmpty() ? EVERYWHERE : new LocationScope(Set.copyOf(new TreeSet<>(locationIds)));
    }

    /**
     * This scope narrowed to one chosen location, or itself when none is chosen; for a report or filter of one
     * location.
     *
     * @throws NotPermittedException when the chosen location lies outside this scope
     */
    public LocationScope narrowedTo(Long locationId) {
        if (locationId == null) {
            return this;
        }
        if (!covers(locationId)) {
            throw new NotPermittedException("Location " + locationId + " lies outside the locations you work in");
        }
        return new LocationScope(Set.of(locationId));
    }

    public boolean limited() {
        return !locationIds.isEmpty();
    }

    public boolean covers(long locationId) {
        return !limited() || locationIds.contains(locationId);
    }

    /** The locations of a limited scope; empty for one without limit. */
    public Set<Long> locationIds() {
        return locationIds;
    }

    /**
     * {@code and <column> in (:scopeLocations)} for a limited scope, nothing otherwise; add {@link #addTo} the
     * parameters of the same query.
     */
    public String condition(String column) {
        return limited() ? " and " + column + " in (:" + PARAMETER + ")" : "";
    }

    public MapSqlParameterSource addTo(MapSqlParameterSource params) {
        return limited() ? params.addValue(PARAMETER, locationIds) : params;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LocationScope scope && scope.locationIds.equals(locationIds);
    }

    @Override
    public int hashCode() {
        return locationIds.hashCode();
    }

    @Override
    public String toString() {
        return limited() ? "locations " + new TreeSet<>(locationIds) : "every location";
    }
}
