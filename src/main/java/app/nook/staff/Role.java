package app.nook.staff;

import java.util.EnumSet;
import java.util.Set;

/** A named set of permissions given to staff users. */
public enum Role {
    ADMINISTRATOR(EnumSet.allOf(Permission.class)),
    MANAGER(EnumSet.complementOf(EnumSet.of(Permission.ERASE_CUSTOMERS, Permission.MANAGE_SETTINGS))),
    FRONT_DESK(EnumSet.of(Permission.VIEW_CUSTOMERS, Permission.EDIT_CUSTOMERS, Permission.MANAGE_PORTAL_ACCESS));

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = permissions;
    }

    public Set<Permission> permissions() {
        return Set.copyOf(permissions);
    }
}
