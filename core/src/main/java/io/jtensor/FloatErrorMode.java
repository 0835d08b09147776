package io.jtensor;

/**
 * What a floating-point error category does when an element-wise op meets it: NumPy's
 * {@code 'ignore'}, {@code 'warn'}, {@code 'raise'}, {@code 'call'}, {@code 'print'} and {@code 'log'}
 * (see {@link Np#seterr(FloatErrors)}).
 */
public enum FloatErrorMode {
    /** Nothing happens; no check runs for the category, so an op costs what it costs without checks. */
    IGNORE("ignore"),
    /** Logs NumPy's RuntimeWarning text ("RuntimeWarning: divide by zero encountered in divide") at WARN through SLF4J. */
    WARN("warn"),
    /** Throws {@link FloatingPointException} ("divide by zero encountered in divide") after the op has written its result. */
    RAISE("raise"),
    /** Calls the thread's {@link FloatErrorCallback#call} with the category's name and the flags found. */
    CALL("call"),
    /** Prints "Warning: divide by zero encountered in divide" to {@code System.err}, as NumPy prints to stderr. */
    PRINT("print"),
    /** Hands "Warning: divide by zero encountered in divide\n" to the thread's {@link FloatErrorCallback#write}. */
    LOG("log");

    private final String numpyName;

    FloatErrorMode(String numpyName) {
        this.numpyName = numpyName;
    }

    /** NumPy's name of the mode, e.g. {@code "ignore"}. */
    public String numpyName() {
        return numpyName;
    }

    /**
     * The mode NumPy names {@code name}.
     *
     * @throws IllegalArgumentException for any other name, listing the valid ones
     */
    public static FloatErrorMode of(String name) {
        for (FloatErrorMode mode : values()) {
            if (mode.numpyName.equals(name)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("seterr: invalid floating-point error mode '" + name
                + "' (valid: ignore, warn, raise, call, print, log)");
    }
}
