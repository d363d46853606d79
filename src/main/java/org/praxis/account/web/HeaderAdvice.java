package org.praxis.account.web;

import org.praxis.account.MemberBadge;
import org.praxis.account.Profiles;
import org.praxis.account.security.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in person (or nobody) in every page's model, for the header. */
@ControllerAdvice(annotations = Controller.class)
class HeaderAdvice {

    private final Profiles profiles;

    HeaderAdvice(Profiles profiles) {
        this.profiles = profiles;
    }

    @ModelAttribute("me")
    MemberBadge me(jakarta.servlet.http.HttpServletRequest request) {
        if (org.praxis.shared.web.Problems.isApi(request)) {
            return null;
        }
        return profiles.badge(CurrentActor.get()).orElse(null);
    }
}
