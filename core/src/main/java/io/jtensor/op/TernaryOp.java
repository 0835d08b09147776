package io.jtensor.op;

/** Element-wise operations on three operands. */
public enum TernaryOp implements ElementwiseOp {
    /**
     * {@code np.where(cond, a, b)}: the first operand is a bool condition; the result takes
     * {@code a} where it is true and {@code b} elsewhere, in the promoted type of a and b.
     */
    WHERE("where");

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
