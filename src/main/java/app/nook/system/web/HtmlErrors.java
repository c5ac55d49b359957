package app.nook.system.web;

import app.nook.system.ConflictException;
import app.nook.system.InvalidInputException;
import app.nook.system.NotFoundException;
import app.nook.system.NotPermittedException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns the typed exceptions of every feature into an error page with the right status for the admin panel. Forms
 * that can show a problem next to a field catch these themselves; this is the fallback.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class HtmlErrors {

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(NotFoundException e, Model model) {
        return page(model, 404, "error.notFound", e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String conflict(ConflictException e, Model model) {
        return page(model, 409, "error.conflict", e.getMessage());
    }

    @ExceptionHandler(InvalidInputException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String invalid(InvalidInputException e, Model model) {
        return page(model, 400, "error.invalid", e.getMessage());
    }

    /** A parameter that does not read as its type, such as {@code view=everyone} or {@code location=abc}. */
    @ExceptionHandler({BindException.class, MethodArgumentTypeMismatchException.class})
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String unreadable(Exception e, Model model) {
        String field = e instanceof BindException bind && bind.getFieldError() != null
                ? bind.getFieldError().getField()
                : e instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName() : null;
        String detail = field == null ? "The request is not valid" : "The value of " + field + " is not valid";
        return page(model, 400, "error.invalid", detail);
    }

    @ExceptionHandler(NotPermittedException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden(NotPermittedException e, Model model) {
        return page(model, 403, "error.forbidden", e.getMessage());
    }

    private static String page(Model model, int status, String titleKey, String detail) {
        model.addAttribute("status", status);
        model.addAttribute("titleKey", titleKey);
        model.addAttribute("detail", detail);
        return "error/problem";
    }
}
