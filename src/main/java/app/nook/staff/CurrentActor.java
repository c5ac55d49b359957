package app.nook.staff;

import app.nook.system.LocationScope;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The actor of the current request, taken from the signed-in staff user. A staff user's permissions travel as
 * authorities named after them, and each location they are limited to as {@code LOCATION_<id>}.
 */
public final class CurrentActor {

    private static final String LOCATION_PREFIX = "LOCATION_";

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
        List<Long> locations = new ArrayList<>();
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            String name = authority.getAuthority();
            if (name != null && name.startsWith(LOCATION_PREFIX)) {
                locations.add(Long.parseLong(name.substring(LOCATION_PREFIX.length())));
            }
            for (Permission permission : Permission.values()) {
                if (permission.name().equals(name)) {
                    permissions.add(permission);
                }
            }
        }
        return new Actor(authentication.getName(), permissions, LocationScope.only(locations));
    }

    /** The authorities that carry an actor's permissions and location limit into a security context. */
    public static List<GrantedAuthority> authoritiesOf(Actor actor) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        actor.permissions().forEach(p -> authorities.add(new SimpleGrantedAuthority(p.name())));
        actor.locations()
                .locationIds()
                .forEach(id -> authorities.add(new SimpleGrantedAuthority(LOCATION_PREFIX + id)));
        return authorities;
    }
}
