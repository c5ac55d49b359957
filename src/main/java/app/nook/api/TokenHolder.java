package app.nook.api;

import app.nook.staff.Actor;
import java.util.Set;

/**
 * Who a presented token stands for.
 *
 * @param actor the staff user the token acts as, or null for a customer's token
 */
record TokenHolder(long tokenId, Actor actor, Set<ApiScope> scopes) {}
