package org.praxis.shared.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The page shown when someone tries too often. */
@Controller
class TooManyAttemptsController {

    /** Reached by forward from the rate-limit filter, whatever the method of the original request. */
    @RequestMapping("/too-many-attempts")
    @ResponseStatus(HttpStatus.TOO_MANY_REQUESTS)
    String tooManyAttempts(jakarta.servlet.http.HttpServletRequest request, org.springframework.ui.Model model) {
        Object wait = request.getAttribute("praxis.rateLimit.waitSeconds");
        long seconds = wait instanceof Long l ? l : 60;
        model.addAttribute("waitMinutes", Math.max(1, (seconds + 59) / 60));
        return "error/too-many-attempts";
    }
}
