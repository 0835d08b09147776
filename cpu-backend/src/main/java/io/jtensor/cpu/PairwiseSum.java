package io.jtensor.cpu;

import java.util.Arrays;

/**
 * Pairwise summation in double, as NumPy does it: blocks ("leaves") are summed with eight
 * interleaved running sums, and leaf sums are combined in a balanced binary tree, so the
 * rounding error grows with log(n) rather than n.
 *
 * <p>The tree is built incrementally like a binary counter: each pushed leaf merges with the
 * previous partial sum of the same rank, so data can stream through in order (any strides, no
 * random access). An instance sums {@code width} independent lanes at once (one per output
 * element when whole rows are accumulated).
 */
final class PairwiseSum {

    /** Elements per leaf when summing a sequence. */
    static final int LEAF = 128;

    private final int width;
    private double[][] levels = new double[16][];
    private int[] ranks = new int[16];
    private int top;

    /** Creates an empty sum of {@code width} lanes. */
    PairwiseSum(int width) {
        this.width = width;
    }

    /**
     * The sum of {@code a[from .. from+n)} with NumPy's leaf association: fewer than 8 elements
     * are added in order; otherwise eight running sums over interleaved elements, combined as
     * ((s0+s1)+(s2+s3))+((s4+s5)+(s6+s7)), then the remainder added in order. Zero for {@code n == 0}.
     */
    static double leaf(double[] a, int from, int n) {
        if (n < 8) {
            if (n == 0) {
                return 0.0;
            }
            double r = a[from];
            for (int i = 1; i < n; i++) {
                r += a[from + i];
            }
            return r;
        }
        double r0 = a[from];
        double r1 = a[from + 1];
        double r2 = a[from + 2];
        double r3 = a[from + 3];
        double r4 = a[from + 4];
        double r5 = a[from + 5];
        double r6 = a[from + 6];
        double r7 = a[from + 7];
        int i = 8;
        for (; i + 8 <= n; i += 8) {
            int j = from + i;
            r0 += a[j];
            r1 += a[j + 1];
            r2 += a[j + 2];
            r3 += a[j + 3];
            r4 += a[j + 4];
            r5 += a[j + 5];
            r6 += a[j + 6];
            r7 += a[j + 7];
        }
        double res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
        for (; i < n; i++) {
            res += a[from + i];
        }
        return res;
    }

    /** Forgets everything pushed so far. */
    void reset() {
        top = 0;
    }

    /** True when nothing has been pushed since the last reset. */
    boolean isEmpty() {
        return top == 0;
    }

    /** Pushes one leaf sum (width 1). */
    void push(double value) {
        slot()[0] = value;
        commit();
    }

    /** Pushes one leaf sum per lane: {@code values[0 .. width)}. */
    void push(double[] values) {
        System.arraycopy(values, 0, slot(), 0, width);
        commit();
    }

    private double[] slot() {
        if (top == levels.length) {
            levels = Arrays.copyOf(levels, top * 2);
            ranks = Arrays.copyOf(ranks, top * 2);
        }
        if (levels[top] == null) {
            levels[top] = new double[width];
        }
        return levels[top];
    }

    private void commit() {
        ranks[top++] = 0;
        while (top >= 2 && ranks[top - 2] == ranks[top - 1]) {
            double[] left = levels[top - 2];
            double[] right = levels[top - 1];
            for (int j = 0; j < width; j++) {
                left[j] += right[j];
            }
            ranks[top - 2]++;
            top--;
        }
    }

    /** The total of lane 0 (0 when nothing was pushed). */
    double total() {
        if (top == 0) {
            return 0.0;
        }
        double s = levels[top - 1][0];
        for (int i = top - 2; i >= 0; i--) {
            s = levels[i][0] + s;
        }
        return s;
    }

    /** Writes every lane's total into {@code dst[0 .. width)}. */
    void total(double[] dst) {
        if (top == 0) {
            Arrays.fill(dst, 0, width, 0.0);
            return;
        }
        System.arraycopy(levels[top - 1], 0, dst, 0, width);
        for (int i = top - 2; i >= 0; i--) {
            double[] level = levels[i];
            for (int j = 0; j < width; j++) {
                dst[j] = level[j] + dst[j];
            }
        }
    }
}
