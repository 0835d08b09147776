package io.jtensor.op;

/** Element-wise operations on three operands. */
public enum TernaryOp implements ElementwiseOp {
    /**
     * {@code np.where(cond, a, b)}: the first operand is a bool condition; the result takes
     * {@code a} where it is true and {@code b} elsewhere, in the promoted type of a and b.
     */
    WHERE("where"),
    /**
     * {@code np.clip(x, lo, hi)} with both bounds, operands (x, lo, hi) in the compute type: NumPy's
     * {@code minimum(hi, maximum(lo, x))} in one pass, so x is kept on a tie with a bound (the sign
     * of a zero x survives), a NaN in x, lo or hi propagates with the payload the two steps give
     * (lo's over x's, hi's over both), and lo > hi gives hi. Bool is {@code (x | lo) & hi}.
     */
    CLIP("clip");

    private final String numpyName;

    TernaryOp(String numpyName) {
        this.numpyName = numpyName;
    }

    @Override
    public String numpyName() {
        return numpyName;
    }

    @Override
    public int arity() {
        return 3;
    }

    @Override
    public boolean givesBool() {
        return false;
    }

    @Override
    public boolean definedOnFloats() {
        return true;
    }
}
