package io.jtensor.cuda;

/** A CUDA driver call failed; the message names the op, the CUDA error and the device. */
public final class CudaException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The {@code CUresult} code. */
    private final int status;

    /** Creates the exception for a failed driver call. */
    public CudaException(String message, int status) {
        super(message);
        this.status = status;
    }

    /** The driver's {@code CUresult} code, e.g. 2 for {@code CUDA_ERROR_OUT_OF_MEMORY}. */
    public int status() {
        return status;
    }
}
