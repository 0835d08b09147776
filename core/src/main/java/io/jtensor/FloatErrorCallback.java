package io.jtensor;

/**
 * The handler behind the {@link FloatErrorMode#CALL call} and {@link FloatErrorMode#LOG log}
 * modes, NumPy's {@code np.seterrcall} object: {@link #call} receives each category met (a
 * lambda suffices for 'call'); {@link #write} receives the 'log' mode's message and must be
 * implemented for it (or use {@link #writingTo}).
 */
@FunctionalInterface
public interface FloatErrorCallback {

    /**
     * Called once per category met whose mode is 'call', in NumPy's order (divide, over, under,
     * invalid), on the thread that ran the op.
     *
     * @param type  NumPy's name of the category: "divide by zero", "overflow", "underflow" or "invalid value"
     * @param flags the categories found in the op as NumPy's bit mask (divide 1, over 2, under 4, invalid 8)
     */
    void call(String type, int flags);

    /**
     * Receives the 'log' mode's message, e.g. {@code "Warning: divide by zero encountered in divide\n"}.
     *
     * @throws IllegalStateException unless overridden (NumPy's "log specified for ... but no object with write method found")
     */
    default void write(String message) {
        throw new IllegalStateException("seterrcall: the float error mode 'log' needs a callback with a write method "
                + "(override FloatErrorCallback.write or use FloatErrorCallback.writingTo); message was: " + message.strip());
    }

    /** A callback whose {@link #write} appends each 'log' message to {@code sink} and whose {@link #call} does nothing. */
    static FloatErrorCallback writingTo(Appendable sink) {
        return new FloatErrorCallback() {
            @Override
            public void call(String type, int flags) {
            }

            @Override
            public void write(String message) {
                try {
                    sink.append(message);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException("seterrcall: writing a float error message failed", e);
                }
            }
        };
    }
}
