package io.jtensor.cpu;

import io.jtensor.DType;
import io.jtensor.backend.MapPlan;
import io.jtensor.backend.Operand;
import io.jtensor.op.UnaryOp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static io.jtensor.cpu.TestSupport.map;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/**
 * Same-type copies that are contiguous only along rows (a part of {@code concatenate} along axis 1,
 * a column slice, reversed or broadcast rows, a transposed input) give the element-by-element raw
 * copy, NaN payloads and zero signs included, both in the order {@link MapKernels} now tries its
 * paths (strided copies before the SIMD row runs) and in the legacy order
 * ({@link MapKernels#legacyCopyOrder}); also into the other half of the input's own storage.
 */
class CopyOrderTest {

    private static final MapKernels KERNELS = new MapKernels(SimdLoader.load().simd());
    private static final DType[] TYPES = {DType.BOOL, DType.INT8, DType.INT16, DType.FLOAT16, DType.FLOAT32,
        DType.INT32, DType.FLOAT64, DType.INT64, DType.UINT32};

    @AfterEach
    void restoreOrder() {
        MapKernels.legacyCopyOrder = false;
    }

    @Test
    void rowCopiesAreRawElementCopiesInBothOrders() {
        Random rnd = new Random(20261202);
        for (int trial = 0; trial < 300; trial++) {
            DType t = TYPES[trial % TYPES.length];
            boolean threeD = rnd.nextBoolean();
            long[] shape = threeD ? new long[] {1 + rnd.nextInt(3), 1 + rnd.nextInt(40), 16 + rnd.nextInt(150)}
                    : new long[] {1 + rnd.nextInt(300), 1 + rnd.nextInt(200)};
            int ndim = shape.length;
            // input: a slice of a wider buffer; rows forward, reversed, broadcast, or the input transposed
            int kind = rnd.nextInt(4);
            long[] inStrides = new long[ndim];
            long pad = 1 + rnd.nextInt(7);
            long span = 1;
            for (int d = ndim - 1; d >= 0; d--) {
                inStrides[d] = span;
                span *= shape[d] + (d == ndim - 1 ? pad : 0);
            }
            long inOffset = rnd.nextInt(5);
            if (kind == 1) {
                inStrides[ndim - 1] = -1;
                inOffset += shape[ndim - 1] - 1;
            } else if (kind == 2) {
                inStrides[ndim - 1] = 0;
            } else if (kind == 3) {
                long s = inStrides[ndim - 1];
                inStrides[ndim - 1] = inStrides[ndim - 2];
                inStrides[ndim - 2] = s;
            }
            if (rnd.nextInt(3) == 0) {
                // outer rows in reverse
                inOffset += inStrides[0] * (shape[0] - 1);
                inStrides[0] = -inStrides[0];
            }
            // output: the columns [at, at + cols) of a wider C-ordered block, as concatenate writes a part
            long cols = shape[ndim - 1];
            long width = cols + rnd.nextInt(3) * cols;
            long at = width == cols ? 0 : rnd.nextInt((int) (width - cols + 1));
            long[] outStrides = new long[ndim];
            long o = 1;
            for (int d = ndim - 1; d >= 0; d--) {
                outStrides[d] = o;
                o *= d == ndim - 1 ? width : shape[d];
            }
            long outLength = o;
            long inLength = inOffset + 8;
            for (int d = 0; d < ndim; d++) {
                inLength += Math.max(0, inStrides[d] * (shape[d] - 1));
            }
            CpuStorage in = random(t, inLength, rnd);
            long size = TestSupport.size(shape);
            byte[] inBytes = bytes(in);
            byte[] want = bytes(random(t, outLength, new Random(trial)));
            int w = t.byteSize();
            for (long f = 0; f < size; f++) {
                long src = TestSupport.viewIndex(inOffset, shape, inStrides, f);
                long dst = TestSupport.viewIndex(at, shape, outStrides, f);
                System.arraycopy(inBytes, (int) (src * w), want, (int) (dst * w), w);
            }
            String context = t + " " + Arrays.toString(shape) + " in " + Arrays.toString(inStrides) + "+" + inOffset
                    + " out " + Arrays.toString(outStrides) + "+" + at;
            for (boolean legacy : new boolean[] {false, true}) {
                if (legacy && t == DType.FLOAT16) {
                    continue; // the legacy order's buffered float16 loop may change NaN payloads
                }
                MapKernels.legacyCopyOrder = legacy;
                CpuStorage out = random(t, outLength, new Random(trial));
                KERNELS.run(plan(t, shape, Operand.of(out, t, at, outStrides), Operand.of(in, t, inOffset, inStrides)));
                assertArrayEquals(want, bytes(out), context + (legacy ? " legacy order" : ""));
                out.release();
            }
            in.release();
        }
    }

    @Test
    void copiesIntoTheOtherColumnsOfTheirOwnStorage() {
        // not FLOAT16: a copy within one storage takes the buffered loop, whose float32 round trip may change NaN payloads
        for (DType t : new DType[] {DType.FLOAT32, DType.FLOAT64, DType.INT16, DType.INT8}) {
            for (boolean legacy : new boolean[] {false, true}) {
                MapKernels.legacyCopyOrder = legacy;
                long rows = 37;
                long cols = 64;
                CpuStorage x = random(t, rows * 2 * cols, new Random(7));
                byte[] want = bytes(x);
                int w = t.byteSize();
                for (int r = 0; r < rows; r++) {
                    System.arraycopy(want, (int) (r * 2 * cols * w), want, (int) ((r * 2 + 1) * cols * w),
                            (int) cols * w);
                }
                long[] shape = {rows, cols};
                long[] strides = {2 * cols, 1};
                KERNELS.run(plan(t, shape, Operand.of(x, t, cols, strides), Operand.of(x, t, 0, strides)));
                assertArrayEquals(want, bytes(x), t + (legacy ? " legacy order" : ""));
                x.release();
            }
        }
    }

    @Test
    void largeRowCopiesSplitOverThreadsLandInPlace() {
        // 3000 x 800 float32 is above twice MapKernels.COPY_GRAIN, so rows are split over threads
        long rows = 3000;
        long cols = 800;
        long inWidth = cols + 3;
        long outWidth = 2 * cols;
        CpuStorage in = random(DType.FLOAT32, rows * inWidth, new Random(11));
        CpuStorage out = random(DType.FLOAT32, rows * outWidth, new Random(12));
        byte[] want = bytes(out);
        byte[] inBytes = bytes(in);
        for (int r = 0; r < rows; r++) {
            System.arraycopy(inBytes, (int) (r * inWidth * 4), want, (int) ((r * outWidth + cols) * 4), (int) cols * 4);
        }
        long[] shape = {rows, cols};
        KERNELS.run(plan(DType.FLOAT32, shape, Operand.of(out, DType.FLOAT32, cols, new long[] {outWidth, 1}),
                Operand.of(in, DType.FLOAT32, 0, new long[] {inWidth, 1})));
        assertArrayEquals(want, bytes(out));
        in.release();
        out.release();
    }

    private static MapPlan plan(DType t, long[] shape, Operand out, Operand in) {
        return map(UnaryOp.COPY, shape, out, t.computeType(), in);
    }

    /** Random raw bytes: floats include NaNs with payloads, negative zeros are likely enough at these sizes. */
    private static CpuStorage random(DType t, long n, Random rnd) {
        CpuStorage s = CpuStorage.allocate(t, n);
        for (long i = 0; i < n * t.byteSize(); i++) {
            byte b = (byte) rnd.nextInt();
            s.segment().set(ElementIO.BYTE, i, t == DType.BOOL ? (byte) (b & 1) : b);
        }
        return s;
    }

    private static byte[] bytes(CpuStorage s) {
        return s.segment().toArray(ElementIO.BYTE);
    }
}
