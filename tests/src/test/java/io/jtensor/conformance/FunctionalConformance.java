package io.jtensor.conformance;

import io.jtensor.DType;
import io.jtensor.Np;
import io.jtensor.Tensor;
import io.jtensor.conformance.ReferenceData.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;

import static io.jtensor.conformance.Check.throwsWith;
import static io.jtensor.conformance.ReferenceData.dtype;
import static io.jtensor.conformance.ReferenceData.parseShape;
import static io.jtensor.conformance.ReferenceData.tokens;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code piecewise}, {@code fromfunction}, {@code applyAlongAxis}, {@code applyOverAxes},
 * {@code sharesMemory}, {@code mayShareMemory}, the complex helpers on real tensors ({@code real},
 * {@code imag}, {@code conj}, {@code conjugate}, {@code angle}, {@code isreal}, {@code iscomplex},
 * {@code isrealobj}, {@code iscomplexobj}, {@code realIfClose}), {@code asarrayChkfinite},
 * {@code ndim}, {@code shape}, {@code size}, {@code commonType}, {@code maskIndices}, {@code poly},
 * {@code binaryRepr}, {@code baseRepr} and {@code genfromtxt}: NumPy's {@code functional.csv} replayed bit for bit,
 * except poly of a symmetric matrix (its eigenvalues come from eigvalsh, NumPy's from the general
 * eigvals: within 64 eps of the largest coefficient). The function-valued arguments are the named
 * Python lambdas of the generator, mirrored here by Java lambdas of the same names.
 */
public abstract class FunctionalConformance extends ConformanceCase {

    private static final Map<String, Function<Tensor, Tensor>> PIECEWISE = Map.of(
            "neg", Np::negative,
            "sq", v -> Np.multiply(v, v),
            "half", v -> Np.divide(v, 2L),
            "seven", v -> Np.full(new long[0], 7, DType.INT64),
            "sum", Np::sum,
            "two", v -> Np.array(new double[] {1, 2}));

    private static final Map<String, Function<Tensor[], Tensor>> GRIDS = Map.of(
            "sum", g -> Arrays.stream(g).reduce(Np::add).orElseThrow(),
            "prod", g -> Arrays.stream(g).reduce(Np::multiply).orElseThrow(),
            "first", g -> g[0],
            "lin", g -> Np.subtract(Np.multiply(g[0], 3L), g[g.length - 1]));

    private static final Map<String, Function<Tensor, Tensor>> LINES = Map.of(
            "sum", Np::sum,
            "cumsum", Np::cumsum,
            "outer", v -> Np.outer(v, v),
            "head2", v -> v.slice(0, 0, 2, 1),
            "sort", Np::sort,
            "half", v -> Np.divide(v, 2L));

    private static final Map<String, BiFunction<Tensor, Integer, Tensor>> AXES = Map.of(
            "sum", Np::sum,
            "cumsum", Np::cumsum,
            "mean", Np::mean,
            "total", (a, axis) -> Np.sum(a));

    static Stream<Arguments> referenceGroups() {
        return ReferenceData.groupArguments("functional.csv", r -> r.get("op"));
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
            RuntimeException e = assertThrows(expected, () -> run(op, in, args), what);
            assertTrue(e.getMessage().startsWith(op + ": "), () -> what + ": the message names the op: "
                    + e.getMessage());
            return;
        }
        Object result = run(op, in, args);
        if (row.get("result_dtype").equals("value")) {
            assertEquals(row.get("expected"), text(result), what);
            return;
        }
        Tensor[] results = result instanceof Tensor[] many ? many : new Tensor[] {(Tensor) result};
        String[] expected = tokens(row.get("expected"));
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
            String[] mine = Arrays.copyOfRange(expected, at, at + size);
            if (row.get("check").equals("eig")) {
                double scale = Arrays.stream(mine).mapToDouble(ReferenceData::parseDouble).map(Math::abs).max()
                        .orElse(1);
                Check.tokens(part, results[i], type, shape, mine, Tolerance.of(0, 64), scale);
            } else {
                Check.tokens(part, results[i], type, shape, mine, Tolerance.EXACT, 0);
            }
            at += size;
        }
        assertEquals(expected.length, at, what + ": values left over");
    }

    /** A non-tensor result as functional.csv writes it. */
    private static String text(Object result) {
        return switch (result) {
            case Boolean b -> b.toString();
            case Number n -> Long.toString(n.longValue());
            case long[] shape -> shape.length == 0 ? "0d"
                    : String.join("x", Arrays.stream(shape).mapToObj(Long::toString).toList());
            case DType t -> t.numpyName();
            case String s -> "'" + s + "'";
            default -> throw new IllegalArgumentException("functional.csv: unexpected result " + result);
        };
    }

    private static Object run(String op, Tensor[] in, String args) {
        Map<String, String> a = args.equals("-") || op.endsWith("_repr") ? Map.of()
                : ManipulationConformance.args(args);
        return switch (op) {
            case "piecewise" -> {
                List<Object> funcs = new ArrayList<>();
                String list = a.get("f");
                for (String f : list.isEmpty() ? new String[0] : list.split(";")) {
                    funcs.add(f.contains(":") ? constant(f) : PIECEWISE.get(f));
                }
                yield Np.piecewise(in[0], Arrays.copyOfRange(in, 1, in.length), funcs);
            }
            case "fromfunction" -> {
                long[] shape = parseShape(a.get("shape"));
                DType type = dtype(a.get("dtype"));
                Function<Tensor[], Tensor> f = GRIDS.get(a.get("f"));
                yield type == DType.FLOAT64 ? Np.fromfunction(f, shape) : Np.fromfunction(f, shape, type);
            }
            case "apply_along_axis" -> Np.applyAlongAxis(LINES.get(a.get("f")), Integer.parseInt(a.get("axis")), in[0]);
            case "apply_over_axes" -> Np.applyOverAxes(AXES.get(a.get("f")), in[0], a.get("axes").equals("none")
                    ? new int[0] : Arrays.stream(a.get("axes").split(";")).mapToInt(Integer::parseInt).toArray());
            case "shares_memory" -> Np.sharesMemory(view(in[0], a.get("a")), view(in[0], a.get("b")));
            case "may_share_memory" -> Np.mayShareMemory(view(in[0], a.get("a")), view(in[0], a.get("b")));
            case "real" -> Np.real(in[0]);
            case "imag" -> Np.imag(in[0]);
            case "conj" -> Np.conj(in[0]);
            case "conjugate" -> Np.conjugate(in[0]);
            case "angle" -> a.containsKey("deg") ? Np.angle(in[0], true) : Np.angle(in[0]);
            case "isreal" -> Np.isreal(in[0]);
            case "iscomplex" -> Np.iscomplex(in[0]);
            case "isrealobj" -> Np.isrealobj(in[0]);
            case "iscomplexobj" -> Np.iscomplexobj(in[0]);
            case "real_if_close" -> a.containsKey("tol") ? Np.realIfClose(in[0], ReferenceData.parseDouble(a.get("tol")))
                    : Np.realIfClose(in[0]);
            case "asarray_chkfinite" -> Np.asarrayChkfinite(in[0]);
            case "ndim" -> (long) Np.ndim(in[0]);
            case "shape" -> Np.shape(in[0]);
            case "size" -> {
                if (!a.containsKey("axis")) {
                    yield Np.size(in[0]);
                }
                int[] axes = Arrays.stream(a.get("axis").split(";")).mapToInt(Integer::parseInt).toArray();
                yield axes.length == 1 ? Np.size(in[0], axes[0]) : Np.size(in[0], axes);
            }
            case "common_type" -> Np.commonType(in);
            case "mask_indices" -> {
                long k = Long.parseLong(a.get("k"));
                BiFunction<Tensor, Long, Tensor> f = a.get("f").equals("triu") ? Np::triu : Np::tril;
                yield k == 0 ? Np.maskIndices(Long.parseLong(a.get("n")), f)
                        : Np.maskIndices(Long.parseLong(a.get("n")), f, k);
            }
            case "poly" -> Np.poly(in[0]);
            case "binary_repr" -> {
                String[] v = args.split(" ");
                long num = Long.parseLong(v[0]);
                yield v[1].equals("none") ? Np.binaryRepr(num) : Np.binaryRepr(num, Integer.parseInt(v[1]));
            }
            case "base_repr" -> {
                String[] v = args.split(" ");
                long number = Long.parseLong(v[0]);
                int base = Integer.parseInt(v[1]);
                int padding = Integer.parseInt(v[2]);
                yield padding != 0 ? Np.baseRepr(number, base, padding)
                        : base != 2 ? Np.baseRepr(number, base) : Np.baseRepr(number);
            }
            case "genfromtxt" -> genfromtxt(a);
            default -> throw new IllegalArgumentException("functional.csv: unknown op " + op);
        };
    }

    /** genfromtxt on the row's text: by a file for the Path overloads, else by a reader. */
    private static Tensor genfromtxt(Map<String, String> a) {
        String text = URLDecoder.decode(a.get("text"), StandardCharsets.UTF_8);
        String delimiter = a.containsKey("delimiter") ? decoded(a.get("delimiter")) : null;
        String comments = a.containsKey("comments") ? decoded(a.get("comments")) : "#";
        int skipHeader = a.containsKey("skip_header") ? Integer.parseInt(a.get("skip_header")) : 0;
        int skipFooter = a.containsKey("skip_footer") ? Integer.parseInt(a.get("skip_footer")) : 0;
        int[] usecols = a.containsKey("usecols")
                ? Arrays.stream(decoded(a.get("usecols")).split(";")).mapToInt(Integer::parseInt).toArray() : null;
        double filling = a.containsKey("filling") ? ReferenceData.parseDouble(a.get("filling")) : Double.NaN;
        boolean simple = a.keySet().stream().allMatch(k -> k.equals("text") || k.equals("delimiter"));
        try {
            if (simple) {
                Path file = Files.createTempFile("genfromtxt", ".txt");
                try {
                    Files.writeString(file, text, StandardCharsets.UTF_8);
                    return delimiter == null && !a.containsKey("delimiter") ? Np.genfromtxt(file)
                            : Np.genfromtxt(file, delimiter);
                } finally {
                    Files.delete(file);
                }
            }
            return Np.genfromtxt(new StringReader(text), delimiter, comments, skipHeader, skipFooter, usecols, filling);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String decoded(String text) {
        return text.equals("none") ? null : URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    /** A piecewise constant: c:float (a Double), i:int (a Long), b:bool (a Boolean). */
    private static Object constant(String token) {
        String[] kv = token.split(":", 2);
        return switch (kv[0]) {
            case "c" -> ReferenceData.parseDouble(kv[1]);
            case "i" -> Long.parseLong(kv[1]);
            case "b" -> Boolean.parseBoolean(kv[1]);
            default -> throw new IllegalArgumentException("functional.csv: unknown constant " + token);
        };
    }

    /** The view a functional.csv chain makes of base (see the file's comment). */
    static Tensor view(Tensor base, String chain) {
        if (chain.equals("-")) {
            return base;
        }
        Tensor v = base;
        for (String step : chain.split("/")) {
            char kind = step.charAt(0);
            long[] n = step.length() == 1 ? new long[0]
                    : Arrays.stream(step.substring(1).split("_")).mapToLong(Long::parseLong).toArray();
            v = switch (kind) {
                case 's' -> {
                    long s = n[3];
                    long start = n[1] == -99 ? (s > 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : n[1];
                    long stop = n[2] == -99 ? (s > 0 ? Long.MAX_VALUE : Long.MIN_VALUE) : n[2];
                    yield v.slice((int) n[0], start, stop, s);
                }
                case 'T' -> v.T();
                case 'g' -> v.select((int) n[0], n[1]);
                case 'r' -> v.reshape(n);
                case 'b' -> v.broadcastTo(n);
                case 'd' -> n.length == 0 ? Np.diagonal(v) : Np.diagonal(v, n[0], 0, 1);
                case 'c' -> v.copy();
                default -> throw new IllegalArgumentException("functional.csv: unknown view step " + step);
            };
        }
        return v;
    }

    /**
     * {@code np.apply_over_axes(np.sum, np.arange(24).reshape(2, 3, 4), [0, 2])} is
     * [[[60] [92] [124]]] (NumPy 2.4); the view restoring axis 0 between the two calls is the
     * op's own and is closed, func's results are the caller's, and an identity func's result (x
     * itself) is not closed either.
     */
    @Test
    void applyOverAxesClosesTheViewsItMakes() {
        Tensor x = Np.arange(24).reshape(2, 3, 4);
        List<Tensor> sums = new ArrayList<>();
        try (io.jtensor.TensorScope scope = Np.scope()) {
            Tensor r = Np.applyOverAxes((t, axis) -> {
                Tensor s = Np.sum(t, axis);
                sums.add(s);
                return s;
            }, x, 0, -1);
            assertLongs(r, DType.INT64, shape(1, 3, 1), 60, 92, 124);
            r.close();
            sums.forEach(Tensor::close);
            assertEquals(0, scope.openTensors(), "apply_over_axes left a view of its own open");
            Tensor same = Np.applyOverAxes((t, axis) -> t, x, 0, 1);
            assertFalse(x.isClosed());
            assertLongs(same, DType.INT64, shape(2, 3, 4), Np.arange(24).toLongArray());
        }
    }

    @Test
    void piecewiseCallsEachFunctionOnceWithTheSelectedElementsOnly() {
        Tensor x = Np.array(new double[] {-2, -1, 0, 1, 2});
        AtomicInteger calls = new AtomicInteger();
        List<Long> sizes = new ArrayList<>();
        Function<Tensor, Tensor> counted = v -> {
            calls.incrementAndGet();
            sizes.add(v.size());
            return Np.negative(v);
        };
        Tensor never = Np.zeros(new long[] {5}, DType.BOOL);
        Tensor y = Np.piecewise(x, new Tensor[] {Np.less(x, 0.0), never}, List.of(counted, counted, 10.0));
        assertArrayEquals(new double[] {2, 1, 10, 10, 10}, y.toDoubleArray(), 0.0);
        assertEquals(1, calls.get(), "a function whose condition selects nothing is not called");
        assertEquals(List.of(2L), sizes);
        assertOnBackend("piecewise", y);
        assertFalse(Np.sharesMemory(y, x), "piecewise returns a new tensor");
    }

    @Test
    void applyAlongAxisCastsLaterResultsToTheFirstOnesType() {
        AtomicInteger calls = new AtomicInteger();
        // the first line's result is int64, the second's float64: NumPy stores 2.75 into int64 as 2
        Function<Tensor, Tensor> f = v -> calls.getAndIncrement() == 0 ? Np.sum(v)
                : Np.add(Np.sum(v), 0.75);
        Tensor x = Np.array(new long[] {1, 2, 3, 4}).reshape(2, 2);
        Tensor r = Np.applyAlongAxis(f, 1, x);
        assertEquals(DType.INT64, r.dtype());
        assertArrayEquals(new long[] {3, 7}, r.toLongArray());
        AtomicInteger grows = new AtomicInteger();
        throwsWith(IllegalArgumentException.class, () -> Np.applyAlongAxis(
                v -> Np.arange(grows.incrementAndGet() + 1), 0, Np.zeros(3, 2)), "apply_along_axis", "(3,)",
                "(2,)", "broadcast");
    }

    @Test
    void viewsShareMemoryAndCopiesDoNot() {
        Tensor x = Np.arange(12.0, 24.0, 1.0);
        assertTrue(Np.sharesMemory(Np.real(x), x), "real is a view");
        assertTrue(Np.sharesMemory(Np.realIfClose(x), x), "realIfClose is a view");
        assertTrue(Np.sharesMemory(Np.asarrayChkfinite(x), x), "asarrayChkfinite is a view");
        assertFalse(Np.mayShareMemory(Np.conj(x), x), "conj copies");
        assertFalse(Np.mayShareMemory(Np.imag(x), x), "imag is new");
        // np.imag of a real array is read-only (flags.writeable False), np.real a writable view
        assertTrue(Np.imag(x).isReadOnly(), "imag is read-only");
        Check.throwsWith(IllegalArgumentException.class, () -> Np.imag(x).fill(1.0), "fill", "read-only");
        assertFalse(Np.real(x).isReadOnly(), "real is writable");
        Tensor r = Np.real(x);
        assertNotSame(x, r);
        r.close();
        assertFalse(x.isClosed(), "closing real(x) leaves x open");
        // interleaved 2-d views: one column pair against another, all within each other's bounds
        Tensor m = x.reshape(3, 4);
        assertTrue(Np.mayShareMemory(m.slice(1, 0, 4, 2), m.slice(1, 1, 4, 2)));
        assertFalse(Np.sharesMemory(m.slice(1, 0, 4, 2), m.slice(1, 1, 4, 2)));
        assertTrue(Np.sharesMemory(m.slice(1, 0, 4, 3), m.slice(0, 2, 3, 1)));
    }

    @Test
    void errorsNameTheOpAndWhatIsValid() {
        Tensor x = Np.array(new double[] {1, 2, 3});
        Tensor c = Np.array(new boolean[] {true, false, true});
        throwsWith(IllegalArgumentException.class, () -> Np.piecewise(x, new Tensor[] {c}, List.of(1.0, 2.0, 3.0)),
                "piecewise", "1 condition(s)", "either 1 or 2");
        throwsWith(IllegalArgumentException.class, () -> Np.piecewise(x, new Tensor[] {c}, List.of("a")),
                "piecewise", "funclist[0]", "String");
        throwsWith(IndexOutOfBoundsException.class, () -> Np.piecewise(x, new Tensor[] {c.reshape(3, 1)},
                List.of(1.0)), "piecewise", "(3, 1)", "x's shape");
        throwsWith(IllegalArgumentException.class, () -> Np.asarrayChkfinite(Np.array(new double[] {1, Double.NaN})),
                "asarray_chkfinite", "must not contain infs or NaNs");
        assertEquals(DType.FLOAT16, Np.commonType(), "common_type() of no arrays, as NumPy");
        throwsWith(IllegalArgumentException.class, () -> Np.commonType(c), "common_type", "bool");
        throwsWith(IllegalArgumentException.class, () -> Np.binaryRepr(5, 2), "binary_repr", "width=2", "binwidth=3");
        throwsWith(IllegalArgumentException.class, () -> Np.baseRepr(5, 37), "base_repr", "36");
        throwsWith(IllegalArgumentException.class, () -> Np.baseRepr(5, 1), "base_repr", "less than 2");
        throwsWith(UnsupportedOperationException.class, () -> Np.poly(Np.array(new double[] {1, 2, 3, 4}).reshape(2, 2)),
                "poly", "complex", "symmetric");
        throwsWith(IllegalArgumentException.class, () -> Np.poly(Np.zeros(2, 3)), "poly", "(2, 3)");
        throwsWith(IllegalArgumentException.class, () -> Np.applyOverAxes((t, axis) -> Np.sum(t), Np.zeros(2, 3, 4), 1),
                "apply_over_axes", "3 or 2");
        throwsWith(IllegalArgumentException.class, () -> Np.applyAlongAxis(Np::sum, 2, x), "apply_along_axis",
                "axis 2", "valid: -1..0");
        throwsWith(IllegalArgumentException.class, () -> Np.size(x, 1), "size", "axis 1");
        throwsWith(IllegalArgumentException.class, () -> Np.maskIndices(-1, Np::triu), "mask_indices", "-1");
        throwsWith(IllegalArgumentException.class, () -> Np.fromfunction(g -> g[0], new long[] {2, -1}),
                "fromfunction", "negative");
        throwsWith(IllegalArgumentException.class, () -> Np.genfromtxt(new StringReader("1 2\n\n3 4 5\n6\n"), null,
                "#", 0, 0, null, Double.NaN), "genfromtxt", "Line #3 (got 3 columns instead of 2)",
                "Line #4 (got 1 columns instead of 2)");
        throwsWith(IllegalArgumentException.class, () -> Np.genfromtxt(new StringReader("1\n"), null, "", 0, 0, null,
                Double.NaN), "genfromtxt", "comments", "null");
        Tensor closed = Np.ones(3);
        closed.close();
        throwsWith(IllegalStateException.class, () -> Np.real(closed), "real");
        throwsWith(IllegalStateException.class, () -> Np.sharesMemory(x, closed), "shares_memory");
        throwsWith(NullPointerException.class, () -> Np.angle(null), "angle");
    }

    // ---- np.vectorize ---------------------------------------------------------------------------

    @Test
    void vectorizeAppliesAJavaFunctionToEveryElementInCOrder() {
        Tensor x = Np.array(new float[] {-1.5f, 0, Float.NaN, 3, 9, -0.0f}).reshape(2, 3).T();
        List<Double> seen = new ArrayList<>();
        Tensor y = Np.vectorize(v -> {
            seen.add(v);
            return Math.min(Math.max(v, 0), 6);
        }).apply(x);
        assertDoubles("relu6", y, DType.FLOAT64, shape(3, 2), Tolerance.EXACT, 0, 3, 0, 6, Double.NaN, 0);
        assertEquals(List.of(-1.5, 3.0, 0.0, 9.0, Double.NaN, -0.0), seen, "called once per element, C order of the view");
        Tensor big = Np.vectorize(v -> v).apply(Np.array(new long[] {(1L << 53) + 1}));
        assertDoubles("int64 read as double", big, DType.FLOAT64, shape(1), Tolerance.EXACT, 0x1p53);
        assertDoubles("0-d", Np.vectorize(Math::sqrt).apply(Np.scalar(16.0)), DType.FLOAT64, shape(), Tolerance.EXACT, 4);
        AtomicInteger calls = new AtomicInteger();
        Tensor empty = Np.vectorize(v -> calls.incrementAndGet()).apply(Np.zeros(shape(0, 3), DType.INT8));
        assertDoubles("empty", empty, DType.FLOAT64, shape(0, 3), Tolerance.EXACT);
        assertEquals(0, calls.get());
    }

    @Test
    void vectorizeOfTwoArgumentsBroadcasts() {
        Tensor a = Np.array(new double[] {3, 5, 8});
        Tensor b = Np.array(new int[] {4, 12}).reshape(2, 1);
        Tensor h = Np.vectorize(Math::hypot).apply(a, b);
        double[] expected = new double[6];
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 3; j++) {
                expected[i * 3 + j] = Math.hypot(new double[] {3, 5, 8}[j], new double[] {4, 12}[i]);
            }
        }
        assertDoubles("hypot", h, DType.FLOAT64, shape(2, 3), Tolerance.EXACT, expected);
        throwsWith(IllegalArgumentException.class, () -> Np.vectorize(Math::hypot).apply(a, Np.ones(2)),
                "vectorize: operands could not be broadcast together with shapes (3,) (2,)");
        RuntimeException thrown = new IllegalStateException("from f");
        assertSame(thrown, assertThrows(IllegalStateException.class,
                () -> Np.vectorize((u, v) -> {
                    throw thrown;
                }).apply(a, a)), "an exception of the function propagates");
    }

    @Test
    void vectorizeLongIsExactOverIntegersAndBool() {
        Tensor bits = Np.vectorizeLong(Long::bitCount).apply(Np.array(new long[] {7, -1, Long.MIN_VALUE}));
        assertLongs(bits, DType.INT64, shape(3), 3, 64, 1);
        Tensor u8 = Np.arrayUint8(new byte[] {(byte) 255, 1});
        assertLongs(Np.vectorizeLong(v -> v + 1).apply(u8), DType.INT64, shape(2), 256, 2);
        assertLongs(Np.vectorizeLong(v -> v * 10).apply(bools(true, false)), DType.INT64, shape(2), 10, 0);
        Tensor mod = Np.vectorizeLong(Math::floorMod).apply(Np.arange(-2L, 3L).reshape(5, 1), Np.array(new long[] {3, -3}));
        assertLongs(mod, DType.INT64, shape(5, 2), 1, -2, 2, -1, 0, 0, 1, -2, 2, -1);
        assertLongs(Np.vectorizeLong((p, q) -> p * q).apply(i64(Long.MAX_VALUE), i64(2)), DType.INT64, shape(1), -2);
        throwsWith(IllegalArgumentException.class, () -> Np.vectorizeLong(v -> v).apply(f32(1)),
                "vectorizeLong: x is float32; a long function takes bool and integer tensors");
        throwsWith(IllegalArgumentException.class, () -> Np.vectorizeLong((p, q) -> p).apply(i32(1), f64(1)),
                "vectorizeLong: y is float64");
    }

    @Test
    void vectorizeChecksItsOperands() {
        Tensor closed = f64(1, 2);
        closed.close();
        throwsWith(IllegalStateException.class, () -> Np.vectorize(v -> v).apply(closed),
                "vectorize: the tensor (2,) float64 is closed");
        throwsWith(NullPointerException.class, () -> Np.vectorize((java.util.function.DoubleUnaryOperator) null),
                "vectorize: the function is null");
        throwsWith(NullPointerException.class, () -> Np.vectorizeLong((p, q) -> p).apply(i64(1), null),
                "vectorizeLong: operand 1 is null");
        ForeignBackend other = new ForeignBackend(backend());
        Tensor elsewhere;
        try (var scope = Np.useBackend(other)) {
            elsewhere = Np.ones(2);
        }
        throwsWith(IllegalArgumentException.class, () -> Np.vectorize(Math::max).apply(f64(1, 2), elsewhere),
                "vectorize:");
        elsewhere.close();
    }
}
