package io.jtensor;

import io.jtensor.op.ReduceOp;

import java.util.Objects;

/**
 * {@code out=} of NumPy's {@code quantile}, {@code percentile}, {@code nanquantile},
 * {@code nanpercentile} and {@code nanmedian}, with the casting each of NumPy's code paths applies:
 * <ul>
 *   <li>an interpolating method ({@code _lerp}'s add and subtract into out): out must be floating
 *       (same_kind from a float result); the second branch of the interpolation runs in out's type;</li>
 *   <li>a method that picks an element ({@code take(..., out=out)}): out's type must cast safely to
 *       x's (NumPy's take refuses otherwise), the element is cast into it unsafely;</li>
 *   <li>weights ({@code result[...] = ...}): any out, cast unsafely;</li>
 *   <li>the NaN-skipping functions ({@code out[...] = result}): any out, cast unsafely (NaN into an
 *       integer out is the type's minimum, as NumPy on x86-64); an empty x goes to nanmean's out,
 *       which must be floating for float x.</li>
 * </ul>
 * In the first three, a line holding NaN copies its NaN into out under same_kind, so an integer or
 * bool out is refused when some result is NaN. out always has exactly the result's shape.
 */
final class QuantilesInto {

    private QuantilesInto() {
    }

    /**
     * A quantile of one q ({@code scalar}) or of several into out (null: a new tensor), weights
     * null for the unweighted form, {@code skipNan} for nanquantile/nanpercentile. q is already
     * checked and scaled to [0, 1].
     */
    static Tensor quantile(String name, Tensor x, double[] q, boolean scalar, int[] axes, boolean keepdims,
                           String method, Tensor weights, boolean skipNan, Tensor out) {
        Objects.requireNonNull(x, () -> name + ": x is null");
        x.checkOpen(name);
        if (out == null) {
            return weights == null
                    ? Quantiles.quantile(name, x, q, scalar, axes, keepdims, QuantileMethod.of(name, method), skipNan)
                    : Quantiles.weighted(name, x, q, scalar, axes, keepdims, method, weights, skipNan);
        }
        checkOut(name, x, q, scalar, axes, keepdims, out);
        if (skipNan) {
            if (x.size() == 0) {
                return emptyNanInto(name, x, axes, keepdims, out);
            }
            Tensor result = weights == null
                    ? Quantiles.quantile(name, x, q, scalar, axes, keepdims, QuantileMethod.of(name, method), true)
                    : Quantiles.weighted(name, x, q, scalar, axes, keepdims, method, weights, true);
            return TypedReductions.into(name, result, out);
        }
        Tensor result;
        if (weights != null) {
            result = Quantiles.weighted(name, x, q, scalar, axes, keepdims, method, weights, false);
        } else {
            QuantileMethod m = QuantileMethod.of(name, method);
            if (m.discrete()) {
                if (!out.dtype.canCastSafelyTo(x.dtype)) {
                    throw new IllegalArgumentException(name + ": method '" + m + "' takes the elements into out, "
                            + "whose type " + out.dtype.numpyName() + " must cast safely to x's " + x.dtype.numpyName()
                            + " (NumPy's TypeError: cannot cast " + out.dtype.numpyName() + " to "
                            + x.dtype.numpyName() + " according to the rule 'safe'); pass an out of x's type");
                }
                result = Quantiles.quantile(name, x, q, scalar, axes, keepdims, m, false);
            } else {
                if (!out.dtype.isFloatingPoint()) {
                    throw new IllegalArgumentException(name + ": method '" + m + "' interpolates, so its float "
                            + "result cannot be stored in out's " + out.dtype.numpyName() + " (NumPy's UFuncTypeError: "
                            + "casting rule 'same_kind'); pass a float out, or a method that picks an element "
                            + "such as 'lower'");
                }
                result = Quantiles.quantile(name, x, q, scalar, axes, keepdims, m, false, out.dtype);
            }
        }
        TypedReductions.rejectNanInto(name, "a quantile", result, out);
        return TypedReductions.into(name, result, out);
    }

    /** {@code np.nanmedian(x, axis, out=out, keepdims=keepdims)}: any out, the median cast unsafely into it. */
    static Tensor nanmedian(Tensor x, int[] axes, boolean keepdims, Tensor out) {
        Objects.requireNonNull(x, "nanmedian: x is null");
        x.checkOpen("nanmedian");
        if (out == null) {
            return Quantiles.nanmedian(x, axes, keepdims);
        }
        TypedReductions.checkOut("nanmedian", x, out, TypedReductions.resultShape("nanmedian", x, axes, keepdims));
        if (x.size() == 0) {
            return emptyNanInto("nanmedian", x, axes, keepdims, out);
        }
        return TypedReductions.into("nanmedian", Quantiles.nanmedian(x, axes, keepdims), out);
    }

    /**
     * NumPy hands an empty x to {@code nanmean(x, axis, out=out, keepdims=keepdims)}, which refuses
     * an integer or bool out for float x (TypeError "If a is inexact, then out must be inexact").
     */
    private static Tensor emptyNanInto(String name, Tensor x, int[] axes, boolean keepdims, Tensor out) {
        return TypedReductions.nanStatistic(name, ReduceOp.MEAN, false, x, axes, keepdims, 0, null, out);
    }

    private static void checkOut(String name, Tensor x, double[] q, boolean scalar, int[] axes, boolean keepdims,
                                 Tensor out) {
        long[] reduced = TypedReductions.resultShape(name, x, axes, keepdims);
        long[] shape = reduced;
        if (!scalar) {
            shape = new long[reduced.length + 1];
            shape[0] = q.length;
            System.arraycopy(reduced, 0, shape, 1, reduced.length);
        }
        TypedReductions.checkOut(name, x, out, shape);
    }
}
