package io.jtensor.cpu;

import io.jtensor.DType;
import io.jtensor.backend.MapPlan;
import io.jtensor.backend.Operand;
import io.jtensor.backend.ReducePlan;
import io.jtensor.op.BinaryOp;
import io.jtensor.op.ReduceOp;
import io.jtensor.op.UnaryOp;
import org.junit.jupiter.api.Test;

import java.lang.foreign.MemorySegment;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static io.jtensor.cpu.TestSupport.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The integer Vector API paths ({@link VectorIntegers}) against the scalar paths (the backend
 * with the Vector API forced off): every vectorised op on INT32, INT64, the 8- and 16-bit types
 * (planned in int32) and UINT32 (planned in int64), every tail length of int and long vectors and
 * some long ones (whole vectors, tails, several threads), operands at offsets, scalar and
 * broadcast operands at and beyond the types' extremes, full-range data so that sums, products
 * and negations overflow and unsigned values cross 2^31. Every element is compared, so a wrong
 * lane anywhere fails.
 */
class VectorIntegerParityTest {

    /** The types planned in a wider type and stored wrapped, on lanes of their own width. */
    private static final DType[] NARROW = {DType.INT8, DType.UINT8, DType.INT16, DType.UINT16, DType.UINT32};
    private static final DType[] ALL = {DType.INT32, DType.INT64, DType.INT8, DType.UINT8, DType.INT16, DType.UINT16,
        DType.UINT32};
    private static final BinaryOp[] BINARY = {BinaryOp.ADD, BinaryOp.SUBTRACT, BinaryOp.MULTIPLY, BinaryOp.MAXIMUM,
        BinaryOp.MINIMUM, BinaryOp.FMAX, BinaryOp.FMIN, BinaryOp.BITWISE_AND, BinaryOp.BITWISE_OR,
        BinaryOp.BITWISE_XOR, BinaryOp.EQUAL, BinaryOp.NOT_EQUAL, BinaryOp.LESS, BinaryOp.LESS_EQUAL,
        BinaryOp.GREATER, BinaryOp.GREATER_EQUAL};
    private static final UnaryOp[] UNARY = {UnaryOp.NEGATIVE, UnaryOp.ABS, UnaryOp.SQUARE, UnaryOp.INVERT};
    private static final long[] SCALARS = {Long.MIN_VALUE, Long.MAX_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE,
        -1, 0, 1, 1L << 53, (1L << 53) + 1, -3_000_000_000L, 127, -128, 255, 32767, -32768, 65535, 300, -7,
        1L << 31, (1L << 32) - 1, 1L << 32, 3_000_000_000L, 128, 65536};
    private static final Simd SIMD = new VectorSimd();

    /** Every tail of the int and long vectors, byte and short vectors' tails around one and two vectors, long runs. */
    private static int[] lengths() {
        return new int[]{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 31, 32, 33, 63, 64, 65, 70, 1000,
            4099, 300_001};
    }

    /** Full-range values with the extremes, 0 and ±1 sprinkled in, and runs of equal neighbours for the comparisons. */
    private static CpuStorage data(DType t, int n, Random rnd) {
        long[] specials = {Long.MIN_VALUE, Long.MAX_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE, 0, 1, -1};
        CpuStorage s = CpuStorage.allocate(t, n);
        for (int i = 0; i < n; i++) {
            long v = switch (rnd.nextInt(4)) {
                case 0 -> specials[rnd.nextInt(specials.length)];
                case 1 -> rnd.nextInt(7) - 3;
                default -> rnd.nextLong();
            };
            ElementIO.writeLong(s.segment(), t, i, t.wrap(v));
        }
        return s;
    }

    /** Every element the same; BOOL ones as raw bytes (a BOOL byte must be 0 or 1, not just non-zero). */
    private static void assertSameElements(CpuStorage x, CpuStorage y, DType t, long n, String what) {
        for (long i = 0; i < n; i++) {
            long want = element(y, t, i);
            long got = element(x, t, i);
            if (want != got) {
                fail(what + " at " + i + ": " + got + ", scalar path " + want);
            }
        }
    }

    private static long element(CpuStorage s, DType t, long i) {
        MemorySegment seg = s.segment();
        return t == DType.BOOL ? seg.get(ElementIO.BYTE, i) : ElementIO.readLong(seg, t, i, DType.INT64);
    }

    /** Runs the plan on both backends, into outputs pre-filled with a marker, and compares every element. */
    private static void compare(MapPlan plan, int pad, String what) {
        Operand out = plan.out();
        DType t = out.dtype();
        long n = size(plan.shape()) + out.offset() + pad;
        CpuStorage x = marked(t, n);
        CpuStorage y = marked(t, n);
        CPU.map(withOut(plan, Operand.of(x, t, out.offset(), out.strides())));
        SCALAR.map(withOut(plan, Operand.of(y, t, out.offset(), out.strides())));
        assertSameElements(x, y, t, n, what);
    }

    private static CpuStorage marked(DType t, long n) {
        CpuStorage s = CpuStorage.allocate(t, n);
        for (long i = 0; i < n; i++) {
            ElementIO.writeLong(s.segment(), t, i, t == DType.BOOL ? 1 : 0x5a5a5a5a);
        }
        return s;
    }

    private static MapPlan withOut(MapPlan plan, Operand out) {
        return new MapPlan(plan.op(), plan.shape(), out, plan.inputs(), plan.where(), plan.computeType());
    }

    @Test
    void everyListedOpIsVectorisedForEveryIntegerType() {
        for (DType t : ALL) {
            for (BinaryOp op : BINARY) {
                assertTrue(SIMD.integerBinary(op, t, null, 0, 0, null, 0, 0, null, 0, 0), op + " " + t);
            }
            for (UnaryOp op : UNARY) {
                assertTrue(SIMD.integerUnary(op, t, null, 0, null, 0, 0), op + " " + t);
            }
            assertFalse(SIMD.integerBinary(BinaryOp.FLOOR_DIVIDE, t, null, 0, 0, null, 0, 0, null, 0, 0));
        }
        for (DType t : NARROW) {
            MemorySegment any = CpuStorage.allocate(t, 1).segment();
            for (BinaryOp op : BINARY) {
                boolean ordered = op.givesBool() || op == BinaryOp.MAXIMUM || op == BinaryOp.MINIMUM
                        || op == BinaryOp.FMAX || op == BinaryOp.FMIN;
                for (long beyond : new long[]{t.maxValue() + 1, t.minValue() - 1}) {
                    assertEquals(!ordered, SIMD.integerBinary(op, t, any, 0, 0, null, 0, beyond, null, 0, 0),
                            op + " " + t + " " + beyond);
                    assertEquals(!ordered, SIMD.integerBinary(op, t, null, 0, beyond, any, 0, 0, null, 0, 0),
                            op + " " + beyond + " " + t);
                }
                assertTrue(SIMD.integerBinary(op, t, any, 0, 0, null, 0, t.maxValue(), null, 0, 0), op + " " + t);
                assertTrue(SIMD.integerBinary(op, t, null, 0, t.minValue(), any, 0, 0, null, 0, 0), op + " " + t);
            }
        }
        assertFalse(SIMD.integerBinary(BinaryOp.ADD, DType.FLOAT64, null, 0, 0, null, 0, 0, null, 0, 0));
        assertFalse(SIMD.integerUnary(UnaryOp.NEGATIVE, DType.BOOL, null, 0, null, 0, 0));
    }

    @Test
    void binaryOpsMatchTheScalarPath() {
        Random rnd = new Random(31);
        for (DType t : ALL) {
            DType compute = t.computeType();
            for (int n : lengths()) {
                int off = n % 3;
                CpuStorage a = data(t, n + off, rnd);
                CpuStorage b = data(t, n + 2 * off, rnd);
                long scalar = SCALARS[n % SCALARS.length];
                Operand[][] pairs = {
                    {Operand.of(a, t, off, new long[]{1}), Operand.of(b, t, 2L * off, new long[]{1})},
                    {Operand.integerScalar(compute, scalar), Operand.of(b, t, off, new long[]{1})},
                    {Operand.of(a, t, 0, new long[]{1}), Operand.integerScalar(compute, scalar)},
                    {Operand.of(a, t, off, new long[]{0}), Operand.of(b, t, 0, new long[]{1})},
                    {Operand.of(a, t, 0, new long[]{1}), Operand.of(a, t, 0, new long[]{1})}};
                for (BinaryOp op : BINARY) {
                    boolean longRun = n > 100_000;
                    if (longRun && op != BinaryOp.ADD && op != BinaryOp.LESS) {
                        continue;
                    }
                    DType outType = op.givesBool() ? DType.BOOL : t;
                    // the long length (split over threads) with two tensors only, to keep the test short
                    for (int p = 0; p < (longRun ? 1 : pairs.length); p++) {
                        Operand out = Operand.of(null, outType, p % 2, new long[]{1});
                        MapPlan plan = new MapPlan(op, new long[]{n}, out, List.of(pairs[p]), null, compute);
                        compare(plan, 3, op + " " + t + " n=" + n + " operands " + p);
                    }
                }
            }
        }
    }

    /**
     * Every scalar of {@link #SCALARS} (in range, at the types' extremes and 2^31 boundaries, and
     * beyond them, where ordered ops are declined) on either side of every op and type, over a
     * length with a tail for every lane width.
     */
    @Test
    void scalarOperandsMatchTheScalarPath() {
        Random rnd = new Random(37);
        int n = 37;
        for (DType t : ALL) {
            DType compute = t.computeType();
            CpuStorage a = data(t, n + 1, rnd);
            Operand tensor = Operand.of(a, t, 1, new long[]{1});
            for (long scalar : SCALARS) {
                Operand s = Operand.integerScalar(compute, scalar);
                for (BinaryOp op : BINARY) {
                    DType outType = op.givesBool() ? DType.BOOL : t;
                    for (boolean left : new boolean[]{false, true}) {
                        Operand out = Operand.of(null, outType, 0, new long[]{1});
                        MapPlan plan = new MapPlan(op, new long[]{n}, out,
                                left ? List.of(s, tensor) : List.of(tensor, s), null, compute);
                        compare(plan, 2, op + " " + t + " scalar " + scalar + (left ? " on the left" : ""));
                    }
                }
            }
        }
    }

    @Test
    void unaryOpsMatchTheScalarPath() {
        Random rnd = new Random(32);
        for (DType t : ALL) {
            for (int n : lengths()) {
                int off = n % 4;
                CpuStorage a = data(t, n + off, rnd);
                for (UnaryOp op : UNARY) {
                    Operand out = Operand.of(null, t, 1 - n % 2, new long[]{1});
                    MapPlan plan = new MapPlan(op, new long[]{n}, out,
                            List.of(Operand.of(a, t, off, new long[]{1})), null, t.computeType());
                    compare(plan, 2, op + " " + t + " n=" + n);
                }
            }
        }
    }

    /**
     * Maps contiguous only along rows (row and column broadcasts, the column also of the compute
     * type, a slice of a wider matrix, a scalar; a sliced output) of every integer type, run row by row on the vector path (the 8-
     * and 16-bit types and UINT32 on lanes of their own, scalars in and beyond their range);
     * output elements outside the slice must stay untouched on both paths.
     */
    @Test
    void rowWiseMapsMatchTheScalarPath() {
        Random rnd = new Random(36);
        for (DType t : ALL) {
            DType compute = t.computeType();
            for (int rows : new int[]{1, 3, 50}) {
                for (int cols : new int[]{15, 16, 17, 33, 100}) {
                    int pitch = cols + 5;
                    long[] shape = {rows, cols};
                    CpuStorage a = data(t, rows * cols, rnd);
                    CpuStorage wide = data(t, rows * pitch + 2, rnd);
                    Operand[] others = {
                        Operand.of(data(t, cols, rnd), t, 0, new long[]{0, 1}),
                        Operand.of(data(t, rows, rnd), t, 0, new long[]{1, 0}),
                        Operand.of(data(compute, rows, rnd), compute, 0, new long[]{1, 0}),
                        Operand.of(wide, t, 2, new long[]{pitch, 1}),
                        Operand.integerScalar(compute, SCALARS[(rows + cols) % SCALARS.length]),
                        Operand.integerScalar(compute, (1L << 53) + 1 + 2L * rows),
                        Operand.integerScalar(compute, t.wrap(cols - 3L * rows))};
                    for (BinaryOp op : new BinaryOp[]{BinaryOp.ADD, BinaryOp.MULTIPLY, BinaryOp.MINIMUM,
                            BinaryOp.BITWISE_XOR, BinaryOp.LESS, BinaryOp.FLOOR_DIVIDE}) {
                        DType outType = op.givesBool() ? DType.BOOL : t;
                        for (int k = 0; k < others.length; k++) {
                            for (boolean swap : new boolean[]{false, true}) {
                                Operand x0 = swap ? others[k] : dense(a, t, shape);
                                Operand x1 = swap ? dense(a, t, shape) : others[k];
                                Operand out = Operand.of(null, outType, 0, new long[]{pitch, 1});
                                MapPlan plan = new MapPlan(op, shape, out, List.of(x0, x1), null, compute);
                                compare(plan, rows * pitch - rows * cols, op + " " + t + " " + rows + "x" + cols
                                        + " operand " + k + " swap " + swap);
                            }
                        }
                    }
                    MapPlan neg = new MapPlan(UnaryOp.NEGATIVE, shape, Operand.of(null, t, 0, new long[]{pitch, 1}),
                            List.of(others[3]), null, compute);
                    compare(neg, rows * pitch - rows * cols, "negative " + t + " " + rows + "x" + cols);
                }
            }
        }
    }

    /**
     * A contiguous {@code where} mask: the results are stored through the byte-, short-, int- or
     * long-lane masked copy; every tail of the byte and short vectors, offsets of the output,
     * inputs and mask, masks of random bytes (any non-zero byte is true), all zero and all set,
     * scalars inside and outside the type.
     */
    @Test
    void maskedOpsMatchTheScalarPath() {
        Random rnd = new Random(33);
        for (DType t : ALL) {
            for (int n : new int[]{1, 7, 8, 9, 15, 16, 17, 31, 32, 33, 63, 64, 65, 1000, 5000}) {
                int off = n % 3;
                CpuStorage a = data(t, n + off, rnd);
                CpuStorage b = data(t, n + off, rnd);
                for (int pattern = 0; pattern < 3; pattern++) {
                    CpuStorage mask = CpuStorage.allocate(DType.BOOL, n + off);
                    for (int i = 0; i < n + off; i++) {
                        int bits = pattern == 0 ? rnd.nextInt(4) * (rnd.nextInt(2) == 0 ? 1 : 0x40) : pattern - 1;
                        mask.segment().set(ElementIO.BYTE, i, (byte) bits);
                    }
                    Operand where = Operand.of(mask, DType.BOOL, off, new long[]{1});
                    Operand x = Operand.of(a, t, off, new long[]{1});
                    Operand[] others = {Operand.of(b, t, off, new long[]{1}), dense(b, t, n),
                        Operand.integerScalar(t.computeType(), t.wrap(n * 7L + 3)),
                        Operand.integerScalar(t.computeType(), SCALARS[n % SCALARS.length])};
                    for (BinaryOp op : new BinaryOp[]{BinaryOp.ADD, BinaryOp.MULTIPLY, BinaryOp.MAXIMUM,
                            BinaryOp.MINIMUM}) {
                        for (int k = 0; k < others.length; k++) {
                            MapPlan plan = new MapPlan(op, new long[]{n}, Operand.of(null, t, 2 - off, new long[]{1}),
                                    List.of(x, others[k]), where, t.computeType());
                            compare(plan, 0, "masked " + op + " " + t + " n=" + n + " operand " + k
                                    + " mask pattern " + pattern);
                        }
                    }
                    MapPlan neg = new MapPlan(UnaryOp.NEGATIVE, new long[]{n}, Operand.of(null, t, 0, new long[]{1}),
                            List.of(x), where, t.computeType());
                    compare(neg, 0, "masked negative " + t + " n=" + n + " mask pattern " + pattern);
                }
            }
        }
    }

    /**
     * The masked copy of every element width (FLOAT32 and FLOAT64 too, raw bits: NaN payloads)
     * against {@link MaskedStore#scalar}: every length up to several vectors and every offset of
     * the source, mask and output, mask bytes of any non-zero value (0x80 and 0xFF among them) in
     * every lane, all false and all true; the masked-out elements must keep their old bits.
     */
    @Test
    void maskedCopyMatchesTheScalarCopy() {
        Random rnd = new Random(41);
        byte[] trueBytes = {1, 2, 0x40, (byte) 0x80, (byte) 0xFF, 0x7F};
        DType[] types = {DType.INT8, DType.INT16, DType.INT32, DType.FLOAT32, DType.INT64, DType.FLOAT64};
        for (DType t : types) {
            int max = 70;
            long bytes = (max + 4L) * t.byteSize();
            CpuStorage src = CpuStorage.allocate(t, max + 4);
            CpuStorage old = CpuStorage.allocate(t, max + 4);
            CpuStorage x = CpuStorage.allocate(t, max + 4);
            CpuStorage y = CpuStorage.allocate(t, max + 4);
            for (long b = 0; b < bytes; b++) {
                src.segment().set(ElementIO.BYTE, b, (byte) rnd.nextInt());
                old.segment().set(ElementIO.BYTE, b, (byte) (b * 31 + 7));
            }
            for (int pattern = 0; pattern < 3; pattern++) {
                CpuStorage mask = CpuStorage.allocate(DType.BOOL, max + 4);
                for (int i = 0; i < max + 4; i++) {
                    byte bits = switch (pattern) {
                        case 0 -> rnd.nextBoolean() ? 0 : trueBytes[rnd.nextInt(trueBytes.length)];
                        case 1 -> 0;
                        default -> trueBytes[i % trueBytes.length];
                    };
                    mask.segment().set(ElementIO.BYTE, i, bits);
                }
                for (int n = 0; n <= max; n++) {
                    for (int off = 0; off < 4; off++) {
                        MemorySegment.copy(old.segment(), 0, x.segment(), 0, bytes);
                        MemorySegment.copy(old.segment(), 0, y.segment(), 0, bytes);
                        int srcOff = (off + 1) % 4;
                        int maskOff = (off + 2) % 4;
                        assertTrue(SIMD.maskedCopy(t, src.segment(), srcOff, mask.segment(), maskOff, x.segment(),
                                off, n), "masked copy of " + t + " declined");
                        MaskedStore.scalar(t, src.segment(), srcOff, mask.segment(), maskOff, y.segment(), off, n);
                        long b = x.segment().mismatch(y.segment());
                        if (b >= 0) {
                            fail("masked copy of " + t + " n=" + n + " off=" + off + " pattern " + pattern
                                    + ": byte " + b + " differs");
                        }
                    }
                }
            }
        }
    }

    /**
     * SUM (into INT64 and into INT32), MAX, MIN, ARGMAX and ARGMIN (UINT32 computed in INT64, as
     * core plans them) of full-range data of every integer type (the longest runs split over
     * threads, the arg reductions' extremes tied many times over), whose sums wrap (the 8- and 16-bit ones over
     * several of the lanes' int blocks at the longest lengths); against the scalar backend and,
     * for the sums, a plain wrapping loop.
     */
    @Test
    void reductionsMatchTheScalarPath() {
        Random rnd = new Random(34);
        for (DType t : ALL) {
            for (int n : new int[]{1, 2, 3, 4, 5, 15, 16, 17, 31, 32, 33, 63, 64, 65, 1000, 4099, 300_001, 1_000_003}) {
                int off = n % 5;
                CpuStorage a = data(t, n + off, rnd);
                Operand in = Operand.of(a, t, off, new long[]{1});
                long wrapped = 0;
                for (int i = 0; i < n; i++) {
                    wrapped += ElementIO.readLong(a.segment(), t, off + i, DType.INT64);
                }
                for (ReduceOp op : new ReduceOp[]{ReduceOp.SUM, ReduceOp.MAX, ReduceOp.MIN, ReduceOp.ARGMAX,
                        ReduceOp.ARGMIN}) {
                    boolean sum = op == ReduceOp.SUM;
                    boolean arg = op == ReduceOp.ARGMAX || op == ReduceOp.ARGMIN;
                    DType[] computes = sum ? new DType[]{DType.INT64, DType.INT32} : new DType[]{t.computeType()};
                    for (DType compute : computes) {
                        DType outType = sum ? compute : arg ? DType.INT64 : t;
                        CpuStorage x = CpuStorage.allocate(outType, 1);
                        CpuStorage y = CpuStorage.allocate(outType, 1);
                        CPU.reduce(new ReducePlan(op, in, new long[0], new long[]{n},
                                Operand.of(x, outType, 0, new long[0]), compute, 0));
                        SCALAR.reduce(new ReducePlan(op, in, new long[0], new long[]{n},
                                Operand.of(y, outType, 0, new long[0]), compute, 0));
                        String what = op + " " + t + " into " + compute + " n=" + n;
                        assertSameElements(x, y, outType, 1, what);
                        if (op == ReduceOp.SUM) {
                            assertEquals(Conversions.wrap(wrapped, compute),
                                    ElementIO.readLong(x.segment(), compute, 0, DType.INT64), what);
                        }
                    }
                }
            }
        }
    }

    /**
     * The lane kernels on their own, for every length and offset up to a few vectors of each
     * (UINT32, UINT8 and UINT16 zero-extended): the sum, max and min of every integer type.
     */
    @Test
    void reductionKernelsMatchPlainLoops() {
        Random rnd = new Random(35);
        for (DType t : ALL) {
            CpuStorage a = data(t, 400, rnd);
            for (int off = 0; off < 9; off++) {
                for (int n = 0; off + n <= 400; n++) {
                    long sum = 0;
                    long max = Long.MIN_VALUE;
                    long min = Long.MAX_VALUE;
                    for (int i = 0; i < n; i++) {
                        long v = ElementIO.readLong(a.segment(), t, off + i, DType.INT64);
                        sum += v;
                        max = Math.max(max, v);
                        min = Math.min(min, v);
                    }
                    String what = t + " off=" + off + " n=" + n;
                    assertEquals(sum, SIMD.integerSum(a.segment(), t, off, n), "sum " + what);
                    assertEquals(max, SIMD.integerExtreme(a.segment(), t, off, n, true), "max " + what);
                    assertEquals(min, SIMD.integerExtreme(a.segment(), t, off, n, false), "min " + what);
                }
            }
        }
    }

    /**
     * Runs of one value with a single other value at each position (every lane of each of the
     * four accumulators, the single-vector steps and the tail), from several offsets: each type's
     * extremes and the values that differ only in the sign bit, so signed and unsigned order give
     * different answers.
     */
    @Test
    void narrowExtremesAtEveryPosition() {
        for (DType t : ALL) {
            long bits = t.byteSize() * 8L;
            long high = bits == 64 ? Long.MIN_VALUE : 1L << (bits - 1);
            long[][] pairs = {{0, t.maxValue()}, {0, t.minValue()}, {t.maxValue(), t.minValue()},
                {t.minValue(), t.maxValue()}, {t.wrap(high - 1), t.wrap(high)}, {t.wrap(high), t.wrap(high - 1)},
                {1, 0}, {-1, 0}};
            for (long[] pair : pairs) {
                for (int off : new int[]{0, 1, 7}) {
                    int n = 4 * 32 + 3 * 32 + 31;
                    CpuStorage a = CpuStorage.allocate(t, off + n);
                    for (int i = 0; i < off + n; i++) {
                        ElementIO.writeLong(a.segment(), t, i, t.wrap(pair[0]));
                    }
                    for (int at = 0; at < n; at++) {
                        long x = ElementIO.readLong(a.segment(), t, off + at, DType.INT64);
                        ElementIO.writeLong(a.segment(), t, off + at, t.wrap(pair[1]));
                        long y = ElementIO.readLong(a.segment(), t, off + at, DType.INT64);
                        String what = t + " " + y + " at " + at + " among " + x + " off=" + off;
                        long max = Math.max(x, y);
                        long min = Math.min(x, y);
                        assertEquals(max, SIMD.integerExtreme(a.segment(), t, off, n, true), "max " + what);
                        assertEquals(min, SIMD.integerExtreme(a.segment(), t, off, n, false), "min " + what);
                        ElementIO.writeLong(a.segment(), t, off + at, t.wrap(pair[0]));
                    }
                }
            }
        }
    }

    /**
     * The argmax/argmin lane kernel against a plain first-index loop for every integer type:
     * every length and offset up to a few vectors, then runs across several of its blocks (one
     * short of, at and past the block boundaries) holding few distinct values, so the extreme is
     * tied within vectors, within blocks and across blocks, and runs of one value with the type's
     * extremes (and the values that differ only in the sign bit) planted at block edges.
     */
    @Test
    void argExtremeKernelFindsTheFirstExtreme() {
        Random rnd = new Random(39);
        int block = VectorIntegers.ARG_BLOCK;
        for (DType t : ALL) {
            CpuStorage a = data(t, 400, rnd);
            for (int off = 0; off < 9; off++) {
                for (int n = 1; off + n <= 400; n++) {
                    assertArgExtremes(a, t, off, n, t + " off=" + off + " n=" + n);
                }
            }
            int longest = 3 * block + 101;
            CpuStorage few = CpuStorage.allocate(t, longest + 3);
            for (int i = 0; i < longest + 3; i++) {
                ElementIO.writeLong(few.segment(), t, i, t.wrap(rnd.nextInt(5) - 2));
            }
            for (int n : new int[]{block - 1, block, block + 1, 2 * block + 31, longest}) {
                for (int off : new int[]{0, 1, 3}) {
                    assertArgExtremes(few, t, off, n, t + " few values off=" + off + " n=" + n);
                }
            }
            long bits = t.byteSize() * 8L;
            long high = bits == 64 ? Long.MIN_VALUE : 1L << (bits - 1);
            long[][] pairs = {{0, t.maxValue()}, {0, t.minValue()}, {t.wrap(high - 1), t.wrap(high)},
                {t.wrap(high), t.wrap(high - 1)}};
            CpuStorage run = CpuStorage.allocate(t, longest + 1);
            for (long[] pair : pairs) {
                for (int i = 0; i <= longest; i++) {
                    ElementIO.writeLong(run.segment(), t, i, t.wrap(pair[0]));
                }
                int[] spots = {0, block - 1, block, block + 1, 2 * block - 1, 3 * block, longest - 1};
                for (int k = spots.length - 1; k >= 0; k--) {
                    ElementIO.writeLong(run.segment(), t, 1 + spots[k], t.wrap(pair[1]));
                    String what = t + " " + pair[1] + " among " + pair[0] + " from " + spots[k];
                    assertArgExtremes(run, t, 1, longest, what);
                    assertArgExtremes(run, t, 1, spots[k] + 1, what + ", the last of the run");
                }
            }
        }
    }

    private static void assertArgExtremes(CpuStorage a, DType t, int off, int n, String what) {
        int first = 0;
        int last = 0;
        for (int i = 1; i < n; i++) {
            long v = ElementIO.readLong(a.segment(), t, off + i, DType.INT64);
            if (v > ElementIO.readLong(a.segment(), t, off + first, DType.INT64)) {
                first = i;
            }
            if (v < ElementIO.readLong(a.segment(), t, off + last, DType.INT64)) {
                last = i;
            }
        }
        assertEquals(first, SIMD.integerArgExtreme(a.segment(), t, off, n, true), "argmax " + what);
        assertEquals(last, SIMD.integerArgExtreme(a.segment(), t, off, n, false), "argmin " + what);
    }

    /**
     * ARGMAX and ARGMIN of one long run (a plan splits it over threads into stretches whose
     * partial results are merged by value) holding a single extreme late in it, among values
     * that differ from it only in the sign bit, or among the type's other extreme: the stretches'
     * extremes must be compared as the type orders them (unsigned for UINT8, UINT16, UINT32).
     */
    @Test
    void argExtremesOfLongRunsFindALateSingleExtreme() {
        int n = 300_007;
        int at = 277_777;
        for (DType t : ALL) {
            long bits = t.byteSize() * 8L;
            long high = bits == 64 ? Long.MIN_VALUE : 1L << (bits - 1);
            long[][] pairs = {{t.wrap(high - 1), t.wrap(high)}, {t.wrap(high), t.wrap(high - 1)},
                {t.minValue(), t.maxValue()}, {t.maxValue(), t.minValue()}};
            CpuStorage a = CpuStorage.allocate(t, n);
            for (long[] pair : pairs) {
                ElementIO.writeLong(a.segment(), t, 0, pair[0]);
                for (long filled = 1; filled < n; filled *= 2) {
                    MemorySegment.copy(a.segment(), 0, a.segment(), filled * t.byteSize(),
                            Math.min(filled, n - filled) * t.byteSize());
                }
                ElementIO.writeLong(a.segment(), t, at, pair[1]);
                boolean larger = ElementIO.readLong(a.segment(), t, at, DType.INT64)
                        > ElementIO.readLong(a.segment(), t, 0, DType.INT64);
                for (ReduceOp op : new ReduceOp[]{ReduceOp.ARGMAX, ReduceOp.ARGMIN}) {
                    CpuStorage x = CpuStorage.allocate(DType.INT64, 1);
                    CPU.reduce(new ReducePlan(op, dense(a, t, n), new long[0], new long[]{n},
                            Operand.of(x, DType.INT64, 0, new long[0]), t.computeType(), 0));
                    long want = larger == (op == ReduceOp.ARGMAX) ? at : 0;
                    assertEquals(want, ElementIO.readLong(x.segment(), DType.INT64, 0, DType.INT64),
                            op + " " + t + " of " + pair[0] + " with one " + pair[1]);
                }
            }
        }
    }

    /**
     * ARGMAX and ARGMIN along the last axis of every integer type against the scalar path: rows
     * long enough for the runs layout (which reads contiguous rows on lanes), at an offset, of
     * full-range data and of few distinct values (ties), some rows longer than a lane block.
     */
    @Test
    void argExtremesAlongRowsMatchTheScalarPath() {
        Random rnd = new Random(40);
        for (DType t : ALL) {
            for (int[] shape : new int[][]{{37, 33}, {9, 1000}, {3, 2 * VectorIntegers.ARG_BLOCK + 5}}) {
                int rows = shape[0];
                int cols = shape[1];
                for (boolean ties : new boolean[]{false, true}) {
                    int off = cols % 3;
                    CpuStorage a = data(t, rows * cols + off, rnd);
                    if (ties) {
                        for (int i = 0; i < rows * cols + off; i++) {
                            ElementIO.writeLong(a.segment(), t, i, t.wrap(rnd.nextInt(3) - 1));
                        }
                    }
                    Operand in = Operand.of(a, t, off, new long[]{cols, 1});
                    for (ReduceOp op : new ReduceOp[]{ReduceOp.ARGMAX, ReduceOp.ARGMIN}) {
                        CpuStorage x = CpuStorage.allocate(DType.INT64, rows);
                        CpuStorage y = CpuStorage.allocate(DType.INT64, rows);
                        CPU.reduce(new ReducePlan(op, in, new long[]{rows}, new long[]{cols},
                                Operand.of(x, DType.INT64, 0, new long[]{1}), t.computeType(), 0));
                        SCALAR.reduce(new ReducePlan(op, in, new long[]{rows}, new long[]{cols},
                                Operand.of(y, DType.INT64, 0, new long[]{1}), t.computeType(), 0));
                        assertSameElements(x, y, DType.INT64, rows, op + " " + t + " rows=" + rows + " cols=" + cols
                                + (ties ? " ties" : ""));
                    }
                }
            }
        }
    }

    /**
     * One long run of the largest-magnitude value of each 8- and 16-bit type, summed by the lane
     * kernel in one call (a plan would split it over threads into shorter runs): the lanes' int
     * accumulators must be folded into the long total before they overflow.
     */
    @Test
    void longNarrowSumsDoNotOverflowTheIntLanes() {
        int n = 600_001;
        for (DType t : new DType[]{DType.INT8, DType.UINT8, DType.INT16, DType.UINT16}) {
            for (long v : new long[]{t.minValue(), t.maxValue()}) {
                CpuStorage a = CpuStorage.allocate(t, n);
                for (int i = 0; i < n; i++) {
                    ElementIO.writeLong(a.segment(), t, i, v);
                }
                assertEquals(v * n, SIMD.integerSum(a.segment(), t, 0, n), "sum of " + n + " times " + v + " " + t);
            }
        }
    }

    /**
     * Plans of every integer type reach the lanes through {@link MapKernels} and
     * {@link ReduceKernels}: the narrow types' comparisons (whose lanes are the input type's, not
     * the BOOL output's), every type's full sum, max and min, row-by-row maps and masked ops
     * (computed and stored on lanes), UINT32 element-wise ops, and UINT32 full reductions; every
     * type's argmax and argmin, full and along rows.
     * A parity test alone cannot see a plan that falls back to the scalar loops.
     */
    @Test
    void plansOfEveryIntegerTypeReachTheLanes() {
        Set<String> calls = new HashSet<>();
        Simd recording = (Simd) Proxy.newProxyInstance(Simd.class.getClassLoader(), new Class<?>[]{Simd.class},
                (proxy, method, args) -> {
                    Object result = method.invoke(SIMD, args);
                    String name = method.getName();
                    if (name.equals("maskedCopy") && (Boolean) result) {
                        calls.add(name + " " + args[0]);
                    } else if (name.equals("integerSum") || name.equals("integerExtreme")
                            || name.equals("integerArgExtreme")) {
                        calls.add(name + " " + args[1]);
                    } else if (name.startsWith("integer") && args[args.length - 3] != null && (Boolean) result) {
                        calls.add(name + " " + args[0] + " " + args[1]);
                    }
                    return result;
                });
        MapKernels map = new MapKernels(recording);
        ReduceKernels reduce = new ReduceKernels(recording);
        Random rnd = new Random(38);
        int n = 1000;
        CpuStorage mask = CpuStorage.allocate(DType.BOOL, n);
        for (DType t : ALL) {
            CpuStorage a = data(t, n, rnd);
            CpuStorage b = data(t, n, rnd);
            List<Operand> inputs = List.of(dense(a, t, n), dense(b, t, n));
            for (BinaryOp op : new BinaryOp[]{BinaryOp.ADD, BinaryOp.MAXIMUM, BinaryOp.GREATER, BinaryOp.EQUAL}) {
                DType outType = op.givesBool() ? DType.BOOL : t;
                CpuStorage out = CpuStorage.allocate(outType, n);
                map.run(new MapPlan(op, new long[]{n}, dense(out, outType, n), inputs, null, t.computeType()));
                assertTrue(calls.contains("integerBinary " + op + " " + t), op + " " + t + " not on lanes: " + calls);
            }
            map.run(new MapPlan(BinaryOp.MULTIPLY, new long[]{n}, dense(CpuStorage.allocate(t, n), t, n), inputs,
                    dense(mask, DType.BOOL, n), t.computeType()));
            assertTrue(calls.contains("integerBinary MULTIPLY " + t), "masked multiply of " + t + " not on lanes: "
                    + calls);
            assertTrue(calls.contains("maskedCopy " + t), "masked store of " + t + " not on lanes: " + calls);
            CpuStorage out = CpuStorage.allocate(t, n);
            map.run(new MapPlan(UnaryOp.ABS, new long[]{n}, dense(out, t, n), List.of(dense(a, t, n)), null,
                    t.computeType()));
            assertTrue(calls.contains("integerUnary ABS " + t), "abs " + t + " not on lanes: " + calls);
            reduce.run(new ReducePlan(ReduceOp.SUM, dense(a, t, n), new long[0], new long[]{n},
                    Operand.of(CpuStorage.allocate(DType.INT64, 1), DType.INT64, 0, new long[0]), DType.INT64, 0));
            assertTrue(calls.contains("integerSum " + t), "sum of " + t + " not on lanes: " + calls);
            for (ReduceOp op : new ReduceOp[]{ReduceOp.MAX, ReduceOp.MIN}) {
                calls.clear();
                reduce.run(new ReducePlan(op, dense(a, t, n), new long[0], new long[]{n},
                        Operand.of(CpuStorage.allocate(t, 1), t, 0, new long[0]), t.computeType(), 0));
                assertTrue(calls.contains("integerExtreme " + t), op + " of " + t + " not on lanes: " + calls);
            }
            for (ReduceOp op : new ReduceOp[]{ReduceOp.ARGMAX, ReduceOp.ARGMIN}) {
                calls.clear();
                reduce.run(new ReducePlan(op, dense(a, t, n), new long[0], new long[]{n},
                        Operand.of(CpuStorage.allocate(DType.INT64, 1), DType.INT64, 0, new long[0]), t.computeType(),
                        0));
                assertTrue(calls.contains("integerArgExtreme " + t), op + " of " + t + " not on lanes: " + calls);
                calls.clear();
                reduce.run(new ReducePlan(op, dense(a, t, 10, n / 10), new long[]{10}, new long[]{n / 10},
                        Operand.of(CpuStorage.allocate(DType.INT64, 10), DType.INT64, 0, new long[]{1}),
                        t.computeType(), 0));
                assertTrue(calls.contains("integerArgExtreme " + t), op + " of " + t + " along rows not on lanes: "
                        + calls);
            }
            calls.clear();
            long[] shape = {10, n / 10};
            map.run(new MapPlan(BinaryOp.ADD, shape, dense(CpuStorage.allocate(t, n), t, shape),
                    List.of(dense(a, t, shape), Operand.of(b, t, 0, new long[]{0, 1})), null, t.computeType()));
            assertTrue(calls.contains("integerBinary ADD " + t), "x + row of " + t + " not on lanes: " + calls);
        }
        calls.clear();
        DType u = DType.UINT32;
        CpuStorage a = data(u, n, rnd);
        map.run(new MapPlan(BinaryOp.MULTIPLY, new long[]{n}, dense(CpuStorage.allocate(u, n), u, n),
                List.of(dense(a, u, n), dense(a, u, n)), dense(mask, DType.BOOL, n), DType.INT64));
        assertTrue(calls.contains("integerBinary MULTIPLY UINT32"), "masked multiply not on lanes: " + calls);
        for (ReduceOp op : new ReduceOp[]{ReduceOp.SUM, ReduceOp.MAX, ReduceOp.MIN}) {
            DType outType = op == ReduceOp.SUM ? DType.INT64 : u;
            reduce.run(new ReducePlan(op, dense(a, u, n), new long[0], new long[]{n},
                    Operand.of(CpuStorage.allocate(outType, 1), outType, 0, new long[0]), DType.INT64, 0));
        }
        assertTrue(calls.contains("integerSum UINT32"), "sum not on lanes: " + calls);
        assertTrue(calls.contains("integerExtreme UINT32"), "max/min not on lanes: " + calls);
    }
}
