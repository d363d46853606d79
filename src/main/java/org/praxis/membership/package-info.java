/** Memberships and roles, join requests and bans of communities. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "policy"})
package org.praxis.membership;
