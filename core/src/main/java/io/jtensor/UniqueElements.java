package io.jtensor;

import io.jtensor.Elementwise.Arg;
import io.jtensor.backend.Backend;
import io.jtensor.internal.Axes;
import io.jtensor.op.BinaryOp;
import io.jtensor.op.ReduceOp;

import java.util.ArrayList;
import java.util.Arrays;
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
                results.add(inverse(x.backend(), x.shape(), order, starts, n));
            }
            if (counts) {
                results.add(Sorting.runLengths(starts, n, name));
            }
            return results.toArray(Tensor[]::new);
        } catch (RuntimeException | Error e) {
            results.forEach(Tensor::close);
            throw e;
        }
    }

    /**
     * {@code np.unique(x, axis=axis, ...)}: the distinct slices along the axis, sorted
     * lexicographically (the first element of a slice most significant, NaN last), with the same
     * index, inverse (1-d, one per slice) and counts as {@link #unique}. Slices are equal when all
     * their elements compare equal, so -0.0 matches 0.0 and a slice holding NaN matches no other, as
     * NumPy's structured comparison.
     */
    static Tensor[] uniqueAlongAxis(Tensor x, int axis, boolean index, boolean inverse, boolean counts) {
        String name = "unique";
        Objects.requireNonNull(x, name + ": x is null");
        x.checkOpen(name);
        int a = Axes.normalize(name, axis, x.ndim());
        List<Tensor> results = new ArrayList<>();
        try (Temporaries t = new Temporaries()) {
            Tensor moved = t.add(x.moveAxis(a, 0));
            long rows = moved.shape()[0];
            long[] sliceShape = Arrays.copyOfRange(moved.shape(), 1, moved.ndim());
            long columns = Shape.size(sliceShape);
            Tensor matrix = t.add(moved.reshape(rows, columns));
            Tensor order;
            if (columns == 0 || rows == 0) {
                order = t.add(Creation.arange(x.backend(), 0, rows, 1, DType.INT64));
            } else {
                Tensor[] keys = new Tensor[(int) columns];
                for (int j = 0; j < columns; j++) {
                    keys[(int) columns - 1 - j] = t.add(matrix.select(1, j));
                }
                order = t.add(IndexArrays.lexsort(keys, -1));
            }
            Tensor sorted = t.add(Indexing.take(matrix, order, 0));
            Tensor starts = t.add(sliceStarts(name, t, sorted, rows, columns));
            long unique = starts.size();
            long[] valueShape = new long[moved.ndim()];
            valueShape[0] = unique;
            System.arraycopy(sliceShape, 0, valueShape, 1, sliceShape.length);
            try (Tensor picked = Indexing.take(sorted, starts, 0); Tensor shaped = picked.reshape(valueShape);
                 Tensor back = shaped.moveAxis(0, a)) {
                results.add(back.copy());
            }
            if (index) {
                results.add(Indexing.take(order, starts, 0));
            }
            if (inverse) {
                results.add(inverse(x.backend(), new long[] {rows}, order, starts, rows));
            }
            if (counts) {
                results.add(Sorting.runLengths(starts, rows, name));
            }
            return results.toArray(Tensor[]::new);
        } catch (RuntimeException | Error e) {
            results.forEach(Tensor::close);
            throw e;
        }
    }

    /** Where a run of equal rows starts in a sorted (rows, columns) matrix: int64 positions. */
    private static Tensor sliceStarts(String name, Temporaries t, Tensor sorted, long rows, long columns) {
        if (rows == 0) {
            return Tensor.allocate(sorted.backend(), DType.INT64, new long[] {0});
        }
        Tensor first = t.add(Creation.scalar(sorted.backend(), DType.BOOL, true, 1, 0));
        Tensor differs;
        if (columns == 0) {
            differs = t.add(Tensor.allocate(sorted.backend(), DType.BOOL, new long[] {rows - 1}));
        } else {
            Tensor later = t.add(sorted.slice(0, 1, rows, 1));
            Tensor earlier = t.add(sorted.slice(0, 0, rows - 1, 1));
            Tensor unequal = t.add(Elementwise.binary(BinaryOp.NOT_EQUAL, Arg.of(later), Arg.of(earlier), null, null));
            differs = t.add(Reductions.reduce(ReduceOp.ANY, unequal, new int[] {1}, false, 0, name));
        }
        Tensor marks = t.add(Joining.concatenate(name, new Tensor[] {t.add(first.reshape(1)), differs}, 0, null));
        return Indexing.flatnonzero(marks);
    }

    /**
     * The run of each sorted position (the last start at or before it), carried back to x's
     * element order through the inverse of the sorting permutation (an argsort of it).
     */
    private static Tensor inverse(Backend backend, long[] shape, Tensor order, Tensor starts, long n) {
        try (Tensor positions = Creation.arange(backend, 0, n, 1, DType.INT64);
             Tensor run = Searching.searchsorted(starts, Arg.of(positions), "right", null);
             Tensor rank = Sorting.argsort(order, 0)) {
            Elementwise.binary(BinaryOp.SUBTRACT, Arg.of(run), Arg.of(1L), run, null);
            try (Tensor flatInverse = Indexing.take(run, rank, 0)) {
                return flatInverse.reshape(shape);
            }
        }
    }
}
