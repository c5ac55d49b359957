package app.nook.system.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The settings hub: a list of links to each settings page. */
@Controller
class SettingsController {

    @GetMapping("/settings")
    String hub() {
        return "settings/index";
    }
}
