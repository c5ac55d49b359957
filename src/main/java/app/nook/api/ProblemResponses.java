package app.nook.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes problem details from security filters, which answer before any controller runs. */
@Component
class ProblemResponses {

    private final JsonMapper json;

    ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    /** Answers 401 with a {@code WWW-Authenticate} challenge for a bearer token. */
    AuthenticationEntryPoint unauthorized() {
        return (request, response, e) -> unauthorized(
                response, "Send a valid API token as a bearer token, or a staff email and password to issue one");
    }

    /**
     * Answers 403 when the token or its staff user may not make this request, or when a password was sent where only
     * a token opens the door.
     */
    AccessDeniedHandler forbidden() {
        return (request, response, e) -> {
            Authentication authentication = SecurityContextHolder.getContextHolderStrategy()
                    .getContext()
                    .getAuthentication();
            String detail = authentication instanceof ApiTokenAuthentication
                    ? "This token may not make this request: its scopes or its staff user's roles do not allow it"
                    : "A staff email and password only issue API tokens; send a token as a bearer token instead";
            write(response, ApiProblems.problem(HttpStatus.FORBIDDEN, "forbidden", detail));
        };
    }

    void unauthorized(HttpServletResponse response, String detail) throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"nook\"");
        write(response, ApiProblems.problem(HttpStatus.UNAUTHORIZED, "unauthorized", detail));
    }

    void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", String.valueOf(problem.getType()));
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), body);
    }
}
