package io.jtensor.backend;

import java.util.Optional;

/**
 * Whether one backend found on the class path can be used, and if not, why.
 *
 * @param name      the backend's short name
 * @param priority  its default-selection priority
 * @param backend   the backend, when available
 * @param reason    why it is unavailable (empty when available)
 * @param failure   the probe's exception, when there was one
 */
public record BackendStatus(String name, int priority, Optional<Backend> backend, String reason,
                            Optional<Throwable> failure) {

    /** True when the backend can be used. */
    public boolean available() {
        return backend.isPresent();
    }
}
