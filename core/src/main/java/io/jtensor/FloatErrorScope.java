package io.jtensor;

/**
 * The thread's floating-point error modes and callback set by {@link Np#errstate}, restored to
 * what they were before by {@link #close()}: NumPy's {@code with np.errstate(...)}. Use it with
 * try-with-resources on the thread that opened it; scopes nest.
 */
public final class FloatErrorScope implements AutoCloseable {

    private final FloatErrors previous;
    private final FloatErrorCallback previousCallback;
    private boolean closed;

    FloatErrorScope(FloatErrors previous, FloatErrorCallback previousCallback) {
        this.previous = previous;
        this.previousCallback = previousCallback;
    }

    /** The modes that were in force when the scope opened (and are again once it closes). */
    public FloatErrors previous() {
        return previous;
    }

    /** Restores the modes and callback in force when the scope opened; a second close does nothing. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            FloatErrorChecks.restore(previous, previousCallback);
        }
    }
}
