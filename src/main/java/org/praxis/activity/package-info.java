/**
 * Activity streams: what happened in a community (its Home tab) and in all of a member's
 * communities (their home page), filtered by the access policy when read.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "shared :: *", "policy", "membership",
        "community", "account", "discussion"})
package org.praxis.activity;
