package io.jtensor;

import io.jtensor.Elementwise.Arg;
import io.jtensor.op.BinaryOp;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code np.unique} with {@code return_index}, {@code return_inverse}, {@code return_counts} and
 * {@code equal_nan}, and NumPy 2's {@code unique_all}, {@code unique_inverse} and
 * {@code unique_values}: one stable argsort of the flattened x, the starts of its runs of equal
 * values, and gathers, all on x's backend.
 */
final class UniqueElements {

    private UniqueElements() {
    }

    /**
     * {@code [values, index?, inverse?, counts?]}: the sorted distinct values; the position in the
     * flattened x of each value's first occurrence; for each element of x, the position of its
     * value among the values (x's shape); and how often each value occurs. int64 but the values.
     */
    static Tensor[] unique(String name, Tensor x, boolean index, boolean inverse, boolean counts, boolean equalNan) {
        Objects.requireNonNull(x, name + ": x is null");
        x.checkOpen(name);
        List<Tensor> results = new ArrayList<>();
        long n = x.size();
        try (Tensor flat = x.reshape(-1);
             Tensor order = Sorting.argsort(flat, 0);
             Tensor sorted = Indexing.take(flat, order, 0);
             Tensor starts = Sorting.runStarts(sorted, name, equalNan)) {
            results.add(Indexing.take(sorted, starts, 0));
            if (index) {
                results.add(Indexing.take(order, starts, 0));
            }
            if (inverse) {
                results.add(inverse(name, x, order, starts, n));
            }
            if (counts) {
                try (Tensor end = Creation.scalar(x.backend(), DType.INT64, true, n, 0);
                     Tensor endRow = end.reshape(1);
                     Tensor bounds = Joining.concatenate(name, new Tensor[] {starts, endRow}, 0, null)) {
                    results.add(Differencing.diff(bounds, 1, 0));
                }
            }
            return results.toArray(Tensor[]::new);
        } catch (RuntimeException | Error e) {
            results.forEach(Tensor::close);
            throw e;
        }
    }

    /**
     * The run of each sorted position (the last start at or before it), carried back to x's
     * element order through the inverse of the sorting permutation (an argsort of it).
     */
    private static Tensor inverse(String name, Tensor x, Tensor order, Tensor starts, long n) {
        try (Tensor positions = Creation.arange(x.backend(), 0, n, 1, DType.INT64);
             Tensor run = Searching.searchsorted(starts, Arg.of(positions), "right", null);
             Tensor rank = Sorting.argsort(order, 0)) {
            Elementwise.binary(BinaryOp.SUBTRACT, Arg.of(run), Arg.of(1L), run, null);
            try (Tensor flatInverse = Indexing.take(run, rank, 0)) {
                return flatInverse.reshape(x.shape());
            }
        }
    }
}
