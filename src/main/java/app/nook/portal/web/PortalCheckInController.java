package app.nook.portal.web;

import app.nook.portal.PortalCheckIns;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Checking in and out from the portal's first page. */
@Controller
class PortalCheckInController {

    private final PortalCheckIns checkIns;

    PortalCheckInController(PortalCheckIns checkIns) {
        this.checkIns = checkIns;
    }

    @PostMapping("/portal/check-in")
    String checkIn(Principal principal, RedirectAttributes redirect) {
        boolean done = checkIns.checkIn(CurrentCustomer.id(principal));

        redirect.addFlashAttribute("checkInMessage", done ? "portal.checkIn.done" : "portal.checkIn.refused");
        return "redirect:/portal";
    }

    @PostMapping("/portal/check-out")
    String checkOut(Principal principal, RedirectAttributes redirect) {
        boolean done = checkIns.checkOut(CurrentCustomer.id(principal));

        redirect.addFlashAttribute("checkInMessage", done ? "portal.checkOut.done" : "portal.checkOut.refused");
        return "redirect:/portal";
    }
}
