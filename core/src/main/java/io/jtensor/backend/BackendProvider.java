package io.jtensor.backend;

/**
 * The {@link java.util.ServiceLoader} entry point of a backend module
 * ({@code META-INF/services/io.jtensor.backend.BackendProvider}).
 *
 * <p>{@link #create()} probes native libraries and devices; any {@link Throwable} it throws (an
 * {@link UnsatisfiedLinkError} for a missing driver, say) marks the backend unavailable, and its
 * message is kept as the reason.
 */
public interface BackendProvider {

    /** The backend's short name, e.g. {@code "cuda"}. */
    String name();

    /** Higher wins when {@link Backends#defaultBackend()} chooses: CUDA 300, OpenCL 200, CPU 100. */
    int priority();

    /** Creates the backend, or throws why it cannot be used on this machine. */
    Backend create() throws Exception;
}
