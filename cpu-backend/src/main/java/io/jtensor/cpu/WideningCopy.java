package io.jtensor.cpu;

import io.jtensor.DType;

import java.lang.foreign.MemorySegment;

/**
 * A contiguous copy from an integer type no wider than 32 bits to float32 or float64
 * ({@code astype}, e.g. an image's uint8 pixels made floats): one pass through int and float
 * scratch arrays, which the JIT vectorises, instead of the buffered loop's double work buffer.
 * int32 and uint32 to float32 round to nearest as NumPy's cast does (uint32 through its exact
 * double, so once); the other pairs convert exactly.
 */
final class WideningCopy {

    private static final int CHUNK = 2048;

    private WideningCopy() {
    }

    /** Whether {@link #copy} takes this pair of types. */
    static boolean takes(DType from, DType to) {
        return from.isInteger() && from.byteSize() <= 4 && (to == DType.FLOAT32 || to == DType.FLOAT64);
    }

    /** Copies {@code n} elements from {@code src[srcOff...]} of type {@code from} to {@code dst[dstOff...]} of type {@code to}. */
    static void copy(MemorySegment src, DType from, long srcOff, MemorySegment dst, DType to, long dstOff, long n) {
        byte[] bytes = new byte[CHUNK];
        short[] shorts = new short[CHUNK];
        int[] ints = new int[CHUNK];
        float[] floats = to == DType.FLOAT32 ? new float[CHUNK] : null;
        double[] doubles = to == DType.FLOAT64 ? new double[CHUNK] : null;
        for (long done = 0; done < n; done += CHUNK) {
            int len = (int) Math.min(CHUNK, n - done);
            long at = srcOff + done;
            switch (from) {
                case INT8 -> {
                    MemorySegment.copy(src, ElementIO.BYTE, at, bytes, 0, len);
                    for (int i = 0; i < len; i++) {
                        ints[i] = bytes[i];
                    }
                }
                case UINT8 -> {
                    MemorySegment.copy(src, ElementIO.BYTE, at, bytes, 0, len);
                    for (int i = 0; i < len; i++) {
                        ints[i] = bytes[i] & 0xff;
                    }
                }
                case INT16 -> {
                    MemorySegment.copy(src, ElementIO.SHORT, at * 2, shorts, 0, len);
                    for (int i = 0; i < len; i++) {
                        ints[i] = shorts[i];
                    }
                }
                case UINT16 -> {
                    MemorySegment.copy(src, ElementIO.SHORT, at * 2, shorts, 0, len);
                    for (int i = 0; i < len; i++) {
                        ints[i] = shorts[i] & 0xffff;
                    }
                }
                case INT32, UINT32 -> MemorySegment.copy(src, ElementIO.INT, at * 4, ints, 0, len);
                default -> throw new IllegalArgumentException("not a widening source type: " + from);
            }
            if (from == DType.UINT32) {
                unsigned(ints, floats, doubles, len);
            } else if (floats != null) {
                for (int i = 0; i < len; i++) {
                    floats[i] = ints[i];
                }
            } else {
                for (int i = 0; i < len; i++) {
                    doubles[i] = ints[i];
                }
            }
            if (floats != null) {
                MemorySegment.copy(floats, 0, dst, ElementIO.FLOAT, (dstOff + done) * 4, len);
            } else {
                MemorySegment.copy(doubles, 0, dst, ElementIO.DOUBLE, (dstOff + done) * 8, len);
            }
        }
    }

    /**
     * UINT32 bits in {@code ints} to floats or doubles: the bits with the sign flipped are the value
     * less 2^31 as an int, whose double plus 2^31 is the value exactly (int to double conversions
     * vectorise; int to long ones do not on AVX2).
     */
    private static void unsigned(int[] ints, float[] floats, double[] doubles, int len) {
        if (floats != null) {
            for (int i = 0; i < len; i++) {
                floats[i] = (float) ((ints[i] ^ Integer.MIN_VALUE) + 0x1p31);
            }
        } else {
            for (int i = 0; i < len; i++) {
                doubles[i] = (ints[i] ^ Integer.MIN_VALUE) + 0x1p31;
            }
        }
    }
}
