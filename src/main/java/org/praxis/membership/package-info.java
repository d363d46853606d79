/** Memberships and roles, join requests and bans of communities. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "shared :: *", "policy", "account"})
package org.praxis.membership;
