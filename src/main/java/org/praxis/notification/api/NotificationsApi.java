package org.praxis.notification.api;

import java.util.HashMap;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.praxis.notification.Delivery;
import org.praxis.notification.NotificationCenter;
import org.praxis.notification.NotificationKind;
import org.praxis.notification.NotificationPage;
import org.praxis.notification.Preferences;
import org.praxis.notification.PreferencesView;
import org.praxis.policy.Actor;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The member's notifications and e-mail preferences over the API. */
@RestController
@Tag(name = "Notifications", description = "What happened that concerns me, and how I am told")
class NotificationsApi {

    private final NotificationCenter center;
    private final Preferences preferences;

    NotificationsApi(NotificationCenter center, Preferences preferences) {
        this.center = center;
        this.preferences = preferences;
    }

    @GetMapping(path = "/api/v1/notifications", produces = "application/json")
    @Operation(summary = "My notifications, newest first (30 at a time; pass olderThan as before for more), in the request's language")
    NotificationPage list(Actor actor, @RequestParam(required = false) Long community, @RequestParam(required = false) Long before) {
        return center.page(actor, community, before, LocaleContextHolder.getLocale());
    }

    /** How many of my notifications are unread. */
    public record UnreadCount(long unread) {
    }

    @GetMapping(path = "/api/v1/notifications/count", produces = "application/json")
    @Operation(summary = "How many of my notifications are unread (what the bell shows)")
    UnreadCount count(Actor actor) {
        return new UnreadCount(center.unreadCount(actor));
    }

    @PostMapping("/api/v1/notifications/{id}/read")
    @Operation(summary = "Mark one of my notifications read")
    ResponseEntity<Void> read(Actor actor, @PathVariable long id) {
        center.markRead(actor, id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/notifications/read-all")
    @Operation(summary = "Mark all my notifications read, or those of one community")
    ResponseEntity<Void> readAll(Actor actor, @RequestParam(required = false) Long community) {
        center.markAllRead(actor, community);
        return ResponseEntity.noContent().build();
    }

    @GetMapping(path = "/api/v1/me/notification-preferences", produces = "application/json")
    @Operation(summary = "My e-mail preferences: per kind for all communities, then per community (all null: as for all communities)")
    PreferencesView preferences(Actor actor) {
        return preferences.view(actor);
    }

    @PutMapping(path = "/api/v1/me/notification-preferences", consumes = "application/json", produces = "application/json")
    @Operation(summary = "Replace my e-mail preferences; communities I do not belong to are ignored")
    PreferencesView save(Actor actor, @RequestBody PreferencesView body) {
        Map<String, String> form = new HashMap<>();
        if (body.platformWide() != null) {
            body.platformWide().forEach((kind, delivery) -> {
                if (kind != null && delivery != null) {
                    form.put("d." + kind.name(), delivery.name());
                }
            });
        }
        if (body.communities() != null) {
            java.util.Set<Long> following = new java.util.HashSet<>();
            preferences.view(actor).communities().stream().filter(c -> Boolean.TRUE.equals(c.following()))
                    .forEach(c -> following.add(c.id()));
            for (PreferencesView.CommunityChoice c : body.communities()) {
                form.put("c." + c.id() + ".ANY", name(c.all()));
                for (NotificationKind kind : NotificationKind.values()) {
                    if (kind.isChoosable()) {
                        form.put("c." + c.id() + "." + kind.name(), name(c.byKind() == null ? null : c.byKind().get(kind)));
                    }
                }
                if (c.following() == null ? following.contains(c.id()) : c.following()) {
                    form.put("f." + c.id(), "on");
                }
            }
        }
        preferences.save(actor, form);
        return preferences.view(actor);
    }

    private static String name(Delivery delivery) {
        return delivery == null ? "INHERIT" : delivery.name();
    }
}
