package app.nook.portal.web;

import app.nook.system.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Shows the portal's pages' errors in the portal's layout, ahead of the admin panel's error pages. A record that
 * does not belong to the customer is "not found", just like one that does not exist.
 */
@ControllerAdvice(
        assignableTypes = {PortalHomeController.class, PortalRecordsController.class, PortalCheckInController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class PortalErrors {

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "portal/not-found";
    }
}
