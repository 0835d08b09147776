package io.jtensor;

import io.jtensor.Elementwise.Arg;
import io.jtensor.backend.SortPlan;
import io.jtensor.internal.Axes;
import io.jtensor.op.BinaryOp;
import io.jtensor.op.UnaryOp;

import java.util.Arrays;
import java.util.Objects;

/**
 * {@code np.sort}, {@code np.argsort} and {@code np.unique}. Sorting is stable (NumPy's
 * {@code kind="stable"}): each line along the axis is ordered by the backend's {@link SortPlan},
 * NaN after every number, -0.0 equal to 0.0, equal keys in their original order.
 */
final class Sorting {

    private Sorting() {
    }

    /** NumPy's sort-kind check: null, or a word whose first letter is q, h, m or s in either case. */
    static void checkKind(String op, String kind) {
        if (kind != null && (kind.isEmpty() || "qhms".indexOf(Character.toLowerCase(kind.charAt(0))) < 0)) {
            throw new IllegalArgumentException(op + ": sort kind must be one of 'quick', 'heap', or 'stable' (got '"
                    + kind + "')");
        }
    }

    /** NumPy's checks of {@code kind} and the keyword-only {@code stable} together (stable null: not given). */
    static void checkKind(String op, String kind, Boolean stable) {
        checkKind(op, kind);
        if (kind != null && stable != null) {
            throw new IllegalArgumentException(op + ": `kind` and keyword parameters can't be provided at the same"
                    + " time. Use only one of them.");
        }
    }

    /** {@code np.sort(x, axis)}: a new tensor of x's shape and type. */
    static Tensor sort(Tensor x, int axis) {
        return run("sort", x, axis, true);
    }

    /** {@code np.argsort(x, axis, kind="stable")}: int64 positions of x's shape. */
    static Tensor argsort(Tensor x, int axis) {
        return run("argsort", x, axis, false);
    }

    private static Tensor run(String name, Tensor x, int axis, boolean values) {
        Objects.requireNonNull(x, name + ": x is null");
        x.checkOpen(name);
        if (!values && x.ndim() == 0) {
            // NumPy's argsort of a 0-d array answers as for its 1-element ravel
            Axes.normalize(name, axis, 1);
            try (Tensor one = x.reshape(1)) {
                return run(name, one, 0, false);
            }
        }
        int a = Axes.normalize(name, axis, x.ndim());
        if (x.dtype.computeType() != x.dtype) {
            // float16 to float32 and the 8- and 16-bit integers to int32 are exact and keep the order
            // (NaN last, -0.0 equal to 0.0), so the wider sort kernels order these keys; values
            // convert back exactly
            try (Tensor wide = x.astype(x.dtype.computeType())) {
                Tensor result = run(name, wide, axis, values);
                if (!values) {
                    return result;
                }
                try (result) {
                    return result.astype(x.dtype);
                }
            }
        }
        Tensor indices = Tensor.allocateUninitialized(x.backend(), DType.INT64, x.shape);
        Tensor sorted = null;
        try {
            sorted = values ? Tensor.allocateUninitialized(x.backend(), x.dtype, x.shape) : null;
            if (x.size() > 0) {
                try (Tensor source = Elementwise.contiguous(name, x, x.dtype);
                     Tensor scratch = Tensor.allocateUninitialized(x.backend(), DType.INT64, x.shape);
                     Pinned pinned = values ? Pinned.of(name, source, indices, scratch, sorted)
                             : Pinned.of(name, source, indices, scratch)) {
                    long outer = Shape.size(Arrays.copyOfRange(x.shape, 0, a));
                    long inner = Shape.size(Arrays.copyOfRange(x.shape, a + 1, x.ndim()));
                    x.backend().sort(new SortPlan(source.flatOperand(), outer, x.shape[a], inner, indices.flatOperand(),
                            scratch.flatOperand(), values ? sorted.flatOperand() : null, x.dtype));
                }
            }
        } catch (RuntimeException | Error e) {
            indices.close();
            if (sorted != null) {
                sorted.close();
            }
            throw e;
        }
        if (values) {
            indices.close();
            return sorted;
        }
        return indices;
    }

    /**
     * {@code np.unique(x)}: the sorted distinct values of the flattened x. As NumPy 2
     * ({@code equal_nan=True}) every NaN collapses into one, placed last; of -0.0 and 0.0 the one
     * that comes first in x is kept.
     */
    static Tensor unique(Tensor x) {
        try (Tensor sorted = sortedFlat(x, "unique"); Tensor starts = runStarts(sorted, "unique")) {
            return Indexing.take(sorted, starts, 0);
        }
    }

    /**
     * {@code np.unique(x, return_counts=True)}: the values of {@link #unique} and, int64, how often
     * each occurs in x.
     */
    static Tensor[] uniqueCounts(Tensor x) {
        try (Tensor sorted = sortedFlat(x, "uniqueCounts");
             Tensor starts = runStarts(sorted, "uniqueCounts")) {
            Tensor values = Indexing.take(sorted, starts, 0);
            try {
                return new Tensor[] {values, runLengths(starts, x.size(), "uniqueCounts")};
            } catch (RuntimeException | Error e) {
                values.close();
                throw e;
            }
        }
    }

    private static Tensor sortedFlat(Tensor x, String name) {
        Objects.requireNonNull(x, name + ": x is null");
        x.checkOpen(name);
        try (Tensor flat = x.reshape(-1)) {
            return sort(flat, 0);
        }
    }

    /** {@code starts} (int64 run starts of n sorted elements) followed by n: each run's bounds. */
    static Tensor runBounds(Tensor starts, long n, String name) {
        try (Tensor end = Creation.scalar(starts.backend(), DType.INT64, true, n, 0); Tensor endRow = end.reshape(1)) {
            return Joining.concatenate(name, new Tensor[] {starts, endRow}, 0, null);
        }
    }

    /** The int64 length of each run of n sorted elements, the runs starting at {@code starts}. */
    static Tensor runLengths(Tensor starts, long n, String name) {
        try (Tensor bounds = runBounds(starts, n, name)) {
            return Differencing.diff(bounds, 1, 0);
        }
    }

    /** The int64 positions in a sorted 1-d tensor where a run of equal values (or of NaN) starts. */
    private static Tensor runStarts(Tensor sorted, String name) {
        return runStarts(sorted, name, true);
    }

    /**
     * The int64 positions in a sorted 1-d tensor where a run of equal values starts; with
     * {@code equalNan} false every NaN starts a run of its own (NumPy's {@code equal_nan=False}).
     */
    static Tensor runStarts(Tensor sorted, String name, boolean equalNan) {
        long n = sorted.size();
        if (n == 0) {
            return Tensor.allocate(sorted.backend(), DType.INT64, new long[] {0});
        }
        try (Tensor later = sorted.slice(0, 1, n, 1);
             Tensor earlier = sorted.slice(0, 0, n - 1, 1);
             Tensor differs = Elementwise.binary(BinaryOp.NOT_EQUAL, Arg.of(later), Arg.of(earlier), null, null);
             Tensor first = Creation.scalar(sorted.backend(), DType.BOOL, true, 1, 0);
             Tensor firstRow = first.reshape(1)) {
            if (equalNan && sorted.dtype.isFloatingPoint()) {
                // NaN != NaN: a run of NaN is one value, as NumPy's equal_nan
                try (Tensor laterNumber = Elementwise.unary(UnaryOp.ISNAN, later, null, null)) {
                    Elementwise.unary(UnaryOp.LOGICAL_NOT, laterNumber, laterNumber, null);
                    try (Tensor earlierNumber = Elementwise.unary(UnaryOp.ISNAN, earlier, null, null)) {
                        Elementwise.unary(UnaryOp.LOGICAL_NOT, earlierNumber, earlierNumber, null);
                        Elementwise.binary(BinaryOp.LOGICAL_OR, Arg.of(laterNumber), Arg.of(earlierNumber),
                                laterNumber, null);
                        Elementwise.binary(BinaryOp.LOGICAL_AND, Arg.of(differs), Arg.of(laterNumber), differs, null);
                    }
                }
            }
            try (Tensor starts = Joining.concatenate(name, new Tensor[] {firstRow, differs}, 0, null)) {
                return Indexing.flatnonzero(starts);
            }
        }
    }

}
