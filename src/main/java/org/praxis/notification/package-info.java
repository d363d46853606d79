/**
 * Tells members what happened: in-app notifications and the bell, e-mail (at once or in daily
 * and weekly digests) through an outbox that retries, per-community newsletters, preferences and
 * one-click unsubscribe, and live updates to open pages (SSE).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "shared :: *", "policy", "membership",
        "community", "account", "discussion", "library", "calendar", "moderation"})
package org.praxis.notification;
