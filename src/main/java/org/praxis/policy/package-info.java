/**
 * The access policy: the one place that answers "may this actor do this to that?", after
 * ACCESS-RULES.md.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.praxis.policy;
