package org.praxis.notification.web;

import jakarta.servlet.http.HttpServletRequest;

import org.praxis.notification.NotificationCenter;
import org.praxis.policy.Actor;
import org.praxis.shared.web.Problems;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in member's unread count in every page's model, for the bell in the header. */
@ControllerAdvice(annotations = Controller.class)
class BellAdvice {

    private final NotificationCenter center;

    BellAdvice(NotificationCenter center) {
        this.center = center;
    }

    @ModelAttribute("unreadNotifications")
    Long unread(Actor actor, HttpServletRequest request) {
        if (Problems.isApi(request) || !actor.signedIn()) {
            return null;
        }
        return center.unreadCount(actor);
    }
}
