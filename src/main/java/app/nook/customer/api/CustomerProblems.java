package app.nook.customer.api;

import app.nook.api.ApiProblems;
import app.nook.customer.EmailArchivedException;
import app.nook.customer.EmailTakenException;
import app.nook.customer.lifecycle.EmptySelectionException;
import app.nook.customer.lifecycle.UnknownCustomersException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The customer errors whose problem details say more than the shared ones: the archived record an email belongs to,
 * and the ids that do not exist. Everything else falls through to the API's shared handling.
 */
@RestControllerAdvice(basePackageClasses = CustomerProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CustomerProblems {

    @ExceptionHandler(EmailArchivedException.class)
    ResponseEntity<ProblemDetail> emailArchived(EmailArchivedException e) {
        ProblemDetail problem = ApiProblems.problem(HttpStatus.CONFLICT, e.code(), e.getMessage(), "email");
        problem.setProperty("archivedCustomerId", e.archivedCustomerId());
        problem.setProperty("restore", "/api/v1/customers/" + e.archivedCustomerId() + "/restore");
        return ApiProblems.respond(problem);
    }

    @ExceptionHandler(EmailTakenException.class)
    ResponseEntity<ProblemDetail> emailTaken(EmailTakenException e) {
        ProblemDetail problem = ApiProblems.problem(HttpStatus.CONFLICT, e.code(), e.getMessage(), "email");
        problem.setProperty("customerId", e.customerId());
        return ApiProblems.respond(problem);
    }

    @ExceptionHandler(UnknownCustomersException.class)
    ResponseEntity<ProblemDetail> unknownCustomers(UnknownCustomersException e) {
        ProblemDetail problem =
                ApiProblems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "unknown-customers", e.getMessage(), e.field());
        problem.setProperty("unknownIds", e.unknownIds());
        return ApiProblems.respond(problem);
    }

    @ExceptionHandler(EmptySelectionException.class)
    ResponseEntity<ProblemDetail> emptySelection(EmptySelectionException e) {
        return ApiProblems.respond(
                ApiProblems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "empty-selection", e.getMessage(), e.field()));
    }
}
