package io.jtensor;

import java.util.Objects;

/**
 * NumPy's ufunc keywords {@code out=}, {@code where=}, {@code dtype=} and {@code casting=} as one
 * value, taken by {@link Np#apply(io.jtensor.op.UnaryOp, Tensor, UfuncOptions)} and
 * {@link Np#apply(io.jtensor.op.BinaryOp, Tensor, Tensor, UfuncOptions)} for every unary and binary
 * ufunc token.
 *
 * <pre>{@code
 * // np.add(a, b, dtype=np.float64)
 * apply(BinaryOp.ADD, a, b, UfuncOptions.DEFAULT.withDtype(FLOAT64));
 * // np.multiply(x, 2, dtype='float32', casting='unsafe')
 * apply(BinaryOp.MULTIPLY, x, 2L, UfuncOptions.DEFAULT.withDtype(FLOAT32).withCasting("unsafe"));
 * // np.sqrt(x, out=o, casting='unsafe')
 * apply(UnaryOp.SQRT, x, UfuncOptions.DEFAULT.withOut(o).withCasting("unsafe"));
 * // np.divide(a, b, out=o, where=m, dtype=np.float32)
 * apply(BinaryOp.DIVIDE, a, b, new UfuncOptions(o, m, FLOAT32, "same_kind"));
 * }</pre>
 *
 * <p>{@code dtype} picks the loop, as NumPy's {@code signature=(None, ..., dtype)}: the op computes
 * in that type and gives it; the inputs are converted to it first and must cast to it under
 * {@code casting}, the result to {@code out}'s type likewise. Comparisons, logical ops and the
 * bool predicates take only {@code BOOL} (their loop is still chosen by the inputs), bitwise_count
 * only {@code UINT8}; a type the op has no loop for is refused, as NumPy's "No loop matching the
 * specified signature".
 *
 * @param out     the tensor to write into, or null for a new one (NumPy's {@code out=None})
 * @param where   a bool mask: out keeps its values where it is false (a new result holds 0 there);
 *                null writes everywhere
 * @param dtype   the loop's type, or null for NumPy's type resolution
 * @param casting one of NumPy's {@code "no"}, {@code "equiv"}, {@code "safe"}, {@code "same_kind"}
 *                (NumPy's default) and {@code "unsafe"}; applies to the inputs' conversion to the
 *                loop and to the result's to out
 */
public record UfuncOptions(Tensor out, Tensor where, DType dtype, String casting) {

    /** No out, no mask, NumPy's own loop and {@code casting="same_kind"}: the plain call. */
    public static final UfuncOptions DEFAULT = new UfuncOptions(null, null, null, "same_kind");

    /**
     * The keywords of one call (out, where and dtype may each be null).
     *
     * @throws NullPointerException     when casting is null
     * @throws IllegalArgumentException when casting is not one of NumPy's five rules
     */
    public UfuncOptions {
        TypePromotion.requireCasting("UfuncOptions", casting);
    }

    /** These options with {@code out=out}. */
    public UfuncOptions withOut(Tensor out) {
        return new UfuncOptions(out, where, dtype, casting);
    }

    /** These options with {@code where=where}. */
    public UfuncOptions withWhere(Tensor where) {
        return new UfuncOptions(out, where, dtype, casting);
    }

    /** These options with {@code dtype=dtype} (null: NumPy's type resolution). */
    public UfuncOptions withDtype(DType dtype) {
        return new UfuncOptions(out, where, dtype, casting);
    }

    /** These options with {@code casting=casting}. */
    public UfuncOptions withCasting(String casting) {
        return new UfuncOptions(out, where, dtype, Objects.requireNonNull(casting, "UfuncOptions: casting is null"));
    }

    /** Whether these are the plain call's keywords apart from out and where (no dtype, same_kind). */
    boolean onlyOutAndWhere() {
        return dtype == null && casting.equals("same_kind");
    }
}
