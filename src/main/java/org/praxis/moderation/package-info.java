/**
 * Keeping communities safe: codes of conduct, reports and moderators' actions with their audit
 * log, and the guard that spots personal data before it is published.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "shared :: *", "policy", "account",
        "membership", "community", "discussion", "library", "calendar"})
package org.praxis.moderation;
