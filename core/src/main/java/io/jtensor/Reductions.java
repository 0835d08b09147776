package io.jtensor;

import io.jtensor.backend.Operand;
import io.jtensor.backend.ReducePlan;
import io.jtensor.backend.RowPlan;
import io.jtensor.internal.Axes;
import io.jtensor.internal.Dims;
import io.jtensor.internal.TypeRules;
import io.jtensor.op.BinaryOp;
import io.jtensor.op.ReduceOp;
import io.jtensor.op.RowOp;
import io.jtensor.op.UnaryOp;

import java.util.Arrays;
import java.util.Objects;

/** Axis reductions and the row operations (softmax family): argument checks, layout, dispatch. */
final class Reductions {

    private Reductions() {
    }

    /**
     * Reduces {@code x} over {@code axes} (null: all).
     *
     * @param name the user-facing op name for messages ({@code "std"} runs as VAR)
     */
    static Tensor reduce(ReduceOp op, Tensor x, int[] axes, boolean keepdims, int ddof, String name) {
        Objects.requireNonNull(x, () -> name + ": input tensor is null");
        x.checkOpen(name);
        if (!FloatErrorChecks.reduceActive(op, x.dtype)) {
            return computeReduction(op, x, axes, keepdims, ddof, name);
        }
        int[] reduced = Axes.normalizeAll(name, axes, x.ndim());
        Tensor result = FloatErrorChecks.ignoring(() -> computeReduction(op, x, axes, false, ddof, name));
        try {
            checkFloatErrors(op, x, reduced, ddof, result, name);
        } catch (RuntimeException e) {
            result.close();
            throw e;
        }
        return keepdims ? withReducedAxesKept(result, x.shape, reduced) : result;
    }

    /**
     * The floating-point error checks ({@link Np#seterr}) of a sum, product, mean or variance of
     * float x: a sum's and a product's from their result ("reduce"); a mean and a variance replay
     * the ufunc calls NumPy's {@code _mean} and {@code _var} make (sum, divide by the count;
     * subtract the mean, square, sum, divide by max(count - ddof, 0)), each checked and reported
     * under its own name, as NumPy reports them (a float16 mean sums in float32, NumPy's dtype='f4').
     */
    private static void checkFloatErrors(ReduceOp op, Tensor x, int[] reduced, int ddof, Tensor result, String name) {
        if (op == ReduceOp.SUM || op == ReduceOp.PROD) {
            FloatErrorChecks.checkReduction(op, x, reduced, result);
            return;
        }
        long count = Shape.size(pick(x.shape, reduced));
        if (op == ReduceOp.MEAN) {
            try (Tensor wide = x.dtype == DType.FLOAT16 ? x.astype(DType.FLOAT32) : null;
                 Tensor sum = reduce(ReduceOp.SUM, wide == null ? x : wide, reduced, false, 0, name)) {
                dividedBy(sum, count).close();
            }
            return;
        }
        try (Tensor sum = reduce(ReduceOp.SUM, x, reduced, true, 0, name);
             Tensor mean = dividedBy(sum, count);
             Tensor deviation = Elementwise.binary(BinaryOp.SUBTRACT, Elementwise.Arg.of(x), Elementwise.Arg.of(mean),
                     null, null);
             Tensor square = Elementwise.unary(UnaryOp.SQUARE, deviation, null, null);
             Tensor squares = reduce(ReduceOp.SUM, square, reduced, false, 0, name)) {
            dividedBy(squares, Math.max(count - ddof, 0)).close();
        }
    }

    private static Tensor dividedBy(Tensor x, long count) {
        return Elementwise.binary(BinaryOp.DIVIDE, Elementwise.Arg.of(x), Elementwise.Arg.of((double) count), null, null);
    }

    private static Tensor computeReduction(ReduceOp op, Tensor x, int[] axes, boolean keepdims, int ddof, String name) {
        int ndim = x.ndim();
        int[] reduced = Axes.normalizeAll(name, axes, ndim);
        if (op.isArg() && reduced.length > 1 && reduced.length < ndim) {
            throw new IllegalArgumentException(name + ": reduces one axis or all of them, got axes "
                    + Arrays.toString(axes) + " (as in NumPy)");
        }
        int[] kept = Axes.complement(reduced, ndim);
        long[] keptShape = pick(x.shape, kept);
        long[] reducedShape = pick(x.shape, reduced);
        long keptSize = Shape.size(keptShape);
        long reducedSize = Shape.size(reducedShape);
        // NumPy refuses an empty reduced axis even when the result is empty too (max of a (0, 0)
        // tensor along axis 0)
        if (reducedSize == 0 && !op.definedOnEmpty()) {
            throw new IllegalArgumentException(name + ": zero-size array to reduction operation " + name
                    + " which has no identity (reduced shape " + Shape.toString(reducedShape) + ")");
        }
        if (op == ReduceOp.VAR && x.dtype == DType.FLOAT16) {
            return halfVariance(x, axes, keepdims, ddof, name, false);
        }
        TypeRules.Types types = TypeRules.reduce(op, x.dtype);
        Tensor result = Tensor.allocateUninitialized(x.backend(), types.result(), keptShape);
        if (keptSize > 0) {
            long[] keptStrides = pick(x.strides, kept);
            long[] reducedStrides = pick(x.strides, reduced);
            Dims.Collapsed keptMerged = Dims.collapse(keptShape, keptStrides, result.strides);
            Dims.Collapsed reducedMerged = op.isArg()
                    ? new Dims.Collapsed(reducedShape, new long[][] {reducedStrides})
                    : Dims.collapse(reducedShape, reducedStrides);
            long[] inputStrides = concat(keptMerged.strides()[0], reducedMerged.strides()[0]);
            Operand input = Operand.of(x.storage.storage(), x.dtype, x.offset, inputStrides);
            Operand out = Operand.of(result.storage.storage(), result.dtype, 0, keptMerged.strides()[1]);
            try (Pinned pinned = Pinned.of(name, x, result)) {
                x.backend().reduce(new ReducePlan(op, input, keptMerged.shape(), reducedMerged.shape(), out,
                        types.compute(), ddof));
            }
        }
        return keepdims ? withReducedAxesKept(result, x.shape, reduced) : result;
    }

    /** Standard deviation: the square root of {@code var}. */
    static Tensor std(Tensor x, int[] axes, boolean keepdims, int ddof) {
        if (x.dtype == DType.FLOAT16) {
            Objects.requireNonNull(x, "std: input tensor is null");
            x.checkOpen("std");
            if (!FloatErrorChecks.reduceActive(ReduceOp.VAR, x.dtype)) {
                return halfVariance(x, axes, keepdims, ddof, "std", true);
            }
            int[] reduced = Axes.normalizeAll("std", axes, x.ndim());
            Tensor result = FloatErrorChecks.ignoring(() -> halfVariance(x, axes, keepdims, ddof, "std", true));
            try {
                checkFloatErrors(ReduceOp.VAR, x, reduced, ddof, result, "std");
            } catch (RuntimeException e) {
                result.close();
                throw e;
            }
            return result;
        }
        Tensor variance = reduce(ReduceOp.VAR, x, axes, keepdims, ddof, "std");
        return Elementwise.unary(UnaryOp.SQRT, variance, variance, null);
    }

    /**
     * var (std when {@code root}) of float16 x as NumPy's {@code _var} runs it: every step is a
     * float16 ufunc, computed in float32 and rounded to float16 (NumPy's half loops): the mean as
     * sum / count, the deviations, their squares, the sum of those (float32 accumulation, one
     * rounding) and its quotient by max(count - ddof, 0), and for std its square root.
     */
    private static Tensor halfVariance(Tensor x, int[] axes, boolean keepdims, int ddof, String name, boolean root) {
        int[] reduced = Axes.normalizeAll(name, axes, x.ndim());
        long count = Shape.size(pick(x.shape, reduced));
        try (Tensor sum = reduce(ReduceOp.SUM, x, axes, true, 0, name);
             Tensor mean = halfStep(BinaryOp.DIVIDE, sum, null, count);
             Tensor deviation = halfStep(BinaryOp.SUBTRACT, x, mean, 0);
             Tensor square = halfStep(BinaryOp.MULTIPLY, deviation, deviation, 0);
             Tensor squares = reduce(ReduceOp.SUM, square, axes, keepdims, 0, name)) {
            Tensor variance = halfStep(BinaryOp.DIVIDE, squares, null, Math.max(count - ddof, 0));
            if (!root) {
                return variance;
            }
            try (variance; Tensor wide = variance.astype(DType.FLOAT32);
                 Tensor root32 = Elementwise.unary(UnaryOp.SQRT, wide, wide, null)) {
                return root32.astype(DType.FLOAT16);
            }
        }
    }

    /**
     * {@code op(a, b)} (b null: {@code op(a, scalar)}) on float16 tensors as NumPy's half loops: in
     * float32, rounded once to float16 (float32 holds 2 * 11 + 2 bits, so the result is the correctly
     * rounded float16 one).
     */
    private static Tensor halfStep(BinaryOp op, Tensor a, Tensor b, double scalar) {
        try (Tensor wideA = a.astype(DType.FLOAT32); Tensor wideB = b == null ? null : b.astype(DType.FLOAT32);
             Tensor wide = Elementwise.binary(op, Elementwise.Arg.of(wideA),
                     b == null ? Elementwise.Arg.of(scalar) : Elementwise.Arg.of(wideB), null, null)) {
            return wide.astype(DType.FLOAT16);
        }
    }

    /** Softmax or log-softmax along one axis; the result has x's shape, C-contiguous. */
    static Tensor rowwise(RowOp op, Tensor x, int axis) {
        String name = op.numpyName();
        Objects.requireNonNull(x, () -> name + ": input tensor is null");
        x.checkOpen(name);
        int a = Axes.normalize(name, axis, x.ndim());
        switch (x.dtype) {
            case FLOAT16, INT8, UINT8 -> {
                // int8/uint8 give float16 as scipy (np.exp's type), computed as float16 in float32
                return inFloat32(x, wide -> rowwise(op, wide, axis));
            }
            case INT16, UINT16 -> {
                // float32 as scipy (np.exp's type): the float32 copy is exact
                try (Tensor wide = x.astype(DType.FLOAT32)) {
                    return rowwise(op, wide, axis);
                }
            }
            default -> {
            }
        }
        DType type = x.dtype.isFloatingPoint() ? x.dtype : DType.FLOAT64;
        try (Tensor moved = x.moveAxis(a, -1); Tensor rows = Elementwise.contiguous(name, moved, type)) {
            Tensor result = Tensor.allocateUninitialized(x.backend(), type, rows.shape);
            long cols = x.shape[a];
            runRows(op, rows, cols == 0 ? 0 : x.size() / cols, cols, result);
            if (a == x.ndim() - 1) {
                return result;
            }
            try (result; Tensor back = result.moveAxis(-1, a)) {
                return back.copy();
            }
        }
    }

    /**
     * {@code f} of float16 x computed in float32 on a converted copy (exact) and rounded once to
     * float16: the row kernels exist for float32 and float64 only, and a float32 result rounded to
     * float16 is within half an ulp of the true one (softmax has no NumPy loop to follow).
     */
    private static Tensor inFloat32(Tensor x, java.util.function.UnaryOperator<Tensor> f) {
        try (Tensor wide = x.astype(DType.FLOAT32); Tensor result = f.apply(wide)) {
            return result.astype(DType.FLOAT16);
        }
    }

    /** log(sum(exp(x))) over {@code axes} (null: all), computed stably. */
    static Tensor logSumExp(Tensor x, int[] axes, boolean keepdims) {
        String name = RowOp.LOG_SUM_EXP.numpyName();
        Objects.requireNonNull(x, () -> name + ": input tensor is null");
        x.checkOpen(name);
        if (x.dtype == DType.FLOAT16) {
            return inFloat32(x, wide -> logSumExp(wide, axes, keepdims));
        }
        int ndim = x.ndim();
        int[] reduced = Axes.normalizeAll(name, axes, ndim);
        int[] kept = Axes.complement(reduced, ndim);
        int[] order = concat(kept, reduced);
        DType type = x.dtype.isFloatingPoint() ? x.dtype : DType.FLOAT64;
        long[] keptShape = pick(x.shape, kept);
        long rowCount = Shape.size(keptShape);
        long cols = Shape.size(pick(x.shape, reduced));
        Tensor result = Tensor.allocateUninitialized(x.backend(), type, keptShape);
        try (Tensor permuted = x.transpose(order); Tensor rows = Elementwise.contiguous(name, permuted, type)) {
            runRows(RowOp.LOG_SUM_EXP, rows, rowCount, cols, result);
        }
        return keepdims ? withReducedAxesKept(result, x.shape, reduced) : result;
    }

    /** The result reshaped to the input's shape with the reduced axes as size 1 (keepdims). */
    static Tensor withReducedAxesKept(Tensor result, long[] inputShape, int[] reduced) {
        long[] withOnes = inputShape.clone();
        for (int a : reduced) {
            withOnes[a] = 1;
        }
        try (result) {
            return result.reshape(withOnes);
        }
    }

    private static void runRows(RowOp op, Tensor rows, long rowCount, long cols, Tensor result) {
        if (rowCount == 0) {
            return;
        }
        try (Pinned pinned = Pinned.of(op.numpyName(), rows, result)) {
            rows.backend().rows(new RowPlan(op, Operand.of(rows.storage.storage(), rows.dtype, rows.offset,
                    new long[] {1}), rowCount, cols, Operand.of(result.storage.storage(), result.dtype, 0,
                    new long[] {1}), rows.dtype));
        }
    }

    /** The elements of {@code values} at {@code indices}, in that order. */
    static long[] pick(long[] values, int[] indices) {
        long[] result = new long[indices.length];
        for (int i = 0; i < indices.length; i++) {
            result[i] = values[indices[i]];
        }
        return result;
    }

    private static long[] concat(long[] a, long[] b) {
        long[] result = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, result, a.length, b.length);
        return result;
    }

    private static int[] concat(int[] a, int[] b) {
        int[] result = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, result, a.length, b.length);
        return result;
    }
}
