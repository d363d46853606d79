/**
 * Communities: creation, privacy and status, the landing page and its tabs, the directory,
 * and the membership pages (join, requests, members) built on the membership module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "shared :: *", "policy", "membership", "account"})
package org.praxis.community;
