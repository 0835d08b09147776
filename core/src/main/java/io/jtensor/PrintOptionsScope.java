package io.jtensor;

/**
 * The scope of {@link Np#printOptions(PrintOptions)} (NumPy's {@code with np.printoptions(...)}):
 * closing it restores the options the thread had before.
 */
public final class PrintOptionsScope implements AutoCloseable {

    private final PrintOptions previous;
    private final Thread owner;
    private boolean closed;

    PrintOptionsScope(PrintOptions previous) {
        this.previous = previous;
        this.owner = Thread.currentThread();
    }

    /**
     * Restores the previous options; idempotent.
     *
     * @throws IllegalStateException when closed on another thread than the one that opened it
     *                               (the options are per thread)
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        if (Thread.currentThread() != owner) {
            throw new IllegalStateException("printOptions: the scope was opened on thread " + owner.getName()
                    + " and must be closed there (print options are per thread)");
        }
        closed = true;
        TensorFormat.setCurrent(previous);
    }
}
