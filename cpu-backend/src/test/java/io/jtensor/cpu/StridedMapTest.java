package io.jtensor.cpu;

import io.jtensor.DType;
import io.jtensor.backend.MapPlan;
import io.jtensor.backend.Operand;
import io.jtensor.op.BinaryOp;
import io.jtensor.op.ElementwiseOp;
import io.jtensor.op.TernaryOp;
import io.jtensor.op.UnaryOp;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static io.jtensor.cpu.TestSupport.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The tiled path for inputs read across their unit stride (transposed, permuted, reversed and
 * sliced views) and the vectorised {@code where=} path: every result is compared bit for bit with
 * the same op on a contiguous copy of the input, and exact ops also with the element-by-element
 * value, with and without the Vector API.
 */
class StridedMapTest {

    private static final CpuBackend[] BACKENDS = {CPU, SCALAR};

    /** A view of a C-ordered base of {@code baseSize} elements. */
    private record View(String name, long baseSize, long[] shape, long offset, long[] strides) {
        long size() {
            return TestSupport.size(shape);
        }

        /** The base index of the element at flat C-order index {@code flat} of the view. */
        long index(long flat) {
            return TestSupport.viewIndex(offset, shape, strides, flat);
        }
    }

    private static View permuted(long[] base, int... axes) {
        long[] c = cStrides(base);
        long[] shape = new long[axes.length];
        long[] strides = new long[axes.length];
        long n = 1;
        for (int i = 0; i < axes.length; i++) {
            shape[i] = base[axes[i]];
            strides[i] = c[axes[i]];
            n *= base[i];
        }
        return new View("permute" + java.util.Arrays.toString(base) + java.util.Arrays.toString(axes), n, shape, 0,
                strides);
    }

    /** Transposes of (a, b) bases with row or column order reversed, or every other row. */
    private static List<View> views() {
        List<View> views = new ArrayList<>();
        long[][] bases = {{16, 256}, {17, 257}, {3, 1000}, {1000, 3}, {1, 37}, {37, 1}, {300, 301}, {2, 2}, {33, 520}};
        for (long[] b : bases) {
            views.add(permuted(b, 1, 0));
            long rows = b[0];
            long cols = b[1];
            views.add(new View("reversed rows, transposed " + rows + "x" + cols, rows * cols,
                    new long[]{cols, rows}, (rows - 1) * cols, new long[]{1, -cols}));
            views.add(new View("reversed columns, transposed " + rows + "x" + cols, rows * cols,
                    new long[]{cols, rows}, cols - 1, new long[]{-1, cols}));
            if (cols > 1) {
                views.add(new View("every other row from column 1, transposed " + rows + "x" + cols, rows * cols,
                        new long[]{cols - 1, (rows + 1) / 2}, 1, new long[]{1, 2 * cols}));
            }
        }
        long[] cube = {5, 6, 7};
        int[][] perms = {{2, 0, 1}, {1, 2, 0}, {2, 1, 0}, {0, 2, 1}, {1, 0, 2}};
        for (int[] p : perms) {
            views.add(permuted(cube, p));
        }
        views.add(permuted(new long[]{4, 40, 19}, 2, 0, 1));
        views.add(permuted(new long[]{4, 40, 19}, 0, 2, 1));
        return views;
    }

    private static CpuStorage filled(DType type, long n, Random rnd) {
        CpuStorage s = random(type, (int) n, rnd);
        if (Conversions.isFloatFamily(type) && n > 3) {
            set(s, type, 1, Double.NaN);
            set(s, type, 2, Double.NEGATIVE_INFINITY);
            set(s, type, 3, -0.0);
        }
        return s;
    }

    /** A C-ordered copy of the view's elements, made element by element. */
    private static CpuStorage contiguousCopy(CpuStorage base, DType type, View v) {
        CpuStorage copy = CpuStorage.allocate(type, v.size());
        long bytes = type.byteSize();
        for (long i = 0; i < v.size(); i++) {
            java.lang.foreign.MemorySegment.copy(base.segment(), v.index(i) * bytes, copy.segment(), i * bytes, bytes);
        }
        return copy;
    }

    /** Raw element bits, so NaN payloads and signed zeros must match too. */
    private static long[] bits(CpuStorage s, DType type, long n) {
        long[] r = new long[(int) n];
        for (int i = 0; i < n; i++) {
            r[i] = switch (type) {
                case BOOL -> s.segment().get(ElementIO.BYTE, i);
                case INT32, FLOAT32 -> s.segment().getAtIndex(ElementIO.INT, i);
                default -> s.segment().getAtIndex(ElementIO.LONG, i);
            };
        }
        return r;
    }

    /**
     * The bits with every NaN made the canonical NaN: the sign of a NaN that a vectorised function
     * returns depends on whether the JIT has compiled the Vector API loop yet, in any path.
     */
    private static long[] canonical(long[] bits, DType type) {
        long[] r = bits.clone();
        for (int i = 0; i < r.length; i++) {
            if (type == DType.FLOAT32 && Float.isNaN(Float.intBitsToFloat((int) r[i]))) {
                r[i] = Float.floatToIntBits(Float.NaN);
            } else if (type == DType.FLOAT64 && Double.isNaN(Double.longBitsToDouble(r[i]))) {
                r[i] = Double.doubleToLongBits(Double.NaN);
            }
        }
        return r;
    }

    private static Operand operand(CpuStorage s, DType type, View v) {
        return Operand.of(s, type, v.offset(), v.strides());
    }

    private static long[] run(CpuBackend backend, ElementwiseOp op, DType outType, DType compute, View shapeOf,
                              Operand... inputs) {
        CpuStorage out = CpuStorage.allocate(outType, shapeOf.size());
        backend.map(map(op, shapeOf.shape(), dense(out, outType, shapeOf.shape()), compute, inputs));
        long[] r = canonical(bits(out, outType, shapeOf.size()), outType);
        out.release();
        return r;
    }

    private static View cOrder(View v) {
        return new View("dense", v.size(), v.shape(), 0, cStrides(v.shape()));
    }

    @Test
    void unaryOpsOnViewsMatchTheOpOnAContiguousCopy() {
        Random rnd = new Random(11);
        UnaryOp[] ops = {UnaryOp.EXP, UnaryOp.NEGATIVE, UnaryOp.SQUARE, UnaryOp.SIGMOID, UnaryOp.COPY, UnaryOp.ABS,
                UnaryOp.SQRT};
        for (DType type : new DType[]{DType.FLOAT32, DType.FLOAT64, DType.INT32, DType.INT64}) {
            for (View v : views()) {
                CpuStorage base = filled(type, v.baseSize(), rnd);
                CpuStorage copy = contiguousCopy(base, type, v);
                for (UnaryOp op : ops) {
                    boolean floating = op == UnaryOp.EXP || op == UnaryOp.SIGMOID || op == UnaryOp.SQRT;
                    DType compute = floating && !Conversions.isFloatFamily(type) ? DType.FLOAT64 : type;
                    for (CpuBackend backend : BACKENDS) {
                        long[] got = run(backend, op, compute, compute, v, operand(base, type, v));
                        long[] want = run(backend, op, compute, compute, v, operand(copy, type, cOrder(v)));
                        assertArrayEquals(want, got, () -> op + " " + type + " " + v.name()
                                + (backend == SCALAR ? " (scalar)" : ""));
                    }
                }
                long[] negated = run(CPU, UnaryOp.NEGATIVE, type, type, v, operand(base, type, v));
                for (int i = 0; i < v.size(); i++) {
                    double x = get(base, type, v.index(i));
                    double want = Conversions.isFloatFamily(type) ? -x : Conversions.wrap(-(long) x, type);
                    double gotValue = type == DType.FLOAT32 ? Float.intBitsToFloat((int) negated[i])
                            : type == DType.FLOAT64 ? Double.longBitsToDouble(negated[i]) : negated[i];
                    assertEquals(want, gotValue, 0.0, type + " " + v.name() + " at " + i);
                }
                base.release();
                copy.release();
            }
        }
    }

    @Test
    void astypeOfViewsConvertsEveryElementInCOrder() {
        Random rnd = new Random(12);
        DType[] types = {DType.BOOL, DType.INT8, DType.UINT16, DType.INT32, DType.UINT32, DType.INT64, DType.FLOAT16,
            DType.FLOAT32, DType.FLOAT64};
        for (DType from : types) {
            for (DType to : types) {
                for (View v : views()) {
                    if (v.size() > 20_000) {
                        continue;
                    }
                    CpuStorage base = filled(from, v.baseSize(), rnd);
                    for (CpuBackend backend : BACKENDS) {
                        CpuStorage out = CpuStorage.allocate(to, v.size());
                        // as core plans it: float64 to float16 computes in float64, so the value rounds once
                        DType compute = to == DType.FLOAT16 && from == DType.FLOAT64 ? DType.FLOAT64 : to.computeType();
                        backend.map(map(UnaryOp.COPY, v.shape(), dense(out, to, v.shape()), compute,
                                operand(base, from, v)));
                        for (int i = 0; i < v.size(); i++) {
                            double x = get(base, from, v.index(i));
                            boolean integers = from.isInteger() && to.isInteger();
                            double want = integers ? to.wrap((long) x) : switch (to) {
                                case BOOL -> x != 0 ? 1 : 0;
                                case INT8, UINT8, INT16, UINT16 -> to.wrap(Conversions.toInt32(x));
                                case UINT32 -> to.wrap(Conversions.toInt64(x));
                                case INT32 -> Conversions.toInt32(x);
                                case INT64 -> Conversions.toInt64(x);
                                case FLOAT16 -> io.jtensor.Float16.round(x);
                                case FLOAT32 -> (float) x;
                                case FLOAT64 -> x;
                            };
                            if (from == DType.INT64 && to == DType.INT64) {
                                assertEquals(getLong(base, from, v.index(i)), getLong(out, to, i));
                            } else {
                                int at = i;
                                assertEquals(want, get(out, to, i), 0.0, () -> from + "->" + to + " " + v.name()
                                        + " at " + at);
                            }
                        }
                        out.release();
                    }
                    base.release();
                }
            }
        }
    }

    @Test
    void binaryAndTernaryOpsWithTransposedInputsMatchContiguousCopies() {
        Random rnd = new Random(13);
        for (DType type : new DType[]{DType.FLOAT32, DType.FLOAT64, DType.INT32}) {
            for (View v : views()) {
                if (v.shape().length != 2) {
                    continue;
                }
                long rows = v.shape()[0];
                long cols = v.shape()[1];
                CpuStorage a = filled(type, v.baseSize(), rnd);
                CpuStorage b = filled(type, v.size(), rnd);
                CpuStorage column = filled(type, rows, rnd);
                CpuStorage cond = random(DType.BOOL, (int) v.baseSize(), rnd);
                CpuStorage aCopy = contiguousCopy(a, type, v);
                CpuStorage condCopy = contiguousCopy(cond, DType.BOOL, v);
                View d = cOrder(v);
                Operand bDense = operand(b, type, d);
                Operand columnBroadcast = Operand.of(column, type, 0, new long[]{1, 0});
                Operand scalar = type == DType.INT32 ? Operand.integerScalar(type, 3) : Operand.scalar(type, 2.5);
                for (CpuBackend backend : BACKENDS) {
                    for (BinaryOp op : new BinaryOp[]{BinaryOp.ADD, BinaryOp.MULTIPLY, BinaryOp.MAXIMUM,
                            BinaryOp.GREATER}) {
                        DType out = op.givesBool() ? DType.BOOL : type;
                        String what = op + " " + type + " " + v.name() + (backend == SCALAR ? " (scalar)" : "");
                        assertArrayEquals(run(backend, op, out, type, v, operand(aCopy, type, d), bDense),
                                run(backend, op, out, type, v, operand(a, type, v), bDense), what + " dense");
                        assertArrayEquals(run(backend, op, out, type, v, bDense, operand(aCopy, type, d)),
                                run(backend, op, out, type, v, bDense, operand(a, type, v)), what + " dense first");
                        assertArrayEquals(run(backend, op, out, type, v, operand(aCopy, type, d), scalar),
                                run(backend, op, out, type, v, operand(a, type, v), scalar), what + " scalar");
                        assertArrayEquals(run(backend, op, out, type, v, columnBroadcast, operand(aCopy, type, d)),
                                run(backend, op, out, type, v, columnBroadcast, operand(a, type, v)),
                                what + " column broadcast");
                        assertArrayEquals(run(backend, op, out, type, v, operand(aCopy, type, d),
                                        operand(aCopy, type, d)),
                                run(backend, op, out, type, v, operand(a, type, v), operand(a, type, v)),
                                what + " both transposed");
                    }
                    assertArrayEquals(run(backend, TernaryOp.WHERE, type, type, v, operand(condCopy, DType.BOOL, d),
                                    operand(aCopy, type, d), bDense),
                            run(backend, TernaryOp.WHERE, type, type, v, operand(cond, DType.BOOL, v),
                                    operand(a, type, v), bDense), "where " + type + " " + v.name());
                }
                long[] sums = run(CPU, BinaryOp.ADD, type, type, v, operand(a, type, v), columnBroadcast);
                for (int i = 0; i < v.size(); i++) {
                    double want = get(a, type, v.index(i)) + get(column, type, i / cols);
                    double got = type == DType.FLOAT32 ? Float.intBitsToFloat((int) sums[i])
                            : type == DType.FLOAT64 ? Double.longBitsToDouble(sums[i]) : sums[i];
                    assertEquals(type == DType.FLOAT32 ? (float) want : want, got, 0.0, v.name() + " at " + i);
                }
                for (CpuStorage s : new CpuStorage[]{a, b, column, cond, aCopy, condCopy}) {
                    s.release();
                }
            }
        }
    }

    @Test
    void whereMasksKeepTheOldOutputBitsAndStoreTheUnmaskedResults() {
        Random rnd = new Random(14);
        int[] sizes = {1, 7, 8, 15, 16, 17, 31, 1023, 1024, 1025, 3001, 70_001, 300_007};
        for (DType type : new DType[]{DType.FLOAT32, DType.FLOAT64}) {
            for (int n : sizes) {
                CpuStorage x = filled(type, n, rnd);
                CpuStorage y = filled(type, n, rnd);
                CpuStorage mask = CpuStorage.allocate(DType.BOOL, n);
                for (int i = 0; i < n; i++) {
                    // mixed runs: all-true and all-false vectors as well as random lanes
                    boolean on = (i / 64) % 3 == 0 || ((i / 64) % 3 == 1 && rnd.nextBoolean());
                    mask.segment().set(ElementIO.BYTE, i, (byte) (on ? (i % 5 == 0 ? 7 : 1) : 0));
                }
                View shape = new View("n", n, new long[]{n}, 0, new long[]{1});
                Operand[][] inputs = {{operand(x, type, shape)},
                        {operand(x, type, shape), operand(y, type, shape)},
                        {operand(x, type, shape), Operand.scalar(type, 0.0)}};
                ElementwiseOp[] ops = {UnaryOp.EXP, BinaryOp.ADD, BinaryOp.DIVIDE};
                for (int k = 0; k < ops.length; k++) {
                    for (CpuBackend backend : BACKENDS) {
                        long[] full = run(backend, ops[k], type, type, shape, inputs[k]);
                        CpuStorage out = CpuStorage.allocate(type, n);
                        for (int i = 0; i < n; i++) {
                            // old contents: distinct values, NaNs with payloads among them
                            if (type == DType.FLOAT32) {
                                out.segment().setAtIndex(ElementIO.INT, i, 0x7fc00000 | i);
                            } else {
                                out.segment().setAtIndex(ElementIO.LONG, i, Double.doubleToRawLongBits(i + 0.5));
                            }
                        }
                        long[] old = bits(out, type, n);
                        backend.map(new MapPlan(ops[k], new long[]{n}, dense(out, type, n), List.of(inputs[k]),
                                Operand.of(mask, DType.BOOL, 0, new long[]{1}), type));
                        long[] got = bits(out, type, n);
                        long[] computed = canonical(got, type);
                        for (int i = 0; i < n; i++) {
                            boolean on = mask.segment().get(ElementIO.BYTE, i) != 0;
                            if (on ? computed[i] != full[i] : got[i] != old[i]) {
                                fail(ops[k] + " " + type + " n=" + n + " at " + i + " (mask " + on + ")"
                                        + (backend == SCALAR ? " (scalar)" : ""));
                            }
                        }
                        out.release();
                    }
                }
                x.release();
                y.release();
                mask.release();
            }
        }
    }

    @Test
    void whereMasksOnIntegerDivisionByZeroWriteOnlyTheUnmaskedQuotients() {
        int n = 2053;
        CpuStorage a = CpuStorage.allocate(DType.INT32, n);
        CpuStorage b = CpuStorage.allocate(DType.INT32, n);
        CpuStorage mask = CpuStorage.allocate(DType.BOOL, n);
        CpuStorage out = CpuStorage.allocate(DType.FLOAT64, n);
        for (int i = 0; i < n; i++) {
            a.segment().setAtIndex(ElementIO.INT, i, i - 1000);
            b.segment().setAtIndex(ElementIO.INT, i, i % 3 == 0 ? 0 : i % 7 - 3);
            mask.segment().set(ElementIO.BYTE, i, (byte) (i % 3 == 0 || i % 2 == 0 ? 0 : 1));
            out.segment().setAtIndex(ElementIO.DOUBLE, i, -7.25);
        }
        CPU.map(new MapPlan(BinaryOp.DIVIDE, new long[]{n}, dense(out, DType.FLOAT64, n),
                List.of(dense(a, DType.INT32, n), dense(b, DType.INT32, n)),
                Operand.of(mask, DType.BOOL, 0, new long[]{1}), DType.FLOAT64));
        for (int i = 0; i < n; i++) {
            double want = mask.segment().get(ElementIO.BYTE, i) != 0 ? (double) (i - 1000) / (i % 7 - 3) : -7.25;
            assertEquals(want, out.segment().getAtIndex(ElementIO.DOUBLE, i), 0.0, "at " + i);
        }
    }
}
