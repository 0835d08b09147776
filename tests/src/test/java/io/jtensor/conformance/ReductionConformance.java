package io.jtensor.conformance;

import io.jtensor.Np;
import io.jtensor.Tensor;
import io.jtensor.op.RowOp;
import io.jtensor.op.UnaryOp;
import org.junit.jupiter.api.Test;

import static io.jtensor.DType.BOOL;
import static io.jtensor.DType.FLOAT16;
import static io.jtensor.DType.FLOAT32;
import static io.jtensor.DType.FLOAT64;
import static io.jtensor.DType.INT32;
import static io.jtensor.DType.INT64;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Reduction and softmax-family contracts beyond the per-axis NumPy replay of
 * {@link ReferenceConformance}: argmax/argmin with NaN and ties (first occurrence wins), ddof,
 * two-pass variance, empty inputs (sum 0, prod 1, all true, any false, mean NaN), integer
 * accumulation types and wrap-around, inputs large enough for vector loops and threads (sums that
 * are exact in any order, a float32 sum that a naive running sum would get wrong), reductions over
 * strided views, and softmax / log-softmax / log-sum-exp with ±1000 logits and empty rows.
 */
public abstract class ReductionConformance extends ConformanceCase {

    @Test
    void argmaxAndArgminPickTheFirstNaNOrTheFirstTie() {
        assertLongs(Np.argmax(f64(1, Double.NaN, 3, Double.NaN)), INT64, shape(), 1);
        assertLongs(Np.argmin(f64(1, 0, Double.NaN, -5, Double.NaN)), INT64, shape(), 2);
        assertLongs(Np.argmax(f64(3, 1, 3)), INT64, shape(), 0);
        assertLongs(Np.argmin(i32(1, 0, 0, 7)), INT64, shape(), 1);
        assertLongs(Np.argmax(bools(false, true, true)), INT64, shape(), 1);
        Tensor m = Np.array(new double[] {1, 9, 9, 0, Double.NaN, 2, 5, 5, 5}, 3, 3);
        assertLongs(Np.argmax(m, 1), INT64, shape(3), 1, 1, 0);
        assertLongs(Np.argmax(m, 0), INT64, shape(3), 2, 1, 0);
        assertLongs(Np.argmin(m, -1), INT64, shape(3), 0, 1, 0);
        // every axis: the flat C-order index, as NumPy's axis=None
        assertLongs(Np.argmax(range(2, 3, 4)), INT64, shape(), 23);
        assertLongs(Np.argmax(range(2, 3, 4), null, true), INT64, shape(1, 1, 1), 23);
        assertLongs(Np.argmin(range(2, 3, 4).T(), 0), INT64, shape(3, 2), 0, 0, 0, 0, 0, 0);
    }

    @Test
    void maxAndMinPropagateNaN() {
        assertDoubles(Np.max(f64(1, Double.NaN, 3)), FLOAT64, shape(), Double.NaN);
        assertDoubles(Np.min(f64(Double.NEGATIVE_INFINITY, Double.NaN)), FLOAT64, shape(), Double.NaN);
        assertDoubles(Np.max(f64(Double.NEGATIVE_INFINITY, -1e308)), FLOAT64, shape(), -1e308);
        assertLongs(Np.max(i64(Long.MIN_VALUE, Long.MAX_VALUE)), INT64, shape(), Long.MAX_VALUE);
        assertDoubles(Np.sum(f64(1, Double.NaN)), FLOAT64, shape(), Double.NaN);
        assertDoubles(Np.sum(f64(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY)), FLOAT64, shape(), Double.NaN);
    }

    /**
     * NumPy's sums start from the identity +0.0, so every sum and mean of -0.0s is +0.0 (numpy 2.4:
     * {@code np.sum(np.full((300, 400), -0.0), axis=-1)}, {@code np.mean}, {@code np.nansum}), along
     * each layout a backend may take: one element, short and long runs, threads, axis 0 and -1.
     */
    @Test
    void sumsOfNegativeZerosArePositiveZero() {
        for (io.jtensor.DType type : new io.jtensor.DType[] {FLOAT64, FLOAT32, FLOAT16}) {
            for (long[] dims : new long[][] {{1}, {2}, {2, 3}, {100}, {3000}, {300, 400}}) {
                try (Tensor x = Np.full(dims, -0.0, type)) {
                    for (Integer axis : new Integer[] {null, 0, -1}) {
                        int[] axes = axis == null ? null : new int[] {axis};
                        String where = type + " " + java.util.Arrays.toString(dims) + " axis " + axis;
                        assertPositiveZeros(Np.sum(x, axes, false), "sum " + where);
                        assertPositiveZeros(Np.mean(x, axes, false), "mean " + where);
                        assertPositiveZeros(Np.nansum(x, axes, false), "nansum " + where);
                    }
                }
            }
        }
    }

    private static void assertPositiveZeros(Tensor result, String what) {
        try (result) {
            for (double v : result.toDoubleArray()) {
                assertEquals(0L, Double.doubleToRawLongBits(v), what + " gave " + v);
            }
        }
    }

    @Test
    void varianceWithDdof() {
        Tensor x = f64(1, 2, 3, 4);
        assertDoubles(Np.var(x), FLOAT64, shape(), 1.25);
        assertDoubles(Np.var(x, null, false, 1), FLOAT64, shape(), 5.0 / 3);
        assertDoubles(Np.std(x), FLOAT64, shape(), Math.sqrt(1.25));
        assertDoubles(Np.std(x, null, true, 1), FLOAT64, shape(1), Math.sqrt(5.0 / 3));
        assertDoubles(Np.var(i32(1, 2, 3, 4), new int[] {0}, false, 0), FLOAT64, shape(), 1.25);
        // ddof = n: 0/0 for constant data
        assertDoubles(Np.var(f64(7, 7), null, false, 2), FLOAT64, shape(), Double.NaN);
    }

    @Test
    void varianceIsTwoPass() {
        // E[x^2] - E[x]^2 would lose everything here; mean-then-deviations is exact
        assertDoubles(Np.var(f64(1e8 + 1, 1e8 + 2, 1e8 + 3)), FLOAT64, shape(), 2.0 / 3);
        assertDoubles(Np.var(f32(10000f, 10001f, 10002f)), FLOAT32, shape(), (double) (2.0f / 3));
        assertDoubles(Np.std(f64(1e9, 1e9, 1e9)), FLOAT64, shape(), 0.0);
    }

    @Test
    void float32DeviationsAreSquaredInFloat32AsNumPyDoes() {
        // NumPy 2.4: np.var(np.float32([0, 4e19, 1, 2])) is inf (a deviation of 3e19 squared
        // overflows float32), var(..reshape(2, 2), axis=0) is [0.25, inf]; float64 would give 3e38
        assertDoubles(Np.var(f32(0f, 4e19f, 1f, 2f)), FLOAT32, shape(), Double.POSITIVE_INFINITY);
        assertDoubles(Np.std(f32(0f, 4e19f, 1f, 2f)), FLOAT32, shape(), Double.POSITIVE_INFINITY);
        assertDoubles(Np.var(f32(0f, 4e19f, 1f, 2f).reshape(2, 2), new int[] {0}, false, 0), FLOAT32, shape(2),
                0.25, Double.POSITIVE_INFINITY);
    }

    @Test
    void emptyReductions() {
        Tensor e = Np.zeros(0);
        assertDoubles(Np.sum(e), FLOAT64, shape(), 0.0);
        assertDoubles(Np.prod(e), FLOAT64, shape(), 1.0);
        assertDoubles(Np.mean(e), FLOAT64, shape(), Double.NaN);
        assertDoubles(Np.var(e), FLOAT64, shape(), Double.NaN);
        assertBools(Np.all(Np.zeros(shape(0), BOOL)), shape(), true);
        assertBools(Np.any(Np.zeros(shape(0), BOOL)), shape(), false);
        assertLongs(Np.sum(Np.zeros(shape(0), INT32)), INT64, shape(), 0);
        assertLongs(Np.prod(Np.zeros(shape(0), INT32)), INT64, shape(), 1);
        assertDoubles(Np.sum(Np.zeros(2, 0), 1), FLOAT64, shape(2), 0, 0);
        assertDoubles(Np.max(Np.zeros(0, 3), 1), FLOAT64, shape(0));
        assertDoubles(Np.logSumExp(e), FLOAT64, shape(), Double.NEGATIVE_INFINITY);
    }

    @Test
    void integerAccumulation() {
        // int32 sums in int64, so no overflow; int64 wraps as in NumPy
        assertLongs(Np.sum(i32(Integer.MAX_VALUE, Integer.MAX_VALUE)), INT64, shape(), 4294967294L);
        assertLongs(Np.sum(i64(Long.MAX_VALUE, 1)), INT64, shape(), Long.MIN_VALUE);
        assertLongs(Np.prod(i32(65536, 65536)), INT64, shape(), 1L << 32);
        assertLongs(Np.sum(bools(true, true, false)), INT64, shape(), 2);
        assertDoubles(Np.mean(i32(1, 2)), FLOAT64, shape(), 1.5);
        assertDoubles(Np.mean(i64(Long.MAX_VALUE, Long.MAX_VALUE)), FLOAT64, shape(), 9.223372036854775807e18);
        assertLongs(Np.max(i32(-5, 3)), INT32, shape(), 3);
    }

    @Test
    void largeReductionsAreExact() {
        long n = 1_000_001;
        Tensor ints = Np.arange(n);
        assertLongs(Np.sum(ints), INT64, shape(), 500000500000L);
        Tensor floats = ints.astype(FLOAT64);
        assertDoubles(Np.sum(floats), FLOAT64, shape(), 500000500000.0);
        assertDoubles(Np.mean(floats), FLOAT64, shape(), 500000.0);
        assertDoubles(Np.max(floats), FLOAT64, shape(), 1000000.0);
        assertDoubles(Np.min(floats), FLOAT64, shape(), 0.0);
        assertLongs(Np.argmax(floats), INT64, shape(), 1000000);
        assertLongs(Np.argmin(Np.negative(ints)), INT64, shape(), 1000000);
        assertDoubles(Np.prod(Np.ones(n)), FLOAT64, shape(), 1.0);
        assertBools(Np.all(Np.ones(shape(n), BOOL)), shape(), true);
        Tensor oneTrue = Np.zeros(shape(n), BOOL);
        put(oneTrue, n - 1, 1);
        assertBools(Np.any(oneTrue), shape(), true);
        assertBools(Np.all(oneTrue), shape(), false);
        Tensor ties = Np.zeros(n);
        put(ties, 700000, 1);
        put(ties, 500000, 1);
        assertLongs(Np.argmax(ties), INT64, shape(), 500000);
        put(ties, 800000, Double.NaN);
        put(ties, 900000, Double.NaN);
        assertLongs(Np.argmax(ties), INT64, shape(), 800000);
        assertLongs(Np.argmin(ties), INT64, shape(), 800000);
        assertDoubles(Np.max(ties), FLOAT64, shape(), Double.NaN);
        assertDoubles(Np.sum(ties), FLOAT64, shape(), Double.NaN);
        // float32 partial sums of 0..4095 are integers below 2^24: exact in any order
        Tensor small = Np.arange(4096).astype(FLOAT32);
        assertDoubles(Np.sum(small), FLOAT32, shape(), 8386560);
        assertDoubles(Np.sum(small.reshape(64, 64), 0), FLOAT32, shape(64), columnSums(64));
    }

    private static double[] columnSums(int n) {
        double[] s = new double[n];
        for (int j = 0; j < n; j++) {
            s[j] = (double) n * (n - 1) / 2 * n + (double) n * j;
        }
        return s;
    }

    @Test
    void float32SumIsNotANaiveRunningSum() {
        // a running float32 sum of ones stalls at 2^24 = 16777216; pairwise summation is exact here
        Tensor ones = Np.ones(shape(1), FLOAT32).broadcastTo(20_000_000);
        assertDoubles(Np.sum(ones), FLOAT32, shape(), 2.0e7);
        assertDoubles(Np.mean(ones), FLOAT32, shape(), 1.0);
    }

    @Test
    void largeAxisReductions() {
        Tensor x = range(1000, 1001);
        double[] columns = new double[1001];
        for (int j = 0; j < 1001; j++) {
            columns[j] = 1001.0 * 499500 + 1000.0 * j;
        }
        assertDoubles(Np.sum(x, 0), FLOAT64, shape(1001), columns);
        double[] rows = new double[1000];
        for (int i = 0; i < 1000; i++) {
            rows[i] = 1001.0 * 1001 * i + 500500;
        }
        assertDoubles(Np.sum(x, 1), FLOAT64, shape(1000), rows);
        assertDoubles(Np.sum(x.T(), 1), FLOAT64, shape(1001), columns);
        double[] maxima = new double[1001];
        for (int j = 0; j < 1001; j++) {
            maxima[j] = 999.0 * 1001 + j;
        }
        assertDoubles(Np.max(x, 0), FLOAT64, shape(1001), maxima);
        long[] argmax = new long[1001];
        java.util.Arrays.fill(argmax, 999);
        assertLongs(Np.argmax(x, 0), INT64, shape(1001), argmax);
    }

    @Test
    void reductionsOfStridedViews() {
        Tensor x = range(4, 6);
        Tensor every2 = x.slice(1, 1, Long.MAX_VALUE, 2);           // columns 1, 3, 5
        assertDoubles(Np.sum(every2, 1), FLOAT64, shape(4), 9, 27, 45, 63);
        Tensor reversed = x.slice(0, Long.MAX_VALUE, Long.MIN_VALUE, -1);
        assertDoubles(Np.max(reversed, 1), FLOAT64, shape(4), 23, 17, 11, 5);
        assertLongs(Np.argmax(reversed, 0), INT64, shape(6), 0, 0, 0, 0, 0, 0);
        Tensor broadcast = f64(1, 2, 3).broadcastTo(5, 3);
        assertDoubles(Np.sum(broadcast, 0), FLOAT64, shape(3), 5, 10, 15);
        assertDoubles(Np.mean(broadcast, new int[] {0, 1}, true), FLOAT64, shape(1, 1), 2);
    }

    @Test
    void reductionsOfBroadcastViews() {
        Tensor rows = f64(1, 3, 2).broadcastTo(4, 3);
        assertLongs(Np.argmax(rows), INT64, shape(), 1);
        assertLongs(Np.argmax(rows, 0), INT64, shape(3), 0, 0, 0);
        assertLongs(Np.argmin(rows, 1), INT64, shape(4), 0, 0, 0, 0);
        Tensor cols = Np.array(new double[] {1, 5, 2}, 3, 1).broadcastTo(3, 4);
        assertLongs(Np.argmax(cols), INT64, shape(), 4);
        assertLongs(Np.argmin(cols.T()), INT64, shape(), 0);
        assertDoubles(Np.max(cols, 1), FLOAT64, shape(3), 1, 5, 2);
        assertDoubles(Np.prod(Np.scalar(2.0).broadcastTo(10)), FLOAT64, shape(), 1024);
        long wrapped = 1;
        for (int i = 0; i < 41; i++) {
            wrapped *= 3;   // wraps around as NumPy's int64 product does
        }
        assertLongs(Np.prod(Np.scalar(3, INT32).broadcastTo(41)), INT64, shape(), wrapped);
        assertDoubles(Np.mean(f64(1, 2).broadcastTo(5, 2)), FLOAT64, shape(), 1.5);
        assertDoubles(Np.var(f64(1, 2).broadcastTo(5, 2)), FLOAT64, shape(), 0.25);
        assertDoubles(Np.var(f64(1, 2).broadcastTo(5, 2), new int[] {0}, false, 1), FLOAT64, shape(2), 0, 0);
        assertDoubles("std of a broadcast", Np.std(f64(1, 2).broadcastTo(3, 2), null, false, 1), FLOAT64, shape(),
                suite().reductionTolerance("std", FLOAT64), Math.sqrt(0.3));
        assertLongs(Np.sum(i64(Long.MAX_VALUE).broadcastTo(3)), INT64, shape(), Long.MAX_VALUE * 3);
        assertBools(Np.all(bools(true, false).broadcastTo(3, 2), 0), shape(2), true, false);
    }

    // ---- softmax family -------------------------------------------------------------------------

    @Test
    void softmaxOfHugeLogitsIsFinite() {
        assertDoubles(Np.softmax(f64(1000, -1000), 0), FLOAT64, shape(2), 1.0, 0.0);
        assertDoubles(Np.softmax(f64(-1000, -1000), 0), FLOAT64, shape(2), 0.5, 0.5);
        assertDoubles(Np.logSoftmax(f64(1000, 0), 0), FLOAT64, shape(2), 0.0, -1000.0);
        Tensor lse = Np.logSumExp(f64(1000, 1000));
        assertDoubles("logSumExp([1000, 1000])", lse, FLOAT64, shape(),
                suite().rowTolerance(RowOp.LOG_SUM_EXP, FLOAT64), 1000 + Math.log(2));
        assertDoubles(Np.softmax(f32(1000f, -1000f), 0), FLOAT32, shape(2), 1.0, 0.0);
        assertDoubles(Np.logSumExp(f64(-1000, Double.NEGATIVE_INFINITY)), FLOAT64, shape(), -1000.0);
    }

    /** Summing n softmax outputs adds the sum's rounding to each output's error. */
    private Tolerance sumOfProbabilities() {
        Tolerance row = suite().rowTolerance(RowOp.SOFTMAX, FLOAT64);
        return Tolerance.of(row.ulps() + 4, row.ulps() + row.epsScale() + 2);
    }

    @Test
    void softmaxRowsSumToOneAlongEveryAxis() {
        Tensor x = Np.random(7).normal(0, 5, 3, 4, 5);
        double maxAbs = Np.max(Np.abs(x)).item();
        Tolerance row = suite().rowTolerance(RowOp.LOG_SOFTMAX, FLOAT64);
        Tolerance viaExp = Tolerance.of(2 * row.ulps() + suite().unaryTolerance(UnaryOp.EXP, FLOAT64).ulps(),
                2 * row.epsScale() + 2);
        for (int axis = -3; axis < 3; axis++) {
            Tensor p = Np.softmax(x, axis);
            Tensor sums = Np.sum(p, axis);
            double[] ones = new double[(int) sums.size()];
            java.util.Arrays.fill(ones, 1.0);
            Check.compareDoubles("sum of softmax along " + axis, sums.shape(), FLOAT64, ones, sums.toDoubleArray(),
                    sumOfProbabilities(), x.shape(axis), null);
            Tensor back = Np.exp(Np.logSoftmax(x, axis));
            Check.compareDoubles("exp(logSoftmax) along " + axis, x.shape(), FLOAT64, p.toDoubleArray(),
                    back.toDoubleArray(), viaExp, maxAbs + 1, null);
        }
    }

    @Test
    void longRows() {
        int n = 100_000;
        Tensor lse = Np.logSumExp(Np.zeros(n));
        assertDoubles("logSumExp(zeros(n))", lse, FLOAT64, shape(), suite().rowTolerance(RowOp.LOG_SUM_EXP, FLOAT64),
                Math.log(n));
        Tensor shifted = Np.logSumExp(Np.full(shape(3, n), -700.0), new int[] {1}, false);
        Check.compareDoubles("logSumExp(full(-700)) per row", shape(3), FLOAT64,
                new double[] {-700 + Math.log(n), -700 + Math.log(n), -700 + Math.log(n)}, shifted.toDoubleArray(),
                suite().rowTolerance(RowOp.LOG_SUM_EXP, FLOAT64), 700, null);
        Tensor p = Np.softmax(Np.random(11).normal(0, 3, 5, 20_000), 1);
        Check.compareDoubles("softmax rows of 20000 sum to 1", shape(5), FLOAT64, new double[] {1, 1, 1, 1, 1},
                Np.sum(p, 1).toDoubleArray(), sumOfProbabilities(), 20_000, null);
        Tensor uniform = Np.softmax(Np.ones(shape(2, 4096), FLOAT32), 1);
        double[] quarter = new double[2 * 4096];
        java.util.Arrays.fill(quarter, 1.0 / 4096);
        assertDoubles("softmax of equal float32 logits", uniform, FLOAT32, shape(2, 4096),
                suite().rowTolerance(RowOp.SOFTMAX, FLOAT32), quarter);
    }

    @Test
    void softmaxOfEmptyRows() {
        assertDoubles(Np.softmax(Np.zeros(2, 0), 1), FLOAT64, shape(2, 0));
        assertDoubles(Np.softmax(Np.zeros(0, 3), 1), FLOAT64, shape(0, 3));
        assertDoubles(Np.logSoftmax(Np.zeros(0, 3), 0), FLOAT64, shape(0, 3));
        assertDoubles(Np.logSumExp(Np.zeros(2, 0), new int[] {1}, true), FLOAT64, shape(2, 1),
                Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY);
    }

    /**
     * NumPy's float16 rules where one rounding and many differ (values from NumPy 2.4): sum and mean
     * accumulate in float32 and round once (60000 + 60000 - 60000 is 60000; the mean of 60000 and
     * 60000 is 60000), var and std round every step as {@code _var} does on half, so the squared
     * deviations of [0, 400] (40000 each) overflow their float16 sum: var and std are Inf although
     * the variance, 40000, is a float16 value.
     */
    @Test
    void float16SumsRoundOnceAndVarianceRoundsEveryStep() {
        Tensor big = Np.array(new double[] {60000, 60000, -60000}).astype(FLOAT16);
        assertHalf(60000, Np.sum(big), "sum");
        try (Tensor two = big.slice(0, 0, 2, 1)) {
            assertHalf(60000, Np.mean(two), "mean");
            assertHalf(Double.POSITIVE_INFINITY, Np.sum(two), "sum past 65504");
        }
        assertHalf(Double.NEGATIVE_INFINITY, Np.prod(big), "prod past -65504");
        Tensor spread = Np.array(new double[] {0, 400}).astype(FLOAT16);
        assertHalf(200, Np.mean(spread), "mean");
        assertHalf(Double.POSITIVE_INFINITY, Np.var(spread), "var");
        assertHalf(Double.POSITIVE_INFINITY, Np.std(spread), "std");
        Tensor small = Np.array(new double[] {0.1, 0.2, 0.7, 1.3, 2.9}).astype(FLOAT16);
        assertHalf(1.046875, Np.var(small), "var");
        assertHalf(1.0234375, Np.std(small), "std");
        assertHalf(1.30859375, Np.var(small, null, false, 1), "var ddof=1");
    }

    /**
     * Statistics of float16 as NumPy 2.4 computes them (values from NumPy): average, nanvar, nanstd,
     * nanmedian, nanpercentile and nancumsum stay float16 (a weighted average past 65504 is Inf,
     * as NumPy's float16 sum of x * w), ptp is max - min in float16, cov and interp are float64.
     */
    @Test
    void float16StatisticsFollowNumPy() {
        Tensor x = Np.array(new double[] {0.1, 0.2, 0.7, 1.3, 2.9, Double.NaN}).astype(FLOAT16);
        Tensor y = Np.array(new double[] {0.1, 0.2, 0.7, 1.3, 2.9, 60000}).astype(FLOAT16);
        Tensor w = Np.array(new double[] {1, 2, 3, 4, 5, 6}).astype(FLOAT16);
        assertHalf(10000, Np.average(y), "average");
        assertHalf(Double.POSITIVE_INFINITY, Np.average(y, w), "weighted average");
        assertHalf(1.046875, Np.nanvar(x), "nanvar");
        assertHalf(1.0234375, Np.nanstd(x), "nanstd");
        assertHalf(0.7001953125, Np.nanmedian(x), "nanmedian");
        assertHalf(0.5, Np.nanpercentile(x, 40), "nanpercentile");
        assertHalf(60000, Np.ptp(y), "ptp");
        Tensor running = Np.nancumsum(x);
        assertEquals(FLOAT16, running.dtype(), "nancumsum: dtype");
        assertArrayEquals(new double[] {0.0999755859375, 0.2998046875, 1.0, 2.30078125, 5.203125, 5.203125},
                running.toDoubleArray(), "nancumsum rounds every partial sum");
        try (Tensor m = y.reshape(2, 3)) {
            Tensor c = Np.cov(m);
            assertEquals(FLOAT64, c.dtype(), "cov: dtype");
            assertEquals(1199915998.2043555, c.toDoubleArray()[3], 1199915998.2043555 * 1e-12, "cov");
        }
        Tensor at = Np.interp(Np.array(new double[] {0.5}).astype(FLOAT16),
                Np.array(new double[] {0, 1}).astype(FLOAT16), Np.array(new double[] {0, 60000}).astype(FLOAT16));
        assertEquals(FLOAT64, at.dtype(), "interp: dtype");
        assertEquals(30000, at.toDoubleArray()[0], "interp");
    }

    private void assertHalf(double expected, Tensor actual, String what) {
        assertEquals(FLOAT16, actual.dtype(), what + ": dtype");
        assertOnBackend(what, actual);
        assertEquals(expected, actual.item(), what + " of float16 on " + suite().backend().name());
    }

    /**
     * sum, prod and cumsum of uint8/uint16/uint32 give int64 where NumPy gives uint64 (jtensor has no uint64): the
     * same bits, so the same value below 2^63 and the same value modulo 2^64 where NumPy's uint64 product
     * wraps (NumPy's values below); int8 products wrap in int64 as NumPy's; long inputs take the vector
     * and threaded paths; max keeps the type.
     */
    @Test
    void smallIntegerSumsAndProductsAreInt64AndUnsignedOnesHoldNumPysUint64Bits() {
        byte[] ff = new byte[9];
        java.util.Arrays.fill(ff, (byte) 0xff);
        Tensor u8 = Np.arrayUint8(ff, 9);
        assertLongs(Np.prod(u8), INT64, shape(), 2570567486027860223L);          // np.prod(np.full(9, 255, np.uint8))
        assertLongs(Np.sum(u8), INT64, shape(), 2295);
        assertLongs(Np.max(u8), io.jtensor.DType.UINT8, shape(), 255);
        Tensor u16 = Np.arrayUint16(new short[] {-1, -1, -1, -1, -1}, 5);
        assertLongs(Np.prod(u16), INT64, shape(), 2814706817761279L);           // 65535**5 mod 2**64
        assertLongs(Np.cumsum(u16), INT64, shape(5), 65535, 131070, 196605, 262140, 327675);
        byte[] lows = new byte[9];
        java.util.Arrays.fill(lows, (byte) -128);
        assertLongs(Np.prod(Np.array(lows, 9)), INT64, shape(), Long.MIN_VALUE);   // (-128)**9 wraps in int64
        assertLongs(Np.prod(Np.array(java.util.Arrays.copyOf(lows, 8), 8)), INT64, shape(), 72057594037927936L);
        byte[] many = new byte[100003];
        java.util.Arrays.fill(many, (byte) 0xff);
        assertLongs(Np.sum(Np.arrayUint8(many, many.length)), INT64, shape(), 25500765);
        byte[] negative = new byte[70001];
        java.util.Arrays.fill(negative, (byte) -128);
        assertLongs(Np.sum(Np.array(negative, negative.length)), INT64, shape(), -8960128);
        // uint32: sums past 2^32, (2^32 - 1)^5 and (2^31)^3 modulo 2^64 (np.prod(np.full(5, 2**32 - 1, np.uint32)))
        Tensor u32 = Np.arrayUint32(new int[] {-1, -1, -1, -1, -1}, 5);
        assertLongs(Np.sum(u32), INT64, shape(), 21474836475L);
        assertLongs(Np.prod(u32), INT64, shape(), 21474836479L);
        assertLongs(Np.prod(Np.arrayUint32(new int[] {Integer.MIN_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE}, 3)),
                INT64, shape(), 0);
        assertLongs(Np.cumsum(Np.arrayUint32(new int[] {-1, -1, -1}, 3)), INT64, shape(3), 4294967295L, 8589934590L,
                12884901885L);
        assertLongs(Np.max(u32), io.jtensor.DType.UINT32, shape(), 4294967295L);
        int[] manyU32 = new int[100003];
        java.util.Arrays.fill(manyU32, -1);
        assertLongs(Np.sum(Np.arrayUint32(manyU32, manyU32.length)), INT64, shape(), 429509614401885L);
    }
}
