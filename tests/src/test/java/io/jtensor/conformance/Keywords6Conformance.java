package io.jtensor.conformance;

import io.jtensor.DType;
import io.jtensor.Np;
import io.jtensor.Tensor;
import io.jtensor.TensorRandom;
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
import static io.jtensor.conformance.ReferenceData.parseDouble;
import static io.jtensor.conformance.ReferenceData.parseShape;
import static io.jtensor.conformance.ReferenceData.tokens;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * NumPy keywords filled in the twentieth session: {@code arange(dtype=)}, {@code astype(copy=)},
 * {@code reshape(copy=)}, {@code array(dtype, copy, ndmin)}, {@code ascontiguousarray}/{@code
 * asarray_chkfinite(dtype)}, {@code concat(out=, dtype=, casting=)}, {@code copyto(casting=)},
 * {@code linalg.pinv(rtol=)}, {@code linalg.multi_dot(out=)}, the fft helpers {@code fftfreq},
 * {@code rfftfreq}, {@code fftshift}, {@code ifftshift}, and the Generator's {@code out=} (random,
 * standard_normal, standard_exponential, standard_gamma, permuted). {@code keywords6.csv} (written
 * by {@code tests/reference/generate.py keywords6}) is replayed bit for bit, with NumPy's aliasing
 * (x itself, a view of x, or new memory); NumPy's errors are IllegalArgumentException naming the op.
 */
public abstract class Keywords6Conformance extends ConformanceCase {

    /** The name a jtensor error message starts with, where it is not the CSV's op. */
    private static final Map<String, String> JAVA_NAME = Map.of("concat", "concatenate", "multi_dot", "multiDot",
            "rng.random", "random", "rng.standard_normal", "standardNormal", "rng.standard_exponential",
            "standardExponential", "rng.standard_gamma", "standardGamma", "rng.permuted", "permuted");

    static Stream<Arguments> referenceGroups() {
        return ReferenceData.groupArguments("keywords6.csv", r -> r.get("op"));
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
        Map<String, String> args = ReferenceData.keywordArgs(row.get("args"));
        if (row.get("result_dtype").equals("error")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> run(op, in, args), what);
            String name = JAVA_NAME.getOrDefault(op, op);
            assertTrue(e.getMessage().startsWith(name + ": "), () -> what + ": the message names the op: "
                    + e.getMessage());
            return;
        }
        Tensor result = run(op, in, args);
        assertOnBackend(what, result);
        Check.tokens(what, result, dtype(row.get("result_dtype")), parseShape(row.get("result_shape")),
                tokens(row.get("expected")), Tolerance.EXACT, 0);
        Tensor x = in.isEmpty() ? null : in.get(0);
        switch (row.get("alias")) {
            case "x" -> {
                if (op.equals("astype")) {
                    assertSame(x, result, what + ": x itself");
                } else {
                    assertTrue(Np.sharesMemory(result, x), what + ": x itself (here a view of x)");
                }
            }
            case "view" -> {
                assertNotSame(x, result, what + ": a view, not x");
                assertTrue(Np.sharesMemory(result, x), what + ": a view of x");
            }
            case "new" -> assertFalse(Np.sharesMemory(result, x), what + ": new memory");
            default -> {
            }
        }
    }

    private static Tensor run(String op, List<Tensor> in, Map<String, String> a) {
        Tensor x = in.isEmpty() ? null : in.get(0);
        return switch (op) {
            case "arange" -> a.get("kind").equals("long")
                    ? Np.arange(Long.parseLong(a.get("start")), Long.parseLong(a.get("stop")), Long.parseLong(a.get("step")),
                    dtype(a.get("dtype")))
                    : Np.arange(parseDouble(a.get("start")), parseDouble(a.get("stop")), parseDouble(a.get("step")),
                    dtype(a.get("dtype")));
            case "astype" -> x.astype(dtype(a.get("dtype")), a.get("copy").equals("1"));
            case "reshape" -> Np.reshape(x, parseShape(a.get("shape")), optionalBoolean(a.get("copy")));
            case "array" -> Np.array(x, optionalDtype(a.get("dtype")), optionalBoolean(a.get("copy")),
                    Integer.parseInt(a.get("ndmin")));
            case "ascontiguousarray" -> Np.ascontiguousarray(x, dtype(a.get("dtype")));
            case "asarray_chkfinite" -> Np.asarrayChkfinite(x, dtype(a.get("dtype")));
            case "concat" -> {
                Tensor[] arrays = in.toArray(Tensor[]::new);
                int axis = Integer.parseInt(a.get("axis"));
                if (a.get("out").equals("-")) {
                    yield Np.concat(arrays, axis, dtype(a.get("dtype")), a.get("casting"));
                }
                Tensor out = out(a.get("out"));
                assertSame(out, Np.concat(arrays, axis, out), "concat returns out");
                yield out;
            }
            case "copyto" -> {
                if (in.size() > 2) {
                    Np.copyto(x, in.get(1), a.get("casting"), in.get(2));
                } else {
                    Np.copyto(x, in.get(1), a.get("casting"));
                }
                yield x;
            }
            case "pinv" -> Np.pinv(x, a.get("hermitian").equals("1"), a.get("rtol").equals("-") ? null
                    : parseDouble(a.get("rtol")));
            case "multi_dot" -> {
                Tensor out = out(a.get("out"));
                assertSame(out, Np.multiDot(in.toArray(Tensor[]::new), out), "multiDot returns out");
                yield out;
            }
            case "fftfreq" -> Np.fftfreq(Long.parseLong(a.get("n")), parseDouble(a.get("d")));
            case "rfftfreq" -> Np.rfftfreq(Long.parseLong(a.get("n")), parseDouble(a.get("d")));
            case "fftshift" -> a.get("axes").equals("-") ? Np.fftshift(x) : Np.fftshift(x, axes(a.get("axes")));
            case "ifftshift" -> a.get("axes").equals("-") ? Np.ifftshift(x) : Np.ifftshift(x, axes(a.get("axes")));
            case "rng.random", "rng.standard_normal", "rng.standard_exponential", "rng.standard_gamma" -> sample(op, a);
            case "rng.permuted" -> {
                TensorRandom rng = Np.defaultRng(Long.parseLong(a.get("seed")));
                Integer axis = a.get("axis").equals("none") ? null : Integer.parseInt(a.get("axis"));
                if (a.get("out").equals("-")) {
                    yield rng.permuted(x, axis, null);
                }
                Tensor out = a.get("out").equals("x") ? x : out(a.get("out"));
                assertSame(out, rng.permuted(x, axis, out), "permuted returns out");
                yield out;
            }
            default -> throw new IllegalArgumentException("unknown op " + op);
        };
    }

    private static Tensor sample(String op, Map<String, String> a) {
        TensorRandom rng = Np.defaultRng(Long.parseLong(a.get("seed")));
        long[] size = a.get("size").equals("-") ? null : parseShape(a.get("size"));
        DType dtype = dtype(a.get("dtype"));
        Tensor out = out(a.get("out"));
        Tensor result = switch (op) {
            case "rng.random" -> rng.random(size, dtype, out);
            case "rng.standard_normal" -> rng.standardNormal(size, dtype, out);
            case "rng.standard_exponential" -> rng.standardExponential(size, dtype, a.get("method"), out);
            default -> rng.standardGamma(parseDouble(a.get("shape")), size, dtype, out);
        };
        assertSame(out, result, op + " returns out");
        return out;
    }

    /** A zero tensor from 'dtype:shape[:view]': F Fortran order, T a transposed one, step2 every other row, ro read-only. */
    private static Tensor out(String spec) {
        String[] parts = spec.split(":");
        DType dtype = dtype(parts[0]);
        long[] shape = parseShape(parts[1]);
        String view = parts.length > 2 ? parts[2] : "-";
        long[] reversed = shape.clone();
        for (int i = 0; i < shape.length; i++) {
            reversed[i] = shape[shape.length - 1 - i];
        }
        return switch (view) {
            case "F" -> Np.zeros(reversed, dtype).T();
            case "T" -> Np.zeros(shape, dtype).T();
            case "step2" -> Np.zeros(shape, dtype).slice(0, 0, shape[0], 2);
            case "ro" -> Np.zeros(new long[] {1}, dtype).broadcastTo(shape);
            default -> Np.zeros(shape, dtype);
        };
    }

    private static Boolean optionalBoolean(String text) {
        return text.equals("-") ? null : text.equals("1");
    }

    private static DType optionalDtype(String text) {
        return text.equals("-") ? null : dtype(text);
    }

    private static int[] axes(String text) {
        return Arrays.stream(text.split("/")).mapToInt(Integer::parseInt).toArray();
    }

    // ---- the forms the reference file cannot show ----------------------------------------------

    @Test
    void reshapeCopyTrueNeverSharesMemoryAndCopyFalseWritesThrough() {
        Tensor m = Np.arange(6, FLOAT64).reshape(2, 3);
        Tensor copied = m.reshape(new long[] {3, 2}, true);
        Tensor view = m.reshape(new long[] {3, 2}, false);
        m.fill(7.0);
        assertArrayEquals(new double[] {0, 1, 2, 3, 4, 5}, copied.toDoubleArray());
        assertArrayEquals(new double[] {7, 7, 7, 7, 7, 7}, view.toDoubleArray());
    }

    @Test
    void unknownExponentialMethodIsRefused() {
        // NumPy takes any method other than 'zig' as 'inv'; jtensor names the two it knows
        throwsWith(IllegalArgumentException.class,
                () -> Np.defaultRng(1).standardExponential(new long[] {2}, null, "foo", null),
                "standardExponential", "'zig' or 'inv'");
    }

    @Test
    void samplerWithoutOutOrSizeGivesA0dTensor() {
        Tensor r = Np.defaultRng(4).random(null, null, null);
        assertArrayEquals(new long[0], r.shape());
        try (Tensor out = Np.zeros(new long[0], FLOAT64)) {
            Np.defaultRng(4).random(null, FLOAT64, out);
            assertArrayEquals(out.toDoubleArray(), r.toDoubleArray());
        }
    }

    @Test
    void permutedIntoItselfShufflesInPlace() {
        Tensor x = Np.arange(12).reshape(3, 4).astype(INT64);
        Tensor expected = Np.defaultRng(5).permuted(x, 1);
        assertSame(x, Np.defaultRng(5).permuted(x, 1, x));
        assertArrayEquals(expected.toLongArray(), x.toLongArray());
    }
}
