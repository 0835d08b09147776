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

    /**
     * {@code np.isin(element, test_elements, invert=invert, kind=kind)}: kind null, "sort" or
     * "table" (integer and bool tensors only, as NumPy) give the same result, found by one method.
     */
    static Tensor isin(Tensor element, Tensor testElements, boolean invert, String kind) {
        if (kind != null && !kind.equals("sort") && !kind.equals("table")) {
            throw new IllegalArgumentException("isin: invalid kind \"" + kind + "\" (valid: null, \"sort\" or \"table\")");
        }
        Elementwise.checkPair("isin", element, testElements);
        if ("table".equals(kind) && !(integral(element.dtype) && integral(testElements.dtype))) {
            throw new IllegalArgumentException("isin: kind \"table\" is only supported for bool or integer tensors, got "
                    + element.dtype.numpyName() + " and " + testElements.dtype.numpyName()
                    + " (NumPy's ValueError); pass \"sort\" or null");
        }
        return isin(element, testElements, invert);
    }

    private static boolean integral(DType type) {
        return type == DType.BOOL || type.isInteger();
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
        return intersect1d(a, b, false, false)[0];
    }

    /**
     * {@code np.intersect1d(a, b, assume_unique, return_indices)} as NumPy's code: the uniques of a
     * and b (their first positions kept for the indices), or with assumeUnique a and b flattened
     * as they are; their concatenation stably sorted; the values equal to their right neighbour,
     * with the positions in a and in b of those two neighbours.
     */
    static Tensor[] intersect1d(Tensor a, Tensor b, boolean assumeUnique, boolean returnIndices) {
        String name = "intersect1d";
        Elementwise.checkPair(name, a, b);
        try (Temporaries t = new Temporaries()) {
            Tensor first;
            Tensor second;
            Tensor firstIndex = null;
            Tensor secondIndex = null;
            if (assumeUnique) {
                first = t.add(a.reshape(-1));
                second = t.add(b.reshape(-1));
            } else if (returnIndices) {
                Tensor[] ua = UniqueElements.unique(name, a, true, false, false, true);
                first = t.add(ua[0]);
                firstIndex = t.add(ua[1]);
                Tensor[] ub = UniqueElements.unique(name, b, true, false, false, true);
                second = t.add(ub[0]);
                secondIndex = t.add(ub[1]);
            } else {
                first = t.add(Sorting.unique(a));
                second = t.add(Sorting.unique(b));
            }
            Tensor aux = t.add(Joining.concatenate(name, new Tensor[] {first, second}, 0, null));
            Tensor order = returnIndices ? t.add(Sorting.argsort(aux, 0)) : null;
            Tensor sorted = t.add(returnIndices ? Indexing.take(aux, order, 0) : Sorting.sort(aux, 0));
            long n = sorted.size();
            if (n < 2) {
                Tensor none = Tensor.allocate(aux.backend(), aux.dtype, new long[] {0});
                return returnIndices ? new Tensor[] {none, Tensor.allocate(aux.backend(), DType.INT64, new long[] {0}),
                    Tensor.allocate(aux.backend(), DType.INT64, new long[] {0})} : new Tensor[] {none};
            }
            Tensor earlier = t.add(sorted.slice(0, 0, n - 1, 1));
            Tensor later = t.add(sorted.slice(0, 1, n, 1));
            Tensor repeated = t.add(Elementwise.binary(BinaryOp.EQUAL, Arg.of(later), Arg.of(earlier), null, null));
            if (!returnIndices) {
                return new Tensor[] {Indexing.extract(repeated, earlier)};
            }
            Tensor[] result = new Tensor[3];
            try {
                result[0] = Indexing.extract(repeated, earlier);
                Tensor inFirst = Indexing.extract(repeated, t.add(order.slice(0, 0, n - 1, 1)));
                result[1] = assumeUnique ? inFirst : Indexing.take(firstIndex, t.add(inFirst), 0);
                Tensor inBoth = t.add(Indexing.extract(repeated, t.add(order.slice(0, 1, n, 1))));
                Tensor inSecond = Elementwise.binary(BinaryOp.SUBTRACT, Arg.of(inBoth), Arg.of(first.size()), null, null);
                result[2] = assumeUnique ? inSecond : Indexing.take(secondIndex, t.add(inSecond), 0);
                return result;
            } catch (RuntimeException | Error e) {
                Temporaries.closeBuilt(result);
                throw e;
            }
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
    static Tensor setdiff1d(Tensor a, Tensor b, boolean assumeUnique) {
        String name = "setdiff1d";
        Elementwise.checkPair(name, a, b);
        try (Tensor unique = assumeUnique ? a.reshape(-1) : Sorting.unique(a); Tensor keep = isin(unique, b, true)) {
            return Indexing.extract(keep, unique);
        }
    }

    /**
     * {@code np.setxor1d(a, b)}: the sorted values in exactly one of a and b, in the promoted
     * type. A NaN in both is kept twice, as in NumPy (NaN != NaN).
     */
    static Tensor setxor1d(Tensor a, Tensor b, boolean assumeUnique) {
        String name = "setxor1d";
        Elementwise.checkPair(name, a, b);
        try (Temporaries t = new Temporaries()) {
            Tensor aux = t.add(assumeUnique ? Sorting.sort(t.add(Joining.concatenateFlat(name, new Tensor[] {a, b})), 0)
                    : sortedUniques(name, a, b, t));
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
