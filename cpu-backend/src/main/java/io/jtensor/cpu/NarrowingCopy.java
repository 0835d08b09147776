package io.jtensor.cpu;

import io.jtensor.DType;
import io.jtensor.Float16;

import java.lang.foreign.MemorySegment;

/**
 * A contiguous narrowing copy ({@code astype}, e.g. float32 made uint8 pixels or float16 weights):
 * float32 or float64 to any integer type, to float16, float64 to float32, and int32 or int64 to a
 * narrower integer type, in one pass through scratch arrays of the source and destination types
 * that the JIT vectorises, instead of the buffered loop's long or double work buffer.
 *
 * <p>The results are bit for bit those of that loop ({@link Conversions}): a float truncates toward
 * zero into int32 (into int64 for int64 and uint32), NaN and values outside that range give its
 * minimum, and the 8- and 16-bit and uint32 types keep the low bits (so {@code 300.7f} as uint8 is
 * 44, NaN 0, {@code 1e10} as uint32 1410065408); integers keep the low bits; float16 is rounded
 * once from the source value. float32 to int32 and to the 8- and 16-bit types, to float16, float64
 * to float32 and the integer pairs vectorise; float64 to the 32-bit and narrower integer types
 * vectorises the truncation and fixes NaN and values from 2^31 up in a second, scalar pass; uint32
 * takes the int32 conversion and converts again only the elements outside int32; int64 (no vector
 * conversion from float to int64 on AVX2: {@code DoubleVector.convert(D2L)} ran 6 to 20 times
 * slower than {@code (long) x} per element there, cpu-backend/PERFORMANCE.md "Narrowing copies") and float64 to
 * float16 convert element by element.
 */
final class NarrowingCopy {

    private static final int CHUNK = 2048;
    /** The bits of 2^31 as a float, less one: larger magnitudes (and NaN) are outside int32. */
    private static final int BELOW_TWO_31_BITS = 0x4effffff;

    private NarrowingCopy() {
    }

    /**
     * Whether {@link #copy} takes a copy from {@code from} to {@code to} planned in {@code compute}:
     * that of the buffered loop it replaces (the destination's compute type; float64 for float64
     * to float16, so that it rounds once).
     */
    static boolean takes(DType from, DType to, DType compute) {
        boolean accepted = switch (from) {
            case FLOAT32 -> to.isInteger() || to == DType.FLOAT16;
            case FLOAT64 -> to.isInteger() || to == DType.FLOAT16 || to == DType.FLOAT32;
            case INT32 -> to.isInteger() && to.byteSize() < 4;
            case INT64 -> to.isInteger() && to.byteSize() < 8;
            default -> false;
        };
        DType planned = from == DType.FLOAT64 && to == DType.FLOAT16 ? DType.FLOAT64 : to.computeType();
        return accepted && compute == planned;
    }

    /** Copies {@code n} elements from {@code src[srcOff...]} of type {@code from} to {@code dst[dstOff...]} of type {@code to}. */
    static void copy(MemorySegment src, DType from, long srcOff, MemorySegment dst, DType to, long dstOff, long n) {
        Chunk c = new Chunk(from, to, (int) Math.min(CHUNK, n));
        for (long done = 0; done < n; done += CHUNK) {
            int len = (int) Math.min(CHUNK, n - done);
            c.read(src, from, srcOff + done, len);
            c.convert(from, to, len);
            c.write(dst, to, dstOff + done, len);
        }
    }

    /** The scratch arrays of one copy (no longer than it): the source's values and the destination's. */
    private static final class Chunk {
        final float[] floats;
        final int[] ints;
        final double[] doubles;
        final long[] longs;
        final short[] shorts;
        final byte[] bytes;

        Chunk(DType from, DType to, int size) {
            ints = new int[size];
            floats = from == DType.FLOAT32 || to == DType.FLOAT32 ? new float[size] : null;
            doubles = from == DType.FLOAT64 ? new double[size] : null;
            longs = from == DType.INT64 || to == DType.INT64 ? new long[size] : null;
            shorts = to.byteSize() == 2 ? new short[size] : null;
            bytes = to.byteSize() == 1 ? new byte[size] : null;
        }

        /** Reads the source; a float32 source is read as its float values and as their bits in {@code ints}. */
        void read(MemorySegment src, DType from, long at, int len) {
            switch (from) {
                case FLOAT32 -> {
                    MemorySegment.copy(src, ElementIO.FLOAT, at * 4, floats, 0, len);
                    MemorySegment.copy(src, ElementIO.INT, at * 4, ints, 0, len);
                }
                case FLOAT64 -> MemorySegment.copy(src, ElementIO.DOUBLE, at * 8, doubles, 0, len);
                case INT32 -> MemorySegment.copy(src, ElementIO.INT, at * 4, ints, 0, len);
                case INT64 -> MemorySegment.copy(src, ElementIO.LONG, at * 8, longs, 0, len);
                default -> throw new IllegalArgumentException("not a narrowing source type: " + from);
            }
        }

        /**
         * Converts the source values into the destination's array: {@code ints} for int32 and
         * uint32 and, before they are narrowed on the way out, the 8- and 16-bit types;
         * {@code longs}, {@code shorts} (float16) or {@code floats} for the others.
         */
        void convert(DType from, DType to, int len) {
            if (to == DType.INT64) {
                toInt64(from, len);
            } else if (to == DType.UINT32 && from != DType.INT64) {
                toUint32(from, len);
            } else if (to == DType.FLOAT16) {
                toFloat16(from, len);
            } else if (to == DType.FLOAT32) {
                for (int i = 0; i < len; i++) {
                    floats[i] = (float) doubles[i];
                }
            } else if (from == DType.FLOAT32) {
                floatsToInt32(len);
            } else if (from == DType.FLOAT64) {
                doublesToInt32(len);
            } else if (from == DType.INT64) {
                for (int i = 0; i < len; i++) {
                    ints[i] = (int) longs[i];
                }
            }
        }

        /**
         * float32 to int32 as {@link Conversions#toInt32}: Java's cast where the magnitude's bits
         * (in {@code ints}) are below 2^31's, else int32's minimum (NaN, and -2^31 itself, which the
         * cast gives too), with masks rather than branches, so that the loop vectorises.
         */
        private void floatsToInt32(int len) {
            for (int i = 0; i < len; i++) {
                int outside = (BELOW_TWO_31_BITS - (ints[i] & Integer.MAX_VALUE)) >> 31;
                ints[i] = ((int) floats[i] & ~outside) | (Integer.MIN_VALUE & outside);
            }
        }

        /**
         * float64 to int32 as {@link Conversions#toInt32}: Java's cast, which agrees except for NaN
         * (0) and values from 2^31 up (int32's maximum), fixed in a second pass.
         */
        private void doublesToInt32(int len) {
            for (int i = 0; i < len; i++) {
                ints[i] = (int) doubles[i];
            }
            for (int i = 0; i < len; i++) {
                if (!(doubles[i] < 0x1p31)) {
                    ints[i] = Integer.MIN_VALUE;
                }
            }
        }

        private void toInt64(DType from, int len) {
            if (from == DType.FLOAT32) {
                for (int i = 0; i < len; i++) {
                    longs[i] = Conversions.toInt64(floats[i]);
                }
            } else {
                for (int i = 0; i < len; i++) {
                    longs[i] = Conversions.toInt64(doubles[i]);
                }
            }
        }

        /**
         * A float to uint32: the low 32 bits of {@link Conversions#toInt64}, as the buffered loop
         * stores it. They are those of the int32 conversion wherever that gives more than int32's
         * minimum (which it gives for every value outside int32, and NaN), so only those elements
         * convert again, through int64.
         */
        private void toUint32(DType from, int len) {
            if (from == DType.FLOAT32) {
                floatsToInt32(len);
                for (int i = 0; i < len; i++) {
                    if (ints[i] == Integer.MIN_VALUE) {
                        ints[i] = (int) Conversions.toInt64(floats[i]);
                    }
                }
            } else {
                doublesToInt32(len);
                for (int i = 0; i < len; i++) {
                    if (ints[i] == Integer.MIN_VALUE) {
                        ints[i] = (int) Conversions.toInt64(doubles[i]);
                    }
                }
            }
        }

        /**
         * float32 through the {@link Float#floatToFloat16} intrinsic; float64 rounded once, as
         * {@link Float16#fromDouble}: first to a float rounded to odd (truncated toward zero, its
         * last bit set when inexact), which float16's rounding then cannot round twice, without
         * the branches on the data that make {@code fromDouble} slow on random values. A NaN's
         * last bit may be set too, below what float16 keeps of its payload.
         */
        private void toFloat16(DType from, int len) {
            if (from == DType.FLOAT32) {
                for (int i = 0; i < len; i++) {
                    shorts[i] = Float.floatToFloat16(floats[i]);
                }
            } else {
                for (int i = 0; i < len; i++) {
                    double d = doubles[i];
                    float f = (float) d;
                    int bits = Float.floatToRawIntBits(f) - (Math.abs((double) f) > Math.abs(d) ? 1 : 0);
                    shorts[i] = Float.floatToFloat16(Float.intBitsToFloat(bits | ((double) f != d ? 1 : 0)));
                }
            }
        }

        /** Writes the converted values, the 8- and 16-bit integers as the low bits of {@code ints}. */
        void write(MemorySegment dst, DType to, long at, int len) {
            switch (to) {
                case INT8, UINT8 -> {
                    for (int i = 0; i < len; i++) {
                        bytes[i] = (byte) ints[i];
                    }
                    MemorySegment.copy(bytes, 0, dst, ElementIO.BYTE, at, len);
                }
                case INT16, UINT16 -> {
                    for (int i = 0; i < len; i++) {
                        shorts[i] = (short) ints[i];
                    }
                    MemorySegment.copy(shorts, 0, dst, ElementIO.SHORT, at * 2, len);
                }
                case FLOAT16 -> MemorySegment.copy(shorts, 0, dst, ElementIO.SHORT, at * 2, len);
                case INT32, UINT32 -> MemorySegment.copy(ints, 0, dst, ElementIO.INT, at * 4, len);
                case INT64 -> MemorySegment.copy(longs, 0, dst, ElementIO.LONG, at * 8, len);
                case FLOAT32 -> MemorySegment.copy(floats, 0, dst, ElementIO.FLOAT, at * 4, len);
                default -> throw new IllegalArgumentException("not a narrowing destination type: " + to);
            }
        }
    }
}
