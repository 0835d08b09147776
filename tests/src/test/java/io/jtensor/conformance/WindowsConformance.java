package io.jtensor.conformance;

import io.jtensor.DType;
import io.jtensor.Np;
import io.jtensor.Tensor;
import io.jtensor.conformance.ReferenceData.Row;
import io.jtensor.op.UnaryOp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.jtensor.conformance.Check.throwsWith;
import static io.jtensor.conformance.ReferenceData.dtype;
import static io.jtensor.conformance.ReferenceData.parseShape;
import static io.jtensor.conformance.ReferenceData.tokens;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * {@code hanning}, {@code hamming}, {@code blackman}, {@code bartlett}, {@code kaiser}, {@code i0},
 * {@code diagIndicesFrom}, {@code trilIndicesFrom}, {@code triuIndicesFrom}, {@code ix},
 * {@code unstack}, {@code broadcastShapes}, {@code matvec}, {@code vecmat}, {@code unwrap} and
 * {@code polydiv}: NumPy's
 * {@code windows.csv} replayed. Everything is bit for bit except what passes through a
 * transcendental: the cosine windows within the backend's cos error (absolutely, on the window's
 * unit scale: 0.5 + 0.5 cos cancels near the ends), i0 within the backend's exp error plus the two
 * roundings after it, kaiser within twice that plus the division.
 */
public abstract class WindowsConformance extends ConformanceCase {

    static Stream<Arguments> referenceGroups() {
        return ReferenceData.groupArguments("windows.csv", r -> r.get("op"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("referenceGroups")
    void reference(String key, List<Row> rows) {
        assertAll(rows.stream().map(row -> () -> replay(row)));
    }

    private void replay(Row row) {
        String op = row.get("op");
        String args = row.get("args");
        String what = row.where() + " " + op + "(" + row.get("inputs") + ", " + args + ")";
        Tensor[] in = row.get("inputs").equals("-") ? new Tensor[0] : Arrays.stream(row.get("inputs").split(";"))
                .map(text -> (Tensor) ManipulationConformance.operand(text)).toArray(Tensor[]::new);
        if (row.get("result_dtype").equals("error")) {
            Class<? extends RuntimeException> expected = row.get("expected").equals("IndexError")
                    ? IndexOutOfBoundsException.class : IllegalArgumentException.class;
            assertThrows(expected, () -> run(op, in, args), what);
            return;
        }
        if (op.equals("broadcast_shapes")) {
            assertArrayEquals(parseShape(row.get("result_shape")), broadcastShapes(args), what);
            return;
        }
        Tensor[] results = run(op, in, args);
        String[] expected = tokens(row.get("expected"));
        if (row.get("result_dtype").equals("-")) {
            assertEquals(0, results.length, what + ": number of results");
            return;
        }
        String[] types = row.get("result_dtype").split(";");
        String[] shapes = row.get("result_shape").split(";");
        assertEquals(types.length, results.length, what + ": number of results");
        int at = 0;
        for (int i = 0; i < results.length; i++) {
            DType type = dtype(types[i]);
            long[] shape = parseShape(shapes[i]);
            int size = (int) Arrays.stream(shape).reduce(1, (p, q) -> p * q);
            String part = results.length == 1 ? what : what + " result " + i;
            assertOnBackend(part, results[i]);
            Check.tokens(part, results[i], type, shape, Arrays.copyOfRange(expected, at, at + size),
                    tolerance(row.get("check"), type), 1.0);
            at += size;
        }
        assertEquals(expected.length, at, what + ": values left over");
    }

    /** The tolerance a check name stands for on this backend (see the class comment). */
    private Tolerance tolerance(String check, DType type) {
        long exp = suite().unaryTolerance(UnaryOp.EXP, type).ulps();
        return switch (check) {
            case "exact" -> Tolerance.EXACT;
            case "cos" -> {
                long cos = suite().unaryTolerance(UnaryOp.COS, type).ulps();
                yield Tolerance.of(cos, cos + 1);
            }
            case "i0" -> Tolerance.ulps(exp + 2);
            case "sum" -> Tolerance.ulpsOrAbsolute(2, 16);
            case "kaiser" -> Tolerance.ulps(2 * (exp + 2) + 1);
            default -> throw new IllegalArgumentException("windows.csv: unknown check " + check);
        };
    }

    private static long[] broadcastShapes(String args) {
        return Np.broadcastShapes(Arrays.stream(args.split(";")).map(ReferenceData::parseShape).toArray(long[][]::new));
    }

    private static Tensor[] run(String op, Tensor[] in, String args) {
        Map<String, String> a = args.equals("-") || op.equals("broadcast_shapes") ? Map.of()
                : ManipulationConformance.args(args);
        return switch (op) {
            case "hanning" -> new Tensor[] {Np.hanning(Long.parseLong(a.get("M")))};
            case "hamming" -> new Tensor[] {Np.hamming(Long.parseLong(a.get("M")))};
            case "blackman" -> new Tensor[] {Np.blackman(Long.parseLong(a.get("M")))};
            case "bartlett" -> new Tensor[] {Np.bartlett(Long.parseLong(a.get("M")))};
            case "kaiser" -> new Tensor[] {Np.kaiser(Long.parseLong(a.get("M")), ReferenceData.parseDouble(a.get("beta")))};
            case "i0" -> new Tensor[] {Np.i0(in[0])};
            case "diag_indices_from" -> Np.diagIndicesFrom(in[0]);
            case "tril_indices_from" -> {
                long k = Long.parseLong(a.get("k"));
                yield k == 0 ? Np.trilIndicesFrom(in[0]) : Np.trilIndicesFrom(in[0], k);
            }
            case "triu_indices_from" -> {
                long k = Long.parseLong(a.get("k"));
                yield k == 0 ? Np.triuIndicesFrom(in[0]) : Np.triuIndicesFrom(in[0], k);
            }
            case "ix" -> Np.ix(in);
            case "sliding_window_view" -> {
                long[] window = a.get("w").isEmpty() ? new long[0]
                        : Arrays.stream(a.get("w").split(";")).mapToLong(Long::parseLong).toArray();
                Tensor view = a.get("axes").equals("-") ? Np.slidingWindowView(in[0], window)
                        : Np.slidingWindowView(in[0], window,
                        Arrays.stream(a.get("axes").split(";")).mapToInt(Integer::parseInt).toArray());
                String reduce = a.get("reduce");
                if (reduce == null) {
                    yield new Tensor[] {view};
                }
                int[] windowAxes = new int[window.length];
                Arrays.setAll(windowAxes, k -> in[0].ndim() + k);
                yield new Tensor[] {switch (reduce) {
                    case "mean" -> Np.mean(view, windowAxes, false);
                    case "max" -> Np.max(view, windowAxes, false);
                    case "sum" -> Np.sum(view, windowAxes, false);
                    case "std" -> Np.std(view, windowAxes, false);
                    default -> throw new IllegalArgumentException("windows.csv: unknown reduce " + reduce);
                }};
            }
            case "unstack" -> {
                int axis = Integer.parseInt(a.get("axis"));
                yield axis == 0 ? Np.unstack(in[0]) : Np.unstack(in[0], axis);
            }
            case "broadcast_shapes" -> {
                broadcastShapes(args);
                yield new Tensor[0];
            }
            case "unwrap" -> {
                String discontText = a.get("discont");
                String period = a.get("period");
                int axis = Integer.parseInt(a.get("axis"));
                double discont = discontText.equals("none") ? Double.NaN : ReferenceData.parseDouble(discontText);
                if (period.equals("default")) {
                    if (axis == -1) {
                        yield new Tensor[] {Double.isNaN(discont) ? Np.unwrap(in[0]) : Np.unwrap(in[0], discont)};
                    }
                    yield new Tensor[] {Np.unwrap(in[0], discont, axis, 2 * Math.PI)};
                }
                yield new Tensor[] {period.contains(".") || period.contains("e")
                        ? Np.unwrap(in[0], discont, axis, ReferenceData.parseDouble(period))
                        : Np.unwrap(in[0], discont, axis, Long.parseLong(period))};
            }
            case "polydiv" -> Np.polydiv(in[0], in[1]);
            case "matvec" -> new Tensor[] {Np.matvec(in[0], in[1])};
            case "vecmat" -> new Tensor[] {Np.vecmat(in[0], in[1])};
            default -> throw new IllegalArgumentException("windows.csv: unknown op " + op);
        };
    }

    /** unstack and ix return views: a write through the source shows in them. */
    @Test
    void unstackAndIxAreViews() {
        Tensor x = Np.arange(6).reshape(2, 3);
        Tensor[] columns = Np.unstack(x, 1);
        Tensor[] mesh = Np.ix(x.select(0, 1), x.select(1, 0));
        assertArrayEquals(new long[] {3, 4, 5}, mesh[0].toLongArray());
        x.fill(7L);
        assertArrayEquals(new long[] {7, 7}, columns[2].toLongArray());
        assertArrayEquals(new long[] {7, 7, 7}, mesh[0].toLongArray());
        assertArrayEquals(new long[] {7, 7}, mesh[1].toLongArray());
        assertArrayEquals(new long[] {3, 1}, mesh[0].shape());
        assertArrayEquals(new long[] {1, 2}, mesh[1].shape());
    }

    /** A sliding window is a view of x (a write into x shows) that cannot be written into itself. */
    @Test
    void slidingWindowsAreReadOnlyViews() {
        Tensor x = Np.arange(0.0, 6.0, 1.0);
        Tensor w = Np.slidingWindowView(x, new long[] {3});
        assertOnBackend("slidingWindowView", w);
        x.fill(2.0);
        assertArrayEquals(new double[] {2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2}, w.toDoubleArray());
        String overlap = "has overlapping elements (a sliding-window view)";
        throwsWith(IllegalArgumentException.class, () -> Np.exp(x.slice(0, 0, 4, 1).reshape(4, 1).broadcastTo(4, 3), w),
                "exp: out of shape (4, 3)", overlap);
        throwsWith(IllegalArgumentException.class, () -> Np.copyto(w, Np.zeros(4, 3)), "copyto: dst", overlap);
        throwsWith(IllegalArgumentException.class, () -> w.sort(), "sort", overlap);
        throwsWith(IllegalArgumentException.class, () -> Np.put(w, Np.array(new long[] {0}), Np.array(new double[] {1})),
                "put", overlap);
        throwsWith(IllegalArgumentException.class, () -> Np.exp(x.slice(0, 0, 4, 1), w.T()), "exp", "out of shape (3, 4)",
                overlap);
        // a window of one element per position overlaps nothing but is read-only, as NumPy's
        // (sliding_window_view(arange(6.), 1).flags.writeable is False); a copy is writable
        Tensor single = Np.slidingWindowView(x, new long[] {1});
        assertTrue(single.isReadOnly());
        throwsWith(IllegalArgumentException.class, () -> Np.exp(x.reshape(6, 1), single), "exp: out of shape (6, 1)",
                "read-only");
        Tensor copy = single.copy();
        assertFalse(copy.isReadOnly());
        Np.exp(x.reshape(6, 1), copy);
        assertEquals(Math.exp(2.0), copy.toDoubleArray()[5], 0.0);
        assertArrayEquals(new long[] {2, 2, 2, 2}, Np.slidingWindowView(Np.zeros(3, 3), new long[] {2, 2}).shape());
    }

    /** No sequences: no tensors, as np.ix_() gives (); no shapes: the 0-d shape. */
    @Test
    void emptyArgumentLists() {
        assertEquals(0, Np.ix().length);
        assertArrayEquals(new long[0], Np.broadcastShapes());
    }

    @Test
    void errorMessagesNameTheOpAndTheShapes() {
        Tensor rectangle = Np.zeros(2, 3);
        throwsWith(IllegalArgumentException.class, () -> Np.diagIndicesFrom(rectangle), "diagIndicesFrom", "[2, 3]");
        throwsWith(IllegalArgumentException.class, () -> Np.trilIndicesFrom(Np.zeros(3)), "trilIndicesFrom", "2-d");
        throwsWith(IllegalArgumentException.class, () -> Np.ix(rectangle), "ix", "1 dimensional", "[2, 3]");
        throwsWith(IllegalArgumentException.class, () -> Np.unstack(rectangle, 2), "unstack", "axis 2", "-2..1");
        throwsWith(IllegalArgumentException.class, () -> Np.broadcastShapes(new long[] {3}, new long[] {4}),
                "broadcastShapes", "3", "4");
        throwsWith(IllegalArgumentException.class, () -> Np.matvec(rectangle, Np.zeros(2)), "matvec", "3", "2");
        throwsWith(IllegalArgumentException.class, () -> Np.vecmat(Np.zeros(3), rectangle), "vecmat", "3", "2");
        throwsWith(IllegalArgumentException.class, () -> Np.matvec(Np.zeros(2, 2, 3), Np.zeros(3, 3)), "matvec",
                "batch", "(2,)", "(3,)");
        throwsWith(IllegalArgumentException.class, () -> Np.i0(null), "i0");
        throwsWith(IllegalArgumentException.class, () -> Np.hanning(Long.MAX_VALUE), "hanning", "too large");
        throwsWith(IllegalArgumentException.class, () -> Np.kaiser(Long.MAX_VALUE, 1.0), "kaiser", "too large");
    }

    /**
     * An unsigned p with an int period: NumPy's cumsum of the corrections is uint64 and its sums are
     * written back into p's type unsafely; jtensor's int64 sums wrap the same way (NumPy 2.4's values).
     */
    @Test
    void unwrapOfUnsignedIntegersWrapsTheSumsBackIntoTheirType() {
        // np.unwrap(np.array([[5, 1, 7, 2]], np.uint32), axis=1, period=1): [[5 5 5 5]] uint32
        Tensor p = Np.array(new long[] {5, 1, 7, 2}).astype(DType.UINT32).reshape(1, 4);
        try (var inner = Np.scope()) {
            Check.longs("uint32 unwrap", Np.unwrap(p, Double.NaN, 1, 1L), DType.UINT32, new long[] {1, 4},
                    new long[] {5, 5, 5, 5});
            assertEquals(1, inner.openTensors(), "unwrap leaves only its result open");
        }
        // np.unwrap(np.array([9, 2, 8, 3], np.uint16), period=1): [9 9 9 9] uint16
        Check.longs("uint16 unwrap", Np.unwrap(Np.array(new long[] {9, 2, 8, 3}).astype(DType.UINT16), Double.NaN, -1,
                1L), DType.UINT16, new long[] {4}, new long[] {9, 9, 9, 9});
    }
}
