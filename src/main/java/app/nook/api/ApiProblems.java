package app.nook.api;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** Builds the problem details (RFC 9457) that the API answers errors with, each with a stable {@code code}. */
public final class ApiProblems {

    /** Where the problem types are described; each type is this base followed by the code. */
    public static final String TYPE_BASE = "https://nook.app/problems/";

    private ApiProblems() {}

    /** A problem with the given status, stable code and human-readable detail. */
    public static ProblemDetail problem(HttpStatusCode status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + code));
        HttpStatus known = HttpStatus.resolve(status.value());
        problem.setTitle(known == null ? "Error" : known.getReasonPhrase());
        problem.setProperty("code", code);
        return problem;
    }

    /** A problem that points at one offending field of the request; the field may be null. */
    public static ProblemDetail problem(HttpStatusCode status, String code, String detail, String field) {
        ProblemDetail problem = problem(status, code, detail);
        if (field != null) {
            problem.setProperty("field", field);
        }
        return problem;
    }

    /** The problem as a response with the problem media type. */
    public static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
