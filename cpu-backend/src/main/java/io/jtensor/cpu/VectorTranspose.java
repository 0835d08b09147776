package io.jtensor.cpu;

import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteOrder;

/**
 * Transposes tiles of raw 4- and 8-byte elements with the Vector API, for {@link VectorSimd}.
 *
 * <p>A square block of L x L elements (L = lanes of the preferred vector) is read as L vectors,
 * each L consecutive elements of one source row, and transposed in log2(L) stages: stage k swaps
 * bit k of the row number with bit k of the lane number, by exchanging the off-diagonal halves of
 * each pair of rows {@code j}, {@code j + 2^k} with one lane permutation and one blend per row.
 * Intermediate stages go through an L1-resident per-thread block rather than registers, so the
 * code holds for any L. Elements are moved as raw bits. The permutations and blend masks are
 * derived in place from the lane index vector, whose exact class C2 knows; kept in arrays of
 * {@code VectorShuffle}/{@code VectorMask} they showed up in -XX:+PrintInlining as calls without
 * static binding.
 */
final class VectorTranspose {

    private static final ByteOrder ORDER = ByteOrder.nativeOrder();
    private static final VectorSpecies<Integer> INTS = IntVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Long> LONGS = LongVector.SPECIES_PREFERRED;
    private static final int INT_STAGES = Integer.numberOfTrailingZeros(INTS.length());
    private static final int LONG_STAGES = Integer.numberOfTrailingZeros(LONGS.length());
    private static final ThreadLocal<MemorySegment> BLOCK = ThreadLocal.withInitial(() ->
            Arena.ofAuto().allocate(Math.max(INTS.vectorByteSize() * (long) INTS.length(),
                    LONGS.vectorByteSize() * (long) LONGS.length()), 64));

    private VectorTranspose() {
    }

    /**
     * {@code dst[t * width + j] = in[from + t + j * along]} for {@code t < rows}, {@code j < width},
     * offsets in elements of {@code byteSize} bytes.
     *
     * <p>8-byte elements are transposed here only on vectors of eight or more longs (512 bits): on
     * 256-bit vectors (AVX2, four longs) the lane permutations made a 32 x 32 float64 tile 2.5 times
     * slower than the caller's element-by-element copy (2.1 against 0.84 µs), and a transposed 1024 x 1024
     * float64 {@code exp} 1.4 times slower (AMD EPYC, loaded machine).
     *
     * @return false, with nothing written, unless {@code byteSize} is 4, or 8 on vectors of at
     * least eight longs, and {@code rows} is a multiple of the lane count
     */
    static boolean tile(int byteSize, MemorySegment in, long from, long along, int rows, int width,
                        MemorySegment dst) {
        int lanes = byteSize == 4 ? INTS.length() : byteSize == 8 && LONGS.length() >= 8 ? LONGS.length() : 0;
        if (lanes == 0 || rows % lanes != 0) {
            return false;
        }
        MemorySegment block = BLOCK.get();
        int whole = width - width % lanes;
        for (int t0 = 0; t0 < rows; t0 += lanes) {
            for (int j0 = 0; j0 < whole; j0 += lanes) {
                long source = from + t0 + j0 * along;
                long target = (long) t0 * width + j0;
                if (byteSize == 4) {
                    ints(in, source, along, dst, target, width, block);
                } else {
                    longs(in, source, along, dst, target, width, block);
                }
            }
        }
        for (int j = whole; j < width; j++) {
            for (int t = 0; t < rows; t++) {
                if (byteSize == 4) {
                    dst.setAtIndex(ElementIO.INT, (long) t * width + j,
                            in.getAtIndex(ElementIO.INT, from + t + j * along));
                } else {
                    dst.setAtIndex(ElementIO.LONG, (long) t * width + j,
                            in.getAtIndex(ElementIO.LONG, from + t + j * along));
                }
            }
        }
        return true;
    }

    /**
     * One L x L block of ints: source row j at {@code source + j * along}, target row t at
     * {@code target + t * width}.
     */
    private static void ints(MemorySegment in, long source, long along, MemorySegment dst, long target, int width,
                             MemorySegment block) {
        int lanes = INTS.length();
        int bytes = INTS.vectorByteSize();
        IntVector lane = IntVector.zero(INTS).addIndex(1);
        for (int k = INT_STAGES - 1; k >= 0; k--) {
            int bit = 1 << k;
            VectorShuffle<Integer> swap = lane.lanewise(VectorOperators.XOR, bit).toShuffle();
            VectorMask<Integer> high = lane.lanewise(VectorOperators.AND, bit).compare(VectorOperators.NE, 0);
            boolean first = k == INT_STAGES - 1;
            for (int j = 0; j < lanes; j++) {
                if ((j & bit) != 0) {
                    continue;
                }
                IntVector a = first ? IntVector.fromMemorySegment(INTS, in, (source + j * along) * 4, ORDER)
                        : IntVector.fromMemorySegment(INTS, block, (long) j * bytes, ORDER);
                IntVector b = first ? IntVector.fromMemorySegment(INTS, in, (source + (j + bit) * along) * 4, ORDER)
                        : IntVector.fromMemorySegment(INTS, block, (long) (j + bit) * bytes, ORDER);
                IntVector low = a.blend(b.rearrange(swap), high);
                IntVector up = a.rearrange(swap).blend(b, high);
                if (k == 0) {
                    low.intoMemorySegment(dst, (target + (long) j * width) * 4, ORDER);
                    up.intoMemorySegment(dst, (target + (long) (j + bit) * width) * 4, ORDER);
                } else {
                    low.intoMemorySegment(block, (long) j * bytes, ORDER);
                    up.intoMemorySegment(block, (long) (j + bit) * bytes, ORDER);
                }
            }
        }
    }

    /** {@link #ints} for 8-byte elements. */
    private static void longs(MemorySegment in, long source, long along, MemorySegment dst, long target, int width,
                              MemorySegment block) {
        int lanes = LONGS.length();
        int bytes = LONGS.vectorByteSize();
        LongVector lane = LongVector.zero(LONGS).addIndex(1);
        for (int k = LONG_STAGES - 1; k >= 0; k--) {
            int bit = 1 << k;
            VectorShuffle<Long> swap = lane.lanewise(VectorOperators.XOR, bit).toShuffle();
            VectorMask<Long> high = lane.lanewise(VectorOperators.AND, bit).compare(VectorOperators.NE, 0);
            boolean first = k == LONG_STAGES - 1;
            for (int j = 0; j < lanes; j++) {
                if ((j & bit) != 0) {
                    continue;
                }
                LongVector a = first ? LongVector.fromMemorySegment(LONGS, in, (source + j * along) * 8, ORDER)
                        : LongVector.fromMemorySegment(LONGS, block, (long) j * bytes, ORDER);
                LongVector b = first ? LongVector.fromMemorySegment(LONGS, in, (source + (j + bit) * along) * 8, ORDER)
                        : LongVector.fromMemorySegment(LONGS, block, (long) (j + bit) * bytes, ORDER);
                LongVector low = a.blend(b.rearrange(swap), high);
                LongVector up = a.rearrange(swap).blend(b, high);
                if (k == 0) {
                    low.intoMemorySegment(dst, (target + (long) j * width) * 8, ORDER);
                    up.intoMemorySegment(dst, (target + (long) (j + bit) * width) * 8, ORDER);
                } else {
                    low.intoMemorySegment(block, (long) j * bytes, ORDER);
                    up.intoMemorySegment(block, (long) (j + bit) * bytes, ORDER);
                }
            }
        }
    }
}
