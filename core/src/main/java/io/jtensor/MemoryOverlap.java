package io.jtensor;

import java.util.Arrays;
import java.util.Objects;

/**
 * NumPy's {@code shares_memory} and {@code may_share_memory} for jtensor's views. Two tensors can
 * only share memory when they are views of one storage; then {@code may_share_memory} compares
 * the byte ranges the views span (NumPy's bounds check) and {@code shares_memory} decides exactly
 * whether some element of one overlaps some element of the other.
 *
 * <p>The exact test walks the elements of the tensor with fewer elements and asks, for each, whether
 * the other view's addresses {@code offset + sum(i[d] * stride[d])} with {@code 0 <= i[d] < shape[d]}
 * reach its bytes: a bounded knapsack answered by a depth-first search over the dimensions, largest
 * stride first, that prunes every branch whose reachable range misses the target. For the layouts
 * views produce (nested strides) the search visits a handful of nodes per element. The work is
 * capped at {@value #MAX_WORK} steps, past which the answer is refused as NumPy's {@code TooHardError}
 * refuses it.
 */
final class MemoryOverlap {

    /** The search steps {@link #sharesMemory} may take before it gives up. */
    static final long MAX_WORK = 100_000_000L;

    private MemoryOverlap() {
    }

    /** {@code np.may_share_memory(a, b)}: same storage and overlapping byte ranges. */
    static boolean mayShareMemory(Tensor a, Tensor b) {
        check("may_share_memory", a, b);
        return boundsOverlap(a, b);
    }

    /**
     * {@code np.may_share_memory(a, b, max_work)}: null or 0 the bounds check; negative (NumPy's
     * MAY_SHARE_EXACT -1, and -2) the exact answer; positive the exact search within that many steps,
     * true when it would need more (NumPy's too-hard answer counts as "may share").
     */
    static boolean mayShareMemory(Tensor a, Tensor b, Long maxWork) {
        String name = "may_share_memory";
        check(name, a, b);
        long work = checkWork(name, maxWork, 0);
        boolean bounds = boundsOverlap(a, b);
        if (!bounds || work == 0) {
            return bounds;
        }
        try {
            return overlaps(a, b, work < 0 ? MAX_WORK : work);
        } catch (TooHard e) {
            return true;
        }
    }

    /**
     * {@code np.shares_memory(a, b, max_work)}: null or negative (MAY_SHARE_EXACT) the exact answer
     * within {@value #MAX_WORK} steps; 0 (MAY_SHARE_BOUNDS) false where the byte ranges miss, else
     * too hard; positive the exact search within that many steps.
     *
     * @throws UnsupportedOperationException (NumPy's TooHardError) when the answer needs more work
     */
    static boolean sharesMemory(Tensor a, Tensor b, Long maxWork) {
        String name = "shares_memory";
        check(name, a, b);
        long work = checkWork(name, maxWork, -1);
        if (!boundsOverlap(a, b)) {
            return false;
        }
        try {
            if (work == 0) {
                throw new TooHard();
            }
            return overlaps(a, b, work < 0 ? MAX_WORK : work);
        } catch (TooHard e) {
            throw new UnsupportedOperationException(name + ": Exceeded max_work (NumPy's TooHardError: "
                    + (work == 0 ? "max_work 0 is the bounds check alone, and the byte ranges overlap"
                    : "the exact search needs more than " + (work < 0 ? MAX_WORK : work) + " steps")
                    + "); use mayShareMemory for the bounds check");
        }
    }

    /** NumPy's range for max_work: -2 and above; the default when null. */
    private static long checkWork(String name, Long maxWork, long defaultWork) {
        if (maxWork == null) {
            return defaultWork;
        }
        if (maxWork < -2) {
            throw new IllegalArgumentException(name + ": Invalid value for max_work (" + maxWork
                    + "); valid: null, -1 (exact), 0 (bounds only) or a positive bound on the search");
        }
        return maxWork;
    }

    private static boolean boundsOverlap(Tensor a, Tensor b) {
        if (a.storage != b.storage || a.size() == 0 || b.size() == 0) {
            return false;
        }
        long[] ra = byteRange(a);
        long[] rb = byteRange(b);
        return ra[0] < rb[1] && rb[0] < ra[1];
    }

    /** {@code np.shares_memory(a, b)}: exact, for every layout jtensor's views can have. */
    static boolean sharesMemory(Tensor a, Tensor b) {
        return sharesMemory(a, b, null);
    }

    /** Whether some element of a overlaps some element of b, their byte ranges overlapping. */
    private static boolean overlaps(Tensor a, Tensor b, long maxWork) {
        Tensor small = a.size() <= b.size() ? a : b;
        Tensor large = small == a ? b : a;
        Layout target = Layout.of(large);
        long[] work = {0};
        long[] index = new long[small.shape.length];
        long item = small.dtype.byteSize();
        long base = small.offset * item;
        long count = small.size();
        for (long e = 0; e < count; e++) {
            long address = base;
            for (int d = 0; d < index.length; d++) {
                address += index[d] * small.strides[d] * item;
            }
            // an element of large at byte B overlaps [address, address + item) when
            // address - largeItem < B < address + item
            long lo = address - target.item + 1 - target.base;
            long hi = address + item - 1 - target.base;
            if (target.reaches(0, lo, hi, work, maxWork)) {
                return true;
            }
            for (int d = index.length - 1; d >= 0; d--) {
                if (++index[d] < small.shape[d]) {
                    break;
                }
                index[d] = 0;
            }
        }
        return false;
    }

    private static void check(String name, Tensor a, Tensor b) {
        Objects.requireNonNull(a, name + ": a is null");
        Objects.requireNonNull(b, name + ": b is null");
        a.checkOpen(name);
        b.checkOpen(name);
    }

    /** The first and one past the last byte the view touches, from the start of its storage. */
    private static long[] byteRange(Tensor t) {
        long item = t.dtype.byteSize();
        long lo = t.offset * item;
        long hi = lo;
        for (int d = 0; d < t.shape.length; d++) {
            long extent = (t.shape[d] - 1) * t.strides[d] * item;
            if (extent < 0) {
                lo += extent;
            } else {
                hi += extent;
            }
        }
        return new long[] {lo, hi + item};
    }

    /**
     * A view's byte addresses as {@code base + sum(i[d] * stride[d])}, {@code 0 <= i[d] < count[d]},
     * with only positive strides (a negative stride is flipped by moving the base to the view's
     * other end), sorted by stride, largest first; length-1 and broadcast dimensions dropped.
     */
    private record Layout(long base, long item, long[] stride, long[] count, long[] reach) {

        static Layout of(Tensor t) {
            long item = t.dtype.byteSize();
            long base = t.offset * item;
            int n = 0;
            long[][] dims = new long[t.shape.length][];
            for (int d = 0; d < t.shape.length; d++) {
                long s = t.strides[d] * item;
                if (t.shape[d] <= 1 || s == 0) {
                    continue;
                }
                if (s < 0) {
                    base += (t.shape[d] - 1) * s;
                    s = -s;
                }
                dims[n++] = new long[] {s, t.shape[d]};
            }
            long[][] kept = Arrays.copyOf(dims, n);
            Arrays.sort(kept, (p, q) -> Long.compare(q[0], p[0]));
            long[] stride = new long[n];
            long[] count = new long[n];
            long[] reach = new long[n + 1];
            for (int d = 0; d < n; d++) {
                stride[d] = kept[d][0];
                count[d] = kept[d][1];
            }
            for (int d = n - 1; d >= 0; d--) {
                reach[d] = reach[d + 1] + (count[d] - 1) * stride[d];
            }
            return new Layout(base, item, stride, count, reach);
        }

        /** Whether some {@code sum(i[e] * stride[e])} over dimensions d.. lies in [lo, hi]. */
        boolean reaches(int d, long lo, long hi, long[] work, long maxWork) {
            if (++work[0] > maxWork) {
                throw new TooHard();
            }
            if (hi < 0 || lo > reach[d]) {
                return false;
            }
            if (d == stride.length) {
                return lo <= 0 && 0 <= hi;
            }
            long s = stride[d];
            long rest = reach[d + 1];
            long first = Math.max(0, Math.ceilDiv(lo - rest, s));
            long last = Math.min(count[d] - 1, Math.floorDiv(hi, s));
            for (long i = first; i <= last; i++) {
                if (reaches(d + 1, lo - i * s, hi - i * s, work, maxWork)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The search ran out of work before it found an answer. */
    private static final class TooHard extends RuntimeException {
        TooHard() {
            super(null, null, false, false);
        }
    }
}
