package app.nook.staff;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The actor of the current request, taken from the signed-in staff user. */
public final class CurrentActor {

    private CurrentActor() {}

    /**
     * The signed-in staff user as an actor.
     *
     * @throws IllegalStateException when nobody is signed in
     */
    public static Actor get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new IllegalStateException("No staff user is signed in");
        }

        Set<Permission> permissions = EnumSet.noneOf(Permission.class);
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            for (Permission permission : Permission.values()) {
                if (permission.name().equals(authority.getAuthority())) {
                    permissions.add(permission);
                }
            }
        }
        return new Actor(authentication.getName(), permissions);
    }
}
