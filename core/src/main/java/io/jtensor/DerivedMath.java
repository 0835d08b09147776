package io.jtensor;

import io.jtensor.Elementwise.Arg;
import io.jtensor.internal.Broadcast;
import io.jtensor.op.BinaryOp;
import io.jtensor.op.UnaryOp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * NumPy functions that are a few ufuncs in NumPy's own order, so they run on every backend with
 * no kernel of their own: {@code round(x, decimals)}, {@code rint}, {@code fix}, {@code fabs},
 * {@code positive}, {@code float_power}, {@code divmod}, {@code modf}, {@code isposinf},
 * {@code isneginf}, {@code frexp} (its two outputs as two op-table tokens) and {@code sinc}.
 */
final class DerivedMath {

    private DerivedMath() {
    }

    /**
     * {@code np.round(x, decimals)}: {@code rint(x * 10^d) / 10^d} for d &ge; 0 and
     * {@code rint(x / 10^-d) * 10^-d} below, with 10^d as NumPy's {@code power_of_ten} builds it
     * and converted to x's float type, which is NumPy's arithmetic operation for operation. Integer
     * x: a copy for d &ge; 0, else the same steps in float64 cast back to x's type.
     */
    static Tensor round(Tensor x, int decimals) {
        Objects.requireNonNull(x, "round: x is null");
        x.checkOpen("round");
        if (x.dtype == DType.BOOL && decimals != 0) {
            throw new IllegalArgumentException("round: bool input with decimals=" + decimals + " is not supported "
                    + "(NumPy cannot cast the scaled float64 back to bool); convert with astype first");
        }
        if (decimals == 0 || (decimals > 0 && !x.dtype.isFloatingPoint())) {
            return Elementwise.unary(UnaryOp.ROUND, x, null, null);
        }
        double scale = powerOfTen(Math.abs(decimals));
        BinaryOp first = decimals > 0 ? BinaryOp.MULTIPLY : BinaryOp.DIVIDE;
        BinaryOp second = decimals > 0 ? BinaryOp.DIVIDE : BinaryOp.MULTIPLY;
        try (Tensor scaled = Elementwise.binary(first, Arg.of(x), Arg.of(scale), null, null);
             Tensor rounded = Elementwise.unary(UnaryOp.ROUND, scaled, null, null)) {
            Tensor back = Elementwise.binary(second, Arg.of(rounded), Arg.of(scale), null, null);
            if (back.dtype == x.dtype) {
                return back;
            }
            try (back) {
                return back.astype(x.dtype);
            }
        }
    }

    /**
     * {@code np.round(x, decimals, out=out)}, NumPy's {@code PyArray_Round} into out (exactly x's
     * shape): integer x with decimals &ge; 0 is copied into out under same_kind; decimals 0 is
     * {@code rint(x, out=out)}; otherwise {@code x * 10^d} (or {@code x / 10^-d}) is computed in
     * its own type and cast into out under same_kind, then rounded and scaled back in out's type.
     * So the scaled value must be floating there: a float out for float x, and for integer x with
     * negative decimals.
     */
    static Tensor round(Tensor x, int decimals, Tensor out) {
        Objects.requireNonNull(x, "round: x is null");
        x.checkOpen("round");
        if (out == null) {
            return round(x, decimals);
        }
        out.checkOpen("round");
        Elementwise.commonBackend("round", List.of(x, out));
        if (!Arrays.equals(out.shape, x.shape)) {
            throw new IllegalArgumentException("round: out has shape " + Shape.toString(out.shape) + " but x has shape "
                    + Shape.toString(x.shape) + " (NumPy's ValueError: invalid output shape; out must match x exactly)");
        }
        if (x.dtype == DType.BOOL && decimals != 0) {
            return round(x, decimals);
        }
        if (decimals >= 0 && !x.dtype.isFloatingPoint() && x.dtype != DType.BOOL) {
            Elementwise.checkOut("round", out, x.shape, x.dtype);
            Elementwise.copyInto("round", x, out);
            return out;
        }
        if (decimals == 0) {
            return Elementwise.unary(UnaryOp.ROUND, x, out, null);
        }
        double scale = powerOfTen(Math.abs(decimals));
        try (Tensor scaled = Elementwise.binary(decimals > 0 ? BinaryOp.MULTIPLY : BinaryOp.DIVIDE, Arg.of(x),
                Arg.of(scale), null, null)) {
            Elementwise.checkOut("round", out, x.shape, scaled.dtype);
            Elementwise.copyInto("round", scaled, out);
        }
        Elementwise.unary(UnaryOp.ROUND, out, out, null);
        return Elementwise.binary(decimals > 0 ? BinaryOp.DIVIDE : BinaryOp.MULTIPLY, Arg.of(out), Arg.of(scale),
                out, null);
    }

    /** NumPy's {@code power_of_ten}: exact up to 10^22, then repeated products by 10. */
    private static double powerOfTen(int n) {
        double result = n < 9 ? new double[] {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8}[n] : 1e9;
        for (int k = 9; k < n; k++) {
            result *= 10.;
        }
        return result;
    }

    /** {@code np.rint}: round half to even; a float ufunc, so integer and bool x give {@link #asUfuncFloat}'s type. */
    static Tensor rint(Tensor x) {
        return floating("rint", x, t -> Elementwise.unary(UnaryOp.ROUND, t, null, null));
    }

    /** {@code np.fabs}: the absolute value of a float ufunc (integer and bool x in {@link #asUfuncFloat}'s type). */
    static Tensor fabs(Tensor x) {
        return floating("fabs", x, t -> Elementwise.unary(UnaryOp.ABS, t, null, null));
    }

    /** {@code np.positive}: a copy of numeric x; bool is refused, as NumPy refuses it. */
    static Tensor positive(Tensor x) {
        Objects.requireNonNull(x, "positive: x is null");
        x.checkOpen("positive");
        if (x.dtype == DType.BOOL) {
            throw new IllegalArgumentException("positive: bool input is not supported (NumPy's ufunc 'positive' "
                    + "has no bool loop); convert with astype first");
        }
        return x.copy();
    }

    /** {@code np.float_power(a, b)}: power in float64 (the wider type for float64 inputs). */
    static Tensor floatPower(Arg a, Arg b) {
        try (Tensor a64 = a.isScalar() ? null : asFloat("floatPower", a.tensor());
             Tensor b64 = b.isScalar() ? null : asFloat("floatPower", b.tensor())) {
            return Elementwise.binary(BinaryOp.POWER, a64 == null ? a : Arg.of(a64), b64 == null ? b : Arg.of(b64),
                    null, null);
        }
    }

    /** {@code np.divmod(a, b)}: {@code {floor_divide(a, b), remainder(a, b)}}. */
    static Tensor[] divmod(Arg a, Arg b) {
        Tensor quotient = Elementwise.binary(BinaryOp.FLOOR_DIVIDE, a, b, null, null);
        try {
            return new Tensor[] {quotient, Elementwise.binary(BinaryOp.REMAINDER, a, b, null, null)};
        } catch (RuntimeException e) {
            quotient.close();
            throw e;
        }
    }

    /** {@code np.divmod(a, b, out=(quotientOut, remainderOut), where=where)}: see {@link #delivered}. */
    static Tensor[] divmod(Arg a, Arg b, Tensor quotientOut, Tensor remainderOut, Tensor where) {
        return delivered("divmod", divmod(a, b), new Tensor[] {quotientOut, remainderOut}, where);
    }

    /** {@code np.modf(x, out=(fractionalOut, integralOut), where=where)}: see {@link #delivered}. */
    static Tensor[] modf(Tensor x, Tensor fractionalOut, Tensor integralOut, Tensor where) {
        return delivered("modf", modf(x), new Tensor[] {fractionalOut, integralOut}, where);
    }

    /**
     * A two-output ufunc's {@code out=(o1, o2)} and {@code where=}: the results, computed whole into
     * fresh tensors from the unchanged inputs (so an out sharing an input's memory changes nothing
     * read), are copied into the outs given (either may be null) where {@code where} is true, after
     * both outs are checked as every ufunc out (same_kind cast, backend, writable, not the same tensor
     * twice). As in NumPy, the outs take part in the broadcast: every output has the shape of the
     * inputs, where and the outs broadcast together, which each out must have itself. A null out with
     * a mask gives a new tensor with 0 where the mask is false. Every result not handed back is closed.
     */
    private static Tensor[] delivered(String name, Tensor[] results, Tensor[] outs, Tensor where) {
        try {
            if (outs[0] != null && outs[0] == outs[1]) {
                throw new IllegalArgumentException(name + ": both outs are the same tensor; pass two");
            }
            // the loop's shape: the inputs', where's and the outs' broadcast together, as NumPy's
            List<long[]> shapes = new ArrayList<>(List.of(results[0].shape));
            if (where != null) {
                where.checkOpen(name);
                if (where.dtype != DType.BOOL) {
                    throw new IllegalArgumentException(name + ": where must be a bool tensor, got "
                            + where.dtype.numpyName());
                }
                Elementwise.commonBackend(name, List.of(results[0], where));
                shapes.add(where.shape);
            }
            for (int i = 0; i < outs.length; i++) {
                if (outs[i] != null) {
                    outs[i].checkOpen(name);
                    Elementwise.commonBackend(name, List.of(results[i], outs[i]));
                    shapes.add(outs[i].shape);
                }
            }
            long[] shape = Broadcast.shapes(name, shapes.toArray(long[][]::new));
            for (int i = 0; i < outs.length; i++) {
                if (outs[i] != null) {
                    Elementwise.checkOut(name, outs[i], shape, results[i].dtype);
                }
            }
            Tensor[] delivered = new Tensor[outs.length];
            for (int i = 0; i < outs.length; i++) {
                if (outs[i] == null && where == null && Arrays.equals(shape, results[i].shape)) {
                    delivered[i] = results[i];
                    results[i] = null;
                    continue;
                }
                Tensor target = outs[i] != null ? outs[i] : Tensor.allocate(results[i].backend(), results[i].dtype, shape);
                Elementwise.copyInto(name, results[i], target, where);
                delivered[i] = target;
            }
            return delivered;
        } finally {
            for (Tensor r : results) {
                if (r != null) {
                    r.close();
                }
            }
        }
    }

    /**
     * {@code np.modf(x)}: {@code {fractional, integral}} parts, both with x's sign (C's
     * {@code modf}): integral = trunc(x), fractional = copysign(x - trunc(x), x), and 0 with x's
     * sign for an infinite x. Integer and bool x give NumPy's float ufunc types: float16 for bool, int8
     * and uint8, float32 for int16 and uint16, float64 for int32, uint32 and int64.
     */
    static Tensor[] modf(Tensor x) {
        Objects.requireNonNull(x, "modf: x is null");
        x.checkOpen("modf");
        try (Tensor converted = x.dtype.isFloatingPoint() ? null : asUfuncFloat("modf", x)) {
            Tensor floats = converted == null ? x : converted;
            Tensor integral = Elementwise.unary(UnaryOp.TRUNC, floats, null, null);
            try (Tensor difference = Elementwise.binary(BinaryOp.SUBTRACT, Arg.of(floats), Arg.of(integral), null,
                         null);
                 Tensor infinite = Elementwise.unary(UnaryOp.ISINF, floats, null, null);
                 Tensor finitePart = Elementwise.where(infinite, Arg.of(0.0), Arg.of(difference))) {
                return new Tensor[] {Elementwise.binary(BinaryOp.COPYSIGN, Arg.of(finitePart), Arg.of(floats), null,
                        null), integral};
            } catch (RuntimeException e) {
                integral.close();
                throw e;
            }
        }
    }

    /**
     * {@code np.frexp(x)}: {@code {mantissa, exponent}}, the tokens
     * {@link UnaryOp#FREXP_MANTISSA} and {@link UnaryOp#FREXP_EXPONENT} each as one element-wise
     * map, into the outs when given (both or neither) and only where {@code where} is true.
     */
    static Tensor[] frexp(Tensor x, Tensor mantissaOut, Tensor exponentOut, Tensor where) {
        if (mantissaOut != null && mantissaOut == exponentOut) {
            throw new IllegalArgumentException("frexp: the mantissa and exponent outs are the same tensor; pass two");
        }
        Objects.requireNonNull(x, "frexp: x is null");
        x.checkOpen("frexp");
        // an exponent out sharing x's memory would change x before the mantissa reads it: NumPy reads a copy
        boolean copy = exponentOut != null && MemoryOverlap.mayShareMemory(x, exponentOut);
        try (Tensor source = copy ? x.copy() : null) {
            Tensor input = copy ? source : x;
            // the mantissa first would overwrite x when its out aliases x, so the exponent goes first
            Tensor exponent = Elementwise.unary(UnaryOp.FREXP_EXPONENT, "frexp", input, exponentOut, where);
            try {
                return new Tensor[] {Elementwise.unary(UnaryOp.FREXP_MANTISSA, "frexp", input, mantissaOut, where),
                    exponent};
            } catch (RuntimeException e) {
                if (exponentOut == null) {
                    exponent.close();
                }
                throw e;
            }
        }
    }

    /**
     * {@code np.sinc(x)} as NumPy 2.4 computes it: {@code y = pi * x}, then
     * {@code y = where(y, y, eps)} with eps the machine epsilon of y's float type, then
     * {@code sin(y) / y}; integer and bool x become float64 in the product, float32 stays float32.
     */
    static Tensor sinc(Tensor x) {
        Objects.requireNonNull(x, "sinc: x is null");
        x.checkOpen("sinc");
        try (Tensor product = Elementwise.binary(BinaryOp.MULTIPLY, Arg.of(Math.PI), Arg.of(x), null, null)) {
            double eps = switch (product.dtype) {
                case FLOAT16 -> 0x1p-10;
                case FLOAT32 -> Math.ulp(1.0f);
                default -> Math.ulp(1.0);
            };
            try (Tensor y = Elementwise.where(product, Arg.of(product), Arg.of(eps));
                 Tensor sine = Elementwise.unary(UnaryOp.SIN, y, null, null)) {
                return Elementwise.binary(BinaryOp.DIVIDE, Arg.of(sine), Arg.of(y), null, null);
            }
        }
    }

    /** {@code np.isposinf} ({@code positive}) or {@code np.isneginf}: bool, false for non-float x. */
    static Tensor isInfinity(Tensor x, boolean positive) {
        return isInfinity(x, positive, null);
    }

    /**
     * {@code np.isposinf(x, out)} or {@code np.isneginf(x, out)}: NumPy's
     * {@code logical_and(isinf(x), ~signbit(x), out)}, so out (null: a new bool tensor) may have any
     * type (bool casts safely to all) and any shape x's broadcasts to.
     */
    static Tensor isInfinity(Tensor x, boolean positive, Tensor out) {
        String name = positive ? "isposinf" : "isneginf";
        Objects.requireNonNull(x, name + ": x is null");
        x.checkOpen(name);
        try (Tensor infinite = Elementwise.unary(UnaryOp.ISINF, x, null, null);
             Tensor negative = Elementwise.unary(UnaryOp.SIGNBIT, x, null, null);
             Tensor side = positive ? Elementwise.unary(UnaryOp.LOGICAL_NOT, negative, null, null) : negative.copy()) {
            if (out != null) {
                out.checkOpen(name);
                Elementwise.commonBackend(name, List.of(x, out));
                Elementwise.checkOut(name, out, x.shape, DType.BOOL);
            }
            return Elementwise.binary(BinaryOp.LOGICAL_AND, Arg.of(infinite), Arg.of(side), out, null);
        }
    }

    private static Tensor floating(String name, Tensor x, java.util.function.Function<Tensor, Tensor> op) {
        Objects.requireNonNull(x, name + ": x is null");
        x.checkOpen(name);
        if (x.dtype.isFloatingPoint()) {
            return op.apply(x);
        }
        try (Tensor floats = asUfuncFloat(name, x)) {
            return op.apply(floats);
        }
    }

    /**
     * x as the float type NumPy's float ufuncs compute it in: float16 for bool, int8 and uint8,
     * float32 for int16 and uint16, float64 for int32, uint32 and int64.
     */
    private static Tensor asUfuncFloat(String name, Tensor x) {
        Objects.requireNonNull(x, name + ": x is null");
        x.checkOpen(name);
        return x.astype(io.jtensor.internal.TypeRules.floating(x.dtype));
    }

    private static Tensor asFloat(String name, Tensor x) {
        Objects.requireNonNull(x, name + ": x is null");
        x.checkOpen(name);
        return x.astype(DType.FLOAT64);
    }
}
