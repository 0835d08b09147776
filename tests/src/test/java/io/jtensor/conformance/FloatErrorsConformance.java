package io.jtensor.conformance;

import io.jtensor.DType;
import io.jtensor.FloatErrorCallback;
import io.jtensor.FloatErrorMode;
import io.jtensor.FloatErrorScope;
import io.jtensor.FloatErrors;
import io.jtensor.FloatingPointException;
import io.jtensor.Np;
import io.jtensor.Tensor;
import io.jtensor.UfuncOptions;
import io.jtensor.conformance.ReferenceData.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code Np.seterr}, {@code geterr}, {@code errstate} and {@code seterrcall}: NumPy's
 * {@code float_errors.csv} replayed (ufuncs, {@code ldexp} with an int32 exponent, and {@code astype}; per case, the categories reported under 'call' and whether
 * and what 'raise' throws), then the modes, scopes, threads and messages.
 *
 * <p>Cases where jtensor knowingly reports otherwise than NumPy are in {@link #DEVIATIONS} with
 * jtensor's flags and are checked to report exactly those (README, "Floating-point errors").
 */
public abstract class FloatErrorsConformance extends ConformanceCase {

    /**
     * "op,dtype,x,y" to the flags jtensor reports where NumPy's loops differ from IEEE 754 rules
     * (its SIMD float32 loops raise or skip underflow on their intermediates; glibc's pow raises
     * overflow for a huge base to an infinite power; float32 hypot computes in double, so an
     * exact tiny result reports nothing there; NumPy's float16 power(±0, -Inf) reports no divide by
     * zero, its float32 and float64 ones and jtensor's do; float16 expm1 of the smallest negative
     * subnormal: glibc's float32 expm1 is one ulp off -2<sup>-24</sup>, whose rounding to float16
     * is then inexact, Java's is exact).
     */
    static final Map<String, String> DEVIATIONS = Map.ofEntries(
            Map.entry("cos,float32,4.70197740328915e-38,none", "none"),
            Map.entry("cos,float32,2.938735877055719e-39,none", "none"),
            Map.entry("sin,float32,4.70197740328915e-38,none", "none"),
            Map.entry("exp,float32,2.938735877055719e-39,none", "none"),
            Map.entry("exp,float32,-88.0,none", "under"),
            Map.entry("power,float32,1.7014117331926443e+38,inf", "none"),
            Map.entry("power,float64,8.988465674311579e+307,inf", "none"),
            Map.entry("hypot,float32,4.203895392974451e-45,5.605193857299268e-45", "under"),
            Map.entry("power,float16,0.0,-inf", "divide"),
            Map.entry("power,float16,-0.0,-inf", "divide"),
            Map.entry("expm1,float16,-5.960464477539063e-08,none", "none"));

    static Stream<Arguments> referenceGroups() {
        return ReferenceData.groupArguments("float_errors.csv", r -> r.get("op") + " " + r.get("dtype"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("referenceGroups")
    void reference(String key, List<Row> rows) {
        assertAll(rows.stream().map(row -> () -> replay(row)));
    }

    private void replay(Row row) {
        String op = row.get("op");
        DType dtype = ReferenceData.dtype(row.get("dtype"));
        DType outType = row.get("y").startsWith("out=") ? ReferenceData.dtype(row.get("y").substring(4)) : null;
        boolean binary = !row.get("y").equals("none") && outType == null;
        String caseKey = op + "," + row.get("dtype") + "," + row.get("x") + "," + row.get("y");
        String expected = DEVIATIONS.getOrDefault(caseKey, row.get("flags"));
        String what = row.where() + " " + op + "(" + row.get("x") + (binary ? ", " + row.get("y") : outType != null ? ", " + row.get("y") : "") + ") "
                + dtype.numpyName() + (DEVIATIONS.containsKey(caseKey) ? " (documented deviation; NumPy: "
                + row.get("flags") + ")" : "");
        Tensor x = ReferenceData.tensor(dtype, new long[] {1}, new String[] {row.get("x")});
        boolean cast = op.equals("cast");
        DType yType = op.equals("ldexp") ? DType.INT32 : dtype;
        Tensor y = binary && !cast ? ReferenceData.tensor(yType, new long[] {1}, new String[] {row.get("y")}) : null;
        DType target = cast ? ReferenceData.dtype(row.get("y")) : null;
        List<String> seen = new ArrayList<>();
        try (FloatErrorScope s = Np.errstate(FloatErrors.all(FloatErrorMode.CALL), (type, flags) -> seen.add(type))) {
            apply(op, x, y, target, outType);
        }
        String got = seen.isEmpty() ? "none" : String.join(" ", seen.stream().map(FloatErrorsConformance::shortName).toList());
        assertEquals(expected, got, what + " under 'call'");
        try (FloatErrorScope s = Np.errstate(FloatErrorMode.RAISE)) {
            if (expected.equals("none")) {
                apply(op, x, y, target, outType);
            } else {
                FloatingPointException e = assertThrows(FloatingPointException.class, () -> apply(op, x, y, target, outType),
                        what);
                String first = expected.split(" ")[0];
                assertEquals(longName(first) + " encountered in " + op, e.getMessage(), what);
                assertEquals(op, e.op(), what);
            }
        }
    }

    private static Tensor apply(String op, Tensor x, Tensor y, DType target, DType outType) {
        if (target != null) {
            return x.astype(target);
        }
        if (outType != null && !outType.isFloatingPoint()) {
            return Np.apply(Ops.unaryOp(op), x, UfuncOptions.DEFAULT.withOut(Np.empty(new long[] {1}, outType))
                    .withCasting("unsafe"));
        }
        if (outType != null) {
            return Ops.UNARY.get(Ops.unaryOp(op)).out().apply(x, Np.empty(new long[] {1}, outType));
        }
        return y == null ? Ops.UNARY.get(Ops.unaryOp(op)).plain().apply(x)
                : Ops.BINARY.get(Ops.binaryOp(op)).plain().apply(x, y);
    }

    private static String shortName(String numpyName) {
        return switch (numpyName) {
            case "divide by zero" -> "divide";
            case "overflow" -> "over";
            case "underflow" -> "under";
            case "invalid value" -> "invalid";
            default -> throw new AssertionError("unknown category " + numpyName);
        };
    }

    private static String longName(String shortName) {
        return switch (shortName) {
            case "divide" -> "divide by zero";
            case "over" -> "overflow";
            case "under" -> "underflow";
            case "invalid" -> "invalid value";
            default -> throw new AssertionError("unknown category " + shortName);
        };
    }

    @Test
    void defaultIgnoresEverythingAndChecksNothing() {
        assertEquals(FloatErrors.IGNORE_ALL, Np.geterr());
        assertNull(Np.geterrcall());
        Tensor r = Np.divide(Np.array(new double[] {1, 0, -1}), 0.0);
        assertEquals(Double.POSITIVE_INFINITY, r.getDouble(0));
        assertTrue(Double.isNaN(r.getDouble(1)));
        assertEquals("{'divide': 'ignore', 'over': 'ignore', 'under': 'ignore', 'invalid': 'ignore'}",
                Np.geterr().toString());
    }

    @Test
    void raiseReportsTheFirstCategoryInNumpysOrder() {
        Tensor x = Np.array(new double[] {0, 1, 1e300});
        Tensor y = Np.array(new double[] {0, 0, 1e-300});
        try (FloatErrorScope s = Np.errstate(FloatErrorMode.RAISE)) {
            FloatingPointException e = assertThrows(FloatingPointException.class, () -> Np.divide(x, y));
            assertEquals("divide by zero encountered in divide", e.getMessage());
            assertSame(FloatingPointException.Category.DIVIDE, e.category());
        }
        try (FloatErrorScope s = Np.errstate(FloatErrors.all(FloatErrorMode.RAISE).withDivide(FloatErrorMode.IGNORE))) {
            assertEquals("overflow encountered in divide",
                    assertThrows(FloatingPointException.class, () -> Np.divide(x, y)).getMessage());
        }
        try (FloatErrorScope s = Np.errstate(FloatErrors.IGNORE_ALL.withInvalid(FloatErrorMode.RAISE))) {
            assertEquals("invalid value encountered in divide",
                    assertThrows(FloatingPointException.class, () -> Np.divide(x, y)).getMessage());
            assertEquals("invalid value encountered in sqrt",
                    assertThrows(FloatingPointException.class, () -> Np.sqrt(Np.array(new double[] {4, -1}))).getMessage());
        }
    }

    @Test
    void callbackGetsEveryCategoryWithNumpysFlags() {
        List<String> calls = new ArrayList<>();
        Tensor x = Np.array(new double[] {0, 1, 1e300});
        Tensor y = Np.array(new double[] {0, 0, 1e-300});
        try (FloatErrorScope s = Np.errstate(FloatErrors.all(FloatErrorMode.CALL), (type, flags) -> calls.add(type + " " + flags))) {
            Np.divide(x, y);
        }
        // NumPy: [('divide by zero', 11), ('overflow', 11), ('invalid value', 11)]
        assertEquals(List.of("divide by zero 11", "overflow 11", "invalid value 11"), calls);
    }

    @Test
    void logWritesNumpysMessageAndCallWithoutCallbackFails() {
        StringBuilder log = new StringBuilder();
        try (FloatErrorScope s = Np.errstate(FloatErrors.IGNORE_ALL.withDivide(FloatErrorMode.LOG),
                FloatErrorCallback.writingTo(log))) {
            Np.log(Np.array(new double[] {0}));
        }
        assertEquals("Warning: divide by zero encountered in log\n", log.toString());
        try (FloatErrorScope s = Np.errstate(FloatErrorMode.CALL)) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> Np.sqrt(Np.array(new double[] {-1})));
            assertTrue(e.getMessage().contains("invalid value encountered in sqrt"), e.getMessage());
            assertTrue(e.getMessage().contains("seterrcall"), e.getMessage());
        }
        try (FloatErrorScope s = Np.errstate(FloatErrors.all(FloatErrorMode.LOG), (type, flags) -> { })) {
            assertThrows(IllegalStateException.class, () -> Np.sqrt(Np.array(new double[] {-1})));
        }
    }

    @Test
    void warnAndPrintWriteNumpysText() {
        PrintStream saved = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            try (FloatErrorScope s = Np.errstate(FloatErrors.NUMPY_DEFAULT)) {
                Tensor r = Np.exp(Np.array(new double[] {1000, 0}));
                assertEquals(Double.POSITIVE_INFINITY, r.getDouble(0));
            }
            try (FloatErrorScope s = Np.errstate(FloatErrors.IGNORE_ALL.withDivide(FloatErrorMode.PRINT))) {
                Np.reciprocal(Np.array(new double[] {0}));
            }
        } finally {
            System.setErr(saved);
        }
        String text = captured.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("RuntimeWarning: overflow encountered in exp"), text);
        assertTrue(text.contains("Warning: divide by zero encountered in reciprocal\n")
                || text.contains("Warning: divide by zero encountered in reciprocal" + System.lineSeparator()), text);
    }

    @Test
    void seterrReturnsThePreviousModesAndErrstateRestoresThem() {
        FloatErrors raise = FloatErrors.all(FloatErrorMode.RAISE);
        FloatErrors before = Np.seterr(raise);
        try {
            assertEquals(FloatErrors.IGNORE_ALL, before);
            assertEquals(raise, Np.geterr());
            try (FloatErrorScope outer = Np.errstate(FloatErrors.IGNORE_ALL.withOver(FloatErrorMode.WARN))) {
                assertEquals(FloatErrorMode.WARN, Np.geterr().over());
                try (FloatErrorScope inner = Np.errstate(FloatErrors.IGNORE_ALL, (t, f) -> { })) {
                    assertTrue(Np.geterr().ignoresAll());
                    assertFalse(Np.geterrcall() == null);
                    Np.divide(Np.array(new double[] {1}), 0.0);
                }
                assertEquals(FloatErrorMode.WARN, Np.geterr().over());
                assertNull(Np.geterrcall());
                outer.close();
                assertEquals(raise, Np.geterr());
            }
            assertEquals(raise, Np.geterr(), "a second close changes nothing");
            assertThrows(IllegalStateException.class, () -> {
                try (FloatErrorScope s = Np.errstate(FloatErrorMode.IGNORE)) {
                    throw new IllegalStateException("body");
                }
            });
            assertEquals(raise, Np.geterr(), "a scope left by an exception restores too");
            assertThrows(FloatingPointException.class, () -> Np.divide(Np.array(new double[] {1}), 0.0));
        } finally {
            Np.seterr(before);
        }
        assertEquals(FloatErrors.IGNORE_ALL, Np.geterr());
        Np.seterr(FloatErrorMode.RAISE);
        assertEquals(raise, Np.seterr(FloatErrorMode.IGNORE));
        assertEquals(FloatErrors.IGNORE_ALL, Np.geterr());
        assertEquals(FloatErrors.IGNORE_ALL, Np.seterr(FloatErrorMode.RAISE, null, null, FloatErrorMode.CALL));
        assertEquals(new FloatErrors(FloatErrorMode.RAISE, FloatErrorMode.IGNORE, FloatErrorMode.IGNORE, FloatErrorMode.CALL),
                Np.seterr(null, FloatErrorMode.WARN, null, null));
        assertEquals(FloatErrorMode.WARN, Np.geterr().over());
        assertEquals(FloatErrorMode.RAISE, Np.geterr().divide());
        Np.seterr(FloatErrorMode.IGNORE);
        assertEquals(FloatErrorMode.RAISE, FloatErrorMode.of("raise"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FloatErrorMode.of("loud")).getMessage()
                .contains("valid: ignore, warn, raise, call, print, log"));
    }

    @Test
    void modesArePerThread() throws Exception {
        try (FloatErrorScope s = Np.errstate(FloatErrorMode.RAISE)) {
            Tensor x = Np.array(new double[] {1});
            FloatErrors other = onNewThread(() -> {
                FloatErrors seen = Np.geterr();
                Np.seterr(FloatErrors.all(FloatErrorMode.WARN));
                return seen;
            });
            assertEquals(FloatErrors.IGNORE_ALL, other, "a new thread starts from the default");
            assertEquals(FloatErrors.all(FloatErrorMode.RAISE), Np.geterr(), "another thread's seterr leaves this one");
            Tensor quotient = onNewThread(() -> Np.divide(x, 0.0));
            assertEquals(Double.POSITIVE_INFINITY, quotient.getDouble(0));
            quotient.close();
            assertThrows(FloatingPointException.class, () -> Np.divide(x, 0.0));
        }
    }

    /** Runs {@code task} on a thread of its own (a pool thread would keep the modes it sets). */
    private static <T> T onNewThread(Callable<T> task) throws Exception {
        FutureTask<T> future = new FutureTask<>(task);
        Thread thread = new Thread(future, "float-errors-test");
        thread.start();
        return future.get();
    }

    @Test
    void outWhereAndScalarsAreChecked() {
        try (FloatErrorScope s = Np.errstate(FloatErrors.IGNORE_ALL.withDivide(FloatErrorMode.RAISE))) {
            Tensor x = Np.array(new double[] {1, 2, 3});
            Tensor zeros = Np.array(new double[] {1, 0, 1});
            // in place: the check sees the inputs as they were, NumPy writes out before it raises
            assertThrows(FloatingPointException.class, () -> Np.divide(x, zeros, x));
            assertEquals(Double.POSITIVE_INFINITY, x.getDouble(1));
            Tensor mask = Np.array(new boolean[] {true, false, true});
            Tensor y = Np.array(new double[] {1, 2, 3});
            Np.divide(y, zeros, y, mask);
            assertEquals(2.0, y.getDouble(1), "the masked-out element is neither computed nor checked");
            assertThrows(FloatingPointException.class, () -> Np.divide(1.0, Np.array(new double[] {0})));
            assertEquals("divide by zero encountered in log",
                    assertThrows(FloatingPointException.class, () -> Np.log(0.0)).getMessage());
            Tensor float32Out = Np.zeros(new long[] {1}, DType.FLOAT32);
            assertThrows(FloatingPointException.class, () -> Np.divide(Np.array(new double[] {1}), Np.array(new double[] {0}), float32Out));
        }
        try (FloatErrorScope s = Np.errstate(FloatErrors.IGNORE_ALL.withOver(FloatErrorMode.RAISE))) {
            assertEquals("overflow encountered in multiply", assertThrows(FloatingPointException.class,
                    () -> Np.multiply(Np.array(new float[] {3e38f}), Np.array(new float[] {2f}))).getMessage());
            Np.multiply(Np.array(new double[] {3e38}), 2.0);
        }
    }

    @Test
    void integerDivisionByZero() {
        Tensor x = Np.array(new long[] {7, Long.MIN_VALUE});
        try (FloatErrorScope s = Np.errstate(FloatErrorMode.RAISE)) {
            assertEquals("divide by zero encountered in floor_divide", assertThrows(FloatingPointException.class,
                    () -> Np.floorDivide(x, Np.array(new long[] {0, 1}))).getMessage());
            assertEquals("overflow encountered in floor_divide", assertThrows(FloatingPointException.class,
                    () -> Np.floorDivide(x, Np.array(new long[] {1, -1}))).getMessage());
            assertEquals("divide by zero encountered in remainder", assertThrows(FloatingPointException.class,
                    () -> Np.remainder(x, 0L)).getMessage());
            Np.remainder(x, Np.array(new long[] {1, -1}));
            // integer add wraps silently in NumPy too
            Np.add(x, x);
            assertEquals("invalid value encountered in divide", assertThrows(FloatingPointException.class,
                    () -> Np.divide(Np.array(new long[] {0}), 0L)).getMessage());
        }
    }
}
