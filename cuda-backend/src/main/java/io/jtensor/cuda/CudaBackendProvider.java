package io.jtensor.cuda;

import io.jtensor.backend.Backend;
import io.jtensor.backend.BackendProvider;

import java.util.List;

/**
 * Service-loader entry point of the CUDA backend ({@code "cuda"}), priority {@value #PRIORITY}:
 * above OpenCL (200) and the CPU backend (100), so a machine with an NVIDIA GPU uses it by default.
 *
 * <p>The driver, the device and NVRTC are probed once per JVM. Any {@link Throwable} is kept and
 * rethrown by {@link #create()}, so {@code Backends} reports the reason: without an NVIDIA driver
 * JCuda's first touch throws {@link UnsatisfiedLinkError} ({@code libcuda.so.1}) and every later
 * touch {@link NoClassDefFoundError}, which is why the probe runs only once; with a driver but no
 * GPU {@code cuInit} returns 100; without NVRTC the reason lists every folder searched.
 */
public final class CudaBackendProvider implements BackendProvider {

    /** Default-selection priority. */
    public static final int PRIORITY = 300;

    private static final class Probe {
        static final Object RESULT = probe();

        private static Object probe() {
            try {
                return new CudaBackend("cuda", CudaDevice.open(() -> Nvrtc.load(NvrtcLocator.fromSystem().locate())));
            } catch (Throwable t) {
                return explain(t);
            }
        }
    }

    /** Creates the provider; the device is probed on first use. */
    public CudaBackendProvider() {
    }

    @Override
    public String name() {
        return "cuda";
    }

    @Override
    public int priority() {
        return PRIORITY;
    }

    @Override
    public Backend create() throws Exception {
        return unwrap(Probe.RESULT);
    }

    /**
     * The probe's failure with a first sentence a user can act on; the original stays the cause.
     * A missing driver and a missing JCuda class become {@link IllegalStateException}s saying so,
     * other failures (no device, no NVRTC, a bad {@code jtensor.cuda.device}) already say it.
     */
    static Throwable explain(Throwable failure) {
        return switch (failure) {
            case UnsatisfiedLinkError e -> new IllegalStateException("no NVIDIA driver: JCuda's driver binding could "
                    + "not be loaded, it needs libcuda.so.1 (" + essence(e.getMessage()) + ")", e);
            case NoClassDefFoundError e -> new IllegalStateException("JCuda is unusable: " + e.getMessage()
                    + " (jcuda and jcuda-natives for this OS must be on the class path, and its native library loaded)", e);
            default -> failure;
        };
    }

    /**
     * The line of a (multi-line) JCuda link error that says what is missing, e.g.
     * {@code /tmp/libJCudaDriver-12.6.0-linux-x86_64.so: libcuda.so.1: cannot open shared object file};
     * else its first line.
     */
    static String essence(String message) {
        if (message == null) {
            return "no message";
        }
        List<String> lines = message.lines().map(String::trim).filter(l -> !l.isEmpty()).toList();
        return lines.stream().filter(l -> l.contains("cannot open shared object file")).reduce((a, b) -> b)
                .map(l -> l.replaceFirst("^java\\.lang\\.UnsatisfiedLinkError: ", ""))
                .orElse(lines.isEmpty() ? message : lines.getFirst());
    }

    /** The backend a probe produced, or its failure rethrown as it was. */
    static Backend unwrap(Object probeResult) throws Exception {
        return switch (probeResult) {
            case Backend backend -> backend;
            case Exception e -> throw e;
            case Error e -> throw e;
            default -> throw new IllegalStateException("unexpected CUDA probe result " + probeResult);
        };
    }
}
