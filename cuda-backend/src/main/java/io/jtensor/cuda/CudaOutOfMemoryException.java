package io.jtensor.cuda;

/**
 * The GPU has not enough memory for an allocation even after the allocator's cache was freed. The
 * message gives the bytes asked, the device's free and total memory and what jtensor holds. It is an
 * {@link OutOfMemoryError}, as every backend's out-of-memory is: core catches it, runs a garbage
 * collection to free tensors that were never closed, retries once, and otherwise throws an
 * {@code OutOfMemoryError} naming the tensor, with this one as its cause.
 */
public final class CudaOutOfMemoryException extends OutOfMemoryError {

    private static final long serialVersionUID = 1L;

    /** Creates the exception. */
    public CudaOutOfMemoryException(String message) {
        super(message);
    }
}
