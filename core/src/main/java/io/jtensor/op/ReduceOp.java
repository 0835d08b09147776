package io.jtensor.op;

/**
 * Reductions over one or more axes.
 *
 * <p>Result types follow NumPy: {@code SUM} and {@code PROD} of bool or int32 give int64;
 * {@code MEAN} and {@code VAR} of integers give float64; {@code MAX}/{@code MIN} keep the type;
 * {@code ARGMAX}/{@code ARGMIN} give int64 (the flat C-order index within the reduced axes, first
 * occurrence wins); {@code ALL}/{@code ANY} give bool. NaN propagates through every floating-point
 * reduction; {@code ARGMAX}/{@code ARGMIN} return the first NaN's index.
 *
 * <p>Empty input: {@code SUM} is 0, {@code PROD} 1, {@code ALL} true, {@code ANY} false,
 * {@code MEAN} and {@code VAR} NaN; reductions without identity ({@code MAX}, {@code MIN},
 * {@code ARGMAX}, {@code ARGMIN}) over a zero-length axis are an error when the result is
 * non-empty. Floating-point sums are pairwise (error O(log n) ULP), as NumPy's.
 */
public enum ReduceOp {
    /** Sum; identity 0. */
    SUM("sum", true),
    /** Product; identity 1. */
    PROD("prod", true),
    /** Maximum; no identity. */
    MAX("max", false),
    /** Minimum; no identity. */
    MIN("min", false),
    /** Index of the maximum; no identity. */
    ARGMAX("argmax", false),
    /** Index of the minimum; no identity. */
    ARGMIN("argmin", false),
    /** Arithmetic mean (pairwise sum divided by the count). */
    MEAN("mean", true),
    /** Variance with a delta degrees of freedom (two-pass: mean, then squared deviations). */
    VAR("var", true),
    /** True when every element is non-zero; identity true. */
    ALL("all", true),
    /** True when any element is non-zero; identity false. */
    ANY("any", true);

    private final String numpyName;
    private final boolean definedOnEmpty;

    ReduceOp(String numpyName, boolean definedOnEmpty) {
        this.numpyName = numpyName;
        this.definedOnEmpty = definedOnEmpty;
    }

    /** The NumPy name, e.g. {@code "argmax"}. */
    public String numpyName() {
        return numpyName;
    }

    /** False for the reductions that have no identity and so fail on a zero-length axis. */
    public boolean definedOnEmpty() {
        return definedOnEmpty;
    }

    /** True for {@code ARGMAX} and {@code ARGMIN}. */
    public boolean isArg() {
        return this == ARGMAX || this == ARGMIN;
    }
}
