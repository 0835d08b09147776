package io.jtensor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link Float16}'s conversions against NumPy 2.4's {@code np.float16(x).view(np.uint16)}. */
class Float16Test {

    /** Doubles and the float16 bits NumPy rounds them to (printed by NumPy, hex). */
    @ParameterizedTest
    @CsvSource({
        "0.1, 2e66", "-0.0, 8000", "65504.0, 7bff", "65519.99, 7bff", "65520.0, 7c00", "1e300, 7c00",
        "5.960464477539063e-08, 0001", "2.9802322387695312e-08, 0000", "2.9802322387695316e-08, 0001",
        "6.103515625e-05, 0400", "-2.25, c080", "Infinity, 7c00", "-Infinity, fc00",
        // half-way between the float16 values 1 and 1 + 2^-10, plus a hair: a float rounding first would
        // land exactly on the half-way point and then round to even (down)
        "1.0004882812500002, 3c01", "1.00048828125, 3c00", "1.00146484375, 3c02"})
    void fromDoubleRoundsOnceAsNumpy(double value, String hex) {
        assertEquals(Integer.parseInt(hex, 16), Float16.fromDouble(value) & 0xffff, () -> "float16(" + value + ")");
    }

    @Test
    void everyFloat16SurvivesTheRoundTrip() {
        for (int h = 0; h < 0x10000; h++) {
            double v = Float16.toDouble((short) h);
            if (Double.isNaN(v)) {
                assertTrue(Double.isNaN(Float16.round(v)));
                assertEquals(0x7c00, Float16.fromDouble(v) & 0x7c00, "NaN stays NaN");
            } else {
                assertEquals(h, Float16.fromDouble(v) & 0xffff, "bits " + Integer.toHexString(h));
                assertEquals(h, Float16.fromFloat((float) v) & 0xffff, "bits " + Integer.toHexString(h));
            }
        }
    }

    @Test
    void constantsAreTheNamedValues() {
        assertEquals(65504.0, Float16.toDouble(Float16.MAX_VALUE));
        assertEquals(0x1p-14, Float16.toDouble(Float16.MIN_NORMAL));
        assertEquals(0x1p-24, Float16.toDouble(Float16.MIN_VALUE));
    }
}
