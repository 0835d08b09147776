package io.jtensor.cpu;

import io.jtensor.DType;

import java.lang.foreign.MemorySegment;

/**
 * NumPy's argmax and argmin of one contiguous run of FLOAT16, FLOAT32 or FLOAT64 elements, read
 * straight from memory: the position of the first NaN if there is one, else of the first maximum
 * (minimum), ties compared with {@code >} ({@code <}) so -0.0 and 0.0 are equal and the earlier
 * one wins. For example the argmax of {@code [1, 3, -0.0, 3, NaN]} is 4, of {@code [1, 3, 3]} 1.
 * The scalar path and the short runs of {@link Simd#floatArgExtreme}.
 */
final class FloatArg {

    private FloatArg() {
    }

    /** The position within the run of the first extreme of {@code n >= 1} contiguous elements at {@code off}. */
    static long first(MemorySegment s, DType type, long off, long n, boolean max) {
        return switch (type) {
            case FLOAT32 -> argFloat(s, off, n, max);
            case FLOAT64 -> argDouble(s, off, n, max);
            case FLOAT16 -> argHalf(s, off, n, max);
            default -> throw new IllegalArgumentException((max ? "argmax" : "argmin")
                    + " on the float run path: " + type + " is not FLOAT16, FLOAT32 or FLOAT64");
        };
    }

    private static long argFloat(MemorySegment s, long off, long n, boolean max) {
        float best = s.getAtIndex(ElementIO.FLOAT, off);
        if (best != best) {
            return 0;
        }
        long at = 0;
        for (long i = 1; i < n; i++) {
            float v = s.getAtIndex(ElementIO.FLOAT, off + i);
            if (max ? v > best : v < best) {
                best = v;
                at = i;
            } else if (v != v) {
                return i;
            }
        }
        return at;
    }

    private static long argDouble(MemorySegment s, long off, long n, boolean max) {
        double best = s.getAtIndex(ElementIO.DOUBLE, off);
        if (best != best) {
            return 0;
        }
        long at = 0;
        for (long i = 1; i < n; i++) {
            double v = s.getAtIndex(ElementIO.DOUBLE, off + i);
            if (max ? v > best : v < best) {
                best = v;
                at = i;
            } else if (v != v) {
                return i;
            }
        }
        return at;
    }

    private static long argHalf(MemorySegment s, long off, long n, boolean max) {
        float best = Float.float16ToFloat(s.getAtIndex(ElementIO.SHORT, off));
        if (best != best) {
            return 0;
        }
        long at = 0;
        for (long i = 1; i < n; i++) {
            float v = Float.float16ToFloat(s.getAtIndex(ElementIO.SHORT, off + i));
            if (max ? v > best : v < best) {
                best = v;
                at = i;
            } else if (v != v) {
                return i;
            }
        }
        return at;
    }
}
