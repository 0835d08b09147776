package io.jtensor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** DType promotion and casting against NumPy 2.4's {@code np.result_type} and {@code np.can_cast}. */
class DTypeTest {

    /** Every pair, as printed by {@code np.result_type(a, b)} with NumPy 2.4. */
    @ParameterizedTest
    @CsvSource({
        "BOOL,BOOL,BOOL", "BOOL,INT32,INT32", "BOOL,INT64,INT64", "BOOL,FLOAT32,FLOAT32", "BOOL,FLOAT64,FLOAT64",
        "INT32,BOOL,INT32", "INT32,INT32,INT32", "INT32,INT64,INT64", "INT32,FLOAT32,FLOAT64", "INT32,FLOAT64,FLOAT64",
        "INT64,BOOL,INT64", "INT64,INT32,INT64", "INT64,INT64,INT64", "INT64,FLOAT32,FLOAT64", "INT64,FLOAT64,FLOAT64",
        "FLOAT32,BOOL,FLOAT32", "FLOAT32,INT32,FLOAT64", "FLOAT32,INT64,FLOAT64", "FLOAT32,FLOAT32,FLOAT32",
        "FLOAT32,FLOAT64,FLOAT64",
        "FLOAT64,BOOL,FLOAT64", "FLOAT64,INT32,FLOAT64", "FLOAT64,INT64,FLOAT64", "FLOAT64,FLOAT32,FLOAT64",
        "FLOAT64,FLOAT64,FLOAT64",
        "BOOL,FLOAT16,FLOAT16", "INT32,FLOAT16,FLOAT64", "INT64,FLOAT16,FLOAT64", "FLOAT16,BOOL,FLOAT16",
        "FLOAT16,INT32,FLOAT64", "FLOAT16,INT64,FLOAT64", "FLOAT16,FLOAT16,FLOAT16", "FLOAT16,FLOAT32,FLOAT32",
        "FLOAT16,FLOAT64,FLOAT64", "FLOAT32,FLOAT16,FLOAT32", "FLOAT64,FLOAT16,FLOAT64"})
    void promotionMatchesNumpyResultType(DType a, DType b, DType expected) {
        assertEquals(expected, DType.promote(a, b));
    }

    /** NEP 50: {@code np.float32(1) * 2.0} stays float32, {@code np.int32(1) + 2.0} is float64, {@code True + 1} is int64. */
    @ParameterizedTest
    @CsvSource({"BOOL,FLOAT64,INT64", "INT32,FLOAT64,INT32", "INT64,FLOAT64,INT64", "FLOAT32,FLOAT32,FLOAT32",
        "FLOAT64,FLOAT64,FLOAT64", "FLOAT16,FLOAT16,FLOAT16"})
    void weakScalarsFollowNep50(DType tensor, DType withFloat, DType withInteger) {
        assertEquals(withFloat, tensor.promoteWithFloatScalar());
        assertEquals(withInteger, tensor.promoteWithIntegerScalar());
    }

    /** {@code np.can_cast(from, to, casting='same_kind')}. */
    @ParameterizedTest
    @CsvSource({"FLOAT64,FLOAT32,true", "FLOAT32,INT32,false", "INT64,INT32,true", "INT32,BOOL,false",
        "BOOL,FLOAT32,true", "INT64,FLOAT32,true", "FLOAT64,BOOL,false", "BOOL,BOOL,true",
        "BOOL,FLOAT16,true", "INT32,FLOAT16,true", "INT64,FLOAT16,true", "FLOAT16,BOOL,false", "FLOAT16,INT32,false",
        "FLOAT16,FLOAT64,true", "FLOAT64,FLOAT16,true", "FLOAT32,FLOAT16,true"})
    void sameKindCastingMatchesNumpy(DType from, DType to, boolean allowed) {
        assertEquals(allowed, from.canCastSameKindTo(to));
    }

    /** {@code np.can_cast(from, to)} (casting='safe') for the pairs with float16. */
    @ParameterizedTest
    @CsvSource({"BOOL,FLOAT16,true", "INT32,FLOAT16,false", "INT64,FLOAT16,false", "FLOAT16,BOOL,false",
        "FLOAT16,INT32,false", "FLOAT16,INT64,false", "FLOAT16,FLOAT16,true", "FLOAT16,FLOAT32,true",
        "FLOAT16,FLOAT64,true", "FLOAT32,FLOAT16,false", "FLOAT64,FLOAT16,false", "FLOAT32,FLOAT32,true"})
    void safeCastingWithFloat16MatchesNumpy(DType from, DType to, boolean allowed) {
        assertEquals(allowed, from.canCastSafelyTo(to));
    }

    /** FLOAT16 computes as FLOAT32, the 8- and 16-bit integers as INT32, UINT32 as INT64; every other type in itself. */
    @ParameterizedTest
    @CsvSource({"FLOAT16,FLOAT32", "FLOAT32,FLOAT32", "FLOAT64,FLOAT64", "INT32,INT32", "BOOL,BOOL", "INT8,INT32",
        "UINT8,INT32", "INT16,INT32", "UINT16,INT32", "UINT32,INT64", "INT64,INT64"})
    void computeType(DType type, DType compute) {
        assertEquals(compute, type.computeType());
    }

    // ---- the NumPy table: dtype-table.csv, written by tests/reference/dtype_table.py ----------

    private static List<String[]> table(String kind) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(DTypeTest.class.getResourceAsStream("dtype-table.csv"),
                "dtype-table.csv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith(kind + ",")) {
                    rows.add(line.substring(kind.length() + 1).split(","));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    static Stream<Arguments> pairs() {
        return table("pair").stream().map(r -> Arguments.of(DType.valueOf(r[0]), DType.valueOf(r[1]),
                DType.valueOf(r[2]), Boolean.parseBoolean(r[3]), Boolean.parseBoolean(r[4])));
    }

    /** Every pair of the ten types: np.result_type, np.can_cast safe and same_kind. */
    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("pairs")
    void everyPairAsNumpy(DType a, DType b, DType resultType, boolean safe, boolean sameKind) {
        assertEquals(resultType, DType.promote(a, b), "promote");
        assertEquals(safe, a.canCastSafelyTo(b), "canCastSafelyTo");
        assertEquals(sameKind, a.canCastSameKindTo(b), "canCastSameKindTo");
    }

    @Test
    void theTableCoversEveryPairAndType() {
        assertEquals(DType.values().length * DType.values().length, table("pair").size());
        assertEquals(DType.values().length, table("type").size());
        Set<DType> integers = EnumSet.noneOf(DType.class);
        table("int").forEach(r -> integers.add(DType.valueOf(r[0])));
        assertEquals(EnumSet.of(DType.INT8, DType.UINT8, DType.INT16, DType.UINT16, DType.INT32, DType.UINT32, DType.INT64),
                integers);
    }

    static Stream<Arguments> types() {
        return table("type").stream().map(r -> Arguments.of((Object[]) r));
    }

    /** The kind predicates, iinfo's limits (bool: 0 and 1) and NEP 50's weak Python float and int. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void typeFactsAsNumpy(String name, String integer, String unsigned, String floating, String min, String max,
                          String withFloat, String withInteger) {
        DType t = DType.valueOf(name);
        assertEquals(Boolean.parseBoolean(integer), t.isInteger(), "isInteger");
        assertEquals(Boolean.parseBoolean(unsigned), t.isUnsigned(), "isUnsigned");
        assertEquals(Boolean.parseBoolean(floating), t.isFloatingPoint(), "isFloatingPoint");
        assertEquals(DType.valueOf(withFloat), t.promoteWithFloatScalar(), "promoteWithFloatScalar");
        assertEquals(DType.valueOf(withInteger), t.promoteWithIntegerScalar(), "promoteWithIntegerScalar");
        if (min.equals("-")) {
            assertThrows(IllegalArgumentException.class, t::minValue);
            assertThrows(IllegalArgumentException.class, t::maxValue);
        } else {
            assertEquals(Long.parseLong(min), t.minValue(), "minValue");
            assertEquals(Long.parseLong(max), t.maxValue(), "maxValue");
        }
    }

    static Stream<Arguments> integers() {
        return table("int").stream().map(r -> Arguments.of(DType.valueOf(r[0]), Long.parseLong(r[1]),
                Boolean.parseBoolean(r[2]), Long.parseLong(r[3])));
    }

    /**
     * A Java integer meeting each integer type: {@code holds} is whether NumPy takes the Python int
     * (rather than raising OverflowError), {@code wrap} NumPy's unsafe cast of it; and the package's
     * {@code holdsTruncated} agrees with {@code holds} on the doubles that are exact.
     */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("integers")
    void javaIntegersAsNumpy(DType t, long value, boolean holds, long wrapped) {
        assertEquals(holds, t.holds(value), "holds");
        assertEquals(wrapped, t.wrap(value), "wrap");
        if (Math.abs(value) < (1L << 53)) {
            assertEquals(holds, t.holdsTruncated(value), "holdsTruncated");
        }
    }
}
