package io.jtensor;

import io.jtensor.Elementwise.Arg;
import io.jtensor.op.BinaryOp;
import io.jtensor.op.ElementwiseOp;
import io.jtensor.op.ReduceOp;
import io.jtensor.op.UnaryOp;

import java.util.Arrays;
import java.util.Objects;

/**
 * NumPy's ufunc calls and methods on the op tokens: the call with every keyword
 * ({@code op(x, out=, where=, dtype=, casting=)}, see {@link UfuncOptions}), {@code op.outer(a, b)}
 * for every binary op, and {@code op.reduce(x, axis)} for the ops jtensor has a reduction for
 * (add → sum, multiply → prod, maximum → max, minimum → min, logical_and → all, logical_or → any).
 */
final class UfuncMethods {

    private UfuncMethods() {
    }

    /** {@code op(x, out=, where=, dtype=, casting=)} for a unary token. */
    static Tensor apply(UnaryOp op, Tensor x, UfuncOptions options) {
        requireUfunc(op, options);
        return Elementwise.unary(op, x, options);
    }

    /** {@code op(a, b, out=, where=, dtype=, casting=)} for a binary token; a and b may be Java scalars. */
    static Tensor apply(BinaryOp op, Arg a, Arg b, UfuncOptions options) {
        requireUfunc(op, options);
        return Elementwise.binary(op, a, b, options);
    }

    /**
     * Refuses the tokens that are steps of other calls rather than ufuncs of their own (frexp's two
     * halves, the float16 variants core picks, the plain copy).
     */
    private static void requireUfunc(ElementwiseOp op, UfuncOptions options) {
        Objects.requireNonNull(op, "apply: op is null");
        Objects.requireNonNull(options, () -> op.numpyName() + ": options is null (pass UfuncOptions.DEFAULT)");
        boolean internal = op == UnaryOp.COPY || op == UnaryOp.FREXP_MANTISSA || op == UnaryOp.FREXP_EXPONENT
                || op == UnaryOp.SPACING_FLOAT16 || op == BinaryOp.NEXTAFTER_FLOAT16;
        if (internal) {
            throw new IllegalArgumentException("apply: " + op.numpyName() + " is a step of another call, not a ufunc"
                    + " (use frexp, spacing, nextafter, astype or positive)");
        }
    }

    /** {@code op.outer(a, b)}: {@code op(a[..., None, ..., None], b)}, shape a.shape + b.shape. */
    static Tensor outer(BinaryOp op, Tensor a, Tensor b) {
        Objects.requireNonNull(op, "outer: op is null");
        Elementwise.checkPair(op.numpyName() + ".outer", a, b);
        long[] shape = Arrays.copyOf(a.shape(), a.ndim() + b.ndim());
        Arrays.fill(shape, a.ndim(), shape.length, 1);
        try (Tensor expanded = a.reshape(shape)) {
            return Elementwise.binary(op, Arg.of(expanded), Arg.of(b), null, null);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(op.numpyName() + ".outer: " + e.getMessage(), e);
        }
    }

    /** {@code op.reduce(x)}: NumPy's default axis 0, which a 0-d x reduces as no axis at all. */
    static Tensor reduceFirstAxis(BinaryOp op, Tensor x) {
        Objects.requireNonNull(x, "reduce: x is null");
        return reduce(op, x, x.ndim() == 0 ? new int[0] : new int[] {0}, false);
    }

    /** {@code op.reduce(x, axis=axes, keepdims=keepdims)}; axes null reduces every axis. */
    static Tensor reduce(BinaryOp op, Tensor x, int[] axes, boolean keepdims) {
        Objects.requireNonNull(op, "reduce: op is null");
        String name = op.numpyName() + ".reduce";
        Objects.requireNonNull(x, name + ": x is null");
        x.checkOpen(name);
        ReduceOp reduction = switch (op) {
            case ADD -> ReduceOp.SUM;
            case MULTIPLY -> ReduceOp.PROD;
            case MAXIMUM -> ReduceOp.MAX;
            case MINIMUM -> ReduceOp.MIN;
            case LOGICAL_AND -> ReduceOp.ALL;
            case LOGICAL_OR -> ReduceOp.ANY;
            default -> throw new IllegalArgumentException(name + ": not offered for " + op.numpyName()
                    + " (reduce is offered for add, multiply, maximum, minimum, logical_and and logical_or)");
        };
        return Reductions.reduce(reduction, x, axes, keepdims, 0, name);
    }
}
