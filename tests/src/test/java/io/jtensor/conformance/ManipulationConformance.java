package io.jtensor.conformance;

import io.jtensor.DType;
import io.jtensor.Np;
import io.jtensor.Tensor;
import io.jtensor.backend.Backend;
import io.jtensor.conformance.ReferenceData.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import static io.jtensor.DType.BOOL;
import static io.jtensor.DType.FLOAT32;
import static io.jtensor.DType.FLOAT64;
import static io.jtensor.DType.INT32;
import static io.jtensor.DType.INT64;
import static io.jtensor.conformance.Check.throwsWith;
import static io.jtensor.conformance.ReferenceData.dtype;
import static io.jtensor.conformance.ReferenceData.parseShape;
import static io.jtensor.conformance.ReferenceData.tokens;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Array manipulation: concatenate (also flattened), stack, hstack, vstack, split, arraySplit,
 * copyto, clip and {@code Tensor.fill}. The NumPy reference file {@code manipulation.csv} (written
 * by {@code tests/reference/generate.py manipulation}) is replayed line by line: values, result
 * types, shapes, views as inputs (transposed, reversed, strided, broadcast), 0-length axes,
 * NaN/±Inf/-0.0, weak Java scalars, and the cases NumPy rejects (jtensor must reject them too).
 * The hand-written cases below cover what a file cannot: split pieces sharing memory with their
 * base, out= (aliasing included), copyto into views, tensors large enough for vector loops and
 * threads, and every error message.
 */
public abstract class ManipulationConformance extends ConformanceCase {

    private static final long END = Long.MAX_VALUE;
    private static final long START = Long.MIN_VALUE;

    private static IllegalArgumentException iae(Executable code, String... fragments) {
        return throwsWith(IllegalArgumentException.class, code, fragments);
    }

    // ---- the NumPy reference file ---------------------------------------------------------------

    static Stream<Arguments> referenceGroups() {
        return ReferenceData.groupArguments("manipulation.csv", r -> r.get("op") + " " + r.get("result_dtype"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("referenceGroups")
    void reference(String key, List<Row> rows) {
        assertAll(rows.stream().map(row -> () -> replay(row)));
    }

    /** An operand of a line: a Tensor, a Double / Long / Boolean weak scalar, or null (none). */
    static Object operand(String text) {
        if (text.equals("none")) {
            return null;
        }
        String[] parts = text.split(":", 4);
        switch (parts[0]) {
            case "double" -> {
                return ReferenceData.parseDouble(parts[1]);
            }
            case "long" -> {
                return Long.parseLong(parts[1]);
            }
            case "bool" -> {
                if (parts.length == 2) {
                    return Boolean.parseBoolean(parts[1]);
                }
            }
            default -> {
            }
        }
        Tensor base = ReferenceData.tensor(dtype(parts[0]), parseShape(parts[1]), tokens(parts[2]));
        if (parts.length == 3) {
            return base;
        }
        String view = parts[3];
        if (view.equals("T")) {
            return base.T();
        }
        if (view.equals("rev")) {
            return base.slice(0, END, START, -1);
        }
        if (view.equals("step2")) {
            return base.slice(0, 0, END, 2);
        }
        if (view.startsWith("bcast=")) {
            return base.broadcastTo(parseShape(view.substring(6)));
        }
        throw new IllegalArgumentException("unknown view " + view);
    }

    /** The {@code key=value} pairs of an args field, in order. */
    static Map<String, String> args(String text) {
        Map<String, String> args = new LinkedHashMap<>();
        for (String part : tokens(text)) {
            String[] kv = part.split("=", 2);
            args.put(kv[0], kv[1]);
        }
        return args;
    }

    private static Tensor[] tensors(List<Object> operands) {
        return operands.stream().map(o -> (Tensor) o).toArray(Tensor[]::new);
    }

    private void replay(Row row) {
        String op = row.get("op");
        String what = row.where() + " " + op + "(" + row.get("inputs") + ") " + row.get("args");
        List<Object> in = new ArrayList<>();
        for (String text : row.get("inputs").isEmpty() ? new String[0] : row.get("inputs").split(";")) {
            in.add(operand(text));
        }
        Map<String, String> args = args(row.get("args"));
        if (row.get("result_dtype").equals("error")) {
            IllegalArgumentException e = iae(() -> run(op, args, in));
            String name = op.equals("arraySplit") ? "array_split" : op;
            assertTrue(e.getMessage().startsWith(name + ": "), () -> what + ": the message names the op: "
                    + e.getMessage());
            return;
        }
        DType type = dtype(row.get("result_dtype"));
        String[] expected = tokens(row.get("expected"));
        if (op.endsWith("plit")) {
            Tensor[] pieces = (Tensor[]) run(op, args, in);
            String[] shapes = row.get("shape").split(";");
            assertEquals(shapes.length, pieces.length, what + ": number of pieces");
            int at = 0;
            for (int i = 0; i < pieces.length; i++) {
                long[] shape = parseShape(shapes[i]);
                int n = Math.toIntExact(Arrays.stream(shape).reduce(1, Math::multiplyExact));
                assertOnBackend(what, pieces[i]);
                Check.tokens(what + " piece " + i, pieces[i], type, shape,
                        Arrays.copyOfRange(expected, at, at + n), Tolerance.EXACT, 0);
                at += n;
            }
            assertEquals(expected.length, at, what + ": elements in all pieces");
            return;
        }
        long[] shape = parseShape(row.get("shape"));
        // NumPy's sign of a zero where x ties an array bound depends on its loop (see the file)
        Tolerance exact = row.get("zero_sign").equals("checked") ? Tolerance.EXACT : Tolerance.EXACT.ignoringZeroSign();
        Tensor result = (Tensor) run(op, args, in);
        assertOnBackend(what, result);
        Check.tokens(what, result, type, shape, expected, exact, 0);
        Tensor out = Np.zeros(shape, type);
        Object intoOut = runInto(op, args, in, out);
        if (intoOut != null) {
            assertSame(out, intoOut, what + ": returns out");
            Check.tokens(what + " into out", out, type, shape, expected, exact, 0);
        }
    }

    /** Runs a line through the public API; copyto returns its dst. */
    private static Object run(String op, Map<String, String> args, List<Object> in) {
        String axisText = args.getOrDefault("axis", "0");
        return switch (op) {
            case "concatenate" -> axisText.equals("none") ? Np.concatenateFlat(tensors(in))
                    : axisText.equals("0") ? Np.concatenate(tensors(in))
                    : Np.concatenate(tensors(in), Integer.parseInt(axisText));
            case "stack" -> axisText.equals("0") ? Np.stack(tensors(in)) : Np.stack(tensors(in), Integer.parseInt(axisText));
            case "hstack" -> Np.hstack(tensors(in));
            case "vstack" -> Np.vstack(tensors(in));
            case "split" -> args.containsKey("sections")
                    ? Np.split((Tensor) in.getFirst(), Integer.parseInt(args.get("sections")), Integer.parseInt(axisText))
                    : Np.split((Tensor) in.getFirst(), indices(args.get("indices")), Integer.parseInt(axisText));
            case "arraySplit" -> Np.arraySplit((Tensor) in.getFirst(), Integer.parseInt(args.get("sections")),
                    Integer.parseInt(axisText));
            case "copyto" -> copyto(in);
            case "clip" -> clip(in, null);
            default -> throw new IllegalArgumentException("unknown op " + op);
        };
    }

    /** The out= form of a line's op into {@code out}, or null when the op has none. */
    private static Object runInto(String op, Map<String, String> args, List<Object> in, Tensor out) {
        String axisText = args.getOrDefault("axis", "0");
        return switch (op) {
            case "concatenate" -> axisText.equals("none") ? null
                    : Np.concatenate(tensors(in), Integer.parseInt(axisText), out);
            case "stack" -> Np.stack(tensors(in), Integer.parseInt(axisText), out);
            case "clip" -> clip(in, out);
            default -> null;
        };
    }

    private static long[] indices(String text) {
        return text.equals("empty") ? new long[0] : Arrays.stream(text.split(";")).mapToLong(Long::parseLong).toArray();
    }

    private static Tensor copyto(List<Object> in) {
        Tensor dst = (Tensor) in.get(0);
        Object src = in.get(1);
        Tensor where = in.size() > 2 ? (Tensor) in.get(2) : null;
        switch (src) {
            case Tensor t -> {
                if (where == null) {
                    Np.copyto(dst, t);
                } else {
                    Np.copyto(dst, t, where);
                }
            }
            case Double d -> {
                if (where == null) {
                    Np.copyto(dst, d.doubleValue());
                } else {
                    Np.copyto(dst, d.doubleValue(), where);
                }
            }
            case Long l -> {
                if (where == null) {
                    Np.copyto(dst, l.longValue());
                } else {
                    Np.copyto(dst, l.longValue(), where);
                }
            }
            case Boolean b -> {
                if (where == null) {
                    Np.copyto(dst, b.booleanValue());
                } else {
                    try (Tensor value = Np.array(new boolean[] {b}).reshape()) {
                        Np.copyto(dst, value, where);
                    }
                }
            }
            default -> throw new IllegalArgumentException("bad copyto source " + src);
        }
        return dst;
    }

    /** clip through the Tensor overloads when a bound is a tensor or both are absent, else the Number ones. */
    private static Tensor clip(List<Object> in, Tensor out) {
        Tensor x = (Tensor) in.get(0);
        Object min = in.get(1);
        Object max = in.get(2);
        boolean scalars = min instanceof Number || max instanceof Number;
        if (scalars) {
            return out == null ? Np.clip(x, (Number) min, (Number) max) : Np.clip(x, (Number) min, (Number) max, out);
        }
        return out == null ? Np.clip(x, (Tensor) min, (Tensor) max) : Np.clip(x, (Tensor) min, (Tensor) max, out);
    }

    // ---- split: views -------------------------------------------------------------------------

    @Test
    void splitPiecesAreViewsOfTheInput() {
        Tensor x = range(4, 6);
        Tensor[] columns = Np.split(x, 3, 1);
        assertEquals(3, columns.length);
        Np.copyto(columns[1], -1.0);
        assertDoubles(x, FLOAT64, shape(4, 6), 0, 1, -1, -1, 4, 5, 6, 7, -1, -1, 10, 11, 12, 13, -1, -1, 16, 17,
                18, 19, -1, -1, 22, 23);
        x.close();
        // a piece keeps the memory alive after its base is closed, as any view
        assertDoubles(columns[2], FLOAT64, shape(4, 2), 4, 5, 10, 11, 16, 17, 22, 23);
        Np.add(columns[0], Np.scalar(100.0), columns[0]);
        assertDoubles(columns[0], FLOAT64, shape(4, 2), 100, 101, 106, 107, 112, 113, 118, 119);
        columns[0].close();
        assertDoubles(columns[2], FLOAT64, shape(4, 2), 4, 5, 10, 11, 16, 17, 22, 23);

        Tensor y = range(3, 4);
        Tensor[] rows = Np.arraySplit(y.T(), 3, 0);           // pieces of a transposed view: (2, 3) (1, 3) (1, 3)
        assertEquals(List.of(2L, 1L, 1L), Arrays.stream(rows).map(r -> r.shape(0)).toList());
        Np.copyto(rows[2], 0L);
        assertDoubles(y, FLOAT64, shape(3, 4), 0, 1, 2, 0, 4, 5, 6, 0, 8, 9, 10, 0);
        Tensor[] parts = Np.split(y, new long[] {1, -1});
        Np.copyto(parts[1], 7L);
        assertDoubles(y, FLOAT64, shape(3, 4), 0, 1, 2, 0, 7, 7, 7, 7, 8, 9, 10, 0);
        assertEquals(0, Np.split(y, new long[] {5})[1].size());
        assertDoubles(Np.split(y, 1)[0], FLOAT64, shape(3, 4), y.toDoubleArray());
    }

    // ---- out= ---------------------------------------------------------------------------------

    @Test
    void concatenateIntoOut() {
        Tensor out = Np.full(shape(2, 3), 9.0, FLOAT32);
        Tensor a = Np.array(new double[] {1.5, -0.0}, 2, 1);
        Tensor b = Np.array(new int[] {1, 2, 3, 4}, 2, 2);
        assertSame(out, Np.concatenate(new Tensor[] {a, b}, 1, out));
        assertDoubles(out, FLOAT32, shape(2, 3), 1.5, 1, 2, -0.0, 3, 4);
        // into a strided view: the base's other elements stay
        Tensor base = Np.zeros(shape(2, 4), INT64);
        Np.concatenate(new Tensor[] {Np.array(new int[] {1, 2}, 1, 2), Np.array(new int[] {3, 4}, 1, 2)}, 0,
                base.slice(1, 0, END, 2));
        assertLongs(base, INT64, shape(2, 4), 1, 0, 2, 0, 3, 0, 4, 0);
        Tensor s = Np.zeros(shape(2, 2), INT64);
        assertSame(s, Np.stack(new Tensor[] {Np.array(new int[] {1, 2}), Np.array(new int[] {3, 4})}, 1, s));
        assertLongs(s, INT64, shape(2, 2), 1, 3, 2, 4);
    }

    @Test
    void concatenateIntoAnOutItReadsFrom() {
        Tensor x = range(6);
        // out is x; the inputs are x's halves swapped: every input is read before out is written
        Np.concatenate(new Tensor[] {x.slice(0, 3, END, 1), x.slice(0, 0, 3, 1)}, 0, x);
        assertDoubles(x, FLOAT64, shape(6), 3, 4, 5, 0, 1, 2);
        Tensor y = range(2, 2);
        Np.stack(new Tensor[] {y.select(1, 0), y.select(1, 1)}, 0, y);   // transposes y in place
        assertDoubles(y, FLOAT64, shape(2, 2), 0, 2, 1, 3);
    }

    @Test
    void clipIntoOut() {
        Tensor x = Np.array(new double[] {-2, -0.0, 0.5, 3, Double.NaN});
        assertSame(x, Np.clip(x, -1.0, 1.0, x));
        assertDoubles(x, FLOAT64, shape(5), -1, -0.0, 0.5, 1, Double.NaN);
        Tensor narrow = Np.zeros(shape(5), FLOAT32);
        Np.clip(Np.array(new double[] {-2, 0.1, 0.5, 3, 1e300}), 0.0, null, narrow);   // float64 result cast to float32
        assertDoubles(narrow, FLOAT32, shape(5), 0, (float) 0.1, 0.5, 3, Double.POSITIVE_INFINITY);
        Tensor wide = Np.zeros(2, 3);                                               // the result broadcasts into out
        Np.clip(Np.array(new int[] {-5, 0, 5}), -1, 1, wide);
        assertDoubles(wide, FLOAT64, shape(2, 3), -1, 0, 1, -1, 0, 1);
        // a bound that is out itself (reversed): read before out is written
        Tensor y = Np.array(new double[] {1, 5, 3, 0});
        Np.clip(Np.full(shape(4), 2.0), y.slice(0, END, START, -1), Np.full(shape(4), 4.0), y);
        assertDoubles(y, FLOAT64, shape(4), 2, 3, 4, 2);
        Tensor i = Np.array(new int[] {-5, 3, 12});
        Np.clip(i, 0, 10, i);
        assertLongs(i, INT32, shape(3), 0, 3, 10);
        Tensor fromInt = Np.zeros(shape(3), INT64);
        Np.clip(Np.array(new int[] {-5, 3, 12}), Np.array(new int[] {0}), null, fromInt);
        assertLongs(fromInt, INT64, shape(3), 0, 3, 12);
    }

    @Test
    void clipWithEveryKindOfJavaNumber() {
        Tensor x = Np.array(new int[] {-5, 3, 12});
        assertLongs(Np.clip(x, (short) 0, (byte) 10), INT32, shape(3), 0, 3, 10);
        assertLongs(Np.clip(x, 0, null), INT32, shape(3), 0, 3, 12);
        assertLongs(Np.clip(x, Long.MIN_VALUE, Long.MAX_VALUE), INT32, shape(3), -5, 3, 12);
        assertDoubles(Np.clip(x, 0.5f, null), FLOAT64, shape(3), 0.5, 3, 12);
        assertDoubles(Np.clip(x, 0, 2.5), FLOAT64, shape(3), 0, 2.5, 2.5);
        assertDoubles(Np.clip(Np.array(new float[] {-1, 0.25f, 7}), 0.0, 1.0), FLOAT32, shape(3), 0, 0.25, 1);
        assertDoubles(Np.clip(Np.array(new float[] {-1, 0.25f, 7}), 0, 1), FLOAT32, shape(3), 0, 0.25, 1);
        assertLongs(Np.clip(Np.array(new boolean[] {true, false}), 0, 5), INT64, shape(2), 1, 0);
        assertLongs(Np.clip(x, (Tensor) null, null), INT32, shape(3), -5, 3, 12);
        // NumPy 2.4: np.clip(np.array([True, False]), None, None) is np.positive's UFuncTypeError
        // (no bool loop); one bound is enough: np.clip(b, None, 5) is int64 [1 0]
        Tensor flags = Np.array(new boolean[] {true, false});
        iae(() -> Np.clip(flags, (Tensor) null, null), "clip", "bool", "positive");
        iae(() -> Np.clip(flags, (Number) null, null), "clip", "bool", "positive");
        assertLongs(Np.clip(flags, null, 5), INT64, shape(2), 1, 0);
        // x is kept when it ties a bound, bounds given as tensors included (NumPy's array loop takes the bound)
        Tensor zeros = Np.array(new double[] {-0.0, 0.0});
        assertDoubles(Np.clip(zeros, 0.0, -0.0), FLOAT64, shape(2), -0.0, 0.0);
        assertDoubles(Np.clip(zeros, Np.array(new double[] {0.0, -0.0}), Np.array(new double[] {-0.0, 0.0})),
                FLOAT64, shape(2), -0.0, 0.0);
        iae(() -> Np.clip(x, BigDecimal.ONE, null), "clip: a bound must be a Double, Float, Long, Integer, Short or "
                + "Byte (or null), got BigDecimal 1");
    }

    /**
     * clip with both bounds takes one pass on the GPU backends ({@code TernaryOp.CLIP}, the two
     * steps' expressions fused) and the two element-wise steps on the CPU and wherever
     * {@code -Djtensor.clip.twoPass=true}: both give the same bytes on every dtype, with NaNs of
     * distinct payloads, zeros of both signs, infinities, type limits, ties and lo above hi, for
     * bounds as tensors, as one broadcast element and as Java numbers, into a new result and into out.
     */
    @Test
    void clipInOnePassGivesTheTwoStepsBytes() {
        java.util.Random rnd = new java.util.Random(20261202);
        int n = 1000;
        for (DType t : DType.values()) {
            Tensor x = clipSpecials(t, n, rnd);
            Tensor lo = clipSpecials(t, n, rnd);
            Tensor hi = clipSpecials(t, n, rnd);
            Tensor loOne = clipSpecials(t, 1, rnd);
            Number zero = t.isFloatingPoint() ? (Number) (-0.0) : (Number) 0L;
            Number one = t.isFloatingPoint() ? (Number) 1.0 : (Number) 1L;
            List<Function<Tensor, Tensor>> clips = List.of(
                    out -> out == null ? Np.clip(x, lo, hi) : Np.clip(x, lo, hi, out),
                    out -> out == null ? Np.clip(x, loOne, hi) : Np.clip(x, loOne, hi, out),
                    out -> out == null ? Np.clip(x, hi, loOne) : Np.clip(x, hi, loOne, out),
                    out -> out == null ? Np.clip(x, zero, one) : Np.clip(x, zero, one, out),
                    out -> out == null ? Np.clip(x, one, zero) : Np.clip(x, one, zero, out));
            for (int c = 0; c < clips.size(); c++) {
                String where = t.numpyName() + " case " + c;
                if (t == BOOL && c >= 3) {
                    continue;   // Java-number bounds make a bool x int64: covered as int64
                }
                byte[][] got = new byte[2][];
                byte[][] into = new byte[2][];
                for (int twoPass = 0; twoPass < 2; twoPass++) {
                    String previous = System.setProperty("jtensor.clip.twoPass", Boolean.toString(twoPass == 1));
                    try (Tensor r = clips.get(c).apply(null); Tensor out = Np.zerosLike(r)) {
                        got[twoPass] = r.tobytes();
                        clips.get(c).apply(out);
                        into[twoPass] = out.tobytes();
                    } finally {
                        if (previous == null) {
                            System.clearProperty("jtensor.clip.twoPass");
                        } else {
                            System.setProperty("jtensor.clip.twoPass", previous);
                        }
                    }
                }
                org.junit.jupiter.api.Assertions.assertArrayEquals(got[1], got[0], where);
                org.junit.jupiter.api.Assertions.assertArrayEquals(into[1], into[0], where + " into out");
            }
        }
    }

    /** Few distinct values (so ties and lo above hi are common), zeros of both signs, NaNs with payloads, limits. */
    private static Tensor clipSpecials(DType t, int n, java.util.Random rnd) {
        switch (t) {
            case BOOL -> {
                boolean[] v = new boolean[n];
                for (int i = 0; i < n; i++) {
                    v[i] = rnd.nextBoolean();
                }
                return Np.array(v);
            }
            case FLOAT16 -> {
                short[] bits = new short[n];
                short[] common = {0, (short) 0x8000, 0x7c00, (short) 0xfc00, 0x3c00, (short) 0xbc00, 0x3800, 0x4000};
                for (int i = 0; i < n; i++) {
                    bits[i] = rnd.nextInt(10) == 0 ? (short) (0x7e00 | (1 + rnd.nextInt(200)))
                            : common[rnd.nextInt(common.length)];
                }
                return Np.arrayFloat16(bits);
            }
            case FLOAT32 -> {
                float[] v = new float[n];
                for (int i = 0; i < n; i++) {
                    v[i] = rnd.nextInt(10) == 0 ? Float.intBitsToFloat(0xffc00000 | (1 + rnd.nextInt(200)))
                            : (float) clipValue(rnd);
                }
                return Np.array(v);
            }
            case FLOAT64 -> {
                double[] v = new double[n];
                for (int i = 0; i < n; i++) {
                    v[i] = rnd.nextInt(10) == 0 ? Double.longBitsToDouble(0x7ff8000000000000L | (1 + rnd.nextInt(200)))
                            : clipValue(rnd);
                }
                return Np.array(v);
            }
            default -> {
                long[] v = new long[n];
                for (int i = 0; i < n; i++) {
                    int k = rnd.nextInt(10);
                    v[i] = k == 0 ? Long.MIN_VALUE : k == 1 ? Long.MAX_VALUE : rnd.nextInt(7) - 3;
                }
                try (Tensor wide = Np.array(v)) {
                    return t == INT64 ? Np.array(v) : wide.astype(t);
                }
            }
        }
    }

    private static double clipValue(java.util.Random rnd) {
        return switch (rnd.nextInt(6)) {
            case 0 -> -0.0;
            case 1 -> 0.0;
            case 2 -> rnd.nextBoolean() ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
            default -> (rnd.nextInt(9) - 4) * 0.5;
        };
    }

    // ---- copyto and fill ----------------------------------------------------------------------

    @Test
    void copytoIntoViewsAndFromOverlappingSources() {
        Tensor m = Np.zeros(3, 4);
        Np.copyto(m.slice(1, 1, 3, 1), Np.array(new int[] {7, 8}));          // columns 1..2 of every row
        assertDoubles(m, FLOAT64, shape(3, 4), 0, 7, 8, 0, 0, 7, 8, 0, 0, 7, 8, 0);
        Np.copyto(m.T(), Np.array(new double[] {1, 2, 3}));                    // m.T is (4, 3): rows of m become 1, 2, 3
        assertDoubles(m, FLOAT64, shape(3, 4), 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3);
        Tensor x = range(5);
        Np.copyto(x, x.slice(0, END, START, -1));                              // reversed into itself
        assertDoubles(x, FLOAT64, shape(5), 4, 3, 2, 1, 0);
        Tensor y = range(5);
        Np.copyto(y.slice(0, 1, END, 1), y.slice(0, 0, 4, 1));                 // shifted by one, overlapping
        assertDoubles(y, FLOAT64, shape(5), 0, 0, 1, 2, 3);
        Tensor z = Np.array(new double[] {-1, 2, -3, Double.NaN});
        Np.copyto(z, 0.0, Np.less(z, 0L));
        assertDoubles(z, FLOAT64, shape(4), 0, 2, 0, Double.NaN);
        Np.copyto(z, Np.array(new long[] {5}), Np.notEqual(z, z));   // where z is NaN
        assertDoubles(z, FLOAT64, shape(4), 0, 2, 0, 5);
        Tensor counts = Np.ones(shape(2, 2), INT32);
        Np.copyto(counts, 9L, Np.array(new boolean[] {true, false}, 1, 2));
        assertLongs(counts, INT32, shape(2, 2), 9, 1, 9, 1);
        Tensor flags = Np.ones(shape(3), BOOL);
        Np.copyto(flags, false);
        assertBools(flags, shape(3), false, false, false);
    }

    @Test
    void fillConvertsAsNumPysFill() {
        Tensor i = Np.zeros(shape(3), INT32);
        assertSame(i, i.fill(2.9));
        assertLongs(i, INT32, shape(3), 2, 2, 2);
        assertLongs(i.fill(-2.9), INT32, shape(3), -2, -2, -2);
        assertLongs(i.fill(Integer.MIN_VALUE), INT32, shape(3), Integer.MIN_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE);
        assertLongs(Np.zeros(shape(1), INT64).fill(Long.MIN_VALUE), INT64, shape(1), Long.MIN_VALUE);
        assertLongs(Np.zeros(shape(1), INT64).fill(-0x1p63), INT64, shape(1), Long.MIN_VALUE);
        assertDoubles(Np.zeros(shape(2), FLOAT32).fill(16_777_217L), FLOAT32, shape(2), 16_777_216, 16_777_216);
        assertDoubles(Np.zeros(shape(2), FLOAT32).fill(1e300), FLOAT32, shape(2), Double.POSITIVE_INFINITY,
                Double.POSITIVE_INFINITY);
        assertDoubles(Np.zeros(2).fill(-0.0), FLOAT64, shape(2), -0.0, -0.0);
        assertBools(Np.zeros(shape(3), BOOL).fill(0.5), shape(3), true, true, true);
        assertBools(Np.zeros(shape(1), BOOL).fill(Double.NaN), shape(1), true);
        assertBools(Np.ones(shape(1), BOOL).fill(0L), shape(1), false);
        Tensor base = Np.zeros(2, 3);
        base.select(0, 1).fill(4L);
        assertDoubles(base, FLOAT64, shape(2, 3), 0, 0, 0, 4, 4, 4);
        assertDoubles(Np.zeros(0, 3).fill(1.0), FLOAT64, shape(0, 3));
        iae(() -> Np.zeros(shape(1), INT32).fill(Double.NaN), "fill: cannot convert NaN to int32");
        iae(() -> Np.zeros(shape(1), INT64).fill(Double.NEGATIVE_INFINITY), "fill: cannot convert -Infinity to int64");
        iae(() -> Np.zeros(shape(1), INT32).fill(3e9), "fill: 3.0E9 is out of bounds for int32");
        iae(() -> Np.zeros(shape(1), INT64).fill(0x1p63), "fill: 9.223372036854776E18 is out of bounds for int64");
        iae(() -> Np.zeros(shape(1), INT32).fill(3_000_000_000L), "fill: Java integer 3000000000 is out of bounds for int32");
        iae(() -> Np.zeros(1).broadcastTo(3).fill(1.0), "fill: the tensor of shape (3,) has overlapping elements");
    }

    // ---- many elements: vector loops, tails and threads ----------------------------------------

    @Test
    void largeInputs() {
        int n = 5003;
        Tensor a = Np.arange(0, n).astype(FLOAT32);
        Tensor b = Np.arange(n, 2L * n).astype(INT32);
        Tensor joined = Np.concatenate(new Tensor[] {a.reshape(1, n), b.reshape(1, n)}, 0);
        double[] expected = new double[2 * n];
        for (int i = 0; i < expected.length; i++) {
            expected[i] = i;
        }
        assertDoubles(joined, FLOAT64, shape(2, n), expected);
        Tensor stacked = Np.stack(new Tensor[] {a, b.astype(FLOAT32)}, 1);
        double[] interleaved = new double[2 * n];
        for (int i = 0; i < n; i++) {
            interleaved[2 * i] = i;
            interleaved[2 * i + 1] = n + i;
        }
        assertDoubles(stacked, FLOAT32, shape(n, 2), interleaved);
        Tensor[] halves = Np.arraySplit(joined.ravel(), 2);
        assertDoubles(halves[1], FLOAT64, shape(n), Arrays.copyOfRange(expected, n, 2 * n));
        Tensor clipped = Np.clip(joined, 100.5, (double) n);
        double[] c = new double[2 * n];
        for (int i = 0; i < c.length; i++) {
            c[i] = Math.min(Math.max(i, 100.5), n);
        }
        assertDoubles(clipped, FLOAT64, shape(2, n), c);
        Tensor dst = Np.zeros(shape(n, 2), INT64);
        Np.copyto(dst, Np.arange(0, 2).astype(INT32), Np.greater(Np.arange(0, n), 2L).reshape(n, 1));
        long[] d = new long[2 * n];
        for (int i = 3; i < n; i++) {
            d[2 * i + 1] = 1;
        }
        assertLongs(dst, INT64, shape(n, 2), d);
    }

    // ---- errors -------------------------------------------------------------------------------

    @Test
    void shapeAndAxisErrorsNameTheOpTheShapesAndTheValidRange() {
        Tensor a = Np.zeros(2, 3);
        Tensor b = Np.zeros(3, 3);
        assertEquals("concatenate: all input dimensions except axis 1 must match, but input 0 has shape (2, 3) and "
                + "input 1 has shape (3, 3)", iae(() -> Np.concatenate(new Tensor[] {a, b}, 1)).getMessage());
        iae(() -> Np.concatenate(a, Np.zeros(3)), "concatenate: all inputs must have the same number of dimensions, "
                + "but input 0 has shape (2, 3) and input 1 has shape (3,)");
        iae(() -> Np.concatenate(new Tensor[] {a}, 2), "concatenate: axis 2 is out of range for a 2-d tensor (valid: -2..1)");
        iae(() -> Np.concatenate(new Tensor[] {a}, -3), "concatenate: axis -3 is out of range for a 2-d tensor");
        iae(() -> Np.concatenate(Np.scalar(1.0)), "concatenate: zero-dimensional tensors cannot be concatenated");
        iae(() -> Np.concatenate(), "concatenate: need at least one tensor to concatenate");
        iae(() -> Np.concatenateFlat(), "concatenate: need at least one tensor to concatenate");
        iae(() -> Np.concatenate(new Tensor[] {a, a}, 0, Np.zeros(4, 4)),
                "concatenate: out has shape (4, 4) but the result has shape (4, 3)");
        iae(() -> Np.concatenate(new Tensor[] {a, a}, 0, Np.zeros(1, 3).broadcastTo(4, 3)),
                "concatenate: out of shape (4, 3) has overlapping elements (a broadcast view)");
        iae(() -> Np.concatenate(new Tensor[] {Np.zeros(shape(1), INT32), Np.zeros(1)}, 0, Np.zeros(shape(2), INT64)),
                "concatenate: cannot cast input 1 from float64 to out's int64 (casting='same_kind')");
        iae(() -> Np.stack(a, b), "stack: all inputs must have the same shape, but input 0 has shape (2, 3) and "
                + "input 1 has shape (3, 3)");
        iae(() -> Np.stack(new Tensor[] {a}, 3), "stack: axis 3 is out of range for stacking 2-d tensors (valid: -3..2)");
        iae(() -> Np.stack(new Tensor[] {a}, -4), "stack: axis -4 is out of range for stacking 2-d tensors (valid: -3..2)");
        iae(() -> Np.stack(), "stack: need at least one tensor to stack");
        iae(() -> Np.stack(new Tensor[] {a}, 0, Np.zeros(2, 3)), "stack: out has shape (2, 3) but the result has shape (1, 2, 3)");
        iae(() -> Np.hstack(Np.zeros(2), a), "hstack: all inputs must have the same number of dimensions, but input 0 "
                + "has shape (2,) and input 1 has shape (2, 3)");
        iae(() -> Np.vstack(Np.zeros(2), Np.zeros(3)), "vstack: all input dimensions except axis 0 must match, but "
                + "input 0 has shape (1, 2) and input 1 has shape (1, 3)");
        iae(() -> Np.hstack(), "hstack: need at least one tensor to concatenate");
        iae(() -> Np.split(Np.arange(7), 3), "split: array split does not result in an equal division: axis 0 has "
                + "length 7, which 3 sections do not divide (arraySplit allows unequal sections)");
        iae(() -> Np.split(Np.arange(7), 0), "split: number of sections must be larger than 0, got 0");
        iae(() -> Np.arraySplit(Np.arange(7), -1), "array_split: number of sections must be larger than 0, got -1");
        iae(() -> Np.split(a, 2, 2), "split: axis 2 is out of range for a 2-d tensor (valid: -2..1)");
        iae(() -> Np.split(Np.scalar(1.0), new long[] {1}), "split: axis 0 is out of range for a 0-d tensor");
        iae(() -> Np.arraySplit(a, 2, -3), "array_split: axis -3 is out of range");
        iae(() -> Np.clip(a, Np.zeros(4), null), "clip: operands could not be broadcast together with shapes (2, 3) (4,)");
        iae(() -> Np.clip(Np.zeros(2, 2), 0, 1, Np.zeros(2)), "clip: out has shape (2,) but the result has shape (2, 2)");
        iae(() -> Np.clip(Np.zeros(2), 0, 1, Np.zeros(1).broadcastTo(2)), "clip: out of shape (2,) has overlapping elements");
    }

    @Test
    void copytoErrorsFollowNumPysCastingAndBroadcastingRules() {
        Tensor dst = Np.zeros(shape(2, 3), INT32);
        assertEquals("copyto: cannot cast src from float64 to dst's int32 (casting='same_kind'); convert it with astype or pass a looser casting",
                iae(() -> Np.copyto(dst, Np.zeros(3))).getMessage());
        iae(() -> Np.copyto(Np.zeros(shape(1), BOOL), Np.zeros(shape(1), INT32)), "copyto: cannot cast src from int32 to dst's bool");
        iae(() -> Np.copyto(dst, 1.5), "copyto: cannot cast a Java double to dst's int32 (casting='same_kind')");
        iae(() -> Np.copyto(Np.zeros(shape(1), BOOL), 1L), "copyto: cannot cast a Java integer to dst's bool");
        iae(() -> Np.copyto(dst, 3_000_000_000L), "copyto: Java integer 3000000000 is out of bounds for int32 (dst's type)");
        iae(() -> Np.copyto(dst, Np.zeros(shape(4), INT32)),
                "copyto: could not broadcast src from shape (4,) into dst's shape (2, 3)");
        iae(() -> Np.copyto(dst, Np.zeros(shape(2, 2, 3), INT32)), "copyto: could not broadcast src from shape (2, 2, 3)");
        iae(() -> Np.copyto(dst, 1L, Np.ones(shape(1, 2, 3), BOOL)),
                "copyto: could not broadcast where from shape (1, 2, 3) into dst's shape (2, 3)");
        iae(() -> Np.copyto(dst, 1L, Np.ones(shape(2), BOOL)), "copyto: could not broadcast where from shape (2,)");
        iae(() -> Np.copyto(dst, 1L, Np.ones(shape(3), INT32)), "copyto: where must be a bool tensor, got int32");
        iae(() -> Np.copyto(Np.zeros(1).broadcastTo(3), 1.0),
                "copyto: dst of shape (3,) has overlapping elements (a broadcast view)");
        Tensor untouched = Np.full(shape(2), 5.0);
        iae(() -> Np.copyto(untouched, Np.zeros(3)));
        assertDoubles(untouched, FLOAT64, shape(2), 5, 5);
    }

    @Test
    void tensorsOnDifferentBackends() {
        Backend foreign = new ForeignBackend(backend());
        Tensor here = f64(1, 2);
        Tensor there;
        try (var scope = Np.useBackend(foreign)) {
            there = Np.ones(2);
        }
        String message = "tensors are on different backends (" + backend().name() + " and foreign); "
                + "move one with Tensor.to(backend)";
        iae(() -> Np.concatenate(here, there), "concatenate: " + message);
        iae(() -> Np.concatenate(new Tensor[] {here}, 0, there), "concatenate: " + message);
        iae(() -> Np.concatenateFlat(here, there), "concatenate: " + message);
        iae(() -> Np.stack(there, here), "stack: tensors are on different backends (foreign and " + backend().name());
        iae(() -> Np.hstack(here, there), "hstack: " + message);
        iae(() -> Np.vstack(here, there), "vstack: " + message);
        iae(() -> Np.copyto(here, there), "copyto: " + message);
        iae(() -> Np.copyto(here, here, Np.greater(there, 0L)), "copyto: " + message);
        iae(() -> Np.clip(here, there, null), "clip: " + message);
        iae(() -> Np.clip(here, 0, 1, there), "clip: " + message);
    }

    @Test
    void closedAndNullArgumentsNameTheOp() {
        Tensor open = f64(1, 2, 3);
        Map<String, Function<Tensor, Object>> uses = new LinkedHashMap<>();
        uses.put("concatenate", t -> Np.concatenate(open, t));
        uses.put("concatenate ", t -> Np.concatenate(new Tensor[] {open}, 0, t));
        uses.put("stack", t -> Np.stack(t, open));
        uses.put("hstack", t -> Np.hstack(open, t));
        uses.put("vstack", t -> Np.vstack(t));
        uses.put("split", t -> Np.split(t, 3));
        uses.put("array_split", t -> Np.arraySplit(t, 2));
        uses.put("split  ", t -> Np.split(t, new long[] {1}));
        uses.put("copyto", t -> {
            Np.copyto(t, open);
            return null;
        });
        uses.put("copyto ", t -> {
            Np.copyto(open, t);
            return null;
        });
        uses.put("copyto  ", t -> {
            Np.copyto(t, 1.0);
            return null;
        });
        uses.put("clip", t -> Np.clip(t, 0.0, 1.0));
        uses.put("clip ", t -> Np.clip(open, t, null));
        uses.put("clip  ", t -> Np.clip(open, 0, 1, t));
        uses.put("fill", t -> t.fill(1.0));
        assertAll(uses.entrySet().stream().map(e -> () -> {
            Tensor closed = f64(1, 2, 3);
            closed.close();
            throwsWith(IllegalStateException.class, () -> e.getValue().apply(closed),
                    e.getKey().trim() + ": the tensor (3,) float64 is closed");
        }));
        assertDoubles(open, FLOAT64, shape(3), 1, 2, 3);

        Map<String, Executable> calls = new LinkedHashMap<>();
        calls.put("concatenate: arrays is null", () -> Np.concatenate((Tensor[]) null));
        calls.put("concatenate: input 1 is null", () -> Np.concatenate(open, null));
        calls.put("concatenate: out is null", () -> Np.concatenate(new Tensor[] {open}, 0, null));
        calls.put("stack: input 0 is null", () -> Np.stack(null, open));
        calls.put("hstack: arrays is null", () -> Np.hstack((Tensor[]) null));
        calls.put("split: input tensor x is null", () -> Np.split(null, 2));
        calls.put("split: indices is null", () -> Np.split(open, null, 0));
        calls.put("copyto: dst is null", () -> Np.copyto(null, open));
        calls.put("copyto: src is null", () -> Np.copyto(open, null));
        calls.put("copyto: where is null", () -> Np.copyto(open, open, (Tensor) null));
        calls.put("clip: input tensor x is null", () -> Np.clip(null, 0, 1));
        calls.put("clip: out is null", () -> Np.clip(open, 0, 1, null));
        calls.put("exp: input tensor x is null", () -> Np.exp((Tensor) null));
        calls.put("add: first operand is null", () -> Np.add(null, open));
        calls.put("multiply: second operand is null", () -> Np.multiply(open, (Tensor) null));
        calls.put("sum: input tensor is null", () -> Np.sum((Tensor) null));
        calls.put("cumsum: x is null", () -> Np.cumsum(null, 0));
        assertAll(calls.entrySet().stream().map(e -> () -> throwsWith(NullPointerException.class, e.getValue(),
                e.getKey())));
    }
}
