package io.jtensor.cpu;

import io.jtensor.DType;
import io.jtensor.backend.Operand;
import io.jtensor.op.UnaryOp;
import org.junit.jupiter.api.Test;

import static io.jtensor.cpu.TestSupport.get;
import static io.jtensor.cpu.TestSupport.map;
import static io.jtensor.cpu.TestSupport.set;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The contiguous integer-to-float copy ({@link WideningCopy}, taken by {@code astype}) gives what a
 * cast gives for every value of the 8- and 16-bit types and for int32 and uint32 values that round in
 * float32 (uint32 ones past 2^31 too), on both CPU backends (with and without the Vector API), from
 * and to offsets inside the storages.
 */
class WideningCopyTest {

    private static final CpuBackend[] BACKENDS = {TestSupport.CPU, TestSupport.SCALAR};

    @Test
    void everySmallIntegerAndRoundingInt32sConvertAsACast() {
        long[] int32s = {0, 1, -1, 16_777_216, 16_777_217, 16_777_219, -16_777_217, Integer.MAX_VALUE,
                Integer.MIN_VALUE, 123_456_789};
        long[] uint32s = {0, 1, 16_777_217, Integer.MAX_VALUE, 1L << 31, (1L << 31) + 1, (1L << 31) + 129,
                (1L << 31) + 383, 3_000_000_001L, 4_294_967_167L, 4_294_967_168L, (1L << 32) - 1};
        for (DType from : new DType[] {DType.INT8, DType.UINT8, DType.INT16, DType.UINT16, DType.INT32,
                DType.UINT32}) {
            boolean wide = from.byteSize() == 4;
            long[] values = wide ? (from == DType.INT32 ? int32s : uint32s)
                    : new long[(int) (from.maxValue() - from.minValue() + 1)];
            if (!wide) {
                for (int i = 0; i < values.length; i++) {
                    values[i] = from.minValue() + i;
                }
            }
            int n = values.length;
            CpuStorage in = CpuStorage.allocate(from, n + 3);
            for (int i = 0; i < n; i++) {
                set(in, from, i + 3, values[i]);
            }
            for (DType to : new DType[] {DType.FLOAT32, DType.FLOAT64}) {
                for (CpuBackend backend : BACKENDS) {
                    CpuStorage out = CpuStorage.allocate(to, n + 5);
                    backend.map(map(UnaryOp.COPY, new long[] {n}, Operand.of(out, to, 5, new long[] {1}),
                            to, Operand.of(in, from, 3, new long[] {1})));
                    for (int i = 0; i < n; i++) {
                        double want = to == DType.FLOAT32 ? (float) values[i] : (double) values[i];
                        assertEquals(want, get(out, to, i + 5), 0.0, from + " -> " + to + " of " + values[i]);
                    }
                    out.release();
                }
            }
            in.release();
        }
    }
}
