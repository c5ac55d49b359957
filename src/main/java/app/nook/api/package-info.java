/**
 * The JSON API's shared machinery under {@code /api}: bearer tokens and their scopes, the stateless security chain,
 * the per-token rate limit, problem details and the OpenAPI document. Features put their own endpoints in
 * {@code api} subpackages and mark them with {@link app.nook.api.ApiController}.
 */
package app.nook.api;
