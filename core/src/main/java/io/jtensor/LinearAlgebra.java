package io.jtensor;

import io.jtensor.backend.MatmulPlan;
import io.jtensor.backend.Operand;
import io.jtensor.internal.Axes;
import io.jtensor.internal.Broadcast;
import io.jtensor.op.BinaryOp;
import io.jtensor.op.ReduceOp;
import io.jtensor.op.UnaryOp;

import java.util.Arrays;
import java.util.Objects;

/** matmul, dot, outer and norm with NumPy's shape rules. */
final class LinearAlgebra {

    private LinearAlgebra() {
    }

    static Tensor matmul(Tensor a, Tensor b) {
        Elementwise.checkPair("matmul", a, b);
        if (a.ndim() == 0 || b.ndim() == 0) {
            throw new IllegalArgumentException("matmul: operands must be at least 1-d, got shapes "
                    + Shape.toString(a.shape) + " and " + Shape.toString(b.shape) + " (use multiply for scalars)");
        }
        DType promoted = DType.promote(a.dtype, b.dtype);
        if (promoted == DType.BOOL) {
            try (Tensor ai = a.astype(DType.INT64); Tensor bi = b.astype(DType.INT64);
                 Tensor counts = matmul(ai, bi)) {
                return Elementwise.binary(BinaryOp.NOT_EQUAL, Elementwise.Arg.of(counts), Elementwise.Arg.of(0L),
                        null, null);
            }
        }
        if (promoted.computeType() != promoted) {
            // storage types multiply as exact copies in their compute type, then convert back. float16:
            // NumPy has no BLAS for it; its loop accumulates each dot product in float32 and rounds once,
            // which the float32 product reproduces up to the order of the additions. int8/int16: NumPy
            // wraps every product and sum to the type's width; int32 wraps modulo 2^32, same low bits
            DType wideType = promoted.computeType();
            try (Tensor aw = a.astype(wideType); Tensor bw = b.astype(wideType); Tensor wide = matmul(aw, bw)) {
                return wide.astype(promoted);
            }
        }
        // a 1-d operand takes part as a matrix view; the views and conversions made here are closed here
        try (Tensor aMatrix = a.ndim() == 1 ? a.reshape(1, a.shape[0]) : null;
             Tensor bMatrix = b.ndim() == 1 ? b.reshape(b.shape[0], 1) : null) {
            Tensor a2 = aMatrix != null ? aMatrix : a;
            Tensor b2 = bMatrix != null ? bMatrix : b;
            long m = a2.shape[a2.ndim() - 2];
            long k = a2.shape[a2.ndim() - 1];
            long kb = b2.shape[b2.ndim() - 2];
            long n = b2.shape[b2.ndim() - 1];
            if (k != kb) {
                throw new IllegalArgumentException("matmul: shapes " + Shape.toString(a.shape) + " and "
                        + Shape.toString(b.shape) + " are not aligned: " + k + " (last dim of the first) != " + kb
                        + " (" + (b.ndim() == 1 ? "size" : "second-to-last dim") + " of the second)");
            }
            long[] batch = Broadcast.shapes("matmul", Arrays.copyOf(a2.shape, a2.ndim() - 2),
                    Arrays.copyOf(b2.shape, b2.ndim() - 2));
            long[] outShape = Arrays.copyOf(batch, batch.length + 2);
            outShape[batch.length] = m;
            outShape[batch.length + 1] = n;
            Tensor result = Tensor.allocateUninitialized(a.backend(), promoted, outShape);
            if (result.size() > 0) {
                try (Tensor aConverted = a2.dtype == promoted ? null : a2.astype(promoted);
                     Tensor bConverted = b2.dtype == promoted ? null : b2.astype(promoted)) {
                    Tensor ac = aConverted != null ? aConverted : a2;
                    Tensor bc = bConverted != null ? bConverted : b2;
                    try (Pinned pinned = Pinned.of("matmul", ac, bc, result)) {
                        a.backend().matmul(new MatmulPlan(batch, m, k, n, matrixOperand(ac, batch),
                                matrixOperand(bc, batch), result.operand(), promoted));
                    }
                }
            }
            long[] finalShape = outShape;
            if (a.ndim() == 1 || b.ndim() == 1) {
                int drop = (a.ndim() == 1 ? 1 : 0) + (b.ndim() == 1 ? 1 : 0);
                finalShape = new long[outShape.length - drop];
                System.arraycopy(outShape, 0, finalShape, 0, batch.length);
                int k2 = batch.length;
                if (a.ndim() != 1) {
                    finalShape[k2++] = m;
                }
                if (b.ndim() != 1) {
                    finalShape[k2] = n;
                }
                try (result) {
                    return result.reshape(finalShape);
                }
            }
            return result;
        }
    }

    private static Operand matrixOperand(Tensor t, long[] batch) {
        int nd = t.ndim();
        long[] batchShape = Arrays.copyOf(t.shape, nd - 2);
        long[] batchStrides = Broadcast.strides(batchShape, Arrays.copyOf(t.strides, nd - 2), batch);
        long[] strides = Arrays.copyOf(batchStrides, batch.length + 2);
        strides[batch.length] = t.shape[nd - 2] == 1 ? 0 : t.strides[nd - 2];
        strides[batch.length + 1] = t.shape[nd - 1] == 1 ? 0 : t.strides[nd - 1];
        return Operand.of(t.storage.storage(), t.dtype, t.offset, strides);
    }

    static Tensor dot(Tensor a, Tensor b) {
        Elementwise.checkPair("dot", a, b);
        if (a.ndim() == 0 || b.ndim() == 0) {
            return Elementwise.binary(BinaryOp.MULTIPLY, Elementwise.Arg.of(a), Elementwise.Arg.of(b), null, null);
        }
        if (a.ndim() <= 2 && b.ndim() <= 2) {
            return matmulWithDotMessage(a, b);
        }
        long k = a.shape[a.ndim() - 1];
        int contracted = b.ndim() == 1 ? 0 : b.ndim() - 2;
        if (b.shape[contracted] != k) {
            throw new IllegalArgumentException("dot: shapes " + Shape.toString(a.shape) + " and "
                    + Shape.toString(b.shape) + " are not aligned: " + k + " (dim " + (a.ndim() - 1) + ") != "
                    + b.shape[contracted] + " (dim " + contracted + ")");
        }
        long[] aRest = Arrays.copyOf(a.shape, a.ndim() - 1);
        long[] bRest = new long[b.ndim() - 1];
        for (int d = 0, j = 0; d < b.ndim(); d++) {
            if (d != contracted) {
                bRest[j++] = b.shape[d];
            }
        }
        // explicit sizes: with k = 0 a -1 could not be inferred
        try (Tensor a2 = a.reshape(Shape.size(aRest), k); Tensor bMoved = b.moveAxis(contracted, 0);
             Tensor b2 = bMoved.reshape(k, Shape.size(bRest)); Tensor product = matmul(a2, b2)) {
            long[] shape = Arrays.copyOf(aRest, aRest.length + bRest.length);
            System.arraycopy(bRest, 0, shape, aRest.length, bRest.length);
            return product.reshape(shape);
        }
    }

    private static Tensor matmulWithDotMessage(Tensor a, Tensor b) {
        long k = a.shape[a.ndim() - 1];
        long kb = b.shape[0];
        if (k != kb) {
            throw new IllegalArgumentException("dot: shapes " + Shape.toString(a.shape) + " and "
                    + Shape.toString(b.shape) + " are not aligned: " + k + " (dim " + (a.ndim() - 1) + ") != " + kb
                    + " (dim 0)");
        }
        return matmul(a, b);
    }

    static Tensor outer(Tensor a, Tensor b) {
        return outer(a, b, null);
    }

    /** {@code np.outer(a, b, out)}: {@code multiply(a.ravel()[:, None], b.ravel()[None, :], out=out)}. */
    static Tensor outer(Tensor a, Tensor b, Tensor out) {
        Elementwise.checkPair("outer", a, b);
        try (Tensor column = a.reshape(a.size(), 1); Tensor row = b.reshape(1, b.size())) {
            return Elementwise.binary(BinaryOp.MULTIPLY, Elementwise.Arg.of(column), Elementwise.Arg.of(row), out, null);
        }
    }

    /**
     * {@code np.matmul(a, b, out=out)}: the product written into out as a ufunc's result is (it
     * broadcasts to out's shape and casts to out's type under same_kind); computed first, so out
     * may overlap a or b.
     */
    static Tensor matmul(Tensor a, Tensor b, Tensor out) {
        if (out == null) {
            return matmul(a, b);
        }
        out.checkOpen("matmul");
        try (Tensor result = matmul(a, b)) {
            Elementwise.commonBackend("matmul", java.util.List.of(result, out));
            Elementwise.checkOut("matmul", out, result.shape, result.dtype);
            Elementwise.copyInto("matmul", result, out);
        }
        return out;
    }

    /**
     * {@code np.dot(a, b, out=out)}: NumPy requires out to be exactly what dot would return (its
     * type and shape) and C-contiguous; the product is computed first, then copied.
     */
    static Tensor dot(Tensor a, Tensor b, Tensor out) {
        if (out == null) {
            return dot(a, b);
        }
        out.checkOpen("dot");
        try (Tensor result = dot(a, b)) {
            return intoExactOut("dot", result, out);
        }
    }

    /**
     * Copies a product into {@code out}, which must be what NumPy's dot accepts: C-contiguous, of the
     * result's type and shape exactly (no casting); returns out.
     */
    static Tensor intoExactOut(String op, Tensor result, Tensor out) {
        Elementwise.commonBackend(op, java.util.List.of(result, out));
        if (out.dtype != result.dtype || !Arrays.equals(out.shape, result.shape) || !out.isContiguous()) {
            throw new IllegalArgumentException(op + ": out must be a C-contiguous " + result.dtype.numpyName()
                    + " tensor of shape " + Shape.toString(result.shape) + " (the result's), got "
                    + (out.isContiguous() ? "" : "a non-contiguous ") + out.dtype.numpyName() + " of shape "
                    + Shape.toString(out.shape) + " (NumPy's ValueError: output array is not acceptable)");
        }
        Elementwise.checkWritable(op, "out", out);
        Elementwise.copyInto(op, result, out);
        return out;
    }

    // ---- norms ------------------------------------------------------------------------------------

    /** {@code np.linalg.norm(x)}: the 2-norm of the flattened tensor. */
    static Tensor norm(Tensor x) {
        Objects.requireNonNull(x, "norm: input tensor is null");
        x.checkOpen("norm");
        return vectorNorm("norm", x, 2, null, false);
    }

    /** {@code np.linalg.norm(x, ord, axis, keepdims)} for a numeric ord (±1, ±2, ±inf, 0, p). */
    static Tensor norm(Tensor x, double ord, int[] axes, boolean keepdims) {
        Objects.requireNonNull(x, "norm: input tensor is null");
        x.checkOpen("norm");
        int[] normalized = normAxes(x, axes);
        if (normalized.length == 1) {
            return vectorNorm("norm", x, ord, normalized, keepdims);
        }
        return matrixNorm(x, ord, normalized, keepdims);
    }

    /** {@code np.linalg.norm(x, 'fro' | 'nuc', axis, keepdims)}. */
    static Tensor norm(Tensor x, String ord, int[] axes, boolean keepdims) {
        Objects.requireNonNull(x, "norm: input tensor is null");
        x.checkOpen("norm");
        int[] normalized = normAxes(x, axes);
        if (normalized.length != 2) {
            throw new IllegalArgumentException("norm: ord '" + ord + "' needs a matrix (2 axes), got "
                    + normalized.length + " axis");
        }
        return switch (ord) {
            case "fro" -> vectorNorm("norm", x, 2, normalized, keepdims);
            case "nuc" -> singularValueNorm(x, normalized, keepdims, "nuc");
            default -> throw new IllegalArgumentException("norm: invalid ord '" + ord
                    + "' (valid strings: 'fro', 'nuc'; numbers: 1, 2, inf, -1, -2, -inf)");
        };
    }

    /**
     * NumPy 2's {@code np.linalg.vector_norm(x, axis, keepdims, ord)}: the vector norm over the given
     * axes taken together (null: every axis, whatever x's dimension).
     */
    static Tensor vectorNormOver(Tensor x, double ord, int[] axes, boolean keepdims) {
        Objects.requireNonNull(x, "vectorNorm: input tensor is null");
        x.checkOpen("vectorNorm");
        int[] normalized = Axes.normalizeAll("vectorNorm", axes, x.ndim());
        return vectorNorm("vectorNorm", x, ord, normalized, keepdims);
    }

    /** NumPy 2's {@code np.linalg.matrix_norm}'s axes: the last two of x, which must have them. */
    static int[] matrixAxes(Tensor x) {
        Objects.requireNonNull(x, "matrixNorm: input tensor is null");
        x.checkOpen("matrixNorm");
        if (x.ndim() < 2) {
            throw new IllegalArgumentException("matrixNorm: x must be at least 2-d (a matrix or a stack of matrices), got shape "
                    + Shape.toString(x.shape));
        }
        return new int[] {x.ndim() - 2, x.ndim() - 1};
    }

    /** NumPy 2's {@code np.linalg.vecdot(a, b, axis)}: sum(a * b) along the axis, the other axes broadcast. */
    static Tensor vecdot(Tensor a, Tensor b, int axis) {
        Elementwise.checkPair("vecdot", a, b);
        if (a.ndim() == 0 || b.ndim() == 0) {
            throw new IllegalArgumentException("vecdot: needs operands of at least 1 dimension, got shapes "
                    + Shape.toString(a.shape) + " and " + Shape.toString(b.shape));
        }
        int axisA = Axes.normalize("vecdot", axis, a.ndim());
        int axisB = Axes.normalize("vecdot", axis, b.ndim());
        if (a.shape[axisA] != b.shape[axisB]) {
            throw new IllegalArgumentException("vecdot: a of shape " + Shape.toString(a.shape) + " has length "
                    + a.shape[axisA] + " along axis " + axis + " but b of shape " + Shape.toString(b.shape)
                    + " has " + b.shape[axisB] + "; they must be equal");
        }
        try (Tensor lastA = a.moveAxis(axisA, -1); Tensor lastB = b.moveAxis(axisB, -1)) {
            return Einsum.einsum("...i,...i->...", lastA, lastB);
        }
    }

    /** NumPy 2's {@code np.linalg.matrix_transpose(x)}: the last two axes swapped, as a view. */
    static Tensor matrixTranspose(Tensor x) {
        Objects.requireNonNull(x, "matrixTranspose: input tensor is null");
        x.checkOpen("matrixTranspose");
        if (x.ndim() < 2) {
            throw new IllegalArgumentException("matrixTranspose: x must be at least 2-d, got shape "
                    + Shape.toString(x.shape));
        }
        return x.swapaxes(x.ndim() - 2, x.ndim() - 1);
    }

    private static int[] normAxes(Tensor x, int[] axes) {
        if (axes == null) {
            if (x.ndim() == 1 || x.ndim() == 2) {
                return Axes.normalizeAll("norm", null, x.ndim());
            }
            throw new IllegalArgumentException("norm: an ord needs a 1-d or 2-d tensor or explicit axes, got shape "
                    + Shape.toString(x.shape));
        }
        if (axes.length != 1 && axes.length != 2) {
            throw new IllegalArgumentException("norm: give 1 axis (vector norm) or 2 axes (matrix norm), got "
                    + Arrays.toString(axes));
        }
        int[] normalized = new int[axes.length];
        for (int i = 0; i < axes.length; i++) {
            normalized[i] = Axes.normalize("norm", axes[i], x.ndim());
        }
        if (axes.length == 2 && normalized[0] == normalized[1]) {
            throw new IllegalArgumentException("norm: duplicate axes " + Arrays.toString(axes));
        }
        return normalized;
    }

    private static Tensor vectorNorm(String op, Tensor x, double ord, int[] axes, boolean keepdims) {
        try (Tensor f = floating(x); Tensor abs = Elementwise.unary(UnaryOp.ABS, f, null, null)) {
            if (ord == Double.POSITIVE_INFINITY) {
                // NumPy's max(|x|, initial=0): 0 over an empty selection, where a plain max has no identity
                boolean empty = Arrays.stream(axes).anyMatch(axis -> x.shape[axis] == 0);
                return Reductions.reduce(empty ? ReduceOp.SUM : ReduceOp.MAX, abs, axes, keepdims, 0, op);
            }
            if (ord == Double.NEGATIVE_INFINITY) {
                return Reductions.reduce(ReduceOp.MIN, abs, axes, keepdims, 0, op);
            }
            if (ord == 0) {
                try (Tensor nonzero = Elementwise.binary(BinaryOp.NOT_EQUAL, Elementwise.Arg.of(abs),
                        Elementwise.Arg.of(0.0), null, null);
                     Tensor asFloat = nonzero.astype(f.dtype)) {
                    return Reductions.reduce(ReduceOp.SUM, asFloat, axes, keepdims, 0, op);
                }
            }
            if (ord == 1) {
                return Reductions.reduce(ReduceOp.SUM, abs, axes, keepdims, 0, op);
            }
            if (ord == 2) {
                try (Tensor squares = Elementwise.unary(UnaryOp.SQUARE, abs, null, null)) {
                    Tensor sum = Reductions.reduce(ReduceOp.SUM, squares, axes, keepdims, 0, op);
                    return Elementwise.unary(UnaryOp.SQRT, sum, sum, null);
                }
            }
            try (Tensor powered = Elementwise.binary(BinaryOp.POWER, Elementwise.Arg.of(abs), Elementwise.Arg.of(ord),
                    null, null)) {
                Tensor sum = Reductions.reduce(ReduceOp.SUM, powered, axes, keepdims, 0, op);
                return Elementwise.binary(BinaryOp.POWER, Elementwise.Arg.of(sum), Elementwise.Arg.of(1 / ord), sum, null);
            }
        }
    }

    private static Tensor matrixNorm(Tensor x, double ord, int[] axes, boolean keepdims) {
        int rowAxis = axes[0];
        int colAxis = axes[1];
        if (ord == 2 || ord == -2) {
            return singularValueNorm(x, axes, keepdims, ord == 2 ? "2" : "-2");
        }
        boolean columns = ord == 1 || ord == -1;
        boolean rows = ord == Double.POSITIVE_INFINITY || ord == Double.NEGATIVE_INFINITY;
        if (!columns && !rows) {
            throw new IllegalArgumentException("norm: invalid ord " + ord
                    + " for a matrix (valid: 1, -1, 2, -2, inf, -inf, 'fro', 'nuc')");
        }
        int sumAxis = columns ? rowAxis : colAxis;
        int pickAxis = columns ? colAxis : rowAxis;
        // NumPy's max(..., initial=0) for ord 1 and inf: 0 over no columns (rows); min has no identity
        ReduceOp pick = ord < 0 ? ReduceOp.MIN : x.shape[pickAxis] == 0 ? ReduceOp.SUM : ReduceOp.MAX;
        try (Tensor f = floating(x); Tensor abs = Elementwise.unary(UnaryOp.ABS, f, null, null);
             Tensor sums = Reductions.reduce(ReduceOp.SUM, abs, new int[] {sumAxis}, true, 0, "norm")) {
            return Reductions.reduce(pick, sums, new int[] {pickAxis, sumAxis}, keepdims, 0, "norm");
        }
    }

    private static Tensor singularValueNorm(Tensor x, int[] axes, boolean keepdims, String ord) {
        HostLinearAlgebra.refuseFloat16("norm (ord " + ord + ")", x);
        if (ord.equals("-2") && Math.min(x.shape[axes[0]], x.shape[axes[1]]) == 0) {
            throw new IllegalArgumentException("norm: ord -2 of empty matrices (shape " + Shape.toString(x.shape)
                    + ", axes " + Arrays.toString(axes) + ") has no smallest singular value (NumPy: zero-size minimum)");
        }
        try (Tensor f = floating(x); Tensor moved = f.transpose(matrixLast(x.ndim(), axes));
             Tensor host = moved.astype(DType.FLOAT64)) {
            long[] shape = host.shape;
            int nd = shape.length;
            long m = shape[nd - 2];
            long n = shape[nd - 1];
            double[] values = host.toDoubleArray();
            int count = (int) (m * n == 0 ? Shape.size(Arrays.copyOf(shape, nd - 2)) : values.length / (m * n));
            double[] result = new double[count];
            for (int i = 0; i < count; i++) {
                double[] sv = SingularValues.of(values, i * (int) (m * n), (int) m, (int) n);
                result[i] = switch (ord) {
                    case "2" -> sv.length == 0 ? 0 : sv[0];
                    case "-2" -> sv.length == 0 ? 0 : sv[sv.length - 1];
                    default -> Arrays.stream(sv).sum();
                };
            }
            long[] outShape = keepdims ? keptShape(x.shape, axes) : droppedShape(x.shape, axes);
            try (Tensor r = Creation.fromDoubles(x.backend(), result, outShape)) {
                return r.astype(f.dtype);
            }
        }
    }

    private static int[] matrixLast(int ndim, int[] axes) {
        int[] order = new int[ndim];
        int k = 0;
        for (int d = 0; d < ndim; d++) {
            if (d != axes[0] && d != axes[1]) {
                order[k++] = d;
            }
        }
        order[k++] = axes[0];
        order[k] = axes[1];
        return order;
    }

    private static long[] keptShape(long[] shape, int[] axes) {
        long[] result = shape.clone();
        for (int a : axes) {
            result[a] = 1;
        }
        return result;
    }

    private static long[] droppedShape(long[] shape, int[] axes) {
        long[] result = new long[shape.length - axes.length];
        for (int d = 0, k = 0; d < shape.length; d++) {
            if (d != axes[0] && d != axes[axes.length - 1]) {
                result[k++] = shape[d];
            }
        }
        return result;
    }

    private static Tensor floating(Tensor x) {
        return x.dtype.isFloatingPoint() ? x.reshape(x.shape) : x.astype(DType.FLOAT64);
    }
}
