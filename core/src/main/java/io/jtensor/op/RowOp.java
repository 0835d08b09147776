package io.jtensor.op;

/**
 * Numerically stable operations over the rows of a matrix (the caller moves the axis of interest
 * last). Each subtracts the row maximum before exponentiating, so logits of ±1000 give finite,
 * correct results; a row whose maximum is ±Inf or NaN gives NaN where NumPy/SciPy do.
 */
public enum RowOp {
    /** exp(x - max) / sum(exp(x - max)) per row. */
    SOFTMAX("softmax"),
    /** x - max - log(sum(exp(x - max))) per row. */
    LOG_SOFTMAX("log_softmax"),
    /** max + log(sum(exp(x - max))): one value per row. */
    LOG_SUM_EXP("logsumexp");

    private final String numpyName;

    RowOp(String numpyName) {
        this.numpyName = numpyName;
    }

    /** The SciPy name ({@code scipy.special.softmax} and friends). */
    public String numpyName() {
        return numpyName;
    }

    /** True when the op gives one value per row rather than a full row. */
    public boolean reducesRow() {
        return this == LOG_SUM_EXP;
    }
}
