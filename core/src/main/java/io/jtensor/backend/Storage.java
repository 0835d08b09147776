package io.jtensor.backend;

/**
 * A backend's block of memory holding the elements of one or more tensors (views share one).
 *
 * <p>{@code core} counts the tensors that use a storage and calls {@link #release()} exactly once,
 * when the last of them is closed or garbage collected. A backend never releases a storage itself.
 */
public interface Storage {

    /** Size of the block in bytes. */
    long byteSize();

    /** Frees the memory. Called once, possibly from a {@link java.lang.ref.Cleaner} thread. */
    void release();
}
