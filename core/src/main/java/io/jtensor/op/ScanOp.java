package io.jtensor.op;

/**
 * Cumulative operations along one axis ({@code np.cumsum}, {@code np.cumprod}), one token each.
 *
 * <p>Element k of the result combines elements 0..k in order, left to right, in the result type
 * (int64 for integer and bool input, else the input's float type), so float results are NumPy's
 * bit for bit: {@code out[0] = x[0]} (a -0.0 stays -0.0), then {@code out[k] = out[k-1] op x[k]}.
 * Integers wrap around on overflow; NaN propagates from its position on.
 *
 * <p>{@link #expression()} is the C expression combining the running value {@code a} with the
 * next element {@code b}, for floating-point types.
 */
public enum ScanOp {
    /** Running sum. */
    CUMSUM("cumsum", "a + b"),
    /** Running product. */
    CUMPROD("cumprod", "a * b");

    private final String numpyName;
    private final String expression;

    ScanOp(String numpyName, String expression) {
        this.numpyName = numpyName;
        this.expression = expression;
    }

    /** The NumPy name, e.g. {@code "cumsum"}. */
    public String numpyName() {
        return numpyName;
    }

    /** The C expression of one step for floating-point types, in the running value a and the element b. */
    public String expression() {
        return expression;
    }
}
