package io.jtensor;

import io.jtensor.internal.Axes;

import java.util.Arrays;
import java.util.Objects;

/**
 * {@code np.tile} and {@code np.repeat} out of existing operations: a constant count is one COPY
 * of a broadcast view of x into a reshaped view of the result (a repeated axis of length n·r is
 * viewed as (n, r), a tiled one as (r, n)); per-element counts become an index list, generated on
 * the host in chunks, for one {@code take} on the device.
 */
final class Repeating {

    private Repeating() {
    }

    /**
     * {@code np.tile(x, reps)}: x promoted to {@code max(ndim, reps.length)} dimensions by leading
     * ones, reps padded the same way, each axis repeated as a whole reps[d] times.
     */
    static Tensor tile(Tensor x, long[] reps) {
        Objects.requireNonNull(x, "tile: x is null");
        Objects.requireNonNull(reps, "tile: reps is null");
        x.checkOpen("tile");
        int ndim = Math.max(x.ndim(), reps.length);
        long[] inner = padded(x.shape, ndim);
        long[] counts = padded(reps, ndim);
        long[] shape = new long[ndim];
        long[] blocks = new long[2 * ndim];
        long[] source = new long[2 * ndim];
        for (int d = 0; d < ndim; d++) {
            // NumPy only fails a negative count when it meets elements to repeat
            if (counts[d] < 0 && inner[d] != 0) {
                throw new IllegalArgumentException("tile: negative repetition count " + counts[d] + " in reps "
                        + Shape.toString(reps) + " for a tensor of shape " + Shape.toString(x.shape)
                        + " (counts must be >= 0)");
            }
            shape[d] = inner[d] == 0 ? 0 : times("tile", inner[d], counts[d]);
            blocks[2 * d] = counts[d];
            blocks[2 * d + 1] = inner[d];
            source[2 * d] = 1;
            source[2 * d + 1] = inner[d];
        }
        Shape.size("tile", shape);
        return broadcastCopy("tile", x, source, shape, blocks);
    }

    /** {@code np.repeat(x, repeats, axis)}; {@code axis} null repeats the flattened x. */
    static Tensor repeat(Tensor x, long repeats, Integer axis) {
        Objects.requireNonNull(x, "repeat: x is null");
        x.checkOpen("repeat");
        try (Tensor lines = alongAxis(x, axis)) {
            int a = axis == null ? 0 : Axes.normalize("repeat", axis, lines.ndim());
            long[] shape = lines.shape();
            // NumPy only refuses a negative count when there are slices to repeat
            if (repeats < 0 && shape[a] != 0) {
                throw new IllegalArgumentException("repeat: repeats must be >= 0, got " + repeats);
            }
            long count = Math.max(repeats, 0);
            shape[a] = times("repeat", shape[a], count);
            long[] blocks = insert(lines.shape, a + 1, count);
            long[] source = insert(lines.shape, a + 1, 1);
            return broadcastCopy("repeat", lines, source, shape, blocks);
        }
    }

    /**
     * {@code np.repeat(x, repeats, axis)} with one count per slice along the axis (or a single
     * count for all of them).
     */
    static Tensor repeat(Tensor x, long[] repeats, Integer axis) {
        Objects.requireNonNull(x, "repeat: x is null");
        Objects.requireNonNull(repeats, "repeat: repeats is null");
        x.checkOpen("repeat");
        if (repeats.length == 1) {
            return repeat(x, repeats[0], axis);
        }
        try (Tensor lines = alongAxis(x, axis)) {
            int a = axis == null ? 0 : Axes.normalize("repeat", axis, lines.ndim());
            long length = lines.shape[a];
            if (repeats.length != length) {
                throw new IllegalArgumentException("repeat: " + repeats.length + " repeats given for axis " + a
                        + " of length " + length + (axis == null ? " (x flattened)" : "") + "; give " + length
                        + " counts or one");
            }
            long[] ends = new long[repeats.length];
            long total = 0;
            for (int i = 0; i < repeats.length; i++) {
                if (repeats[i] < 0) {
                    throw new IllegalArgumentException("repeat: repeats may not contain negative values, got "
                            + repeats[i] + " at index " + i);
                }
                if (repeats[i] > Long.MAX_VALUE - total) {
                    throw new IllegalArgumentException("repeat: the counts add up to more than Long.MAX_VALUE");
                }
                total += repeats[i];
                ends[i] = total;
            }
            try (Tensor indices = Creation.generateIntegers(lines.backend(), DType.INT64, new long[] {total},
                    position -> sourceOf(ends, position))) {
                return Indexing.take(lines, indices, a);
            }
        }
    }

    /** The flattened x when no axis is given, a 0-d x as one element (as NumPy), else a view of x. */
    private static Tensor alongAxis(Tensor x, Integer axis) {
        return axis == null || x.ndim() == 0 ? x.reshape(-1) : x.reshape(x.shape);
    }

    /** The slice whose run of copies holds {@code position}: the first i with ends[i] > position. */
    private static long sourceOf(long[] ends, long position) {
        int low = 0;
        int high = ends.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (ends[middle] > position) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    /**
     * A new tensor of {@code shape} filled by copying x, viewed as {@code source}, into the result
     * viewed as {@code blocks} (the same elements with the repeated axes split out; source has
     * ones where blocks has the counts).
     */
    private static Tensor broadcastCopy(String op, Tensor x, long[] source, long[] shape, long[] blocks) {
        Tensor result = Tensor.allocateUninitialized(x.backend(), x.dtype, shape);
        if (result.size() == 0) {
            return result;
        }
        try (Tensor from = x.reshape(source); Tensor into = result.reshape(blocks)) {
            Elementwise.copyInto(op, from, into);
            return result;
        } catch (RuntimeException | Error e) {
            result.close();
            throw e;
        }
    }

    /** A length times a count, refused when it overflows. */
    private static long times(String op, long length, long count) {
        if (length > Long.MAX_VALUE / Math.max(count, 1)) {
            throw new IllegalArgumentException(op + ": " + length + " elements repeated " + count
                    + " times are more than Long.MAX_VALUE");
        }
        return length * count;
    }

    private static long[] padded(long[] values, int length) {
        long[] result = new long[length];
        Arrays.fill(result, 1);
        System.arraycopy(values, 0, result, length - values.length, values.length);
        return result;
    }

    private static long[] insert(long[] values, int at, long value) {
        long[] result = new long[values.length + 1];
        System.arraycopy(values, 0, result, 0, at);
        result[at] = value;
        System.arraycopy(values, at, result, at + 1, values.length - at);
        return result;
    }
}
