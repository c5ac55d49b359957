package app.nook.api;

import app.nook.staff.CurrentActor;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A request authenticated by a bearer token. It carries the staff user's permissions and locations as authorities,
 * so that {@code CurrentActor} works as for the admin panel, plus one authority per scope of the token.
 */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    /** The authority of every token that acts as a staff user; a customer's token lacks it. */
    static final String STAFF_TOKEN = "STAFF_TOKEN";

    private final TokenHolder holder;

    ApiTokenAuthentication(TokenHolder holder) {
        super(authoritiesOf(holder));
        this.holder = holder;
        setAuthenticated(true);
    }

    long tokenId() {
        return holder.tokenId();
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return getName();
    }

    @Override
    public String getName() {
        return holder.actor() == null
                ? "token " + holder.tokenId()
                : holder.actor().name();
    }

    private static List<GrantedAuthority> authoritiesOf(TokenHolder holder) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        holder.scopes().forEach(scope -> authorities.add(new SimpleGrantedAuthority(scope.authority())));
        if (holder.actor() != null) {
            authorities.add(new SimpleGrantedAuthority(STAFF_TOKEN));
            authorities.addAll(CurrentActor.authoritiesOf(holder.actor()));
        }
        return authorities;
    }
}
