package io.jtensor.kernels;

import io.jtensor.DType;

/**
 * Element conversions between types with NumPy's rules on x86: any non-zero value (NaN included)
 * becomes true; float to integer truncates toward zero and gives the integer type's minimum for
 * NaN or out-of-range values (a prelude helper, because the C cast leaves that undefined);
 * float to an 8- or 16-bit integer goes through int32 and wraps, to uint32 through int64 (as
 * NumPy's scalar C casts on x86; kernels never store a float as uint32, see {@link TypedMemory});
 * float16 goes through float ({@code jt_half_to_float} / {@code jt_float_to_half}); everything else
 * is the C conversion.
 */
public final class Conversions {

    private Conversions() {
    }

    /** C code converting {@code value}, an expression of type {@code from}, to type {@code to}. */
    public static String convert(DType from, DType to, String value) {
        if (from == to) {
            return "(" + value + ")";
        }
        if (from == DType.FLOAT16) {
            return convert(DType.FLOAT32, to, "jt_half_to_float(" + value + ")");
        }
        if (to == DType.FLOAT16) {
            return from == DType.FLOAT64 ? "jt_double_to_half(" + value + ")"
                    : "jt_float_to_half(" + convert(from, DType.FLOAT32, value) + ")";
        }
        if (to == DType.BOOL) {
            return "((jbool) ((" + value + ") != 0))";
        }
        if (from.isFloatingPoint() && to.isInteger()) {
            if (to.computeType() != to) {
                // as NumPy on x86 (cvttss2si to int32 or int64, then the C cast): 300.7 gives int8 44, NaN 0
                return "((" + CTypes.name(to) + ") " + convert(from, to.computeType(), value) + ")";
            }
            return "jt_" + from.numpyName() + "_to_" + to.numpyName() + "(" + value + ")";
        }
        return "((" + CTypes.name(to) + ") (" + value + "))";
    }
}
