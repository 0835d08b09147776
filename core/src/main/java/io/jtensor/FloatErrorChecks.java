package io.jtensor;

import io.jtensor.FloatingPointException.Category;
import io.jtensor.op.BinaryOp;
import io.jtensor.op.ElementwiseOp;
import io.jtensor.op.FloatErrorRule;
import io.jtensor.op.ReduceOp;
import io.jtensor.op.ScanOp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * The thread's floating-point error modes ({@link Np#seterr}) and the checks that find each
 * category in an element-wise call from its inputs and result, per the op's {@link FloatErrorRule}.
 * The checks run as ordinary tensor ops, so every backend gets them; none runs while every mode is
 * {@link FloatErrorMode#IGNORE} (one thread-local read per call).
 */
final class FloatErrorChecks {

    private static final Logger LOG = LoggerFactory.getLogger(FloatErrors.class);

    /** The modes a thread starts with: all ignored, or NumPy's with {@code -Djtensor.floatErrors=numpy}. */
    static final FloatErrors THREAD_DEFAULT = "numpy".equals(System.getProperty("jtensor.floatErrors"))
            ? FloatErrors.NUMPY_DEFAULT : FloatErrors.IGNORE_ALL;

    private static final class State {
        FloatErrors modes = THREAD_DEFAULT;
        FloatErrorCallback callback;
    }

    // per thread, as NumPy keeps the state in a contextvar: a new thread starts from the default
    private static final ThreadLocal<State> STATE = ThreadLocal.withInitial(State::new);

    private FloatErrorChecks() {
    }

    static FloatErrors modes() {
        return STATE.get().modes;
    }

    static FloatErrorCallback callback() {
        return STATE.get().callback;
    }

    /** Sets the thread's modes; returns the previous ones. */
    static FloatErrors setModes(FloatErrors modes) {
        java.util.Objects.requireNonNull(modes, "seterr: settings are null");
        State state = STATE.get();
        FloatErrors previous = state.modes;
        state.modes = modes;
        return previous;
    }

    /** Sets the thread's callback (null: none); returns the previous one. */
    static FloatErrorCallback setCallback(FloatErrorCallback callback) {
        State state = STATE.get();
        FloatErrorCallback previous = state.callback;
        state.callback = callback;
        return previous;
    }

    static void restore(FloatErrors modes, FloatErrorCallback callback) {
        State state = STATE.get();
        state.modes = modes;
        state.callback = callback;
    }

    /**
     * Whether a call of {@code op} computing in {@code compute} with result type {@code result}
     * must be checked: some mode is not ignored and the op has a rule for that type (float16,
     * float32 and float64; integer types for the division ops).
     */
    static boolean active(ElementwiseOp op, DType compute, DType result) {
        if (STATE.get().modes.ignoresAll()) {
            return false;
        }
        FloatErrorRule rule = op.floatErrorRule();
        if (rule == null || compute != result) {
            return false;
        }
        return compute.isFloatingPoint()
                || (compute.isInteger() && rule.integers() != FloatErrorRule.Integers.NONE);
    }

    /**
     * Whether {@code op} over float {@code type} input must be checked: some mode is not ignored and
     * the op is a sum, product, mean or variance (max, min, argmax and argmin report nothing in NumPy).
     */
    static boolean reduceActive(ReduceOp op, DType type) {
        return type.isFloatingPoint() && !STATE.get().modes.ignoresAll()
                && (op == ReduceOp.SUM || op == ReduceOp.PROD || op == ReduceOp.MEAN || op == ReduceOp.VAR);
    }

    /** Whether a running sum or product over float {@code type} must be checked. */
    static boolean scanActive(ScanOp op, DType type) {
        return type.isFloatingPoint() && !STATE.get().modes.ignoresAll()
                && (op == ScanOp.CUMSUM || op == ScanOp.CUMPROD);
    }

    /**
     * The checks of NumPy's {@code add.reduce} and {@code multiply.reduce}, reported as "reduce",
     * found from the result {@code r} of reducing {@code x} over {@code axes}, per line: overflow
     * where finite elements give ±Inf or NaN (an overflowed partial sum met one of the other sign,
     * or an overflowed product met 0), invalid where elements none of which is NaN give NaN, and
     * for a product underflow where finite non-zero elements give a tiny result that is not exact
     * (float16 and float32 compare with the float64 product; a float64 tiny product counts as
     * inexact). The flags describe the result the backend computed: a partial sum that overflows
     * and is brought back by later terms in NumPy's order, but not in a backend's (a CPU float32
     * sum accumulates in float64), is not reported, nor is a product's tiny partial that later
     * factors bring back into the normal range.
     *
     * @param axes the normalized reduced axes; {@code r} has the kept axes only
     * @throws FloatingPointException for the first category met whose mode is 'raise'
     */
    static void checkReduction(ReduceOp op, Tensor x, int[] axes, Tensor r) {
        State state = STATE.get();
        FloatErrors modes = state.modes;
        int flags;
        state.modes = FloatErrors.IGNORE_ALL;
        try (Found found = new Found(modes, null)) {
            findReduction(op, x, axes, r, found);
            flags = found.flags;
        } finally {
            state.modes = modes;
        }
        report("reduce", flags, modes, state.callback);
    }

    private static void findReduction(ReduceOp op, Tensor x, int[] axes, Tensor r, Found found) {
        boolean nonFinite = found.anyNonFinite(r);
        boolean checkUnder = op == ReduceOp.PROD && found.wanted(Category.UNDER) && found.any(tiny(r, found));
        if (checkUnder) {
            Tensor nonzeroFinite = found.and(found.keep(Np.isfinite(x)), found.keep(Np.notEqual(x, 0.0)));
            Tensor lines = found.keep(Reductions.reduce(ReduceOp.ALL, nonzeroFinite, axes, false, 0, "reduce"));
            Tensor under = found.and(tiny(r, found), lines);
            if (r.dtype != DType.FLOAT64) {
                Tensor wide = found.keep(x.astype(DType.FLOAT64));
                Tensor exact = found.keep(Reductions.reduce(ReduceOp.PROD, wide, axes, false, 0, "reduce"));
                under = found.and(under, found.keep(Np.notEqual(found.keep(r.astype(DType.FLOAT64)), exact)));
            }
            found.report(Category.UNDER, under);
        }
        if (!nonFinite) {
            return;
        }
        Tensor nan = found.keep(Np.isnan(r));
        if (found.wanted(Category.OVER)) {
            Tensor finiteLines = found.keep(Reductions.reduce(ReduceOp.ALL, found.keep(Np.isfinite(x)), axes, false, 0,
                    "reduce"));
            found.report(Category.OVER, found.and(found.keep(Np.logicalNot(found.keep(Np.isfinite(r)))), finiteLines));
        }
        if (found.wanted(Category.INVALID)) {
            Tensor nanFreeLines = found.keep(Reductions.reduce(ReduceOp.ALL, found.keep(Np.logicalNot(
                    found.keep(Np.isnan(x)))), axes, false, 0, "reduce"));
            found.report(Category.INVALID, found.and(nan, nanFreeLines));
        }
    }

    /**
     * The checks of NumPy's {@code add.accumulate} and {@code multiply.accumulate}, reported as
     * "accumulate": each step r[i] = r[i - 1] + x[i] (or ·) along {@code axis} is checked as the
     * element-wise add (multiply) of r[i - 1] and x[i] giving r[i]; the first element is x[0]'s copy.
     *
     * @param x      the scanned input, in the result's type
     * @param result the running sums or products, of x's shape
     * @throws FloatingPointException for the first category met whose mode is 'raise'
     */
    static void checkAccumulation(ScanOp op, Tensor x, Tensor result, int axis) {
        long n = x.shape()[axis];
        if (n < 2) {
            return;
        }
        BinaryOp step = op == ScanOp.CUMSUM ? BinaryOp.ADD : BinaryOp.MULTIPLY;
        State state = STATE.get();
        FloatErrors modes = state.modes;
        int flags;
        state.modes = FloatErrors.IGNORE_ALL;
        try (Found found = new Found(modes, null)) {
            Tensor previous = found.keep(result.slice(axis, 0, n - 1, 1));
            Tensor term = found.keep(x.slice(axis, 1, n, 1));
            Tensor current = found.keep(result.slice(axis, 1, n, 1));
            findFloat(step.floatErrorRule(), List.of(previous, term), current, found);
            flags = found.flags;
        } finally {
            state.modes = modes;
        }
        report("accumulate", flags, modes, state.callback);
    }

    /**
     * Runs {@code body} with every category ignored, restoring the thread's modes after: the steps
     * of a composite that NumPy runs under {@code errstate(ignore)} (nanmean's division by the count).
     */
    static <T> T ignoring(java.util.function.Supplier<T> body) {
        State state = STATE.get();
        FloatErrors modes = state.modes;
        state.modes = FloatErrors.IGNORE_ALL;
        try {
            return body.get();
        } finally {
            state.modes = modes;
        }
    }

    /**
     * Finds the categories {@code op} met and handles each as its mode says, in NumPy's order.
     *
     * @param op     the op whose rule to check, or null to check only the cast into {@code out}
     * @param inputs the inputs in the compute type (broadcasting to the result)
     * @param result the result (of the compute type)
     * @param where  the mask of the elements computed, or null for all
     * @param out    the out= tensor the result was cast into, or null when it has the result's type:
     *               its cast is checked as {@link #checkCast} does and reported under {@code name}
     *               (NumPy's "overflow encountered in exp" for exp(1e3) into a float32 out)
     * @param outOut the tensor {@code out} was cast into in turn, or null (a float16 op's float32
     *               result rounded to float16 and then cast into an integer out=)
     * @throws FloatingPointException for the first category met whose mode is 'raise'
     */
    static void check(ElementwiseOp op, String name, List<Tensor> inputs, Tensor result, Tensor where, Tensor out,
                      Tensor outOut) {
        State state = STATE.get();
        FloatErrors modes = state.modes;
        int flags;
        // the checks' own multiply and divide must not check themselves
        state.modes = FloatErrors.IGNORE_ALL;
        try (Found found = new Found(modes, where)) {
            if (op != null && result.dtype.isInteger()) {
                findInteger(op.floatErrorRule(), inputs, found);
            } else if (op != null) {
                findFloat(op.floatErrorRule(), inputs, result, found);
            }
            if (out != null) {
                findCast(result, out, found);
            }
            if (outOut != null) {
                findCast(out, outOut, found);
            }
            flags = found.flags;
        } finally {
            state.modes = modes;
        }
        report(name, flags, modes, state.callback);
    }

    /**
     * Whether {@code astype} from {@code source} to {@code target} must be checked: some mode is
     * not ignored and a float becomes a narrower float or an integer.
     */
    static boolean castActive(DType source, DType target) {
        if (STATE.get().modes.ignoresAll() || !source.isFloatingPoint() || target == DType.BOOL) {
            return false;
        }
        return target.isInteger() || (target.isFloatingPoint() && target.byteSize() < source.byteSize());
    }

    /**
     * The checks of NumPy's casts from a float type: into a narrower float, overflow (a finite
     * value became ±Inf) and underflow (a non-zero value became a different tiny one); into an
     * integer, invalid for NaN, ±Inf and values whose truncation leaves the range of the C
     * conversion NumPy's loop uses (int32 for the 8-, 16- and 32-bit targets but uint32, int64 for
     * int64 and uint32: a value beyond the target but inside that range wraps silently there, as here).
     *
     * @throws FloatingPointException for the first category met whose mode is 'raise'
     */
    static void checkCast(Tensor x, Tensor r) {
        State state = STATE.get();
        FloatErrors modes = state.modes;
        int flags;
        state.modes = FloatErrors.IGNORE_ALL;
        try (Found found = new Found(modes, null)) {
            findCast(x, r, found);
            flags = found.flags;
        } finally {
            state.modes = modes;
        }
        report("cast", flags, modes, state.callback);
    }

    private static void findCast(Tensor x, Tensor r, Found found) {
        Tensor finite = found.keep(Np.isfinite(x));
        if (r.dtype.isInteger()) {
            if (found.wanted(Category.INVALID)) {
                Tensor wide = found.keep(x.astype(DType.FLOAT64));
                boolean viaInt64 = r.dtype == DType.INT64 || r.dtype == DType.UINT32;
                // the C conversion truncates: -2^31 - 0.5 still converts, -2^31 - 1 does not
                Tensor inRange = viaInt64
                        ? found.and(found.keep(Np.greaterEqual(wide, -0x1p63)), found.keep(Np.less(wide, 0x1p63)))
                        : found.and(found.keep(Np.greater(wide, -0x1p31 - 1)), found.keep(Np.less(wide, 0x1p31)));
                found.report(Category.INVALID, found.keep(Np.logicalNot(inRange)));
            }
        } else {
            if (found.wanted(Category.OVER)) {
                found.report(Category.OVER, found.and(found.keep(Np.isinf(r)), finite));
            }
            if (found.wanted(Category.UNDER)) {
                double smallestNormal = r.dtype == DType.FLOAT16 ? 0x1p-14 : Float.MIN_NORMAL;
                Tensor tiny = found.keep(Np.less(found.keep(Np.abs(found.keep(r.astype(DType.FLOAT64)))), smallestNormal));
                Tensor changed = found.keep(Np.notEqual(found.keep(r.astype(x.dtype)), x));
                found.report(Category.UNDER, found.and(tiny, found.and(changed, finite)));
            }
        }
    }

    private static void report(String name, int flags, FloatErrors modes, FloatErrorCallback callback) {
        for (Category category : Category.values()) {
            if ((flags & category.flag()) != 0) {
                handle(modes.mode(category), category, name, flags, callback);
            }
        }
    }

    private static void findInteger(FloatErrorRule rule, List<Tensor> inputs, Found found) {
        Tensor x = inputs.get(0);
        Tensor y = inputs.get(1);
        if (found.wanted(Category.DIVIDE)) {
            found.report(Category.DIVIDE, found.keep(Np.equal(y, 0L)));
        }
        if (rule.integers() == FloatErrorRule.Integers.DIVIDE_BY_ZERO_AND_MIN_OVER_MINUS_ONE && found.wanted(Category.OVER)) {
            found.report(Category.OVER, found.and(found.keep(Np.equal(x, x.dtype.minValue())),
                    found.keep(Np.equal(y, -1L))));
        }
    }

    private static void findFloat(FloatErrorRule rule, List<Tensor> inputs, Tensor r, Found found) {
        // divide, over and invalid all give Inf or NaN, underflow a tiny result: one pass over the
        // result each decides whether the per-input checks run at all (the common case: no error)
        boolean nonFinite = found.anyNonFinite(r);
        boolean checkUnder = found.wanted(Category.UNDER) && rule.underflow() != FloatErrorRule.Underflow.NEVER
                && (underflowsBelowTheResult(rule.underflow()) || found.any(tiny(r, found)));
        if (!nonFinite && !checkUnder) {
            return;
        }
        Tensor finiteIn = null;
        for (Tensor input : inputs) {
            Tensor finite = found.keep(Np.isfinite(input));
            finiteIn = finiteIn == null ? finite : found.and(finiteIn, finite);
        }
        if (checkUnder) {
            found.report(Category.UNDER, underflow(rule.underflow(), inputs, r, finiteIn, found));
        }
        if (!nonFinite) {
            return;
        }
        Tensor infinite = found.keep(Np.isinf(r));
        Tensor pole = pole(rule.pole(), inputs, found);
        Tensor overflow = null;
        if (found.wanted(Category.DIVIDE) && pole != null) {
            found.report(Category.DIVIDE, found.and(infinite, pole));
        }
        if (found.wanted(Category.OVER) || (rule.overflowIsInvalid() && found.wanted(Category.INVALID))) {
            overflow = found.and(infinite, rule.overflowFrom() == FloatErrorRule.OverflowFrom.FINITE_FIRST
                    ? found.keep(Np.isfinite(inputs.get(0))) : finiteIn);
            if (pole != null) {
                overflow = found.and(overflow, found.keep(Np.logicalNot(pole)));
            }
            if (found.wanted(Category.OVER)) {
                found.report(Category.OVER, overflow);
            }
        }
        if (found.wanted(Category.INVALID) && rule.invalid() != FloatErrorRule.Invalid.NEVER) {
            Tensor nanIn = null;
            for (Tensor input : inputs) {
                Tensor nan = found.keep(Np.isnan(input));
                nanIn = nanIn == null ? nan : found.keep(Np.logicalOr(nanIn, nan));
            }
            Tensor invalid = found.and(found.keep(Np.isnan(r)), found.keep(Np.logicalNot(nanIn)));
            if (rule.invalid() == FloatErrorRule.Invalid.NAN_FROM_NON_NAN_OR_NAN_INPUT) {
                invalid = found.keep(Np.logicalOr(invalid, nanIn));
            }
            if (rule.overflowIsInvalid()) {
                invalid = found.keep(Np.logicalOr(invalid, overflow));
            }
            found.report(Category.INVALID, invalid);
        }
    }

    private static Tensor pole(FloatErrorRule.Pole pole, List<Tensor> inputs, Found found) {
        Tensor x = inputs.get(0);
        return switch (pole) {
            case NONE -> null;
            case ZERO_FIRST -> found.keep(Np.equal(x, 0.0));
            case MINUS_ONE -> found.keep(Np.equal(x, -1.0));
            case PLUS_OR_MINUS_ONE -> found.keep(Np.equal(found.keep(Np.abs(x)), 1.0));
            case ZERO_SECOND -> found.and(found.keep(Np.equal(inputs.get(1), 0.0)),
                    found.and(found.keep(Np.isfinite(x)), found.keep(Np.notEqual(x, 0.0))));
        };
    }

    /**
     * Where a result is tiny (below the smallest normal number, 0 included) from finite non-zero
     * inputs and, for a product or quotient, not exact: NumPy's loops raise underflow only for an
     * inexact tiny result (IEEE 754's default), and a tiny product or quotient of normal numbers
     * can be exact.
     */
    private static Tensor underflow(FloatErrorRule.Underflow kind, List<Tensor> inputs, Tensor r, Tensor finiteIn,
                                    Found found) {
        Tensor nonzeroFinite = finiteIn;
        for (Tensor input : inputs) {
            nonzeroFinite = found.and(nonzeroFinite, found.keep(Np.notEqual(input, 0.0)));
        }
        return switch (kind) {
            case NEVER -> null;
            case TINY -> found.and(tiny(r, found), nonzeroFinite);
            case INEXACT_PRODUCT -> found.and(found.and(tiny(r, found), nonzeroFinite),
                    inexact(BinaryOp.MULTIPLY, inputs, r, found));
            case INEXACT_QUOTIENT -> found.and(found.and(tiny(r, found), nonzeroFinite),
                    inexact(BinaryOp.DIVIDE, inputs, r, found));
            case ZERO_FLOOR_OF_INEXACT_QUOTIENT -> {
                Tensor quotient = found.keep(Np.divide(inputs.get(0), inputs.get(1)));
                Tensor tinyInexact = found.and(found.and(tiny(quotient, found), nonzeroFinite),
                        inexact(BinaryOp.DIVIDE, inputs, quotient, found));
                yield found.and(tinyInexact, found.keep(Np.equal(r, 0.0)));
            }
            case INEXACT_SCALE -> {
                // a power-of-two scale of a tiny result back into x's range is exact: it gives x iff r was
                Tensor minusExponent = found.keep(found.keep(Np.negative(inputs.get(1))).astype(DType.INT64));
                Tensor undone = found.keep(Np.ldexp(r, minusExponent));
                yield found.and(found.and(tiny(r, found), nonzeroFinite), found.keep(Np.notEqual(undone, inputs.get(0))));
            }
            case STEP -> found.and(tiny(r, found), found.keep(Np.notEqual(inputs.get(0), inputs.get(1))));
            case SUBNORMAL_INPUT -> found.and(tiny(inputs.get(0), found), found.keep(Np.notEqual(inputs.get(0), 0.0)));
            case EXP_OF_DIFFERENCE, EXP2_OF_DIFFERENCE -> {
                Tensor minusDistance = found.keep(Np.negative(found.keep(Np.abs(
                        found.keep(Np.subtract(inputs.get(0), inputs.get(1)))))));
                Tensor term = found.keep(kind == FloatErrorRule.Underflow.EXP_OF_DIFFERENCE
                        ? Np.exp(minusDistance) : Np.exp2(minusDistance));
                yield found.and(tiny(term, found), finiteIn);
            }
        };
    }

    /** Whether the op underflows in an intermediate while its result is not tiny (logaddexp). */
    private static boolean underflowsBelowTheResult(FloatErrorRule.Underflow kind) {
        return kind == FloatErrorRule.Underflow.EXP_OF_DIFFERENCE || kind == FloatErrorRule.Underflow.EXP2_OF_DIFFERENCE;
    }

    private static Tensor tiny(Tensor r, Found found) {
        double smallestNormal = switch (r.dtype) {
            case FLOAT16 -> 0x1p-14;
            case FLOAT32 -> Float.MIN_NORMAL;
            default -> Double.MIN_NORMAL;
        };
        return found.keep(Np.less(found.keep(Np.abs(r)), smallestNormal));
    }

    /**
     * Where x·y (or x/y) = r is not exact: float16 and float32 compare with the float64 result
     * (exact for a product; for a quotient it differs unless the narrow one is exact), float64
     * undoes the op (r / y against x, r · y against x).
     */
    private static Tensor inexact(BinaryOp op, List<Tensor> inputs, Tensor r, Found found) {
        Tensor x = inputs.get(0);
        Tensor y = inputs.get(1);
        if (r.dtype != DType.FLOAT64) {
            Tensor wide = found.keep(op == BinaryOp.MULTIPLY
                    ? Np.multiply(found.keep(x.astype(DType.FLOAT64)), found.keep(y.astype(DType.FLOAT64)))
                    : Np.divide(found.keep(x.astype(DType.FLOAT64)), found.keep(y.astype(DType.FLOAT64))));
            return found.keep(Np.notEqual(wide, found.keep(r.astype(DType.FLOAT64))));
        }
        Tensor undone = found.keep(op == BinaryOp.MULTIPLY ? Np.divide(r, y) : Np.multiply(r, y));
        return found.keep(Np.notEqual(undone, x));
    }

    private static void handle(FloatErrorMode mode, Category category, String name, int flags,
                               FloatErrorCallback callback) {
        String what = category.numpyName() + " encountered in " + name;
        switch (mode) {
            case IGNORE -> {
            }
            case WARN -> LOG.warn("RuntimeWarning: {}", what);
            case RAISE -> throw new FloatingPointException(category, name);
            case PRINT -> System.err.println("Warning: " + what);
            case CALL -> requireCallback(callback, "call", what).call(category.numpyName(), flags);
            case LOG -> requireCallback(callback, "log", what).write("Warning: " + what + "\n");
        }
    }

    private static FloatErrorCallback requireCallback(FloatErrorCallback callback, String mode, String what) {
        if (callback == null) {
            throw new IllegalStateException(what + ": the float error mode is '" + mode
                    + "' but no callback is set; pass one to Np.seterrcall or Np.errstate");
        }
        return callback;
    }

    /** The categories found so far and the temporaries the checks made (closed together). */
    private static final class Found implements AutoCloseable {
        private final FloatErrors modes;
        private final boolean anyCall;
        private final Tensor where;
        private final List<Tensor> temporaries = new ArrayList<>();
        int flags;

        Found(FloatErrors modes, Tensor where) {
            this.modes = modes;
            this.where = where;
            this.anyCall = modes.divide() == FloatErrorMode.CALL || modes.over() == FloatErrorMode.CALL
                    || modes.under() == FloatErrorMode.CALL || modes.invalid() == FloatErrorMode.CALL;
        }

        /** Whether the category must be found: its mode is not ignore, or a callback needs every flag. */
        boolean wanted(Category category) {
            return anyCall || modes.mode(category) != FloatErrorMode.IGNORE;
        }

        Tensor keep(Tensor t) {
            temporaries.add(t);
            return t;
        }

        Tensor and(Tensor a, Tensor b) {
            return keep(Np.logicalAnd(a, b));
        }

        /** Records the category when {@code mask} (null: nowhere) is true at a computed element. */
        void report(Category category, Tensor mask) {
            if (mask != null && any(mask)) {
                flags |= category.flag();
            }
        }

        /**
         * Whether some computed element of {@code r} is ±Inf or NaN. Without a mask one sum decides
         * (it is finite only if every element is; a sum that overflows merely runs the full checks).
         */
        boolean anyNonFinite(Tensor r) {
            if (where == null) {
                return !Double.isFinite(keep(Np.sum(r)).item());
            }
            return any(keep(Np.logicalNot(keep(Np.isfinite(r)))));
        }

        /** Whether {@code mask} is true at some computed element. */
        boolean any(Tensor mask) {
            Tensor masked = where == null ? mask : and(mask, where);
            return keep(Reductions.reduce(ReduceOp.ANY, masked, null, false, 0, "seterr")).item() != 0;
        }

        @Override
        public void close() {
            temporaries.forEach(Tensor::close);
        }
    }
}
