package io.jtensor;

import io.jtensor.backend.Backend;

import java.util.Deque;

/** The scope of {@link Np#useBackend(Backend)}: closing it restores the previous backend. */
public final class BackendScope implements AutoCloseable {

    private final Backend backend;
    private final Deque<Backend> stack;
    private boolean closed;

    BackendScope(Backend backend, Deque<Backend> stack) {
        this.backend = backend;
        this.stack = stack;
    }

    /** The backend this scope made current. */
    public Backend backend() {
        return backend;
    }

    /** Restores the backend that was current before; idempotent. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            stack.remove(backend);
        }
    }
}
