package org.praxis.community.web;

import org.praxis.community.CommunityCatalog;
import org.praxis.policy.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Staff overview of every community. */
@Controller
class StaffCommunitiesController {

    private final CommunityCatalog catalog;

    StaffCommunitiesController(CommunityCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/staff/communities")
    String overview(Actor actor, @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
                    Model model) {
        model.addAttribute("results", catalog.overview(actor, q, page));
        model.addAttribute("q", q);
        return "staff/communities";
    }
}
