/**
 * A community's files (members-only working documents, in folders, with versions), its tree of
 * pages, and the platform's public library of documents communities chose to share.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "shared :: *", "policy", "membership",
        "community", "account"})
package org.praxis.library;
