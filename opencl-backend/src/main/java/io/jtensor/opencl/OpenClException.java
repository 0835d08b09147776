package io.jtensor.opencl;

/** An OpenCL call failed; the message names the op, the OpenCL error and the device. */
public final class OpenClException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception. */
    public OpenClException(String message, Throwable cause) {
        super(message, cause);
    }
}
