package io.jtensor;

import io.jtensor.Elementwise.Arg;
import io.jtensor.backend.Backend;
import io.jtensor.backend.GatherPlan;
import io.jtensor.internal.Axes;
import io.jtensor.op.BinaryOp;
import io.jtensor.op.ReduceOp;

import java.lang.foreign.MemorySegment;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Integer-array and mask indexing: {@code take} runs on the device (one gather launch after the
 * indices are checked), {@code nonzero}, {@code flatnonzero} and {@code extract} find the true
 * positions on the host (their result size depends on the data, so NumPy and CuPy read it back
 * too) and gather with them.
 */
final class Indexing {

    private Indexing() {
    }

    /** {@code np.take(x, indices, axis)}; {@code axis} null takes from the flattened x. */
    static Tensor take(Tensor x, Tensor indices, Integer axis) {
        return take(x, indices, axis, "raise", null);
    }

    /**
     * {@code np.take(x, indices, axis, out, mode)}: mode "raise" checks the indices, "wrap" takes
     * them modulo the axis' length, "clip" clamps them to 0..length-1. The result is gathered into
     * a new tensor and then, when out is given, copied into it with any cast (NumPy's take casts
     * into out unsafely, after checking that out's type casts safely to x's).
     */
    static Tensor take(Tensor x, Tensor indices, Integer axis, String mode, Tensor out) {
        Objects.requireNonNull(mode, "take: mode is null");
        if (!mode.equals("raise") && !mode.equals("wrap") && !mode.equals("clip")) {
            throw new IllegalArgumentException("take: mode must be \"raise\", \"wrap\" or \"clip\", got \""
                    + mode + "\"");
        }
        if (out == null) {
            return gather(x, indices, axis, mode);
        }
        Objects.requireNonNull(x, "take: x is null");
        out.checkOpen("take");
        x.checkOpen("take");
        Elementwise.commonBackend("take", List.of(x, out));
        if (!out.dtype.canCastSafelyTo(x.dtype)) {
            throw new IllegalArgumentException("take: out's type " + out.dtype.numpyName() + " does not cast safely to x's "
                    + x.dtype.numpyName() + " (NumPy's TypeError: take requires can_cast(out.dtype, x.dtype, 'safe'))");
        }
        Elementwise.checkWritable("take", "out", out);
        try (Tensor result = gather(x, indices, axis, mode)) {
            if (!Arrays.equals(result.shape, out.shape)) {
                throw new IllegalArgumentException("take: out has shape " + Shape.toString(out.shape)
                        + " but the result has shape " + Shape.toString(result.shape) + " (out must match it exactly)");
            }
            Elementwise.copyInto("take", result, out);
        }
        return out;
    }

    private static Tensor gather(Tensor x, Tensor indices, Integer axis, String mode) {
        Objects.requireNonNull(x, "take: x is null");
        Objects.requireNonNull(indices, "take: indices is null");
        x.checkOpen("take");
        indices.checkOpen("take");
        if (x.backend() != indices.backend()) {
            throw new IllegalArgumentException("take: tensors are on different backends (" + x.backend().name()
                    + " and " + indices.backend().name() + "); move one with Tensor.to(backend)");
        }
        if (indices.dtype.isFloatingPoint()) {
            throw new IllegalArgumentException("take: indices must be integers or bools, got "
                    + indices.dtype.numpyName() + " (cast with astype(DType.INT64))");
        }
        if (axis == null) {
            try (Tensor flat = x.reshape(-1)) {
                return gather(flat, indices, 0, mode);
            }
        }
        int a = Axes.normalize("take", axis, x.ndim());
        long length = x.shape[a];
        long[] shape = new long[x.ndim() - 1 + indices.ndim()];
        System.arraycopy(x.shape, 0, shape, 0, a);
        System.arraycopy(indices.shape, 0, shape, a, indices.ndim());
        System.arraycopy(x.shape, a + 1, shape, a + indices.ndim(), x.ndim() - a - 1);
        long count = indices.size();
        if (length == 0 && Shape.size(shape) != 0) {
            throw new IndexOutOfBoundsException("take: cannot take " + count + " elements from axis " + a
                    + " of x with shape " + Shape.toString(x.shape) + ", which is empty");
        }
        long outer = Shape.size(Arrays.copyOfRange(x.shape, 0, a));
        long inner = Shape.size(Arrays.copyOfRange(x.shape, a + 1, x.ndim()));
        Tensor result = Tensor.allocateUninitialized(x.backend(), x.dtype, shape);
        if (result.size() == 0) {
            // NumPy checks the indices whenever x has lines to take from (outer > 0), even when
            // each line is empty: take(zeros((2, 0)), [5], axis=0) is an IndexError
            if (outer > 0 && count > 0 && mode.equals("raise")) {
                try {
                    checkedIndices("take", indices, length, a).close();
                } catch (RuntimeException | Error e) {
                    result.close();
                    throw e;
                }
            }
            return result;
        }
        try (Tensor wrapped = positions(indices, length, a, mode);
             Tensor source = Elementwise.contiguous("take", x, x.dtype)) {
            try (Pinned pinned = Pinned.of("take", source, wrapped, result)) {
                x.backend().gather(new GatherPlan(source.flatOperand(), outer, length, inner, wrapped.flatOperand(), count,
                        result.flatOperand(), x.dtype));
            }
        } catch (RuntimeException | Error e) {
            result.close();
            throw e;
        }
        return result;
    }

    /**
     * {@code np.take_along_axis(x, indices, axis)}: element (..., j, ...) of the result is x's
     * element (..., indices[..., j, ...], ...) along the axis; x and indices have the same number
     * of dimensions and broadcast in the others. {@code axis} null takes from the flattened x with
     * 1-d indices. Composed as one {@code take} from the flat x at linear positions built with
     * ufuncs.
     */
    static Tensor takeAlongAxis(Tensor x, Tensor indices, Integer axis) {
        String name = "takeAlongAxis";
        Objects.requireNonNull(x, name + ": x is null");
        Objects.requireNonNull(indices, name + ": indices is null");
        x.checkOpen(name);
        indices.checkOpen(name);
        Elementwise.commonBackend(name, List.of(x, indices));
        if (indices.dtype == DType.BOOL || indices.dtype.isFloatingPoint()) {
            throw new IllegalArgumentException(name + ": indices must be integers, got " + indices.dtype.numpyName());
        }
        if (axis == null) {
            if (indices.ndim() != 1) {
                throw new IllegalArgumentException(name + ": with no axis the indices must be 1-d, got shape "
                        + Shape.toString(indices.shape));
            }
            try (Tensor flat = x.reshape(-1)) {
                return takeAlongAxis(flat, indices, 0);
            }
        }
        if (indices.ndim() != x.ndim()) {
            throw new IllegalArgumentException(name + ": indices " + Shape.toString(indices.shape) + " and x "
                    + Shape.toString(x.shape) + " must have the same number of dimensions");
        }
        int a = Axes.normalize(name, axis, x.ndim());
        long[] shape = new long[x.ndim()];
        for (int d = 0; d < shape.length; d++) {
            if (d == a) {
                shape[d] = indices.shape[d];
            } else if (x.shape[d] == indices.shape[d] || indices.shape[d] == 1) {
                shape[d] = x.shape[d];
            } else if (x.shape[d] == 1) {
                shape[d] = indices.shape[d];
            } else {
                throw new IllegalArgumentException(name + ": indices " + Shape.toString(indices.shape) + " and x "
                        + Shape.toString(x.shape) + " do not broadcast in axis " + d);
            }
        }
        if (Shape.size(shape) == 0) {
            return Tensor.allocate(x.backend(), x.dtype, shape);
        }
        long[] strides = Shape.contiguousStrides(x.shape);
        try (Tensor source = Elementwise.contiguous("takeAlongAxis", x, x.dtype);
             Tensor flat = source.reshape(-1);
             Tensor checked = checkedIndices(name, indices, x.shape[a], a)) {
            Tensor linear = Elementwise.binary(BinaryOp.MULTIPLY, Arg.of(checked), Arg.of(strides[a]), null, null);
            try {
                for (int d = 0; d < shape.length; d++) {
                    if (d == a || x.shape[d] == 1) {
                        continue;
                    }
                    long stride = strides[d];
                    long[] along = new long[shape.length];
                    Arrays.fill(along, 1);
                    along[d] = shape[d];
                    try (Tensor steps = Creation.generateIntegers(x.backend(), DType.INT64, new long[] {shape[d]},
                            i -> i * stride);
                         Tensor placed = steps.reshape(along);
                         Tensor previous = linear) {
                        linear = Elementwise.binary(BinaryOp.ADD, Arg.of(previous), Arg.of(placed), null, null);
                    }
                }
                try (Tensor full = linear.broadcastTo(shape)) {
                    return take(flat, full, 0);
                }
            } finally {
                linear.close();
            }
        }
    }

    /** {@code np.nonzero(x)}: one int64 index tensor per dimension of x. */
    static Tensor[] nonzero(Tensor x) {
        Objects.requireNonNull(x, "nonzero: x is null");
        x.checkOpen("nonzero");
        if (x.ndim() == 0) {
            throw new IllegalArgumentException("nonzero: not defined for a 0-d tensor (as in NumPy); "
                    + "use x.reshape(1) first");
        }
        long[] flat = truePositions("nonzero", x);
        Tensor[] result = new Tensor[x.ndim()];
        for (int d = 0; d < x.ndim(); d++) {
            long[] coordinates = new long[flat.length];
            long step = Shape.size(Arrays.copyOfRange(x.shape, d + 1, x.ndim()));
            for (int i = 0; i < flat.length; i++) {
                coordinates[i] = flat[i] / step % x.shape[d];
            }
            result[d] = longs(x.backend(), coordinates);
        }
        return result;
    }

    /** {@code np.flatnonzero(x)}: the int64 positions of the non-zero elements of the flattened x. */
    static Tensor flatnonzero(Tensor x) {
        Objects.requireNonNull(x, "flatnonzero: x is null");
        x.checkOpen("flatnonzero");
        long[] flat = truePositions("flatnonzero", x);
        return longs(x.backend(), flat);
    }

    /** {@code np.extract(condition, x)}: the elements of the flattened x where the flattened condition is non-zero. */
    static Tensor extract(Tensor condition, Tensor x) {
        Objects.requireNonNull(condition, "extract: condition is null");
        Objects.requireNonNull(x, "extract: x is null");
        condition.checkOpen("extract");
        x.checkOpen("extract");
        try (Tensor positions = flatnonzero(condition)) {
            long last = positions.size() == 0 ? -1 : positions.toLongArray()[(int) positions.size() - 1];
            if (last >= x.size()) {
                throw new IndexOutOfBoundsException("extract: condition " + Shape.toString(condition.shape)
                        + " is true at flat position " + last + ", beyond x " + Shape.toString(x.shape) + " of "
                        + x.size() + " elements (a longer condition may only hold zeros past x's size)");
            }
            return take(x, positions, null);
        }
    }

    /**
     * {@code np.argwhere(x)}: the coordinates of the non-zero elements, one row each, as an int64
     * tensor of shape (count, ndim); a 0-d x gives shape (1, 0) or (0, 0), as NumPy.
     */
    static Tensor argwhere(Tensor x) {
        Objects.requireNonNull(x, "argwhere: x is null");
        x.checkOpen("argwhere");
        long[] flat = truePositions("argwhere", x);
        int ndim = x.ndim();
        long[] rows = new long[flat.length * ndim];
        for (int i = 0; i < flat.length; i++) {
            long rest = flat[i];
            for (int d = ndim - 1; d >= 0; d--) {
                rows[i * ndim + d] = rest % x.shape[d];
                rest /= x.shape[d];
            }
        }
        return Creation.fromHost(x.backend(), DType.INT64, MemorySegment.ofArray(rows), new long[] {flat.length, ndim});
    }

    /** {@code np.count_nonzero(x, axis)}: int64 counts of the non-zero elements (NaN counts) along the axes. */
    static Tensor countNonzero(Tensor x, int[] axes, boolean keepdims) {
        Objects.requireNonNull(x, "count_nonzero: x is null");
        x.checkOpen("count_nonzero");
        try (Tensor truth = x.astype(DType.BOOL)) {
            return Reductions.reduce(ReduceOp.SUM, truth, axes, keepdims, 0, "count_nonzero");
        }
    }

    /** The flat positions of the non-zero (NaN included) elements, read back to the host. */
    private static long[] truePositions(String name, Tensor x) {
        boolean[] truth;
        try (Tensor asBool = x.astype(DType.BOOL)) {
            truth = asBool.toBooleanArray();
        }
        int count = 0;
        for (boolean b : truth) {
            count += b ? 1 : 0;
        }
        long[] positions = new long[count];
        for (int i = 0, k = 0; i < truth.length; i++) {
            if (truth[i]) {
                positions[k++] = i;
            }
        }
        return positions;
    }

    /**
     * The indices as a contiguous int64 tensor with negative ones wrapped ({@code i + length}),
     * after checking on the device that every one is in {@code [-length, length)}.
     */
    /** The indices as int64 positions in 0..length-1 under take's mode. */
    private static Tensor positions(Tensor indices, long length, int axis, String mode) {
        if (mode.equals("raise")) {
            return checkedIndices("take", indices, length, axis);
        }
        try (Tensor wide = Elementwise.converted("take", indices, DType.INT64)) {
            if (mode.equals("wrap")) {
                return Elementwise.binary(BinaryOp.REMAINDER, Arg.of(wide), Arg.of(length), null, null);
            }
            try (Tensor low = Elementwise.binary(BinaryOp.MAXIMUM, Arg.of(wide), Arg.of(0L), null, null)) {
                return Elementwise.binary(BinaryOp.MINIMUM, Arg.of(low), Arg.of(length - 1), null, null);
            }
        }
    }

    static Tensor checkedIndices(String name, Tensor indices, long length, int axis) {
        Tensor wide = Elementwise.converted(name, indices, DType.INT64);
        try {
            long min;
            long max;
            try (Tensor low = Reductions.reduce(ReduceOp.MIN, wide, null, false, 0, name);
                 Tensor high = Reductions.reduce(ReduceOp.MAX, wide, null, false, 0, name)) {
                min = low.toLongArray()[0];
                max = high.toLongArray()[0];
            }
            if (min < -length || max >= length) {
                long bad = max >= length ? max : min;
                throw new IndexOutOfBoundsException(name + ": index " + bad + " is out of bounds for axis " + axis
                        + " with size " + length + " (valid: " + -length + ".." + (length - 1) + ")");
            }
            if (min >= 0) {
                return wide;
            }
            try (Tensor negative = Elementwise.binary(BinaryOp.LESS, Arg.of(wide), Arg.of(0L), null, null);
                 Tensor shifted = Elementwise.binary(BinaryOp.ADD, Arg.of(wide), Arg.of(length), null, null)) {
                Tensor wrapped = Elementwise.where(negative, Arg.of(shifted), Arg.of(wide));
                wide.close();
                return wrapped;
            }
        } catch (RuntimeException | Error e) {
            wide.close();
            throw e;
        }
    }

    private static Tensor longs(Backend backend, long[] values) {
        return Creation.fromHost(backend, DType.INT64, MemorySegment.ofArray(values), new long[] {values.length});
    }

}
