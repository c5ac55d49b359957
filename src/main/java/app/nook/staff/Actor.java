package app.nook.staff;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who performs a change: a signed-in staff user, or the system itself (scheduled jobs, demo data). Audit entries
 * name the actor; services check its permissions.
 *
 * @param name the staff user's email, or {@code system}
 * @param permissions what this actor may do
 */
public record Actor(String name, Set<Permission> permissions) {

    public static final String SYSTEM_NAME = "system";

    public Actor {
        permissions = permissions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(permissions));
    }

    /** Nook itself, allowed everything. */
    public static Actor system() {
        return new Actor(SYSTEM_NAME, EnumSet.allOf(Permission.class));
    }

    /** A staff user holding the permissions of the given roles. */
    public static Actor staff(String email, Set<Role> roles) {
        Set<Permission> permissions = EnumSet.noneOf(Permission.class);
        roles.forEach(role -> permissions.addAll(role.permissions()));
        return new Actor(email, permissions);
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
}
