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

import java.util.List;
import java.util.stream.Stream;

import static io.jtensor.DType.INT64;
import static io.jtensor.conformance.Check.throwsWith;
import static io.jtensor.conformance.ReferenceData.dtype;
import static io.jtensor.conformance.ReferenceData.parseShape;
import static io.jtensor.conformance.ReferenceData.tokens;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Integer-array and mask indexing: {@code take} (a gather on the device), {@code nonzero},
 * {@code flatnonzero} and {@code extract}, replayed from NumPy's {@code indexing.csv} (every dtype,
 * negative, repeated, bool, 0-d, n-d and empty indices, transposed inputs, NumPy's errors), plus
 * results that must not share memory with the input, large gathers and the error messages.
 */
public abstract class IndexingConformance extends ConformanceCase {

    static Stream<Arguments> referenceGroups() {
        return ReferenceData.groupArguments("indexing.csv", r -> r.get("op"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("referenceGroups")
    void reference(String key, List<Row> rows) {
        assertAll(rows.stream().map(row -> () -> replay(row)));
    }

    private void replay(Row row) {
        String op = row.get("op");
        String what = row.where() + " " + op + "(" + row.get("inputs") + ", axis=" + row.get("axis") + ")";
        String[] texts = row.get("inputs").split(";");
        Tensor a = (Tensor) ManipulationConformance.operand(texts[0]);
        Tensor b = texts.length > 1 ? (Tensor) ManipulationConformance.operand(texts[1]) : null;
        String axis = row.get("axis");
        if (row.get("result_dtype").equals("error")) {
            Class<? extends RuntimeException> type = row.get("expected").equals("IndexError")
                    ? IndexOutOfBoundsException.class : IllegalArgumentException.class;
            assertThrows(type, () -> run(op, a, b, axis), what);
            return;
        }
        DType out = dtype(row.get("result_dtype"));
        long[] shape = parseShape(row.get("result_shape"));
        String[] expected = tokens(row.get("expected"));
        if (op.equals("nonzero")) {
            Tensor[] parts = Np.nonzero(a);
            assertEquals(shape[0], parts.length, what + ": one index tensor per dimension");
            long count = shape[1];
            for (int d = 0; d < parts.length; d++) {
                String[] column = java.util.Arrays.copyOfRange(expected, (int) (d * count), (int) ((d + 1) * count));
                assertOnBackend(what, parts[d]);
                Check.tokens(what + " dimension " + d, parts[d], DType.INT64, new long[] {count}, column,
                        Tolerance.EXACT, 0);
            }
            return;
        }
        Tensor result = run(op, a, b, axis);
        assertOnBackend(what, result);
        Check.tokens(what, result, out, shape, expected, Tolerance.EXACT, 0);
    }

    private static Tensor run(String op, Tensor a, Tensor b, String axis) {
        return switch (op) {
            case "take" -> axis.equals("none") ? Np.take(a, b) : Np.take(a, b, Integer.parseInt(axis));
            case "nonzero" -> Np.nonzero(a)[0];
            case "flatnonzero" -> Np.flatnonzero(a);
            case "extract" -> Np.extract(a, b);
            default -> throw new IllegalArgumentException("unknown op " + op);
        };
    }

    static Stream<Arguments> differenceGroups() {
        return ReferenceData.groupArguments("differences.csv", r -> r.get("op"));
    }

    /** diff, argwhere, count_nonzero from NumPy's {@code differences.csv}, exact. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("differenceGroups")
    void differences(String key, List<Row> rows) {
        assertAll(rows.stream().map(row -> () -> {
            String op = row.get("op");
            String[] args = row.get("args").split(" ");
            String what = row.where() + " " + op + "(" + row.get("inputs") + ", " + row.get("args") + ")";
            Tensor x = (Tensor) ManipulationConformance.operand(row.get("inputs"));
            java.util.function.Supplier<Tensor> call = switch (op) {
                case "diff" -> () -> Np.diff(x, Integer.parseInt(args[0]), Integer.parseInt(args[1]));
                case "argwhere" -> () -> Np.argwhere(x);
                default -> args[0].equals("None")
                        ? () -> Np.countNonzero(x, null, Boolean.parseBoolean(args[1].toLowerCase()))
                        : () -> Np.countNonzero(x, new int[] {Integer.parseInt(args[0])},
                                Boolean.parseBoolean(args[1].toLowerCase()));
            };
            if (row.get("result_dtype").equals("error")) {
                assertThrows(IllegalArgumentException.class, call::get, what);
                return;
            }
            Tensor result = call.get();
            assertOnBackend(what, result);
            Check.tokens(what, result, dtype(row.get("result_dtype")), parseShape(row.get("result_shape")),
                    tokens(row.get("expected")), Tolerance.EXACT, 0);
            if (op.equals("count_nonzero") && args[0].equals("None") && args[1].equals("False")) {
                assertEquals(Long.parseLong(row.get("expected")), Np.countNonzero(x), what + " as a long");
            }
            if (op.equals("diff") && args[0].equals("1") && args[1].equals("-1")) {
                Check.tokens(what + " diff(x)", Np.diff(x), dtype(row.get("result_dtype")),
                        parseShape(row.get("result_shape")), tokens(row.get("expected")), Tolerance.EXACT, 0);
            }
        }));
    }

    @Test
    void takeCopiesAndLeavesTheInputAlone() {
        Tensor x = Np.arange(6L).reshape(2, 3);
        Tensor picked = Np.take(x, Np.array(new long[] {2, 0}), 1);
        Np.copyto(picked, 99L);
        assertLongs(x, DType.INT64, shape(2, 3), 0, 1, 2, 3, 4, 5);
        assertLongs(picked, DType.INT64, shape(2, 2), 99, 99, 99, 99);
    }

    /**
     * np.take into an empty result, against NumPy 2.4 (found by the fuzzer's array family): the
     * indices are checked whenever x has lines to take from, even empty ones
     * ({@code take(zeros((2, 3, 0)), [7], axis=1)} is an IndexError), not when x.shape[:axis] is
     * empty ({@code take(zeros((0, 3)), [7], axis=1)} has shape (0, 1)); an empty axis refuses
     * only a non-empty result ({@code take(zeros((0, 0, 2)), [5], axis=1)} has shape (0, 1, 2),
     * {@code take(zeros((2, 0)), [5], axis=1)} and {@code take(zeros(0), [0])} are errors).
     */
    @Test
    void takeIntoAnEmptyResultChecksTheIndicesAsNumPy() {
        Tensor seven = Np.array(new long[] {7});
        throwsWith(IndexOutOfBoundsException.class, () -> Np.take(Np.zeros(shape(2, 3, 0)), seven, 1),
                "take", "7", "size 3");
        throwsWith(IndexOutOfBoundsException.class, () -> Np.take(Np.zeros(shape(3, 0)), seven, 0), "take", "7");
        throwsWith(IndexOutOfBoundsException.class, () -> Np.take(Np.zeros(shape(2, 0, 0)), Np.array(new long[] {0}), 1),
                "take", "0", "size 0");
        throwsWith(IndexOutOfBoundsException.class, () -> Np.take(Np.zeros(shape(2, 0)), Np.array(new long[] {5}), 1),
                "take", "empty");
        throwsWith(IndexOutOfBoundsException.class, () -> Np.take(Np.zeros(shape(0)), Np.array(new long[] {0})),
                "take", "empty");
        assertEquals(List.of(0L, 1L), java.util.Arrays.stream(Np.take(Np.zeros(shape(0, 3)), seven, 1).shape())
                .boxed().toList());
        assertEquals(List.of(0L, 1L, 2L), java.util.Arrays.stream(Np.take(Np.zeros(shape(0, 0, 2)),
                Np.array(new long[] {5}), 1).shape()).boxed().toList());
        assertEquals(List.of(2L, 0L, 0L), java.util.Arrays.stream(Np.take(Np.zeros(shape(2, 0, 0)),
                Np.zeros(shape(0), DType.INT64), 1).shape()).boxed().toList());
    }

    /** np.diff(x, n=0) is x whatever its dimensions and the axis (NumPy returns before checking); here a copy. */
    @Test
    void diffOfOrderZeroIsACopyOfX() {
        Tensor scalar = Np.scalar(2.5);
        Tensor d = Np.diff(scalar, 0, 3);
        assertEquals(0, d.ndim());
        assertEquals(2.5, d.item());
        Tensor x = Np.arange(4L);
        Tensor copy = Np.diff(x, 0, -5);
        Np.copyto(copy, 9L);
        assertLongs(x, DType.INT64, shape(4), 0, 1, 2, 3);
        throwsWith(IllegalArgumentException.class, () -> Np.diff(scalar, 1, 0), "diff", "0-d");
        throwsWith(IllegalArgumentException.class, () -> Np.diff(x, 1, 1), "diff", "axis 1");
    }

    @Test
    void anEmbeddingLookupGathersRowsOfEveryWidth() {
        int rows = 1000;
        int width = 33;
        for (DType type : new DType[] {DType.FLOAT32, DType.FLOAT64, DType.INT32, DType.BOOL}) {
            if (!backend().supports(type)) {
                continue;
            }
            Tensor table = Np.arange(0.0, (double) rows * width, 1.0).reshape(rows, width).astype(type);
            long[] ids = new long[4097];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = (i * 7919L) % rows - (i % 3 == 0 ? rows : 0);
            }
            Tensor tokens = Np.array(ids).reshape(17, 241);
            Tensor embedded = Np.take(table, tokens, 0);
            assertEquals(List.of(17L, 241L, (long) width), java.util.Arrays.stream(embedded.shape()).boxed().toList());
            double[] got = embedded.astype(DType.FLOAT64).toDoubleArray();
            double[] all = table.astype(DType.FLOAT64).toDoubleArray();
            for (int i = 0; i < ids.length; i++) {
                long row = ids[i] < 0 ? ids[i] + rows : ids[i];
                for (int c = 0; c < width; c++) {
                    assertEquals(all[(int) (row * width + c)], got[i * width + c], type + " token " + i + " column " + c);
                }
            }
        }
    }

    @Test
    void extractPairsFlatPositionsWhateverTheShapes() {
        // NumPy 2.4: take(ravel(x), flatnonzero(condition)); found by the fuzzer's gather family
        Tensor x = Np.arange(6);
        assertLongs(Np.extract(i64(0, 1, 1, 0).reshape(2, 2), x), INT64, shape(2), 1, 2);
        assertLongs(Np.extract(i64(1, 0, 0, 0, 0, 0, 0, 0), x.reshape(2, 3)), INT64, shape(1), 0);
        assertDoubles(Np.extract(f64(Double.NaN, 0, 2), f64(0, 1, 2, 3, 4)), DType.FLOAT64, shape(2), 0, 2);
        throwsWith(IndexOutOfBoundsException.class, () -> Np.extract(Np.scalar(1.0, DType.BOOL), Np.zeros(0)), "extract",
                "position 0", "0 elements");
    }

    @Test
    void errorsNameTheOpTheIndexAndTheValidRange() {
        Tensor x = Np.zeros(new long[] {2, 3}, DType.FLOAT32);
        throwsWith(IndexOutOfBoundsException.class, () -> Np.take(x, Np.array(new long[] {0, 3}), 1),
                "take: index 3 is out of bounds for axis 1 with size 3", "valid: -3..2");
        throwsWith(IndexOutOfBoundsException.class, () -> Np.take(x, Np.array(new long[] {-7})),
                "index -7", "size 6");
        throwsWith(IllegalArgumentException.class, () -> Np.take(x, Np.array(new double[] {1})),
                "take: indices must be integers or bools, got float64");
        throwsWith(IllegalArgumentException.class, () -> Np.take(x, Np.array(new long[] {0}), 2),
                "take", "axis 2");
        throwsWith(IllegalArgumentException.class, () -> Np.nonzero(Np.scalar(1.0)), "nonzero", "0-d");
        throwsWith(IndexOutOfBoundsException.class, () -> Np.extract(i64(0, 0, 0, 0, 0, 0, 1), x),
                "extract: condition (7,) is true at flat position 6", "x (2, 3) of 6 elements");
        throwsWith(NullPointerException.class, () -> Np.take(x, null), "take: indices is null");
        Backend foreign = new ForeignBackend(backend());
        Tensor elsewhere = Np.array(new long[] {0}).to(foreign);
        throwsWith(IllegalArgumentException.class, () -> Np.take(x, elsewhere), "take: tensors are on different backends");
        Tensor closed = Np.array(new long[] {0});
        closed.close();
        throwsWith(IllegalStateException.class, () -> Np.take(x, closed), "take");
    }
}
