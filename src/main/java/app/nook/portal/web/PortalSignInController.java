package app.nook.portal.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The portal's sign-in page; Spring Security handles the form it posts. */
@Controller
class PortalSignInController {

    @GetMapping("/portal/login")
    String signIn() {
        return "portal/login";
    }
}
