package io.jtensor.cpu;

import io.jtensor.DType;
import io.jtensor.backend.RowPlan;
import io.jtensor.op.RowOp;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static io.jtensor.cpu.TestSupport.*;
import static org.junit.jupiter.api.Assertions.*;

class RowKernelsTest {

    private static final double INF = Double.POSITIVE_INFINITY;
    private static final double NAN = Double.NaN;

    private static double[] rows(CpuBackend backend, RowOp op, DType type, int rows, double... values) {
        int cols = values.length / rows;
        CpuStorage in = storage(type, values);
        CpuStorage out = CpuStorage.allocate(type, op.reducesRow() ? rows : (long) rows * cols);
        backend.rows(new RowPlan(op, dense(in, type, values.length), rows, cols,
                dense(out, type, op.reducesRow() ? rows : (long) rows * cols), type));
        return all(out, type);
    }

    @Test
    void hugeLogitsStayFinite() {
        for (DType t : new DType[]{DType.FLOAT32, DType.FLOAT64}) {
            for (CpuBackend b : new CpuBackend[]{CPU, SCALAR}) {
                assertArrayEquals(new double[]{1, 0, 0}, rows(b, RowOp.SOFTMAX, t, 1, 1000, -1000, 0));
                assertArrayEquals(new double[]{0.5, 0.5}, rows(b, RowOp.SOFTMAX, t, 1, 1000, 1000));
                assertArrayEquals(new double[]{0, -1000}, rows(b, RowOp.LOG_SOFTMAX, t, 1, 1000, 0));
                assertEquals(Conversions.round(1000 + Math.log(2), t), rows(b, RowOp.LOG_SUM_EXP, t, 1, 1000, 1000)[0]);
                assertEquals(Conversions.round(-1000 + Math.log(2), t), rows(b, RowOp.LOG_SUM_EXP, t, 1, -1000, -1000)[0]);
            }
        }
    }

    @Test
    void nonFiniteRowsBehaveLikeScipy() {
        DType t = DType.FLOAT64;
        assertArrayEquals(new double[]{NAN, NAN}, rows(CPU, RowOp.SOFTMAX, t, 1, INF, 1));
        assertArrayEquals(new double[]{NAN, -INF}, rows(CPU, RowOp.LOG_SOFTMAX, t, 1, INF, 1));
        assertArrayEquals(new double[]{INF}, rows(CPU, RowOp.LOG_SUM_EXP, t, 1, INF, 1));
        assertArrayEquals(new double[]{NAN, NAN}, rows(CPU, RowOp.SOFTMAX, t, 1, NAN, 1));
        assertArrayEquals(new double[]{NAN, NAN}, rows(CPU, RowOp.LOG_SOFTMAX, t, 1, NAN, 1));
        assertArrayEquals(new double[]{NAN}, rows(CPU, RowOp.LOG_SUM_EXP, t, 1, NAN, 1));
        assertArrayEquals(new double[]{NAN, NAN}, rows(CPU, RowOp.SOFTMAX, t, 1, -INF, -INF));
        assertArrayEquals(new double[]{-INF}, rows(CPU, RowOp.LOG_SUM_EXP, t, 1, -INF, -INF));
        assertArrayEquals(new double[]{0, 1}, rows(CPU, RowOp.SOFTMAX, t, 1, -INF, 1));
        assertArrayEquals(new double[]{-INF, 0}, rows(CPU, RowOp.LOG_SOFTMAX, t, 1, -INF, 1));
        assertArrayEquals(new double[]{1}, rows(CPU, RowOp.LOG_SUM_EXP, t, 1, -INF, 1));
    }

    @Test
    void emptyRows() {
        CpuStorage in = CpuStorage.allocate(DType.FLOAT32, 0);
        CpuStorage out = storage(DType.FLOAT32, 5, 5, 5);
        CPU.rows(new RowPlan(RowOp.LOG_SUM_EXP, dense(in, DType.FLOAT32, 0), 3, 0, dense(out, DType.FLOAT32, 3),
                DType.FLOAT32));
        assertArrayEquals(new double[]{-INF, -INF, -INF}, all(out, DType.FLOAT32));
        CPU.rows(new RowPlan(RowOp.SOFTMAX, dense(in, DType.FLOAT32, 0), 3, 0, dense(out, DType.FLOAT32, 0),
                DType.FLOAT32));
        assertArrayEquals(new double[]{-INF, -INF, -INF}, all(out, DType.FLOAT32));
    }

    @Test
    void randomRowsMatchTheDefinition() {
        Random rnd = new Random(4);
        int[][] shapes = {{1, 1}, {3, 7}, {5, 128}, {4, 129}, {2, 1000}, {600, 77}, {1, 70000}};
        for (DType t : new DType[]{DType.FLOAT32, DType.FLOAT64}) {
            boolean f32 = t == DType.FLOAT32;
            for (int[] shape : shapes) {
                int rows = shape[0];
                int cols = shape[1];
                double[] x = new double[rows * cols];
                for (int i = 0; i < x.length; i++) {
                    x[i] = Conversions.round(rnd.nextGaussian() * 20, t);
                }
                for (RowOp op : RowOp.values()) {
                    double[] got = rows(CPU, op, t, rows, x);
                    double[] scalar = rows(SCALAR, op, t, rows, x);
                    for (int r = 0; r < rows; r++) {
                        double[] maxSum = maxAndExpSum(x, r, cols);
                        double max = maxSum[0];
                        double sum = maxSum[1];
                        double lse = max + StrictMath.log(sum);
                        for (int c = 0; c < (op.reducesRow() ? 1 : cols); c++) {
                            double v = x[r * cols + c];
                            double ref = switch (op) {
                                case SOFTMAX -> StrictMath.exp(v - max) / sum;
                                case LOG_SOFTMAX -> v - lse;
                                case LOG_SUM_EXP -> lse;
                            };
                            int at = op.reducesRow() ? r : r * cols + c;
                            double tolerance = f32 ? 1e-6 : 1e-12;
                            assertEquals(ref, got[at], tolerance * Math.max(1, Math.abs(ref)),
                                    op + " " + t + " " + rows + "x" + cols);
                            assertTrue(ulps(scalar[at], got[at], f32) <= 1, "vector and scalar paths agree");
                        }
                    }
                }
            }
        }
    }
    /**
     * FLOAT32 softmax on float lanes against the exact value (float64 with {@link StrictMath}):
     * within 2.2 ULP for normal results, and within one subnormal step plus 2.2 ULP of a tiny result.
     * Rows of several widths (tails), value scales (differences beyond -87 take the float64 lanes)
     * and masked (-Inf) entries.
     */
    @Test
    void float32SoftmaxIsWithinTheDocumentedBound() {
        Random rnd = new Random(11);
        double worst = 0;
        for (double scale : new double[] {1e-3, 0.5, 3, 12, 40, 200}) {
            for (int cols : new int[] {1, 5, 16, 33, 257, 4096}) {
                int rows = 7;
                double[] x = new double[rows * cols];
                for (int i = 0; i < x.length; i++) {
                    x[i] = (float) (rnd.nextGaussian() * scale + (i % 3 == 0 ? 30 : 0));
                    if (cols > 4 && i % 11 == 4) {
                        x[i] = Double.NEGATIVE_INFINITY;
                    }
                }
                double[] got = rows(CPU, RowOp.SOFTMAX, DType.FLOAT32, rows, x);
                for (int r = 0; r < rows; r++) {
                    double[] maxSum = maxAndExpSum(x, r, cols);
                    double max = maxSum[0];
                    double sum = maxSum[1];
                    for (int c = 0; c < cols; c++) {
                        int at = r * cols + c;
                        double ref = StrictMath.exp(x[at] - max) / sum;
                        double err = Math.abs(got[at] - ref);
                        double u = Math.abs(ref) < Float.MIN_NORMAL
                                ? (err - Float.MIN_VALUE) / Math.ulp((float) ref) : err / Math.ulp((float) ref);
                        assertTrue(u <= 2.2, "softmax scale " + scale + " cols " + cols + " at " + at + ": "
                                + got[at] + " vs " + ref);
                        worst = Math.max(worst, u);
                    }
                }
            }
        }
        System.out.printf("float32 softmax on float lanes: worst %.3f ULP of the exact value%n", worst);
    }

    /** Row {@code r}'s maximum and the float64 sum of exp(x - max) over the row. */
    private static double[] maxAndExpSum(double[] x, int r, int cols) {
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < cols; c++) {
            max = Math.max(max, x[r * cols + c]);
        }
        double sum = 0;
        for (int c = 0; c < cols; c++) {
            sum += StrictMath.exp(x[r * cols + c] - max);
        }
        return new double[] {max, sum};
    }
}
