package io.jtensor.conformance;

import io.jtensor.DType;
import io.jtensor.Np;
import io.jtensor.Tensor;
import io.jtensor.backend.Backend;
import io.jtensor.conformance.ReferenceData.Row;
import io.jtensor.op.BinaryOp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static io.jtensor.conformance.Check.throwsWith;
import static io.jtensor.conformance.ReferenceData.dtype;
import static io.jtensor.conformance.ReferenceData.parseShape;
import static io.jtensor.conformance.ReferenceData.tokens;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code put}, {@code putAlongAxis}, {@code place}, {@code putmask}, {@code addAt}/{@code at} and
 * {@code fillDiagonal}: NumPy's {@code scatter.csv} replayed bit for bit. Each line writes into a
 * fresh target (a view of a fresh base when the line names one); the view must then hold NumPy's
 * values and the base NumPy's base, so a write that lands outside the viewed elements fails. An
 * error line must throw the mapped exception, name the op, and leave the target unchanged (all
 * arguments are checked before anything is written, unlike NumPy's put in raise mode).
 */
public abstract class ScatterConformance extends ConformanceCase {

    private static final long END = Long.MAX_VALUE;
    private static final long START = Long.MIN_VALUE;

    static Stream<Arguments> referenceGroups() {
        return ReferenceData.groupArguments("scatter.csv", r -> r.get("op") + " " + r.get("args"));
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
        String[] texts = row.get("inputs").split(";");
        String[] target = texts[0].split(":", 4);
        Tensor base = (Tensor) ManipulationConformance.operand(target[0] + ":" + target[1] + ":" + target[2]);
        Tensor a = view(base, target.length > 3 ? target[3] : "-");
        Object[] in = Arrays.stream(texts, 1, texts.length).map(ManipulationConformance::operand).toArray();
        if (row.get("result_dtype").equals("error")) {
            Class<? extends RuntimeException> expected = row.get("expected").equals("IndexError")
                    ? IndexOutOfBoundsException.class : IllegalArgumentException.class;
            RuntimeException e = assertThrows(expected, () -> run(op, args, a, in), what);
            String name = javaName(op, args);
            assertTrue(e.getMessage().startsWith(name + ": "), () -> what + ": the message names the op: "
                    + e.getMessage());
            if (base.size() > 0) {
                Check.tokens(what + ": a unchanged after the error", base, base.dtype(), base.shape(),
                        tokens(target[2]), Tolerance.EXACT, 0);
            }
            return;
        }
        run(op, args, a, in);
        assertOnBackend(what, a);
        DType type = dtype(row.get("result_dtype"));
        Check.tokens(what, a, type, parseShape(row.get("result_shape")), tokens(row.get("expected")), Tolerance.EXACT,
                0);
        if (!row.get("base").equals("-")) {
            Check.tokens(what + ": the base of the view", base, type, base.shape(), tokens(row.get("base")),
                    Tolerance.EXACT, 0);
        }
    }

    private static Tensor view(Tensor base, String view) {
        return switch (view) {
            case "-" -> base;
            case "T" -> base.T();
            case "rev" -> base.slice(0, END, START, -1);
            case "step2" -> base.slice(0, 0, END, 2);
            default -> {
                if (view.startsWith("bcast=")) {
                    yield base.broadcastTo(parseShape(view.substring(6)));
                }
                throw new IllegalArgumentException("scatter.csv: unknown view " + view);
            }
        };
    }

    private static String javaName(String op, String args) {
        return switch (op) {
            case "put_along_axis" -> "putAlongAxis";
            case "fill_diagonal" -> "fillDiagonal";
            case "at" -> args.substring("op=".length()) + ".at";
            default -> op;
        };
    }

    private static void run(String op, String args, Tensor a, Object[] in) {
        String value = args.substring(args.indexOf('=') + 1);
        switch (op) {
            case "put" -> {
                if (value.equals("default")) {
                    Np.put(a, (Tensor) in[0], (Tensor) in[1]);
                } else {
                    Np.put(a, (Tensor) in[0], (Tensor) in[1], value);
                }
            }
            case "put_along_axis" -> Np.putAlongAxis(a, (Tensor) in[0], (Tensor) in[1],
                    value.equals("none") ? null : Integer.valueOf(value));
            case "place" -> Np.place(a, (Tensor) in[0], (Tensor) in[1]);
            case "putmask" -> Np.putmask(a, (Tensor) in[0], (Tensor) in[1]);
            case "at" -> {
                if (value.equals("add")) {
                    Np.addAt(a, (Tensor) in[0], (Tensor) in[1]);
                } else {
                    Np.at(BinaryOp.valueOf(value.toUpperCase(Locale.ROOT)), a, (Tensor) in[0], (Tensor) in[1]);
                }
            }
            case "fill_diagonal" -> {
                boolean wrap = value.equals("true");
                boolean byDefault = value.equals("default");
                switch (in[0]) {
                    case Tensor t when byDefault -> Np.fillDiagonal(a, t);
                    case Tensor t -> Np.fillDiagonal(a, t, wrap);
                    case Double d when byDefault -> Np.fillDiagonal(a, (double) d);
                    case Double d -> Np.fillDiagonal(a, d, wrap);
                    case Long n when byDefault -> Np.fillDiagonal(a, (long) n);
                    case Long n -> Np.fillDiagonal(a, n, wrap);
                    default -> throw new IllegalArgumentException("scatter.csv: unknown val " + in[0]);
                }
            }
            default -> throw new IllegalArgumentException("scatter.csv: unknown op " + op);
        }
    }

    @Test
    void errorsNameTheOpAndWhatIsValid() {
        Tensor a = Np.zeros(new long[] {2, 3}, DType.FLOAT64);
        Tensor ind = i64(0, 6);
        Tensor v = f64(1, 2);
        throwsWith(IndexOutOfBoundsException.class, () -> Np.put(a, ind, v), "put", "index 6", "size 6",
                "valid: -6..5");
        throwsWith(IllegalArgumentException.class, () -> Np.put(a, ind, v, "nearest"), "put", "\"nearest\"",
                "\"raise\", \"wrap\" or \"clip\"");
        throwsWith(IllegalArgumentException.class, () -> Np.put(a, f64(0), v), "put", "float64", "astype");
        throwsWith(IndexOutOfBoundsException.class, () -> Np.putAlongAxis(a, i64(0, 3).reshape(1, 2), v, 1),
                "putAlongAxis", "index 3", "axis 1", "valid: -3..2");
        throwsWith(IllegalArgumentException.class, () -> Np.putAlongAxis(a, i64(0, 1).reshape(1, 2),
                f64(1, 2, 3), 1), "putAlongAxis", "(3,)", "(2, 2)");
        throwsWith(IllegalArgumentException.class, () -> Np.place(a, Np.ones(new long[] {5}, DType.BOOL), v),
                "place", "5 elements", "6");
        throwsWith(IllegalArgumentException.class, () -> Np.place(a, Np.ones(new long[] {6}, DType.BOOL),
                f64()), "place", "empty vals", "6 true positions");
        throwsWith(IllegalArgumentException.class, () -> Np.putmask(a.astype(DType.INT64),
                Np.ones(new long[] {6}, DType.BOOL), v), "putmask", "float64", "int64", "casting='safe'");
        throwsWith(IllegalArgumentException.class, () -> Np.at(BinaryOp.SUBTRACT, a, i64(0), v), "at",
                "ADD, MULTIPLY, MAXIMUM or MINIMUM", "SUBTRACT");
        throwsWith(IllegalArgumentException.class, () -> Np.addAt(a, i64(0, 1), f64(1, 2, 3, 4)), "add.at",
                "(4,)", "(2, 3)");
        throwsWith(IndexOutOfBoundsException.class, () -> Np.at(BinaryOp.MAXIMUM, a, i64(-3), f64(1)), "maximum.at",
                "index -3", "valid: -2..1");
        // NumPy 2.4 checks the indices of at even where a's rows are empty (found by the gather fuzz family)
        Tensor rowless = Np.zeros(3, 0);
        throwsWith(IndexOutOfBoundsException.class, () -> Np.addAt(rowless, i64(5), f64(1)), "add.at", "index 5",
                "size 3");
        throwsWith(IndexOutOfBoundsException.class, () -> Np.at(BinaryOp.MULTIPLY, rowless, i64(2, -4), f64(1)),
                "multiply.at", "index -4");
        Np.addAt(rowless, i64(2, -3), f64(1));
        assertArrayEquals(new long[] {3, 0}, rowless.shape());
        throwsWith(IllegalArgumentException.class, () -> Np.at(BinaryOp.MINIMUM, Np.arange(4).broadcastTo(4), i64(0),
                i64(-5)), "minimum.at", "read-only");
        throwsWith(IllegalArgumentException.class, () -> Np.fillDiagonal(f64(1, 2), 1.0), "fillDiagonal",
                "at least 2-d", "(2,)");
        throwsWith(IllegalArgumentException.class, () -> Np.fillDiagonal(Np.zeros(new long[] {2, 2, 3},
                DType.FLOAT64), 1.0), "fillDiagonal", "same length", "(2, 2, 3)");
        throwsWith(IllegalArgumentException.class, () -> Np.fillDiagonal(Np.zeros(new long[] {2, 2}, DType.INT32),
                Double.NaN), "fillDiagonal", "NaN", "int32");
        throwsWith(IllegalArgumentException.class, () -> Np.put(a.broadcastTo(2, 2, 3), ind, v), "put",
                "broadcast view");
        throwsWith(NullPointerException.class, () -> Np.put(null, ind, v), "put: a is null");
        throwsWith(NullPointerException.class, () -> Np.place(a, null, v), "place: mask is null");
        throwsWith(NullPointerException.class, () -> Np.at(null, a, ind, v), "at: op is null");
        Tensor closed = f64(1, 2);
        closed.close();
        throwsWith(IllegalStateException.class, () -> Np.putmask(a, Np.ones(new long[] {6}, DType.BOOL), closed),
                "putmask");
        throwsWith(IllegalStateException.class, () -> Np.addAt(closed, i64(0), v), "add.at");
        assertArrayEquals(new double[6], a.toDoubleArray(), 0.0, "no failed call wrote into a");
    }

    @Test
    void tensorsOnDifferentBackendsAreRejected() {
        Backend foreign = new ForeignBackend(backend());
        Tensor here = Np.zeros(new long[] {3}, DType.FLOAT64);
        Tensor there;
        try (var scope = Np.useBackend(foreign)) {
            there = Np.ones(3);
        }
        throwsWith(IllegalArgumentException.class, () -> Np.put(here, i64(0), there), "put: tensors are on different");
        throwsWith(IllegalArgumentException.class, () -> Np.addAt(there, i64(0), here), "add.at: tensors are on");
        throwsWith(IllegalArgumentException.class, () -> Np.fillDiagonal(here.reshape(1, 3), there), "fillDiagonal");
    }

    @Test
    void valuesOverlappingTheTargetAreReadBeforeAnyWrite() {
        // NumPy's put copies v first, as here; its place reads vals while writing ([0 0 0 3] for
        // this case): jtensor reads them first (documented on Np.place)
        Tensor a = f64(0, 1, 2, 3);
        Np.put(a, i64(1, 2), a);
        assertArrayEquals(new double[] {0, 0, 1, 3}, a.toDoubleArray(), 0.0, "put");
        Tensor b = f64(0, 1, 2, 3);
        Np.place(b, Np.array(new boolean[] {false, true, true, false}), b);
        assertArrayEquals(new double[] {0, 0, 1, 3}, b.toDoubleArray(), 0.0, "place");
        Tensor c = f64(0, 1, 2, 3);
        Np.putmask(c, Np.array(new boolean[] {false, true, true, true}), c.slice(0, END, START, -1));
        assertArrayEquals(new double[] {0, 2, 1, 0}, c.toDoubleArray(), 0.0, "putmask");
    }

    @Test
    void manyRepeatsOfOnePositionAccumulateInOrder() {
        // 2000 rounds for one slot next to slots seen once: the prefix-by-multiplicity schedule
        int n = 2000;
        long[] indices = new long[n + 2];
        double[] values = new double[n + 2];
        double expected = 0.5;
        for (int i = 0; i < n; i++) {
            indices[i] = 1;
            values[i] = i % 3 == 0 ? 1e16 : i % 3 == 1 ? 1.0 : -1e16 + 3.0;
            expected += values[i];
        }
        indices[n] = 0;
        values[n] = 7;
        indices[n + 1] = 2;
        values[n + 1] = -7;
        Tensor a = f64(0, 0.5, 0);
        Np.addAt(a, Np.array(indices), Np.array(values));
        assertArrayEquals(new double[] {7, expected, -7}, a.toDoubleArray(), 0.0);
    }
}
