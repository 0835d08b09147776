package io.jtensor;

import io.jtensor.Elementwise.Arg;
import io.jtensor.internal.Axes;
import io.jtensor.internal.Broadcast;
import io.jtensor.op.BinaryOp;
import io.jtensor.op.UnaryOp;

import java.util.Arrays;
import java.util.Objects;

/**
 * {@code np.tensordot}, {@code np.inner}, {@code np.vdot}, {@code np.kron} and {@code np.cross},
 * composed of views, matmul and element-wise ops. Every product of summed axes is one matmul of
 * the operands transposed and reshaped to (free, summed) and (summed, free), as NumPy's tensordot
 * does, so the result type, bool's logical product and the summation are matmul's.
 */
final class Contraction {

    private Contraction() {
    }

    /** {@code np.tensordot(a, b, axes)} for an int: the last {@code axes} of a with the first of b (negative: none, as NumPy). */
    static Tensor tensordot(Tensor a, Tensor b, int axes) {
        Elementwise.checkPair("tensordot", a, b);
        int n = Math.max(axes, 0);
        if (n > a.ndim() || n > b.ndim()) {
            throw new IllegalArgumentException("tensordot: axes " + axes + " is more than the dimensions of shapes "
                    + Shape.toString(a.shape) + " and " + Shape.toString(b.shape));
        }
        int[] axesA = new int[n];
        int[] axesB = new int[n];
        for (int i = 0; i < n; i++) {
            axesA[i] = a.ndim() - n + i;
            axesB[i] = i;
        }
        return contract("tensordot", a, b, axesA, axesB);
    }

    /** {@code np.tensordot(a, b, (axesA, axesB))}: sums the products over axesA[i] of a paired with axesB[i] of b. */
    static Tensor tensordot(Tensor a, Tensor b, int[] axesA, int[] axesB) {
        Elementwise.checkPair("tensordot", a, b);
        Objects.requireNonNull(axesA, "tensordot: axesA is null");
        Objects.requireNonNull(axesB, "tensordot: axesB is null");
        if (axesA.length != axesB.length) {
            throw new IllegalArgumentException("tensordot: shape-mismatch for sum: " + axesA.length + " axes "
                    + Arrays.toString(axesA) + " of a but " + axesB.length + " axes " + Arrays.toString(axesB) + " of b");
        }
        return contract("tensordot", a, b, pairingOrder(axesA, a.ndim()), pairingOrder(axesB, b.ndim()));
    }

    /** The axes normalized in the order given (Axes.normalizeAll would sort them and break the pairing). */
    private static int[] pairingOrder(int[] axes, int ndim) {
        int[] normalized = new int[axes.length];
        for (int i = 0; i < axes.length; i++) {
            normalized[i] = Axes.normalize("tensordot", axes[i], ndim);
            for (int j = 0; j < i; j++) {
                if (normalized[j] == normalized[i]) {
                    throw new IllegalArgumentException("tensordot: axis " + axes[i] + " is repeated in "
                            + Arrays.toString(axes));
                }
            }
        }
        return normalized;
    }

    /** a's axesA against b's axesB (normalized, in pairing order): one matmul of (free a, summed) by (summed, free b). */
    private static Tensor contract(String op, Tensor a, Tensor b, int[] axesA, int[] axesB) {
        long k = 1;
        for (int i = 0; i < axesA.length; i++) {
            if (a.shape[axesA[i]] != b.shape[axesB[i]]) {
                throw new IllegalArgumentException(op + ": shape-mismatch for sum: axis " + axesA[i] + " of "
                        + Shape.toString(a.shape) + " has size " + a.shape[axesA[i]] + " but axis " + axesB[i] + " of "
                        + Shape.toString(b.shape) + " has size " + b.shape[axesB[i]]);
            }
            k *= a.shape[axesA[i]];
        }
        int[] freeA = others(axesA, a.ndim());
        int[] freeB = others(axesB, b.ndim());
        long[] shapeA = pick(a.shape, freeA);
        long[] shapeB = pick(b.shape, freeB);
        long[] shape = Arrays.copyOf(shapeA, shapeA.length + shapeB.length);
        System.arraycopy(shapeB, 0, shape, shapeA.length, shapeB.length);
        try (Tensor at = a.transpose(concat(freeA, axesA)); Tensor bt = b.transpose(concat(axesB, freeB));
             Tensor a2 = at.reshape(Shape.size(shapeA), k); Tensor b2 = bt.reshape(k, Shape.size(shapeB));
             Tensor product = LinearAlgebra.matmul(a2, b2)) {
            return product.reshape(shape);
        }
    }

    /** {@code np.inner(a, b)}: the sum over the last axes of both; a 0-d operand multiplies. */
    static Tensor inner(Tensor a, Tensor b) {
        Elementwise.checkPair("inner", a, b);
        if (a.ndim() == 0 || b.ndim() == 0) {
            return Elementwise.binary(BinaryOp.MULTIPLY, Arg.of(a), Arg.of(b), null, null);
        }
        long ka = a.shape[a.ndim() - 1];
        long kb = b.shape[b.ndim() - 1];
        if (ka != kb) {
            throw new IllegalArgumentException("inner: shapes " + Shape.toString(a.shape) + " and "
                    + Shape.toString(b.shape) + " are not aligned: " + ka + " (dim " + (a.ndim() - 1) + ") != " + kb
                    + " (dim " + (b.ndim() - 1) + ")");
        }
        return contract("inner", a, b, new int[] {a.ndim() - 1}, new int[] {b.ndim() - 1});
    }

    /** {@code np.vdot(a, b)}: the dot product of the flattened operands, a 0-d tensor. */
    static Tensor vdot(Tensor a, Tensor b) {
        Elementwise.checkPair("vdot", a, b);
        if (a.size() != b.size()) {
            throw new IllegalArgumentException("vdot: the operands have different sizes: " + a.size() + " (shape "
                    + Shape.toString(a.shape) + ") and " + b.size() + " (shape " + Shape.toString(b.shape) + ")");
        }
        try (Tensor fa = a.reshape(a.size()); Tensor fb = b.reshape(b.size())) {
            return contract("vdot", fa, fb, new int[] {0}, new int[] {0});
        }
    }

    /**
     * {@code np.kron(a, b)}: with both padded to the same rank by leading 1s, element (i*n + j) of
     * each axis is a[i] * b[j]; computed as one broadcast multiply of a and b interleaved as
     * (a0, 1, a1, 1, ...) and (1, b0, 1, b1, ...), then merged pairwise.
     */
    static Tensor kron(Tensor a, Tensor b) {
        Elementwise.checkPair("kron", a, b);
        int nd = Math.max(a.ndim(), b.ndim());
        long[] spreadA = new long[2 * nd];
        long[] spreadB = new long[2 * nd];
        long[] shape = new long[nd];
        for (int d = 0; d < nd; d++) {
            long da = d < nd - a.ndim() ? 1 : a.shape[d - (nd - a.ndim())];
            long db = d < nd - b.ndim() ? 1 : b.shape[d - (nd - b.ndim())];
            spreadA[2 * d] = da;
            spreadA[2 * d + 1] = 1;
            spreadB[2 * d] = 1;
            spreadB[2 * d + 1] = db;
            shape[d] = Math.multiplyExact(da, db);
        }
        try (Tensor a2 = a.reshape(spreadA); Tensor b2 = b.reshape(spreadB);
             Tensor product = Elementwise.binary(BinaryOp.MULTIPLY, Arg.of(a2), Arg.of(b2), null, null)) {
            return product.reshape(shape);
        }
    }

    /**
     * {@code np.cross(a, b, axisa, axisb, axisc)}: the cross product of the vectors along axisa of
     * a and axisb of b (length 2 or 3; a 2-vector has z = 0), broadcast over the other axes and
     * placed along axisc of the result; two 2-vectors give the z component alone, without axisc.
     */
    static Tensor cross(Tensor a, Tensor b, int axisa, int axisb, int axisc) {
        Elementwise.checkPair("cross", a, b);
        int aa = Axes.normalize("cross", axisa, a.ndim());
        int ab = Axes.normalize("cross", axisb, b.ndim());
        long na = a.shape[aa];
        long nb = b.shape[ab];
        if ((na != 2 && na != 3) || (nb != 2 && nb != 3)) {
            throw new IllegalArgumentException("cross: incompatible dimensions for cross product (dimension must be 2"
                    + " or 3): the vectors of shapes " + Shape.toString(a.shape) + " and " + Shape.toString(b.shape)
                    + " have " + na + " and " + nb + " components");
        }
        if (DType.promote(a.dtype, b.dtype) == DType.BOOL) {
            throw new IllegalArgumentException("cross: not supported for two bool tensors (NumPy's boolean subtract"
                    + " is not supported); convert one with astype");
        }
        try (Tensor va = a.moveAxis(aa, -1); Tensor vb = b.moveAxis(ab, -1)) {
            long[] batch = Broadcast.shapes("cross", Arrays.copyOf(va.shape, va.ndim() - 1),
                    Arrays.copyOf(vb.shape, vb.ndim() - 1));
            int ac = na == 2 && nb == 2 ? 0 : Axes.normalize("cross", axisc, batch.length + 1);
            Tensor[] x = components(va);
            Tensor[] y = components(vb);
            try {
                if (na == 2 && nb == 2) {
                    return difference(x[0], y[1], x[1], y[0]);
                }
                Tensor[] c = new Tensor[3];
                try {
                    c[0] = na == 3 && nb == 3 ? difference(x[1], y[2], x[2], y[1])
                            : na == 3 ? negativeProduct(x[2], y[1]) : product(x[1], y[2]);
                    c[1] = na == 3 && nb == 3 ? difference(x[2], y[0], x[0], y[2])
                            : na == 3 ? product(x[2], y[0]) : negativeProduct(x[0], y[2]);
                    c[2] = difference(x[0], y[1], x[1], y[0]);
                    try (Tensor stacked = Joining.stack("cross", c, -1, null)) {
                        return stacked.moveAxis(-1, ac);
                    }
                } finally {
                    closeAll(c);
                }
            } finally {
                closeAll(x);
                closeAll(y);
            }
        }
    }

    private static Tensor[] components(Tensor v) {
        Tensor[] parts = new Tensor[(int) v.shape[v.ndim() - 1]];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = v.select(-1, i);
        }
        return parts;
    }

    private static Tensor product(Tensor p, Tensor q) {
        return Elementwise.binary(BinaryOp.MULTIPLY, Arg.of(p), Arg.of(q), null, null);
    }

    private static Tensor negativeProduct(Tensor p, Tensor q) {
        Tensor pq = product(p, q);
        return Elementwise.unary(UnaryOp.NEGATIVE, pq, pq, null);
    }

    /** p*q - r*s. */
    private static Tensor difference(Tensor p, Tensor q, Tensor r, Tensor s) {
        try (Tensor rs = product(r, s)) {
            Tensor pq = product(p, q);
            return Elementwise.binary(BinaryOp.SUBTRACT, Arg.of(pq), Arg.of(rs), pq, null);
        }
    }

    private static void closeAll(Tensor[] tensors) {
        for (Tensor t : tensors) {
            if (t != null) {
                t.close();
            }
        }
    }

    /** The axes of 0..ndim-1 not in {@code axes} (any order), ascending. */
    private static int[] others(int[] axes, int ndim) {
        boolean[] taken = new boolean[ndim];
        for (int a : axes) {
            taken[a] = true;
        }
        int[] rest = new int[ndim - axes.length];
        for (int d = 0, k = 0; d < ndim; d++) {
            if (!taken[d]) {
                rest[k++] = d;
            }
        }
        return rest;
    }

    static long[] pick(long[] values, int[] at) {
        long[] picked = new long[at.length];
        for (int i = 0; i < at.length; i++) {
            picked[i] = values[at[i]];
        }
        return picked;
    }

    private static int[] concat(int[] first, int[] second) {
        int[] joined = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, joined, first.length, second.length);
        return joined;
    }
}
