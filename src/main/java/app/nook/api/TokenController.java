package app.nook.api;

import app.nook.system.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** Issues a token to a staff user who signs in with email and password (HTTP Basic). */
@ApiController
@Tag(name = "Tokens")
class TokenController {

    private final ApiTokens tokens;

    TokenController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @PostMapping("/api/v1/tokens")
    @Operation(
            summary = "Issue an API token; the secret is shown only in this response",
            security = @SecurityRequirement(name = OpenApiConfiguration.BASIC))
    ResponseEntity<TokenIssued> issue(@RequestBody TokenRequest request, Authentication staff) {
        IssuedToken issued = tokens.issue(staff.getName(), request.name(), scopesOf(request.scopes()));

        return ResponseEntity.created(URI.create("/api/v1/tokens/" + issued.id()))
                .body(new TokenIssued(
                        issued.id(),
                        issued.name(),
                        issued.scopes().stream().map(ApiScope::wireName).toList(),
                        issued.secret()));
    }

    private static Set<ApiScope> scopesOf(List<String> names) {
        Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
        for (String name : names == null ? List.<String>of() : names) {
            try {
                scopes.add(ApiScope.fromWire(name == null ? "" : name));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(
                        "scopes", "Scopes are read, write and lifecycle; '" + name + "' is none of them");
            }
        }
        return scopes;
    }

    /** What a new token is called and may do. */
    record TokenRequest(String name, List<String> scopes) {}

    /** A new token with its secret, shown this once. */
    record TokenIssued(long id, String name, List<String> scopes, String secret) {}
}
