package app.nook.search.web;

import app.nook.search.GlobalSearch;
import app.nook.staff.Actor;
import app.nook.staff.CurrentActor;
import app.nook.staff.Permission;
import app.nook.system.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The results page of the search box in the admin panel's header. */
@Controller
class SearchController {

    private final GlobalSearch search;

    SearchController(GlobalSearch search) {
        this.search = search;
    }

    @GetMapping("/search")
    String results(@RequestParam(name = "q", required = false) String query, Model model) {
        Actor actor = CurrentActor.get();
        actor.require(Permission.VIEW_CUSTOMERS);

        try {
            model.addAttribute("results", search.search(query, actor.locations()));
        } catch (InvalidInputException e) {
            model.addAttribute("tooLong", true);
        }
        model.addAttribute("maxLength", GlobalSearch.MAX_QUERY_LENGTH);
        return "search/results";
    }
}
