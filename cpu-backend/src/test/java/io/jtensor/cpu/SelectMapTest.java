package io.jtensor.cpu;

import io.jtensor.DType;
import io.jtensor.backend.MapPlan;
import io.jtensor.backend.Operand;
import io.jtensor.op.TernaryOp;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static io.jtensor.cpu.TestSupport.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code where(cond, x, y)} on lanes ({@link SelectMap}: y written, x copied over it under the mask)
 * writes the buffered loop's bytes, NaN payloads and zero signs included: float32 and float64, y a
 * tensor, a scalar or a broadcast element, random masks, offsets and a tail; an output sharing an
 * input's storage is left to the buffered loop.
 */
class SelectMapTest {

    private static final MapKernels BUFFERED = new MapKernels(null);
    private static final SelectMap SELECT = new SelectMap(SimdLoader.load().simd());
    private static final int N = 3 * MapKernels.BLOCK * 3 + 7;

    @Test
    void selectsTheBufferedLoopsBits() {
        Random rnd = new Random(20261203);
        for (DType t : new DType[] {DType.FLOAT32, DType.FLOAT64}) {
            CpuStorage cond = CpuStorage.allocate(DType.BOOL, N + 1);
            for (int i = 0; i < N + 1; i++) {
                cond.segment().set(ElementIO.BYTE, i, (byte) (rnd.nextInt(3) == 0 ? 0 : 1));
            }
            CpuStorage x = specials(t, N + 2, rnd);
            CpuStorage y = specials(t, N + 3, rnd);
            Operand c = Operand.of(cond, DType.BOOL, 1, new long[] {1});
            Operand xo = Operand.of(x, t, 2, new long[] {1});
            for (Operand yo : new Operand[] {Operand.of(y, t, 3, new long[] {1}), Operand.scalar(t, -0.0),
                Operand.scalar(t, 1.1), Operand.of(y, t, 5, new long[] {0})}) {
                CpuStorage want = CpuStorage.allocate(t, N);
                CpuStorage got = CpuStorage.allocate(t, N);
                BUFFERED.runBuffered(plan(t, want, c, xo, yo));
                MapPlan p = plan(t, got, c, xo, yo);
                assertTrue(run(p), t + " " + yo + " took the select path");
                for (int i = 0; i < N; i++) {
                    assertEquals(raw(want, t, i), raw(got, t, i), t + " y " + yo + " at " + i);
                }
            }
            CpuStorage aliased = specials(t, N + 2, rnd);
            Operand into = Operand.of(aliased, t, 0, new long[] {1});
            assertFalse(run(plan(t, aliased, c, Operand.of(aliased, t, 2, new long[] {1}), into)), "out is x's storage");
        }
    }

    private static boolean run(MapPlan p) {
        Operand[] operands = {p.out(), p.inputs().get(0), p.inputs().get(1), p.inputs().get(2)};
        long[][] strides = new long[4][];
        for (int i = 0; i < 4; i++) {
            strides[i] = operands[i].isScalar() ? new long[1] : operands[i].strides();
        }
        return SELECT.run(p, Dims.simplify(p.shape(), strides, true, null), operands);
    }

    private static MapPlan plan(DType t, CpuStorage out, Operand c, Operand x, Operand y) {
        return map(TernaryOp.WHERE, new long[] {N}, Operand.of(out, t, 0, new long[] {1}), t, c, x, y);
    }

    private static long raw(CpuStorage s, DType t, int i) {
        return t == DType.FLOAT32 ? Float.floatToRawIntBits(s.segment().getAtIndex(ElementIO.FLOAT, i))
                : Double.doubleToRawLongBits(s.segment().getAtIndex(ElementIO.DOUBLE, i));
    }

    private static CpuStorage specials(DType t, int n, Random rnd) {
        CpuStorage s = CpuStorage.allocate(t, n);
        for (int i = 0; i < n; i++) {
            switch (rnd.nextInt(6)) {
                case 0 -> {
                    if (t == DType.FLOAT32) {
                        s.segment().setAtIndex(ElementIO.FLOAT, i, Float.intBitsToFloat(0x7fc01234 | rnd.nextInt(256)));
                    } else {
                        s.segment().setAtIndex(ElementIO.DOUBLE, i,
                                Double.longBitsToDouble(0x7ff8000000001234L | rnd.nextInt(256)));
                    }
                }
                case 1 -> TestSupport.set(s, t, i, -0.0);
                default -> TestSupport.set(s, t, i, rnd.nextGaussian());
            }
        }
        return s;
    }
}
