package io.jtensor.cpu;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides whether the Vector API fast paths can be used and loads them without ever touching a
 * {@code jdk.incubator.vector} class when the module is absent.
 *
 * <p>They are used when the module is in the boot layer (the JVM was started with
 * {@code --add-modules jdk.incubator.vector}), the system property {@value #PROPERTY} is not
 * {@code false}, and the hardware has vectors of at least 256 bits.
 */
final class SimdLoader {

    /** System property that turns the Vector API paths off when set to {@code false}. */
    static final String PROPERTY = "jtensor.cpu.vector";

    private static final Logger LOG = LoggerFactory.getLogger(SimdLoader.class);
    private static final String MODULE = "jdk.incubator.vector";

    private SimdLoader() {
    }

    /** The outcome: the fast paths (or null) and, when null, why. */
    record Result(Simd simd, String reason) {
    }

    /** Loads the Vector API fast paths if they may and can be used. */
    static Result load() {
        if ("false".equalsIgnoreCase(System.getProperty(PROPERTY, "true").trim())) {
            return new Result(null, "Vector API off (" + PROPERTY + "=false)");
        }
        if (ModuleLayer.boot().findModule(MODULE).isEmpty()) {
            return new Result(null, "Vector API absent");
        }
        try {
            Class<?> type = Class.forName("io.jtensor.cpu.VectorSimd", true, SimdLoader.class.getClassLoader());
            Simd simd = (Simd) type.getDeclaredConstructor().newInstance();
            return new Result(simd, null);
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            LOG.debug("jtensor cpu backend: Vector API unusable", cause);
            return new Result(null, "Vector API unusable: " + cause.getMessage());
        }
    }
}
