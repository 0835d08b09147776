package io.jtensor;

import io.jtensor.Elementwise.Arg;
import io.jtensor.op.BinaryOp;
import io.jtensor.op.ReduceOp;
import io.jtensor.op.UnaryOp;

import java.util.Objects;

/**
 * {@code np.linalg.cond}: the condition number of a matrix, or of each matrix of a stack, in the
 * order NumPy's Python code computes it. For p = None, 2 or -2 it is a ratio of singular values
 * (any m×n matrix); for 1, -1, inf, -inf, 'fro' and 'nuc' it is {@code norm(x, p) · norm(inv(x), p)}
 * with the inverse in float64 (square matrices). Where that gives NaN for a matrix without NaN (a
 * singular matrix), the result is +inf, as NumPy's.
 */
final class ConditionNumber {

    private ConditionNumber() {
    }

    /** p = None (null), 2 or -2; any other number goes through the norms. */
    static Tensor cond(Tensor x, Double p) {
        check(x);
        if (p == null || p == 2 || p == -2) {
            return infinityForSingular(x, singularValueRatio(x, p != null && p == -2));
        }
        if (Math.abs(p) != 1 && Math.abs(p) != Double.POSITIVE_INFINITY) {
            throw invalid(String.valueOf(p));
        }
        try (Tensor inverse = HostLinearAlgebra.invOrNan("cond", x);
             Tensor normX = LinearAlgebra.norm(x, p, new int[] {-2, -1}, false);
             Tensor normInverse = LinearAlgebra.norm(inverse, p, new int[] {-2, -1}, false)) {
            return infinityForSingular(x, product(x, normX, normInverse));
        }
    }

    /** p = 'fro' or 'nuc'. */
    static Tensor cond(Tensor x, String p) {
        check(x);
        Objects.requireNonNull(p, "cond: p is null");
        if (!p.equals("fro") && !p.equals("nuc")) {
            throw invalid("'" + p + "'");
        }
        try (Tensor inverse = HostLinearAlgebra.invOrNan("cond", x)) {
            if (p.equals("nuc")) {
                refuseNaN(inverse);
            }
            try (Tensor normX = LinearAlgebra.norm(x, p, new int[] {-2, -1}, false);
                 Tensor normInverse = LinearAlgebra.norm(inverse, p, new int[] {-2, -1}, false)) {
                return infinityForSingular(x, product(x, normX, normInverse));
            }
        }
    }

    /**
     * NumPy's nuclear norm takes an SVD, which LAPACK refuses for the NaN inverse of a singular (or
     * NaN-holding) matrix: "SVD did not converge".
     */
    private static void refuseNaN(Tensor inverse) {
        try (Tensor nan = Elementwise.unary(UnaryOp.ISNAN, inverse, null, null);
             Tensor any = Reductions.reduce(ReduceOp.ANY, nan, null, false, 0, "cond")) {
            if (any.toBooleanArray()[0]) {
                throw new LinAlgException("cond: p 'nuc' of a singular matrix (or one holding NaN): its inverse is NaN,"
                        + " whose nuclear norm NumPy refuses (\"SVD did not converge\")");
            }
        }
    }

    private static IllegalArgumentException invalid(String p) {
        return new IllegalArgumentException("cond: invalid p " + p
                + " (valid: none, 1, -1, 2, -2, inf, -inf, 'fro', 'nuc')");
    }

    private static void check(Tensor x) {
        Objects.requireNonNull(x, "cond: x is null");
        x.checkOpen("cond");
        HostLinearAlgebra.refuseFloat16("cond", x);
        long[] shape = x.shape();
        long lastTwo = 1;
        for (int d = Math.max(0, shape.length - 2); d < shape.length; d++) {
            lastTwo *= shape[d];
        }
        if (x.size() == 0 && lastTwo == 0) {
            throw new LinAlgException("cond: not defined on empty matrices, got shape " + Shape.toString(shape));
        }
    }

    private static Tensor singularValueRatio(Tensor x, boolean smallestOverLargest) {
        try (Tensor s = HostLinearAlgebra.svd("cond", x, false)[0]) {
            int axis = s.ndim() - 1;
            long k = s.shape()[axis];
            try (Tensor largest = s.select(axis, 0); Tensor smallest = s.select(axis, k - 1)) {
                return smallestOverLargest
                        ? Elementwise.binary(BinaryOp.DIVIDE, Arg.of(smallest), Arg.of(largest), null, null)
                        : Elementwise.binary(BinaryOp.DIVIDE, Arg.of(largest), Arg.of(smallest), null, null);
            }
        }
    }

    /** NumPy multiplies x's norm (in x's float type) by the float64 inverse's, then casts to x's result type. */
    private static Tensor product(Tensor x, Tensor normX, Tensor normInverse) {
        try (Tensor wide = normX.astype(DType.FLOAT64);
             Tensor r = Elementwise.binary(BinaryOp.MULTIPLY, Arg.of(wide), Arg.of(normInverse), null, null)) {
            return r.astype(x.dtype() == DType.FLOAT32 ? DType.FLOAT32 : DType.FLOAT64);
        }
    }

    private static Tensor infinityForSingular(Tensor x, Tensor r) {
        try (r; Tensor nanR = Elementwise.unary(UnaryOp.ISNAN, r, null, null);
             Tensor nanX = Elementwise.unary(UnaryOp.ISNAN, x, null, null);
             Tensor anyNanX = Reductions.reduce(ReduceOp.ANY, nanX, new int[] {-2, -1}, false, 0, "cond");
             Tensor singular = Elementwise.binary(BinaryOp.GREATER, Arg.of(nanR), Arg.of(anyNanX), null, null)) {
            return Elementwise.where(singular, Arg.of(Double.POSITIVE_INFINITY), Arg.of(r));
        }
    }
}
