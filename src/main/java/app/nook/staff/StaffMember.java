package app.nook.staff;

import java.util.Set;

/**
 * A staff user as the settings page lists them.
 *
 * @param locations the locations they are limited to; empty when they work everywhere
 */
public record StaffMember(
        long id, String email, String fullName, boolean enabled, Set<Role> roles, Set<Long> locations) {

    public boolean holds(Role role) {
        return roles.contains(role);
    }

    public boolean worksAt(long locationId) {
        return locations.contains(locationId);
    }
}
