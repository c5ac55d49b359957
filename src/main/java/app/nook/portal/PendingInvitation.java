package app.nook.portal;

import java.time.Instant;

/** An invitation that still works: for whom (their sign-in email), and until when. */
public record PendingInvitation(long customerId, String email, Instant expiresAt) {}
