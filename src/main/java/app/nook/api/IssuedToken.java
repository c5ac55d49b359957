package app.nook.api;

import java.util.Set;

/**
 * A token just issued.
 *
 * @param secret the bearer secret; shown this once and never stored
 */
public record IssuedToken(long id, String name, Set<ApiScope> scopes, String secret) {}
