package app.nook.api;

import app.nook.system.ConflictException;
import app.nook.system.InvalidInputException;
import app.nook.system.NotFoundException;
import app.nook.system.NotPermittedException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Answers every error of an API controller as a problem detail with a stable {@code code}, and a {@code field} where
 * one input is to blame. A request that cannot be read is 400; one that is read but breaks a rule is 422. Spring
 * MVC's own errors (unreadable JSON, wrong types, wrong method) become {@code malformed} and the like; anything
 * unexpected becomes a bare 500, logged here and never shown.
 */
@RestControllerAdvice(annotations = ApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ApiErrors extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return ApiProblems.respond(ApiProblems.problem(HttpStatus.NOT_FOUND, "not-found", e.getMessage()));
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ConflictException e) {
        return ApiProblems.respond(ApiProblems.problem(HttpStatus.CONFLICT, e.code(), e.getMessage()));
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInputException e) {
        return ApiProblems.respond(
                ApiProblems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "validation", e.getMessage(), e.field()));
    }

    @ExceptionHandler(NotPermittedException.class)
    ResponseEntity<ProblemDetail> forbidden(NotPermittedException e) {
        return ApiProblems.respond(ApiProblems.problem(HttpStatus.FORBIDDEN, "forbidden", e.getMessage()));
    }

    /** Query parameters that are not UTF-8, which the server cannot even decode. */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> undecodable(InvalidParameterException e) {
        return ApiProblems.respond(ApiProblems.problem(
                HttpStatus.BAD_REQUEST, "malformed", "The query string is not valid UTF-8 after percent-decoding"));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("API request failed unexpectedly", e);
        return ApiProblems.respond(ApiProblems.problem(
                HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Something went wrong on our side; try again later"));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        FieldError error = e.getBindingResult().getFieldError();
        String field = error == null ? null : error.getField();
        String detail = error == null ? "The request is not valid" : field + " " + error.getDefaultMessage();
        ProblemDetail problem = ApiProblems.problem(HttpStatus.BAD_REQUEST, "validation", detail, field);
        return new ResponseEntity<>(problem, problemHeaders(), HttpStatus.BAD_REQUEST);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception e, @Nullable Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detail = body instanceof ProblemDetail given && given.getDetail() != null
                ? given.getDetail()
                : "The request could not be understood";
        if (status.value() == HttpStatus.BAD_REQUEST.value()) {
            detail = "The request is malformed: check its JSON and the types of its values";
        }
        ProblemDetail problem = ApiProblems.problem(status, codeOf(status), detail);
        HttpHeaders merged = new HttpHeaders();
        merged.putAll(headers);
        merged.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return new ResponseEntity<>(problem, merged, status);
    }

    private static String codeOf(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "malformed";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "too-large";
            case 415 -> "unsupported-media-type";
            default -> "error";
        };
    }

    private static HttpHeaders problemHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return headers;
    }
}
