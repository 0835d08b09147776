package io.jtensor.cpu;

import io.jtensor.DType;
import io.jtensor.backend.MapPlan;
import io.jtensor.backend.Operand;
import io.jtensor.op.BinaryOp;
import io.jtensor.op.ElementwiseOp;
import io.jtensor.op.UnaryOp;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static io.jtensor.cpu.TestSupport.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Float maps with an input of another type on lanes ({@link MixedMap}: the input converted chunk by
 * chunk, then the same-type lane kernel) write the buffered loop's bits: every source type
 * (bool, the integers with their extremes, int64 values that round, float16 and float32 with NaN,
 * ±0, ±Inf and subnormals) into float32 and float64 compute, as either operand, against a tensor of
 * specials or a scalar, from offsets, with a tail that is not a whole chunk; and the path is taken.
 */
class MixedMapTest {

    private static final MapKernels BUFFERED = new MapKernels(null);
    private static final Simd SIMD = SimdLoader.load().simd();
    private static final DType[] SOURCES = {DType.BOOL, DType.INT8, DType.UINT8, DType.INT16, DType.UINT16, DType.INT32,
        DType.UINT32, DType.INT64, DType.FLOAT16, DType.FLOAT32};
    private static final List<ElementwiseOp> OPS = List.of(BinaryOp.ADD, BinaryOp.SUBTRACT, BinaryOp.MULTIPLY,
            BinaryOp.DIVIDE, BinaryOp.MAXIMUM, BinaryOp.MINIMUM, BinaryOp.GREATER, BinaryOp.EQUAL,
            BinaryOp.LESS_EQUAL, UnaryOp.EXP, UnaryOp.NEGATIVE, UnaryOp.SQRT);
    private static final int N = 2048 * 3 + 5;

    @Test
    void mixedInputsGiveTheBufferedLoopsBits() {
        assertNotNull(SIMD, "the Vector API is present in this test JVM");
        Random rnd = new Random(20261202);
        for (DType compute : new DType[] {DType.FLOAT32, DType.FLOAT64}) {
            CpuStorage specials = values(compute, N + 3, rnd);
            for (DType from : SOURCES) {
                if (from == compute) {
                    continue;
                }
                CpuStorage a = values(from, N + 1, rnd);
                for (ElementwiseOp op : OPS) {
                    if (op.arity() == 1) {
                        compare(op, compute, tensor(a, from, 1), null);
                        continue;
                    }
                    compare(op, compute, tensor(a, from, 1), tensor(specials, compute, 3));
                    compare(op, compute, tensor(specials, compute, 3), tensor(a, from, 1));
                    compare(op, compute, tensor(a, from, 1), Operand.scalar(compute, -0.0));
                    compare(op, compute, Operand.scalar(compute, 2.5), tensor(a, from, 1));
                }
            }
        }
    }

    /** Runs op on the buffered loop and on the mixed path (which must take it) and compares the bits. */
    private static void compare(ElementwiseOp op, DType compute, Operand x, Operand y) {
        DType outType = op.givesBool() ? DType.BOOL : compute;
        CpuStorage want = CpuStorage.allocate(outType, N + 2);
        CpuStorage got = CpuStorage.allocate(outType, N + 2);
        BUFFERED.runBuffered(plan(op, compute, want, outType, x, y));
        MapPlan plan = plan(op, compute, got, outType, x, y);
        Operand[] operands = y == null ? new Operand[] {plan.out(), x} : new Operand[] {plan.out(), x, y};
        long[][] strides = new long[operands.length][];
        for (int i = 0; i < operands.length; i++) {
            strides[i] = operands[i].isScalar() ? new long[1] : operands[i].strides();
        }
        boolean ran = new MixedMap(SIMD).run(plan, Dims.simplify(plan.shape(), strides, true, null), operands);
        String what = op + " " + compute + " of " + (x.isScalar() ? "scalar" : x.dtype()) + ", "
                + (y == null ? "-" : y.isScalar() ? "scalar" : y.dtype());
        assertTrue(ran, what + " took the mixed path");
        for (int i = 0; i < N + 2; i++) {
            assertEquals(bits(want, outType, i), bits(got, outType, i), what + " at " + i);
        }
        want.release();
        got.release();
    }

    private static MapPlan plan(ElementwiseOp op, DType compute, CpuStorage out, DType outType, Operand x, Operand y) {
        Operand o = Operand.of(out, outType, 2, new long[] {1});
        return y == null ? map(op, new long[] {N}, o, compute, x) : map(op, new long[] {N}, o, compute, x, y);
    }

    private static Operand tensor(CpuStorage s, DType t, long offset) {
        return Operand.of(s, t, offset, new long[] {1});
    }

    /** The value's bits (NaN canonical: which NaN of two an op keeps is not specified). */
    private static long bits(CpuStorage s, DType t, int i) {
        return t == DType.BOOL ? s.segment().get(ElementIO.BYTE, i)
                : Double.doubleToLongBits(TestSupport.get(s, t, i));
    }

    /** n random values of t: extremes and rounding cases for integers, specials for floats. */
    private static CpuStorage values(DType t, int n, Random rnd) {
        CpuStorage s = CpuStorage.allocate(t, n);
        double[] specials = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0, -0.0, 1e-40, -3e-310,
            65504, 1.5, -2.75, 1e30};
        for (int i = 0; i < n; i++) {
            if (t == DType.BOOL || t.isInteger()) {
                long v = switch (rnd.nextInt(4)) {
                    case 0 -> rnd.nextLong();
                    case 1 -> (1L << 53) + 1 + rnd.nextInt(8);
                    case 2 -> 16777217L + rnd.nextInt(8);
                    default -> rnd.nextInt(21) - 10;
                };
                ElementIO.writeLong(s.segment(), t, i, t == DType.BOOL ? v & 1 : v);
            } else {
                TestSupport.set(s, t, i, rnd.nextBoolean() ? specials[rnd.nextInt(specials.length)]
                        : rnd.nextGaussian() * 100);
            }
        }
        return s;
    }
}
