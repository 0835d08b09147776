package io.jtensor;

import io.jtensor.Elementwise.Arg;
import io.jtensor.op.BinaryOp;
import io.jtensor.op.ReduceOp;

import java.util.Arrays;
import java.util.Objects;

/**
 * NumPy's ufunc methods for the binary op tokens: {@code op.outer(a, b)} for every op, and
 * {@code op.reduce(x, axis)} for the ops jtensor has a reduction for (add → sum, multiply → prod,
 * maximum → max, minimum → min, logical_and → all, logical_or → any).
 */
final class UfuncMethods {

    private UfuncMethods() {
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
