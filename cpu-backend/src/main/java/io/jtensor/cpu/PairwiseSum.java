package io.jtensor.cpu;

import java.util.Arrays;

/**
 * Pairwise summation in double, in the manner of NumPy: blocks ("leaves") of {@value #LEAF}
 * elements are summed with 32 interleaved running sums of at most 16 elements each (NumPy: 128
 * elements, eight sums of 16), and leaf sums are combined in a balanced binary tree, so the
 * rounding error grows with log(n) rather than n. The wider leaf lets the vector kernel keep
 * four independent vector additions in flight.
 *
 * <p>The tree is built incrementally like a binary counter: each pushed leaf merges with the
 * previous partial sum of the same rank, so data can stream through in order (any strides, no
 * random access). An instance sums {@code width} independent lanes at once (one per output
 * element when whole rows are accumulated).
 */
final class PairwiseSum {

    /** Elements per leaf when summing a sequence. */
    static final int LEAF = 512;
    /** Running sums in a leaf: each takes up to {@code LEAF / SUMS} = 16 elements, as NumPy's eight do in its 128. */
    static final int SUMS = 32;

    private final int width;
    private double[][] levels = new double[16][];
    private int[] ranks = new int[16];
    private int top;

    /** Creates an empty sum of {@code width} lanes. */
    PairwiseSum(int width) {
        this.width = width;
    }

    /**
     * The sum of {@code a[from .. from+n)}: fewer than 32 elements are added in order; otherwise
     * 32 running sums s[j] over interleaved elements (s[j] takes elements j, j+32, j+64, ...),
     * folded as t[j] = (s[j] + s[j+8]) + (s[j+16] + s[j+24]) for j &lt; 8, then
     * ((t0+t1)+(t2+t3))+((t4+t5)+(t6+t7)), then the remainder added in order. Zero for
     * {@code n == 0}. The vector kernel ({@link Simd#leafSum}) keeps exactly this association.
     */
    static double leaf(double[] a, int from, int n) {
        if (n < SUMS) {
            if (n == 0) {
                return 0.0;
            }
            double r = a[from];
            for (int i = 1; i < n; i++) {
                r += a[from + i];
            }
            return r;
        }
        double[] s = Arrays.copyOfRange(a, from, from + SUMS);
        int i = SUMS;
        for (; i + SUMS <= n; i += SUMS) {
            for (int j = 0; j < SUMS; j++) {
                s[j] += a[from + i + j];
            }
        }
        double res = fold(s);
        for (; i < n; i++) {
            res += a[from + i];
        }
        return res;
    }

    /** The fold of {@link #leaf}'s 32 running sums. */
    static double fold(double[] s) {
        double[] t = new double[8];
        for (int j = 0; j < 8; j++) {
            t[j] = (s[j] + s[j + 8]) + (s[j + 16] + s[j + 24]);
        }
        return ((t[0] + t[1]) + (t[2] + t[3])) + ((t[4] + t[5]) + (t[6] + t[7]));
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

    /**
     * The array the next leaf's sums go into ({@code [0 .. width)}, not cleared); the leaf enters the
     * tree with {@link #commitSlot}, as if it had been {@link #push}ed.
     */
    double[] nextSlot() {
        return slot();
    }

    /** Pushes what was written into {@link #nextSlot}. */
    void commitSlot() {
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
