package io.jtensor;

import io.jtensor.Elementwise.Arg;
import io.jtensor.op.BinaryOp;

import java.util.Objects;

/**
 * NumPy's set routines ({@code numpy/lib/_arraysetops_impl.py}): {@code isin}, {@code intersect1d},
 * {@code union1d}, {@code setdiff1d} and {@code setxor1d}, composed as NumPy composes them from
 * {@link Sorting#unique}, a stable sort of the concatenation and comparisons of neighbours, and (for
 * {@code isin}) a binary search of each element among the sorted test elements. Values compare as
 * {@code ==} does in their common type: NaN equals nothing (so it is never found by {@code isin}
 * and never in an intersection), -0.0 equals 0.0.
 */
final class SetOps {

    private SetOps() {
    }

    /** {@code np.isin(element, test_elements, invert=invert)}: bool of element's shape. */
    static Tensor isin(Tensor element, Tensor testElements, boolean invert) {
        String name = "isin";
        Objects.requireNonNull(element, "isin: element is null");
        Objects.requireNonNull(testElements, "isin: testElements is null");
        Elementwise.checkPair(name, element, testElements);
        if (testElements.size() == 0) {
            return Elementwise.full(element.backend(), element.shape, invert ? 1 : 0, DType.BOOL);
        }
        DType type = Elementwise.promote(name, Arg.of(element), Arg.of(testElements));
        try (Temporaries t = new Temporaries()) {
            Tensor flat = t.add(testElements.reshape(-1));
            Tensor sorted = t.add(Sorting.sort(t.add(Elementwise.contiguous(name, flat, type)), 0));
            // the first test element not below each element is the only candidate for equality
            Tensor position = t.add(Searching.searchsorted(sorted, Arg.of(element), "left", null));
            Tensor clipped = t.add(Elementwise.binary(BinaryOp.MINIMUM, Arg.of(position), Arg.of(sorted.size() - 1),
                    null, null));
            Tensor candidate = t.add(Indexing.take(sorted, clipped, 0));
            return Elementwise.binary(invert ? BinaryOp.NOT_EQUAL : BinaryOp.EQUAL, Arg.of(candidate),
                    Arg.of(element), null, null);
        }
    }

    /**
     * {@code np.intersect1d(a, b)}: the sorted values in both, in the promoted type. Of two equal
     * values the one from a is kept (-0.0 or 0.0).
     */
    static Tensor intersect1d(Tensor a, Tensor b) {
        String name = "intersect1d";
        Elementwise.checkPair(name, a, b);
        try (Temporaries t = new Temporaries()) {
            Tensor aux = t.add(sortedUniques(name, a, b, t));
            long n = aux.size();
            if (n < 2) {
                return Tensor.allocate(aux.backend(), aux.dtype, new long[] {0});
            }
            Tensor earlier = t.add(aux.slice(0, 0, n - 1, 1));
            Tensor later = t.add(aux.slice(0, 1, n, 1));
            Tensor repeated = t.add(Elementwise.binary(BinaryOp.EQUAL, Arg.of(later), Arg.of(earlier), null, null));
            return Indexing.extract(repeated, earlier);
        }
    }

    /** {@code np.union1d(a, b)}: {@code unique} of both flattened, in the promoted type. */
    static Tensor union1d(Tensor a, Tensor b) {
        String name = "union1d";
        Elementwise.checkPair(name, a, b);
        try (Tensor both = Joining.concatenateFlat(name, new Tensor[] {a, b})) {
            return Sorting.unique(both);
        }
    }

    /** {@code np.setdiff1d(a, b)}: the sorted unique values of a not in b, in a's type. */
    static Tensor setdiff1d(Tensor a, Tensor b) {
        String name = "setdiff1d";
        Elementwise.checkPair(name, a, b);
        try (Tensor unique = Sorting.unique(a); Tensor keep = isin(unique, b, true)) {
            return Indexing.extract(keep, unique);
        }
    }

    /**
     * {@code np.setxor1d(a, b)}: the sorted values in exactly one of a and b, in the promoted
     * type. A NaN in both is kept twice, as in NumPy (NaN != NaN).
     */
    static Tensor setxor1d(Tensor a, Tensor b) {
        String name = "setxor1d";
        Elementwise.checkPair(name, a, b);
        try (Temporaries t = new Temporaries()) {
            Tensor aux = t.add(sortedUniques(name, a, b, t));
            long n = aux.size();
            if (n == 0) {
                return Tensor.allocate(aux.backend(), aux.dtype, new long[] {0});
            }
            Tensor earlier = t.add(aux.slice(0, 0, n - 1, 1));
            Tensor later = t.add(aux.slice(0, 1, n, 1));
            Tensor differs = t.add(Elementwise.binary(BinaryOp.NOT_EQUAL, Arg.of(later), Arg.of(earlier), null, null));
            Tensor edge = t.add(Elementwise.full(aux.backend(), new long[] {1}, 1, DType.BOOL));
            // flag[i]: aux[i] differs from its left neighbour; flag[n]: the right end
            Tensor flag = t.add(Joining.concatenate(name, new Tensor[] {edge, differs, edge}, 0, null));
            Tensor left = t.add(flag.slice(0, 0, n, 1));
            Tensor right = t.add(flag.slice(0, 1, n + 1, 1));
            Tensor alone = t.add(Elementwise.binary(BinaryOp.LOGICAL_AND, Arg.of(left), Arg.of(right), null, null));
            return Indexing.extract(alone, aux);
        }
    }

    /** The stable sort of {@code unique(a)} followed by {@code unique(b)}, in their promoted type. */
    private static Tensor sortedUniques(String name, Tensor a, Tensor b, Temporaries t) {
        Tensor uniqueA = t.add(Sorting.unique(a));
        Tensor uniqueB = t.add(Sorting.unique(b));
        Tensor both = t.add(Joining.concatenate(name, new Tensor[] {uniqueA, uniqueB}, 0, null));
        return Sorting.sort(both, 0);
    }

}
