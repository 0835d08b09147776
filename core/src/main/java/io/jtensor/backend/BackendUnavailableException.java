package io.jtensor.backend;

/** Thrown when a backend is asked for by name but cannot be used here; the message says why. */
public final class BackendUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with the reason and the probe's failure, if any. */
    public BackendUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
