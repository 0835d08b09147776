package io.jtensor.opencl;

import io.jtensor.backend.Backend;
import io.jtensor.backend.BackendProvider;

/**
 * Service-loader entry point of the OpenCL backend ({@code "opencl"}).
 *
 * <p>The device is probed once per JVM; any {@link Throwable} (JOCL's native library missing, no
 * ICD loader, no platform: error -1001, no device) is kept and rethrown by {@link #create()}, so
 * {@code Backends} reports the reason.
 *
 * <p>Priority: {@value #GPU_PRIORITY} on a GPU or accelerator, so it wins over the pure-Java CPU
 * backend (100); {@value #CPU_PRIORITY} on a CPU device (PoCL, Intel's CPU runtime), where the
 * pure-Java backend is at least as fast without kernel builds and so stays the default. Selecting
 * {@code opencl} explicitly ({@code -Djtensor.backend=opencl}) works either way.
 */
public final class OpenClBackendProvider implements BackendProvider {

    /** Priority when the chosen device is a GPU or an accelerator. */
    public static final int GPU_PRIORITY = 200;
    /** Priority when the chosen device is a CPU (below the CPU backend's 100). */
    public static final int CPU_PRIORITY = 50;

    private static final class Probe {
        static final Object RESULT = probe();

        private static Object probe() {
            try {
                return new OpenClBackend(OpenClDevice.open());
            } catch (UnsatisfiedLinkError e) {
                return new IllegalStateException("no loadable OpenCL library: JOCL could not load libOpenCL.so.1 "
                        + "(install an ICD loader such as ocl-icd-libopencl1, and a driver: the GPU vendor's, or "
                        + "pocl-opencl-icd for CPUs): " + e.getMessage(), e);
            } catch (Throwable t) {
                return t;
            }
        }
    }

    /** Creates the provider; the device is probed on first use. */
    public OpenClBackendProvider() {
    }

    @Override
    public String name() {
        return "opencl";
    }

    @Override
    public int priority() {
        return Probe.RESULT instanceof OpenClBackend backend && backend.isGpuOrAccelerator() ? GPU_PRIORITY
                : CPU_PRIORITY;
    }

    @Override
    public Backend create() throws Exception {
        return switch (Probe.RESULT) {
            case OpenClBackend backend -> backend;
            case Exception e -> throw e;
            case Error e -> throw e;
            default -> throw new IllegalStateException("unexpected OpenCL probe result " + Probe.RESULT);
        };
    }
}
