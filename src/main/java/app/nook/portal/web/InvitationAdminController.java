package app.nook.portal.web;

import app.nook.customer.Customers;
import app.nook.portal.NewInvitation;
import app.nook.portal.PortalInvitations;
import app.nook.staff.Actor;
import app.nook.staff.CurrentActor;
import java.time.ZoneId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Lets staff create a customer's invitation link and shows it once, ready to copy. */
@Controller
class InvitationAdminController {

    private final PortalInvitations invitations;
    private final Customers customers;

    InvitationAdminController(PortalInvitations invitations, Customers customers) {
        this.invitations = invitations;
        this.customers = customers;
    }

    @PostMapping("/customers/{id}/portal-invitation")
    String create(@PathVariable long id, Model model) {
        Actor actor = CurrentActor.get();
        NewInvitation invitation = invitations.create(id, actor);

        String link = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/portal/invitation/{token}")
                .buildAndExpand(invitation.token())
                .toUriString();
        model.addAttribute("customer", customers.get(id, actor.locations()));
        model.addAttribute("link", link);
        model.addAttribute("expiresAt", invitation.expiresAt().atZone(ZoneId.systemDefault()));
        return "portal/invitation-link";
    }
}
