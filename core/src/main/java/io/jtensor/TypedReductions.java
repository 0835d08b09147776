package io.jtensor;

import io.jtensor.Elementwise.Arg;
import io.jtensor.internal.Axes;
import io.jtensor.internal.Broadcast;
import io.jtensor.op.BinaryOp;
import io.jtensor.op.ReduceOp;
import io.jtensor.op.ScanOp;
import io.jtensor.op.UnaryOp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * NumPy's {@code dtype=} and {@code out=} of the reductions and scans, composed as NumPy's own
 * {@code _methods.py} and {@code _nanfunctions_impl.py} run them: the input cast to the dtype (any
 * cast, as NumPy's), the existing reduction or scan, its result brought back to the dtype (integer
 * sums and products wrap the same either way, being exact modulo 2<sup>bits</sup>), the mean's and
 * variance's quotients computed in float64 and cast to the result type, and the result copied into
 * {@code out} with any cast (NumPy's reductions cast to out unsafely).
 */
final class TypedReductions {

    private TypedReductions() {
    }

    /**
     * sum, prod, mean or var of x with dtype and out (either may be null).
     *
     * @param name the user-facing op name for messages
     */
    static Tensor reduce(String name, ReduceOp op, Tensor x, int[] axes, boolean keepdims, int ddof, DType dtype,
                         Tensor out) {
        checkInput(name, x);
        if (dtype == null && out == null) {
            return Reductions.reduce(op, x, axes, keepdims, ddof, name);
        }
        long[] shape = resultShape(name, x, axes, keepdims);
        checkOut(name, x, out, shape);
        if (op == ReduceOp.VAR) {
            rejectBool(name, x, dtype);
        }
        Tensor result = switch (op) {
            case SUM, PROD -> accumulate(name, op, x, axes, keepdims, loopType(x, dtype, out));
            case MEAN -> mean(name, x, axes, keepdims, dtype, out);
            case VAR -> variance(name, x, axes, keepdims, ddof, dtype, out, null);
            default -> throw new IllegalArgumentException(name + ": takes no dtype (NumPy's has none)");
        };
        return into(name, result, out);
    }

    /**
     * std: the square root of {@link #reduce}'s var, in the result type. An integer or bool result
     * type is NumPy's 0-d case ({@code int32(sqrt(var))}, truncated); NumPy raises for any other
     * (its sqrt cannot write float64 into an integer array under same_kind), and so does this.
     */
    static Tensor std(Tensor x, int[] axes, boolean keepdims, int ddof, DType dtype, Tensor out) {
        checkInput("std", x);
        if (dtype == null && out == null) {
            return Reductions.std(x, axes, keepdims, ddof);
        }
        return composedStd("std", x, axes, keepdims, ddof, dtype, out, null);
    }

    /** std as the square root of {@link #variance} with a real ddof and an optional given mean. */
    private static Tensor composedStd(String name, Tensor x, int[] axes, boolean keepdims, double ddof, DType dtype,
                                      Tensor out, Tensor mean) {
        long[] shape = resultShape(name, x, axes, keepdims);
        checkOut(name, x, out, shape);
        rejectBool(name, x, dtype);
        DType declared = out != null ? out.dtype : dtype;
        if (declared != null && !declared.isFloatingPoint() && (out != null || shape.length > 0)) {
            throw new IllegalArgumentException(name + ": the square root of a " + declared.numpyName()
                    + " variance of shape " + Shape.toString(shape) + " cannot be stored as " + declared.numpyName()
                    + " (NumPy raises UFuncTypeError unless the result is a 0-d scalar); pass a floating dtype or out");
        }
        try (Tensor variance = variance(name, x, axes, keepdims, ddof, dtype, out, mean)) {
            Tensor root = rootIn(variance, declared != null ? declared : variance.dtype);
            return into(name, root, out);
        }
    }

    /**
     * var, std, nanvar or nanstd with NumPy 2's real {@code correction} (ddof) and {@code mean} (a
     * precomputed mean that broadcasts to x's shape, used instead of computing one; null: computed).
     * An integral correction without a mean takes the ddof forms' own path.
     */
    static Tensor varianceOf(String name, boolean root, boolean skipNaN, Tensor x, int[] axes, boolean keepdims,
                             double correction, DType dtype, Tensor out, Tensor mean) {
        checkInput(name, x);
        if (mean == null && correction == Math.rint(correction) && Math.abs(correction) <= Integer.MAX_VALUE) {
            int ddof = (int) correction;
            if (skipNaN) {
                return nanStatistic(name, ReduceOp.VAR, root, x, axes, keepdims, ddof, dtype, out);
            }
            if (dtype == null && out == null) {
                return root ? Reductions.std(x, axes, keepdims, ddof) : Reductions.reduce(ReduceOp.VAR, x, axes, keepdims,
                        ddof, name);
            }
            return root ? composedStd(name, x, axes, keepdims, ddof, dtype, out, null)
                    : reduce(name, ReduceOp.VAR, x, axes, keepdims, ddof, dtype, out);
        }
        if (mean != null) {
            mean.checkOpen(name);
            Elementwise.commonBackend(name, List.of(x, mean));
            if (!Broadcast.broadcastsTo(mean.shape, x.shape)) {
                throw new IllegalArgumentException(name + ": mean of shape " + Shape.toString(mean.shape)
                        + " does not broadcast to x's shape " + Shape.toString(x.shape)
                        + " (give the mean as computed with keepdims=true over the same axes)");
            }
        }
        if (skipNaN && x.dtype.isFloatingPoint()) {
            return nanComposed(name, ReduceOp.VAR, root, x, axes, keepdims, correction, dtype, out, mean);
        }
        if (root) {
            return composedStd(name, x, axes, keepdims, correction, dtype, out, mean);
        }
        long[] shape = resultShape(name, x, axes, keepdims);
        checkOut(name, x, out, shape);
        rejectBool(name, x, dtype);
        return into(name, variance(name, x, axes, keepdims, correction, dtype, out, mean), out);
    }

    /**
     * {@code op.reduce(x, axis, dtype=dtype, out=out)}: add and multiply as sum and prod with the
     * dtype; maximum and minimum of x cast to the dtype.
     */
    static Tensor ufuncReduce(BinaryOp op, Tensor x, int[] axes, boolean keepdims, DType dtype, Tensor out) {
        Objects.requireNonNull(op, "reduce: op is null");
        String name = op.numpyName() + ".reduce";
        checkInput(name, x);
        if (dtype == null && out == null) {
            return UfuncMethods.reduce(op, x, axes, keepdims);
        }
        checkOut(name, x, out, resultShape(name, x, axes, keepdims));
        Tensor result = switch (op) {
            case ADD -> accumulate(name, ReduceOp.SUM, x, axes, keepdims, loopType(x, dtype, out));
            case MULTIPLY -> accumulate(name, ReduceOp.PROD, x, axes, keepdims, loopType(x, dtype, out));
            case MAXIMUM, MINIMUM -> {
                try (Tensor cast = castTo(name, x, loopType(x, dtype, out))) {
                    yield UfuncMethods.reduce(op, cast, axes, keepdims);
                }
            }
            default -> throw new IllegalArgumentException(name + ": dtype= and out= are offered for add, multiply, "
                    + "maximum and minimum, not " + op.numpyName());
        };
        return into(name, result, out);
    }

    /**
     * cumsum or cumprod of x (flattened when axis is null) with dtype and out: x cast to the dtype,
     * scanned, and the running values brought back to the dtype (a bool dtype gives the running
     * logical or, and, as NumPy's add and multiply on bool).
     */
    static Tensor scan(String name, ScanOp op, Tensor x, Integer axis, DType dtype, Tensor out) {
        checkInput(name, x);
        if (dtype == null && out == null) {
            return Scanning.scan(op, x, axis);
        }
        // a 0-d x scans as its 1-element ravel, along axis 0 or -1 (NumPy)
        long[] shape = axis == null || x.ndim() == 0 ? new long[] {x.size()} : x.shape();
        if (axis != null) {
            Axes.normalize(name, axis, Math.max(x.ndim(), 1));
        }
        checkOut(name, x, out, shape);
        DType loop = loopType(x, dtype, out);
        Tensor result;
        try (Tensor cast = castTo(name, x, loop)) {
            result = Scanning.scan(op, cast, axis);
        }
        return into(name, retyped(name, result, loop), out);
    }

    /**
     * sum, prod, nansum or nanprod ({@code skipNaN}) with NumPy's {@code initial} and any of dtype,
     * out and where (each may be null): the elements outside where (and NaN for the nan forms)
     * replaced by the identity, the reduction in the loop type, then combined once with initial
     * (a bool loop: logical or / and), and copied into out. initial is converted to the loop type as
     * Python's int() or float() would (an integer beyond the type refused), or with out given, cast
     * unsafely into out's type first, as NumPy stores it there before reducing.
     */
    static Tensor reduceFrom(String name, ReduceOp op, boolean skipNaN, Tensor x, int[] axes, boolean keepdims,
                             DType dtype, Tensor out, double initial, Tensor where) {
        checkInput(name, x);
        checkOut(name, x, out, resultShape(name, x, axes, keepdims));
        long identity = op == ReduceOp.PROD ? 1 : 0;
        try (Temporaries t = new Temporaries()) {
            Tensor selected = where == null ? x : t.add(Elementwise.where(t.add(MaskedReductions.mask(name, x, where)),
                    Arg.of(x), Arg.of(identity)));
            Tensor clean = skipNaN ? t.add(withoutNaN(selected, identity)) : selected;
            Tensor total = t.add(accumulate(name, op, clean, axes, keepdims, loopType(x, dtype, out)));
            Tensor start;
            if (out == null) {
                MaskedReductions.checkInitial(name, total.dtype, "the reduction's type", initial);
                start = t.add(Creation.scalar(x.backend(), total.dtype, false, 0, initial));
            } else {
                // NumPy stores initial into out first, cast unsafely, and reduces from there
                start = t.add(t.add(Creation.scalar(x.backend(), out.dtype, false, 0, initial)).astype(total.dtype));
            }
            BinaryOp combine = total.dtype == DType.BOOL ? op == ReduceOp.SUM ? BinaryOp.LOGICAL_OR : BinaryOp.LOGICAL_AND
                    : op == ReduceOp.SUM ? BinaryOp.ADD : BinaryOp.MULTIPLY;
            Tensor combined = Elementwise.binary(combine, Arg.of(total), Arg.of(start), null, null);
            return into(name, combined, out);
        }
    }

    /**
     * max or min of x (from initial when not null, over where when not null) into out (any cast),
     * as NumPy's {@code maximum.reduce(x, out=out, initial=initial, where=where)}: NumPy stores each
     * line's start into out first (initial, or without it the line's first element: index 0 along
     * every reduced axis), cast unsafely, and reduces the rest with it in the type x and out promote
     * to; the result is cast unsafely into out. So {@code max(uint8 [200, 100], out=int8)} is 100
     * (200 went into out as -56) and {@code max([2.0, nan], out=int64)} is the type's minimum.
     */
    static Tensor extremeInto(String name, ReduceOp op, Tensor x, int[] axes, boolean keepdims, Tensor out,
                              Double initial, Tensor where) {
        checkInput(name, x);
        Objects.requireNonNull(out, () -> name + ": out is null");
        checkOut(name, x, out, resultShape(name, x, axes, keepdims));
        if (initial == null) {
            try (Tensor work = startedInOut(name, x, axes, out)) {
                return into(name, Reductions.reduce(op, work, axes, keepdims, 0, name), out);
            }
        }
        DType loop = DType.promote(out.dtype, x.dtype);
        try (Tensor cast = castTo(name, x, loop)) {
            double start;
            try (Tensor stored = Creation.scalar(x.backend(), out.dtype, false, 0, initial)) {
                start = stored.item();
            }
            return into(name, MaskedReductions.extreme(name, op, cast, axes, keepdims, start, where), out);
        }
    }

    /**
     * x in the type x and out promote to, each line's first element (index 0 along every reduced
     * axis) replaced by its round trip through out's type: NumPy's reduce into out stores that
     * element there before it reduces the rest with it.
     */
    static Tensor startedInOut(String name, Tensor x, int[] axes, Tensor out) {
        DType loop = DType.promote(out.dtype, x.dtype);
        if (loop == out.dtype) {
            return castTo(name, x, loop);
        }
        Tensor work = x.dtype == loop ? x.copy() : Elementwise.converted(name, x, loop);
        List<Tensor> views = new ArrayList<>();
        Tensor source = x;
        Tensor first = work;
        for (int axis : Axes.normalizeAll(name, axes, x.ndim())) {
            source = source.slice(axis, 0, 1, 1);
            first = first.slice(axis, 0, 1, 1);
            views.add(source);
            views.add(first);
        }
        try (Tensor stored = Elementwise.converted(name, source, out.dtype)) {
            Elementwise.copyInto(name, stored, first);
        } finally {
            views.forEach(Tensor::close);
        }
        return work;
    }

    /**
     * nanmax or nanmin (NumPy's fmax or fmin reduce) of x: with initial null into out (required),
     * the NaN-ignoring extreme, started in out as {@link #extremeInto} (as NumPy: an int64 first
     * element rounds once into a float32 out, a later one twice); with initial, the extreme of
     * initial and the non-NaN elements selected by where (null: all), into out when not null.
     */
    static Tensor nanExtreme(String name, ReduceOp op, Tensor x, int[] axes, boolean keepdims, Tensor out,
                             Double initial, Tensor where) {
        checkInput(name, x);
        if (initial == null) {
            Objects.requireNonNull(out, () -> name + ": out is null");
            checkOut(name, x, out, resultShape(name, x, axes, keepdims));
            try (Tensor work = startedInOut(name, x, axes, out)) {
                return into(name, NanReductions.reduce(op, name, work, axes, keepdims), out);
            }
        }
        if (x.dtype.isFloatingPoint() && Double.isNaN(initial)) {
            throw new IllegalArgumentException(name + ": initial NaN is not supported for " + x.dtype.numpyName()
                    + " x (NumPy's " + (op == ReduceOp.MAX ? "fmax" : "fmin") + " skips it); pass a number");
        }
        try (Tensor selected = MaskedReductions.notNan(name, x, where)) {
            return out == null ? MaskedReductions.extreme(name, op, x, axes, keepdims, initial, selected)
                    : extremeInto(name, op, x, axes, keepdims, out, initial, selected);
        }
    }

    /** all or any of x (over where when not null) into out: the bool result cast into out's type. */
    static Tensor logicalInto(String name, ReduceOp op, Tensor x, int[] axes, boolean keepdims, Tensor out,
                              Tensor where) {
        checkInput(name, x);
        Objects.requireNonNull(out, () -> name + ": out is null");
        checkOut(name, x, out, resultShape(name, x, axes, keepdims));
        Tensor result = where == null ? Reductions.reduce(op, x, axes, keepdims, 0, name)
                : MaskedReductions.reduce(name, op, x, axes, keepdims, 0, where);
        return into(name, result, out);
    }

    /**
     * argmax or argmin of x along axis (null: the flat index) into out: NumPy requires out's type
     * to cast safely to int64 (any integer type but uint64, or bool) and writes the indices into it
     * unsafely.
     */
    static Tensor argExtreme(String name, ReduceOp op, Tensor x, Integer axis, boolean keepdims, Tensor out) {
        return argExtreme(name, op, false, x, axis, keepdims, out);
    }

    /**
     * {@link #argExtreme(String, ReduceOp, Tensor, Integer, boolean, Tensor)}, or with {@code skipNaN}
     * NumPy's nanargmax/nanargmin: NaN replaced by -Inf or +Inf, an all-NaN line refused, then
     * argmax's out rules.
     */
    static Tensor argExtreme(String name, ReduceOp op, boolean skipNaN, Tensor x, Integer axis, boolean keepdims,
                             Tensor out) {
        checkInput(name, x);
        int[] axes = axis == null ? null : new int[] {axis};
        if (out != null) {
            checkOut(name, x, out, resultShape(name, x, axes, keepdims));
            if (!out.dtype.canCastSafelyTo(DType.INT64)) {
                throw new IllegalArgumentException(name + ": out's type " + out.dtype.numpyName()
                        + " does not cast safely to int64 (NumPy's TypeError); pass an integer out");
            }
        }
        return into(name, skipNaN ? NanReductions.argExtreme(op, name, x, axes, keepdims)
                : Reductions.reduce(op, x, axes, keepdims, 0, name), out);
    }

    /**
     * {@code np.median(x, axis, out=out, keepdims=keepdims)}: NumPy takes the mean of the middle
     * elements into out; computing the median first and casting it into out once gives the same
     * value (a truncation or rounding of the half-sum commutes with the halving). A NaN median
     * cannot go into an integer or bool out (NumPy's NaN check raises TypeError there).
     */
    static Tensor median(Tensor x, int[] axes, boolean keepdims, Tensor out) {
        checkInput("median", x);
        checkOut("median", x, out, resultShape("median", x, axes, keepdims));
        Tensor result = Quantiles.median(x, axes, keepdims);
        // NumPy's NaN check copies NaN into out under same_kind, which an integer or bool out refuses;
        // it skips an empty x, whose NaN means go into out unsafely (the integer type's minimum)
        if (x.size() > 0) {
            rejectNanInto("median", "a median", result, out);
        }
        return into("median", result, out);
    }

    /**
     * Refuses (closing result) a float result holding NaN for an integer or bool out: NumPy copies
     * a NaN line's answer into out with {@code copyto}'s same_kind casting, which raises there.
     *
     * @param what how the message names one result value, e.g. "a median"
     */
    static void rejectNanInto(String name, String what, Tensor result, Tensor out) {
        if (out == null || out.dtype.isFloatingPoint() || !result.dtype.isFloatingPoint()) {
            return;
        }
        try (Tensor nan = Elementwise.unary(UnaryOp.ISNAN, result, null, null);
             Tensor any = Reductions.reduce(ReduceOp.ANY, nan, null, false, 0, name)) {
            if (any.toBooleanArray()[0]) {
                result.close();
                throw new IllegalArgumentException(name + ": " + what + " is NaN and cannot be stored in out's "
                        + out.dtype.numpyName() + " (NumPy's TypeError: " + result.dtype.numpyName() + " to "
                        + out.dtype.numpyName() + " under 'same_kind')");
            }
        }
    }

    /** nansum or nanprod: NaN replaced by 0 or 1 (float x only), then {@link #reduce}. */
    static Tensor nanReduce(String name, ReduceOp op, Tensor x, int[] axes, boolean keepdims, DType dtype, Tensor out) {
        checkInput(name, x);
        if (dtype == null && out == null) {
            return NanReductions.reduce(op, name, x, axes, keepdims);
        }
        try (Tensor clean = withoutNaN(x, op == ReduceOp.PROD ? 1 : 0)) {
            return reduce(name, op, clean, axes, keepdims, 0, dtype, out);
        }
    }

    /** nancumsum or nancumprod: NaN replaced by 0 or 1 (float x only), then {@link #scan}. */
    static Tensor nanScan(String name, ScanOp op, Tensor x, Integer axis, DType dtype, Tensor out) {
        checkInput(name, x);
        if (dtype == null && out == null) {
            return NanReductions.scan(op, name, x, axis);
        }
        try (Tensor clean = withoutNaN(x, op == ScanOp.CUMPROD ? 1 : 0)) {
            return scan(name, op, clean, axis, dtype, out);
        }
    }

    /**
     * nanmean, nanvar or nanstd (var with {@code ddof}, std when {@code root}); integer and bool x
     * as mean, var and std. For float x NumPy requires a floating dtype and out.
     */
    static Tensor nanStatistic(String name, ReduceOp op, boolean root, Tensor x, int[] axes, boolean keepdims, int ddof,
                               DType dtype, Tensor out) {
        checkInput(name, x);
        if (dtype == null && out == null) {
            return op == ReduceOp.MEAN ? NanReductions.reduce(op, name, x, axes, keepdims)
                    : Statistics.nanvar(name, x, axes, keepdims, ddof, root);
        }
        if (!x.dtype.isFloatingPoint()) {
            return root ? std(x, axes, keepdims, ddof, dtype, out) : reduce(name, op, x, axes, keepdims, ddof, dtype, out);
        }
        for (DType given : new DType[] {dtype, out == null ? null : out.dtype}) {
            if (given != null && !given.isFloatingPoint()) {
                throw new IllegalArgumentException(name + ": x is " + x.dtype.numpyName() + ", so the "
                        + (given == dtype ? "dtype" : "out") + " must be floating, got " + given.numpyName()
                        + " (NumPy raises TypeError; valid: float16, float32, float64)");
            }
        }
        return nanComposed(name, op, root, x, axes, keepdims, ddof, dtype, out, null);
    }

    /**
     * nanmean, nanvar or nanstd of a float x (NumPy's {@code _nanfunctions_impl}): NaN replaced by
     * 0 and counted out; the mean divides the sum by the count; the variance takes the deviations
     * from the given mean (null: the per-line mean of the others) in x's type, sums their squares
     * and divides by the count less ddof (NaN where that is not positive).
     */
    private static Tensor nanComposed(String name, ReduceOp op, boolean root, Tensor x, int[] axes, boolean keepdims,
                                      double ddof, DType dtype, Tensor out, Tensor mean) {
        long[] shape = resultShape(name, x, axes, keepdims);
        checkOut(name, x, out, shape);
        DType type = out != null ? out.dtype : dtype != null ? dtype : x.dtype;
        try (Tensor nan = Elementwise.unary(UnaryOp.ISNAN, x, null, null);
             Tensor clean = Elementwise.where(nan, Arg.of(0.0), Arg.of(x));
             Tensor present = Elementwise.unary(UnaryOp.LOGICAL_NOT, nan, null, null);
             Tensor count = Reductions.reduce(ReduceOp.SUM, present, axes, true, 0, name)) {
            Tensor result;
            if (op == ReduceOp.MEAN) {
                try (Tensor total = accumulate(name, ReduceOp.SUM, clean, axes, true, loopType(clean, dtype, out));
                     Tensor inType = retyped(name, total, type)) {
                    result = quotient(inType, count, type);
                }
            } else {
                result = nanVariance(name, x, clean, nan, count, axes, ddof, dtype, out, type, root, mean);
            }
            return into(name, reshaped(result, shape), out);
        }
    }

    private static Tensor nanVariance(String name, Tensor x, Tensor clean, Tensor nan, Tensor count, int[] axes,
                                      double ddof, DType dtype, Tensor out, DType type, boolean root, Tensor given) {
        try (Tensor total = given != null ? null : accumulate(name, ReduceOp.SUM, clean, axes, true, dtype);
             Tensor mean = given != null ? given.reshape(given.shape()) : quotient(total, count, total.dtype);
             Tensor deviation = Elementwise.binary(BinaryOp.SUBTRACT, Arg.of(clean), Arg.of(mean), null, null);
             Tensor own = retyped(name, deviation, x.dtype);
             Tensor inside = Elementwise.where(nan, Arg.of(0.0), Arg.of(own));
             Tensor squares = Elementwise.binary(BinaryOp.MULTIPLY, Arg.of(inside), Arg.of(inside), null, null);
             Tensor sum = accumulate(name, ReduceOp.SUM, squares, axes, true, loopType(squares, dtype, out));
             Tensor inType = retyped(name, sum, type);
             Tensor freedom = Elementwise.binary(BinaryOp.SUBTRACT, Arg.of(count), Arg.of(ddof), null, null);
             Tensor variance = quotient(inType, freedom, type);
             Tensor bad = Elementwise.binary(BinaryOp.LESS_EQUAL, Arg.of(freedom), Arg.of(0L), null, null)) {
            Tensor marked = retyped(name, Elementwise.where(bad, Arg.of(Double.NaN), Arg.of(variance)), type);
            if (!root) {
                return marked;
            }
            try (marked) {
                return rootIn(marked, type);
            }
        }
    }

    /** The sum or product of x in dtype (null: the natural type); a bool dtype is logical or / and. */
    private static Tensor accumulate(String name, ReduceOp op, Tensor x, int[] axes, boolean keepdims, DType dtype) {
        if (dtype == DType.BOOL) {
            return Reductions.reduce(op == ReduceOp.SUM ? ReduceOp.ANY : ReduceOp.ALL, x, axes, keepdims, 0, name);
        }
        Tensor result;
        try (Tensor cast = castTo(name, x, dtype)) {
            result = Reductions.reduce(op, cast, axes, keepdims, 0, name);
        }
        return retyped(name, result, dtype);
    }

    /**
     * NumPy's {@code _mean}: the sum in the dtype (float64 for integer and bool x, float32 for
     * float16 x), stored in out's type when out is given, divided by the count in float64 and cast
     * back to that type.
     */
    private static Tensor mean(String name, Tensor x, int[] axes, boolean keepdims, DType dtype, Tensor out) {
        DType accumulator = !x.dtype.isFloatingPoint() && dtype == null ? DType.FLOAT64
                : x.dtype == DType.FLOAT16 && dtype == null ? DType.FLOAT32 : loopType(x, dtype, out);
        DType type = out != null ? out.dtype : dtype != null ? dtype : accumulator == DType.FLOAT32
                && x.dtype == DType.FLOAT16 ? DType.FLOAT16 : accumulator;
        try (Tensor sum = accumulate(name, ReduceOp.SUM, x, axes, keepdims, accumulator);
             Tensor inType = retyped(name, sum.reshape(sum.shape()), type)) {
            return quotient(inType, count(name, x, axes), type);
        }
    }

    /**
     * NumPy's {@code _var}: the mean as {@link #mean} (kept dims, in the dtype), the deviations
     * {@code x - mean} and their squares in the promoted type, their sum in the dtype (in out's type
     * when given), divided by max(count - ddof, 0) in float64 and cast back.
     */
    private static Tensor variance(String name, Tensor x, int[] axes, boolean keepdims, double ddof, DType dtype,
                                   Tensor out, Tensor given) {
        DType accumulator = dtype != null ? dtype : x.dtype.isFloatingPoint() ? null : DType.FLOAT64;
        long count = count(name, x, axes);
        try (Tensor total = given != null ? null : accumulate(name, ReduceOp.SUM, x, axes, true, accumulator);
             Tensor mean = given != null ? given.reshape(given.shape()) : quotient(total, count, total.dtype);
             Tensor deviation = Elementwise.binary(BinaryOp.SUBTRACT, Arg.of(x), Arg.of(mean), null, null);
             Tensor squares = Elementwise.binary(BinaryOp.MULTIPLY, Arg.of(deviation), Arg.of(deviation), null, null);
             Tensor sum = accumulate(name, ReduceOp.SUM, squares, axes, keepdims, loopType(squares, accumulator, out));
             Tensor inType = retyped(name, sum.reshape(sum.shape()), out != null ? out.dtype : dtype != null ? dtype
                     : given != null ? sum.dtype : naturalVarianceType(x.dtype))) {
            DType type = inType.dtype;
            return quotient(inType, Math.max(count - ddof, 0), type);
        }
    }

    /**
     * The type NumPy's reduce and accumulate loop runs in: the dtype when given, else with out the
     * promotion of out's type and x's (so a float16 x summed into a float64 out adds in float64, an
     * int8 x multiplied into a bool out multiplies in int8), else null (the op's own type).
     */
    private static DType loopType(Tensor x, DType dtype, Tensor out) {
        return dtype != null ? dtype : out != null ? DType.promote(out.dtype, x.dtype) : null;
    }

    private static DType naturalVarianceType(DType x) {
        return x.isFloatingPoint() ? x : DType.FLOAT64;
    }

    /** {@code numerator / count} computed in float64 and cast to type (NumPy's true_divide by an intp). */
    private static Tensor quotient(Tensor numerator, double count, DType type) {
        try (Tensor wide = numerator.astype(DType.FLOAT64);
             Tensor q = Elementwise.binary(BinaryOp.DIVIDE, Arg.of(wide), Arg.of(count), wide, null)) {
            return q.astype(type);
        }
    }

    /** {@code numerator / counts} (an int64 tensor) computed in float64 and cast to type. */
    private static Tensor quotient(Tensor numerator, Tensor counts, DType type) {
        try (Tensor wide = numerator.astype(DType.FLOAT64);
             Tensor q = Elementwise.binary(BinaryOp.DIVIDE, Arg.of(wide), Arg.of(counts), null, null)) {
            return q.astype(type);
        }
    }

    /** The square root of v in type: float types as sqrt does; an integer or bool type from float64, cast. */
    private static Tensor rootIn(Tensor v, DType type) {
        if (type.isFloatingPoint()) {
            try (Tensor typed = v.astype(type)) {
                return Elementwise.unary(UnaryOp.SQRT, typed, null, null);
            }
        }
        try (Tensor wide = v.astype(DType.FLOAT64);
             Tensor root = Elementwise.unary(UnaryOp.SQRT, wide, wide, null)) {
            return root.astype(type);
        }
    }

    private static long count(String name, Tensor x, int[] axes) {
        return Shape.size(Reductions.pick(x.shape, Axes.normalizeAll(name, axes, x.ndim())));
    }

    /** x itself (a view) when dtype is null or x's type, else a converted copy (any cast). */
    private static Tensor castTo(String name, Tensor x, DType dtype) {
        return dtype == null || dtype == x.dtype ? x.reshape(x.shape()) : Elementwise.converted(name, x, dtype);
    }

    /** result itself when dtype is null or its type, else a converted copy; result is closed then. */
    private static Tensor retyped(String name, Tensor result, DType dtype) {
        if (dtype == null || dtype == result.dtype) {
            return result;
        }
        try (result) {
            return Elementwise.converted(name, result, dtype);
        }
    }

    /** result reshaped to shape (the reduced axes dropped or kept); result is closed then. */
    private static Tensor reshaped(Tensor result, long[] shape) {
        try (result) {
            return result.reshape(shape);
        }
    }

    /** x with NaN replaced by fill (float x), else a view of x. */
    private static Tensor withoutNaN(Tensor x, double fill) {
        if (!x.dtype.isFloatingPoint()) {
            return x.reshape(x.shape());
        }
        try (Tensor nan = Elementwise.unary(UnaryOp.ISNAN, x, null, null)) {
            return Elementwise.where(nan, Arg.of(fill), Arg.of(x));
        }
    }

    /** result copied (any cast) into out and closed, returning out; result itself when out is null. */
    static Tensor into(String name, Tensor result, Tensor out) {
        if (out == null) {
            return result;
        }
        try (result) {
            Elementwise.copyInto(name, result, out);
        }
        return out;
    }

    private static void checkInput(String name, Tensor x) {
        Objects.requireNonNull(x, () -> name + ": x is null");
        x.checkOpen(name);
    }

    private static void rejectBool(String name, Tensor x, DType dtype) {
        if (dtype == DType.BOOL && x.dtype == DType.BOOL) {
            throw new IllegalArgumentException(name + ": dtype bool is not valid for bool x (the deviations x - mean "
                    + "would subtract bools, which NumPy raises TypeError for); pass a numeric dtype");
        }
    }

    /** The shape of the reduction of x over axes (null: all), the reduced axes kept as size 1 with keepdims. */
    static long[] resultShape(String name, Tensor x, int[] axes, boolean keepdims) {
        int[] reduced = Axes.normalizeAll(name, axes, x.ndim());
        if (keepdims) {
            long[] shape = x.shape();
            for (int a : reduced) {
                shape[a] = 1;
            }
            return shape;
        }
        return Reductions.pick(x.shape, Axes.complement(reduced, x.ndim()));
    }

    /**
     * An out= tensor: open, on x's backend, of exactly the result's shape (NumPy broadcasts no
     * reduction or scan output), any type (NumPy casts unsafely), its elements not overlapping.
     */
    static void checkOut(String name, Tensor x, Tensor out, long[] shape) {
        if (out == null) {
            return;
        }
        out.checkOpen(name);
        Elementwise.commonBackend(name, List.of(x, out));
        if (!Arrays.equals(out.shape, shape)) {
            throw new IllegalArgumentException(name + ": out has shape " + Shape.toString(out.shape)
                    + " but the result has shape " + Shape.toString(shape)
                    + " (out must match it exactly: the reduced axes dropped, or kept as size 1 with keepdims)");
        }
        Elementwise.checkWritable(name, "out", out);
    }
}
