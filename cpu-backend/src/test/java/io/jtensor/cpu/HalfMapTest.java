package io.jtensor.cpu;

import io.jtensor.DType;
import io.jtensor.backend.Operand;
import io.jtensor.op.BinaryOp;
import io.jtensor.op.ElementwiseOp;
import io.jtensor.op.UnaryOp;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static io.jtensor.cpu.TestSupport.map;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Float16 maps on float32 lanes (the CPU backend's half fast path: chunks widened to float32,
 * the float32 lane kernel, each result rounded once to float16) write the bytes of the buffered
 * loop (NaN payloads aside): every one of the 65536 float16 bit patterns (NaNs, subnormals, ±0,
 * ±Inf) as the first operand, against random halves or a scalar, from offsets inside the storages,
 * with tails, once the JIT has compiled the loops.
 */
class HalfMapTest {

    private static final MapKernels BUFFERED = new MapKernels(null);
    private static final List<UnaryOp> UNARY = List.of(UnaryOp.EXP, UnaryOp.LOG, UnaryOp.SQRT, UnaryOp.NEGATIVE,
            UnaryOp.ABS, UnaryOp.SQUARE, UnaryOp.SIN, UnaryOp.TANH, UnaryOp.SIGMOID, UnaryOp.RELU, UnaryOp.FLOOR,
            UnaryOp.RECIPROCAL, UnaryOp.EXPM1, UnaryOp.LOG1P);
    private static final List<BinaryOp> BINARY = List.of(BinaryOp.ADD, BinaryOp.SUBTRACT, BinaryOp.MULTIPLY,
            BinaryOp.DIVIDE, BinaryOp.MAXIMUM, BinaryOp.MINIMUM, BinaryOp.FMAX, BinaryOp.FMIN, BinaryOp.POWER,
            BinaryOp.ARCTAN2, BinaryOp.HYPOT);
    /** Every float16 bit pattern, plus a tail that is not a whole chunk. */
    private static final int N = 65536 + 2048 * 3 + 5;
    private static final int WARM_UP = 20;

    @Test
    void everyHalfThroughUnaryOpsAsTheBufferedLoop() {
        CpuStorage in = halves(N, 1, null);
        for (UnaryOp op : UNARY) {
            compare(op, N, in, null, Double.NaN);
        }
        in.release();
    }

    @Test
    void everyHalfThroughBinaryOpsAsTheBufferedLoop() {
        Random rnd = new Random(20261201);
        CpuStorage a = halves(N, 1, null);
        CpuStorage b = halves(N, 3, rnd);
        for (BinaryOp op : BINARY) {
            compare(op, N, a, b, Double.NaN);
            compare(op, N, a, null, 1.5);
            compare(op, N, a, null, -0.0);
        }
        a.release();
        b.release();
    }

    /**
     * Under a contiguous {@code where=} mask (at an offset; random non-zero bytes, runs of all
     * false and all true) every half through some unary and binary ops: the masked-in elements
     * are the buffered loop's, the masked-out ones keep the output's old bits. The masked store
     * must be the lanes' 16-bit masked copy (a recording {@link Simd}): a mask falling back to the
     * buffered loop would pass the comparison.
     */
    @Test
    void everyHalfUnderAMaskAsTheBufferedLoop() {
        Random rnd = new Random(20261202);
        CpuStorage a = halves(N, 1, null);
        CpuStorage b = halves(N, 3, rnd);
        CpuStorage mask = CpuStorage.allocate(DType.BOOL, N + 5);
        for (int i = 0; i < N + 5; i++) {
            int run = (i / 1000) % 3;
            byte bits = run == 0 ? 0 : run == 1 ? (byte) 0x81 : (byte) (rnd.nextBoolean() ? 0 : 1 + rnd.nextInt(255));
            mask.segment().set(ElementIO.BYTE, i, bits);
        }
        java.util.Set<String> calls = new java.util.HashSet<>();
        Simd simd = new VectorSimd();
        Simd recording = (Simd) java.lang.reflect.Proxy.newProxyInstance(Simd.class.getClassLoader(),
                new Class<?>[]{Simd.class}, (proxy, method, args) -> {
                    Object result = method.invoke(simd, args);
                    if (method.getName().equals("maskedCopy") && (Boolean) result) {
                        calls.add("maskedCopy " + args[0]);
                    }
                    return result;
                });
        MapKernels lanes = new MapKernels(recording);
        for (ElementwiseOp op : List.of(UnaryOp.EXP, UnaryOp.NEGATIVE, BinaryOp.ADD, BinaryOp.DIVIDE,
                BinaryOp.MAXIMUM)) {
            for (int n : new int[]{N, 4096, 5000}) {
                CpuStorage want = filled(N + 4);
                CpuStorage got = filled(N + 4);
                for (int i = 0; i < N + 4; i++) {
                    short old = (short) (i * 7 + 0x3c00);
                    want.segment().setAtIndex(ElementIO.SHORT, i, old);
                    got.segment().setAtIndex(ElementIO.SHORT, i, old);
                }
                BUFFERED.runBuffered(masked(plan(op, n, a, b, Double.NaN, want), mask));
                calls.clear();
                lanes.run(masked(plan(op, n, a, b, Double.NaN, got), mask));
                int element = firstDifference(got, want, N + 4) - 2;
                if (element >= -2) {
                    fail("masked " + op + " n=" + n + ": element " + element + " is 0x"
                            + Integer.toHexString(got.segment().getAtIndex(ElementIO.SHORT, element + 2) & 0xffff)
                            + ", the buffered loop's 0x"
                            + Integer.toHexString(want.segment().getAtIndex(ElementIO.SHORT, element + 2) & 0xffff));
                }
                if (!calls.contains("maskedCopy UINT16")) {
                    fail("masked " + op + " n=" + n + " of float16 not stored through the 16-bit lanes: " + calls);
                }
                got.release();
                want.release();
            }
        }
        a.release();
        b.release();
        mask.release();
    }

    private static io.jtensor.backend.MapPlan masked(io.jtensor.backend.MapPlan plan, CpuStorage mask) {
        return new io.jtensor.backend.MapPlan(plan.op(), plan.shape(), plan.out(), plan.inputs(),
                Operand.of(mask, DType.BOOL, 5, new long[] {1}), plan.computeType());
    }

    /** op over n elements of {@code a} (offset 1) and {@code b} (offset 3) or the scalar {@code s}. */
    private static void compare(ElementwiseOp op, int n, CpuStorage a, CpuStorage b, double s) {
        CpuStorage want = filled(n + 4);
        BUFFERED.runBuffered(plan(op, n, a, b, s, want));
        CpuStorage got = filled(n + 4);
        for (int r = 0; r < WARM_UP; r++) {
            TestSupport.CPU.map(plan(op, n, a, b, s, got));
        }
        int element = firstDifference(got, want, n + 4) - 2;
        if (element >= -2) {
            fail(op + (b == null && op.arity() == 2 ? " with scalar " + s : "") + ": element " + element + " (a = 0x"
                    + Integer.toHexString(a.segment().getAtIndex(ElementIO.SHORT, element + 1) & 0xffff) + ") is 0x"
                    + Integer.toHexString(got.segment().getAtIndex(ElementIO.SHORT, element + 2) & 0xffff)
                    + ", the buffered loop's 0x"
                    + Integer.toHexString(want.segment().getAtIndex(ElementIO.SHORT, element + 2) & 0xffff));
        }
        got.release();
        want.release();
    }

    /**
     * The first position whose halves differ, -1 when none: NaN equals NaN whatever the payload
     * (which NaN an op on two NaNs keeps depends on operand order, in NumPy too), every other bit
     * pattern, signed zeros included, must match.
     */
    private static int firstDifference(CpuStorage got, CpuStorage want, int n) {
        for (int i = 0; i < n; i++) {
            short g = got.segment().getAtIndex(ElementIO.SHORT, i);
            short w = want.segment().getAtIndex(ElementIO.SHORT, i);
            if (g != w && !(Float.isNaN(Float.float16ToFloat(g)) && Float.isNaN(Float.float16ToFloat(w)))) {
                return i;
            }
        }
        return -1;
    }

    private static io.jtensor.backend.MapPlan plan(ElementwiseOp op, int n, CpuStorage a, CpuStorage b, double s,
                                                   CpuStorage out) {
        long[] unit = {1};
        Operand x = Operand.of(a, DType.FLOAT16, 1, unit);
        Operand o = Operand.of(out, DType.FLOAT16, 2, unit);
        if (op.arity() == 1) {
            return map(op, new long[] {n}, o, DType.FLOAT32, x);
        }
        Operand y = b != null ? Operand.of(b, DType.FLOAT16, 3, unit) : Operand.scalar(DType.FLOAT32, s);
        return map(op, new long[] {n}, o, DType.FLOAT32, x, y);
    }

    /** n halves from {@code offset}: every bit pattern in order (then again), or random ones. */
    private static CpuStorage halves(int n, int offset, Random rnd) {
        CpuStorage s = CpuStorage.allocate(DType.FLOAT16, n + offset);
        for (int i = 0; i < n; i++) {
            short bits = rnd == null ? (short) i : (short) rnd.nextInt(65536);
            s.segment().setAtIndex(ElementIO.SHORT, offset + i, bits);
        }
        return s;
    }

    private static CpuStorage filled(long n) {
        CpuStorage s = CpuStorage.allocate(DType.FLOAT16, n);
        s.segment().fill((byte) 0x5a);
        return s;
    }
}
