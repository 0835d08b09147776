package io.jtensor;

/**
 * A linear-algebra function met a matrix it cannot handle: a singular matrix given to
 * {@code inv} or {@code solve}, a matrix that is not positive definite given to {@code cholesky}
 * ({@code numpy.linalg.LinAlgError}). It is an {@link IllegalArgumentException}, as every other
 * bad argument to jtensor is, so code that already catches those keeps working; catch this class
 * to tell a numerically unusable matrix from a wrong shape or type.
 */
public final class LinAlgException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** An exception with the given message, which names the op and the offending shape. */
    public LinAlgException(String message) {
        super(message);
    }
}
