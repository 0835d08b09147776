package io.jtensor.cli;

/** Bad command-line arguments; the message says what is wrong and the caller prints the usage. */
final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    /** An error with the given description, e.g. "unknown command 'infos'". */
    UsageException(String message) {
        super(message);
    }
}
