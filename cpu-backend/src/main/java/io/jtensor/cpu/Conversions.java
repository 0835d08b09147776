package io.jtensor.cpu;

import io.jtensor.DType;
import io.jtensor.Float16;

/**
 * Scalar conversions between element types with NumPy's semantics on x86.
 *
 * <p>Floating point to integer truncates toward zero; NaN and values outside the target's range
 * give the target's minimum value (what {@code cvttsd2si} produces), unlike Java's saturating
 * casts. Integer narrowing wraps (keeps the low bits), so a float stored as an 8- or 16-bit type
 * goes through int32 and one stored as uint32 through int64, as NumPy's scalar casts on x86 (1e10
 * as uint32 is 1410065408, NaN 0). Any non-zero value, NaN included, is true.
 */
final class Conversions {

    private static final double TWO_31 = 2147483648.0;
    private static final double TWO_63 = 9.223372036854775808E18;

    private Conversions() {
    }

    /** A double to int32: truncation, NaN or out of range gives {@link Integer#MIN_VALUE}. */
    static int toInt32(double v) {
        return v > -2147483649.0 && v < TWO_31 ? (int) v : Integer.MIN_VALUE;
    }

    /** A double to int64: truncation, NaN or out of range gives {@link Long#MIN_VALUE}. */
    static long toInt64(double v) {
        return v >= -TWO_63 && v < TWO_63 ? (long) v : Long.MIN_VALUE;
    }

    /** A double to the integer-family type {@code t} (BOOL, INT32 or INT64), as a long. */
    static long doubleToLong(double v, DType t) {
        return switch (t) {
            case BOOL -> v != 0 ? 1 : 0;
            case INT32 -> toInt32(v);
            default -> toInt64(v);
        };
    }

    /** A long to the integer-family type {@code t}: 0/1 for BOOL, the low 32 bits for INT32. */
    static long wrap(long v, DType t) {
        return switch (t) {
            case BOOL -> v != 0 ? 1 : 0;
            case INT32 -> (int) v;
            default -> v;
        };
    }

    /** A long to the float-family type {@code t}, rounded once (so int64 to float32 is exact NumPy). */
    static double longToDouble(long v, DType t) {
        return switch (t) {
            case FLOAT32 -> (double) (float) v;
            case FLOAT16 -> Float16.round((double) v);
            default -> (double) v;
        };
    }

    /**
     * Rounds {@code v} to float when {@code t} is FLOAT32 and to float16 when it is FLOAT16 (plans
     * that only move float16 elements, such as copies, compute in it); otherwise returns it unchanged.
     */
    static double round(double v, DType t) {
        return switch (t) {
            case FLOAT32 -> (double) (float) v;
            case FLOAT16 -> Float16.round(v);
            default -> v;
        };
    }

    /** True for the types computed in the double-valued (floating) family. */
    static boolean isFloatFamily(DType t) {
        return t.isFloatingPoint();
    }

    /** True for the float types the SIMD paths work on in place: FLOAT32 and FLOAT64 (not float16 storage). */
    static boolean isSimdFloat(DType t) {
        return t == DType.FLOAT32 || t == DType.FLOAT64;
    }

    /**
     * True for the integer types the SIMD paths work on in place: INT32, INT64 and UINT32 (the one
     * computed in a wider type: its lanes are read zero-extended or compared unsigned).
     */
    static boolean isSimdInteger(DType t) {
        return t == DType.INT32 || t == DType.INT64 || t == DType.UINT32;
    }
}
