package io.jtensor.cpu;

import io.jtensor.DType;
import io.jtensor.backend.Operand;
import io.jtensor.backend.ReducePlan;
import io.jtensor.op.ReduceOp;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static io.jtensor.cpu.TestSupport.*;
import static org.junit.jupiter.api.Assertions.*;

class ReduceKernelsTest {

    private static CpuStorage reduce(CpuBackend backend, ReduceOp op, Operand in, long[] kept, long[] reduced,
                                     DType outType, DType compute, int ddof) {
        long n = 1;
        for (long d : kept) {
            n *= d;
        }
        CpuStorage out = CpuStorage.allocate(outType, n);
        backend.reduce(new ReducePlan(op, in, kept, reduced, dense(out, outType, kept), compute, ddof));
        return out;
    }

    private static DType outType(ReduceOp op, DType compute) {
        return switch (op) {
            case ARGMAX, ARGMIN -> DType.INT64;
            case ALL, ANY -> DType.BOOL;
            default -> compute;
        };
    }

    /** Naive reference in double (double-double sums), one value per output in C order. */
    private static double[] reference(ReduceOp op, CpuStorage s, DType type, long offset, long[] strides,
                                      long[] kept, long[] reduced, int ddof) {
        return reference(new ReduceOp[]{op}, s, type, offset, strides, kept, reduced, ddof)[0];
    }

    /** The reference for several ops at once (reading the data once). */
    private static double[][] reference(ReduceOp[] ops, CpuStorage s, DType type, long offset, long[] strides,
                                        long[] kept, long[] reduced, int ddof) {
        long outputs = product(kept);
        long count = product(reduced);
        double[][] result = new double[ops.length][(int) outputs];
        double[] v = new double[(int) count];
        for (long o = 0; o < outputs; o++) {
            long base = offset + offsetOf(o, kept, strides, 0);
            for (long r = 0; r < count; r++) {
                v[(int) r] = get(s, type, base + offsetOf(r, reduced, strides, kept.length));
            }
            for (int i = 0; i < ops.length; i++) {
                result[i][(int) o] = fold(ops[i], v, ddof);
            }
        }
        return result;
    }

    private static double fold(ReduceOp op, double[] v, int ddof) {
        switch (op) {
            case SUM:
                return exactSum(v);
            case MEAN:
                return exactSum(v) / v.length;
            case VAR: {
                double mean = exactSum(v) / v.length;
                double[] sq = new double[v.length];
                for (int i = 0; i < v.length; i++) {
                    sq[i] = (v[i] - mean) * (v[i] - mean);
                }
                return exactSum(sq) / Math.max(v.length - ddof, 0);
            }
            case PROD: {
                double p = 1;
                for (double x : v) {
                    p *= x;
                }
                return p;
            }
            case MAX:
            case MIN: {
                double m = v[0];
                for (double x : v) {
                    m = op == ReduceOp.MAX ? Math.max(m, x) : Math.min(m, x);
                }
                return m;
            }
            case ARGMAX:
            case ARGMIN: {
                int best = 0;
                for (int i = 0; i < v.length; i++) {
                    if (Double.isNaN(v[i])) {
                        return i;
                    }
                    if (op == ReduceOp.ARGMAX ? v[i] > v[best] : v[i] < v[best]) {
                        best = i;
                    }
                }
                return best;
            }
            case ALL: {
                for (double x : v) {
                    if (x == 0) {
                        return 0;
                    }
                }
                return 1;
            }
            default: {
                for (double x : v) {
                    if (x != 0) {
                        return 1;
                    }
                }
                return 0;
            }
        }
    }

    /** The sum in double-double arithmetic (error far below a double ULP for these tests). */
    static double exactSum(double[] v) {
        double hi = 0;
        double lo = 0;
        for (double x : v) {
            if (!Double.isFinite(x)) {
                double r = 0;
                for (double y : v) {
                    r += y;
                }
                return r;
            }
            double s = hi + x;
            double bp = s - hi;
            lo += (hi - (s - bp)) + (x - bp);
            hi = s;
        }
        return hi + lo;
    }

    private static long product(long[] dims) {
        long n = 1;
        for (long d : dims) {
            n *= d;
        }
        return n;
    }

    private static long offsetOf(long flat, long[] shape, long[] strides, int first) {
        long off = 0;
        for (int d = shape.length - 1; d >= 0; d--) {
            off += (flat % shape[d]) * strides[first + d];
            flat /= shape[d];
        }
        return off;
    }

    private static void assertClose(ReduceOp op, double expected, double actual, double tolerance, String what) {
        if (Double.isNaN(expected)) {
            assertTrue(Double.isNaN(actual), what + ": NaN expected, got " + actual);
        } else if (Double.isInfinite(expected) || tolerance == 0) {
            assertEquals(expected, actual, what + " " + op);
        } else {
            assertEquals(expected, actual, tolerance * Math.max(1, Math.abs(expected)), what + " " + op);
        }
    }

    /** Reduces a (4, 5, 6) array (optionally transposed / offset) over every subset of axes. */
    @Test
    void everyOpOverEveryAxisSubsetMatchesTheReference() {
        long[] shape = {4, 5, 6};
        Random rnd = new Random(5);
        for (DType type : DType.values()) {
            CpuStorage data = random(type, 2 + 120, rnd);
            for (boolean transposed : new boolean[]{false, true}) {
                long[] baseStrides = transposed ? new long[]{1, 4, 20} : cStrides(shape);
                for (int mask = 0; mask < 8; mask++) {
                    List<Integer> keptAxes = new ArrayList<>();
                    List<Integer> reducedAxes = new ArrayList<>();
                    for (int d = 0; d < 3; d++) {
                        ((mask & (1 << d)) != 0 ? reducedAxes : keptAxes).add(d);
                    }
                    long[] kept = keptAxes.stream().mapToLong(d -> shape[d]).toArray();
                    long[] reduced = reducedAxes.stream().mapToLong(d -> shape[d]).toArray();
                    long[] strides = new long[3];
                    int i = 0;
                    for (int d : keptAxes) {
                        strides[i++] = baseStrides[d];
                    }
                    for (int d : reducedAxes) {
                        strides[i++] = baseStrides[d];
                    }
                    Operand in = Operand.of(data, type, 2, strides);
                    for (ReduceOp op : ReduceOp.values()) {
                        // as core's TypeRules.reduce: float16 computes in float32, its result is float16
                        DType compute = switch (op) {
                            case MEAN, VAR -> type == DType.FLOAT32 || type == DType.FLOAT16 ? DType.FLOAT32
                                    : DType.FLOAT64;
                            case SUM, PROD -> type.isFloatingPoint() ? type.computeType() : DType.INT64;
                            case ALL, ANY -> DType.BOOL;
                            default -> type.computeType();
                        };
                        DType outType = type == DType.FLOAT16 && outType(op, compute) == DType.FLOAT32 ? DType.FLOAT16
                                : outType(op, compute);
                        int ddof = op == ReduceOp.VAR ? mask % 2 : 0;
                        double[] expected = reference(op, data, type, 2, strides, kept, reduced, ddof);
                        for (CpuBackend backend : new CpuBackend[]{CPU, SCALAR}) {
                            CpuStorage out = reduce(backend, op, in, kept, reduced, outType, compute, ddof);
                            // a float16 result is the float32 one rounded once: within half a float16 ULP
                            double tolerance = outType == DType.FLOAT16 ? 0x1p-11 + 1e-6
                                    : compute == DType.FLOAT32 ? 1e-6 : compute == DType.FLOAT64 ? 1e-13 : 0;
                            if (op == ReduceOp.PROD && type.isFloatingPoint()) {
                                tolerance *= 10;
                            }
                            for (int k = 0; k < expected.length; k++) {
                                double want = op == ReduceOp.PROD && !type.isFloatingPoint()
                                        ? (double) wrapProduct(data, type, in, kept, reduced, k)
                                        : outType == DType.FLOAT16 ? io.jtensor.Float16.round(expected[k]) : expected[k];
                                assertClose(op, want, get(out, outType, k), tolerance,
                                        type + " mask " + mask + " transposed " + transposed + " at " + k);
                            }
                        }
                    }
                }
            }
        }
    }

    private static long wrapProduct(CpuStorage s, DType type, Operand in, long[] kept, long[] reduced, long o) {
        long base = in.offset() + offsetOf(o, kept, in.strides(), 0);
        long p = 1;
        for (long r = 0; r < product(reduced); r++) {
            p *= (long) get(s, type, base + offsetOf(r, reduced, in.strides(), kept.length));
        }
        return p;
    }

    @Test
    void float32PairwiseSumOfOneBigValueAndManyOnes() {
        int n = 1 << 21;
        CpuStorage s = CpuStorage.allocate(DType.FLOAT32, n);
        s.segment().setAtIndex(ElementIO.FLOAT, 0, 1e8f);
        for (int i = 1; i < n; i++) {
            s.segment().setAtIndex(ElementIO.FLOAT, i, 1.0f);
        }
        for (CpuBackend backend : new CpuBackend[]{CPU, SCALAR}) {
            CpuStorage out = reduce(backend, ReduceOp.SUM, dense(s, DType.FLOAT32, n), new long[0], new long[]{n},
                    DType.FLOAT32, DType.FLOAT32, 0);
            double exact = 1e8 + (n - 1);
            double bound = Math.log(n) / Math.log(2) * Math.ulp(1.0f) * (1e8 + n);
            double got = get(out, DType.FLOAT32, 0);
            assertTrue(Math.abs(got - exact) <= bound, got + " vs " + exact);
            assertEquals((float) exact, (float) got);
            float naive = 0;
            for (int i = 0; i < n; i++) {
                naive += s.segment().getAtIndex(ElementIO.FLOAT, i);
            }
            assertEquals(1e8f, naive, "a naive float loop loses every 1.0");
        }
    }

    @Test
    void float64PairwiseSumErrorGrowsLogarithmically() {
        int n = 1 << 22;
        Random rnd = new Random(2);
        double[] values = new double[n];
        CpuStorage s = CpuStorage.allocate(DType.FLOAT64, n);
        for (int i = 0; i < n; i++) {
            values[i] = (i % 3 == 0 ? 1e10 : 1) * (0.1 + rnd.nextDouble());
            s.segment().setAtIndex(ElementIO.DOUBLE, i, values[i]);
        }
        double exact = exactSum(values);
        double abs = 0;
        for (double v : values) {
            abs += Math.abs(v);
        }
        double bound = 22 * Math.ulp(1.0) / 2 * abs;
        for (CpuBackend backend : new CpuBackend[]{CPU, SCALAR}) {
            for (ReduceOp op : new ReduceOp[]{ReduceOp.SUM, ReduceOp.MEAN}) {
                CpuStorage out = reduce(backend, op, dense(s, DType.FLOAT64, n), new long[0], new long[]{n},
                        DType.FLOAT64, DType.FLOAT64, 0);
                double want = op == ReduceOp.SUM ? exact : exact / n;
                double got = get(out, DType.FLOAT64, 0);
                assertTrue(Math.abs(got - want) <= (op == ReduceOp.SUM ? bound : bound / n),
                        op + ": " + got + " vs " + want);
            }
        }
        // the same data laid out as columns: reduce over rows (the (outer, R, inner) path)
        int cols = 64;
        int rows = n / cols;
        CpuStorage out = reduce(CPU, ReduceOp.SUM, Operand.of(s, DType.FLOAT64, 0, new long[]{1, cols}),
                new long[]{cols}, new long[]{rows}, DType.FLOAT64, DType.FLOAT64, 0);
        for (int c = 0; c < cols; c++) {
            double[] column = new double[rows];
            double columnAbs = 0;
            for (int r = 0; r < rows; r++) {
                column[r] = values[r * cols + c];
                columnAbs += Math.abs(column[r]);
            }
            double want = exactSum(column);
            assertTrue(Math.abs(get(out, DType.FLOAT64, c) - want) <= 18 * Math.ulp(1.0) / 2 * columnAbs);
        }
    }

    @Test
    void argReductionsFollowNaNAndFirstOccurrenceRules() {
        double nan = Double.NaN;
        assertArrays(new double[]{1, 1, nan, nan}, new double[]{1, nan, 3, nan}, true);
        assertArrays(new double[]{0, 1, 3, 1}, new double[]{3, 1, 3, 1}, false);
        assertArrays(new double[]{3, 0, 5, Double.NEGATIVE_INFINITY},
                new double[]{Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, 5}, false);
        // flat C-order index within the reduced shape (2, 3) for a (3 kept) x (2, 3) reduced view
        CpuStorage s = storage(DType.FLOAT64, new double[18]);
        set(s, DType.FLOAT64, 1 * 6 + 1 * 3 + 2, 9); // kept 1, reduced (1, 2) -> flat 5
        CpuStorage out = reduce(CPU, ReduceOp.ARGMAX, Operand.of(s, DType.FLOAT64, 0, new long[]{6, 3, 1}),
                new long[]{3}, new long[]{2, 3}, DType.INT64, DType.FLOAT64, 0);
        assertArrayEquals(new double[]{0, 5, 0}, all(out, DType.INT64));
    }

    /** Checks argmax, argmin, max, min of a float64 vector. */
    private static void assertArrays(double[] expected, double[] values, boolean vectorPath) {
        int n = values.length;
        CpuStorage s = storage(DType.FLOAT64, values);
        double[] got = new double[4];
        ReduceOp[] ops = {ReduceOp.ARGMAX, ReduceOp.ARGMIN, ReduceOp.MAX, ReduceOp.MIN};
        for (int i = 0; i < 4; i++) {
            DType outType = outType(ops[i], DType.FLOAT64);
            got[i] = get(reduce(vectorPath ? CPU : SCALAR, ops[i], dense(s, DType.FLOAT64, n), new long[0],
                    new long[]{n}, outType, DType.FLOAT64, 0), outType, 0);
        }
        assertArrayEquals(expected, got);
    }

    @Test
    void emptyReductionsWriteIdentities() {
        CpuStorage s = CpuStorage.allocate(DType.FLOAT64, 0);
        Operand in = Operand.of(s, DType.FLOAT64, 0, new long[]{0, 1});
        double[][] expected = {{0, 0}, {1, 1}, {1, 1}, {0, 0}, {Double.NaN, Double.NaN}, {Double.NaN, Double.NaN}};
        ReduceOp[] ops = {ReduceOp.SUM, ReduceOp.PROD, ReduceOp.ALL, ReduceOp.ANY, ReduceOp.MEAN, ReduceOp.VAR};
        for (int i = 0; i < ops.length; i++) {
            DType outType = outType(ops[i], DType.FLOAT64);
            CpuStorage out = reduce(CPU, ops[i], in, new long[]{2}, new long[]{0}, outType,
                    ops[i] == ReduceOp.ALL || ops[i] == ReduceOp.ANY ? DType.BOOL : DType.FLOAT64, 0);
            assertArrayEquals(expected[i], all(out, outType), ops[i].toString());
        }
        CpuStorage none = reduce(CPU, ReduceOp.MAX, Operand.of(s, DType.FLOAT64, 0, new long[]{0, 1}),
                new long[]{0}, new long[]{5}, DType.FLOAT64, DType.FLOAT64, 0);
        assertEquals(0, none.byteSize());
        assertThrows(IllegalArgumentException.class, () -> reduce(CPU, ReduceOp.MAX, in, new long[]{2},
                new long[]{0}, DType.FLOAT64, DType.FLOAT64, 0));
    }

    @Test
    void varianceDividesByCountMinusDdofLikeNumpy() {
        assertEquals(Double.POSITIVE_INFINITY, variance(2, 1, 2));
        assertTrue(Double.isNaN(variance(2, 1, 1)));
        assertTrue(Double.isNaN(variance(3, 1)));
        assertEquals(0.5, variance(1, 1, 2));
        assertEquals(0.25, variance(0, 1, 2));
        assertEquals(5.0 / 3.0, variance(1, 1, 2, 3, 4));
    }

    private static double variance(int ddof, double... values) {
        CpuStorage s = storage(DType.FLOAT64, values);
        return get(reduce(CPU, ReduceOp.VAR, dense(s, DType.FLOAT64, values.length), new long[0],
                new long[]{values.length}, DType.FLOAT64, DType.FLOAT64, ddof), DType.FLOAT64, 0);
    }

    @Test
    void threeBillionBroadcastElementsReduceWithoutMaterialising() {
        long n = 3_000_000_000L;
        CpuStorage one = storage(DType.FLOAT64, 1.0);
        Operand in = Operand.of(one, DType.FLOAT64, 0, new long[]{0});
        assertEquals(3e9, get(reduce(CPU, ReduceOp.SUM, in, new long[0], new long[]{n}, DType.FLOAT64,
                DType.FLOAT64, 0), DType.FLOAT64, 0));
        assertEquals(1.0, get(reduce(CPU, ReduceOp.MEAN, in, new long[0], new long[]{n}, DType.FLOAT64,
                DType.FLOAT64, 0), DType.FLOAT64, 0));
        assertEquals(0.0, get(reduce(CPU, ReduceOp.VAR, in, new long[0], new long[]{n}, DType.FLOAT64,
                DType.FLOAT64, 1), DType.FLOAT64, 0));
        assertEquals(0, get(reduce(CPU, ReduceOp.ARGMAX, in, new long[0], new long[]{n}, DType.INT64,
                DType.FLOAT64, 0), DType.INT64, 0));
        CpuStorage three = longs(DType.INT32, 3);
        Operand ints = Operand.of(three, DType.INT32, 0, new long[]{0});
        assertEquals(9_000_000_000L, getLong(reduce(CPU, ReduceOp.SUM, ints, new long[0], new long[]{n},
                DType.INT64, DType.INT64, 0), DType.INT64, 0));
        assertEquals(LongAccumulatorsProbe.power(3, n), getLong(reduce(CPU, ReduceOp.PROD, ints, new long[0],
                new long[]{n}, DType.INT64, DType.INT64, 0), DType.INT64, 0));
        // partly broadcast: 3e6 copies of 1000 distinct values, and the arg index of a broadcast layout
        CpuStorage distinct = CpuStorage.allocate(DType.FLOAT32, 1000);
        for (int i = 0; i < 1000; i++) {
            set(distinct, DType.FLOAT32, i, i == 617 ? 5 : 0.5);
        }
        Operand partly = Operand.of(distinct, DType.FLOAT32, 0, new long[]{0, 1});
        long[] reduced = {3_000_000, 1000};
        assertEquals((float) (3e6 * (999 * 0.5 + 5)), get(reduce(CPU, ReduceOp.SUM, partly, new long[0], reduced,
                DType.FLOAT32, DType.FLOAT32, 0), DType.FLOAT32, 0));
        assertEquals(617, get(reduce(CPU, ReduceOp.ARGMAX, partly, new long[0], reduced, DType.INT64,
                DType.FLOAT32, 0), DType.INT64, 0));
        Operand swapped = Operand.of(distinct, DType.FLOAT32, 0, new long[]{1, 0});
        assertEquals(617L * 3_000_000, get(reduce(CPU, ReduceOp.ARGMAX, swapped, new long[0],
                new long[]{1000, 3_000_000}, DType.INT64, DType.FLOAT32, 0), DType.INT64, 0));
    }

    /** Wrapping power, computed independently of the backend. */
    private static final class LongAccumulatorsProbe {
        static long power(long base, long exp) {
            return java.math.BigInteger.valueOf(base).modPow(java.math.BigInteger.valueOf(exp),
                    java.math.BigInteger.ONE.shiftLeft(64)).longValue();
        }
    }

    @Test
    void integerSumsWrapAndStayExact() {
        long big = (1L << 62) + 3;
        CpuStorage s = longs(DType.INT64, big, big, 1, -7);
        assertEquals(big + big + 1 - 7, getLong(reduce(CPU, ReduceOp.SUM, dense(s, DType.INT64, 4), new long[0],
                new long[]{4}, DType.INT64, DType.INT64, 0), DType.INT64, 0));
        CpuStorage i32 = longs(DType.INT32, Integer.MAX_VALUE, 1);
        assertEquals(Integer.MIN_VALUE, getLong(reduce(CPU, ReduceOp.SUM, dense(i32, DType.INT32, 2), new long[0],
                new long[]{2}, DType.INT32, DType.INT32, 0), DType.INT32, 0));
        assertEquals(1L << 31, getLong(reduce(CPU, ReduceOp.SUM, dense(i32, DType.INT32, 2), new long[0],
                new long[]{2}, DType.INT64, DType.INT64, 0), DType.INT64, 0));
        assertEquals(Long.MAX_VALUE - 1, getLong(reduce(CPU, ReduceOp.MAX, dense(longs(DType.INT64,
                Long.MAX_VALUE - 2, Long.MAX_VALUE - 1), DType.INT64, 2), new long[0], new long[]{2}, DType.INT64,
                DType.INT64, 0), DType.INT64, 0));
    }

    @Test
    void allAndAnyTreatNaNAsTrue() {
        CpuStorage s = storage(DType.FLOAT64, Double.NaN, 0.5, -0.0);
        assertEquals(1, get(reduce(CPU, ReduceOp.ALL, dense(s, DType.FLOAT64, 2), new long[0], new long[]{2},
                DType.BOOL, DType.BOOL, 0), DType.BOOL, 0));
        assertEquals(0, get(reduce(CPU, ReduceOp.ALL, dense(s, DType.FLOAT64, 3), new long[0], new long[]{3},
                DType.BOOL, DType.BOOL, 0), DType.BOOL, 0));
        assertEquals(1, get(reduce(CPU, ReduceOp.ANY, Operand.of(s, DType.FLOAT64, 0, new long[]{2}), new long[0],
                new long[]{2}, DType.BOOL, DType.BOOL, 0), DType.BOOL, 0));
    }

    /** Big reductions take the parallel paths: split over outputs, or over the reduced range. */
    @Test
    void largeReductionsOnEveryParallelPath() {
        Random rnd = new Random(9);
        int n = 1_200_000;
        double[] v = new double[n];
        CpuStorage s = CpuStorage.allocate(DType.FLOAT64, n);
        for (int i = 0; i < n; i++) {
            v[i] = rnd.nextGaussian();
            s.segment().setAtIndex(ElementIO.DOUBLE, i, v[i]);
        }
        v[834_567] = 100;
        s.segment().setAtIndex(ElementIO.DOUBLE, 834_567, 100);
        long[][][] layouts = {
                {{}, {n}, {1}},                      // one output, contiguous
                {{2}, {n / 2}, {n / 2, 1}},          // two outputs: split the reduced range
                {{3}, {n / 3}, {1, 3}},              // columns of a (n/3, 3) matrix: rows layout, split
                {{1000}, {n / 1000}, {n / 1000, 1}}, // many outputs
                {{n / 1000}, {1000}, {1, n / 1000}}, // many outputs, strided runs
        };
        for (long[][] layout : layouts) {
            long[] kept = layout[0];
            long[] reduced = layout[1];
            long[] strides = layout[2];
            Operand in = Operand.of(s, DType.FLOAT64, 0, strides);
            ReduceOp[] ops = {ReduceOp.SUM, ReduceOp.MAX, ReduceOp.ARGMAX, ReduceOp.VAR, ReduceOp.ALL};
            double[][] references = reference(ops, s, DType.FLOAT64, 0, strides, kept, reduced, 0);
            for (int o = 0; o < ops.length; o++) {
                ReduceOp op = ops[o];
                DType compute = op == ReduceOp.ALL ? DType.BOOL : DType.FLOAT64;
                DType outType = outType(op, compute);
                double[] expected = references[o];
                for (CpuBackend backend : new CpuBackend[]{CPU, SCALAR}) {
                    CpuStorage out = reduce(backend, op, in, kept, reduced, outType, compute, 0);
                    for (int k = 0; k < expected.length; k++) {
                        assertClose(op, expected[k], get(out, outType, k), 1e-12,
                                Arrays.deepToString(layout) + " output " + k);
                    }
                }
            }
        }
    }

    @Test
    void negativeStridesAndScalarInput() {
        CpuStorage s = storage(DType.INT64, 1, 2, 3, 4, 5, 6);
        // reversed rows of a (2, 3) matrix, reduced over the first axis
        Operand reversed = Operand.of(s, DType.INT64, 5, new long[]{-1, -3});
        CpuStorage out = reduce(CPU, ReduceOp.ARGMIN, reversed, new long[]{3}, new long[]{2}, DType.INT64,
                DType.INT64, 0);
        assertArrayEquals(new double[]{1, 1, 1}, all(out, DType.INT64));
        CpuStorage sum = reduce(CPU, ReduceOp.SUM, Operand.scalar(DType.FLOAT64, 2.5), new long[]{2}, new long[]{4},
                DType.FLOAT64, DType.FLOAT64, 0);
        assertArrayEquals(new double[]{10, 10}, all(sum, DType.FLOAT64));
    }

    /**
     * Over a leading axis of a wide matrix the rows layout reads tiles of up to
     * {@link ReduceKernels#MAX_TILE} lanes; each lane's arithmetic does not depend on the tile, so
     * every output equals, bit for bit, the same reduction of a strip of 200 columns (one 256-lane tile).
     */
    @Test
    void wideRowsGiveTheBitsOfNarrowStrips() {
        Random rnd = new Random(17);
        ReduceOp[] ops = {ReduceOp.SUM, ReduceOp.MEAN, ReduceOp.VAR, ReduceOp.MAX, ReduceOp.MIN, ReduceOp.PROD,
                ReduceOp.ARGMAX, ReduceOp.ARGMIN};
        for (DType type : new DType[]{DType.FLOAT32, DType.FLOAT64, DType.FLOAT16, DType.INT32}) {
            for (long[] rw : new long[][]{{37, 300}, {1000, 2100}, {9, 5000}, {300, 4097}}) {
                long rows = rw[0];
                long width = rw[1];
                CpuStorage data = random(type, (int) (rows * width), rnd);
                for (ReduceOp op : ops) {
                    boolean integer = type.isInteger();
                    DType compute = op == ReduceOp.MEAN || op == ReduceOp.VAR ? (integer ? DType.FLOAT64 : type.computeType())
                            : integer && (op == ReduceOp.SUM || op == ReduceOp.PROD) ? DType.INT64 : type.computeType();
                    DType outType = outType(op, compute);
                    for (CpuBackend backend : new CpuBackend[]{CPU, SCALAR}) {
                        String what = op + " " + type + " " + rows + "x" + width + (backend == CPU ? "" : " scalar");
                        CpuStorage wide = reduce(backend, op, Operand.of(data, type, 0, new long[]{1, width}),
                                new long[]{width}, new long[]{rows}, outType, compute, 0);
                        for (long j0 = 0; j0 < width; j0 += 200) {
                            long lanes = Math.min(200, width - j0);
                            CpuStorage strip = reduce(backend, op, Operand.of(data, type, j0, new long[]{1, width}),
                                    new long[]{lanes}, new long[]{rows}, outType, compute, 0);
                            for (int j = 0; j < lanes; j++) {
                                long expected = Double.doubleToRawLongBits(get(strip, outType, j));
                                long actual = Double.doubleToRawLongBits(get(wide, outType, j0 + j));
                                if (expected != actual) {
                                    fail(what + ": column " + (j0 + j) + " gives " + get(wide, outType, j0 + j)
                                            + ", its strip " + get(strip, outType, j));
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
