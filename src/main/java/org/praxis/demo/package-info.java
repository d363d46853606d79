/** Demo data: with --praxis.demo=true an empty platform is filled with people and communities to explore. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "policy", "account", "community", "membership", "discussion", "library", "calendar"})
package org.praxis.demo;
