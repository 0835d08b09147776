package io.jtensor.cpu;

import io.jtensor.DType;
import io.jtensor.backend.Operand;
import io.jtensor.op.UnaryOp;
import org.junit.jupiter.api.Test;

import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static io.jtensor.cpu.TestSupport.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The contiguous narrowing copy ({@link NarrowingCopy}, taken by {@code astype}) writes the same
 * bytes as the buffered loop it replaces, on both CPU backends, for every pair of types it takes:
 * NaN of every kind, ±Inf, ±0, values next to the truncation, wrapping and float16 rounding
 * boundaries, random bit patterns, runs shorter and longer than a chunk, from and to offsets
 * inside the storages (the bytes around the destination left as they were), once the JIT has
 * compiled the copy's loops.
 */
class NarrowingCopyTest {

    private static final CpuBackend[] BACKENDS = {TestSupport.CPU, TestSupport.SCALAR};
    private static final MapKernels BUFFERED = new MapKernels(null);
    private static final DType[] SOURCES = {DType.FLOAT32, DType.FLOAT64, DType.INT32, DType.INT64};
    private static final int[] LENGTHS = {1, 15, 16, 17, 2047, 2048, 2049, 3 * 2048 + 5};
    /** Copies of the longest run before the comparison, so that the JIT's compiled loops are the ones compared. */
    private static final int WARM_UP = 40;

    @Test
    void takesEveryNarrowingPairAsPlanned() {
        List<String> taken = new ArrayList<>();
        for (DType from : SOURCES) {
            for (DType to : DType.values()) {
                if (NarrowingCopy.takes(from, to, planned(from, to))) {
                    taken.add(from + "->" + to);
                }
            }
        }
        assertEquals(List.of("FLOAT32->INT8", "FLOAT32->UINT8", "FLOAT32->INT16", "FLOAT32->UINT16",
                "FLOAT32->INT32", "FLOAT32->UINT32", "FLOAT32->INT64", "FLOAT32->FLOAT16",
                "FLOAT64->INT8", "FLOAT64->UINT8", "FLOAT64->INT16", "FLOAT64->UINT16", "FLOAT64->INT32",
                "FLOAT64->UINT32", "FLOAT64->INT64", "FLOAT64->FLOAT16", "FLOAT64->FLOAT32",
                "INT32->INT8", "INT32->UINT8", "INT32->INT16", "INT32->UINT16",
                "INT64->INT8", "INT64->UINT8", "INT64->INT16", "INT64->UINT16", "INT64->INT32", "INT64->UINT32"),
                taken);
        assertFalse(NarrowingCopy.takes(DType.FLOAT64, DType.FLOAT16, DType.FLOAT32),
                "float64 to float16 planned in float32 rounds twice: not this copy's result");
    }

    @Test
    void writesTheBytesOfTheBufferedLoop() {
        Random rnd = new Random(20261201);
        for (DType from : SOURCES) {
            long[] bits = sourceBits(from, rnd);
            for (DType to : DType.values()) {
                if (!NarrowingCopy.takes(from, to, planned(from, to))) {
                    continue;
                }
                for (int n : LENGTHS) {
                    int srcOff = n % 3;
                    int dstOff = (n + 1) % 4;
                    CpuStorage in = CpuStorage.allocate(from, n + srcOff);
                    for (int i = 0; i < n; i++) {
                        writeBits(in.segment(), from, srcOff + i, bits[(i + n) % bits.length]);
                    }
                    CpuStorage want = filled(to, n + dstOff + 3);
                    BUFFERED.runBuffered(plan(in, from, srcOff, want, to, dstOff, n));
                    for (CpuBackend backend : BACKENDS) {
                        CpuStorage got = filled(to, n + dstOff + 3);
                        for (int r = 0; r < (n == LENGTHS[LENGTHS.length - 1] ? WARM_UP : 1); r++) {
                            backend.map(plan(in, from, srcOff, got, to, dstOff, n));
                        }
                        long at = got.segment().mismatch(want.segment());
                        if (at >= 0) {
                            int element = (int) (at / to.byteSize()) - dstOff;
                            fail(from + " -> " + to + ", n " + n + ": element " + element + " (source bits 0x"
                                    + Long.toHexString(bits[(element + n) % bits.length]) + ") differs");
                        }
                        got.release();
                    }
                    want.release();
                    in.release();
                }
            }
        }
    }

    /** The compute type core plans the copy in: the destination's, float64 for float64 to float16. */
    private static DType planned(DType from, DType to) {
        return from == DType.FLOAT64 && to == DType.FLOAT16 ? DType.FLOAT64 : to.computeType();
    }

    private static io.jtensor.backend.MapPlan plan(CpuStorage in, DType from, int srcOff, CpuStorage out, DType to,
                                                   int dstOff, int n) {
        return map(UnaryOp.COPY, new long[] {n}, Operand.of(out, to, dstOff, new long[] {1}), planned(from, to),
                Operand.of(in, from, srcOff, new long[] {1}));
    }

    private static CpuStorage filled(DType type, long n) {
        CpuStorage s = CpuStorage.allocate(type, n);
        s.segment().fill((byte) 0x5a);
        return s;
    }

    private static void writeBits(MemorySegment s, DType type, long index, long bits) {
        switch (type.byteSize()) {
            case 4 -> s.setAtIndex(ElementIO.INT, index, (int) bits);
            case 8 -> s.setAtIndex(ElementIO.LONG, index, bits);
            default -> throw new IllegalArgumentException(type.toString());
        }
    }

    /** The source values as bits: the boundary values first, then random bit patterns and values. */
    private static long[] sourceBits(DType from, Random rnd) {
        List<Long> bits = new ArrayList<>();
        if (from.isInteger()) {
            long[] edges = {0, 1, -1, 127, 128, -128, -129, 255, 256, 32767, 32768, -32768, -32769, 65535, 65536,
                    Integer.MAX_VALUE, Integer.MIN_VALUE, 1L << 31, (1L << 32) - 1, 1L << 32, (1L << 32) + 1,
                    -(1L << 31) - 1, Long.MAX_VALUE, Long.MIN_VALUE};
            for (long e : edges) {
                bits.add(from == DType.INT32 ? (int) e : e);
            }
            for (int i = 0; i < 400; i++) {
                long r = rnd.nextLong() >> rnd.nextInt(64);
                bits.add(from == DType.INT32 ? (int) r : r);
            }
            return bits.stream().mapToLong(Long::longValue).toArray();
        }
        boolean f32 = from == DType.FLOAT32;
        List<Double> values = new ArrayList<>(List.of(0.0, -0.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                0.5, -0.5, 0.9999, -0.9999, 1.0, -1.0, 1.5, -1.5, 127.5, 128.0, -128.5, -129.0, 255.5, 256.0,
                32767.5, 32768.0, -32768.5, 65535.9, 65536.0, 0x1p31, -0x1p31, 0x1p31 - 128, -0x1p31 - 256,
                2147483647.0, 2147483647.5, 2147483647.999, -2147483648.5, -2147483648.999, -2147483649.0, 0x1p32,
                0x1p32 - 1, 0x1p32 + 0.5, 1e10, -1e10, 0x1p53, 0x1p63, -0x1p63, 0x1p63 - 1024, 0x1p64, -0x1p64, 1e300,
                -1e300, Double.MIN_VALUE, (double) Float.MIN_VALUE, (double) Float.MAX_VALUE, 3.4028235677973366e38, 65504.0, 65519.99,
                65520.0, -65520.0, 0x1p-24, 0x1p-25, 0x1p-25 + 0x1p-60, 0x1p-26, 1 + 0x1p-11, 1 + 0x1p-11 + 0x1p-40,
                1 + 0x1p-10 + 0x1p-11, 6.1e-5, 3e38));
        for (double v : values) {
            bits.add(f32 ? Float.floatToRawIntBits((float) v) : Double.doubleToRawLongBits(v));
        }
        if (f32) {
            for (int nan : new int[] {0x7fc00000, 0xffc00000, 0x7f800001, 0xff800001, 0x7fa00000, 0x7fc01234, 0x7fffffff}) {
                bits.add((long) nan);
            }
            for (float v : new float[] {Math.nextDown(0x1p31f), Math.nextUp(-0x1p31f), Math.nextDown(-0x1p31f),
                    Math.nextUp(0x1p31f), Math.nextDown(0x1p63f), Math.nextDown(-0x1p63f), Math.nextUp(-0x1p63f),
                    Math.nextDown(0x1p32f), Math.nextUp(0x1p32f)}) {
                bits.add((long) Float.floatToRawIntBits(v));
            }
        } else {
            for (long nan : new long[] {0x7ff8000000000000L, 0xfff8000000000000L, 0x7ff0000000000001L,
                    0xfff0000000000001L, 0x7ff4000000000000L, 0x7ff8000012345678L, 0x7fffffffffffffffL}) {
                bits.add(nan);
            }
            for (double v : new double[] {Math.nextDown(0x1p31), Math.nextUp(-0x1p31), Math.nextDown(-2147483649.0),
                    Math.nextUp(-2147483649.0), Math.nextDown(0x1p63), Math.nextDown(-0x1p63), Math.nextUp(-0x1p63),
                    Math.nextDown(65520.0), Math.nextUp(0x1p-25), Math.nextDown(0x1p-25)}) {
                bits.add(Double.doubleToRawLongBits(v));
            }
        }
        for (int i = 0; i < 600; i++) {
            if (f32) {
                bits.add((long) (i % 2 == 0 ? rnd.nextInt() : Float.floatToRawIntBits(
                        (float) (rnd.nextGaussian() * Math.scalb(1.0, rnd.nextInt(70))))));
            } else {
                bits.add(i % 2 == 0 ? rnd.nextLong() : Double.doubleToRawLongBits(
                        rnd.nextGaussian() * Math.scalb(1.0, rnd.nextInt(70))));
            }
        }
        return bits.stream().mapToLong(Long::longValue).toArray();
    }
}
