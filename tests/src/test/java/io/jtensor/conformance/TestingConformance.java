package io.jtensor.conformance;

import io.jtensor.Np;
import io.jtensor.NpTesting;
import io.jtensor.PrintOptions;
import io.jtensor.PrintOptionsScope;
import io.jtensor.Tensor;
import io.jtensor.conformance.ReferenceData.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.jtensor.conformance.Check.throwsWith;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * {@link NpTesting}'s assertions: NumPy's {@code testing.csv} replayed message for message, with
 * both tensors on the backend under test (a row either passes in NumPy and must pass here, or
 * fails with exactly NumPy's AssertionError text), plus the argument errors.
 */
public abstract class TestingConformance extends ConformanceCase {

    static Stream<Arguments> referenceGroups() {
        return ReferenceData.groupArguments("testing.csv", r -> r.get("op") + " "
                + r.get("actual").substring(0, r.get("actual").indexOf(':')) + "/"
                + r.get("desired").substring(0, r.get("desired").indexOf(':')));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("referenceGroups")
    void reference(String key, List<Row> rows) {
        assertAll(rows.stream().map(row -> () -> replay(row)));
    }

    private void replay(Row row) {
        String op = row.get("op");
        Map<String, String> args = new LinkedHashMap<>();
        for (String pair : row.get("args").split(";")) {
            args.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
        String errMsg = row.get("err_msg").equals("-") ? "" : PrintingConformance.unescape(row.get("err_msg"));
        String expected = PrintingConformance.unescape(row.get("expected"));
        Tensor actual = (Tensor) ManipulationConformance.operand(row.get("actual"));
        Tensor desired = (Tensor) ManipulationConformance.operand(row.get("desired"));
        assertSame(backend(), actual.backend(), "the operands live on the backend under test");
        String what = row.where() + " " + op + "(" + row.get("actual") + ", " + row.get("desired") + ", " + args + ")";
        try {
            run(op, args, errMsg, actual, desired);
            if (!expected.equals("pass")) {
                fail(what + " passed but NumPy fails with\n" + expected);
            }
        } catch (AssertionError e) {
            if (e.getClass() != AssertionError.class) {
                throw e;   // a JUnit failure from fail(...) above
            }
            assertEquals(expected, e.getMessage(), what);
        }
    }

    private static void run(String op, Map<String, String> args, String errMsg, Tensor actual, Tensor desired) {
        switch (op) {
            case "assert_allclose" -> NpTesting.assertAllclose(actual, desired, Double.parseDouble(args.get("rtol")),
                    Double.parseDouble(args.get("atol")), Boolean.parseBoolean(args.get("equal_nan")), errMsg,
                    Boolean.parseBoolean(args.get("strict")));
            case "assert_array_equal" -> NpTesting.assertArrayEqual(actual, desired, errMsg,
                    Boolean.parseBoolean(args.get("strict")));
            case "assert_array_almost_equal" -> NpTesting.assertArrayAlmostEqual(actual, desired,
                    Integer.parseInt(args.get("decimal")), errMsg);
            case "assert_array_less" -> NpTesting.assertArrayLess(actual, desired, errMsg,
                    Boolean.parseBoolean(args.get("strict")));
            default -> throw new IllegalArgumentException("unknown op " + op);
        }
    }

    @Test
    void defaultsAreNumPys() {
        Tensor a = f64(1.0, 2.0);
        NpTesting.assertAllclose(a, f64(1.0, 2.0 + 1e-7));   // rtol=1e-7 relative to desired
        AssertionError e = assertThrows(AssertionError.class, () -> NpTesting.assertAllclose(a, f64(1.0, 2.1)));
        assertEquals("\nNot equal to tolerance rtol=1e-07, atol=0", e.getMessage().substring(0, 42));
        NpTesting.assertArrayAlmostEqual(a, f64(1.0, 2.0000014));
        assertThrows(AssertionError.class, () -> NpTesting.assertArrayAlmostEqual(a, f64(1.0, 2.0000016)));
    }

    @Test
    void printOptionsShapeTheArrays() {
        try (PrintOptionsScope scope = Np.printOptions(PrintOptions.defaults().threshold(3).edgeItems(1))) {
            AssertionError e = assertThrows(AssertionError.class,
                    () -> NpTesting.assertArrayEqual(i64(1, 2, 3, 4), i64(1, 2, 3, 5)));
            assertEquals(String.join("\n", "", "Arrays are not equal", "", "Mismatched elements: 1 / 4 (25%)",
                    "Mismatch at index:", " [3]: 4 (ACTUAL), 5 (DESIRED)",
                    "Max absolute difference among violations: 1",
                    "Max relative difference among violations: 0.2",
                    " ACTUAL: array([1, ..., 4], shape=(4,))", " DESIRED: array([1, ..., 5], shape=(4,))"),
                    e.getMessage());
        }
    }

    @Test
    void argumentErrors() {
        Tensor a = f64(1.0);
        throwsWith(IllegalArgumentException.class, () -> NpTesting.assertArrayAlmostEqual(a, a, -1),
                "assertArrayAlmostEqual", "decimal must be >= 0", "-1");
        assertThrows(NullPointerException.class, () -> NpTesting.assertArrayEqual(a, null));
        assertThrows(NullPointerException.class, () -> NpTesting.assertArrayLess(a, a, null));
    }
}
