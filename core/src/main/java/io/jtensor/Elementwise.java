package io.jtensor;

import io.jtensor.backend.Backend;
import io.jtensor.backend.MapPlan;
import io.jtensor.backend.Operand;
import io.jtensor.internal.Broadcast;
import io.jtensor.internal.Dims;
import io.jtensor.internal.TypeRules;
import io.jtensor.op.BinaryOp;
import io.jtensor.op.ElementwiseOp;
import io.jtensor.op.ReduceOp;
import io.jtensor.op.TernaryOp;
import io.jtensor.op.UnaryOp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The ufunc machinery: checks arguments, resolves types, broadcasts, handles {@code out=} and
 * {@code where=} (including aliasing) and hands a {@link MapPlan} to the backend.
 */
final class Elementwise {

    private Elementwise() {
    }

    /** An input: a tensor (possibly a null the caller passed), or a Java scalar (weak in NumPy 2's sense). */
    record Arg(Tensor tensor, boolean isScalar, double value, long integer, boolean integral) {
        static Arg of(Tensor t) {
            return new Arg(t, false, 0, 0, false);
        }

        static Arg of(double v) {
            return new Arg(null, true, v, (long) v, false);
        }

        static Arg of(long v) {
            return new Arg(null, true, v, v, true);
        }

        /** The scalar as an operand of the compute type, exact for integers. */
        Operand operand(DType type) {
            return type.isInteger() && integral ? Operand.integerScalar(type, integer) : Operand.scalar(type, value);
        }
    }

    static Tensor unary(UnaryOp op, Tensor x, Tensor out, Tensor where) {
        return unary(op, op.numpyName(), x, out, where);
    }

    /** A unary op whose messages name it {@code name} (frexp's two tokens both say "frexp"). */
    static Tensor unary(UnaryOp op, String name, Tensor x, Tensor out, Tensor where) {
        Objects.requireNonNull(x, () -> name + ": input tensor x is null");
        x.checkOpen(name);
        return unaryResolved(op, name, Arg.of(x), TypeRules.unary(op, x.dtype), out, where, "same_kind");
    }

    /**
     * A unary ufunc with NumPy's {@code out=}, {@code where=}, {@code dtype=} and {@code casting=}
     * (see {@link UfuncOptions}).
     */
    static Tensor unary(UnaryOp op, Tensor x, UfuncOptions options) {
        if (options.onlyOutAndWhere()) {
            return unary(op, x, options.out(), options.where());
        }
        String name = op.numpyName();
        Objects.requireNonNull(x, () -> name + ": input tensor x is null");
        x.checkOpen(name);
        DType loop = loopType(op, name, options.dtype());
        if (loop == null) {
            TypeRules.Types types = TypeRules.unary(op, x.dtype);
            checkInputCast(name, "input", Arg.of(x), types.compute(), options.casting());
            return unaryResolved(op, name, Arg.of(x), types, options.out(), options.where(), options.casting());
        }
        List<Tensor> temporaries = new ArrayList<>();
        try {
            Arg input = toLoop(name, "input", Arg.of(x), loop, options.casting(), temporaries);
            return unaryResolved(op, name, input, new TypeRules.Types(loop, loop), options.out(), options.where(),
                    options.casting());
        } finally {
            temporaries.forEach(Tensor::close);
        }
    }

    private static Tensor unaryResolved(UnaryOp op, String name, Arg x, TypeRules.Types types, Tensor out,
                                        Tensor where, String casting) {
        // float16 computes in float32, whose steps are finer: spacing needs float16's own
        UnaryOp planned = op == UnaryOp.SPACING && types.compute() == DType.FLOAT16 ? UnaryOp.SPACING_FLOAT16 : op;
        return run(planned, name, List.of(x), types, out, where, casting);
    }

    /**
     * The loop type {@code dtype=} asks of {@code op}: dtype itself for the ops whose loops have one
     * type throughout; null (NumPy's own resolution) for no dtype and for the natural result type
     * of the ops whose result type is fixed (bool for comparisons, logical ops and predicates,
     * uint8 for bitwise_count).
     *
     * @throws IllegalArgumentException when op has no loop of that type (NumPy's "No loop matching
     *                                  the specified signature")
     */
    private static DType loopType(ElementwiseOp op, String name, DType dtype) {
        if (dtype == null) {
            return null;
        }
        DType fixed = TypeRules.fixedResultType(op);
        if (fixed != null && dtype == fixed) {
            return null;
        }
        if (fixed != null || !TypeRules.hasLoop(op, dtype)) {
            throw new IllegalArgumentException(name + ": no loop matching the specified signature and casting was "
                    + "found for ufunc " + name + " (dtype=" + dtype.numpyName() + "; valid: "
                    + TypeRules.loopTypes(op) + ")");
        }
        return dtype;
    }

    /**
     * An input converted to the loop type of a {@code dtype=} call, after the cast check: a tensor
     * that casts safely as it is (the backend widens it as it reads), any other through a converted
     * copy (astype's conversion, as NumPy casts the inputs before the loop); a Java scalar checked as
     * NumPy checks a Python one (an integer must fit an integer loop; a float into an integer or
     * bool loop, or an integer into a bool loop, casts as float64 or int64) and converted.
     */
    private static Arg toLoop(String name, String role, Arg arg, DType loop, String casting, List<Tensor> temporaries) {
        checkInputCast(name, role, arg, loop, casting);
        if (!arg.isScalar()) {
            Tensor t = arg.tensor();
            if (t.dtype == loop || t.dtype.canCastSafelyTo(loop)) {
                return arg;
            }
            Tensor copy = converted(name, t, loop);
            temporaries.add(copy);
            return Arg.of(copy);
        }
        if ((arg.integral() && loop.isInteger()) || loop.isFloatingPoint()) {
            return arg;
        }
        try (Tensor cast = Creation.scalar(Np.currentBackend(), loop, arg.integral(), arg.integer(), arg.value())) {
            return Arg.of(cast.itemLong());
        }
    }

    /**
     * The checks NumPy makes of a Python scalar before it checks the inputs' casts: an int must fit
     * an integer loop (OverflowError), and under {@code "equiv"} NumPy 2.4 refuses an int or float
     * for any loop but its default type (int64, float64) where it would pass as weak, though
     * {@code "no"} passes it: jtensor does the same.
     */
    private static void checkScalars(String name, DType loop, String casting, Arg... args) {
        for (Arg arg : args) {
            if (!arg.isScalar()) {
                continue;
            }
            if (arg.integral() && loop.isInteger() && !loop.holds(arg.integer())) {
                throw new IllegalArgumentException(name + ": Java integer " + arg.integer() + " is out of bounds for "
                        + loop.numpyName() + " (the dtype; valid: " + loop.minValue() + " to " + loop.maxValue()
                        + "), as NumPy's OverflowError");
            }
            boolean weak = arg.integral() ? loop.isInteger() || loop.isFloatingPoint() : loop.isFloatingPoint();
            if (weak && casting.equals("equiv") && loop != (arg.integral() ? DType.INT64 : DType.FLOAT64)) {
                throw new IllegalArgumentException(name + ": cannot cast " + typeName(arg) + " (a Python "
                        + (arg.integral() ? "int" : "float") + ") to " + loop.numpyName()
                        + " under the casting rule 'equiv'");
            }
        }
    }

    /**
     * Checks that an input casts to the loop's type under {@code casting}, as NumPy's
     * UFuncTypeError "Cannot cast ufunc 'add' input 0 from float64 to int32 with casting rule
     * 'same_kind'". A Java scalar is weak: it passes for a loop of its kind or a wider one (an
     * integer for an integer or float loop, a float for a float loop), else it is checked as
     * int64 or float64.
     */
    private static void checkInputCast(String name, String role, Arg arg, DType loop, String casting) {
        DType from;
        if (arg.isScalar()) {
            boolean weakFits = arg.integral() ? loop.isInteger() || loop.isFloatingPoint() : loop.isFloatingPoint();
            if (weakFits) {
                return;
            }
            from = arg.integral() ? DType.INT64 : DType.FLOAT64;
        } else {
            from = arg.tensor().dtype;
        }
        if (!TypePromotion.canCast(from, loop, casting)) {
            throw new IllegalArgumentException(name + ": cannot cast ufunc '" + name + "' " + role + " from "
                    + from.numpyName() + " to " + loop.numpyName() + " with casting rule '" + casting + "'");
        }
    }

    static Tensor binary(BinaryOp op, Arg a, Arg b, Tensor out, Tensor where) {
        return binary(op, a, b, out, where, "same_kind");
    }

    /**
     * A binary ufunc with NumPy's {@code out=}, {@code where=}, {@code dtype=} and {@code casting=}
     * (see {@link UfuncOptions}).
     */
    static Tensor binary(BinaryOp op, Arg a, Arg b, UfuncOptions options) {
        if (options.onlyOutAndWhere()) {
            return binary(op, a, b, options.out(), options.where());
        }
        String name = op.numpyName();
        checkArgs(name, a, b);
        DType loop = loopType(op, name, options.dtype());
        if (loop == null) {
            return binary(op, a, b, options.out(), options.where(), options.casting());
        }
        List<Tensor> temporaries = new ArrayList<>();
        try {
            // NumPy converts a Python int (OverflowError) before it checks the casts
            checkScalars(name, loop, options.casting(), a, b);
            Arg first = toLoop(name, "input 0", a, loop, options.casting(), temporaries);
            Arg second = toLoop(name, "input 1", b, loop, options.casting(), temporaries);
            if (op == BinaryOp.POWER && loop.isInteger()) {
                rejectNegativeExponent(second);
            }
            return binaryTail(op, name, first, second, new TypeRules.Types(loop, loop), options.out(),
                    options.where(), options.casting());
        } finally {
            temporaries.forEach(Tensor::close);
        }
    }

    private static Tensor binary(BinaryOp op, Arg a, Arg b, Tensor out, Tensor where, String casting) {
        String name = op.numpyName();
        checkArgs(name, a, b);
        if (op.category() == BinaryOp.Category.SCALING) {
            TypeRules.Types types = scalingTypes(op, a, b);
            // the exponent's loop type is int32 or int64 by platform: only the mantissa is checked
            checkInputCast(name, "input 0", a, types.compute(), casting);
            return run(op, name, List.of(a, b), types, out, where, casting);
        }
        BinaryOp.Category category = op.category();
        boolean beyond = scalarBeyondTensorType(a, b);
        if (beyond && category == BinaryOp.Category.COMPARISON) {
            // NumPy 2 compares a Python int outside the array's range by value (uint8 > -1 is true),
            // with no cast to check
            return run(op, name, List.of(a, b), new TypeRules.Types(DType.INT64, DType.BOOL), out, where, casting);
        }
        TypeRules.Types types;
        if (beyond && (category == BinaryOp.Category.FLOATING || category == BinaryOp.Category.LOGICAL)) {
            // NumPy 2 converts a Python int outside the array's range to the float or bool loop by
            // value (arctan2(int8 x, 300) is float16, logical_and(int8 x, 2**40) is x != 0); only the
            // ops whose loop is the integer type itself raise OverflowError
            DType promoted = (a.isScalar() ? b : a).tensor().dtype.promoteWithIntegerScalar();
            types = TypeRules.binary(op, promoted, typeName(a), typeName(b));
            a = byValue(op, a);
            b = byValue(op, b);
            if (category == BinaryOp.Category.FLOATING) {
                checkScalars(name, types.compute(), casting, a, b);
                checkInputCast(name, "input 0", a, types.compute(), casting);
                checkInputCast(name, "input 1", b, types.compute(), casting);
            }
        } else {
            DType promoted = promote(name, a, b);
            types = TypeRules.binary(op, promoted, operandTypeOr(a, promoted), operandTypeOr(b, promoted),
                    typeName(a), typeName(b));
            if (category != BinaryOp.Category.LOGICAL) {
                // NumPy's logical ops test each input's truth in its own type: no cast to check
                checkScalars(name, types.compute(), casting, a, b);
                checkInputCast(name, "input 0", a, types.compute(), casting);
                checkInputCast(name, "input 1", b, types.compute(), casting);
            }
            if (op == BinaryOp.POWER && types.compute().isInteger()) {
                rejectNegativeExponent(b);
            }
        }
        return binaryTail(op, name, a, b, types, out, where, casting);
    }

    /** The last steps of a binary ufunc whose types are resolved: the loops NumPy special-cases, then the run. */
    private static Tensor binaryTail(BinaryOp op, String name, Arg a, Arg b, TypeRules.Types types, Tensor out,
                                     Tensor where, String casting) {
        if (op == BinaryOp.POWER && !a.isScalar() && b.isScalar() && !b.integral() && b.value() == 0.5
                && types.result() == types.compute()
                && (types.compute() == DType.FLOAT32 || types.compute() == DType.FLOAT64)) {
            // NumPy's float32/float64 power loop takes the square root for a broadcast exponent of
            // 0.5: power(-inf, 0.5) is nan and power(-0.0, 0.5) -0.0 there (C's pow: inf and 0.0)
            return run(UnaryOp.SQRT, name, List.of(a), types, out, where, casting);
        }
        // float16 computes in float32, whose steps are finer: nextafter needs float16's own
        BinaryOp planned = op == BinaryOp.NEXTAFTER && types.compute() == DType.FLOAT16 ? BinaryOp.NEXTAFTER_FLOAT16 : op;
        if ((op == BinaryOp.MAXIMUM || op == BinaryOp.MINIMUM) && types.compute() == DType.FLOAT16) {
            // NumPy's half maximum and minimum keep the first operand on a tie (max(0.0, -0.0) is 0.0),
            // its float32 and float64 ones the second: the operands swap roles
            return run(planned, name, List.of(b, a), types, out, where, casting);
        }
        return run(planned, name, List.of(logicalScalar(op, a), logicalScalar(op, b)), types, out, where, casting);
    }

    /**
     * An operand of a floating or logical op whose Java integer scalar lies outside the tensor's
     * type: the scalar as a double (the float type, rounded to float16 there, takes it by value) or
     * as its truth value in a logical op; a tensor as it is.
     */
    private static Arg byValue(BinaryOp op, Arg arg) {
        if (!arg.isScalar()) {
            return arg;
        }
        if (op.category() == BinaryOp.Category.LOGICAL) {
            return Arg.of(arg.integer() != 0 ? 1L : 0L);
        }
        return Arg.of((double) arg.integer());
    }

    /** The operand's own type, or {@code promoted} for a (weak) Java scalar. */
    private static DType operandTypeOr(Arg arg, DType promoted) {
        return arg.isScalar() ? promoted : arg.tensor().dtype;
    }

    /** Whether one operand is an integer tensor and the other a Java integer outside its type's range. */
    private static boolean scalarBeyondTensorType(Arg a, Arg b) {
        if (a.isScalar() == b.isScalar()) {
            return false;
        }
        Arg scalar = a.isScalar() ? a : b;
        DType t = (a.isScalar() ? b : a).tensor().dtype;
        return scalar.integral() && t.isInteger() && !t.holds(scalar.integer());
    }

    /**
     * A Java double operand of a logical op as its truth value (1 or 0): NumPy tests the Python
     * float itself, not the float the array's type rounds it to (logical_and(float16 x, 1e-8) is x != 0).
     */
    private static Arg logicalScalar(BinaryOp op, Arg arg) {
        if (op.category() != BinaryOp.Category.LOGICAL || !arg.isScalar() || arg.integral()) {
            return arg;
        }
        return Arg.of(arg.value() != 0 ? 1.0 : 0.0);
    }

    static Tensor where(Tensor condition, Arg a, Arg b) {
        Objects.requireNonNull(condition, "where: condition is null");
        condition.checkOpen("where");
        checkArgs("where", a, b);
        DType promoted = promoteUnchecked(a, b);
        if (condition.dtype != DType.BOOL) {
            try (Tensor asBool = condition.astype(DType.BOOL)) {
                return run(TernaryOp.WHERE, "where", List.of(Arg.of(asBool), a, b),
                        new TypeRules.Types(promoted, promoted), null, null);
            }
        }
        return run(TernaryOp.WHERE, "where", List.of(Arg.of(condition), a, b),
                new TypeRules.Types(promoted, promoted), null, null);
    }

    /**
     * {@code np.clip} with both bounds in one pass ({@link TernaryOp#CLIP}), computed in
     * {@code type}, the result's type, into out (of that type, sharing no memory with a bound) or
     * a new tensor; the caller has resolved the types and the weak scalar bounds.
     */
    static Tensor clip(Tensor x, Arg lower, Arg upper, DType type, Tensor out) {
        return run(TernaryOp.CLIP, "clip", List.of(Arg.of(x), lower, upper), new TypeRules.Types(type, type), out,
                null);
    }

    /** Copies (and converts) {@code src} into {@code dst} of the same shape, any cast allowed. */
    static void copyInto(String op, Tensor src, Tensor dst) {
        copyInto(op, src, dst, null);
    }

    /**
     * Copies (and converts, any cast allowed) {@code src} into {@code dst} where {@code mask} is
     * true (everywhere when it is null). The caller has checked that src and the bool mask have at
     * most dst's number of dimensions and broadcast to dst's shape, and that they share its backend.
     * An input overlapping dst in another layout is read from a copy, as in every ufunc.
     */
    static void copyInto(String op, Tensor src, Tensor dst, Tensor mask) {
        src.checkOpen(op);
        dst.checkOpen(op);
        execute(UnaryOp.COPY, dst.backend(), dst.shape, dst, List.of(Arg.of(src)), mask, dst.dtype);
    }

    /**
     * {@code x} itself (as a view) when it is C-contiguous of {@code type}, else a contiguous copy
     * converted to it: the flat input the backend plans take.
     */
    static Tensor contiguous(String op, Tensor x, DType type) {
        return x.dtype == type && x.isContiguous() ? x.reshape(x.shape) : converted(op, x, type);
    }

    /** A contiguous copy of {@code x} converted to {@code type}. */
    static Tensor converted(String op, Tensor x, DType type) {
        x.checkOpen(op);
        Tensor result = Tensor.allocateUninitialized(x.backend(), type, x.shape);
        copyInto(op, x, result);
        return result;
    }

    /**
     * A new tensor of {@code shape} filled with {@code value} converted to {@code type} as
     * {@code astype} converts (so {@code full(3e9, INT32)} gives int32's minimum, as in NumPy).
     */
    static Tensor full(Backend backend, long[] shape, double value, DType type) {
        Tensor result = Tensor.allocate(backend, type, shape);
        if (Double.doubleToRawLongBits(value) != 0 && result.size() > 0) {
            try (Tensor source = Creation.fromDoubles(backend, new double[] {value}, new long[0])) {
                execute(UnaryOp.COPY, backend, result.shape, result, List.of(Arg.of(source)), null, type);
            }
        }
        return result;
    }

    private static void checkArgs(String name, Arg a, Arg b) {
        checkArg(name, a, "first");
        checkArg(name, b, "second");
    }

    private static void checkArg(String name, Arg arg, String which) {
        if (!arg.isScalar()) {
            if (arg.tensor() == null) {
                throw new NullPointerException(name + ": " + which + " operand is null");
            }
            arg.tensor().checkOpen(name);
        }
    }

    /** NumPy 2's result type of two operands (a Java scalar is weak). */
    static DType promote(String name, Arg a, Arg b) {
        DType promoted = promoteUnchecked(a, b);
        Arg scalar = a.isScalar() ? a : b;
        if (a.isScalar() != b.isScalar() && scalar.integral() && !promoted.holds(scalar.integer())) {
            throw new IllegalArgumentException(name + ": Java integer " + scalar.integer() + " is out of bounds for "
                    + promoted.numpyName() + " (the tensor's type; valid: " + promoted.minValue() + " to "
                    + promoted.maxValue() + ")");
        }
        return promoted;
    }

    /**
     * {@link #promote} without its range check: a Java integer beyond the tensor's type is then
     * wrapped to it when the op converts it, as NumPy's {@code where} casts a Python int
     * ({@code where(c, int8 x, 300)} holds 44).
     */
    private static DType promoteUnchecked(Arg a, Arg b) {
        if (!a.isScalar() && !b.isScalar()) {
            return DType.promote(a.tensor().dtype, b.tensor().dtype);
        }
        if (a.isScalar() && b.isScalar()) {
            return a.integral() && b.integral() ? DType.INT64 : DType.FLOAT64;
        }
        Arg tensor = a.isScalar() ? b : a;
        Arg scalar = a.isScalar() ? a : b;
        DType t = tensor.tensor().dtype;
        return scalar.integral() ? t.promoteWithIntegerScalar() : t.promoteWithFloatScalar();
    }

    /**
     * The types of ldexp: each operand's own type decides (a Java double counts as float64, a Java
     * long as int64). A Java long exponent must fit int32 when the other operand is a tensor, as
     * NumPy's OverflowError for a Python int beyond its 'fi'/'di' loops' int32.
     */
    private static TypeRules.Types scalingTypes(BinaryOp op, Arg a, Arg b) {
        if (b.isScalar() && b.integral() && !a.isScalar()
                && (b.integer() < Integer.MIN_VALUE || b.integer() > Integer.MAX_VALUE)) {
            throw new IllegalArgumentException(op.numpyName() + ": Java integer exponent " + b.integer()
                    + " is out of bounds for int32 (NumPy takes a scalar exponent as int32); pass it as an int64 tensor");
        }
        return TypeRules.scaling(op, operandType(a), operandType(b), typeName(a), typeName(b));
    }

    private static DType operandType(Arg arg) {
        if (arg.isScalar()) {
            return arg.integral() ? DType.INT64 : DType.FLOAT64;
        }
        return arg.tensor().dtype;
    }

    /** An operand's type as error messages name it: the tensor's dtype, or "Java double" / "Java long". */
    private static String typeName(Arg arg) {
        if (arg.isScalar()) {
            return arg.integral() ? "Java long" : "Java double";
        }
        return arg.tensor().dtype.numpyName();
    }

    private static void rejectNegativeExponent(Arg exponent) {
        boolean negative;
        if (exponent.isScalar()) {
            negative = exponent.integer() < 0;
        } else if (exponent.tensor().dtype == DType.BOOL) {
            negative = false;
        } else {
            try (Tensor less = binary(BinaryOp.LESS, exponent, Arg.of(0L), null, null);
                 Tensor any = Reductions.reduce(ReduceOp.ANY, less, null, false, 0, "power")) {
                negative = any.item() != 0;
            }
        }
        if (negative) {
            throw new IllegalArgumentException("power: integers to negative integer powers are not allowed "
                    + "(as in NumPy); use a float base or exponent");
        }
    }

    private static Tensor run(ElementwiseOp op, String name, List<Arg> inputs, TypeRules.Types types, Tensor out,
                              Tensor where) {
        return run(op, name, inputs, types, out, where, "same_kind");
    }

    private static Tensor run(ElementwiseOp op, String name, List<Arg> inputs, TypeRules.Types types, Tensor out,
                              Tensor where, String casting) {
        boolean checkOp = FloatErrorChecks.active(op, types.compute(), types.result());
        boolean checkCast = out != null && out.dtype != types.result() && FloatErrorChecks.castActive(types.result(), out.dtype);
        if (!checkOp && !checkCast) {
            return compute(op, name, inputs, types, out, where, casting);
        }
        return computeAndCheck(checkOp ? op : null, op, name, inputs, types, out, where, casting);
    }

    /**
     * {@link #compute} followed by the floating-point error checks of {@link Np#seterr}: the inputs
     * are kept in the compute type (copies of those out overwrites) and the result is checked in
     * its own type (recomputed when out has another, whose cast is then checked too).
     *
     * @param checkedOp the op whose rule to check, or null when only the cast into out is checked
     */
    private static Tensor computeAndCheck(ElementwiseOp checkedOp, ElementwiseOp op, String name, List<Arg> inputs,
                                          TypeRules.Types types, Tensor out, Tensor where, String casting) {
        Backend backend = commonBackend(name, inputs, out, where);
        List<Tensor> temporaries = new ArrayList<>();
        // NumPy's float16 loops compute in float32 and round to float16: the float32 result is
        // checked with the op's rule and its rounding as a cast, both reported under the op (the
        // float16 ops of their own, and ldexp with its integer exponent, are checked in float16)
        boolean half = checkedOp != null && types.compute() == DType.FLOAT16 && op != BinaryOp.LDEXP
                && op != BinaryOp.NEXTAFTER_FLOAT16 && op != UnaryOp.SPACING_FLOAT16;
        DType checkType = half ? DType.FLOAT32 : types.compute();
        try {
            List<Tensor> checked = new ArrayList<>();
            for (Arg arg : inputs) {
                Tensor t;
                if (arg.isScalar()) {
                    t = Creation.scalar(backend, types.compute(), arg.integral(), arg.integer(), arg.value());
                    temporaries.add(t);
                    if (half) {
                        t = converted(name, t, checkType);
                        temporaries.add(t);
                    }
                } else if (arg.tensor().dtype != checkType || (out != null && arg.tensor().storage == out.storage)) {
                    t = converted(name, arg.tensor(), checkType);
                    temporaries.add(t);
                } else {
                    t = arg.tensor();
                }
                checked.add(t);
            }
            Tensor result = compute(op, name, inputs, types, out, where, casting);
            Tensor checkedResult = result;
            Tensor castInto = null;
            Tensor thenInto = null;
            if (half) {
                checkedResult = compute(op, name, checked.stream().map(Arg::of).toList(),
                        new TypeRules.Types(checkType, checkType), null, where, casting);
                temporaries.add(checkedResult);
                castInto = result;
                if (result.dtype != types.result()) {
                    castInto = compute(op, name, inputs, types, null, where, casting);
                    temporaries.add(castInto);
                    thenInto = FloatErrorChecks.castActive(castInto.dtype, result.dtype) ? result : null;
                }
            } else if (result.dtype != types.result()) {
                checkedResult = compute(op, name, inputs, types, null, where, casting);
                temporaries.add(checkedResult);
                castInto = FloatErrorChecks.castActive(checkedResult.dtype, result.dtype) ? result : null;
            }
            try {
                FloatErrorChecks.check(checkedOp, name, checked, checkedResult, where, castInto, thenInto);
            } catch (RuntimeException e) {
                if (out == null) {
                    result.close();
                }
                throw e;
            }
            return result;
        } finally {
            temporaries.forEach(Tensor::close);
        }
    }

    private static Tensor compute(ElementwiseOp op, String name, List<Arg> inputs, TypeRules.Types types, Tensor out,
                                  Tensor where, String casting) {
        Backend backend = commonBackend(name, inputs, out, where);
        long[][] shapes = new long[inputs.size() + 1][];
        int count = 0;
        for (Arg arg : inputs) {
            if (!arg.isScalar()) {
                shapes[count++] = arg.tensor().shape;
            }
        }
        if (where != null) {
            where.checkOpen(name);
            if (where.dtype != DType.BOOL) {
                throw new IllegalArgumentException(name + ": where must be a bool tensor, got "
                        + where.dtype.numpyName());
            }
            shapes[count++] = where.shape;
        }
        long[] resultShape = Broadcast.shapes(name, count == shapes.length ? shapes : Arrays.copyOf(shapes, count));
        if (out == null) {
            // positions a mask leaves out are 0 (NumPy leaves them uninitialised)
            Tensor result = where == null ? Tensor.allocateUninitialized(backend, types.result(), resultShape)
                    : Tensor.allocate(backend, types.result(), resultShape);
            execute(op, backend, resultShape, result, inputs, where, types.compute());
            return result;
        }
        out.checkOpen(name);
        checkOut(name, out, resultShape, types.result(), casting);
        DType narrow = types.result();
        if ((narrow.computeType() != narrow || !narrow.canCastSameKindTo(out.dtype)) && out.dtype != narrow) {
            // NumPy's half loop rounds to float16 before the cast to a wider out (exp(True) into a
            // float64 out is 2.71875), and its int8 loop wraps before it (int8 127 + 1 into an int32
            // out is -128); an unsafe cast to out is astype's: compute into the op's own type, then copy
            try (Tensor rounded = Tensor.allocateUninitialized(backend, narrow, resultShape)) {
                execute(op, backend, resultShape, rounded, inputs, null, types.compute());
                execute(UnaryOp.COPY, backend, out.shape, out, List.of(Arg.of(rounded)), where, out.dtype);
            }
            return out;
        }
        execute(op, backend, out.shape, out, inputs, where, types.compute());
        return out;
    }

    private static Backend commonBackend(String name, List<Arg> inputs, Tensor out, Tensor where) {
        Backend backend = null;
        for (Arg arg : inputs) {
            if (!arg.isScalar()) {
                backend = sameBackend(name, backend, arg.tensor());
            }
        }
        backend = sameBackend(name, sameBackend(name, backend, out), where);
        return backend != null ? backend : Np.currentBackend();
    }

    /**
     * The backend all the non-null tensors live on (the current backend when there are none).
     *
     * @throws IllegalArgumentException naming the op and both backends when they differ
     */
    static Backend commonBackend(String name, List<Tensor> tensors) {
        Backend backend = null;
        for (Tensor t : tensors) {
            backend = sameBackend(name, backend, t);
        }
        return backend != null ? backend : Np.currentBackend();
    }

    /** {@code t}'s backend, which must be {@code backend} unless that is null; {@code backend} when {@code t} is null. */
    private static Backend sameBackend(String name, Backend backend, Tensor t) {
        if (t == null) {
            return backend;
        }
        if (backend != null && t.backend() != backend) {
            throw new IllegalArgumentException(name + ": tensors are on different backends (" + backend.name()
                    + " and " + t.backend().name() + "); move one with Tensor.to(backend)");
        }
        return t.backend();
    }

    /**
     * The two tensors of a two-operand op (matmul, tensordot, the set routines, ...): not null,
     * open and on one backend.
     */
    static void checkPair(String name, Tensor a, Tensor b) {
        Objects.requireNonNull(a, () -> name + ": first operand is null");
        Objects.requireNonNull(b, () -> name + ": second operand is null");
        a.checkOpen(name);
        b.checkOpen(name);
        commonBackend(name, List.of(a, b));
    }

    /**
     * Checks an {@code out=} tensor: the result broadcasts to its shape, casts to its type under
     * {@code same_kind}, and its elements do not overlap.
     */
    static void checkOut(String name, Tensor out, long[] resultShape, DType resultType) {
        checkOut(name, out, resultShape, resultType, "same_kind");
    }

    /** {@link #checkOut(String, Tensor, long[], DType)} under NumPy's {@code casting} rule. */
    static void checkOut(String name, Tensor out, long[] resultShape, DType resultType, String casting) {
        if (!Broadcast.broadcastsTo(resultShape, out.shape)) {
            throw new IllegalArgumentException(name + ": out has shape " + Shape.toString(out.shape)
                    + " but the result has shape " + Shape.toString(resultShape));
        }
        if (!TypePromotion.canCast(resultType, out.dtype, casting)) {
            throw new IllegalArgumentException(name + ": cannot cast the result from " + resultType.numpyName()
                    + " to out's " + out.dtype.numpyName() + " (casting='" + casting + "'); pass an out of type "
                    + resultType.numpyName());
        }
        checkWritable(name, "out", out);
    }

    /**
     * The check every write makes of its destination: rejects one whose elements overlap (a
     * broadcast or sliding-window view: writing it would store several results into one element)
     * and a read-only one ({@link Tensor#isReadOnly()}). The overlap test is NumPy's sufficient one
     * for views made by slicing and transposing: with the axes of length above 1 ordered by
     * |stride|, each stride steps past everything the smaller ones reach.
     *
     * @param role how the message names the destination, e.g. "out" or "dst"
     */
    static void checkWritable(String name, String role, Tensor destination) {
        if (destination.size() != 0 && !destination.isContiguous()) {
            rejectOverlapping(name, role, destination);
        }
        if (destination.readOnly) {
            throw new IllegalArgumentException(name + ": " + role + " of shape " + Shape.toString(destination.shape)
                    + " is read-only (a broadcastTo, sliding-window or diagonal view, a file loaded with mmap_mode 'r', or a view of one, as NumPy's); "
                    + "write into a copy() of it");
        }
    }

    private static void rejectOverlapping(String name, String role, Tensor destination) {
        int n = destination.shape.length;
        long[] stride = new long[n];
        long[] length = new long[n];
        int count = 0;
        for (int d = 0; d < n; d++) {
            if (destination.shape[d] > 1) {
                long s = Math.abs(destination.strides[d]);
                int at = count++;
                while (at > 0 && stride[at - 1] > s) {
                    stride[at] = stride[at - 1];
                    length[at] = length[at - 1];
                    at--;
                }
                stride[at] = s;
                length[at] = destination.shape[d];
            }
        }
        long reach = 0;
        for (int k = 0; k < count; k++) {
            if (stride[k] <= reach) {
                throw new IllegalArgumentException(name + ": " + role + " of shape " + Shape.toString(destination.shape)
                        + " has overlapping elements (" + (stride[k] == 0 ? "a broadcast view" : "a sliding-window view")
                        + "); pass a tensor that owns its elements");
            }
            reach += stride[k] * (length[k] - 1);
        }
    }

    /**
     * Builds and runs the plan over {@code shape}, writing into {@code out}. A float16 compute type
     * reaches the backend as float32 (NumPy's half loops compute each element in float32 and round
     * the result once); a Java scalar operand is first rounded to float16, as NumPy casts a weak
     * scalar to the array's type. A float64 to float16 copy computes in float64, so that the value
     * is rounded once, as NumPy's cast.
     */
    private static void execute(ElementwiseOp op, Backend backend, long[] shape, Tensor out, List<Arg> inputs,
                                Tensor where, DType computeType) {
        if (Shape.size(shape) == 0) {
            return;
        }
        DType planType = computeType.computeType();
        if (op == UnaryOp.COPY && computeType == DType.FLOAT16 && !inputs.getFirst().isScalar()
                && inputs.getFirst().tensor().dtype == DType.FLOAT64) {
            planType = DType.FLOAT64;
        }
        List<Tensor> temporaries = new ArrayList<>();
        try {
            int n = inputs.size();
            // the inputs, the mask and the output: the tensors the call pins
            Tensor[] used = new Tensor[n + 2];
            for (int i = 0; i < n; i++) {
                Arg arg = inputs.get(i);
                used[i] = arg.isScalar() ? null : separated(arg.tensor(), out, shape, temporaries);
            }
            Tensor mask = where == null ? null : separated(where, out, shape, temporaries);
            used[n] = mask;
            used[n + 1] = out;
            long[][] strides = new long[n + 2][];
            strides[0] = out.strides;
            for (int i = 0; i < n; i++) {
                Tensor t = used[i];
                strides[i + 1] = t == null ? null : Broadcast.strides(t.shape, t.strides, shape);
            }
            strides[n + 1] = mask == null ? null : Broadcast.strides(mask.shape, mask.strides, shape);
            Dims.Collapsed merged = Dims.collapse(shape, strides);
            Operand[] operands = new Operand[n];
            for (int i = 0; i < n; i++) {
                Tensor t = used[i];
                boolean isCondition = op == TernaryOp.WHERE && i == 0;
                Arg input = inputs.get(i);
                // ldexp's exponent is not a float16 value: it converts to the compute type as it is
                if (t == null && computeType == DType.FLOAT16 && !isCondition && !(op == BinaryOp.LDEXP && i == 1)) {
                    input = Arg.of(Float16.round(input.integral() ? (double) input.integer() : input.value()));
                }
                operands[i] = t == null
                        ? input.operand(isCondition ? DType.BOOL : planType)
                        : Operand.of(t.storage.storage(), t.dtype, t.offset, merged.strides()[i + 1]);
            }
            Operand outOperand = Operand.of(out.storage.storage(), out.dtype, out.offset, merged.strides()[0]);
            Operand maskOperand = mask == null ? null
                    : Operand.of(mask.storage.storage(), DType.BOOL, mask.offset, merged.strides()[n + 1]);
            try (Pinned pinned = Pinned.of(op.numpyName(), used)) {
                backend.map(new MapPlan(op, merged.shape(), outOperand, List.of(operands), maskOperand, planType));
            }
        } finally {
            temporaries.forEach(Tensor::close);
        }
    }

    /**
     * The input itself, or a contiguous copy of it when it shares memory with {@code out} in any
     * other layout than exactly out's (NumPy buffers such overlaps too).
     */
    private static Tensor separated(Tensor input, Tensor out, long[] shape, List<Tensor> temporaries) {
        if (input.storage != out.storage) {
            return input;
        }
        long[] seen = Broadcast.strides(input.shape, input.strides, shape);
        if (input.offset == out.offset && java.util.Arrays.equals(seen, out.strides)) {
            return input;
        }
        Tensor copy = Tensor.allocateUninitialized(input.backend(), input.dtype, input.shape);
        copyInto("copy", input, copy);
        temporaries.add(copy);
        return copy;
    }
}
