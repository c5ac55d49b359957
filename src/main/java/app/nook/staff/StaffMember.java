package app.nook.staff;

import java.util.Set;

/** A staff user as the settings page lists them. */
public record StaffMember(long id, String email, String fullName, boolean enabled, Set<Role> roles) {}
