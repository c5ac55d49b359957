package app.nook.portal.web;

import app.nook.portal.PendingInvitation;
import app.nook.portal.PortalInvitations;
import app.nook.system.ConflictException;
import app.nook.system.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The page behind an invitation link, where a customer sets their portal password once. */
@Controller
class InvitationController {

    private final PortalInvitations invitations;

    InvitationController(PortalInvitations invitations) {
        this.invitations = invitations;
    }

    @GetMapping("/portal/invitation/{token}")
    String show(@PathVariable String token, Model model) {
        PendingInvitation invitation = invitations.find(token).orElseThrow(LinkGone::new);

        model.addAttribute("invitation", invitation);
        model.addAttribute("minLength", PortalInvitations.MIN_PASSWORD_LENGTH);
        return "portal/invitation";
    }

    @PostMapping("/portal/invitation/{token}")
    String accept(@PathVariable String token, @ModelAttribute PasswordForm form, Model model) {
        PendingInvitation invitation = invitations.find(token).orElseThrow(LinkGone::new);
        if (form.password() == null || !form.password().equals(form.confirmation())) {
            return again(model, invitation, "portal.invitation.mismatch", null);
        }

        try {
            invitations.accept(token, form.password());
        } catch (InvalidInputException e) {
            return again(model, invitation, null, e.getMessage());
        } catch (ConflictException e) {
            throw new LinkGone();
        }
        return "redirect:/portal/login?password-set";
    }

    @ExceptionHandler(LinkGone.class)
    @ResponseStatus(HttpStatus.GONE)
    String gone() {
        return "portal/invitation-gone";
    }

    private static String again(Model model, PendingInvitation invitation, String messageKey, String message) {
        model.addAttribute("invitation", invitation);
        model.addAttribute("minLength", PortalInvitations.MIN_PASSWORD_LENGTH);
        model.addAttribute("errorKey", messageKey);
        model.addAttribute("error", message);
        return "portal/invitation";
    }

    /** The link is unknown, used, expired, or its customer lost access. */
    static final class LinkGone extends RuntimeException {
        LinkGone() {
            super("The invitation link no longer works");
        }
    }
}
