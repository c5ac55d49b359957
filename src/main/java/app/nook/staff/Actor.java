package app.nook.staff;

import app.nook.system.LocationScope;
import app.nook.system.NotFoundException;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who performs a change: a signed-in staff user, or the system itself (scheduled jobs, demo data). Audit entries
 * name the actor; services check its permissions.
 *
 * @param name the staff user's email, or {@code system}
 * @param permissions what this actor may do
 * @param locations whose customers this actor may see and change
 */
public record Actor(String name, Set<Permission> permissions, LocationScope locations) {

    public static final String SYSTEM_NAME = "system";

    /**
     * Settings (staff users, locations, webhooks) reach across the whole network, so an actor limited to some
     * locations never holds {@link Permission#MANAGE_SETTINGS}, whatever their roles.
     */
    public Actor {
        Set<Permission> held = permissions.isEmpty() ? EnumSet.noneOf(Permission.class) : EnumSet.copyOf(permissions);
        if (locations.limited()) {
            held.remove(Permission.MANAGE_SETTINGS);
        }
        permissions = Set.copyOf(held);
    }

    /** An actor who works in every location. */
    public Actor(String name, Set<Permission> permissions) {
        this(name, permissions, LocationScope.everywhere());
    }

    /** Nook itself, allowed everything. */
    public static Actor system() {
        return new Actor(SYSTEM_NAME, EnumSet.allOf(Permission.class));
    }

    /** A staff user holding the permissions of the given roles, in every location. */
    public static Actor staff(String email, Set<Role> roles) {
        return staff(email, roles, LocationScope.everywhere());
    }

    /** A staff user holding the permissions of the given roles, limited to some locations or not. */
    public static Actor staff(String email, Set<Role> roles, LocationScope locations) {
        Set<Permission> permissions = EnumSet.noneOf(Permission.class);
        roles.forEach(role -> permissions.addAll(role.permissions()));
        return new Actor(email, permissions, locations);
    }

    public boolean may(Permission permission) {
        return permissions.contains(permission);
    }

    /**
     * Refuses the call unless this actor holds the permission.
     *
     * @throws PermissionDeniedException when it does not
     */
    public void require(Permission permission) {
        if (!may(permission)) {
            throw new PermissionDeniedException(this, permission);
        }
    }

    /**
     * Refuses a record at a location outside this actor's scope as if it did not exist, so that guessing ids
     * reveals nothing.
     *
     * @throws NotFoundException when the location lies outside the scope
     */
    public void requireVisible(String kind, long id, long locationId) {
        if (!locations.covers(locationId)) {
            throw new NotFoundException(kind, id);
        }
    }

    /**
     * Refuses to place a record at a location outside this actor's scope.
     *
     * @throws LocationDeniedException when the location lies outside the scope
     */
    public void requireLocation(long locationId) {
        if (!locations.covers(locationId)) {
            throw new LocationDeniedException(this, locationId);
        }
    }
}
