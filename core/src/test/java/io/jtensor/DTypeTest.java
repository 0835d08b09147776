package io.jtensor;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

    /** FLOAT16 computes as FLOAT32; every other type computes in itself. */
    @ParameterizedTest
    @CsvSource({"FLOAT16,FLOAT32", "FLOAT32,FLOAT32", "FLOAT64,FLOAT64", "INT32,INT32", "BOOL,BOOL"})
    void computeType(DType type, DType compute) {
        assertEquals(compute, type.computeType());
    }
}
