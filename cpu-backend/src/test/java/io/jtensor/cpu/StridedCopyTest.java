package io.jtensor.cpu;

import io.jtensor.DType;
import io.jtensor.backend.MapPlan;
import io.jtensor.backend.Operand;
import io.jtensor.op.UnaryOp;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static io.jtensor.cpu.TestSupport.map;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A same-type strided COPY ({@link StridedCopy}) writes the buffered loop's bytes (NaN aside: it keeps
 * a float16 NaN's payload, as the contiguous copy does, where the buffered loop's float32 round trip
 * may not): every element
 * width, 1 to 6 axes, positive, negative and zero (broadcast) input strides, sliding-window views,
 * contiguous and strided outputs, copies large enough to be split over threads; an output sharing
 * the input's storage is left to the buffered loop.
 */
class StridedCopyTest {

    private static final MapKernels BUFFERED = new MapKernels(null);

    @Test
    void copiesTheBufferedLoopsBytes() {
        Random rnd = new Random(20261201);
        DType[] types = {DType.BOOL, DType.INT8, DType.FLOAT16, DType.INT16, DType.FLOAT32, DType.INT32, DType.FLOAT64,
            DType.INT64, DType.UINT32};
        for (int trial = 0; trial < 400; trial++) {
            DType t = types[trial % types.length];
            int ndim = 1 + rnd.nextInt(6);
            long[] shape = new long[ndim];
            for (int d = 0; d < ndim; d++) {
                shape[d] = 1 + rnd.nextInt(d >= ndim - 2 ? 5 : 4);
            }
            // the input: every axis a stride of a larger buffer, some negative, some 0
            long[] strides = new long[ndim];
            long span = 1;
            long offset = 0;
            for (int d = ndim - 1; d >= 0; d--) {
                int kind = rnd.nextInt(6);
                long stride = kind == 0 ? 0 : span * (1 + rnd.nextInt(2));
                if (kind == 1) {
                    stride = -stride;
                    offset += -stride * (shape[d] - 1);
                }
                strides[d] = stride;
                span += Math.abs(stride) * (shape[d] - 1) + 1;
            }
            CpuStorage in = random(t, span + offset + 1, rnd);
            Operand input = Operand.of(in, t, offset, strides);
            boolean stridedOut = rnd.nextBoolean();
            long size = Arrays.stream(shape).reduce(1, (a, b) -> a * b);
            long[] outStrides = new long[ndim];
            long s = stridedOut ? 2 : 1;
            for (int d = ndim - 1; d >= 0; d--) {
                outStrides[d] = s;
                s *= shape[d];
            }
            long outLength = size * (stridedOut ? 2 : 1);
            CpuStorage want = random(t, outLength, new Random(trial));
            CpuStorage got = random(t, outLength, new Random(trial));
            BUFFERED.runBuffered(plan(t, shape, Operand.of(want, t, 0, outStrides), input));
            MapPlan p = plan(t, shape, Operand.of(got, t, 0, outStrides), input);
            String context = t + " " + Arrays.toString(shape) + " strides " + Arrays.toString(strides) + " out "
                    + Arrays.toString(outStrides);
            if (!run(p)) {
                assertTrue(size == 1, context + " took the strided copy (a single element simplifies to 0-d, left to the others)");
                BUFFERED.runBuffered(p);
            }
            assertArrayEquals(bytes(want), bytes(got), context);
        }
    }

    @Test
    void slidingWindowsOfAnImage() {
        Random rnd = new Random(7);
        CpuStorage image = random(DType.FLOAT32, 2 * 3 * 8 * 8, rnd);
        long[] shape = {2, 3, 6, 6, 3, 3};
        Operand windows = Operand.of(image, DType.FLOAT32, 0, new long[] {192, 64, 8, 1, 8, 1});
        long[] outStrides = {972, 324, 54, 9, 3, 1};
        CpuStorage want = CpuStorage.allocate(DType.FLOAT32, 1944);
        CpuStorage got = CpuStorage.allocate(DType.FLOAT32, 1944);
        BUFFERED.runBuffered(plan(DType.FLOAT32, shape, Operand.of(want, DType.FLOAT32, 0, outStrides), windows));
        assertTrue(run(plan(DType.FLOAT32, shape, Operand.of(got, DType.FLOAT32, 0, outStrides), windows)));
        assertArrayEquals(bytes(want), bytes(got));
    }

    @Test
    void largeCopiesSplitOverThreads() {
        Random rnd = new Random(11);
        long n = 3 * MapKernels.COPY_GRAIN + 5;
        CpuStorage in = random(DType.FLOAT32, 2 * n + 1, rnd);
        for (int k = 0; k < 2; k++) {
            long[] shape = k == 0 ? new long[] {n} : new long[] {n / 3, 3};
            long[] strides = k == 0 ? new long[] {2} : new long[] {2, 2 * n / 3 + 1};
            long size = Arrays.stream(shape).reduce(1, (a, b) -> a * b);
            long[] outStrides = k == 0 ? new long[] {1} : new long[] {3, 1};
            Operand input = Operand.of(in, DType.FLOAT32, 0, strides);
            CpuStorage want = CpuStorage.allocate(DType.FLOAT32, size);
            CpuStorage got = CpuStorage.allocate(DType.FLOAT32, size);
            BUFFERED.runBuffered(plan(DType.FLOAT32, shape, Operand.of(want, DType.FLOAT32, 0, outStrides), input));
            assertTrue(run(plan(DType.FLOAT32, shape, Operand.of(got, DType.FLOAT32, 0, outStrides), input)));
            assertArrayEquals(bytes(want), bytes(got), Arrays.toString(shape));
        }
    }

    @Test
    void anOutputSharingTheInputsStorageIsLeftAlone() {
        CpuStorage s = random(DType.FLOAT64, 64, new Random(1));
        MapPlan p = plan(DType.FLOAT64, new long[] {4, 4}, Operand.of(s, DType.FLOAT64, 0, new long[] {4, 1}),
                Operand.of(s, DType.FLOAT64, 16, new long[] {1, 4}));
        assertFalse(run(p));
    }

    /**
     * The offset tables (innermost axes of 1 to 15, tables cut into chunks of the next axis, the
     * last one shorter), row copies and fills (innermost axes of 16 and more with input stride 1
     * or 0), dense and strided outputs, negative strides: the same bytes as the plain element
     * loops and the buffered loop.
     */
    @Test
    void tablesAndRowCopiesMatchThePlainLoops() {
        Random rnd = new Random(1818);
        DType[] types = {DType.INT8, DType.FLOAT16, DType.FLOAT32, DType.FLOAT64};
        int tabled = 0;
        for (int trial = 0; trial < 120; trial++) {
            DType t = types[trial % types.length];
            int ndim = 2 + rnd.nextInt(4);
            long[] shape = new long[ndim];
            long size;
            do {
                size = 1;
                for (int d = 0; d < ndim; d++) {
                    shape[d] = 1 + rnd.nextInt(d == ndim - 1 ? 24 : 70);
                    size *= shape[d];
                }
            } while (size > 60_000);
            long[] strides = new long[ndim];
            long span = 1;
            long offset = 0;
            for (int d = ndim - 1; d >= 0; d--) {
                int kind = rnd.nextInt(8);
                long stride = kind == 0 ? 0 : span * (kind == 2 ? 2 : 1);
                if (kind == 1) {
                    stride = -stride;
                    offset += -stride * (shape[d] - 1);
                }
                strides[d] = stride;
                span += Math.abs(stride) * (shape[d] - 1) + 1;
            }
            CpuStorage in = random(t, span + offset + 1, rnd);
            Operand input = Operand.of(in, t, offset, strides);
            boolean stridedOut = rnd.nextInt(3) == 0;
            long[] outStrides = new long[ndim];
            long s = stridedOut ? 2 : 1;
            for (int d = ndim - 1; d >= 0; d--) {
                outStrides[d] = s;
                s *= shape[d];
            }
            long outLength = size * (stridedOut ? 2 : 1);
            CpuStorage want = random(t, outLength, new Random(trial));
            CpuStorage plain = random(t, outLength, new Random(trial));
            CpuStorage got = random(t, outLength, new Random(trial));
            String context = t + " " + Arrays.toString(shape) + " strides " + Arrays.toString(strides) + " out "
                    + Arrays.toString(outStrides);
            BUFFERED.runBuffered(plan(t, shape, Operand.of(want, t, 0, outStrides), input));
            MapPlan p = plan(t, shape, Operand.of(got, t, 0, outStrides), input);
            if (run(p, true)) {
                assertTrue(run(plan(t, shape, Operand.of(plain, t, 0, outStrides), input), false), context);
                assertArrayEquals(bytes(want), bytes(plain), context + " (plain loops)");
                assertArrayEquals(bytes(want), bytes(got), context);
                tabled += size > StridedCopy.TABLE && shape[ndim - 1] < StridedCopy.SHORT_AXIS ? 1 : 0;
            }
            in.release();
            want.release();
            plain.release();
            got.release();
        }
        assertTrue(tabled > 20, tabled + " copies larger than a table");
    }

    /** A 62 x 62 image's 3 x 3 windows: tables of 7 window rows, the last chunk 6, as ascontiguousarray and transposed. */
    @Test
    void windowsOfALargerImageInChunks() {
        CpuStorage image = random(DType.FLOAT32, 2 * 3 * 64 * 64, new Random(62));
        long[][] shapes = {{2, 3, 62, 62, 3, 3}, {2, 62, 62, 3, 3, 3}};
        long[][] strides = {{12288, 4096, 64, 1, 64, 1}, {12288, 64, 1, 4096, 64, 1}};
        for (int k = 0; k < 2; k++) {
            long[] shape = shapes[k];
            long size = Arrays.stream(shape).reduce(1, (a, b) -> a * b);
            Operand windows = Operand.of(image, DType.FLOAT32, 0, strides[k]);
            CpuStorage want = CpuStorage.allocate(DType.FLOAT32, size);
            CpuStorage got = CpuStorage.allocate(DType.FLOAT32, size);
            BUFFERED.runBuffered(plan(DType.FLOAT32, shape, TestSupport.dense(want, DType.FLOAT32, shape), windows));
            assertTrue(run(plan(DType.FLOAT32, shape, TestSupport.dense(got, DType.FLOAT32, shape), windows)));
            assertArrayEquals(bytes(want), bytes(got), Arrays.toString(shape));
        }
    }

    private static boolean run(MapPlan p) {
        return run(p, true);
    }

    private static boolean run(MapPlan p, boolean fast) {
        Operand[] operands = {p.out(), p.inputs().get(0)};
        long[][] strides = {operands[0].strides(), operands[1].strides()};
        long[] base = {operands[0].offset(), operands[1].offset()};
        return StridedCopy.run(p, Dims.simplify(p.shape(), strides, true, null), operands, base, fast);
    }

    private static MapPlan plan(DType t, long[] shape, Operand out, Operand in) {
        return map(UnaryOp.COPY, shape, out, t.computeType(), in);
    }

    private static CpuStorage random(DType t, long n, Random rnd) {
        CpuStorage s = CpuStorage.allocate(t, n);
        int width = t.byteSize();
        for (long i = 0; i < n * width; i++) {
            byte b = (byte) rnd.nextInt();
            if (t.isFloatingPoint() && i % width == width - 1) {
                // no NaN: the buffered loop converts float16 through float32, which may change a NaN's payload
                b &= (byte) 0xBF;
            }
            s.segment().set(ElementIO.BYTE, i, t == DType.BOOL ? (byte) (b & 1) : b);
        }
        return s;
    }

    private static byte[] bytes(CpuStorage s) {
        return s.segment().toArray(ElementIO.BYTE);
    }
}
