package io.jtensor.conformance;

import io.jtensor.backend.Backend;
import io.jtensor.backend.Backends;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The conformance suite on the CPU backend, with the default (CPU) tolerances of
 * {@link ConformanceSuite}.
 *
 * <p>Surefire runs this class twice: once with {@code --add-modules jdk.incubator.vector} (the
 * Vector API fast paths) and once without it and with the system property
 * {@code jtensor.test.expectVectorApi=false} (the scalar fallback a user gets without the flag).
 * {@link #vectorApiUseMatchesTheJvm()} checks that each run really exercises the path it is meant
 * to, from the backend's {@code deviceDescription()}.
 */
class CpuConformanceTest extends ConformanceSuite {

    /** System property the second surefire execution sets to "false". */
    static final String EXPECT_VECTOR_API = "jtensor.test.expectVectorApi";

    @Override
    protected Backend backend() {
        return Backends.get("cpu");
    }

    @Test
    void isTheCpuBackend() {
        assertEquals("cpu", backend().name());
        assertTrue(backend().deviceDescription().startsWith("CPU"), backend().deviceDescription());
    }

    @Test
    void vectorApiUseMatchesTheJvm() {
        String description = backend().deviceDescription();
        boolean modulePresent = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
        if ("false".equals(System.getProperty(EXPECT_VECTOR_API))) {
            assertFalse(modulePresent, "this run is meant to lack jdk.incubator.vector");
            assertTrue(description.contains("Vector API absent"),
                    "without jdk.incubator.vector the backend says so: " + description);
        } else if (modulePresent) {
            assertFalse(description.contains("Vector API absent"),
                    "jdk.incubator.vector is in the boot layer, yet: " + description);
            assertTrue(description.contains("Vector API"), "the description names the Vector API status: "
                    + description);
        }
    }
}
