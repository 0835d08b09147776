package io.jtensor.conformance;

import io.jtensor.DType;
import io.jtensor.Np;
import io.jtensor.Tensor;
import io.jtensor.backend.Backend;
import io.jtensor.op.UnaryOp;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.function.Supplier;

import static io.jtensor.DType.BOOL;
import static io.jtensor.DType.FLOAT32;
import static io.jtensor.DType.FLOAT64;
import static io.jtensor.DType.INT32;
import static io.jtensor.DType.INT64;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Views and conversions: reshape (a view when NumPy's would be one, a copy otherwise), transpose,
 * moveAxis, slice with Python's rules (negative indices and steps, clipping, open ends), get,
 * squeeze, expandDims, broadcastTo, ops on views and writes through views; copy, astype edge
 * cases, {@code to(Backend)}, the host conversions, item and getDouble; creation shapes and
 * types; seeded random determinism; toString of views; and the memory lifecycle (closing a base
 * keeps its views usable; memory outlives a call that uses it even when its tensor is closed by
 * another thread or reclaimed by the garbage collector mid-call).
 */
public abstract class ViewConformance extends ConformanceCase {

    private static final long END = Long.MAX_VALUE;
    private static final long START = Long.MIN_VALUE;

    // ---- reshape ------------------------------------------------------------------------------

    @Test
    void reshapeOfAContiguousTensorIsAView() {
        Tensor x = Np.zeros(2, 3);
        Tensor v = x.reshape(3, 2);
        assertArrayEquals(shape(3, 2), v.shape());
        Np.add(v, Np.ones(3, 2), v);
        assertDoubles(x, FLOAT64, shape(2, 3), 1, 1, 1, 1, 1, 1);
        assertArrayEquals(shape(6), x.reshape(-1).shape());
        assertArrayEquals(shape(3, 2), x.reshape(3, -1).shape());
        assertArrayEquals(shape(1, 6, 1), x.reshape(1, -1, 1).shape());
        assertArrayEquals(shape(), Np.ones(1, 1).reshape().shape());
        assertArrayEquals(shape(0, 5), Np.zeros(0, 3).reshape(0, 5).shape());
        assertDoubles(range(2, 3).ravel(), FLOAT64, shape(6), 0, 1, 2, 3, 4, 5);
    }

    @Test
    void reshapeOfATransposeIsACopyInCOrder() {
        Tensor x = range(2, 3);
        Tensor flat = x.T().reshape(6);
        assertDoubles(flat, FLOAT64, shape(6), 0, 3, 1, 4, 2, 5);
        Np.add(flat, Np.ones(6), flat);
        assertDoubles(x, FLOAT64, shape(2, 3), 0, 1, 2, 3, 4, 5);
    }

    @Test
    void reshapeOfASlicedViewThatNumPyKeepsAsAView() {
        Tensor x = Np.zeros(4, 6);
        Tensor rows = x.slice(0, 0, END, 2);          // rows 0 and 2: strides (12, 1)
        Tensor split = rows.reshape(2, 2, 3);          // splitting the contiguous last axis: a view
        Np.add(split, Np.ones(1), split);
        double[] expected = new double[24];
        for (int j = 0; j < 6; j++) {
            expected[j] = 1;
            expected[12 + j] = 1;
        }
        assertDoubles(x, FLOAT64, shape(4, 6), expected);
    }

    // ---- transpose, moveAxis ------------------------------------------------------------------

    @Test
    void transposeAndMoveAxis() {
        Tensor x = range(2, 3, 4);
        Tensor t = x.transpose(2, 0, 1);
        assertArrayEquals(shape(4, 2, 3), t.shape());
        assertEquals(x.getDouble(1, 2, 3), t.getDouble(3, 1, 2));
        assertEquals(x.getDouble(0, 1, 2), x.T().getDouble(2, 1, 0));
        assertArrayEquals(shape(4, 3, 2), x.T().shape());
        assertArrayEquals(shape(3, 4, 2), x.moveAxis(0, -1).shape());
        assertArrayEquals(shape(4, 2, 3), x.moveAxis(-1, 0).shape());
        assertEquals(x.getDouble(1, 0, 3), x.moveAxis(0, 2).getDouble(0, 3, 1));
        assertArrayEquals(shape(3, 2, 4), x.transpose(-2, 0, -1).shape());
        assertFalse(x.T().isContiguous());
        assertTrue(x.isContiguous());
        assertArrayEquals(shape(12, 4, 1), x.strides());
        assertDoubles(x.T().copy(), FLOAT64, shape(4, 3, 2), 0, 12, 4, 16, 8, 20, 1, 13, 5, 17, 9, 21, 2, 14, 6, 18,
                10, 22, 3, 15, 7, 19, 11, 23);
        Tensor s = Np.scalar(4.0);
        assertSame(0, s.T().ndim());
    }

    // ---- slice, get ---------------------------------------------------------------------------

    @Test
    void sliceFollowsPythonRules() {
        Tensor x = range(10);
        assertDoubles(x.slice(0, END, START, -1), FLOAT64, shape(10), 9, 8, 7, 6, 5, 4, 3, 2, 1, 0);
        assertDoubles(x.slice(0, 8, 2, -2), FLOAT64, shape(3), 8, 6, 4);
        assertDoubles(x.slice(0, -3, END, 1), FLOAT64, shape(3), 7, 8, 9);
        assertDoubles(x.slice(0, 0, END, 3), FLOAT64, shape(4), 0, 3, 6, 9);
        assertDoubles(x.slice(0, 5, 100, 1), FLOAT64, shape(5), 5, 6, 7, 8, 9);
        assertDoubles(x.slice(0, 100, END, 1), FLOAT64, shape(0));
        assertDoubles(x.slice(0, -100, 2, 1), FLOAT64, shape(2), 0, 1);
        assertDoubles(x.slice(0, 2, 8, -1), FLOAT64, shape(0));
        assertDoubles(x.slice(0, -1, START, -3), FLOAT64, shape(4), 9, 6, 3, 0);
        assertDoubles(x.slice(0, 100, -100, -4), FLOAT64, shape(3), 9, 5, 1);
        assertDoubles(x.slice(0, -2, -5, -1), FLOAT64, shape(3), 8, 7, 6);
        assertDoubles(x.slice(0, 3, 3, 1), FLOAT64, shape(0));
        Tensor m = range(3, 4);
        assertDoubles(m.slice(-1, 1, END, 2), FLOAT64, shape(3, 2), 1, 3, 5, 7, 9, 11);
        assertDoubles(m.slice(0, END, START, -2).slice(1, END, START, -3), FLOAT64, shape(2, 2), 11, 8, 3, 0);
        assertDoubles(m.slice(0, END, START, -1).slice(0, END, START, -1), FLOAT64, shape(3, 4),
                m.toDoubleArray());
    }

    @Test
    void getSelectsOneIndexAsAView() {
        Tensor m = range(3, 4);
        assertDoubles(m.select(0, 1), FLOAT64, shape(4), 4, 5, 6, 7);
        assertDoubles(m.select(1, -1), FLOAT64, shape(3), 3, 7, 11);
        assertDoubles(m.select(0, -1).select(0, 2), FLOAT64, shape(), 10);
        Tensor row = m.select(0, 2);
        Np.negative(row, row);
        assertEquals(-9.0, m.getDouble(2, 1));
        assertEquals(-11.0, m.getDouble(-1, -1));
    }

    /**
     * An empty Java axes array is NumPy's {@code axis=()} / {@code axes=()} in Np and Tensor alike,
     * the no-argument call NumPy's default (NumPy 2.4 on x = arange(6.).reshape(1, 2, 3)):
     * squeeze(x, ()) keeps (1, 2, 3), squeeze(x) gives (2, 3); transpose(x) and permute_dims(x)
     * give (3, 2, 1), with () they raise "axes don't match array" (a 0-d x takes ()); expand_dims
     * and flip with () return x unchanged; sum(x, axis=()) of int32 keeps every element, as int64.
     */
    @Test
    void emptyAxesArraysAreNumpysEmptyTuple() {
        Tensor x = range(1, 2, 3);
        int[] none = new int[0];
        assertArrayEquals(shape(1, 2, 3), Np.squeeze(x, none).shape());
        assertArrayEquals(shape(1, 2, 3), x.squeeze(none).shape());
        assertArrayEquals(shape(2, 3), Np.squeeze(x).shape());
        assertArrayEquals(shape(3, 2, 1), Np.transpose(x).shape());
        assertArrayEquals(shape(3, 2, 1), Np.permuteDims(x).shape());
        assertDoubles(x.transpose(), FLOAT64, shape(3, 2, 1), 0, 3, 1, 4, 2, 5);
        for (Runnable call : new Runnable[] {() -> Np.transpose(x, none), () -> x.transpose(none),
                () -> Np.permuteDims(x, none)}) {
            Check.throwsWith(IllegalArgumentException.class, call::run, "transpose: axes [] don't match a 3-d tensor");
        }
        assertArrayEquals(shape(), Np.transpose(Np.scalar(5.0), none).shape());
        assertArrayEquals(shape(1, 2, 3), Np.expandDims(x, none).shape());
        assertDoubles(Np.flip(x, none), FLOAT64, shape(1, 2, 3), 0, 1, 2, 3, 4, 5);
        Tensor ints = x.astype(INT32);
        assertLongs(Np.sum(ints, none, false), INT64, shape(1, 2, 3), 0, 1, 2, 3, 4, 5);
    }

    @Test
    void squeezeExpandDimsBroadcastTo() {
        Tensor x = range(1, 3, 1, 2);
        assertArrayEquals(shape(3, 2), x.squeeze().shape());
        assertArrayEquals(shape(3, 1, 2), x.squeeze(0).shape());
        assertArrayEquals(shape(1, 3, 2), x.squeeze(-2).shape());
        assertArrayEquals(shape(3, 2), x.squeeze(0, 2).shape());
        assertDoubles(x.squeeze(), FLOAT64, shape(3, 2), 0, 1, 2, 3, 4, 5);
        Tensor v = f64(1, 2, 3);
        assertArrayEquals(shape(1, 3), v.expandDims(0).shape());
        assertArrayEquals(shape(3, 1), v.expandDims(-1).shape());
        assertArrayEquals(shape(3, 1), v.expandDims(1).shape());
        assertArrayEquals(shape(1), Np.scalar(1.0).expandDims(0).shape());
        assertDoubles(Np.add(v.expandDims(1), v), FLOAT64, shape(3, 3), 2, 3, 4, 3, 4, 5, 4, 5, 6);
        Tensor b = v.broadcastTo(2, 3);
        assertDoubles(b, FLOAT64, shape(2, 3), 1, 2, 3, 1, 2, 3);
        assertArrayEquals(shape(0, 1), b.strides());
        Np.add(v, v, v);   // the broadcast view shares v's memory
        assertDoubles(b, FLOAT64, shape(2, 3), 2, 4, 6, 2, 4, 6);
        assertDoubles(Np.scalar(7.0).broadcastTo(2, 2), FLOAT64, shape(2, 2), 7, 7, 7, 7);
        assertDoubles(Np.zeros(3, 1).broadcastTo(3, 0), FLOAT64, shape(3, 0));
    }

    /**
     * np.ravel views a C-contiguous x and copies any other (np.shares_memory(np.ravel(a[::2]), a) is
     * False, and so for a transposed or column-sliced x), though reshape(-1) could view a[::2].
     */
    @Test
    void ravelViewsOnlyACContiguousTensorAsNumPys() {
        Tensor a = Np.arange(0.0, 10.0, 1.0);
        Tensor everyOther = a.slice(0, 0, 10, 2);
        Tensor copied = Np.ravel(everyOther);
        assertFalse(Np.mayShareMemory(copied, a));
        copied.fill(-1.0);
        assertDoubles(everyOther, FLOAT64, shape(5), 0, 2, 4, 6, 8);
        assertTrue(Np.mayShareMemory(everyOther.reshape(-1), a));
        Tensor m = Np.arange(0.0, 12.0, 1.0).reshape(3, 4);
        assertTrue(Np.mayShareMemory(m.ravel(), m));
        assertTrue(Np.mayShareMemory(m.slice(0, 0, 1, 1).ravel(), m));
        assertFalse(Np.mayShareMemory(m.T().ravel(), m));
        assertDoubles(m.T().ravel(), FLOAT64, shape(12), 0, 4, 8, 1, 5, 9, 2, 6, 10, 3, 7, 11);
        assertFalse(Np.mayShareMemory(m.slice(1, 0, 1, 1).ravel(), m));
    }

    /**
     * np.diagonal's view is read-only in NumPy 2.4 (a.diagonal().flags.writeable is False), also of a
     * writable array; views of it too, its copy is writable, and reads (trace, ufuncs) work.
     */
    @Test
    void diagonalViewsAreReadOnlyAsNumPys() {
        Tensor m = Np.arange(0.0, 9.0, 1.0).reshape(3, 3);
        Tensor d = Np.diagonal(m, 1, 0, 1);
        assertTrue(d.isReadOnly());
        assertTrue(m.diagonal().isReadOnly());
        assertTrue(d.slice(0, 0, 1, 1).isReadOnly());
        assertFalse(m.isReadOnly());
        assertDoubles(d, FLOAT64, shape(2), 1, 5);
        Check.throwsWith(IllegalArgumentException.class, () -> Np.copyto(d, Np.zeros(2)), "copyto", "is read-only");
        Check.throwsWith(IllegalArgumentException.class, () -> Np.negative(d, d), "negative", "is read-only");
        Check.throwsWith(IllegalArgumentException.class, () -> d.fill(0.0), "fill", "is read-only");
        assertDoubles(Np.exp(Np.multiply(d, 0.0)), FLOAT64, shape(2), 1, 1);
        assertDoubles(Np.trace(m), FLOAT64, shape(), 12);
        Tensor copy = d.copy();
        assertFalse(copy.isReadOnly());
        Np.copyto(copy, Np.zeros(2));
        Np.fillDiagonal(m, Np.scalar(-1.0));
        assertDoubles(m.diagonal(), FLOAT64, shape(3), -1, -1, -1);
    }

    /**
     * np.broadcast_to's result is read-only in NumPy 2.4 even where no elements overlap (the same
     * shape, size-1 axes, empty), and so is every view of it; np.broadcast_arrays' views stay
     * writable where they do not overlap, and a copy is writable (found by the fuzzer's in-place ops).
     */
    @Test
    void broadcastToViewsAreReadOnlyAsNumPys() {
        Tensor x = f64(1, 2, 3);
        Tensor same = x.broadcastTo(3);
        assertTrue(same.isReadOnly());
        assertFalse(x.isReadOnly());
        String readOnly = "is read-only";
        Check.throwsWith(IllegalArgumentException.class, () -> Np.copyto(same, Np.zeros(3)), "copyto: dst", readOnly);
        Check.throwsWith(IllegalArgumentException.class, () -> Np.exp(x, same), "exp: out of shape (3,)", readOnly);
        Check.throwsWith(IllegalArgumentException.class, () -> same.fill(0.0), "fill", readOnly);
        Check.throwsWith(IllegalArgumentException.class, () -> Np.put(same, Np.array(new long[] {0}), f64(9)), "put",
                readOnly);
        Check.throwsWith(IllegalArgumentException.class, () -> Np.putmask(same, Np.array(new boolean[] {true, false,
                false}), f64(9)), "putmask", readOnly);
        Check.throwsWith(IllegalArgumentException.class, () -> same.sort(), "sort", readOnly);
        Tensor grid = Np.arange(0.0, 6.0, 1.0).reshape(2, 3).broadcastTo(1, 2, 3);
        for (Tensor view : new Tensor[] {grid.slice(2, 0, 3, 2), grid.transpose(), grid.reshape(3, 2), grid.squeeze(),
                grid.view(DType.INT64), grid.diagonal(0, 1, 2)}) {
            assertTrue(view.isReadOnly(), Arrays.toString(view.shape()));
        }
        Check.throwsWith(IllegalArgumentException.class, () -> Np.copyto(Np.zeros(3, 1).broadcastTo(3, 0), Np.zeros(3, 0)),
                "copyto", readOnly);
        assertDoubles(x, FLOAT64, shape(3), 1, 2, 3);
        Tensor copy = same.copy();
        assertFalse(copy.isReadOnly());
        Np.copyto(copy, Np.zeros(3));
        Tensor[] both = Np.broadcastArrays(x, Np.zeros(2, 3));
        assertFalse(both[1].isReadOnly());
        Np.copyto(both[1], Np.ones(2, 3));
        Check.throwsWith(IllegalArgumentException.class, () -> Np.copyto(both[0], Np.zeros(2, 3)), "copyto",
                "overlapping elements (a broadcast view)");
    }

    @Test
    void opsOnViews() {
        Tensor x = range(4, 5);
        Tensor window = x.slice(0, 1, 3, 1).slice(1, 1, 4, 1);   // x[1:3, 1:4]
        assertDoubles(window.copy(), FLOAT64, shape(2, 3), 6, 7, 8, 11, 12, 13);
        assertDoubles(Np.sum(window), FLOAT64, shape(), 57);
        assertDoubles(Np.multiply(window, window.slice(1, END, START, -1)), FLOAT64, shape(2, 3), 48, 49, 48, 143,
                144, 143);
        assertDoubles(Np.matmul(window, window.T()), FLOAT64, shape(2, 2), 36 + 49 + 64, 66 + 84 + 104,
                66 + 84 + 104, 121 + 144 + 169);
        assertDoubles(Np.sqrt(Np.square(window.T())), FLOAT64, shape(3, 2), 6, 11, 7, 12, 8, 13);
    }

    // ---- element-wise ops, conversions and full reductions of permuted views --------------------

    /** Bases whose permuted views are read across their unit stride; sizes off the CPU's tile and vector widths. */
    private static final long[][] PERMUTED_BASES = {{37, 300}, {300, 37}, {1, 45}, {45, 1}, {16, 16}, {33, 17},
            {5, 6, 7}, {3, 40, 19}};

    private static int[][] axisOrders(int ndim) {
        return ndim == 2 ? new int[][] {{1, 0}}
                : new int[][] {{1, 0, 2}, {0, 2, 1}, {2, 1, 0}, {1, 2, 0}, {2, 0, 1}};
    }

    /**
     * The C-order index in {@code base} of element {@code flat} (C order) of base.transpose(axes),
     * with the view's axis 0 reversed or not.
     */
    private static int sourceIndex(long[] base, int[] axes, boolean reversed, long flat) {
        long[] baseStrides = new long[base.length];
        long stride = 1;
        for (int d = base.length - 1; d >= 0; d--) {
            baseStrides[d] = stride;
            stride *= base[d];
        }
        long index = 0;
        for (int d = axes.length - 1; d >= 0; d--) {
            long size = base[axes[d]];
            long i = flat % size;
            flat /= size;
            index += (d == 0 && reversed ? size - 1 - i : i) * baseStrides[axes[d]];
        }
        return (int) index;
    }

    /** Finite values with repeats (for argmax ties) and signed zeros, exactly representable in {@code type}. */
    private static double[] permutedValues(int n, DType type) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            int k = (int) ((i * 7919L) % 2003) - 1001;
            v[i] = type == INT32 ? k : type == FLOAT32 ? (float) (k * 0.0137) : k * 0.0137;
        }
        if (type != INT32 && n > 2) {
            v[n / 2] = -0.0;
        }
        return v;
    }

    @Test
    void elementwiseOpsConversionsAndReductionsOfPermutedViews() {
        for (long[] base : PERMUTED_BASES) {
            int n = (int) Arrays.stream(base).reduce(1, (a, b) -> a * b);
            for (int[] axes : axisOrders(base.length)) {
                for (boolean reversed : new boolean[] {false, true}) {
                    for (DType type : new DType[] {FLOAT32, FLOAT64, INT32}) {
                        checkPermutedView(base, n, axes, reversed, type);
                    }
                }
            }
        }
    }

    private void checkPermutedView(long[] base, int n, int[] axes, boolean reversed, DType type) {
        double[] v = permutedValues(n, type);
        Tensor x = Np.array(v, base).astype(type);
        Tensor view = x.transpose(axes);
        if (reversed) {
            view = view.slice(0, END, START, -1);
        }
        long[] shape = view.shape();
        double[] e = new double[n];
        double[] negated = new double[n];
        double[] doubled = new double[n];
        double[] exp = new double[n];
        long[] truncated = new long[n];
        double sum = 0;
        double scale = 0;
        double max = Double.NEGATIVE_INFINITY;
        long argmax = -1;
        for (int i = 0; i < n; i++) {
            e[i] = v[sourceIndex(base, axes, reversed, i)];
            negated[i] = type == INT32 ? (double) -(long) e[i] : -e[i];
            doubled[i] = e[i] + e[i];
            exp[i] = type == FLOAT32 ? (float) StrictMath.exp(e[i]) : StrictMath.exp(e[i]);
            truncated[i] = (long) e[i];
            sum += e[i];
            scale += Math.abs(e[i]);
            if (e[i] > max) {
                max = e[i];
                argmax = i;
            }
        }
        String what = type.numpyName() + " " + Arrays.toString(base) + ".transpose" + Arrays.toString(axes)
                + (reversed ? "[::-1]" : "");
        assertDoubles(what + ".astype(float64)", view.astype(FLOAT64), FLOAT64, shape, Tolerance.EXACT, e);
        assertDoubles(what + ".copy()", view.copy().astype(FLOAT64), FLOAT64, shape, Tolerance.EXACT, e);
        assertDoubles(what + " negative", Np.negative(view).astype(FLOAT64), FLOAT64, shape, Tolerance.EXACT,
                negated);
        assertDoubles(what + " view + view", Np.add(view, view).astype(FLOAT64), FLOAT64, shape, Tolerance.EXACT,
                doubled);
        assertDoubles(what + " view + copy", Np.add(view, view.copy()).astype(FLOAT64), FLOAT64, shape,
                Tolerance.EXACT, doubled);
        if (type == INT32) {
            assertDoubles(what + ".astype(float32)", view.astype(FLOAT32), FLOAT32, shape, Tolerance.EXACT, e);
            assertEquals(sum, Np.sum(view).item(), 0.0, what + " sum");
        } else {
            assertDoubles(what + " exp", Np.exp(view), type, shape, suite().unaryTolerance(UnaryOp.EXP, type), exp);
            Check.longs(what + ".astype(int64)", view.astype(INT64), INT64, shape, truncated);
            Check.compareDoubles(what + " sum", shape(), type, new double[] {type == FLOAT32 ? (float) sum : sum},
                    new double[] {Np.sum(view).item()}, suite().reductionTolerance("sum", type), scale, null);
            Check.compareDoubles(what + " mean", shape(), type, new double[] {sum / n},
                    new double[] {Np.mean(view).item()}, suite().reductionTolerance("mean", type), scale / n, null);
        }
        assertEquals(max, Np.max(view).item(), 0.0, what + " max");
        assertEquals(argmax, (long) Np.argmax(view).item(), what + " argmax (first, in the view's C order)");
    }

    // ---- copies and conversions ---------------------------------------------------------------

    @Test
    void copyIsIndependent() {
        Tensor x = f64(1, 2, 3);
        Tensor c = x.copy();
        Np.negative(x, x);
        assertDoubles(c, FLOAT64, shape(3), 1, 2, 3);
        Tensor t = range(2, 3).T().copy();
        assertTrue(t.isContiguous());
        assertDoubles(t, FLOAT64, shape(3, 2), 0, 3, 1, 4, 2, 5);
    }

    @Test
    void astypeEdgeCases() {
        assertLongs(f64(Double.NaN, Double.POSITIVE_INFINITY, -2.9, 2.9).astype(INT32), INT32, shape(4),
                Integer.MIN_VALUE, Integer.MIN_VALUE, -2, 2);
        assertLongs(f64(1e20, -1e20, Double.NaN).astype(INT64), INT64, shape(3), Long.MIN_VALUE, Long.MIN_VALUE,
                Long.MIN_VALUE);
        assertLongs(i64((1L << 40) + 5, -(1L << 40) - 3, 4294967296L + 17).astype(INT32), INT32, shape(3), 5, -3, 17);
        assertBools(f64(Double.NaN, 0.0, -0.0, 1e-310).astype(BOOL), shape(4), true, false, false, true);
        assertDoubles(i64((1L << 53) + 1).astype(FLOAT64), FLOAT64, shape(1), 9007199254740992.0);
        assertDoubles(i32(16777217).astype(FLOAT32), FLOAT32, shape(1), 16777216.0);
        assertDoubles(f64(1e39, 1e-46, 0.1).astype(FLOAT32), FLOAT32, shape(3), Double.POSITIVE_INFINITY, 0.0,
                (double) 0.1f);
        assertDoubles(bools(true, false).astype(FLOAT32), FLOAT32, shape(2), 1, 0);
        assertLongs(bools(true, false).astype(INT64), INT64, shape(2), 1, 0);
    }

    @Test
    void hostConversionsConvertAsAstype() {
        Tensor x = f64(2.9, -2.9, Double.NaN, 0.0);
        assertArrayEquals(new int[] {2, -2, Integer.MIN_VALUE, 0}, x.toIntArray());
        assertArrayEquals(new long[] {2, -2, Long.MIN_VALUE, 0}, x.toLongArray());
        assertArrayEquals(new boolean[] {true, true, true, false}, x.toBooleanArray());
        assertArrayEquals(new float[] {2.9f, -2.9f, Float.NaN, 0f}, x.toFloatArray());
        assertArrayEquals(new double[] {0, 3, 1, 4, 2, 5}, range(2, 3).T().toDoubleArray());
        assertArrayEquals(new double[0], Np.zeros(0, 2).toDoubleArray());
    }

    @Test
    void itemAndGetDouble() {
        assertEquals(2.5, Np.scalar(2.5).item());
        assertEquals(-7.0, Np.array(new int[] {-7}, 1, 1).item());
        assertEquals(1.0, bools(true).item());
        assertEquals(9007199254740992.0, i64((1L << 53) + 1).item());
        Tensor x = range(2, 3);
        assertEquals(5.0, x.getDouble(1, 2));
        assertEquals(3.0, x.getDouble(-1, 0));
        assertEquals(4.0, x.T().getDouble(1, 1));
        assertEquals(2L, x.shape(-1) - 1);
        assertEquals(6, x.size());
        assertEquals(2, x.ndim());
    }

    @Test
    void toSameBackendCopies() {
        Tensor x = f64(1, 2, 3);
        Tensor y = x.to(backend());
        assertNotSame(x, y);
        assertSame(backend(), y.backend());
        Np.negative(x, x);
        assertDoubles(y, FLOAT64, shape(3), 1, 2, 3);
    }

    @Test
    void toAnotherBackendAndBack() {
        Backend foreign = new ForeignBackend(backend());
        Tensor x = range(3, 4).T();                    // a strided view
        Tensor there = x.to(foreign);
        assertSame(foreign, there.backend());
        assertArrayEquals(shape(4, 3), there.shape());
        assertArrayEquals(x.toDoubleArray(), there.toDoubleArray());
        Tensor back = there.to(backend());
        assertDoubles(back, FLOAT64, shape(4, 3), x.toDoubleArray());
        Tensor ints = i32(1, -2).to(foreign);
        assertEquals(INT32, ints.dtype());
        assertArrayEquals(new int[] {1, -2}, ints.toIntArray());
        assertArrayEquals(shape(0), Np.zeros(0).to(foreign).shape());
        try (var scope = Np.useBackend(foreign)) {
            assertSame(foreign, scope.backend());
            Tensor made = Np.ones(2);
            assertSame(foreign, made.backend());
            assertSame(foreign, Np.add(made, made).backend());
        }
        assertSame(backend(), Np.currentBackend());
    }

    /**
     * The small integer types from and to Java arrays: Np.array(byte[]) is int8 and
     * Np.array(short[]) int16, arrayUint8/arrayUint16 take the bits (byte -1 is 255), toByteArray /
     * toShortArray give the values or bits back (other types converted as astype, wrapping), and
     * tolist/item/itemLong read the exact values, also through views.
     */
    @Test
    void smallIntegerHostArrays() {
        byte[] bytes = {-128, 127, 0, -1, 44, 1};
        Tensor i8 = Np.array(bytes, 2, 3);
        assertLongs(i8, DType.INT8, shape(2, 3), -128, 127, 0, -1, 44, 1);
        assertArrayEquals(bytes, i8.toByteArray());
        assertArrayEquals(new short[] {-128, 127, 0, -1, 44, 1}, i8.toShortArray());
        assertArrayEquals(new byte[] {-128, -1, 127, 44, 0, 1}, i8.T().toByteArray(), "a transposed view in C order");
        Tensor u8 = Np.arrayUint8(bytes, 3, 2);
        assertLongs(u8, DType.UINT8, shape(3, 2), 128, 127, 0, 255, 44, 1);
        assertArrayEquals(bytes, u8.toByteArray(), "uint8 gives its bits back");
        assertArrayEquals(new short[] {128, 127, 0, 255, 44, 1}, u8.toShortArray());
        assertArrayEquals(new int[] {128, 127, 0, 255, 44, 1}, u8.toIntArray());
        short[] shorts = {Short.MIN_VALUE, Short.MAX_VALUE, -1, 256};
        Tensor i16 = Np.array(shorts, 4);
        assertLongs(i16, DType.INT16, shape(4), -32768, 32767, -1, 256);
        assertArrayEquals(shorts, i16.toShortArray());
        assertArrayEquals(new byte[] {0, -1, -1, 0}, i16.toByteArray(), "int16 to int8 wraps as astype");
        Tensor u16 = Np.arrayUint16(shorts, 2, 2);
        assertLongs(u16, DType.UINT16, shape(2, 2), 32768, 32767, 65535, 256);
        assertArrayEquals(shorts, u16.toShortArray(), "uint16 gives its bits back");
        assertArrayEquals(new byte[] {(byte) 300, (byte) -129, (byte) 2.9, (byte) -2.9},
                f64(300, -129, 2.9, -2.9).toByteArray(), "float64 to int8: truncated, then wrapped");
        assertArrayEquals(new short[] {(short) 70000, (short) -32769}, i32(70000, -32769).toShortArray());
        assertEquals(java.util.List.of(java.util.List.of(-128L, 127L, 0L), java.util.List.of(-1L, 44L, 1L)), i8.tolist());
        assertEquals(java.util.List.of(128L, 127L), u8.get(0).tolist());
        assertEquals(65535L, u16.get(1, 0).tolist());
        assertEquals(65535L, u16.get(1, 0).itemLong());
        assertEquals(65535.0, u16.get(1, 0).item());
        assertEquals(-128L, i8.get(0, 0).itemLong());
        assertEquals(255.0, u8.getDouble(1, 1));
        assertEquals(-1L, i16.getLong(-2));
        assertThrows(IllegalArgumentException.class, () -> Np.array(new byte[3], 2, 2));
        assertThrows(IllegalArgumentException.class, () -> Np.arrayUint16(new short[5], 2, 2));
        assertThrows(IllegalArgumentException.class, () -> u8.itemLong(), "itemLong of 6 elements");
    }

    /**
     * uint32 from and to Java arrays and bytes: arrayUint32 takes the bits (int -1 is 4294967295),
     * toIntArray gives them back, toLongArray/tolist/itemLong the values; view(INT32) is the two's
     * complement partner, frombuffer reads little-endian words, float32's bits view as uint32, and a
     * transposed view's bytes come in C order.
     */
    @Test
    void uint32HostArraysAndBytes() {
        int[] bits = {Integer.MIN_VALUE, Integer.MAX_VALUE, -1, 0, 65537, -2};
        Tensor u32 = Np.arrayUint32(bits, 2, 3);
        assertLongs(u32, DType.UINT32, shape(2, 3), 2147483648L, 2147483647L, 4294967295L, 0, 65537, 4294967294L);
        assertArrayEquals(bits, u32.toIntArray(), "uint32 gives its bits back");
        assertArrayEquals(new long[] {2147483648L, 2147483647L, 4294967295L, 0, 65537, 4294967294L}, u32.toLongArray());
        assertArrayEquals(new int[] {Integer.MIN_VALUE, 0, Integer.MAX_VALUE, 65537, -1, -2}, u32.T().toIntArray(),
                "a transposed view in C order");
        assertEquals(java.util.List.of(0L, 65537L, 4294967294L), u32.get(1).tolist());
        assertEquals(4294967294L, u32.get(1, 2).itemLong());
        assertEquals(4294967295.0, u32.getDouble(0, 2));
        assertLongs(u32.view(DType.INT32), DType.INT32, shape(2, 3), Integer.MIN_VALUE, Integer.MAX_VALUE, -1, 0, 65537, -2);
        assertLongs(i32(-1, 7).view(DType.UINT32), DType.UINT32, shape(2), 4294967295L, 7);
        assertLongs(Np.frombuffer(new byte[] {1, 2, 3, 4, -1, -1, -1, -1}, DType.UINT32), DType.UINT32, shape(2),
                0x04030201L, 4294967295L);
        assertArrayEquals(new byte[] {0, 0, 0, -128, -1, -1, -1, 127}, Np.arrayUint32(bits, 6).slice(0, 0, 2, 1).tobytes());
        assertLongs(Np.array(new float[] {1.0f, -0.0f}).view(DType.UINT32), DType.UINT32, shape(2), 0x3f800000L,
                0x80000000L);
        assertLongs(u32.view(DType.UINT16).get(0), DType.UINT16, shape(6), 0, 32768, 65535, 32767, 65535, 65535);
        assertThrows(IllegalArgumentException.class, () -> Np.arrayUint32(new int[5], 2, 2));
        assertThrows(IllegalArgumentException.class, () -> Np.frombuffer(new byte[6], DType.UINT32));
    }

    /**
     * tobytes/frombuffer and view reinterpret the small integer types' bytes: int8 as uint8 (the
     * two's complement partner), int16 as float16 bits, an int32 word as four uint8 bytes
     * (little-endian), and the bytes of a strided view in C order.
     */
    @Test
    void smallIntegerBytesAndViews() {
        Tensor i8 = Np.array(new byte[] {-128, 127, -1, 0, 5, -6, 7, 8}, 2, 4);
        assertLongs(i8.view(DType.UINT8), DType.UINT8, shape(2, 4), 128, 127, 255, 0, 5, 250, 7, 8);
        assertLongs(i8.view(DType.UINT8).view(DType.INT8), DType.INT8, shape(2, 4), -128, 127, -1, 0, 5, -6, 7, 8);
        assertLongs(i8.view(DType.INT16), DType.INT16, shape(2, 2), (short) (127 << 8 | 0x80), (short) 0x00ff,
                (short) (0xfa << 8 | 5), (short) (8 << 8 | 7));
        assertArrayEquals(new byte[] {-128, 127, -1, 0, 5, -6, 7, 8}, i8.tobytes());
        assertArrayEquals(new byte[] {-128, 5, 127, -6, -1, 7, 0, 8}, i8.T().tobytes(), "a transposed view in C order");
        assertLongs(Np.frombuffer(i8.tobytes(), DType.UINT16), DType.UINT16, shape(4), 0x7f80, 0x00ff, 0xfa05, 0x0807);
        Tensor words = i32(0x01020304, -1);
        assertLongs(words.view(DType.UINT8), DType.UINT8, shape(8), 4, 3, 2, 1, 255, 255, 255, 255);
        assertLongs(words.view(DType.INT16), DType.INT16, shape(4), 0x0304, 0x0102, -1, -1);
        Tensor halves = Np.array(new double[] {1.0, -2.0, 65504.0}).astype(DType.FLOAT16);
        Tensor bits = halves.view(DType.INT16);
        assertLongs(bits, DType.INT16, shape(3), 0x3c00, (short) 0xc000, 0x7bff);
        assertArrayEquals(halves.toFloat16Array(), bits.toShortArray(), "float16 viewed as int16: the same bits");
        assertDoubles(Np.arrayUint16(new short[] {0x3c00, (short) 0xfc00}, 2).view(DType.FLOAT16), DType.FLOAT16, shape(2),
                1.0, Double.NEGATIVE_INFINITY);
        assertThrows(IllegalArgumentException.class, () -> i8.T().view(DType.INT16), "a non-contiguous last axis");
        assertThrows(IllegalArgumentException.class, () -> Np.array(new byte[3], 3).view(DType.INT16), "3 bytes");
        assertThrows(IllegalArgumentException.class, () -> Np.frombuffer(new byte[3], DType.UINT16));
        // as_strided windows over 1-byte elements (strides in elements)
        Tensor windows = Np.asStrided(Np.arrayUint8(new byte[] {1, 2, 3, (byte) 255}, 4), shape(3, 2), shape(1, 1));
        assertLongs(windows, DType.UINT8, shape(3, 2), 1, 2, 2, 3, 3, 255);
    }

    // ---- creation -----------------------------------------------------------------------------

    @Test
    void creationTypesAndShapes() {
        assertDoubles(Np.zeros(2, 2), FLOAT64, shape(2, 2), 0, 0, 0, 0);
        assertDoubles(Np.ones(3), FLOAT64, shape(3), 1, 1, 1);
        assertLongs(Np.ones(shape(2), INT32), INT32, shape(2), 1, 1);
        assertBools(Np.zeros(shape(2), BOOL), shape(2), false, false);
        assertDoubles(Np.empty(2), FLOAT64, shape(2), 0, 0);
        assertDoubles(Np.empty(shape(1, 2), FLOAT32), FLOAT32, shape(1, 2), 0, 0);
        assertDoubles(Np.full(shape(2), -0.0), FLOAT64, shape(2), -0.0, -0.0);
        assertDoubles(Np.scalar(1.5), FLOAT64, shape(), 1.5);
        assertLongs(Np.scalar(-3, INT64), INT64, shape(), -3);
        assertDoubles(Np.array(new double[][] {{1, 2}, {3, 4}}), FLOAT64, shape(2, 2), 1, 2, 3, 4);
        assertDoubles(Np.array(new float[][] {{1, 2}}), FLOAT32, shape(1, 2), 1, 2);
        assertLongs(Np.array(new long[] {1, 2, 3, 4, 5, 6}, 3, 2), INT64, shape(3, 2), 1, 2, 3, 4, 5, 6);
        assertLongs(Np.arange(3), INT64, shape(3), 0, 1, 2);
        assertDoubles(Np.linspace(0, 1, 3), FLOAT64, shape(3), 0, 0.5, 1);
        assertDoubles(Np.eye(2), FLOAT64, shape(2, 2), 1, 0, 0, 1);
        assertDoubles(Np.zeros(0, 3), FLOAT64, shape(0, 3));
    }

    @Test
    void randomIsDeterministicPerSeed() {
        Tensor a = Np.random(42).uniform(0, 1, 1000);
        Tensor b = Np.random(42).uniform(0, 1, 1000);
        assertArrayEquals(a.toDoubleArray(), b.toDoubleArray());
        assertFalse(java.util.Arrays.equals(a.toDoubleArray(), Np.random(43).uniform(0, 1, 1000).toDoubleArray()));
        var rng = Np.random(42);
        Tensor first = rng.uniform(0, 1, 1000);
        Tensor second = rng.uniform(0, 1, 1000);
        assertArrayEquals(a.toDoubleArray(), first.toDoubleArray());
        assertFalse(java.util.Arrays.equals(first.toDoubleArray(), second.toDoubleArray()));
        // the same seed gives the same tensor on another backend
        Backend foreign = new ForeignBackend(backend());
        try (var scope = Np.useBackend(foreign)) {
            assertSame(foreign, scope.backend());
            Tensor there = Np.random(42).uniform(0, 1, 1000);
            assertSame(foreign, there.backend());
            assertArrayEquals(a.toDoubleArray(), there.toDoubleArray());
            assertArrayEquals(Np.random(5).normal(0, 1, FLOAT32, 7).toDoubleArray(),
                    Np.random(5).normal(0, 1, FLOAT32, 7).toDoubleArray());
        }
    }

    @Test
    void randomDistributions() {
        Tensor u = Np.random(1).uniform(2, 5, FLOAT32, 100_000);
        assertEquals(FLOAT32, u.dtype());
        assertArrayEquals(shape(100_000), u.shape());
        assertTrue(Np.min(u).item() >= 2 && Np.max(u).item() < 5, "uniform in [2, 5)");
        double mean = Np.mean(u.astype(FLOAT64)).item();
        assertEquals(3.5, mean, 0.03, "uniform mean (sd of the mean is 0.003)");
        Tensor n = Np.random(2).normal(1, 2, 200, 1000);
        assertArrayEquals(shape(200, 1000), n.shape());
        assertEquals(1.0, Np.mean(n).item(), 0.05, "normal mean (sd of the mean is 0.0045)");
        assertEquals(2.0, Np.std(n).item(), 0.05, "normal std");
        assertDoubles(Np.random(3).normal(4, 0, 3), FLOAT64, shape(3), 4, 4, 4);
    }

    // ---- printing and lifecycle ---------------------------------------------------------------

    @Test
    void toStringOfViewsEqualsThatOfTheirCopy() {
        Tensor x = range(3, 4);
        Tensor t = x.T();
        assertEquals(t.copy().toString(), t.toString());
        assertEquals("[[ 0.  4.  8.]\n [ 1.  5.  9.]\n [ 2.  6. 10.]\n [ 3.  7. 11.]]", t.toString());
        assertEquals("[11. 10.  9.  8.]", x.select(0, 2).slice(0, END, START, -1).toString());
    }

    @Test
    void closingTheBaseKeepsViewsUsable() {
        Tensor base = range(2, 3);
        Tensor view = base.T();
        base.close();
        assertTrue(base.isClosed());
        assertDoubles(view, FLOAT64, shape(3, 2), 0, 3, 1, 4, 2, 5);
        assertDoubles(Np.add(view, 1.0), FLOAT64, shape(3, 2), 1, 4, 2, 5, 3, 6);
        view.close();
        view.close();   // idempotent
        assertTrue(view.isClosed());
        assertEquals("Tensor(closed, shape=(3, 2), dtype=float64)", view.toString());
        try (Tensor scoped = Np.ones(2); Tensor sum = Np.sum(scoped)) {
            assertEquals(2.0, sum.item());
        }
        assertEquals(DType.FLOAT64, Np.ones(1).dtype());
    }

    /** Closes {@code t} on another thread and waits for it, as a racing user thread would. */
    private static void closeOnAnotherThread(Tensor t) {
        Thread closer = Thread.ofPlatform().start(t::close);
        try {
            closer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /**
     * Each call below reads a tensor that another thread closes at the start of the call's first
     * backend call (kernel or copy to the host), after which four tensors of the same type and shape
     * filled with -1e6 are allocated: were the closed tensor's memory freed then, the first would
     * take it (the CPU and CUDA allocators reuse the block released last; PoCL needs more tries),
     * and the call would read -1e6 or fail. The victims are fresh (not views of an open base), so
     * closing one drops the last user of its memory but the call's own pin.
     */
    @Test
    void aTensorClosedByAnotherThreadMidCallKeepsItsMemoryUntilTheCallReturns() throws IOException {
        // Large enough for the CPU backend's large blocks (its own arena) rather than a pooled one.
        int n = 1 << 15;
        AtomicReference<Tensor> victim = new AtomicReference<>();
        Backend racing = new ForeignBackend(backend(), () -> {
            Tensor t = victim.getAndSet(null);
            if (t != null) {
                closeOnAnotherThread(t);
                for (int i = 0; i < 4; i++) {
                    Np.full(t.shape(), -1e6, t.dtype());
                }
            }
        });
        Path file = Files.createTempFile("jtensor-closed-mid-call", ".npy");
        try (var scope = Np.useBackend(racing)) {
            Tensor x = ramp(n);
            victim.set(x);
            Tensor y = Np.add(x, 1.0);
            assertTrue(x.isClosed());
            double[] expected = new double[n];
            for (int i = 0; i < n; i++) {
                expected[i] = i + 1;
            }
            assertArrayEquals(expected, y.toDoubleArray());
            IllegalStateException closed = assertThrows(IllegalStateException.class, () -> Np.exp(x));
            assertEquals("exp: the tensor (" + n + ",) float64 is closed", closed.getMessage());

            Tensor weights = ramp(256, 3);
            Tensor sorted = ramp(n);
            Tensor keys = Np.array(new double[] {-1, 0.5, n / 2.0, n + 1});
            assertSameWhenClosedMidCall("sum", victim, () -> ramp(128, 256), t -> Np.sum(t, 1).toDoubleArray());
            assertSameWhenClosedMidCall("matmul", victim, () -> ramp(128, 256),
                    t -> Np.matmul(t, weights).toDoubleArray());
            assertSameWhenClosedMidCall("to", victim, () -> ramp(n), t -> t.to(backend()).toDoubleArray());
            assertSameWhenClosedMidCall("toDoubleArray", victim, () -> ramp(n), Tensor::toDoubleArray);
            assertSameWhenClosedMidCall("getDouble", victim, () -> ramp(n), t -> new double[] {t.getDouble(n - 1)});
            assertSameWhenClosedMidCall("save", victim, () -> ramp(n), t -> {
                try {
                    Np.save(file, t);
                    return Np.load(file).toDoubleArray();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            // these calls read a private view of their input, which keeps its memory by itself
            assertSameWhenClosedMidCall("softmax", victim, () -> ramp(128, 256), t -> Np.softmax(t, 1).toDoubleArray());
            assertSameWhenClosedMidCall("cumsum", victim, () -> ramp(n), t -> Np.cumsum(t, 0).toDoubleArray());
            assertSameWhenClosedMidCall("sort", victim, () -> ramp(n), t -> Np.sort(t).toDoubleArray());
            assertSameWhenClosedMidCall("searchsorted", victim, () -> sorted, t -> Np.searchsorted(t, keys).toDoubleArray());
        } finally {
            Files.delete(file);
        }
    }

    /** A fresh float64 tensor of {@code shape} holding 0, 1, 2, ... in C order. */
    private static Tensor ramp(long... shape) {
        return Np.arange(Arrays.stream(shape).reduce(1, Math::multiplyExact)).astype(FLOAT64).reshape(shape).copy();
    }

    /**
     * {@code call} of a fresh input equals {@code call} of another fresh input that is closed by
     * another thread at the start of the call's first backend call.
     */
    private static void assertSameWhenClosedMidCall(String name, AtomicReference<Tensor> victim, Supplier<Tensor> input,
                                                    Function<Tensor, double[]> call) {
        double[] expected = call.apply(input.get());
        Tensor x = input.get();
        victim.set(x);
        double[] actual = call.apply(x);
        assertTrue(x.isClosed(), name + " closed its input mid-call");
        assertArrayEquals(expected, actual, name + " of a tensor closed mid-call");
    }

    @Test
    void temporariesReclaimedByTheGarbageCollectorMidCallAreNotFreedUnderIt() throws Exception {
        long before = backend().memoryUsage().bytesInUse();
        // A thread of its own: the test's TensorScope would hold every temporary, so none would
        // ever become garbage.
        FutureTask<Integer> run = new FutureTask<>(this::collectInputsMidCall);
        Thread.ofPlatform().start(run);
        int reclaimed;
        try {
            reclaimed = run.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
        assertTrue(reclaimed > 0, "no input became garbage during a call in " + GC_ITERATIONS_MAX
                + " iterations (its callers were never JIT-compiled?): nothing was tested");
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (backend().memoryUsage().bytesInUse() > before && System.nanoTime() < deadline) {
            System.gc();
            Thread.sleep(10);
        }
        assertTrue(backend().memoryUsage().bytesInUse() <= before, "the collected temporaries' memory was freed");
    }

    /**
     * Iterations of the loop below, at most; a collection runs in every {@link #GC_EVERY}-th. Until
     * the callers are compiled, an interpreted frame keeps each input alive (about 1000 iterations
     * in a fresh JVM; fewer in the suite's).
     */
    private static final int GC_ITERATIONS_MAX = 30_000;
    private static final int GC_EVERY = 100;
    private static final int GC_RECLAIMS_WANTED = 3;

    /**
     * Chains unclosed temporaries through add, multiply and sum. In some iterations add and
     * multiply first run a full collection, and when that reclaims the call's input (its callers, once
     * compiled, no longer hold it), gives the Cleaner time to run and allocates a tensor of the same
     * size filled with another value, which would take the input's memory were it freed.
     *
     * @return how many calls had their input reclaimed under them
     */
    private int collectInputsMidCall() {
        int n = 1000;
        AtomicReference<WeakReference<Tensor>> watched = new AtomicReference<>();
        List<Tensor> decoys = new ArrayList<>();
        int[] reclaimed = new int[1];
        Backend collecting = new ForeignBackend(backend(), () -> {
            WeakReference<Tensor> input = watched.getAndSet(null);
            if (input == null) {
                return;
            }
            System.gc();
            if (input.get() == null) {
                reclaimed[0]++;
                LockSupport.parkNanos(5_000_000);
                decoys.add(Np.full(new long[] {n}, -1e6));
            }
        });
        double[] ramp = new double[n];
        Arrays.setAll(ramp, i -> i);
        double expected = 2.0 * ((n - 1.0) * n / 2 + n);
        try (var scope = Np.useBackend(collecting)) {
            for (int i = 0; i < GC_ITERATIONS_MAX && reclaimed[0] < GC_RECLAIMS_WANTED; i++) {
                boolean collect = i % GC_EVERY == 0;
                // not sum's input: Reductions.reduce reads its shape after the call, so it is never garbage there
                double total = Np.sum(Np.multiply(watched(Np.add(watched(Np.array(ramp), watched, collect),
                        1.0), watched, collect), 2.0)).item();
                assertEquals(expected, total, "iteration " + i);
                decoys.forEach(Tensor::close);
                decoys.clear();
            }
        }
        return reclaimed[0];
    }

    /** {@code t}, watched by the next backend call's collection when {@code collect}. */
    private static Tensor watched(Tensor t, AtomicReference<WeakReference<Tensor>> next, boolean collect) {
        next.set(collect ? new WeakReference<>(t) : null);
        return t;
    }
}
