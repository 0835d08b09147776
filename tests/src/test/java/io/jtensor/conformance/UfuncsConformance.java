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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static io.jtensor.conformance.Check.throwsWith;
import static io.jtensor.conformance.ReferenceData.dtype;
import static io.jtensor.conformance.ReferenceData.parseShape;
import static io.jtensor.conformance.ReferenceData.tokens;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * {@code nextafter}, {@code spacing}, {@code ldexp}, {@code frexp} and {@code sinc}: NumPy's
 * {@code ufuncs.csv} replayed bit for bit (sinc within the backend's sin tolerance plus 2 ULP, as
 * it is sin(y) / y of NumPy's own y), each tensor-only row also into a zeroed {@code out} and
 * with a {@code where} mask (with and without out); rows NumPy refuses must throw
 * IllegalArgumentException naming the op.
 */
public abstract class UfuncsConformance extends ConformanceCase {

    static Stream<Arguments> referenceGroups() {
        return ReferenceData.groupArguments("ufuncs.csv", r -> r.get("op") + " " + r.get("result_dtype"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("referenceGroups")
    void reference(String key, List<Row> rows) {
        assertAll(rows.stream().map(row -> () -> replay(row)));
    }

    private void replay(Row row) {
        String op = row.get("op");
        String what = row.where() + " " + op + "(" + abbreviated(row.get("inputs")) + ")";
        List<Object> in = new ArrayList<>();
        for (String text : row.get("inputs").split(";")) {
            in.add(ManipulationConformance.operand(text));
        }
        if (row.get("result_dtype").equals("error")) {
            throwsWith(IllegalArgumentException.class, () -> call(op, in, null, null, null), op + ": ");
            return;
        }
        String[] types = row.get("result_dtype").split(";");
        String[] values = row.get("expected").split(";", -1);
        long[] shape = parseShape(row.get("result_shape"));
        Tensor[] results = call(op, in, null, null, null);
        boolean tensorsOnly = in.stream().allMatch(o -> o instanceof Tensor);
        long size = Arrays.stream(shape).reduce(1, (p, q) -> p * q);
        Tensor mask = null;
        if (tensorsOnly && !op.equals("sinc") && size > 0) {
            boolean[] m = new boolean[(int) size];
            for (int i = 0; i < m.length; i++) {
                m[i] = i % 3 != 0;
            }
            mask = Np.array(m).reshape(shape);
        }
        for (int k = 0; k < results.length; k++) {
            DType type = dtype(types[k]);
            String[] expected = tokens(values[k]);
            Tolerance tol = tolerance(row.get("accuracy"), type);
            assertOnBackend(what, results[k]);
            Check.tokens(what + " output " + k, results[k], type, shape, expected, tol, 0);
            if (mask != null) {
                Tensor[] outs = zeros(types, shape, 0);
                Tensor[] into = call(op, in, outs[0], outs.length > 1 ? outs[1] : null, null);
                assertSame(outs[k], into[k], what + ": returns out");
                Check.tokens(what + " into out " + k, outs[k], type, shape, expected, tol, 0);
                Tensor[] kept = zeros(types, shape, 3);
                call(op, in, kept[0], kept.length > 1 ? kept[1] : null, mask);
                Check.tokens(what + " with where= into out " + k, kept[k], type, shape, masked(expected, type, 3), tol,
                        0);
                Tensor[] fresh = call(op, in, null, null, mask);
                Check.tokens(what + " with where= and no out " + k, fresh[k], type, shape, masked(expected, type, 0),
                        tol, 0);
            }
        }
    }

    /** The public overload a row names: its operands as tensors and weak Java scalars. */
    private static Tensor[] call(String op, List<Object> in, Tensor out, Tensor secondOut, Tensor where) {
        Object a = in.get(0);
        Object b = in.size() > 1 ? in.get(1) : null;
        return switch (op) {
            case "nextafter" -> new Tensor[] {switch (b) {
                case Double d -> Np.nextafter((Tensor) a, d);
                case Long l -> Np.nextafter((Tensor) a, l);
                default -> switch (a) {
                    case Double d -> Np.nextafter(d, (Tensor) b);
                    case Long l -> Np.nextafter(l, (Tensor) b);
                    default -> out == null && where == null ? Np.nextafter((Tensor) a, (Tensor) b)
                            : where == null ? Np.nextafter((Tensor) a, (Tensor) b, out)
                            : Np.nextafter((Tensor) a, (Tensor) b, out, where);
                };
            }};
            case "ldexp" -> new Tensor[] {switch (b) {
                case Double d -> throw new IllegalArgumentException("ldexp: no Java overload takes a double exponent "
                        + "(NumPy refuses a float one)");
                case Long l -> Np.ldexp((Tensor) a, l);
                default -> a instanceof Double d ? Np.ldexp(d, (Tensor) b)
                        : out == null && where == null ? Np.ldexp((Tensor) a, (Tensor) b)
                        : where == null ? Np.ldexp((Tensor) a, (Tensor) b, out)
                        : Np.ldexp((Tensor) a, (Tensor) b, out, where);
            }};
            case "spacing" -> new Tensor[] {out == null && where == null ? Np.spacing((Tensor) a)
                    : where == null ? Np.spacing((Tensor) a, out) : Np.spacing((Tensor) a, out, where)};
            case "frexp" -> out == null && where == null ? Np.frexp((Tensor) a)
                    : where == null ? Np.frexp((Tensor) a, out, secondOut) : Np.frexp((Tensor) a, out, secondOut, where);
            case "sinc" -> new Tensor[] {Np.sinc((Tensor) a)};
            default -> throw new IllegalArgumentException("ufuncs.csv: unknown op " + op);
        };
    }

    /** Exact, or for sinc the backend's sin tolerance plus 2 ULP (NumPy's sin and the division). */
    private Tolerance tolerance(String accuracy, DType type) {
        if (!accuracy.equals("sin") || !type.isFloatingPoint()) {
            return Tolerance.EXACT;
        }
        Tolerance sin = type == DType.FLOAT16 ? suite().unaryTolerance(UnaryOp.SIN, DType.FLOAT32).forFloat16()
                : suite().unaryTolerance(UnaryOp.SIN, type);
        return new Tolerance(sin.ulps() + 2, sin.epsScale(), sin.signedZeros(), sin.absoluteEps());
    }

    private static Tensor[] zeros(String[] types, long[] shape, double value) {
        return Arrays.stream(types).map(t -> Np.full(shape, value, dtype(t))).toArray(Tensor[]::new);
    }

    /** expected with every position divisible by 3 (where the mask is false) replaced by value. */
    private static String[] masked(String[] expected, DType type, int value) {
        String[] out = expected.clone();
        for (int i = 0; i < out.length; i += 3) {
            out[i] = type.isFloatingPoint() ? value + ".0" : Integer.toString(value);
        }
        return out;
    }

    private static String abbreviated(String inputs) {
        return inputs.length() <= 160 ? inputs : inputs.substring(0, 160) + "...";
    }

    // ---- hand-written cases --------------------------------------------------------------------

    @Test
    void nextafterStepsThroughTheSubnormalsOneByOne() {
        Tensor x = Np.array(new double[] {0.0, Double.MIN_VALUE, Double.MIN_NORMAL});
        Tensor up = Np.nextafter(x, Double.POSITIVE_INFINITY);
        Tensor down = Np.nextafter(x, Double.NEGATIVE_INFINITY);
        assertDoubles(up, DType.FLOAT64, shape(3), Double.MIN_VALUE, 2 * Double.MIN_VALUE,
                Math.nextUp(Double.MIN_NORMAL));
        assertDoubles(down, DType.FLOAT64, shape(3), -Double.MIN_VALUE, 0.0, Math.nextDown(Double.MIN_NORMAL));
        Tensor f = Np.nextafter(Np.array(new float[] {0f, Float.MIN_VALUE, Float.MIN_NORMAL}), 1.0);
        assertDoubles(f, DType.FLOAT32, shape(3), Float.MIN_VALUE, 2 * Float.MIN_VALUE,
                Math.nextUp(Float.MIN_NORMAL));
    }

    @Test
    void ldexpRefusesFloatExponentsAndWideJavaExponents() {
        Tensor x = f64(1.5, 2.0);
        throwsWith(IllegalArgumentException.class, () -> Np.ldexp(x, f32(1f, 2f)), "ldexp", "float32",
                "integer or bool");
        throwsWith(IllegalArgumentException.class, () -> Np.ldexp(x, 1L << 40), "ldexp", "1099511627776", "int32");
        // an int64 tensor takes any exponent, saturating
        assertDoubles(Np.ldexp(x, i64(1L << 40, Long.MIN_VALUE)), DType.FLOAT64, shape(2),
                Double.POSITIVE_INFINITY, 0.0);
        throwsWith(IllegalArgumentException.class, () -> Np.ldexp(x, i64(1, 2), i32(0, 0)), "ldexp",
                "cannot cast the result from float64 to out's int32");
    }

    @Test
    void frexpOutsMayOverwriteTheInput() {
        Tensor x = f64(8.0, -3.0, 0.0);
        // np.frexp(x, out=(m, None)): one out is NumPy's too
        Tensor[] one = Np.frexp(x, Np.zeros(shape(3)), null, null);
        assertDoubles(one[0], DType.FLOAT64, shape(3), 0.5, -0.75, 0.0);
        assertLongs(one[1], DType.INT32, shape(3), 4, 2, 0);
        Tensor e = Np.zeros(shape(3), DType.INT32);
        throwsWith(IllegalArgumentException.class, () -> Np.frexp(x, e, e, null), "frexp", "same tensor");
        throwsWith(IllegalArgumentException.class, () -> Np.frexp(x, Np.zeros(shape(3)), Np.zeros(shape(4),
                DType.INT32)), "frexp: out has shape (4,)");
        Tensor[] me = Np.frexp(x, x, e);
        assertSame(x, me[0]);
        assertSame(e, me[1]);
        assertDoubles(x, DType.FLOAT64, shape(3), 0.5, -0.75, 0.0);
        assertLongs(e, DType.INT32, shape(3), 4, 2, 0);
    }

    @Test
    void spacingOfOneNumberAndOutputTypes() {
        assertEquals(Math.ulp(1.0), Np.spacing(1.0));
        assertEquals(-Math.ulp(1e300), Np.spacing(-1e300));
        assertEquals(Double.MIN_VALUE, Np.spacing(-0.0));
        assertEquals(DType.FLOAT32, Np.spacing(f32(1f)).dtype());
        assertEquals(DType.FLOAT64, Np.sinc(i32(0, 1)).dtype());
        throwsWith(IllegalArgumentException.class, () -> Np.spacing(f64(1.0), Np.zeros(shape(1), DType.INT64)),
                "spacing", "cannot cast");
        assertThrows(NullPointerException.class, () -> Np.sinc(null));
    }
}
