/**
 * The data generator: with --praxis.generate=S|L|XL an empty database is filled with a
 * realistic platform for load tests (written straight into the tables, not through the use
 * cases), and a fixture file names the accounts and discussions the benchmarks use.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "shared :: *", "policy", "library", "calendar"})
package org.praxis.generator;
