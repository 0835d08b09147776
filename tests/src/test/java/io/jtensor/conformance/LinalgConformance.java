package io.jtensor.conformance;

import io.jtensor.DType;
import io.jtensor.Np;
import io.jtensor.Tensor;
import org.junit.jupiter.api.Test;

import static io.jtensor.DType.BOOL;
import static io.jtensor.DType.FLOAT32;
import static io.jtensor.DType.FLOAT64;
import static io.jtensor.DType.INT32;
import static io.jtensor.DType.INT64;
import static io.jtensor.conformance.Check.throwsWith;

/**
 * matmul / dot / outer / norm contracts beyond the NumPy replay of {@link ReferenceConformance}:
 * shapes of 1-d and batched operands, products large enough for blocked and threaded kernels
 * (with small integer entries, so the exact result is the expected one in any summation order,
 * computed here by a plain triple loop), strided and broadcast operands, integer, bool and empty
 * products, and the norm identities NumPy's tutorial uses.
 */
public abstract class LinalgConformance extends ConformanceCase {

    /** Entries in -3..3 from a fixed formula, so products are exact. */
    private static double[] smallInts(int n, int seed) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = Math.floorMod(i * 7 + seed * 13 + (i / 5) * 3, 7) - 3;
        }
        return v;
    }

    /** The exact product of row-major a (m x k) and b (k x n), as doubles. */
    private static double[] product(double[] a, double[] b, int m, int k, int n) {
        double[] c = new double[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int p = 0; p < k; p++) {
                    s += a[i * k + p] * b[p * n + j];
                }
                c[i * n + j] = s;
            }
        }
        return c;
    }

    private static double[] transpose(double[] a, int rows, int cols) {
        double[] t = new double[a.length];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                t[j * rows + i] = a[i * cols + j];
            }
        }
        return t;
    }

    @Test
    void largeProductsAreExactForSmallIntegers() {
        int m = 97;
        int k = 131;
        int n = 83;
        double[] a = smallInts(m * k, 1);
        double[] b = smallInts(k * n, 2);
        double[] c = product(a, b, m, k, n);
        assertDoubles(Np.matmul(Np.array(a, m, k), Np.array(b, k, n)), FLOAT64, shape(m, n), c);
        Tensor a32 = Np.array(a, m, k).astype(FLOAT32);
        Tensor b32 = Np.array(b, k, n).astype(FLOAT32);
        assertDoubles(Np.matmul(a32, b32), FLOAT32, shape(m, n), c);
        Tensor ai = Np.array(a, m, k).astype(INT32);
        Tensor bi = Np.array(b, k, n).astype(INT32);
        long[] ci = new long[c.length];
        for (int i = 0; i < c.length; i++) {
            ci[i] = (long) c[i];
        }
        assertLongs(Np.matmul(ai, bi), INT32, shape(m, n), ci);
        assertLongs(Np.matmul(ai.astype(INT64), bi.astype(INT64)), INT64, shape(m, n), ci);
        // the same product from transposed (strided) operands
        Tensor at = Np.array(transpose(a, m, k), k, m).T();
        Tensor bt = Np.array(transpose(b, k, n), n, k).T();
        assertDoubles(Np.matmul(at, bt), FLOAT64, shape(m, n), c);
        assertDoubles(Np.dot(at, bt), FLOAT64, shape(m, n), c);
    }

    @Test
    void onesProductCountsK() {
        Tensor p = Np.matmul(Np.ones(64, 300), Np.ones(300, 70));
        double[] expected = new double[64 * 70];
        java.util.Arrays.fill(expected, 300);
        assertDoubles(p, FLOAT64, shape(64, 70), expected);
        // broadcast (stride-0) operands
        Tensor q = Np.matmul(Np.ones(1).broadcastTo(64, 300), Np.ones(1, 1).broadcastTo(300, 70));
        assertDoubles(q, FLOAT64, shape(64, 70), expected);
    }

    @Test
    void identityLeavesMatricesUnchanged() {
        Tensor a = Np.random(3).normal(0, 1, 5, 7);
        assertDoubles(Np.matmul(Np.eye(5), a), FLOAT64, shape(5, 7), a.toDoubleArray());
        assertDoubles(Np.matmul(a, Np.eye(7)), FLOAT64, shape(5, 7), a.toDoubleArray());
        assertDoubles(Np.matmul(Np.eye(5, 5, 0, FLOAT32), a.astype(FLOAT32)), FLOAT32, shape(5, 7),
                a.astype(FLOAT32).toDoubleArray());
    }

    @Test
    void oneDimensionalOperands() {
        Tensor v = f64(1, 2, 3);
        Tensor m = range(3, 2);   // [[0,1],[2,3],[4,5]]
        assertDoubles(Np.matmul(v, v), FLOAT64, shape(), 14);
        assertDoubles(Np.matmul(v, m), FLOAT64, shape(2), 16, 22);
        assertDoubles(Np.matmul(m.T(), v), FLOAT64, shape(2), 16, 22);
        assertDoubles(Np.dot(v, v), FLOAT64, shape(), 14);
        assertDoubles(Np.dot(Np.scalar(2.0), v), FLOAT64, shape(3), 2, 4, 6);
        assertDoubles(Np.dot(v, Np.scalar(-1.0)), FLOAT64, shape(3), -1, -2, -3);
        Tensor batch = range(2, 3, 2);
        assertDoubles(Np.matmul(v, batch), FLOAT64, shape(2, 2), 16, 22, 52, 58);
        assertDoubles(Np.matmul(batch.transpose(0, 2, 1), v), FLOAT64, shape(2, 2), 16, 22, 52, 58);
    }

    @Test
    void batchedProductsBroadcastBatchDimensions() {
        Tensor a = range(2, 1, 2, 3);
        Tensor b = Np.ones(4, 3, 1);
        Tensor c = Np.matmul(a, b);
        double[] expected = new double[2 * 4 * 2];
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 4; j++) {
                for (int r = 0; r < 2; r++) {
                    double s = 0;
                    for (int q = 0; q < 3; q++) {
                        s += i * 6 + r * 3 + q;
                    }
                    expected[(i * 4 + j) * 2 + r] = s;
                }
            }
        }
        assertDoubles(c, FLOAT64, shape(2, 4, 2, 1), expected);
        Tensor shared = Np.matmul(range(3, 2, 2), Np.eye(2));
        assertDoubles(shared, FLOAT64, shape(3, 2, 2), range(3, 2, 2).toDoubleArray());
    }

    @Test
    void emptyAndDegenerateProducts() {
        assertDoubles(Np.matmul(Np.zeros(3, 0), Np.zeros(0, 2)), FLOAT64, shape(3, 2), 0, 0, 0, 0, 0, 0);
        assertDoubles(Np.matmul(Np.zeros(0, 4), Np.ones(4, 2)), FLOAT64, shape(0, 2));
        assertDoubles(Np.matmul(Np.zeros(0), Np.zeros(0)), FLOAT64, shape(), 0);
        assertDoubles(Np.matmul(Np.ones(1, 1), Np.full(shape(1, 1), 2.5)), FLOAT64, shape(1, 1), 2.5);
        assertDoubles(Np.matmul(Np.zeros(2, 0, 3), Np.zeros(3, 4)), FLOAT64, shape(2, 0, 4));
    }

    @Test
    void integerAndBoolProducts() {
        Tensor a = Np.array(new int[] {65536, 1, 0, 1}, 2, 2);
        Tensor b = Np.array(new int[] {65536, 0, 0, 1}, 2, 2);
        // 65536 * 65536 wraps to 0 in int32, as NumPy's int32 matmul does
        assertLongs(Np.matmul(a, b), INT32, shape(2, 2), 0, 1, 0, 1);
        assertLongs(Np.matmul(a.astype(INT64), b), INT64, shape(2, 2), 1L << 32, 1, 0, 1);
        Tensor p = Np.array(new boolean[] {true, false, false, false}, 2, 2);
        Tensor q = Np.array(new boolean[] {true, true, false, false}, 2, 2);
        assertBools(Np.matmul(p, q), shape(2, 2), true, true, false, false);
        assertBools(Np.matmul(q, p), shape(2, 2), true, false, false, false);
        assertDoubles(Np.matmul(a, Np.eye(2, 2, 0, FLOAT32)), FLOAT64, shape(2, 2), 65536, 1, 0, 1);
        assertBools(Np.dot(bools(true, false), bools(false, true)), shape(), false);
        assertBools(Np.dot(bools(true, true), bools(false, true)), shape(), true);
    }

    @Test
    void dotOfNdArrays() {
        Tensor a = range(2, 3, 4);
        Tensor b = range(4, 2);
        Tensor c = Np.dot(a, b);
        double[] expected = product(range(6, 4).toDoubleArray(), range(4, 2).toDoubleArray(), 6, 4, 2);
        assertDoubles(c, FLOAT64, shape(2, 3, 2), expected);
        Tensor d = Np.dot(range(2, 3), range(2, 3, 2));   // sum over a's last and b's second-to-last axis
        double[] e = new double[2 * 2 * 2];
        double[] av = range(2, 3).toDoubleArray();
        double[] bv = range(2, 3, 2).toDoubleArray();
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                for (int l = 0; l < 2; l++) {
                    double s = 0;
                    for (int k = 0; k < 3; k++) {
                        s += av[i * 3 + k] * bv[j * 6 + k * 2 + l];
                    }
                    e[(i * 2 + j) * 2 + l] = s;
                }
            }
        }
        assertDoubles(d, FLOAT64, shape(2, 2, 2), e);
    }

    @Test
    void outerFlattensItsOperands() {
        Tensor o = Np.outer(f64(1, 2), Np.array(new double[] {1, 10, 100, 1000}, 2, 2));
        assertDoubles(o, FLOAT64, shape(2, 4), 1, 10, 100, 1000, 2, 20, 200, 2000);
        assertLongs(Np.outer(i32(2, 3), i32(4)), INT32, shape(2, 1), 8, 12);
        assertDoubles(Np.outer(Np.zeros(0), f64(1, 2)), FLOAT64, shape(0, 2));
        assertDoubles(Np.outer(range(2, 2).T(), f64(1)), FLOAT64, shape(4, 1), 0, 2, 1, 3);
    }

    @Test
    void matrixNormsOfEmptyMatricesAndOfFloat16AsNumPy() {
        // NumPy 2.4: norm(ones((2, 2), float16), 2) and (..., 'nuc') raise TypeError (no float16 SVD);
        // norm(zeros((2, 0, 3)), -2, axis=(-2, -1)) a zero-size minimum, with ord 2 it is [0. 0.]
        Tensor half = Np.ones(2, 2).astype(DType.FLOAT16);
        Tensor empty = Np.zeros(2, 0, 3);
        int[] last = {-2, -1};
        throwsWith(IllegalArgumentException.class, () -> Np.norm(half, 2), "norm (ord 2)", "float16 is unsupported");
        throwsWith(IllegalArgumentException.class, () -> Np.norm(half, "nuc", null, false), "norm (ord nuc)", "float16");
        throwsWith(IllegalArgumentException.class, () -> Np.norm(empty, -2, last, false), "norm: ord -2 of empty matrices",
                "(2, 0, 3)");
        assertDoubles(Np.norm(empty, 2, last, false), FLOAT64, shape(2), 0, 0);
        assertDoubles(Np.norm(empty, "nuc", last, true), FLOAT64, shape(2, 1, 1), 0, 0);
        assertDoubles(Np.norm(half, 1), DType.FLOAT16, shape(), 2);
        // ord 1 and inf take NumPy's max(..., initial=0): norm(zeros((3, 0)), 1) is 0.0; -1 and -inf a
        // minimum over no columns (rows) raise
        assertDoubles(Np.norm(Np.zeros(3, 0), 1), FLOAT64, shape(), 0);
        assertDoubles(Np.norm(Np.zeros(0, 3), 1), FLOAT64, shape(), 0);
        assertDoubles(Np.norm(Np.zeros(0, 3), Double.POSITIVE_INFINITY), FLOAT64, shape(), 0);
        assertDoubles(Np.norm(empty, Double.POSITIVE_INFINITY, new int[] {1, 2}, true), FLOAT64, shape(2, 1, 1), 0, 0);
        throwsWith(IllegalArgumentException.class, () -> Np.norm(Np.zeros(3, 0), -1), "norm", "no identity");
        throwsWith(IllegalArgumentException.class, () -> Np.norm(Np.zeros(0, 3), Double.NEGATIVE_INFINITY), "norm",
                "no identity");
    }

    @Test
    void normIdentities() {
        Tensor v = f64(3, -4);
        assertDoubles(Np.norm(v), FLOAT64, shape(), 5);
        assertDoubles(Np.norm(v, 1), FLOAT64, shape(), 7);
        assertDoubles(Np.norm(v, Double.POSITIVE_INFINITY), FLOAT64, shape(), 4);
        assertDoubles(Np.norm(v, Double.NEGATIVE_INFINITY), FLOAT64, shape(), 3);
        assertDoubles(Np.norm(f64(3, 0, -4, 0), 0), FLOAT64, shape(), 2);
        assertDoubles(Np.norm(i32(3, -4)), FLOAT64, shape(), 5);
        assertDoubles(Np.norm(f32(3, -4)), FLOAT32, shape(), 5);
        Tensor m = Np.array(new double[] {1, -2, 3, -4}, 2, 2);
        assertDoubles(Np.norm(m, 1), FLOAT64, shape(), 6);
        assertDoubles(Np.norm(m, Double.POSITIVE_INFINITY), FLOAT64, shape(), 7);
        assertDoubles(Np.norm(m, "fro", null, false), FLOAT64, shape(), Math.sqrt(30));
        assertDoubles(Np.norm(Np.eye(3), 2), FLOAT64, shape(), 1);
        assertDoubles(Np.norm(Np.eye(3), "nuc", null, false), FLOAT64, shape(), 3);
        Tensor diag = Np.array(new double[] {3, 0, 0, 0, -5, 0}, 2, 3);
        assertDoubles(Np.norm(diag, 2), FLOAT64, shape(), 5);
        assertDoubles(Np.norm(diag, -2), FLOAT64, shape(), 3);
        assertDoubles(Np.norm(diag, "nuc", null, true), FLOAT64, shape(1, 1), 8);
        Tensor rows = Np.norm(Np.array(new double[][] {{0, 3, 4}, {5, 0, 12}}), 2, new int[] {1}, true);
        assertDoubles(rows, FLOAT64, shape(2, 1), 5, 13);
        DType t = Np.norm(Np.zeros(shape(2, 2), INT64), "fro", null, false).dtype();
        org.junit.jupiter.api.Assertions.assertEquals(FLOAT64, t);
        assertDoubles(Np.norm(Np.zeros(shape(3), BOOL).astype(FLOAT64)), FLOAT64, shape(), 0);
    }
}
