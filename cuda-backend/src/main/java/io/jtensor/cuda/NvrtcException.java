package io.jtensor.cuda;

/** NVRTC failed; the message names the program, the options, NVRTC's status and its log. */
public final class NvrtcException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception. */
    public NvrtcException(String message) {
        super(message);
    }
}
