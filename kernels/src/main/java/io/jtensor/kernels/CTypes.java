package io.jtensor.kernels;

import io.jtensor.DType;

/** The kernel-side C type of each {@link DType}, as the dialect headers name them. */
public final class CTypes {

    private CTypes() {
    }

    /**
     * The element type, e.g. {@code jlong} for INT64, {@code juint8} for UINT8 (the 8- and 16-bit
     * integers are storage types: kernels compute them as {@code jint}; {@code juint} for UINT32,
     * computed as {@code jlong}), {@code jbool} (one byte, 0 or 1) for BOOL and
     * {@code jhalf} (the 16 bits, computed as float through {@link Conversions}) for FLOAT16.
     */
    public static String name(DType dtype) {
        return switch (dtype) {
            case BOOL -> "jbool";
            case INT8 -> "jint8";
            case UINT8 -> "juint8";
            case INT16 -> "jint16";
            case UINT16 -> "juint16";
            case INT32 -> "jint";
            case UINT32 -> "juint";
            case INT64 -> "jlong";
            case FLOAT16 -> "jhalf";
            case FLOAT32 -> "float";
            case FLOAT64 -> "double";
        };
    }

    /** The unsigned type of the same width, used for wrapping integer arithmetic. */
    static String unsignedName(DType dtype) {
        return switch (dtype) {
            case INT32 -> "juint";
            case INT64 -> "julong";
            default -> throw new IllegalArgumentException("no unsigned kernel type for " + dtype.numpyName());
        };
    }

    /** The smallest value of an integer type, as a prelude constant. */
    static String minimum(DType dtype) {
        return switch (dtype) {
            case INT32 -> "JT_INT32_MIN";
            case INT64 -> "JT_INT64_MIN";
            default -> throw new IllegalArgumentException("no integer minimum for " + dtype.numpyName());
        };
    }

    /** The largest value of an integer type, as a prelude constant. */
    static String maximum(DType dtype) {
        return switch (dtype) {
            case INT32 -> "JT_INT32_MAX";
            case INT64 -> "JT_INT64_MAX";
            default -> throw new IllegalArgumentException("no integer maximum for " + dtype.numpyName());
        };
    }
}
