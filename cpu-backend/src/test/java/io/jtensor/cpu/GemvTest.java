package io.jtensor.cpu;

import io.jtensor.DType;
import io.jtensor.backend.MatmulPlan;
import io.jtensor.backend.Operand;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static io.jtensor.cpu.TestSupport.*;
import static org.junit.jupiter.api.Assertions.*;

/** Matrix-vector and vector-vector products ({@code m == 1} or {@code n == 1}): {@link MatmulKernel}'s GEMV paths. */
class GemvTest {

    private static final int[] KS = {0, 1, 7, 1000, 1_000_003};
    private static final DType[] FLOATS = {DType.FLOAT64, DType.FLOAT32};

    /** A strided view of fresh random storage: {@code batch ++ [rows, cols]} with the given strides. */
    private record View(CpuStorage storage, Operand operand, long[] shape) {

        double at(DType t, long... index) {
            long o = operand.offset();
            for (int d = 0; d < index.length; d++) {
                o += index[d] * operand.strides()[d];
            }
            return get(storage, t, o);
        }
    }

    private static View view(DType t, long[] shape, long[] strides, Random rnd) {
        long offset = 2;
        long last = 0;
        for (int d = 0; d < shape.length; d++) {
            if (strides[d] < 0) {
                offset += -(shape[d] - 1) * strides[d];
            } else {
                last += (shape[d] - 1) * strides[d];
            }
        }
        long size = offset + last + 3;
        CpuStorage s = CpuStorage.allocate(t, size);
        for (long i = 0; i < size; i++) {
            set(s, t, i, rnd.nextGaussian());
        }
        return new View(s, Operand.of(s, t, offset, strides), shape);
    }

    /** Strides of a rows x cols matrix: C order, F order, padded rows, every other column, reversed columns. */
    private static long[] layout(int layout, long rows, long cols) {
        return switch (layout) {
            case 0 -> new long[]{cols, 1};
            case 1 -> new long[]{1, rows};
            case 2 -> new long[]{cols + 3, 1};
            case 3 -> new long[]{2 * cols + 1, 2};
            default -> new long[]{cols, -1};
        };
    }

    /** Strides of a vector (a k x 1 column when {@code column}, else a 1 x k row) with element stride {@code s}. */
    private static long[] vector(long s, boolean column) {
        return column ? new long[]{s, 5} : new long[]{5, s};
    }

    /** The dot product of x and y, compensated (Ogita-Rump-Oishi Dot2: about twice the working precision). */
    static double[] dot2(double[] x, double[] y) {
        double s = 0;
        double c = 0;
        double abs = 0;
        for (int i = 0; i < x.length; i++) {
            double p = x[i] * y[i];
            double pe = Math.fma(x[i], y[i], -p);
            double t = s + p;
            double z = t - s;
            double se = (s - (t - z)) + (p - z);
            s = t;
            c += pe + se;
            abs += Math.abs(p);
        }
        return new double[]{s + c, abs};
    }

    /** Checks one product against the compensated reference and the scalar backend; returns CPU's result. */
    private static double[][] check(DType t, long m, long k, long n, View a, View b, long[] outStrides, Random rnd,
                                    String what) {
        View c = view(t, new long[]{m, n}, outStrides, rnd);
        View c2 = view(t, new long[]{m, n}, outStrides, rnd);
        CPU.matmul(new MatmulPlan(new long[0], m, k, n, a.operand(), b.operand(), c.operand(), t));
        SCALAR.matmul(new MatmulPlan(new long[0], m, k, n, a.operand(), b.operand(), c2.operand(), t));
        double[][] result = new double[(int) m][(int) n];
        for (int i = 0; i < m; i++) {
            double[] row = new double[(int) k];
            for (int p = 0; p < k; p++) {
                row[p] = a.at(t, i, p);
            }
            for (int j = 0; j < n; j++) {
                double[] col = new double[(int) k];
                for (int p = 0; p < k; p++) {
                    col[p] = b.at(t, p, j);
                }
                double[] ref = dot2(row, col);
                double got = c.at(t, i, j);
                double tol = 32 * Math.ulp(1.0) * ref[1] + (t == DType.FLOAT32 ? Math.ulp((float) ref[0]) : 0);
                assertEquals(ref[0], got, tol, what + " at " + i + "," + j);
                assertEquals(got, c2.at(t, i, j), 0.0, what + ": vector and scalar kernels agree");
                if (k == 0) {
                    assertEquals(0.0, got, 0.0, what);
                }
                result[i][j] = got;
            }
        }
        return result;
    }

    @Test
    void matrixTimesVector() {
        Random rnd = new Random(21);
        for (DType t : FLOATS) {
            for (int k : KS) {
                long m = k > 10_000 ? 2 : 37;
                for (int layout = 0; layout < 5; layout++) {
                    for (long xs : new long[]{1, 3, -1, 0}) {
                        if (k > 10_000 && (xs == 0 || xs == -1 || layout == 2 || layout == 4)) {
                            continue; // keep the huge cases few
                        }
                        View a = view(t, new long[]{m, k}, layout(layout, m, k), rnd);
                        View b = view(t, new long[]{k, 1}, vector(xs, true), rnd);
                        long[] out = layout % 2 == 0 ? new long[]{1, 1} : new long[]{2, 7};
                        check(t, m, k, 1, a, b, out, rnd, t + " A@x " + m + "x" + k + " layout " + layout + " xs " + xs);
                    }
                }
            }
        }
    }

    @Test
    void vectorTimesMatrix() {
        Random rnd = new Random(22);
        for (DType t : FLOATS) {
            for (int k : KS) {
                long n = k > 10_000 ? 2 : 37;
                for (int layout = 0; layout < 5; layout++) {
                    for (long xs : new long[]{1, 3, -1, 0}) {
                        if (k > 10_000 && (xs == 0 || xs == -1 || layout == 2 || layout == 4)) {
                            continue; // keep the huge cases few
                        }
                        View a = view(t, new long[]{1, k}, vector(xs, false), rnd);
                        View b = view(t, new long[]{k, n}, layout(layout, k, n), rnd);
                        long[] out = layout % 2 == 0 ? new long[]{n, 1} : new long[]{3, 2};
                        check(t, 1, k, n, a, b, out, rnd, t + " x@B " + k + "x" + n + " layout " + layout + " xs " + xs);
                    }
                }
            }
        }
    }

    @Test
    void vectorDotVector() {
        Random rnd = new Random(23);
        for (DType t : FLOATS) {
            for (int k : KS) {
                for (long as : new long[]{1, 2, -1}) {
                    for (long bs : new long[]{1, 3, -1}) {
                        if (k > 10_000 && as == -1 && bs != 1) {
                            continue;
                        }
                        View a = view(t, new long[]{1, k}, vector(as, false), rnd);
                        View b = view(t, new long[]{k, 1}, vector(bs, true), rnd);
                        check(t, 1, k, 1, a, b, new long[]{1, 1}, rnd, t + " dot " + k + " strides " + as + "," + bs);
                    }
                }
            }
        }
    }

    /** The dot form's result for a row does not depend on the other rows or on the work split. */
    @Test
    void rowResultsDoNotDependOnTheSplit() {
        Random rnd = new Random(24);
        for (DType t : FLOATS) {
            for (int k : new int[]{1000, 1_000_003}) {
                int m = 3;
                View a = view(t, new long[]{m, k}, layout(0, m, k), rnd);
                View x = view(t, new long[]{k, 1}, vector(1, true), rnd);
                double[][] all = check(t, m, k, 1, a, x, new long[]{1, 1}, rnd, t + " rows");
                for (int i = 0; i < m; i++) {
                    Operand row = Operand.of(a.storage(), t, a.operand().offset() + (long) i * k, new long[]{k, 1});
                    View one = new View(a.storage(), row, new long[]{1, k});
                    double[][] single = check(t, 1, k, 1, one, x, new long[]{1, 1}, rnd, t + " single row");
                    assertEquals(all[i][0], single[0][0], 0.0, "row " + i + " alone equals row " + i + " of A@x");
                }
            }
        }
    }

    /** FLOAT64 x @ B with a C-ordered B (the column form) equals the packed path's row bit for bit. */
    @Test
    void columnFormMatchesThePackedPathForFloat64() {
        Random rnd = new Random(25);
        DType t = DType.FLOAT64;
        for (int k : new int[]{7, 300, 1000}) {
            int n = 37;
            View b = view(t, new long[]{k, n}, layout(0, k, n), rnd);
            View two = view(t, new long[]{2, k}, layout(0, 2, k), rnd);
            Operand first = Operand.of(two.storage(), t, two.operand().offset(), new long[]{k, 1});
            double[][] single = check(t, 1, k, n, new View(two.storage(), first, new long[]{1, k}), b,
                    new long[]{n, 1}, rnd, "x@B");
            double[][] packed = check(t, 2, k, n, two, b, new long[]{n, 1}, rnd, "X@B");
            assertArrayEquals(packed[0], single[0], 0.0, "k=" + k);
        }
    }

    @Test
    void batchedWithBroadcastBatchDimensions() {
        Random rnd = new Random(26);
        for (DType t : FLOATS) {
            int m = 5;
            int k = 1000;
            // a: batch (2, 1) broadcast over the second batch dim; x: batch (1, 3) broadcast over the first
            View a = view(t, new long[]{2, 1, m, k}, new long[]{(long) m * k, 0, k, 1}, rnd);
            View x = view(t, new long[]{1, 3, k, 1}, new long[]{0, 2L * k, 2, 1}, rnd);
            View c = view(t, new long[]{2, 3, m, 1}, new long[]{3L * m, m, 1, 1}, rnd);
            CPU.matmul(new MatmulPlan(new long[]{2, 3}, m, k, 1, a.operand(), x.operand(), c.operand(), t));
            // and x^T @ A^T: (1 x k) @ (k x m) with batch broadcast the other way round
            View ct = view(t, new long[]{2, 3, 1, m}, new long[]{3L * m, m, 1, 1}, rnd);
            Operand xt = Operand.of(x.storage(), t, x.operand().offset(), new long[]{0, 2L * k, 1, 2});
            Operand at = Operand.of(a.storage(), t, a.operand().offset(), new long[]{(long) m * k, 0, 1, k});
            CPU.matmul(new MatmulPlan(new long[]{2, 3}, 1, k, m, xt, at, ct.operand(), t));
            for (int p = 0; p < 2; p++) {
                for (int q = 0; q < 3; q++) {
                    for (int i = 0; i < m; i++) {
                        double[] row = new double[k];
                        double[] col = new double[k];
                        for (int j = 0; j < k; j++) {
                            row[j] = a.at(t, p, 0, i, j);
                            col[j] = x.at(t, 0, q, j, 0);
                        }
                        double[] ref = dot2(row, col);
                        double tol = 32 * Math.ulp(1.0) * ref[1] + (t == DType.FLOAT32 ? Math.ulp((float) ref[0]) : 0);
                        assertEquals(ref[0], c.at(t, p, q, i, 0), tol, t + " batch " + p + "," + q);
                        assertEquals(ref[0], ct.at(t, p, q, 0, i), tol, t + " batch^T " + p + "," + q);
                    }
                }
            }
        }
        // many tiny products are split over the batch
        int batch = 5000;
        DType t = DType.FLOAT32;
        CpuStorage s = random(t, batch * 8, rnd);
        CpuStorage out = CpuStorage.allocate(t, batch);
        CPU.matmul(new MatmulPlan(new long[]{batch}, 1, 8, 1, Operand.of(s, t, 0, new long[]{8, 8, 1}),
                Operand.of(s, t, 0, new long[]{8, 1, 1}), Operand.of(out, t, 0, new long[]{1, 1, 1}), t));
        for (int q = 0; q < batch; q += 7) {
            double ref = 0;
            for (int p = 0; p < 8; p++) {
                ref += get(s, t, q * 8L + p) * get(s, t, q * 8L + p);
            }
            assertEquals(ref, get(out, t, q), 1e-5 * ref);
        }
    }

    /** Pairwise combination is a balanced tree. */
    @Test
    void pairwiseTree() {
        assertEquals(1.0, MatmulKernel.pairwise(new double[]{1.0}, 0, 1));
        // (1e16 + 1) + (-1e16 + 1) in a tree: each half rounds, unlike a left-to-right sum
        double[] p = {1e16, 1, -1e16, 1};
        assertEquals((1e16 + 1) + (-1e16 + 1), MatmulKernel.pairwise(p, 0, 4), 0.0);
        assertEquals(6.0, MatmulKernel.pairwise(new double[]{9, 1, 2, 3}, 1, 3), 0.0);
    }
}
