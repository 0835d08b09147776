package io.jtensor.cpu;

import io.jtensor.DType;
import io.jtensor.Float16;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * Moves elements between strided memory and the double/long work buffers kernels compute in,
 * converting between the stored type and the compute type on the way.
 *
 * <p>Offsets and strides count elements. The "double family" holds FLOAT32 and FLOAT64 compute
 * values (FLOAT32 values are kept rounded to float; FLOAT16 elements compute as FLOAT32 and are
 * rounded once to float16 when stored); the "long family" holds BOOL (0/1), INT32
 * (sign-extended) and INT64 values; the 8- and 16-bit integers compute as INT32 (sign- or
 * zero-extended), UINT32 as INT64 (zero-extended), and are stored modulo their width (no plan
 * stores a double-family value as UINT32). Int64 never passes through a double here.
 */
final class ElementIO {

    static final ValueLayout.OfByte BYTE = ValueLayout.JAVA_BYTE;
    static final ValueLayout.OfShort SHORT = ValueLayout.JAVA_SHORT;
    static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT;
    static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG;
    static final ValueLayout.OfFloat FLOAT = ValueLayout.JAVA_FLOAT;
    static final ValueLayout.OfDouble DOUBLE = ValueLayout.JAVA_DOUBLE;

    /** Contiguous runs at least this long are moved with bulk copies through scratch arrays. */
    static final int CONTIGUOUS_MIN = 16;
    private static final int SCRATCH = 1024;
    private static final ThreadLocal<Scratch> SCRATCHES = ThreadLocal.withInitial(Scratch::new);

    /** Per-thread arrays for bulk copies of each stored type. */
    private static final class Scratch {
        final byte[] bytes = new byte[SCRATCH];
        final short[] shorts = new short[SCRATCH];
        final int[] ints = new int[SCRATCH];
        final long[] longs = new long[SCRATCH];
        final float[] floats = new float[SCRATCH];
        final double[] doubles = new double[SCRATCH];
    }

    private ElementIO() {
    }

    /**
     * 1 for a nonzero BOOL byte (jtensor's are 0 or 1: views as bool are refused), else 0, without
     * a branch: {@code b != 0 ? 1 : 0} compiled to a jump in these loops (into a double there is no
     * conditional move on x86), which random masks mispredict half the time (a float32
     * {@code x * mask} took 3 times as long as with an all-true mask, {@code where(mask, x, y)}
     * twice as long).
     */
    private static int truth(byte b) {
        return (b | -b) >>> 31;
    }

    private static void contiguousToDouble(MemorySegment s, DType src, long off, double[] dst, int pos, int len,
                                           DType compute) {
        Scratch k = SCRATCHES.get();
        boolean f32 = compute == DType.FLOAT32;
        switch (src) {
            case BOOL -> {
                MemorySegment.copy(s, BYTE, off, k.bytes, 0, len);
                for (int i = 0; i < len; i++) {
                    dst[pos + i] = truth(k.bytes[i]);
                }
            }
            case INT8, UINT8, INT16, UINT16, UINT32 -> {
                smallRun(s, src, off, k.longs, 0, len, k);
                for (int i = 0; i < len; i++) {
                    dst[pos + i] = f32 ? (float) k.longs[i] : k.longs[i];
                }
            }
            case INT32 -> {
                MemorySegment.copy(s, INT, off * 4, k.ints, 0, len);
                if (f32) {
                    for (int i = 0; i < len; i++) {
                        dst[pos + i] = (float) k.ints[i];
                    }
                } else {
                    for (int i = 0; i < len; i++) {
                        dst[pos + i] = k.ints[i];
                    }
                }
            }
            case INT64 -> {
                MemorySegment.copy(s, LONG, off * 8, k.longs, 0, len);
                if (f32) {
                    for (int i = 0; i < len; i++) {
                        dst[pos + i] = (float) k.longs[i];
                    }
                } else {
                    for (int i = 0; i < len; i++) {
                        dst[pos + i] = (double) k.longs[i];
                    }
                }
            }
            case FLOAT16 -> {
                MemorySegment.copy(s, SHORT, off * 2, k.shorts, 0, len);
                for (int i = 0; i < len; i++) {
                    dst[pos + i] = Float.float16ToFloat(k.shorts[i]);
                }
            }
            case FLOAT32 -> {
                MemorySegment.copy(s, FLOAT, off * 4, k.floats, 0, len);
                for (int i = 0; i < len; i++) {
                    dst[pos + i] = k.floats[i];
                }
            }
            case FLOAT64 -> {
                MemorySegment.copy(s, DOUBLE, off * 8, k.doubles, 0, len);
                for (int i = 0; i < len; i++) {
                    dst[pos + i] = f32 ? (float) k.doubles[i] : k.doubles[i];
                }
            }
        }
    }

    private static void contiguousToLong(MemorySegment s, DType src, long off, long[] dst, int pos, int len,
                                         DType compute) {
        Scratch k = SCRATCHES.get();
        switch (src) {
            case BOOL -> {
                MemorySegment.copy(s, BYTE, off, k.bytes, 0, len);
                for (int i = 0; i < len; i++) {
                    dst[pos + i] = truth(k.bytes[i]);
                }
                return;
            }
            case INT8, UINT8, INT16, UINT16, UINT32 -> smallRun(s, src, off, dst, pos, len, k);
            case INT32 -> {
                MemorySegment.copy(s, INT, off * 4, k.ints, 0, len);
                for (int i = 0; i < len; i++) {
                    dst[pos + i] = k.ints[i];
                }
            }
            case INT64 -> MemorySegment.copy(s, LONG, off * 8, dst, pos, len);
            case FLOAT16 -> {
                MemorySegment.copy(s, SHORT, off * 2, k.shorts, 0, len);
                for (int i = 0; i < len; i++) {
                    dst[pos + i] = Conversions.doubleToLong(Float.float16ToFloat(k.shorts[i]), compute);
                }
                return;
            }
            case FLOAT32 -> {
                MemorySegment.copy(s, FLOAT, off * 4, k.floats, 0, len);
                for (int i = 0; i < len; i++) {
                    dst[pos + i] = Conversions.doubleToLong(k.floats[i], compute);
                }
                return;
            }
            case FLOAT64 -> {
                MemorySegment.copy(s, DOUBLE, off * 8, k.doubles, 0, len);
                for (int i = 0; i < len; i++) {
                    dst[pos + i] = Conversions.doubleToLong(k.doubles[i], compute);
                }
                return;
            }
        }
        if (compute == DType.BOOL || (compute == DType.INT32 && (src == DType.INT64 || src == DType.UINT32))) {
            for (int i = pos; i < pos + len; i++) {
                dst[i] = Conversions.wrap(dst[i], compute);
            }
        }
    }

    private static void contiguousFromDouble(double[] src, int pos, int len, MemorySegment s, DType dst, long off) {
        Scratch k = SCRATCHES.get();
        switch (dst) {
            case BOOL -> {
                for (int i = 0; i < len; i++) {
                    k.bytes[i] = (byte) (src[pos + i] != 0 ? 1 : 0);
                }
                MemorySegment.copy(k.bytes, 0, s, BYTE, off, len);
            }
            case INT8, UINT8, INT16, UINT16 -> {
                for (int i = 0; i < len; i++) {
                    k.longs[i] = Conversions.toInt32(src[pos + i]);
                }
                smallStore(k.longs, 0, len, s, dst, off, k);
            }
            case UINT32 -> throw floatIntoUint32();
            case INT32 -> {
                for (int i = 0; i < len; i++) {
                    k.ints[i] = Conversions.toInt32(src[pos + i]);
                }
                MemorySegment.copy(k.ints, 0, s, INT, off * 4, len);
            }
            case INT64 -> {
                for (int i = 0; i < len; i++) {
                    k.longs[i] = Conversions.toInt64(src[pos + i]);
                }
                MemorySegment.copy(k.longs, 0, s, LONG, off * 8, len);
            }
            case FLOAT16 -> {
                for (int i = 0; i < len; i++) {
                    k.shorts[i] = Float16.fromDouble(src[pos + i]);
                }
                MemorySegment.copy(k.shorts, 0, s, SHORT, off * 2, len);
            }
            case FLOAT32 -> {
                for (int i = 0; i < len; i++) {
                    k.floats[i] = (float) src[pos + i];
                }
                MemorySegment.copy(k.floats, 0, s, FLOAT, off * 4, len);
            }
            case FLOAT64 -> MemorySegment.copy(src, pos, s, DOUBLE, off * 8, len);
        }
    }

    private static void contiguousFromLong(long[] src, int pos, int len, MemorySegment s, DType dst, long off) {
        Scratch k = SCRATCHES.get();
        switch (dst) {
            case BOOL -> {
                for (int i = 0; i < len; i++) {
                    k.bytes[i] = (byte) (src[pos + i] != 0 ? 1 : 0);
                }
                MemorySegment.copy(k.bytes, 0, s, BYTE, off, len);
            }
            case INT8, UINT8, INT16, UINT16, UINT32 -> smallStore(src, pos, len, s, dst, off, k);
            case INT32 -> {
                for (int i = 0; i < len; i++) {
                    k.ints[i] = (int) src[pos + i];
                }
                MemorySegment.copy(k.ints, 0, s, INT, off * 4, len);
            }
            case INT64 -> MemorySegment.copy(src, pos, s, LONG, off * 8, len);
            case FLOAT16 -> {
                for (int i = 0; i < len; i++) {
                    k.shorts[i] = Float16.fromDouble(src[pos + i]);
                }
                MemorySegment.copy(k.shorts, 0, s, SHORT, off * 2, len);
            }
            case FLOAT32 -> {
                for (int i = 0; i < len; i++) {
                    k.floats[i] = (float) src[pos + i];
                }
                MemorySegment.copy(k.floats, 0, s, FLOAT, off * 4, len);
            }
            case FLOAT64 -> {
                for (int i = 0; i < len; i++) {
                    k.doubles[i] = (double) src[pos + i];
                }
                MemorySegment.copy(k.doubles, 0, s, DOUBLE, off * 8, len);
            }
        }
    }

    /** A contiguous run of an 8-, 16-bit or uint32 type into {@code dst[pos...]}, bulk-copied through scratch. */
    private static void smallRun(MemorySegment s, DType src, long off, long[] dst, int pos, int len, Scratch k) {
        switch (src) {
            case INT8 -> {
                MemorySegment.copy(s, BYTE, off, k.bytes, 0, len);
                for (int i = 0; i < len; i++) {
                    dst[pos + i] = k.bytes[i];
                }
            }
            case UINT8 -> {
                MemorySegment.copy(s, BYTE, off, k.bytes, 0, len);
                for (int i = 0; i < len; i++) {
                    dst[pos + i] = k.bytes[i] & 0xff;
                }
            }
            case INT16 -> {
                MemorySegment.copy(s, SHORT, off * 2, k.shorts, 0, len);
                for (int i = 0; i < len; i++) {
                    dst[pos + i] = k.shorts[i];
                }
            }
            case UINT16 -> {
                MemorySegment.copy(s, SHORT, off * 2, k.shorts, 0, len);
                for (int i = 0; i < len; i++) {
                    dst[pos + i] = k.shorts[i] & 0xffff;
                }
            }
            default -> {
                MemorySegment.copy(s, INT, off * 4, k.ints, 0, len);
                for (int i = 0; i < len; i++) {
                    dst[pos + i] = Integer.toUnsignedLong(k.ints[i]);
                }
            }
        }
    }

    /** Stores {@code src[pos...]} as a contiguous run of an 8-, 16-bit or uint32 type, wrapping each value. */
    private static void smallStore(long[] src, int pos, int len, MemorySegment s, DType dst, long off, Scratch k) {
        if (dst.byteSize() == 1) {
            for (int i = 0; i < len; i++) {
                k.bytes[i] = (byte) src[pos + i];
            }
            MemorySegment.copy(k.bytes, 0, s, BYTE, off, len);
        } else if (dst.byteSize() == 4) {
            for (int i = 0; i < len; i++) {
                k.ints[i] = (int) src[pos + i];
            }
            MemorySegment.copy(k.ints, 0, s, INT, off * 4, len);
        } else {
            for (int i = 0; i < len; i++) {
                k.shorts[i] = (short) src[pos + i];
            }
            MemorySegment.copy(k.shorts, 0, s, SHORT, off * 2, len);
        }
    }

    /** Element {@code index} of an 8-, 16-bit or uint32 type, sign- or zero-extended. */
    static long small(MemorySegment s, DType type, long index) {
        return switch (type) {
            case INT8 -> s.get(BYTE, index);
            case UINT8 -> s.get(BYTE, index) & 0xff;
            case INT16 -> s.getAtIndex(SHORT, index);
            case UINT16 -> s.getAtIndex(SHORT, index) & 0xffff;
            case UINT32 -> Integer.toUnsignedLong(s.getAtIndex(INT, index));
            default -> throw new IllegalStateException("not an 8-, 16-bit or uint32 type: " + type);
        };
    }

    /** Stores {@code v} modulo the width of an 8-, 16-bit or uint32 type (C's conversion). */
    private static void writeSmall(MemorySegment s, DType type, long index, long v) {
        if (type.byteSize() == 1) {
            s.set(BYTE, index, (byte) v);
        } else if (type.byteSize() == 4) {
            s.setAtIndex(INT, index, (int) v);
        } else {
            s.setAtIndex(SHORT, index, (short) v);
        }
    }

    /** Reads element {@code index} of type {@code src} as a value of float-family type {@code compute}. */
    static double readDouble(MemorySegment s, DType src, long index, DType compute) {
        double v = switch (src) {
            case BOOL -> s.get(BYTE, index) != 0 ? 1 : 0;
            case INT8, UINT8, INT16, UINT16, UINT32 -> small(s, src, index);
            case INT32 -> s.getAtIndex(INT, index);
            case INT64 -> Conversions.longToDouble(s.getAtIndex(LONG, index), compute);
            case FLOAT16 -> Float.float16ToFloat(s.getAtIndex(SHORT, index));
            case FLOAT32 -> s.getAtIndex(FLOAT, index);
            case FLOAT64 -> s.getAtIndex(DOUBLE, index);
        };
        return Conversions.round(v, compute);
    }

    /** Reads element {@code index} of type {@code src} as a value of long-family type {@code compute}. */
    static long readLong(MemorySegment s, DType src, long index, DType compute) {
        return switch (src) {
            case BOOL -> s.get(BYTE, index) != 0 ? 1 : 0;
            case INT8, UINT8, INT16, UINT16, UINT32 -> Conversions.wrap(small(s, src, index), compute);
            case INT32 -> Conversions.wrap(s.getAtIndex(INT, index), compute);
            case INT64 -> Conversions.wrap(s.getAtIndex(LONG, index), compute);
            case FLOAT16 -> Conversions.doubleToLong(Float.float16ToFloat(s.getAtIndex(SHORT, index)), compute);
            case FLOAT32 -> Conversions.doubleToLong(s.getAtIndex(FLOAT, index), compute);
            case FLOAT64 -> Conversions.doubleToLong(s.getAtIndex(DOUBLE, index), compute);
        };
    }

    /**
     * No plan stores a float-family value as uint32: core plans every copy into uint32 in int64 (so
     * a float truncates through int64 and wraps), and no op with a float result may write a uint32
     * out (casting='same_kind').
     */
    private static IllegalStateException floatIntoUint32() {
        return new IllegalStateException("a float-family value stored as uint32: plans into uint32 compute in int64");
    }

    /**
     * Stores a float-family value as type {@code dst}, NumPy-converting it (the 8- and 16-bit types
     * through int32; never uint32, see {@link #floatIntoUint32}).
     */
    static void writeDouble(MemorySegment s, DType dst, long index, double v) {
        switch (dst) {
            case BOOL -> s.set(BYTE, index, (byte) (v != 0 ? 1 : 0));
            case INT8, UINT8, INT16, UINT16 -> writeSmall(s, dst, index, Conversions.toInt32(v));
            case UINT32 -> throw floatIntoUint32();
            case INT32 -> s.setAtIndex(INT, index, Conversions.toInt32(v));
            case INT64 -> s.setAtIndex(LONG, index, Conversions.toInt64(v));
            case FLOAT16 -> s.setAtIndex(SHORT, index, Float16.fromDouble(v));
            case FLOAT32 -> s.setAtIndex(FLOAT, index, (float) v);
            case FLOAT64 -> s.setAtIndex(DOUBLE, index, v);
        }
    }

    /** Stores a long-family value as type {@code dst}, NumPy-converting it. */
    static void writeLong(MemorySegment s, DType dst, long index, long v) {
        switch (dst) {
            case BOOL -> s.set(BYTE, index, (byte) (v != 0 ? 1 : 0));
            case INT8, UINT8, INT16, UINT16, UINT32 -> writeSmall(s, dst, index, v);
            case INT32 -> s.setAtIndex(INT, index, (int) v);
            case INT64 -> s.setAtIndex(LONG, index, v);
            case FLOAT16 -> s.setAtIndex(SHORT, index, Float16.fromDouble(v));
            case FLOAT32 -> s.setAtIndex(FLOAT, index, (float) v);
            case FLOAT64 -> s.setAtIndex(DOUBLE, index, (double) v);
        }
    }

    /** Gathers {@code len} elements from {@code off} by {@code stride} into {@code dst[pos...]} as float-family {@code compute}. */
    static void gatherDouble(MemorySegment s, DType src, long off, long stride, double[] dst, int pos, int len,
                             DType compute) {
        if (stride == 1 && len >= CONTIGUOUS_MIN && src != DType.FLOAT64) {
            for (int done = 0; done < len; done += SCRATCH) {
                contiguousToDouble(s, src, off + done, dst, pos + done, Math.min(SCRATCH, len - done), compute);
            }
            return;
        }
        switch (src) {
            case BOOL -> {
                for (int i = 0; i < len; i++) {
                    dst[pos + i] = truth(s.get(BYTE, off + i * stride));
                }
            }
            case INT8, UINT8, INT16, UINT16, UINT32 -> {
                for (int i = 0; i < len; i++) {
                    dst[pos + i] = small(s, src, off + i * stride);
                }
            }
            case INT32 -> {
                for (int i = 0; i < len; i++) {
                    dst[pos + i] = s.getAtIndex(INT, off + i * stride);
                }
            }
            case INT64 -> {
                if (compute == DType.FLOAT32) {
                    for (int i = 0; i < len; i++) {
                        dst[pos + i] = (float) s.getAtIndex(LONG, off + i * stride);
                    }
                } else {
                    for (int i = 0; i < len; i++) {
                        dst[pos + i] = (double) s.getAtIndex(LONG, off + i * stride);
                    }
                }
                return;
            }
            case FLOAT16 -> {
                for (int i = 0; i < len; i++) {
                    dst[pos + i] = Float.float16ToFloat(s.getAtIndex(SHORT, off + i * stride));
                }
                return;
            }
            case FLOAT32 -> {
                for (int i = 0; i < len; i++) {
                    dst[pos + i] = s.getAtIndex(FLOAT, off + i * stride);
                }
                return;
            }
            case FLOAT64 -> {
                if (stride == 1) {
                    MemorySegment.copy(s, DOUBLE, off * 8, dst, pos, len);
                } else {
                    for (int i = 0; i < len; i++) {
                        dst[pos + i] = s.getAtIndex(DOUBLE, off + i * stride);
                    }
                }
            }
        }
        if (compute == DType.FLOAT32 && src != DType.BOOL) {
            for (int i = pos; i < pos + len; i++) {
                dst[i] = (float) dst[i];
            }
        }
    }

    /** Gathers {@code len} elements into {@code dst[pos...]} as long-family {@code compute} values. */
    static void gatherLong(MemorySegment s, DType src, long off, long stride, long[] dst, int pos, int len,
                           DType compute) {
        if (stride == 1 && len >= CONTIGUOUS_MIN && src != DType.INT64) {
            for (int done = 0; done < len; done += SCRATCH) {
                contiguousToLong(s, src, off + done, dst, pos + done, Math.min(SCRATCH, len - done), compute);
            }
            return;
        }
        switch (src) {
            case BOOL -> {
                for (int i = 0; i < len; i++) {
                    dst[pos + i] = truth(s.get(BYTE, off + i * stride));
                }
                return;
            }
            case INT8, UINT8, INT16, UINT16, UINT32 -> {
                for (int i = 0; i < len; i++) {
                    dst[pos + i] = small(s, src, off + i * stride);
                }
            }
            case INT32 -> {
                for (int i = 0; i < len; i++) {
                    dst[pos + i] = s.getAtIndex(INT, off + i * stride);
                }
            }
            case INT64 -> {
                if (stride == 1) {
                    MemorySegment.copy(s, LONG, off * 8, dst, pos, len);
                } else {
                    for (int i = 0; i < len; i++) {
                        dst[pos + i] = s.getAtIndex(LONG, off + i * stride);
                    }
                }
            }
            case FLOAT16 -> {
                for (int i = 0; i < len; i++) {
                    dst[pos + i] = Conversions.doubleToLong(Float.float16ToFloat(s.getAtIndex(SHORT, off + i * stride)),
                            compute);
                }
                return;
            }
            case FLOAT32 -> {
                for (int i = 0; i < len; i++) {
                    dst[pos + i] = Conversions.doubleToLong(s.getAtIndex(FLOAT, off + i * stride), compute);
                }
                return;
            }
            case FLOAT64 -> {
                for (int i = 0; i < len; i++) {
                    dst[pos + i] = Conversions.doubleToLong(s.getAtIndex(DOUBLE, off + i * stride), compute);
                }
                return;
            }
        }
        if (compute == DType.BOOL || (compute == DType.INT32 && (src == DType.INT64 || src == DType.UINT32))) {
            for (int i = pos; i < pos + len; i++) {
                dst[i] = Conversions.wrap(dst[i], compute);
            }
        }
    }

    /**
     * Scatters {@code len} float-family values to type {@code dst} at {@code off} by {@code stride},
     * only where the bool {@code mask} (may be null) is non-zero.
     */
    static void scatterDouble(double[] src, int pos, int len, MemorySegment s, DType dst, long off, long stride,
                              MemorySegment mask, long maskOff, long maskStride) {
        if (mask == null && stride == 1 && len >= CONTIGUOUS_MIN && dst != DType.FLOAT64) {
            for (int done = 0; done < len; done += SCRATCH) {
                contiguousFromDouble(src, pos + done, Math.min(SCRATCH, len - done), s, dst, off + done);
            }
            return;
        }
        switch (dst) {
            case BOOL -> {
                for (int i = 0; i < len; i++) {
                    if (mask == null || mask.get(BYTE, maskOff + i * maskStride) != 0) {
                        s.set(BYTE, off + i * stride, (byte) (src[pos + i] != 0 ? 1 : 0));
                    }
                }
            }
            case INT8, UINT8, INT16, UINT16 -> {
                for (int i = 0; i < len; i++) {
                    if (mask == null || mask.get(BYTE, maskOff + i * maskStride) != 0) {
                        writeSmall(s, dst, off + i * stride, Conversions.toInt32(src[pos + i]));
                    }
                }
            }
            case UINT32 -> throw floatIntoUint32();
            case INT32 -> {
                for (int i = 0; i < len; i++) {
                    if (mask == null || mask.get(BYTE, maskOff + i * maskStride) != 0) {
                        s.setAtIndex(INT, off + i * stride, Conversions.toInt32(src[pos + i]));
                    }
                }
            }
            case INT64 -> {
                for (int i = 0; i < len; i++) {
                    if (mask == null || mask.get(BYTE, maskOff + i * maskStride) != 0) {
                        s.setAtIndex(LONG, off + i * stride, Conversions.toInt64(src[pos + i]));
                    }
                }
            }
            case FLOAT16 -> {
                for (int i = 0; i < len; i++) {
                    if (mask == null || mask.get(BYTE, maskOff + i * maskStride) != 0) {
                        s.setAtIndex(SHORT, off + i * stride, Float16.fromDouble(src[pos + i]));
                    }
                }
            }
            case FLOAT32 -> {
                for (int i = 0; i < len; i++) {
                    if (mask == null || mask.get(BYTE, maskOff + i * maskStride) != 0) {
                        s.setAtIndex(FLOAT, off + i * stride, (float) src[pos + i]);
                    }
                }
            }
            case FLOAT64 -> {
                if (mask == null && stride == 1) {
                    MemorySegment.copy(src, pos, s, DOUBLE, off * 8, len);
                    return;
                }
                for (int i = 0; i < len; i++) {
                    if (mask == null || mask.get(BYTE, maskOff + i * maskStride) != 0) {
                        s.setAtIndex(DOUBLE, off + i * stride, src[pos + i]);
                    }
                }
            }
        }
    }

    /** Scatters {@code len} long-family values to type {@code dst}, only where {@code mask} (may be null) is non-zero. */
    static void scatterLong(long[] src, int pos, int len, MemorySegment s, DType dst, long off, long stride,
                            MemorySegment mask, long maskOff, long maskStride) {
        if (mask == null && stride == 1 && len >= CONTIGUOUS_MIN && dst != DType.INT64) {
            for (int done = 0; done < len; done += SCRATCH) {
                contiguousFromLong(src, pos + done, Math.min(SCRATCH, len - done), s, dst, off + done);
            }
            return;
        }
        switch (dst) {
            case BOOL -> {
                for (int i = 0; i < len; i++) {
                    if (mask == null || mask.get(BYTE, maskOff + i * maskStride) != 0) {
                        s.set(BYTE, off + i * stride, (byte) (src[pos + i] != 0 ? 1 : 0));
                    }
                }
            }
            case INT8, UINT8, INT16, UINT16, UINT32 -> {
                for (int i = 0; i < len; i++) {
                    if (mask == null || mask.get(BYTE, maskOff + i * maskStride) != 0) {
                        writeSmall(s, dst, off + i * stride, src[pos + i]);
                    }
                }
            }
            case INT32 -> {
                for (int i = 0; i < len; i++) {
                    if (mask == null || mask.get(BYTE, maskOff + i * maskStride) != 0) {
                        s.setAtIndex(INT, off + i * stride, (int) src[pos + i]);
                    }
                }
            }
            case INT64 -> {
                if (mask == null && stride == 1) {
                    MemorySegment.copy(src, pos, s, LONG, off * 8, len);
                    return;
                }
                for (int i = 0; i < len; i++) {
                    if (mask == null || mask.get(BYTE, maskOff + i * maskStride) != 0) {
                        s.setAtIndex(LONG, off + i * stride, src[pos + i]);
                    }
                }
            }
            case FLOAT16 -> {
                for (int i = 0; i < len; i++) {
                    if (mask == null || mask.get(BYTE, maskOff + i * maskStride) != 0) {
                        s.setAtIndex(SHORT, off + i * stride, Float16.fromDouble(src[pos + i]));
                    }
                }
            }
            case FLOAT32 -> {
                for (int i = 0; i < len; i++) {
                    if (mask == null || mask.get(BYTE, maskOff + i * maskStride) != 0) {
                        s.setAtIndex(FLOAT, off + i * stride, (float) src[pos + i]);
                    }
                }
            }
            case FLOAT64 -> {
                for (int i = 0; i < len; i++) {
                    if (mask == null || mask.get(BYTE, maskOff + i * maskStride) != 0) {
                        s.setAtIndex(DOUBLE, off + i * stride, (double) src[pos + i]);
                    }
                }
            }
        }
    }
}
