package io.jtensor.conformance;

import io.jtensor.DType;
import io.jtensor.Np;
import io.jtensor.Tensor;
import io.jtensor.conformance.ReferenceData.Row;
import io.jtensor.op.BinaryOp;
import io.jtensor.op.RowOp;
import io.jtensor.op.UnaryOp;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static io.jtensor.conformance.ReferenceData.axes;
import static io.jtensor.conformance.ReferenceData.dtype;
import static io.jtensor.conformance.ReferenceData.named;
import static io.jtensor.conformance.ReferenceData.parseDouble;
import static io.jtensor.conformance.ReferenceData.parseShape;
import static io.jtensor.conformance.ReferenceData.tokens;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Replays the NumPy reference files of {@code src/test/resources/reference/} (written by
 * {@code tests/reference/generate.py}): every line is one case, so adding a case is adding a line.
 * Lines are grouped per op and type into one test each, and every group runs through the public
 * {@code Np} API in several layouts and forms: contiguous, strided, reversed, tiled to thousands
 * of elements (so vector loops and threads are used), into an {@code out=} tensor, in place, with
 * a {@code where=} mask (with and without out), and through every overload ({@code f(double)},
 * {@code sum(x)}, {@code sum(x, axis)}, ...).
 *
 * <p>Covers: the 41 unary ufuncs on every dtype and special value (NaN, ±Inf, -0.0, subnormals,
 * overflow and underflow thresholds, integer limits); the 34 binary ufuncs on every dtype pair;
 * weak Java scalars; the full result-type table; every reduction over every axis combination with
 * keepdims and ddof; softmax / log-softmax / log-sum-exp; matmul / dot / outer / norm; astype and
 * the to*Array conversions; creation functions; toString against NumPy's str.
 */
public abstract class ReferenceConformance extends ConformanceCase {

    private static Stream<Arguments> groups(String file, String... keys) {
        return ReferenceData.groupArguments(file, r -> {
            StringBuilder k = new StringBuilder();
            for (String key : keys) {
                k.append(r.get(key)).append(' ');
            }
            return k.toString().trim();
        });
    }

    private static String lines(List<Row> rows) {
        return rows.getFirst().table().file() + ":" + rows.getFirst().line() + "-" + rows.getLast().line();
    }

    private static String[] column(List<Row> rows, String name) {
        return rows.stream().map(r -> r.get(name)).toArray(String[]::new);
    }

    private static String[] repeat(String[] values, int times) {
        String[] out = new String[values.length * times];
        for (int i = 0; i < times; i++) {
            System.arraycopy(values, 0, out, i * values.length, values.length);
        }
        return out;
    }

    private static String[] reversed(String[] values) {
        String[] out = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[values.length - 1 - i];
        }
        return out;
    }

    /** values interleaved with a filler, so that {@code slice(0, 1, MAX, 2)} of it is values again. */
    private static String[] interleaved(String[] values, DType dtype) {
        String filler = dtype == DType.BOOL ? "false" : "7";
        String[] out = new String[values.length * 2 + 1];
        Arrays.fill(out, filler);
        for (int i = 0; i < values.length; i++) {
            out[2 * i + 1] = values[i];
        }
        return out;
    }

    /** Enough repetitions to reach at least 4099 elements (vector bodies, tails and threads). */
    private static int tiles(int n) {
        return Math.max(1, (4099 + n - 1) / n);
    }

    // ---- unary ----------------------------------------------------------------------------------

    static Stream<Arguments> unaryGroups() {
        return groups("unary.csv", "op", "dtype");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unaryGroups")
    void unary(String key, List<Row> rows) {
        UnaryOp op = Ops.unaryOp(rows.getFirst().get("op"));
        Ops.Unary f = Ops.UNARY.get(op);
        DType in = dtype(rows.getFirst().get("dtype"));
        DType out = dtype(rows.getFirst().get("result_dtype"));
        String[] inputs = column(rows, "input");
        String[] expected = column(rows, "expected");
        Tolerance tol = out.isFloatingPoint() ? unaryTolerance(op, out) : Tolerance.EXACT;
        int n = inputs.length;
        String where = lines(rows) + " " + key;

        Tensor x = ReferenceData.tensor(in, shape(n), inputs);
        Tensor y = f.plain().apply(x);
        assertOnBackend(where, y);
        Check.tokens(where, y, out, shape(n), expected, tol, 0, inputs);
        Check.tokens(where + " (input unchanged)", x, in, shape(n), inputs, Tolerance.EXACT, 0);

        Tensor wide = ReferenceData.tensor(in, shape(2L * n + 1), interleaved(inputs, in));
        Check.tokens(where + " on a stride-2 view", f.plain().apply(wide.slice(0, 1, Long.MAX_VALUE, 2)), out,
                shape(n), expected, tol, 0, inputs);
        Check.tokens(where + " on a reversed view", f.plain().apply(x.slice(0, Long.MAX_VALUE, Long.MIN_VALUE, -1)),
                out, shape(n), reversed(expected), tol, 0, reversed(inputs));
        int times = tiles(n);
        Tensor tiled = ReferenceData.tensor(in, shape((long) n * times), repeat(inputs, times));
        Check.tokens(where + " tiled x" + times, f.plain().apply(tiled), out, shape((long) n * times),
                repeat(expected, times), tol, 0, repeat(inputs, times));

        Tensor target = Np.zeros(shape(n), out);
        assertSame(target, f.out().apply(x, target), "f(x, out) returns out");
        Check.tokens(where + " into out", target, out, shape(n), expected, tol, 0, inputs);
        if (out == in) {
            Tensor inPlace = x.copy();
            assertSame(inPlace, f.out().apply(inPlace, inPlace), "f(x, x) returns x");
            Check.tokens(where + " in place", inPlace, out, shape(n), expected, tol, 0, inputs);
        }
        Tensor mask = everyThirdFalse(n);
        Tensor kept = Np.full(shape(n), 3, out);
        assertSame(kept, f.where().apply(x, kept, mask), "f(x, out, where) returns out");
        Check.tokens(where + " with where= into out", kept, out, shape(n), masked(expected, sentinel(out, 3)), tol, 0,
                inputs);
        Check.tokens(where + " with where= and no out", f.where().apply(x, null, mask), out, shape(n),
                masked(expected, sentinel(out, 0)), tol, 0, inputs);

        if (in == DType.INT64 && f.integer() != null) {
            long[] e = new long[n];
            long[] a = new long[n];
            for (int i = 0; i < n; i++) {
                e[i] = ReferenceData.parseLong(expected[i]);
                a[i] = f.integer().applyAsLong(ReferenceData.parseLong(inputs[i]));
            }
            Check.compareLongs(where + " as Np." + op.name().toLowerCase() + "(long)", shape(n), e, a, inputs);
        }
        if (in == DType.FLOAT64) {
            double[] e = new double[n];
            double[] a = new double[n];
            for (int i = 0; i < n; i++) {
                e[i] = parseDouble(expected[i]);
                a[i] = f.scalar().applyAsDouble(parseDouble(inputs[i]));
            }
            Check.compareDoubles(where + " as Np." + op.name().toLowerCase() + "(double)", shape(n), DType.FLOAT64, e, a,
                    tol, 0, inputs);
        }
    }

    // ---- binary ---------------------------------------------------------------------------------

    static Stream<Arguments> binaryGroups() {
        return groups("binary.csv", "op", "a_dtype", "b_dtype");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("binaryGroups")
    void binary(String key, List<Row> rows) {
        BinaryOp op = Ops.binaryOp(rows.getFirst().get("op"));
        Ops.Binary f = Ops.BINARY.get(op);
        DType da = dtype(rows.getFirst().get("a_dtype"));
        DType db = dtype(rows.getFirst().get("b_dtype"));
        DType out = dtype(rows.getFirst().get("result_dtype"));
        String[] as = column(rows, "a");
        String[] bs = column(rows, "b");
        String[] expected = column(rows, "expected");
        String[] labels = new String[as.length];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = as[i] + ", " + bs[i];
        }
        Tolerance tol = out.isFloatingPoint() ? binaryTolerance(op, out) : Tolerance.EXACT;
        int n = as.length;
        String where = lines(rows) + " " + key;

        Tensor a = ReferenceData.tensor(da, shape(n), as);
        Tensor b = ReferenceData.tensor(db, shape(n), bs);
        Tensor y = f.plain().apply(a, b);
        assertOnBackend(where, y);
        Check.tokens(where, y, out, shape(n), expected, tol, 0, labels);
        Check.tokens(where + " on reversed views", f.plain().apply(a.slice(0, Long.MAX_VALUE, Long.MIN_VALUE, -1),
                b.slice(0, Long.MAX_VALUE, Long.MIN_VALUE, -1)), out, shape(n), reversed(expected), tol, 0,
                reversed(labels));
        int times = tiles(n);
        Check.tokens(where + " tiled x" + times, f.plain().apply(
                        ReferenceData.tensor(da, shape((long) n * times), repeat(as, times)),
                        ReferenceData.tensor(db, shape((long) n * times), repeat(bs, times))),
                out, shape((long) n * times), repeat(expected, times), tol, 0, repeat(labels, times));
        Tensor target = Np.zeros(shape(n), out);
        assertSame(target, f.out().apply(a, b, target), "f(a, b, out) returns out");
        Check.tokens(where + " into out", target, out, shape(n), expected, tol, 0, labels);
        if (out == da) {
            Tensor inPlace = a.copy();
            f.out().apply(inPlace, b, inPlace);
            Check.tokens(where + " in place into a", inPlace, out, shape(n), expected, tol, 0, labels);
        }
        Tensor mask = everyThirdFalse(n);
        Tensor kept = Np.full(shape(n), 3, out);
        assertSame(kept, f.where().apply(a, b, kept, mask), "f(a, b, out, where) returns out");
        Check.tokens(where + " with where= into out", kept, out, shape(n), masked(expected, sentinel(out, 3)), tol, 0,
                labels);
        Check.tokens(where + " with where= and no out", f.where().apply(a, b, null, mask), out, shape(n),
                masked(expected, sentinel(out, 0)), tol, 0, labels);
    }

    /** The suite's tolerance of a unary op; for float16, its float32 one carried over ({@link Tolerance#forFloat16}). */
    private Tolerance unaryTolerance(UnaryOp op, DType out) {
        return out == DType.FLOAT16 ? suite().unaryTolerance(op, DType.FLOAT32).forFloat16()
                : suite().unaryTolerance(op, out);
    }

    /** The suite's tolerance of a binary op; for float16, its float32 one carried over. */
    private Tolerance binaryTolerance(BinaryOp op, DType out) {
        return out == DType.FLOAT16 ? suite().binaryTolerance(op, DType.FLOAT32).forFloat16()
                : suite().binaryTolerance(op, out);
    }

    /** A bool mask of length n, false at every index divisible by 3. */
    private static Tensor everyThirdFalse(int n) {
        boolean[] m = new boolean[n];
        for (int i = 0; i < n; i++) {
            m[i] = i % 3 != 0;
        }
        return Np.array(m);
    }

    /** expected with the positions everyThirdFalse masks out replaced by a value. */
    private static String[] masked(String[] expected, String value) {
        String[] out = expected.clone();
        for (int i = 0; i < out.length; i += 3) {
            out[i] = value;
        }
        return out;
    }

    /** The token Np.full(shape, v, type) holds. */
    private static String sentinel(DType type, int v) {
        return type == DType.BOOL ? Boolean.toString(v != 0) : type.isFloatingPoint() ? v + ".0" : Integer.toString(v);
    }

    // ---- weak scalars ---------------------------------------------------------------------------

    static Stream<Arguments> scalarGroups() {
        return groups("scalars.csv", "op", "dtype", "scalar_kind");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scalarGroups")
    void weakScalars(String key, List<Row> rows) {
        List<Executable> checks = new ArrayList<>();
        for (Row row : rows) {
            checks.add(() -> {
                BinaryOp op = Ops.binaryOp(row.get("op"));
                Ops.Binary f = Ops.BINARY.get(op);
                DType in = dtype(row.get("dtype"));
                String[] values = tokens(row.get("tensor"));
                Tensor x = ReferenceData.tensor(in, shape(values.length), values);
                boolean right = row.get("side").equals("right");
                Tensor[] result = new Tensor[1];
                Executable apply;
                String call;
                if (row.get("scalar_kind").equals("double")) {
                    double s = parseDouble(row.get("scalar"));
                    apply = () -> result[0] = right ? f.tensorDouble().apply(x, s) : f.doubleTensor().apply(s, x);
                    call = right ? op.numpyName() + "(tensor, " + s + ")" : op.numpyName() + "(" + s + ", tensor)";
                } else {
                    long s = Long.parseLong(row.get("scalar"));
                    apply = () -> result[0] = right ? f.tensorLong().apply(x, s) : f.longTensor().apply(s, x);
                    call = right ? op.numpyName() + "(tensor, " + s + "L)" : op.numpyName() + "(" + s + "L, tensor)";
                }
                if (row.get("result_dtype").equals("error")) {
                    // NumPy's OverflowError (an int out of the tensor type's range) or ValueError
                    // (an integer to a negative integer power): the message names the op and the value
                    String scalar = row.get("scalar");
                    String[] parts = row.get("expected").equals("OverflowError")
                            ? new String[] {op.numpyName() + ": Java integer " + scalar + " is out of bounds for "
                                    + in.numpyName(), "valid: "}
                            : new String[] {op.numpyName() + ": integers to negative integer powers are not allowed"};
                    Check.throwsWith(IllegalArgumentException.class, apply, parts);
                    return;
                }
                apply.execute();
                Tensor y = result[0];
                DType out = dtype(row.get("result_dtype"));
                Tolerance tol = out.isFloatingPoint() ? binaryTolerance(op, out) : Tolerance.EXACT;
                assertOnBackend(row.where(), y);
                Check.tokens(row.where() + " " + call + " with " + in.numpyName() + " " + Arrays.toString(values), y,
                        out, shape(values.length), tokens(row.get("expected")), tol, 0, values);
            });
        }
        assertAll(key, checks.stream());
    }

    // ---- result types ---------------------------------------------------------------------------

    static Stream<Arguments> promotionGroups() {
        return groups("promotion.csv", "kind", "op");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("promotionGroups")
    void resultTypes(String key, List<Row> rows) {
        List<Executable> checks = new ArrayList<>();
        for (Row row : rows) {
            checks.add(() -> {
                String kind = row.get("kind");
                String op = row.get("op");
                DType a = dtype(row.get("a_dtype"));
                String result = row.get("result_dtype");
                Executable call;
                Tensor[] holder = new Tensor[1];
                switch (kind) {
                    case "binary" -> {
                        DType b = dtype(row.get("b_dtype"));
                        call = () -> holder[0] = Ops.BINARY.get(Ops.binaryOp(op)).plain().apply(Np.ones(shape(2), a),
                                Np.ones(shape(2), b));
                    }
                    case "unary" -> call = () -> holder[0] = Ops.UNARY.get(Ops.unaryOp(op)).plain()
                            .apply(Np.ones(shape(2), a));
                    case "reduce" -> call = () -> holder[0] = Ops.reduceAll(op, Np.ones(shape(2, 2), a));
                    case "linalg" -> {
                        DType b = dtype(row.get("b_dtype"));
                        call = () -> holder[0] = switch (op) {
                            case "matmul" -> Np.matmul(Np.ones(shape(2, 2), a), Np.ones(shape(2, 2), b));
                            case "dot" -> Np.dot(Np.ones(shape(2, 2), a), Np.ones(shape(2, 2), b));
                            default -> Np.outer(Np.ones(shape(2, 2), a), Np.ones(shape(2, 2), b));
                        };
                    }
                    default -> throw new IllegalArgumentException(kind);
                }
                String what = row.where() + " " + kind + " " + op + "(" + a.numpyName()
                        + (row.get("b_dtype").equals("-") ? "" : ", " + row.get("b_dtype")) + ")";
                if (result.equals("error")) {
                    Check.throwsWith(IllegalArgumentException.class, call, op + ":");
                } else {
                    call.execute();
                    assertEquals(dtype(result), holder[0].dtype(), what);
                    assertOnBackend(what, holder[0]);
                }
            });
        }
        assertAll(key, checks.stream());
    }

    // ---- reductions -----------------------------------------------------------------------------

    static Stream<Arguments> reductionGroups() {
        return groups("reductions.csv", "op", "tensor");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reductionGroups")
    void reductions(String key, List<Row> rows) {
        List<Executable> checks = new ArrayList<>();
        for (Row row : rows) {
            checks.add(() -> {
                String op = row.get("op");
                Tensor x = named(row.get("tensor"));
                String axesField = row.get("axes");
                int[] axes = axes(axesField);
                boolean keepdims = Boolean.parseBoolean(row.get("keepdims"));
                int ddof = Integer.parseInt(row.get("ddof"));
                String what = row.where() + " " + op + "(" + row.get("tensor") + ", axes=" + axesField + ", keepdims="
                        + keepdims + (ddof != 0 ? ", ddof=" + ddof : "") + ")";
                if (row.get("result_dtype").equals("error")) {
                    Check.throwsWith(IllegalArgumentException.class, () -> Ops.reduce(op, x, axes, keepdims, ddof),
                            op + ":");
                    return;
                }
                DType out = dtype(row.get("result_dtype"));
                Tolerance tol = out.isFloatingPoint() ? suite().reductionTolerance(op, out) : Tolerance.EXACT;
                long[] shape = parseShape(row.get("shape"));
                String[] expected = tokens(row.get("expected"));
                double scale = parseDouble(row.get("scale"));
                Tensor general = Ops.reduce(op, x, axes, keepdims, ddof);
                assertOnBackend(what, general);
                Check.tokens(what, general, out, shape, expected, tol, scale);
                if (!keepdims && ddof == 0 && axes == null) {
                    Check.tokens(what + " via " + op + "(x)", Ops.reduceAll(op, x), out, shape, expected, tol, scale);
                } else if (!keepdims && ddof == 0 && axes.length == 1 && !axesField.contains(";")) {
                    Check.tokens(what + " via " + op + "(x, axis)", Ops.reduceAxis(op, x, axes[0]), out, shape,
                            expected, tol, scale);
                }
            });
        }
        assertAll(key, checks.stream());
    }

    // ---- softmax family -------------------------------------------------------------------------

    static Stream<Arguments> rowGroups() {
        return groups("rows.csv", "op", "tensor");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rowGroups")
    void softmaxFamily(String key, List<Row> rows) {
        List<Executable> checks = new ArrayList<>();
        for (Row row : rows) {
            checks.add(() -> {
                String op = row.get("op");
                Tensor x = named(row.get("tensor"));
                int[] axes = axes(row.get("axes"));
                boolean keepdims = Boolean.parseBoolean(row.get("keepdims"));
                DType out = dtype(row.get("result_dtype"));
                long[] shape = parseShape(row.get("shape"));
                String[] expected = tokens(row.get("expected"));
                double scale = parseDouble(row.get("scale"));
                String what = row.where() + " " + op + "(" + row.get("tensor") + ", " + row.get("axes")
                        + (keepdims ? ", keepdims" : "") + ")";
                RowOp rowOp = switch (op) {
                    case "softmax" -> RowOp.SOFTMAX;
                    case "log_softmax" -> RowOp.LOG_SOFTMAX;
                    default -> RowOp.LOG_SUM_EXP;
                };
                Tolerance tol = suite().rowTolerance(rowOp, out);
                Tensor y = switch (rowOp) {
                    case SOFTMAX -> Np.softmax(x, axes[0]);
                    case LOG_SOFTMAX -> Np.logSoftmax(x, axes[0]);
                    case LOG_SUM_EXP -> Np.logSumExp(x, axes, keepdims);
                };
                assertOnBackend(what, y);
                Check.tokens(what, y, out, shape, expected, tol, scale);
                if (rowOp == RowOp.LOG_SUM_EXP && axes == null && !keepdims) {
                    Check.tokens(what + " via logSumExp(x)", Np.logSumExp(x), out, shape, expected, tol, scale);
                }
            });
        }
        assertAll(key, checks.stream());
    }

    // ---- linear algebra -------------------------------------------------------------------------

    static Stream<Arguments> linalgGroups() {
        return groups("linalg.csv", "op", "a");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("linalgGroups")
    void linearAlgebra(String key, List<Row> rows) {
        List<Executable> checks = new ArrayList<>();
        for (Row row : rows) {
            checks.add(() -> {
                String op = row.get("op");
                Tensor a = named(row.get("a"));
                DType out = dtype(row.get("result_dtype"));
                long[] shape = parseShape(row.get("shape"));
                String[] expected = tokens(row.get("expected"));
                double scale = parseDouble(row.get("scale"));
                Tolerance tol = out.isFloatingPoint() ? suite().linalgTolerance(op, out) : Tolerance.EXACT;
                String what = row.where() + " " + op + "(" + row.get("a") + ", " + row.get("b") + ", "
                        + row.get("args") + ")";
                List<Tensor> results = new ArrayList<>();
                switch (op) {
                    case "matmul" -> results.add(Np.matmul(a, named(row.get("b"))));
                    case "dot" -> results.add(Np.dot(a, named(row.get("b"))));
                    case "outer" -> results.add(Np.outer(a, named(row.get("b"))));
                    case "norm" -> {
                        String[] args = row.get("args").split(";");
                        int[] axes = axes(args[1]);
                        boolean keepdims = Boolean.parseBoolean(args[2]);
                        switch (args[0]) {
                            case "none" -> {
                                if (axes == null) {
                                    results.add(Np.norm(a));
                                } else if (axes.length == 1) {
                                    results.add(Np.norm(a, 2.0, axes, keepdims));
                                } else {
                                    results.add(Np.norm(a, "fro", axes, keepdims));
                                }
                            }
                            case "fro", "nuc" -> results.add(Np.norm(a, args[0], axes, keepdims));
                            default -> {
                                double ord = parseDouble(args[0]);
                                results.add(Np.norm(a, ord, axes, keepdims));
                                if (axes == null && !keepdims) {
                                    results.add(Np.norm(a, ord));
                                }
                            }
                        }
                    }
                    default -> throw new IllegalArgumentException(op);
                }
                for (Tensor y : results) {
                    assertOnBackend(what, y);
                    Check.tokens(what, y, out, shape, expected, tol, scale);
                }
            });
        }
        assertAll(key, checks.stream());
    }

    // ---- astype and host conversions ------------------------------------------------------------

    static Stream<Arguments> astypeRows() {
        return groups("astype.csv", "dtype", "target");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("astypeRows")
    void astype(String key, List<Row> rows) {
        Row row = rows.getFirst();
        DType from = dtype(row.get("dtype"));
        DType to = dtype(row.get("target"));
        String[] values = tokens(row.get("values"));
        String[] expected = tokens(row.get("expected"));
        long[] shape = shape(values.length);
        String what = row.where() + " astype " + from.numpyName() + " -> " + to.numpyName();
        Tensor x = ReferenceData.tensor(from, shape, values);
        Tensor y = x.astype(to);
        assertOnBackend(what, y);
        Check.tokens(what, y, to, shape, expected, Tolerance.EXACT, 0, values);
        Check.tokens(what + " (strided source)", ReferenceData.tensor(from, shape(values.length * 2L + 1),
                interleaved(values, from)).slice(0, 1, Long.MAX_VALUE, 2).astype(to), to, shape, expected,
                Tolerance.EXACT, 0, values);
        // the host conversions convert as astype does
        switch (to) {
            case FLOAT64 -> {
                double[] e = Arrays.stream(expected).mapToDouble(ReferenceData::parseDouble).toArray();
                Check.compareDoubles(what + " toDoubleArray", shape, to, e, x.toDoubleArray(), Tolerance.EXACT, 0,
                        values);
            }
            case FLOAT32 -> {
                float[] f = x.toFloatArray();
                double[] a = new double[f.length];
                for (int i = 0; i < f.length; i++) {
                    a[i] = f[i];
                }
                double[] e = Arrays.stream(expected).mapToDouble(ReferenceData::parseDouble).toArray();
                Check.compareDoubles(what + " toFloatArray", shape, to, e, a, Tolerance.EXACT, 0, values);
            }
            case INT32 -> {
                long[] a = Arrays.stream(x.toIntArray()).asLongStream().toArray();
                Check.compareLongs(what + " toIntArray", shape,
                        Arrays.stream(expected).mapToLong(ReferenceData::parseLong).toArray(), a, values);
            }
            case INT64 -> Check.compareLongs(what + " toLongArray", shape,
                    Arrays.stream(expected).mapToLong(ReferenceData::parseLong).toArray(), x.toLongArray(), values);
            case BOOL -> {
                boolean[] b = x.toBooleanArray();
                long[] a = new long[b.length];
                for (int i = 0; i < b.length; i++) {
                    a[i] = b[i] ? 1 : 0;
                }
                Check.compareLongs(what + " toBooleanArray", shape,
                        Arrays.stream(expected).mapToLong(ReferenceData::parseLong).toArray(), a, values);
            }
        }
    }

    // ---- creation -------------------------------------------------------------------------------

    static Stream<Arguments> nanReductionGroups() {
        return groups("nan_reductions.csv", "op", "result_dtype");
    }

    /** nansum, nanprod, nanmean, nanmax, nanmin; exact (the sums are of small integers), zero sign unchecked. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("nanReductionGroups")
    void nanReductions(String key, List<Row> rows) {
        List<Executable> checks = new ArrayList<>();
        for (Row row : rows) {
            checks.add(() -> {
                String op = row.get("op");
                int[] axes = axes(row.get("axes"));
                boolean keepdims = Boolean.parseBoolean(row.get("keepdims"));
                String what = row.where() + " " + op + "(" + row.get("inputs") + ", axes=" + row.get("axes")
                        + ", keepdims=" + keepdims + ")";
                Tensor x = (Tensor) ManipulationConformance.operand(row.get("inputs"));
                Tensor result = switch (op) {
                    case "nansum" -> Np.nansum(x, axes, keepdims);
                    case "nanprod" -> Np.nanprod(x, axes, keepdims);
                    case "nanmean" -> Np.nanmean(x, axes, keepdims);
                    case "nanmax" -> Np.nanmax(x, axes, keepdims);
                    default -> Np.nanmin(x, axes, keepdims);
                };
                assertOnBackend(what, result);
                DType out = dtype(row.get("result_dtype"));
                Tolerance tol = op.equals("nanmean") && out.isFloatingPoint() ? Tolerance.ulps(1).ignoringZeroSign()
                        : Tolerance.EXACT.ignoringZeroSign();
                Check.tokens(what, result, out, parseShape(row.get("result_shape")), tokens(row.get("expected")),
                        tol, 0);
                if (axes == null && !keepdims) {
                    Tensor all = switch (op) {
                        case "nansum" -> Np.nansum(x);
                        case "nanprod" -> Np.nanprod(x);
                        case "nanmean" -> Np.nanmean(x);
                        case "nanmax" -> Np.nanmax(x);
                        default -> Np.nanmin(x);
                    };
                    Check.tokens(what + " (x)", all, out, parseShape(row.get("result_shape")),
                            tokens(row.get("expected")), tol, 0);
                }
            });
        }
        assertAll(key, checks.stream());
    }

    static Stream<Arguments> iscloseGroups() {
        return groups("isclose.csv", "a_dtype", "b_dtype");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("iscloseGroups")
    void isclose(String key, List<Row> rows) {
        List<Executable> checks = new ArrayList<>();
        for (Row row : rows) {
            checks.add(() -> {
                double rtol = parseDouble(row.get("rtol"));
                double atol = parseDouble(row.get("atol"));
                boolean equalNan = Boolean.parseBoolean(row.get("equal_nan"));
                String what = row.where() + " isclose(rtol=" + rtol + ", atol=" + atol + ", equal_nan=" + equalNan + ")";
                Tensor a = ReferenceData.tensor(dtype(row.get("a_dtype")), parseShape(row.get("a_shape")),
                        tokens(row.get("a")));
                Tensor b = ReferenceData.tensor(dtype(row.get("b_dtype")), parseShape(row.get("b_shape")),
                        tokens(row.get("b")));
                long[] shape = parseShape(row.get("result_shape"));
                String[] expected = tokens(row.get("expected"));
                boolean all = Boolean.parseBoolean(row.get("allclose"));
                Tensor close = Np.isclose(a, b, rtol, atol, equalNan);
                assertOnBackend(what, close);
                Check.tokens(what, close, DType.BOOL, shape, expected, Tolerance.EXACT, 0);
                assertEquals(all, Np.allclose(a, b, rtol, atol, equalNan), what + ": allclose");
                if (rtol == Np.DEFAULT_RTOL && atol == Np.DEFAULT_ATOL && !equalNan) {
                    Check.tokens(what + " with the defaults", Np.isclose(a, b), DType.BOOL, shape, expected,
                            Tolerance.EXACT, 0);
                    assertEquals(all, Np.allclose(a, b), what + ": allclose with the defaults");
                }
            });
        }
        assertAll(key, checks.stream());
    }

    static Stream<Arguments> creationGroups() {
        return groups("creation.csv", "kind");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("creationGroups")
    void creation(String key, List<Row> rows) {
        List<Executable> checks = new ArrayList<>();
        for (Row row : rows) {
            checks.add(() -> {
                String[] args = row.get("args").split(" ");
                DType out = dtype(row.get("result_dtype"));
                long[] shape = parseShape(row.get("shape"));
                String[] expected = tokens(row.get("expected"));
                String what = row.where() + " " + row.get("kind") + "(" + row.get("args") + ")";
                List<Tensor> results = new ArrayList<>();
                switch (row.get("kind")) {
                    case "arange_long" -> {
                        long[] l = Arrays.stream(args).mapToLong(Long::parseLong).toArray();
                        results.add(switch (l.length) {
                            case 1 -> Np.arange(l[0]);
                            case 2 -> Np.arange(l[0], l[1]);
                            default -> Np.arange(l[0], l[1], l[2]);
                        });
                    }
                    case "arange_double" -> results.add(Np.arange(parseDouble(args[0]), parseDouble(args[1]),
                            parseDouble(args[2])));
                    case "linspace" -> {
                        double start = parseDouble(args[0]);
                        double stop = parseDouble(args[1]);
                        long num = Long.parseLong(args[2]);
                        boolean endpoint = Boolean.parseBoolean(args[3]);
                        results.add(Np.linspace(start, stop, num, endpoint));
                        if (endpoint) {
                            results.add(Np.linspace(start, stop, num));
                        }
                    }
                    case "eye" -> {
                        long n = Long.parseLong(args[0]);
                        long m = Long.parseLong(args[1]);
                        long k = Long.parseLong(args[2]);
                        results.add(Np.eye(n, m, k, dtype(args[3])));
                        if (n == m && k == 0 && args[3].equals("float64")) {
                            results.add(Np.eye(n));
                        }
                        if (n == m && k == 0 && (args[3].equals("float16") || dtype(args[3]).isInteger())) {
                            results.add(Np.identity(n, dtype(args[3])));
                        }
                    }
                    case "full" -> {
                        long[] s = parseShape(args[0]);
                        double v = parseDouble(args[1]);
                        results.add(Np.full(s, v, dtype(args[2])));
                        if (args[2].equals("float64")) {
                            results.add(Np.full(s, v));
                        }
                        if (args[2].equals("float16")) {
                            try (Tensor like = Np.zeros(s, DType.INT32)) {
                                results.add(Np.fullLike(like, v, DType.FLOAT16));
                            }
                        }
                        if (dtype(args[2]).isInteger() && dtype(args[2]).computeType() != dtype(args[2])) {
                            // the small integer types: fullLike with the type given and taken from x
                            try (Tensor like = Np.zeros(s, DType.FLOAT32);
                                 Tensor same = Np.zeros(s, dtype(args[2]))) {
                                results.add(Np.fullLike(like, v, dtype(args[2])));
                                results.add(Np.fullLike(same, v));
                            }
                        }
                    }
                    default -> throw new IllegalArgumentException(row.get("kind"));
                }
                for (Tensor y : results) {
                    assertOnBackend(what, y);
                    Check.tokens(what, y, out, shape, expected, Tolerance.EXACT, 0);
                }
            });
        }
        assertAll(key, checks.stream());
    }

    // ---- toString -------------------------------------------------------------------------------

    static Stream<Arguments> formatRows() {
        return groups("format.csv", "tensor");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formatRows")
    void printsAsNumPy(String key, List<Row> rows) {
        Row row = rows.getFirst();
        Tensor x = named(row.get("tensor"));
        assertEquals(row.get("str").replace("\\n", "\n"), x.toString(), row.where() + " str(" + key + ")");
    }

    /** The reference files parse and every tensor they name exists (guards the generator). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("allFiles")
    void referenceFilesAreWellFormed(String file, List<String> tensorColumns) {
        ReferenceData.Table table = ReferenceData.table(file);
        assertFalse(table.rows().isEmpty(), file + " has cases");
        for (String column : tensorColumns) {
            for (Row row : table.rows()) {
                String ref = row.get(column);
                if (!ref.equals("-")) {
                    ReferenceData.namedDtype(ref);
                }
            }
        }
        assertThrows(IllegalArgumentException.class, () -> ReferenceData.namedDtype("no-such-tensor"));
    }

    static Stream<Arguments> allFiles() {
        return Stream.of(
                Arguments.of("unary.csv", List.of()), Arguments.of("binary.csv", List.of()),
                Arguments.of("scalars.csv", List.of()), Arguments.of("promotion.csv", List.of()),
                Arguments.of("reductions.csv", List.of("tensor")), Arguments.of("rows.csv", List.of("tensor")),
                Arguments.of("linalg.csv", List.of("a", "b")), Arguments.of("astype.csv", List.of()),
                Arguments.of("creation.csv", List.of()), Arguments.of("format.csv", List.of("tensor")),
                Arguments.of("tensors.csv", List.of()), Arguments.of("tutorial.csv", List.of()),
                Arguments.of("isclose.csv", List.of()), Arguments.of("nan_reductions.csv", List.of()));
    }
}
