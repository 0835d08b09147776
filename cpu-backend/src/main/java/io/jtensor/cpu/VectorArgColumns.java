package io.jtensor.cpu;

import io.jtensor.DType;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

import java.lang.foreign.MemorySegment;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * NumPy's argmax and argmin down the columns of rows of FLOAT32, FLOAT64, INT32 or INT64 elements
 * ({@code x.argmax(0)} of a C-ordered matrix) on the Vector API ({@link Simd#argColumns}).
 *
 * <p>Every lane of a vector keeps one column's extreme so far and the block of rows it was read
 * in; a row's element takes over when it compares strictly greater (less), or when it is NaN and
 * the kept one is not, so each lane holds its first extreme and nothing follows a NaN. Rows that
 * follow each other in memory ({@code rowStride == lanes}) are read as blocks of {@code k} rows,
 * {@code k * lanes} a multiple of the vector length (4 rows of 10 float32 columns are five 8-lane
 * vectors), so no lane is wasted on short rows; each column then has {@code k} candidates, one per
 * row position within a block, and the NaN or extreme of the lowest row among them wins. Other rows
 * are read one by one, the lanes past the last whole vector element by element.
 */
final class VectorArgColumns {

    private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Integer> FI = VectorSpecies.of(int.class, F.vectorShape());
    private static final VectorSpecies<Long> DL = VectorSpecies.of(long.class, D.vectorShape());
    private static final ByteOrder ORDER = ByteOrder.nativeOrder();
    private static final ThreadLocal<State> STATE = ThreadLocal.withInitial(State::new);

    private VectorArgColumns() {
    }

    /** Per-thread lanes: each one's extreme so far (in the array of its type) and its block. */
    private static final class State {
        float[] floats = new float[0];
        double[] doubles = new double[0];
        int[] ints = new int[0];
        long[] longs = new long[0];
        int[] block = new int[0];

        void fit(int n) {
            if (block.length < n) {
                floats = new float[n];
                doubles = new double[n];
                ints = new int[n];
                longs = new long[n];
                block = new int[n];
            }
        }
    }

    /** See {@link Simd#argColumns}. */
    static boolean run(MemorySegment s, DType type, long off, long rowStride, long rows, int lanes, boolean max,
                       long[] dst) {
        int length = switch (type) {
            case FLOAT32 -> F.length();
            case INT32 -> FI.length();
            case FLOAT64 -> D.length();
            case INT64 -> DL.length();
            default -> 0;
        };
        if (length == 0 || rows < 1 || lanes < 1) {
            return false;
        }
        boolean flat = rowStride == lanes;
        int k = flat ? length / gcd(lanes, length) : 1;
        long blocks = rows / k;
        if (blocks >= Integer.MAX_VALUE) {
            return false;
        }
        int width = k * lanes;
        int whole = width - width % length;
        long step = flat ? width : rowStride;
        State state = STATE.get();
        state.fit(width);
        Arrays.fill(state.block, 0, width, 0);
        switch (type) {
            case FLOAT32 -> {
                Arrays.fill(state.floats, 0, width, max ? Float.NEGATIVE_INFINITY : Float.POSITIVE_INFINITY);
                floats(s, off, step, (int) blocks, width, whole, max, state);
            }
            case FLOAT64 -> {
                Arrays.fill(state.doubles, 0, width, max ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
                doubles(s, off, step, (int) blocks, width, whole, max, state);
            }
            case INT32 -> {
                Arrays.fill(state.ints, 0, width, max ? Integer.MIN_VALUE : Integer.MAX_VALUE);
                ints(s, off, step, (int) blocks, width, whole, max, state);
            }
            default -> {
                Arrays.fill(state.longs, 0, width, max ? Long.MIN_VALUE : Long.MAX_VALUE);
                longs(s, off, step, (int) blocks, width, whole, max, state);
            }
        }
        for (long r = blocks * k; r < rows; r++) {
            int at = (int) (r - blocks * k) * lanes;
            long row = off + r * rowStride;
            for (int j = 0; j < lanes; j++) {
                offer(s, type, row + j, max, state, at + j, (int) blocks);
            }
        }
        int phases = (int) Math.min(k, rows);
        boolean floating = type == DType.FLOAT32 || type == DType.FLOAT64;
        for (int j = 0; j < lanes; j++) {
            int found = j;
            for (int p = 1; p < phases; p++) {
                int at = p * lanes + j;
                int before = Long.compare((long) state.block[at] * k + p, (long) state.block[found] * k + found / lanes);
                if (floating ? floatWins(state, type, at, found, before, max) : intWins(state, type, at, found, before,
                        max)) {
                    found = at;
                }
            }
            dst[j] = (long) state.block[found] * k + found / lanes;
        }
        return true;
    }

    /** True when candidate {@code at} ({@code before} < 0: from an earlier row) beats {@code found}. */
    private static boolean floatWins(State state, DType type, int at, int found, int before, boolean max) {
        double a = type == DType.FLOAT32 ? state.floats[at] : state.doubles[at];
        double f = type == DType.FLOAT32 ? state.floats[found] : state.doubles[found];
        if (f != f) {
            return a != a && before < 0;
        }
        return a != a || (max ? a > f : a < f) || (a == f && before < 0);
    }

    private static boolean intWins(State state, DType type, int at, int found, int before, boolean max) {
        long a = type == DType.INT32 ? state.ints[at] : state.longs[at];
        long f = type == DType.INT32 ? state.ints[found] : state.longs[found];
        return (max ? a > f : a < f) || (a == f && before < 0);
    }

    /** One element at {@code off} folded into lane {@code at} as the vector loops fold it. */
    private static void offer(MemorySegment s, DType type, long off, boolean max, State state, int at, int block) {
        boolean take;
        switch (type) {
            case FLOAT32 -> {
                float v = s.getAtIndex(ElementIO.FLOAT, off);
                float b = state.floats[at];
                take = b == b && !(max ? v <= b : v >= b);
                if (take) {
                    state.floats[at] = v;
                }
            }
            case FLOAT64 -> {
                double v = s.getAtIndex(ElementIO.DOUBLE, off);
                double b = state.doubles[at];
                take = b == b && !(max ? v <= b : v >= b);
                if (take) {
                    state.doubles[at] = v;
                }
            }
            case INT32 -> {
                int v = s.getAtIndex(ElementIO.INT, off);
                take = max ? v > state.ints[at] : v < state.ints[at];
                if (take) {
                    state.ints[at] = v;
                }
            }
            default -> {
                long v = s.getAtIndex(ElementIO.LONG, off);
                take = max ? v > state.longs[at] : v < state.longs[at];
                if (take) {
                    state.longs[at] = v;
                }
            }
        }
        if (take) {
            state.block[at] = block;
        }
    }

    private static void floats(MemorySegment s, long off, long step, int blocks, int width, int whole, boolean max,
                               State state) {
        float[] best = state.floats;
        int[] block = state.block;
        for (int b = 0; b < blocks; b++) {
            long base = off + b * step;
            IntVector here = IntVector.broadcast(FI, b);
            for (int j = 0; j < whole; j += F.length()) {
                FloatVector v = FloatVector.fromMemorySegment(F, s, (base + j) * Float.BYTES, ORDER);
                FloatVector kept = FloatVector.fromArray(F, best, j);
                VectorMask<Float> take = (max ? v.compare(VectorOperators.LE, kept)
                        : v.compare(VectorOperators.GE, kept)).not().and(kept.compare(VectorOperators.EQ, kept));
                if (take.anyTrue()) {
                    kept.blend(v, take).intoArray(best, j);
                    IntVector.fromArray(FI, block, j).blend(here, take.cast(FI)).intoArray(block, j);
                }
            }
            for (int j = whole; j < width; j++) {
                offer(s, DType.FLOAT32, base + j, max, state, j, b);
            }
        }
    }

    private static void doubles(MemorySegment s, long off, long step, int blocks, int width, int whole, boolean max,
                                State state) {
        double[] best = state.doubles;
        int[] block = state.block;
        for (int b = 0; b < blocks; b++) {
            long base = off + b * step;
            for (int j = 0; j < whole; j += D.length()) {
                DoubleVector v = DoubleVector.fromMemorySegment(D, s, (base + j) * Double.BYTES, ORDER);
                DoubleVector kept = DoubleVector.fromArray(D, best, j);
                VectorMask<Double> take = (max ? v.compare(VectorOperators.LE, kept)
                        : v.compare(VectorOperators.GE, kept)).not().and(kept.compare(VectorOperators.EQ, kept));
                if (take.anyTrue()) {
                    kept.blend(v, take).intoArray(best, j);
                    markBlocks(take.toLong(), block, j, b);
                }
            }
            for (int j = whole; j < width; j++) {
                offer(s, DType.FLOAT64, base + j, max, state, j, b);
            }
        }
    }

    private static void ints(MemorySegment s, long off, long step, int blocks, int width, int whole, boolean max,
                             State state) {
        int[] best = state.ints;
        int[] block = state.block;
        for (int b = 0; b < blocks; b++) {
            long base = off + b * step;
            IntVector here = IntVector.broadcast(FI, b);
            for (int j = 0; j < whole; j += FI.length()) {
                IntVector v = IntVector.fromMemorySegment(FI, s, (base + j) * Integer.BYTES, ORDER);
                IntVector kept = IntVector.fromArray(FI, best, j);
                VectorMask<Integer> take = max ? v.compare(VectorOperators.GT, kept)
                        : v.compare(VectorOperators.LT, kept);
                if (take.anyTrue()) {
                    kept.blend(v, take).intoArray(best, j);
                    IntVector.fromArray(FI, block, j).blend(here, take).intoArray(block, j);
                }
            }
            for (int j = whole; j < width; j++) {
                offer(s, DType.INT32, base + j, max, state, j, b);
            }
        }
    }

    private static void longs(MemorySegment s, long off, long step, int blocks, int width, int whole, boolean max,
                              State state) {
        long[] best = state.longs;
        int[] block = state.block;
        for (int b = 0; b < blocks; b++) {
            long base = off + b * step;
            for (int j = 0; j < whole; j += DL.length()) {
                LongVector v = LongVector.fromMemorySegment(DL, s, (base + j) * Long.BYTES, ORDER);
                LongVector kept = LongVector.fromArray(DL, best, j);
                VectorMask<Long> take = max ? v.compare(VectorOperators.GT, kept)
                        : v.compare(VectorOperators.LT, kept);
                if (take.anyTrue()) {
                    kept.blend(v, take).intoArray(best, j);
                    markBlocks(take.toLong(), block, j, b);
                }
            }
            for (int j = whole; j < width; j++) {
                offer(s, DType.INT64, base + j, max, state, j, b);
            }
        }
    }

    /** {@code block[from + i] = b} for every set bit {@code i} of {@code bits}. */
    private static void markBlocks(long bits, int[] block, int from, int b) {
        for (long m = bits; m != 0; m &= m - 1) {
            block[from + Long.numberOfTrailingZeros(m)] = b;
        }
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
