package app.nook.api;

import java.time.OffsetDateTime;
import java.util.Set;

/**
 * A token as the settings page lists it, without its secret.
 *
 * @param lastUsedAt when it was last used, to the minute, or null when never
 * @param revokedAt when it was revoked, or null while it works
 */
public record ApiTokenSummary(
        long id,
        String name,
        Set<ApiScope> scopes,
        OffsetDateTime createdAt,
        OffsetDateTime lastUsedAt,
        OffsetDateTime revokedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
