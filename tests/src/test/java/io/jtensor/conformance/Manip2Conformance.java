package io.jtensor.conformance;

import io.jtensor.DType;
import io.jtensor.Np;
import io.jtensor.Tensor;
import io.jtensor.backend.Backend;
import io.jtensor.conformance.ReferenceData.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.jtensor.DType.FLOAT64;
import static io.jtensor.DType.INT64;
import static io.jtensor.conformance.Check.throwsWith;
import static io.jtensor.conformance.ReferenceData.dtype;
import static io.jtensor.conformance.ReferenceData.parseShape;
import static io.jtensor.conformance.ReferenceData.tokens;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code append}, {@code insert}, {@code delete}, {@code resize}, {@code trimZeros},
 * {@code rollaxis}, {@code block}, {@code choose}, {@code select}, {@code compress},
 * {@code lexsort}, {@code unravelIndex}, {@code ravelMultiIndex}, {@code indices},
 * {@code trilIndices}, {@code triuIndices}, {@code diagIndices}, {@code packbits},
 * {@code unpackbits}, {@code ascontiguousarray} and {@code isfortran}: NumPy's {@code manip2.csv}
 * replayed bit for bit (every value is moved, never computed, except the int64 index arithmetic,
 * which is exact), NumPy's errors as IllegalArgumentException (ValueError, TypeError, AxisError)
 * or IndexOutOfBoundsException (IndexError) whose message names the op.
 */
public abstract class Manip2Conformance extends ConformanceCase {

    static Stream<Arguments> referenceGroups() {
        return ReferenceData.groupArguments("manip2.csv", r -> r.get("op"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("referenceGroups")
    void reference(String key, List<Row> rows) {
        assertAll(rows.stream().map(row -> () -> replay(row)));
    }

    private void replay(Row row) {
        String op = row.get("op");
        String what = row.where() + " " + op + "(" + row.get("inputs") + ", " + row.get("args") + ")";
        List<Tensor> in = new ArrayList<>();
        if (!row.get("inputs").equals("-")) {
            for (String text : row.get("inputs").split(";")) {
                in.add((Tensor) ManipulationConformance.operand(text));
            }
        }
        Map<String, String> args = ManipulationConformance.args(row.get("args"));
        if (row.get("result_dtype").equals("error")) {
            Class<? extends RuntimeException> expected = row.get("expected").equals("IndexError")
                    ? IndexOutOfBoundsException.class : IllegalArgumentException.class;
            RuntimeException e = assertThrows(expected, () -> run(op, in, args), what);
            String name = javaName(op);
            assertTrue(e.getMessage().startsWith(name + ": "), () -> what + ": the message names the op: "
                    + e.getMessage());
            return;
        }
        Object result = run(op, in, args);
        DType type = dtype(row.get("result_dtype"));
        String[] expected = tokens(row.get("expected"));
        Tensor[] parts = result instanceof Tensor[] many ? many : new Tensor[] {(Tensor) result};
        String[] shapes = row.get("result_shape").split(";");
        assertEquals(shapes.length, parts.length, what + ": number of results");
        int at = 0;
        for (int i = 0; i < parts.length; i++) {
            long[] shape = parseShape(shapes[i]);
            int n = Math.toIntExact(Arrays.stream(shape).reduce(1, Math::multiplyExact));
            assertOnBackend(what, parts[i]);
            Check.tokens(what + (parts.length > 1 ? " result " + i : ""), parts[i], type, shape,
                    Arrays.copyOfRange(expected, at, at + n), Tolerance.EXACT, 0);
            at += n;
        }
        assertEquals(expected.length, at, what + ": elements in all results");
    }

    private static String javaName(String op) {
        return switch (op) {
            case "trim_zeros" -> "trimZeros";
            case "unravel_index" -> "unravelIndex";
            case "ravel_multi_index" -> "ravelMultiIndex";
            default -> op;
        };
    }

    private static Object run(String op, List<Tensor> in, Map<String, String> args) {
        Tensor[] all = in.toArray(Tensor[]::new);
        String axis = args.getOrDefault("axis", "none");
        return switch (op) {
            case "append" -> axis.equals("none") ? Np.append(all[0], all[1])
                    : Np.append(all[0], all[1], Integer.parseInt(axis));
            case "insert" -> insert(all[0], all[1], args.get("obj"), axis);
            case "delete" -> delete(all[0], args.get("obj"), axis);
            case "resize" -> Np.resize(all[0], parseShape(args.get("shape")));
            case "trim_zeros" -> args.get("trim").equals("fb") ? Np.trimZeros(all[0])
                    : Np.trimZeros(all[0], args.get("trim"));
            case "rollaxis" -> args.get("start").equals("0") ? Np.rollaxis(all[0], Integer.parseInt(args.get("axis")))
                    : Np.rollaxis(all[0], Integer.parseInt(args.get("axis")), Integer.parseInt(args.get("start")));
            case "block" -> block(all, args.get("rows"));
            case "choose" -> {
                Tensor[] choices = Arrays.copyOfRange(all, 1, all.length);
                yield args.get("mode").equals("raise") ? Np.choose(all[0], choices)
                        : Np.choose(all[0], choices, args.get("mode"));
            }
            case "select" -> select(all, Integer.parseInt(args.get("n")), args.get("default"));
            case "compress" -> axis.equals("none") ? Np.compress(all[0], all[1])
                    : Np.compress(all[0], all[1], Integer.parseInt(axis));
            case "lexsort" -> Np.lexsort(all);
            case "unravel_index" -> Np.unravelIndex(all[0], parseShape(args.get("shape")));
            case "ravel_multi_index" -> args.get("mode").equals("raise")
                    ? Np.ravelMultiIndex(all, parseShape(args.get("dims")))
                    : Np.ravelMultiIndex(all, parseShape(args.get("dims")), args.get("mode"));
            case "indices" -> args.get("dtype").equals("int64") ? Np.indices(parseShape(args.get("dims")))
                    : Np.indices(parseShape(args.get("dims")), dtype(args.get("dtype")));
            case "tril_indices", "triu_indices" -> triangle(op.equals("tril_indices"), args);
            case "diag_indices" -> args.get("ndim").equals("2") ? Np.diagIndices(Long.parseLong(args.get("n")))
                    : Np.diagIndices(Long.parseLong(args.get("n")), Integer.parseInt(args.get("ndim")));
            case "packbits" -> packbits(all[0], axis, args.get("bitorder"));
            case "unpackbits" -> unpackbits(all[0], axis, args.get("count"), args.get("bitorder"));
            case "ascontiguousarray" -> Np.ascontiguousarray(all[0]);
            case "isfortran" -> Np.array(new boolean[] {Np.isfortran(all[0])}).reshape();
            default -> throw new IllegalArgumentException("manip2.csv: unknown op " + op);
        };
    }

    /** Through the shortest overload that takes the line's arguments (NumPy's defaults: axis None, "big"). */
    private static Tensor packbits(Tensor a, String axis, String bitorder) {
        if (bitorder.equals("big")) {
            return axis.equals("none") ? Np.packbits(a) : Np.packbits(a, Integer.parseInt(axis));
        }
        return Np.packbits(a, axis.equals("none") ? null : Integer.valueOf(axis), bitorder);
    }

    /** As {@link #packbits}; count 'none' is NumPy's None (every bit). */
    private static Tensor unpackbits(Tensor a, String axis, String count, String bitorder) {
        if (bitorder.equals("big") && count.equals("none")) {
            return axis.equals("none") ? Np.unpackbits(a) : Np.unpackbits(a, Integer.parseInt(axis));
        }
        return Np.unpackbits(a, axis.equals("none") ? null : Integer.valueOf(axis),
                count.equals("none") ? null : Long.valueOf(count), bitorder);
    }

    /** obj 's:i' (an int), 'l:i;j' (a list) or 'slice:start;stop;step' (none for an open part). */
    private static Tensor insert(Tensor arr, Tensor values, String obj, String axis) {
        if (obj.startsWith("s:")) {
            long index = Long.parseLong(obj.substring(2));
            return axis.equals("none") ? Np.insert(arr, index, values)
                    : Np.insert(arr, index, values, Integer.parseInt(axis));
        }
        long[] indices = list(obj.substring(2));
        return axis.equals("none") ? Np.insert(arr, indices, values)
                : Np.insert(arr, indices, values, Integer.parseInt(axis));
    }

    private static Tensor delete(Tensor arr, String obj, String axis) {
        if (obj.startsWith("s:")) {
            long index = Long.parseLong(obj.substring(2));
            return axis.equals("none") ? Np.delete(arr, index) : Np.delete(arr, index, Integer.parseInt(axis));
        }
        if (obj.startsWith("slice:")) {
            Long[] bounds = Arrays.stream(obj.substring(6).split(";"))
                    .map(s -> s.equals("none") ? null : Long.valueOf(s)).toArray(Long[]::new);
            return axis.equals("none") ? Np.delete(arr, bounds[0], bounds[1], bounds[2])
                    : Np.delete(arr, bounds[0], bounds[1], bounds[2], Integer.parseInt(axis));
        }
        long[] indices = list(obj.substring(2));
        return axis.equals("none") ? Np.delete(arr, indices) : Np.delete(arr, indices, Integer.parseInt(axis));
    }

    private static long[] list(String text) {
        return text.isEmpty() ? new long[0] : Arrays.stream(text.split(";")).mapToLong(Long::parseLong).toArray();
    }

    private static Tensor block(Tensor[] parts, String rows) {
        if (rows.equals("-")) {
            return Np.block(parts);
        }
        int[] lengths = Arrays.stream(rows.split(";")).mapToInt(Integer::parseInt).toArray();
        Tensor[][] nested = new Tensor[lengths.length][];
        for (int i = 0, at = 0; i < lengths.length; at += lengths[i], i++) {
            nested[i] = Arrays.copyOfRange(parts, at, at + lengths[i]);
        }
        return Np.block(nested);
    }

    private static Tensor select(Tensor[] all, int n, String otherwise) {
        Tensor[] conditions = Arrays.copyOfRange(all, 0, n);
        // a line may give fewer choices than conditions (an error case): the rest, less a tensor default
        Tensor[] choices = Arrays.copyOfRange(all, n, all.length - (otherwise.equals("tensor") ? 1 : 0));
        if (otherwise.equals("none")) {
            return Np.select(conditions, choices);
        }
        if (otherwise.equals("tensor")) {
            return Np.select(conditions, choices, all[all.length - 1]);
        }
        String value = otherwise.substring(otherwise.indexOf(':') + 1);
        return otherwise.startsWith("long:") ? Np.select(conditions, choices, Long.parseLong(value))
                : Np.select(conditions, choices, ReferenceData.parseDouble(value));
    }

    private static Tensor[] triangle(boolean lower, Map<String, String> args) {
        long n = Long.parseLong(args.get("n"));
        long k = Long.parseLong(args.get("k"));
        String m = args.get("m");
        if (m.equals("none")) {
            if (k == 0) {
                return lower ? Np.trilIndices(n) : Np.triuIndices(n);
            }
            return lower ? Np.trilIndices(n, k) : Np.triuIndices(n, k);
        }
        return lower ? Np.trilIndices(n, k, Long.parseLong(m)) : Np.triuIndices(n, k, Long.parseLong(m));
    }

    // ---- contracts the reference rows cannot state -------------------------------------------------

    @Test
    void trimZerosIsAViewTheOthersAreNewTensors() {
        Tensor x = i64(0, 1, 2, 0);
        Tensor trimmed = Np.trimZeros(x);
        Tensor rolled = Np.rollaxis(x.reshape(2, 2), 1);
        List<Tensor> copies = List.of(Np.append(x, i64(5)), Np.insert(x, 1, i64(9)), Np.delete(x, 0),
                Np.delete(x, new long[0]), Np.resize(x, 4), Np.block(x), Np.choose(i64(0, 0, 0, 0), x),
                Np.select(new Tensor[] {bools(true, true, true, true)}, new Tensor[] {x}),
                Np.compress(bools(true, true, true, true), x));
        x.fill(7L);
        assertLongs(trimmed, INT64, shape(2), 7, 7);
        assertLongs(rolled, INT64, shape(2, 2), 7, 7, 7, 7);
        for (Tensor copy : copies) {
            assertTrue(Arrays.stream(copy.toLongArray()).anyMatch(v -> v != 7), "a copy, not a view: " + copy);
            assertOnBackend("copy", copy);
        }
    }

    /**
     * NumPy 2.4: {@code np.indices((2, 2), dtype=bool)} is [[[F F] [T T]] [[F T] [F T]]], and
     * {@code np.indices((3,), dtype=bool)} and {@code np.indices((0, 3), dtype=bool)} raise TypeError
     * (its arange takes a bool range of at most 2 values).
     */
    @Test
    void boolIndicesCountOnlyToOne() {
        Tensor two = Np.indices(new long[] {2, 2}, DType.BOOL);
        assertEquals(DType.BOOL, two.dtype());
        assertArrayEquals(new long[] {2, 2, 2}, two.shape());
        assertArrayEquals(new boolean[] {false, false, true, true, false, true, false, true}, two.toBooleanArray());
        assertArrayEquals(new long[] {0}, Np.indices(new long[0], DType.BOOL).shape());
        throwsWith(IllegalArgumentException.class, () -> Np.indices(new long[] {3}, DType.BOOL), "indices", "bool");
        throwsWith(IllegalArgumentException.class, () -> Np.indices(new long[] {0, 3}, DType.BOOL), "indices", "[0, 3]");
    }

    /**
     * NumPy 2.4's {@code np.full_like(x, v, dtype=t)} with a Python int v: exact in an integer t
     * ({@code 4294967295} as uint32), OverflowError past t's range ({@code 200} or {@code -1} for
     * int8), rounded in a float t ({@code 2**53 + 1} is 9007199254740992.0, {@code 2**40} float16
     * inf), {@code v != 0} in bool.
     */
    @Test
    void fullLikeTakesAJavaIntegerInAnyDtype() {
        Tensor x = Np.zeros(new long[] {2}, DType.INT8);
        assertLongs(Np.fullLike(x, 4294967295L, DType.UINT32), DType.UINT32, shape(2), 4294967295L, 4294967295L);
        assertLongs(Np.fullLike(x, 200, DType.UINT8), DType.UINT8, shape(2), 200, 200);
        assertDoubles(Np.fullLike(x, (1L << 53) + 1, FLOAT64), FLOAT64, shape(2), 9007199254740992.0, 9007199254740992.0);
        assertDoubles(Np.fullLike(x, 1L << 40, DType.FLOAT16), DType.FLOAT16, shape(2), Double.POSITIVE_INFINITY,
                Double.POSITIVE_INFINITY);
        assertArrayEquals(new boolean[] {true, true}, Np.fullLike(x, -1, DType.BOOL).toBooleanArray());
        throwsWith(IllegalArgumentException.class, () -> Np.fullLike(x, 200, DType.INT8), "fullLike", "200", "int8");
        throwsWith(IllegalArgumentException.class, () -> Np.fullLike(Np.zeros(new long[] {2}), -1, DType.UINT32),
                "fullLike", "-1", "uint32");
    }

    @Test
    void insertWithAScalarIndexMovesValuesFirstAxisAListDoesNot() {
        Tensor x = i64(0, 1, 2, 3).reshape(2, 2);
        assertLongs(Np.insert(x, 1, i64(7, 8), 1), INT64, shape(2, 3), 0, 7, 1, 2, 8, 3);
        // a list of one index inserts values whole: [7, 8] becomes two columns, [[7], [8]] one
        assertLongs(Np.insert(x, new long[] {1}, i64(7, 8), 1), INT64, shape(2, 4), 0, 7, 8, 1, 2, 7, 8, 3);
        assertLongs(Np.insert(x, new long[] {1}, i64(7, 8).reshape(2, 1), 1), INT64, shape(2, 3), 0, 7, 1, 2, 8, 3);
        assertLongs(Np.insert(x, new long[] {1, 1}, i64(7, 8), 1), INT64, shape(2, 4), 0, 7, 8, 1, 2, 7, 8, 3);
        assertLongs(Np.insert(x, 1, i64(7, 8).reshape(1, 2), 0), INT64, shape(3, 2), 0, 1, 7, 8, 2, 3);
        assertDoubles(Np.insert(f64(1, 2), 2, f64(Double.NaN)), FLOAT64, shape(3), 1, 2, Double.NaN);
    }

    @Test
    void ascontiguousarrayIsAViewWhenNoCopyIsNeeded() {
        Tensor x = i64(0, 1, 2, 3, 4, 5).reshape(2, 3);
        Tensor same = Np.ascontiguousarray(x);
        Tensor copied = Np.ascontiguousarray(x.T());
        Tensor scalar = i64(9).reshape();
        Tensor lifted = Np.ascontiguousarray(scalar);
        assertTrue(copied.isContiguous());
        x.fill(7L);
        scalar.fill(8L);
        assertLongs(same, INT64, shape(2, 3), 7, 7, 7, 7, 7, 7);
        assertLongs(copied, INT64, shape(3, 2), 0, 3, 1, 4, 2, 5);
        assertLongs(lifted, INT64, shape(1), 8);
        same.close();
        assertLongs(x, INT64, shape(2, 3), 7, 7, 7, 7, 7, 7);
    }

    /**
     * unpackbits(packbits(b), count=n) gives b back, for lengths across several of the backends'
     * blocks and threads and along an inner axis of a strided view.
     */
    @Test
    void unpackbitsUndoesPackbits() {
        int n = 5003;
        boolean[] flags = new boolean[2 * n];
        for (int i = 0; i < flags.length; i++) {
            flags[i] = Long.bitCount(i * 0x9E3779B97F4A7C15L) % 3 == 0;
        }
        Tensor b = Np.array(flags, 2, n);
        for (String order : List.of("big", "little")) {
            Tensor packed = Np.packbits(b, 1, order);
            assertEquals(List.of(2L, (n + 7L) / 8), Arrays.stream(packed.shape()).boxed().toList());
            Tensor back = Np.unpackbits(packed, -1, (long) n, order);
            assertOnBackend("round trip", back);
            assertArrayEquals(b.astype(DType.UINT8).toLongArray(), back.toLongArray(), order);
        }
        Tensor cube = Np.array(Arrays.copyOf(flags, 2 * 41 * 122), 2, 41, 122).slice(2, 1, 122, 3);
        Tensor packed = Np.packbits(cube, 1);
        Tensor back = Np.unpackbits(packed, 1, 41L, "big");
        assertArrayEquals(cube.astype(DType.UINT8).toLongArray(), back.toLongArray(), "axis 1 of a strided view");
    }

    /** NumPy 2.4 returns uninitialised memory for a count past the bits of an empty axis; jtensor pads with zeros. */
    @Test
    void unpackbitsPadsAnEmptyAxisWithZeros() {
        assertLongs(Np.unpackbits(Np.zeros(shape(2, 0), DType.UINT8), 1, 3L, "big"), DType.UINT8, shape(2, 3),
                0, 0, 0, 0, 0, 0);
    }

    @Test
    void bitPackingErrorsNameTheOpAndWhatIsValid() {
        throwsWith(IllegalArgumentException.class, () -> Np.packbits(f64(1, 0)), "packbits", "integer or bool",
                "float64");
        throwsWith(IllegalArgumentException.class, () -> Np.packbits(i64(1), 0, "l"), "packbits",
                "\"big\" or \"little\"", "\"l\"");
        throwsWith(IllegalArgumentException.class, () -> Np.packbits(i64(1), 0, null), "packbits", "null");
        throwsWith(IllegalArgumentException.class, () -> Np.unpackbits(i64(1)), "unpackbits", "uint8", "int64");
        throwsWith(IllegalArgumentException.class, () -> Np.unpackbits(Np.zeros(shape(2), DType.UINT8), null, -17L,
                "big"), "unpackbits", "count -17", "valid: count >= -16");
        throwsWith(IllegalArgumentException.class, () -> Np.unpackbits(Np.zeros(shape(2), DType.UINT8), null, null,
                "x"), "unpackbits", "\"big\" or \"little\"", "first letter", "\"x\"");
        throwsWith(IllegalArgumentException.class, () -> Np.unpackbits(Np.zeros(shape(2), DType.UINT8), 1),
                "unpackbits", "axis 1", "valid: -1..0");
        throwsWith(NullPointerException.class, () -> Np.packbits(null), "packbits");
        throwsWith(NullPointerException.class, () -> Np.ascontiguousarray(null), "ascontiguousarray");
        Tensor closed = i64(1);
        closed.close();
        throwsWith(IllegalStateException.class, () -> Np.packbits(closed), "packbits");
        throwsWith(IllegalStateException.class, () -> Np.isfortran(closed), "isfortran");
    }

    @Test
    void errorsNameTheOpAndWhatIsValid() {
        Tensor x = i64(1, 2, 3);
        throwsWith(IndexOutOfBoundsException.class, () -> Np.insert(x, 4, i64(9)), "insert", "index 4",
                "valid: -3..3");
        throwsWith(IndexOutOfBoundsException.class, () -> Np.delete(x, new long[] {0, 3}), "delete", "index 3",
                "valid: -3..2");
        throwsWith(IllegalArgumentException.class, () -> Np.delete(x, 0L, 2L, 0L), "delete", "step");
        throwsWith(IllegalArgumentException.class, () -> Np.resize(x, 2, -1), "resize", "non-negative");
        throwsWith(IllegalArgumentException.class, () -> Np.trimZeros(x, "x"), "trimZeros", "\"x\"", "\"fb\"");
        throwsWith(IllegalArgumentException.class, () -> Np.rollaxis(x, 0, 3), "rollaxis", "start 3",
                "valid: -1..1");
        throwsWith(IllegalArgumentException.class, () -> Np.choose(i64(0, 3, 1), new Tensor[] {x, x}, "raise"),
                "choose", "3", "valid: 0..1");
        throwsWith(IllegalArgumentException.class, () -> Np.choose(i64(0), new Tensor[] {x}, "nearest"), "choose",
                "\"nearest\"");
        throwsWith(IllegalArgumentException.class, () -> Np.select(new Tensor[] {x}, new Tensor[] {x}), "select",
                "invalid entry 0", "bool");
        throwsWith(IndexOutOfBoundsException.class, () -> Np.compress(bools(false, false, false, true), x), "compress",
                "index 3", "size 3");
        throwsWith(IllegalArgumentException.class, () -> Np.unravelIndex(i64(6), 2, 3), "unravelIndex", "index 6",
                "valid: 0..5");
        throwsWith(IllegalArgumentException.class, () -> Np.ravelMultiIndex(new Tensor[] {i64(2)}, new long[] {2}),
                "ravelMultiIndex", "2", "valid: 0..1");
        throwsWith(IllegalArgumentException.class, () -> Np.ravelMultiIndex(new Tensor[] {i64(1)}, new long[] {-3},
                "wrap"), "ravelMultiIndex", "non-negative");
        for (String mode : List.of("raise", "wrap", "clip")) {
            // NumPy 2.4: "cannot unravel if shape has zero entries", whatever the mode; empty coordinates pass
            throwsWith(IllegalArgumentException.class, () -> Np.ravelMultiIndex(new Tensor[] {i64(0), i64(1)},
                    new long[] {0, 2}, mode), "ravelMultiIndex", "dims (0, 2)", "zero dimension");
            assertLongs(Np.ravelMultiIndex(new Tensor[] {i64(), i64()}, new long[] {0, 2}, mode), INT64, shape(0));
        }
        // NumPy's take checks positions past the axis only where an axis before it is non-empty
        assertArrayEquals(shape(0, 1), Np.compress(i64(0, 0, 1), Np.zeros(0, 2), 1).shape());
        assertArrayEquals(shape(3, 0, 2), Np.compress(i64(1, 0, 0, 1), Np.zeros(3, 0, 2), 2).shape());
        throwsWith(IndexOutOfBoundsException.class, () -> Np.compress(i64(0, 0, 0, 1), Np.zeros(2, 3, 0), 1),
                "compress", "index 3", "size 3");
        throwsWith(IllegalArgumentException.class, () -> Np.block(new Tensor[0][]), "block", "empty");
        throwsWith(IllegalArgumentException.class, () -> Np.lexsort(), "lexsort", "key");
        throwsWith(IllegalArgumentException.class, () -> Np.trilIndices(1L << 40), "trilIndices", "too large");
        assertEquals(9, Np.triuIndices(3, Long.MIN_VALUE)[0].size(), "k far below: the whole matrix");
        assertEquals(0, Np.triuIndices(3, Long.MAX_VALUE)[0].size(), "k far above: nothing");
        assertEquals(9, Np.trilIndices(3, Long.MAX_VALUE)[1].size(), "k far above: the whole matrix");
        throwsWith(NullPointerException.class, () -> Np.append(null, x), "append");
        Tensor closed = i64(1);
        closed.close();
        throwsWith(IllegalStateException.class, () -> Np.delete(closed, 0), "delete");
        throwsWith(IllegalStateException.class, () -> Np.choose(i64(0), closed), "choose");
    }

    @Test
    void mixedBackendsAreRejected() {
        Backend other = new ForeignBackend(backend());
        Tensor foreign;
        try (var scope = Np.useBackend(other)) {
            foreign = Np.array(new long[] {1, 2});
        }
        Tensor x = i64(0, 1);
        throwsWith(IllegalArgumentException.class, () -> Np.insert(x, 0, foreign), "insert", "backends");
        throwsWith(IllegalArgumentException.class, () -> Np.choose(x, x, foreign), "choose", "backends");
        throwsWith(IllegalArgumentException.class, () -> Np.lexsort(x, foreign), "lexsort", "backends");
        assertEquals(other, Np.delete(foreign, 0).backend(), "results stay on the input's backend");
    }
}
