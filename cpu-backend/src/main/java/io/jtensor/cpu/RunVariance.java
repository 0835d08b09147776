package io.jtensor.cpu;

import io.jtensor.DType;

import java.lang.foreign.MemorySegment;

/**
 * Both passes of VAR over one contiguous run of FLOAT32 or FLOAT64 elements, one run after the
 * other while it is in cache ({@code x.var(-1)} of a C-ordered matrix): the pairwise sum of the run,
 * its mean (that sum over the count, in double), then the pairwise sum of the squared deviations
 * from it (float32 deviations rounded to float and squared in float, as NumPy's {@code _var}).
 *
 * <p>Each result is bit for bit what {@link ReduceKernels}' accumulators give in the runs layout:
 * leaves of {@value PairwiseSum#LEAF} elements with {@link PairwiseSum#leaf}'s association, on
 * lanes through {@link Simd#leafSum} and {@link Simd#squaredDeviationLeaf}, in a pairwise tree.
 * NaN anywhere in a run makes its sum NaN, an infinity makes the deviations NaN, as in the
 * two-pass accumulators. One instance per thread.
 */
final class RunVariance {

    private final Simd simd;
    private final PairwiseSum tree = new PairwiseSum(1);
    /** A leaf's elements for the scalar loops; none with lanes. */
    private final double[] buffer;

    /** A calculator using {@code simd}'s lanes, or scalar loops when it is null. */
    RunVariance(Simd simd) {
        this.simd = simd;
        this.buffer = simd == null ? new double[PairwiseSum.LEAF] : null;
    }

    /**
     * The sum of the squared deviations of the {@code n >= 1} elements at {@code off} of {@code s}
     * from their mean, summed as the runs layout sums.
     */
    double runs(MemorySegment s, DType type, long off, long n) {
        boolean f32 = type == DType.FLOAT32;
        tree.reset();
        for (long i = 0; i < n; i += PairwiseSum.LEAF) {
            int len = (int) Math.min(PairwiseSum.LEAF, n - i);
            tree.push(simd != null ? simd.leafSum(s, type, off + i, len) : PairwiseSum.leaf(read(s, f32, off + i, len),
                    0, len));
        }
        double mean = tree.total() / n;
        tree.reset();
        for (long i = 0; i < n; i += PairwiseSum.LEAF) {
            int len = (int) Math.min(PairwiseSum.LEAF, n - i);
            if (simd != null) {
                tree.push(simd.squaredDeviationLeaf(s, type, off + i, len, mean));
            } else {
                double[] values = read(s, f32, off + i, len);
                for (int k = 0; k < len; k++) {
                    values[k] = squaredDeviation(f32, values[k], mean);
                }
                tree.push(PairwiseSum.leaf(values, 0, len));
            }
        }
        return tree.total();
    }

    private static double squaredDeviation(boolean f32, double v, double mean) {
        if (f32) {
            float d = (float) (v - mean);
            return d * d;
        }
        double d = v - mean;
        return d * d;
    }

    private double[] read(MemorySegment s, boolean f32, long off, int len) {
        for (int k = 0; k < len; k++) {
            buffer[k] = f32 ? s.getAtIndex(ElementIO.FLOAT, off + k) : s.getAtIndex(ElementIO.DOUBLE, off + k);
        }
        return buffer;
    }
}
