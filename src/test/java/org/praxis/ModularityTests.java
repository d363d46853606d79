package org.praxis;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Modules only use each other's public face, and never in a cycle. */
class ModularityTests {

    @Test
    void modulesRespectTheirBoundaries() {
        ApplicationModules.of(PraxisApplication.class).verify();
    }
}
