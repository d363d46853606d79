/**
 * Accounts: sign-up, sign-in, passwords, profiles (display name or pseudonym), institutions,
 * the member directory, personal access tokens and staff administration of accounts.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "shared :: *", "policy"})
package org.praxis.account;
