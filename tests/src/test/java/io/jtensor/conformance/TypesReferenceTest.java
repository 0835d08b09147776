package io.jtensor.conformance;

import io.jtensor.DType;
import io.jtensor.FloatInfo;
import io.jtensor.IntegerInfo;
import io.jtensor.Np;
import io.jtensor.Tensor;
import io.jtensor.conformance.ReferenceData.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static io.jtensor.conformance.Check.throwsWith;
import static io.jtensor.conformance.ReferenceData.dtype;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * {@code resultType}, {@code promoteTypes}, {@code canCast}, {@code finfo}, {@code iinfo} and
 * {@code minScalarType} against
 * NumPy's {@code types.csv}: every combination of 1 to 3 operands for result_type (Java Boolean, Long
 * and Double standing for Python's weak scalars), every pair and casting for can_cast. These answer
 * from the types alone, so they run once, not per backend.
 */
class TypesReferenceTest {

    static Stream<Arguments> groups() {
        return ReferenceData.groupArguments("types.csv", r -> r.get("op"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("groups")
    void reference(String op, List<Row> rows) {
        assertAll(rows.stream().map(row -> () -> replay(row)));
    }

    private static void replay(Row row) {
        String op = row.get("op");
        String[] args = row.get("args").split(";");
        String expected = row.get("expected");
        String what = row.where() + " " + op + "(" + row.get("args") + ")";
        switch (op) {
            case "result_type" -> {
                Object[] operands = Arrays.stream(args).map(TypesReferenceTest::operand).toArray();
                assertEquals(dtype(expected), Np.resultType(operands), what);
                try (Tensor first = args[0].startsWith("py_") ? null : Np.zeros(new long[] {1}, dtype(args[0]))) {
                    if (first != null) {
                        // the same answer with a tensor in place of the first type
                        Object[] withTensor = operands.clone();
                        withTensor[0] = first;
                        assertEquals(dtype(expected), Np.resultType(withTensor), what + " (a tensor first)");
                    }
                }
            }
            case "promote_types" -> assertEquals(dtype(expected), Np.promoteTypes(dtype(args[0]), dtype(args[1])), what);
            case "can_cast" -> {
                boolean can = Boolean.parseBoolean(expected);
                assertEquals(can, Np.canCast(dtype(args[0]), dtype(args[1]), args[2]), what);
                if (args[2].equals("safe")) {
                    assertEquals(can, Np.canCast(dtype(args[0]), dtype(args[1])), what + " (default casting)");
                }
            }
            case "isdtype" -> assertEquals(Boolean.parseBoolean(expected), Np.isdtype(dtype(args[0]), args[1]), what);
            case "issubdtype" -> assertEquals(Boolean.parseBoolean(expected), Np.issubdtype(dtype(args[0]), args[1]), what);
            case "common_type" -> {
                Tensor[] arrays = row.get("args").equals("-") ? new Tensor[0]
                        : Arrays.stream(args).map(t -> Np.zeros(new long[] {1}, dtype(t))).toArray(Tensor[]::new);
                try {
                    if (expected.equals("error")) {
                        throwsWith(IllegalArgumentException.class, () -> Np.commonType(arrays), "common_type", "bool");
                    } else {
                        assertEquals(dtype(expected), Np.commonType(arrays), what);
                    }
                } finally {
                    Arrays.stream(arrays).forEach(Tensor::close);
                }
            }
            case "finfo" -> {
                FloatInfo f = Np.finfo(dtype(args[0]));
                String actual = String.join(" ", String.valueOf(f.bits()), repr(f.eps()), repr(f.epsneg()), repr(f.max()),
                        repr(f.min()), repr(f.smallestNormal()), repr(f.smallestSubnormal()), repr(f.resolution()),
                        String.valueOf(f.precision()), String.valueOf(f.nmant()), String.valueOf(f.nexp()),
                        String.valueOf(f.maxexp()), String.valueOf(f.minexp()));
                assertEquals(Arrays.stream(expected.split(" ")).map(TypesReferenceTest::normalized).toList(),
                        Arrays.stream(actual.split(" ")).map(TypesReferenceTest::normalized).toList(), what);
                assertEquals(f.smallestNormal(), f.tiny(), what + " tiny");
            }
            case "iinfo" -> {
                if (expected.equals("error")) {
                    throwsWith(IllegalArgumentException.class, () -> Np.iinfo(dtype(args[0])), "iinfo", args[0]);
                    return;
                }
                IntegerInfo i = Np.iinfo(dtype(args[0]));
                assertEquals(expected, i.bits() + " " + i.min() + " " + i.max(), what);
            }
            case "min_scalar_type" -> assertEquals(dtype(expected), minScalarType(args), what);
            default -> throw new AssertionError("unknown op " + op);
        }
    }

    /** 'py_int;v', 'py_float;v', 'py_bool;v' (Java scalars), '0d;dtype;v' and '1d;dtype' (tensors). */
    private static DType minScalarType(String[] args) {
        return switch (args[0]) {
            case "py_int" -> Np.minScalarType(Long.parseLong(args[1]));
            case "py_float" -> Np.minScalarType(ReferenceData.parseDouble(args[1]));
            case "py_bool" -> Np.minScalarType(Boolean.parseBoolean(args[1]));
            case "0d", "1d" -> {
                boolean scalar = args[0].equals("0d");
                try (Tensor a = scalar ? ReferenceData.tensor(dtype(args[1]), new long[0], new String[] {args[2]})
                        : Np.zeros(new long[] {2}, dtype(args[1]))) {
                    yield Np.minScalarType(a);
                }
            }
            default -> throw new AssertionError("unknown min_scalar_type operand " + args[0]);
        };
    }

    private static Object operand(String text) {
        return switch (text) {
            case "py_bool" -> Boolean.TRUE;
            case "py_int" -> 3L;
            case "py_float" -> 2.5;
            default -> dtype(text);
        };
    }

    private static String repr(double v) {
        return Double.toString(v);
    }

    /** Python's and Java's float reprs compared as doubles. */
    private static String normalized(String token) {
        return token.matches("-?\\d+") ? token : String.valueOf(Double.doubleToLongBits(ReferenceData.parseDouble(token)));
    }

    @Test
    void otherOperandsAndCastingsAreRefused() {
        throwsWith(IllegalArgumentException.class, () -> Np.resultType(), "resultType", "at least one");
        throwsWith(IllegalArgumentException.class, () -> Np.resultType(DType.INT32, "x"), "resultType", "String");
        throwsWith(IllegalArgumentException.class, () -> Np.canCast(DType.INT32, DType.INT64, "sometimes"),
                "canCast", "'same_kind'");
        throwsWith(IllegalArgumentException.class, () -> Np.finfo(DType.INT32), "finfo", "int32");
        assertThrows(NullPointerException.class, () -> Np.resultType(DType.INT32, null));
        assertEquals(DType.INT32, Np.resultType(DType.INT32, 7));
        assertEquals(DType.FLOAT32, Np.resultType(DType.FLOAT32, 7.5f));
    }
}
