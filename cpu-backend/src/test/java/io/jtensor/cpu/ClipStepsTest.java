package io.jtensor.cpu;

import io.jtensor.DType;
import io.jtensor.backend.Operand;
import io.jtensor.op.BinaryOp;
import io.jtensor.op.TernaryOp;
import org.junit.jupiter.api.Test;

import java.lang.foreign.MemorySegment;
import java.util.Random;

import static io.jtensor.cpu.TestSupport.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link TernaryOp#CLIP} on the CPU writes the bytes of core's two steps, maximum(lo, x) into a
 * temporary and minimum(hi, temporary), as core plans them (float16's too): every dtype, special
 * values (NaNs with distinct payloads, signed zeros, infinities, type limits, ties, lo above hi),
 * bounds as tensors, broadcast elements and scalars, into a fresh output, in place over x and over hi,
 * on the lanes backend and the scalar one.
 */
class ClipStepsTest {

    private static final int N = 3 * MapKernels.BLOCK + 11;
    private static final long[] SHAPE = {N};
    private static final long[] UNIT = {1};

    @Test
    void clipPlanMatchesTheTwoSteps() {
        Random rnd = new Random(20261202);
        int nans = 0;
        for (CpuBackend backend : new CpuBackend[] {TestSupport.CPU, TestSupport.SCALAR}) {
            for (DType t : DType.values()) {
                DType compute = t.computeType();
                CpuStorage x = specials(t, N, rnd);
                CpuStorage lo = specials(t, N + 1, rnd);
                CpuStorage hi = specials(t, N + 2, rnd);
                Operand xo = Operand.of(x, t, 0, UNIT);
                Operand[][] bounds = {
                    {Operand.of(lo, t, 1, UNIT), Operand.of(hi, t, 2, UNIT)},
                    {Operand.of(lo, t, 3, new long[] {0}), Operand.of(hi, t, 0, UNIT)},
                    {Operand.of(lo, t, 0, UNIT), Operand.scalar(compute, t == DType.BOOL ? 1 : 0)},
                    {Operand.scalar(compute, t == DType.BOOL ? 0 : -0.0), Operand.of(hi, t, 5, new long[] {0})},
                    {Operand.scalar(compute, 1), Operand.scalar(compute, 0)},
                };
                for (Operand[] b : bounds) {
                    CpuStorage tmp = CpuStorage.allocate(t, N);
                    CpuStorage want = CpuStorage.allocate(t, N);
                    Operand tmpOut = Operand.of(tmp, t, 0, UNIT);
                    Operand wantOut = Operand.of(want, t, 0, UNIT);
                    backend.map(map(BinaryOp.MAXIMUM, SHAPE, tmpOut, compute, b[0], xo));
                    backend.map(map(BinaryOp.MINIMUM, SHAPE, wantOut, compute, b[1], tmpOut));
                    CpuStorage got = CpuStorage.allocate(t, N);
                    backend.map(map(TernaryOp.CLIP, SHAPE, Operand.of(got, t, 0, UNIT), compute, xo, b[0], b[1]));
                    CpuStorage inPlace = copy(x, t);
                    Operand inPlaceX = Operand.of(inPlace, t, 0, UNIT);
                    backend.map(map(TernaryOp.CLIP, SHAPE, inPlaceX, compute, inPlaceX, b[0], b[1]));
                    CpuStorage overHi = b[1].isScalar() || b[1].strides()[0] == 0 ? null : copy(hi, t);
                    if (overHi != null) {
                        Operand hiOut = Operand.of(overHi, t, b[1].offset(), UNIT);
                        backend.map(map(TernaryOp.CLIP, SHAPE, hiOut, compute, xo, b[0], hiOut));
                    }
                    for (int i = 0; i < N; i++) {
                        long w = bits(want, t, i);
                        String where = t + " lo " + b[0] + " hi " + b[1] + " at " + i + " x bits "
                                + Long.toHexString(bits(x, t, i));
                        assertEquals(w, bits(got, t, i), where);
                        assertEquals(w, bits(inPlace, t, i), "in place over x: " + where);
                        if (overHi != null) {
                            assertEquals(w, bits(overHi, t, i + (int) b[1].offset()), "in place over hi: " + where);
                        }
                        if (t.isFloatingPoint() && TestSupport.get(want, t, i) != TestSupport.get(want, t, i)) {
                            nans++;
                        }
                    }
                }
            }
        }
        assertTrue(nans > 100, "the data reach the NaN paths: " + nans);
    }

    private static CpuStorage copy(CpuStorage s, DType t) {
        CpuStorage c = CpuStorage.allocate(t, s.byteSize() / t.byteSize());
        c.segment().copyFrom(s.segment());
        return c;
    }

    private static long bits(CpuStorage s, DType t, int i) {
        MemorySegment seg = s.segment();
        return switch (t.byteSize()) {
            case 1 -> seg.get(ElementIO.BYTE, i);
            case 2 -> seg.getAtIndex(ElementIO.SHORT, i);
            case 4 -> seg.getAtIndex(ElementIO.INT, i);
            default -> seg.getAtIndex(ElementIO.LONG, i);
        };
    }

    /** Few distinct values (so ties and lo above hi are common), zeros of both signs, NaNs with their own payloads, limits. */
    private static CpuStorage specials(DType t, int n, Random rnd) {
        CpuStorage s = CpuStorage.allocate(t, n);
        MemorySegment seg = s.segment();
        for (int i = 0; i < n; i++) {
            int k = rnd.nextInt(10);
            if (t == DType.BOOL) {
                TestSupport.set(s, t, i, k & 1);
            } else if (!t.isFloatingPoint()) {
                long v = switch (k) {
                    case 0 -> t.minValue();
                    case 1 -> t.maxValue();
                    default -> rnd.nextInt(7) - 3;
                };
                ElementIO.writeLong(seg, t, i, Math.clamp(v, t.minValue(), t.maxValue()));
            } else if (k == 0) {
                int payload = 1 + rnd.nextInt(200);
                switch (t) {
                    case FLOAT16 -> seg.setAtIndex(ElementIO.SHORT, i, (short) (0x7e00 | payload));
                    case FLOAT32 -> seg.setAtIndex(ElementIO.FLOAT, i, Float.intBitsToFloat(0xffc00000 | payload));
                    default -> seg.setAtIndex(ElementIO.DOUBLE, i, Double.longBitsToDouble(0x7ff8000000000000L | payload));
                }
            } else {
                double v = switch (k) {
                    case 1 -> -0.0;
                    case 2 -> 0.0;
                    case 3 -> rnd.nextBoolean() ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
                    default -> (rnd.nextInt(9) - 4) * 0.5;
                };
                TestSupport.set(s, t, i, v);
            }
        }
        return s;
    }
}
