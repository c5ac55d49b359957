package app.nook.portal;

import java.time.Instant;

/**
 * An invitation just created: the token appears here once and is stored only as a hash.
 *
 * @param token the secret part of the link {@code /portal/invitation/{token}}
 */
public record NewInvitation(long customerId, String token, Instant expiresAt) {}
