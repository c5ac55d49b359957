package app.nook.staff.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The staff sign-in page; Spring Security handles the form it posts. */
@Controller
class SignInController {

    @GetMapping("/login")
    String signIn() {
        return "staff/login";
    }
}
