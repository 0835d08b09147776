package io.jtensor.cuda;

/**
 * The GPU has not enough memory for an allocation even after the allocator's cache was freed. The
 * message gives the bytes asked, the device's free and total memory and what jtensor holds.
 */
public final class CudaOutOfMemoryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception. */
    public CudaOutOfMemoryException(String message) {
        super(message);
    }
}
