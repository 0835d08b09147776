package io.jtensor.cpu;

import io.jtensor.DType;

import java.lang.foreign.MemorySegment;

/**
 * Copies contiguous results of 1, 2, 4 or 8 bytes (the integer types, FLOAT32, FLOAT64) into an output only
 * where a BOOL mask is non-zero: how the {@code where=} fast path of {@link MapKernels} stores
 * results it computed for every position into scratch memory. Masked-out elements of the output are never written.
 */
final class MaskedStore {

    private MaskedStore() {
    }

    /**
     * {@code out[outOff + i] = src[srcOff + i]} where {@code mask[maskOff + i] != 0}, {@code i < n},
     * vectorised by {@code simd} (may be null) when it can be.
     */
    static void copy(Simd simd, DType type, MemorySegment src, long srcOff, MemorySegment mask, long maskOff,
                     MemorySegment out, long outOff, long n) {
        if (simd == null || !simd.maskedCopy(type, src, srcOff, mask, maskOff, out, outOff, n)) {
            scalar(type, src, srcOff, mask, maskOff, out, outOff, n);
        }
    }

    /** {@link #copy} one element at a time, moving raw bits (NaN payloads included). */
    static void scalar(DType type, MemorySegment src, long srcOff, MemorySegment mask, long maskOff,
                       MemorySegment out, long outOff, long n) {
        if (type.byteSize() == 1) {
            for (long i = 0; i < n; i++) {
                if (mask.get(ElementIO.BYTE, maskOff + i) != 0) {
                    out.set(ElementIO.BYTE, outOff + i, src.get(ElementIO.BYTE, srcOff + i));
                }
            }
        } else if (type.byteSize() == 2) {
            for (long i = 0; i < n; i++) {
                if (mask.get(ElementIO.BYTE, maskOff + i) != 0) {
                    out.setAtIndex(ElementIO.SHORT, outOff + i, src.getAtIndex(ElementIO.SHORT, srcOff + i));
                }
            }
        } else if (type.byteSize() == 4) {
            for (long i = 0; i < n; i++) {
                if (mask.get(ElementIO.BYTE, maskOff + i) != 0) {
                    out.setAtIndex(ElementIO.INT, outOff + i, src.getAtIndex(ElementIO.INT, srcOff + i));
                }
            }
        } else {
            for (long i = 0; i < n; i++) {
                if (mask.get(ElementIO.BYTE, maskOff + i) != 0) {
                    out.setAtIndex(ElementIO.LONG, outOff + i, src.getAtIndex(ElementIO.LONG, srcOff + i));
                }
            }
        }
    }
}
