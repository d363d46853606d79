/**
 * Discussions and announcements, their comments and replies, edits and their history,
 * unread markers, reactions, and the API to post them.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "shared :: *", "policy", "membership",
        "community", "account"})
package org.praxis.discussion;
