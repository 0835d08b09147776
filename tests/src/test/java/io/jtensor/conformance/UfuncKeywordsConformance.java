package io.jtensor.conformance;

import io.jtensor.DType;
import io.jtensor.Np;
import io.jtensor.Tensor;
import io.jtensor.UfuncOptions;
import io.jtensor.conformance.ReferenceData.Row;
import io.jtensor.op.BinaryOp;
import io.jtensor.op.UnaryOp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static io.jtensor.DType.BOOL;
import static io.jtensor.DType.FLOAT16;
import static io.jtensor.DType.FLOAT32;
import static io.jtensor.DType.FLOAT64;
import static io.jtensor.DType.INT16;
import static io.jtensor.DType.INT32;
import static io.jtensor.DType.INT8;
import static io.jtensor.conformance.Check.throwsWith;
import static io.jtensor.conformance.ReferenceData.dtype;
import static io.jtensor.conformance.ReferenceData.parseShape;
import static io.jtensor.conformance.ReferenceData.tokens;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * NumPy's ufunc keywords {@code dtype=} and {@code casting=} (with {@code out=} and {@code where=})
 * through {@link Np#apply(UnaryOp, Tensor, UfuncOptions)} and its binary forms: NumPy's
 * {@code ufunc_keywords.csv} replayed (loop types, casting rules, errors, out, where, 0-d,
 * broadcasting, weak Java scalars), exact except where the loop is a transcendental op's float
 * loop, which gets the backend's tolerance of that op.
 */
public abstract class UfuncKeywordsConformance extends ConformanceCase {

    static Stream<Arguments> referenceGroups() {
        return ReferenceData.groupArguments("ufunc_keywords.csv",
                r -> r.get("op") + " dtype=" + r.get("dtype") + " " + r.get("casting"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("referenceGroups")
    void reference(String key, List<Row> rows) {
        assertAll(rows.stream().map(row -> () -> replay(row)));
    }

    private void replay(Row row) {
        String op = row.get("op");
        String what = row.where() + " " + op + "(" + row.get("inputs") + ", dtype=" + row.get("dtype") + ", casting="
                + row.get("casting") + ", out=" + row.get("out") + ", where=" + row.get("where") + ")";
        Object[] in = Arrays.stream(row.get("inputs").split(";")).map(ManipulationConformance::operand).toArray();
        long[] shape = broadcastShape(in);
        UfuncOptions options = UfuncOptions.DEFAULT.withCasting(row.get("casting"));
        if (!row.get("dtype").equals("-")) {
            options = options.withDtype(dtype(row.get("dtype")));
        }
        Tensor out = null;
        if (!row.get("out").equals("-")) {
            out = Np.full(shape, 3, dtype(row.get("out")));
            options = options.withOut(out);
        }
        if (row.get("where").equals("m3")) {
            int size = (int) Arrays.stream(shape).reduce(1, (p, q) -> p * q);
            boolean[] m = new boolean[size];
            for (int i = 0; i < size; i++) {
                m[i] = i % 3 != 0;
            }
            options = options.withWhere(Np.array(m).reshape(shape));
        }
        UfuncOptions call = options;
        if (row.get("result_dtype").equals("error")) {
            String message;
            try {
                apply(op, in, call);
                throw new AssertionError(what + ": NumPy refuses it (" + row.get("expected") + "), jtensor did not");
            } catch (IllegalArgumentException e) {
                message = e.getMessage();
            }
            assertContains(what, message, op + ": ");
            for (String fragment : row.get("expected").split("\\|")) {
                assertContains(what, message, fragment);
            }
            return;
        }
        Tensor result = apply(op, in, call);
        DType type = dtype(row.get("result_dtype"));
        if (out != null) {
            assertSame(out, result, what + ": returns out");
        }
        assertOnBackend(what, result);
        Check.tokens(what, result, type, parseShape(row.get("result_shape")), tokens(row.get("expected")),
                tolerance(op, type), 0);
    }

    private static void assertContains(String what, String message, String fragment) {
        if (!message.contains(fragment)) {
            throw new AssertionError(what + ": message \"" + message + "\" lacks \"" + fragment + "\"");
        }
    }

    private static long[] broadcastShape(Object[] in) {
        Tensor[] tensors = Arrays.stream(in).filter(o -> o instanceof Tensor).toArray(Tensor[]::new);
        return tensors.length == 1 ? tensors[0].shape() : Np.broadcastShapes(tensors[0].shape(), tensors[1].shape());
    }

    /** The row's call: the op token by NumPy's name, its operands as tensors and weak Java scalars. */
    private static Tensor apply(String name, Object[] in, UfuncOptions options) {
        if (in.length == 1) {
            return Np.apply(unaryOp(name), (Tensor) in[0], options);
        }
        BinaryOp op = binaryOp(name);
        return switch (in[1]) {
            case Double d -> Np.apply(op, (Tensor) in[0], d, options);
            case Long l -> Np.apply(op, (Tensor) in[0], l, options);
            default -> switch (in[0]) {
                case Double d -> Np.apply(op, d, (Tensor) in[1], options);
                case Long l -> Np.apply(op, l, (Tensor) in[1], options);
                default -> Np.apply(op, (Tensor) in[0], (Tensor) in[1], options);
            };
        };
    }

    private static UnaryOp unaryOp(String name) {
        return UnaryOp.valueOf(name.equals("absolute") ? "ABS" : name.toUpperCase(Locale.ROOT));
    }

    private static BinaryOp binaryOp(String name) {
        return BinaryOp.valueOf(name.toUpperCase(Locale.ROOT));
    }

    /** Exact, but the backend's bound for a transcendental loop (float16 loops compute in float32). */
    private Tolerance tolerance(String name, DType type) {
        if (!type.isFloatingPoint()) {
            return Tolerance.EXACT;
        }
        DType measured = type == FLOAT16 ? FLOAT32 : type;
        Tolerance tol = switch (name) {
            case "exp" -> suite().unaryTolerance(UnaryOp.EXP, measured);
            case "power", "arctan2", "hypot" -> suite().binaryTolerance(binaryOp(name), measured);
            default -> Tolerance.EXACT;
        };
        // NumPy's own float32 loops are not correctly rounded either: one more ULP between the two
        Tolerance both = tol == Tolerance.EXACT ? tol
                : new Tolerance(tol.ulps() + 1, tol.epsScale(), tol.signedZeros(), tol.absoluteEps());
        return type == FLOAT16 ? both.forFloat16() : both;
    }

    // ---- hand-written cases --------------------------------------------------------------------

    @Test
    void optionsRefuseAnUnknownCastingAsNumPy() {
        // np.add(a, a, casting='bogus'): ValueError: casting must be one of 'no', 'equiv', 'safe', 'same_kind', 'unsafe'
        throwsWith(IllegalArgumentException.class, () -> UfuncOptions.DEFAULT.withCasting("bogus"), "casting",
                "'no', 'equiv', 'safe', 'same_kind', 'unsafe'", "bogus");
        throwsWith(IllegalArgumentException.class, () -> Np.concatenate(new Tensor[] {f64(1)}, 0, FLOAT64, "Safe"),
                "concatenate", "casting must be one of");
    }

    @Test
    void applyWithoutKeywordsIsTheOpsOwnMethod() {
        Tensor a = f64(1.5, -2.5, 4);
        assertDoubles(Np.apply(UnaryOp.SQRT, a, UfuncOptions.DEFAULT), FLOAT64, shape(3), Math.sqrt(1.5), Double.NaN, 2);
        Tensor o = Np.zeros(shape(3));
        Tensor m = bools(true, false, true);
        assertSame(o, Np.apply(BinaryOp.ADD, a, 1L, UfuncOptions.DEFAULT.withOut(o).withWhere(m)));
        assertDoubles(o, FLOAT64, shape(3), 2.5, 0, 5);
        // np.multiply(x, 2, dtype='float32', casting='unsafe') on float64 x
        assertDoubles(Np.apply(BinaryOp.MULTIPLY, a, 2L, UfuncOptions.DEFAULT.withDtype(FLOAT32).withCasting("unsafe")),
                FLOAT32, shape(3), 3, -5, 8);
        // np.add(2.5, np.array([1], np.int8), dtype=np.int16, casting='unsafe'): the Java double truncates to 2
        assertLongs(Np.apply(BinaryOp.ADD, 2.5, i64(1).astype(INT8),
                UfuncOptions.DEFAULT.withDtype(INT16).withCasting("unsafe")), INT16, shape(1), 3);
    }

    @Test
    void applyRefusesTokensThatAreNotUfuncs() {
        Tensor x = f64(1);
        throwsWith(IllegalArgumentException.class, () -> Np.apply(UnaryOp.FREXP_MANTISSA, x, UfuncOptions.DEFAULT),
                "apply", "frexp_mantissa", "not a ufunc");
        throwsWith(IllegalArgumentException.class, () -> Np.apply(UnaryOp.COPY, x, UfuncOptions.DEFAULT),
                "apply", "copy");
        throwsWith(IllegalArgumentException.class, () -> Np.apply(BinaryOp.NEXTAFTER_FLOAT16, x, x,
                UfuncOptions.DEFAULT), "apply", "nextafter_float16");
        throwsWith(NullPointerException.class, () -> Np.apply(BinaryOp.ADD, x, x, null), "add", "options");
        // ldexp's loops mix a float and an int: jtensor takes no dtype for it (a documented deviation)
        throwsWith(IllegalArgumentException.class, () -> Np.apply(BinaryOp.LDEXP, x, i64(1).astype(INT32),
                UfuncOptions.DEFAULT.withDtype(FLOAT64)), "ldexp", "no loop matching");
    }

    @Test
    void dtypeLoopsKeepNaNAndWrapAsTheirType() {
        // np.add(np.array([np.nan, 1e40]), 0, dtype=np.float32): NaN stays, 1e40 overflows to inf
        assertDoubles(Np.apply(BinaryOp.ADD, f64(Double.NaN, 1e40), 0L, UfuncOptions.DEFAULT.withDtype(FLOAT32)),
                FLOAT32, shape(2), Double.NaN, Double.POSITIVE_INFINITY);
        // np.multiply(np.array([100, 3], np.int8), np.array([2, 3], np.int8), dtype=np.int8): wraps
        assertLongs(Np.apply(BinaryOp.MULTIPLY, i64(100, 3).astype(INT8), i64(2, 3).astype(INT8),
                UfuncOptions.DEFAULT.withDtype(INT8)), INT8, shape(2), -56, 9);
        // np.less(np.array([1., np.nan]), 2., dtype=bool): the float loop, NaN compares false
        assertBools(Np.apply(BinaryOp.LESS, f64(1, Double.NaN), 2.0, UfuncOptions.DEFAULT.withDtype(BOOL)), shape(2),
                true, false);
        // o = np.arange(3.); np.add(o, o, out=o, dtype=np.float32): out over the inputs
        Tensor o = range(3);
        Np.apply(BinaryOp.ADD, o, o, UfuncOptions.DEFAULT.withOut(o).withDtype(FLOAT32));
        assertDoubles(o, FLOAT64, shape(3), 0, 2, 4);
        assertEquals(FLOAT64, o.dtype());
    }
}
