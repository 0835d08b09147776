package io.jtensor.kernels;

import io.jtensor.DType;

/**
 * Element conversions between types with NumPy's rules on x86: any non-zero value (NaN included)
 * becomes true; float to integer truncates toward zero and gives the integer type's minimum for
 * NaN or out-of-range values (a prelude helper, because the C cast leaves that undefined);
 * everything else is the C conversion.
 */
public final class Conversions {

    private Conversions() {
    }

    /** C code converting {@code value}, an expression of type {@code from}, to type {@code to}. */
    public static String convert(DType from, DType to, String value) {
        if (from == to) {
            return "(" + value + ")";
        }
        if (to == DType.BOOL) {
            return "((jbool) ((" + value + ") != 0))";
        }
        if (from.isFloatingPoint() && to.isInteger()) {
            return "jt_" + from.numpyName() + "_to_" + to.numpyName() + "(" + value + ")";
        }
        return "((" + CTypes.name(to) + ") (" + value + "))";
    }
}
