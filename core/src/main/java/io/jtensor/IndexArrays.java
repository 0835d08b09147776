package io.jtensor;

import io.jtensor.Elementwise.Arg;
import io.jtensor.backend.Backend;
import io.jtensor.internal.Axes;
import io.jtensor.internal.Broadcast;
import io.jtensor.op.BinaryOp;
import io.jtensor.op.ReduceOp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Index arrays ({@code np.lexsort}, {@code np.unravel_index}, {@code np.ravel_multi_index},
 * {@code np.indices}, {@code np.tril_indices}, {@code np.triu_indices}, {@code np.diag_indices}):
 * conversions between flat and per-axis positions run as int64 ufuncs on the inputs' backend;
 * the index sets that depend only on sizes are generated on the host and copied once.
 */
final class IndexArrays {

    private IndexArrays() {
    }

    /**
     * {@code np.lexsort(keys)}: int64 positions that sort along the last axis by the last key,
     * ties broken by the key before it, and so on; stable. Composed as NumPy's definition: stable
     * argsorts from the first (least significant) key to the last.
     */
    static Tensor lexsort(Tensor[] keys, int axis) {
        String name = "lexsort";
        Objects.requireNonNull(keys, name + ": keys is null");
        if (keys.length == 0) {
            throw new IllegalArgumentException(name + ": need a sequence of keys with length > 0");
        }
        List<Tensor> all = new ArrayList<>();
        for (int i = 0; i < keys.length; i++) {
            Tensor k = Objects.requireNonNull(keys[i], name + ": key " + i + " is null");
            k.checkOpen(name);
            if (!Arrays.equals(k.shape, keys[0].shape)) {
                throw new IllegalArgumentException(name + ": all keys need to be the same shape, but key 0 has shape "
                        + Shape.toString(keys[0].shape) + " and key " + i + " has shape " + Shape.toString(k.shape));
            }
            all.add(k);
        }
        Elementwise.commonBackend(name, all);
        if (keys[0].ndim() == 0) {
            // NumPy sorts 0-d keys as one element (axis 0 or -1): position 0
            Axes.normalize(name, axis, 1);
            return Tensor.allocate(keys[0].backend(), DType.INT64, new long[0]);
        }
        Axes.normalize(name, axis, keys[0].ndim());
        Tensor order = Sorting.argsort(keys[0], axis);
        try {
            for (int i = 1; i < keys.length; i++) {
                try (Tensor previous = order;
                     Tensor arranged = Indexing.takeAlongAxis(keys[i], previous, axis);
                     Tensor step = Sorting.argsort(arranged, axis)) {
                    order = null;
                    order = Indexing.takeAlongAxis(previous, step, axis);
                }
            }
            return order;
        } catch (RuntimeException | Error e) {
            if (order != null) {
                order.close();
            }
            throw e;
        }
    }

    /**
     * {@code np.unravel_index(indices, shape)}: for each flat (C-order) position, its coordinate
     * along every axis of shape, one int64 tensor of indices' shape per axis.
     */
    static Tensor[] unravelIndex(Tensor indices, long[] shape) {
        String name = "unravelIndex";
        Objects.requireNonNull(indices, name + ": indices is null");
        Objects.requireNonNull(shape, name + ": shape is null");
        indices.checkOpen(name);
        checkIntegers(name, "indices", indices);
        checkDimensions(name, shape);
        if (shape.length == 0) {
            throw new IllegalArgumentException(name + ": shape () has no axes to unravel into (NumPy: multiple "
                    + "indices are not supported for 0d arrays)");
        }
        long size = Shape.size(name, shape);
        Tensor[] result = new Tensor[shape.length];
        try (Temporaries t = new Temporaries()) {
            if (indices.size() > 0) {
                Tensor wide = t.add(Elementwise.converted(name, indices, DType.INT64));
                long min = extreme(wide, ReduceOp.MIN, name);
                long max = extreme(wide, ReduceOp.MAX, name);
                if (min < 0 || max >= size) {
                    throw new IllegalArgumentException(name + ": index " + (min < 0 ? min : max)
                            + " is out of bounds for a tensor of shape " + Shape.toString(shape) + " with size " + size
                            + " (valid: 0.." + (size - 1) + ")");
                }
                long stride = 1;
                for (int d = shape.length - 1; d >= 0; d--) {
                    Tensor above = t.add(Elementwise.binary(BinaryOp.FLOOR_DIVIDE, Arg.of(wide), Arg.of(stride),
                            null, null));
                    result[d] = Elementwise.binary(BinaryOp.REMAINDER, Arg.of(above), Arg.of(shape[d]), null, null);
                    stride *= shape[d];
                }
            } else {
                for (int d = 0; d < shape.length; d++) {
                    result[d] = Tensor.allocate(indices.backend(), DType.INT64, indices.shape());
                }
            }
            return result;
        } catch (RuntimeException | Error e) {
            Temporaries.closeBuilt(result);
            throw e;
        }
    }

    /**
     * {@code np.ravel_multi_index(multiIndex, dims, mode)}: the flat C-order int64 position of
     * each coordinate tuple, the coordinate tensors broadcast together.
     */
    static Tensor ravelMultiIndex(Tensor[] multiIndex, long[] dims, String mode) {
        String name = "ravelMultiIndex";
        Objects.requireNonNull(multiIndex, name + ": multiIndex is null");
        Objects.requireNonNull(dims, name + ": dims is null");
        Objects.requireNonNull(mode, name + ": mode is null");
        if (!mode.equals("raise") && !mode.equals("wrap") && !mode.equals("clip")) {
            throw new IllegalArgumentException(name + ": mode must be one of \"raise\", \"wrap\" or \"clip\", got \""
                    + mode + "\"");
        }
        if (multiIndex.length != dims.length) {
            throw new IllegalArgumentException(name + ": parameter multiIndex must be a sequence of length "
                    + dims.length + " (one per dimension of " + Shape.toString(dims) + "), got " + multiIndex.length);
        }
        if (dims.length == 0) {
            throw new IllegalArgumentException(name + ": dims must have at least one dimension");
        }
        checkDimensions(name, dims);
        Shape.size(name, dims);
        long[][] shapes = new long[dims.length][];
        List<Tensor> all = new ArrayList<>();
        for (int d = 0; d < dims.length; d++) {
            Tensor m = Objects.requireNonNull(multiIndex[d], name + ": coordinate " + d + " is null");
            m.checkOpen(name);
            checkIntegers(name, "multiIndex", m);
            shapes[d] = m.shape;
            all.add(m);
        }
        Backend backend = Elementwise.commonBackend(name, all);
        long[] shape = Broadcast.shapes(name, shapes);
        if (Shape.size(name, shape) == 0) {
            return Tensor.allocate(backend, DType.INT64, shape);
        }
        if (Shape.size(dims) == 0) {
            // whatever the mode: NumPy's "cannot unravel if shape has zero entries"
            throw new IllegalArgumentException(name + ": dims " + Shape.toString(dims) + " have a zero dimension, "
                    + "so no coordinate is valid in any mode (got " + Shape.size(shape) + " coordinate tuples)");
        }
        try (Temporaries t = new Temporaries()) {
            Tensor sum = null;
            long stride = 1;
            for (int d = dims.length - 1; d >= 0; d--) {
                Tensor c = t.add(Elementwise.converted(name, multiIndex[d], DType.INT64));
                switch (mode) {
                    case "raise" -> {
                        long min = extreme(c, ReduceOp.MIN, name);
                        long max = extreme(c, ReduceOp.MAX, name);
                        if (min < 0 || max >= dims[d]) {
                            throw new IllegalArgumentException(name + ": invalid entry in coordinates array: "
                                    + (min < 0 ? min : max) + " along dimension " + d + " of size " + dims[d]
                                    + " (valid: 0.." + (dims[d] - 1) + " with mode \"raise\")");
                        }
                    }
                    case "wrap" -> c = t.add(Elementwise.binary(BinaryOp.REMAINDER, Arg.of(c), Arg.of(dims[d]), null,
                            null));
                    default -> {
                        Tensor upper = t.add(Elementwise.binary(BinaryOp.MINIMUM, Arg.of(c), Arg.of(dims[d] - 1),
                                null, null));
                        c = t.add(Elementwise.binary(BinaryOp.MAXIMUM, Arg.of(upper), Arg.of(0L), null, null));
                    }
                }
                Tensor term = t.add(Elementwise.binary(BinaryOp.MULTIPLY, Arg.of(c), Arg.of(stride), null, null));
                sum = sum == null ? term : t.add(Elementwise.binary(BinaryOp.ADD, Arg.of(sum), Arg.of(term), null, null));
                stride *= dims[d];
            }
            try (Tensor full = sum.broadcastTo(shape)) {
                return Elementwise.converted(name, full, DType.INT64);
            }
        }
    }

    /**
     * {@code np.indices(dimensions, dtype, sparse=True)}: one tensor per dimension d, of shape 1
     * everywhere but dimensions[d] along axis d, holding 0..dimensions[d]-1.
     */
    static Tensor[] sparseIndices(Backend backend, long[] dimensions, DType dtype) {
        String name = "indices";
        checkIndices(name, dimensions, dtype);
        int n = dimensions.length;
        Tensor[] result = new Tensor[n];
        try {
            for (int d = 0; d < n; d++) {
                long[] along = new long[n];
                Arrays.fill(along, 1);
                along[d] = dimensions[d];
                try (Tensor steps = Creation.generateIntegers(backend, DType.INT64, along, i -> i)) {
                    result[d] = Elementwise.converted(name, steps, dtype);
                }
            }
            return result;
        } catch (RuntimeException | Error e) {
            Temporaries.closeBuilt(result);
            throw e;
        }
    }

    private static void checkIndices(String name, long[] dimensions, DType dtype) {
        Objects.requireNonNull(dimensions, name + ": dimensions is null");
        Objects.requireNonNull(dtype, name + ": dtype is null");
        checkDimensions(name, dimensions);
        for (long dim : dimensions) {
            if (dtype == DType.BOOL && dim > 2) {
                throw new IllegalArgumentException(name + ": a bool result counts only to 1, and dimensions "
                        + Arrays.toString(dimensions) + " hold " + dim + " (NumPy's arange refuses a bool range "
                        + "longer than 2); use an integer dtype");
            }
        }
    }

    /**
     * {@code np.indices(dimensions, dtype)}: shape (ndim, *dimensions); slice d holds each
     * element's coordinate along axis d.
     */
    static Tensor indices(Backend backend, long[] dimensions, DType dtype) {
        String name = "indices";
        checkIndices(name, dimensions, dtype);
        int n = dimensions.length;
        long[] shape = new long[n + 1];
        shape[0] = n;
        System.arraycopy(dimensions, 0, shape, 1, n);
        Shape.size(name, shape);
        Tensor result = Tensor.allocateUninitialized(backend, dtype, shape);
        if (result.size() == 0) {
            return result;
        }
        try (Temporaries t = new Temporaries()) {
            for (int d = 0; d < n; d++) {
                long[] along = new long[n];
                Arrays.fill(along, 1);
                along[d] = dimensions[d];
                Tensor steps = t.add(Creation.generateIntegers(backend, DType.INT64, new long[] {dimensions[d]},
                        i -> i));
                Tensor placed = t.add(t.add(steps.reshape(along)).broadcastTo(dimensions));
                Elementwise.copyInto(name, placed, t.add(result.select(0, d)));
            }
            return result;
        } catch (RuntimeException | Error e) {
            result.close();
            throw e;
        }
    }

    /**
     * {@code np.tril_indices(n, k, m)} ({@code lower}) or {@code np.triu_indices(n, k, m)}: the
     * row and column int64 positions, in row-major order, of the elements of an n x m matrix on
     * and below (above) diagonal k. A negative n or m counts as 0, as NumPy's {@code tri}.
     */
    static Tensor[] triangleIndices(Backend backend, long n, long k, long m, boolean lower) {
        String name = lower ? "trilIndices" : "triuIndices";
        long rows = Math.max(n, 0);
        long columns = Math.max(m, 0);
        long limit = Integer.MAX_VALUE - 8;
        if (rows > limit || columns > limit) {
            throw new IllegalArgumentException(name + ": a " + n + " x " + m + " matrix is too large for the host "
                    + "index lists (at most " + limit + " rows and columns)");
        }
        // k near Long.MIN_VALUE/MAX_VALUE: clamped (to the same positions) so i + k cannot overflow
        long diagonal = Math.clamp(k, -rows - 1, columns + 1);
        long count = 0;
        for (long i = 0; i < rows; i++) {
            count += lower ? Math.clamp(i + diagonal + 1, 0, columns) : columns - Math.clamp(i + diagonal, 0, columns);
        }
        if (count > limit) {
            throw new IllegalArgumentException(name + ": " + count + " positions are more than the host index lists "
                    + "hold (" + limit + ")");
        }
        long[] r = new long[Math.toIntExact(count)];
        long[] c = new long[r.length];
        int at = 0;
        for (long i = 0; i < rows; i++) {
            long from = lower ? 0 : Math.clamp(i + diagonal, 0, columns);
            long to = lower ? Math.clamp(i + diagonal + 1, 0, columns) : columns;
            for (long j = from; j < to; j++) {
                r[at] = i;
                c[at++] = j;
            }
        }
        return pair(backend, r, c);
    }

    private static Tensor[] pair(Backend backend, long[] first, long[] second) {
        Tensor a = Editing.longs(backend, first);
        try {
            return new Tensor[] {a, Editing.longs(backend, second)};
        } catch (RuntimeException | Error e) {
            a.close();
            throw e;
        }
    }

    /**
     * {@code np.diag_indices(n, ndim)}: ndim int64 tensors {@code arange(n)} (NumPy returns one
     * array ndim times; these are separate tensors).
     */
    static Tensor[] diagIndices(Backend backend, long n, int ndim) {
        Tensor[] result = new Tensor[Math.max(ndim, 0)];
        try {
            for (int d = 0; d < result.length; d++) {
                result[d] = Creation.generateIntegers(backend, DType.INT64, new long[] {Math.max(n, 0)}, i -> i);
            }
            return result;
        } catch (RuntimeException | Error e) {
            Temporaries.closeBuilt(result);
            throw e;
        }
    }

    private static void checkIntegers(String name, String what, Tensor x) {
        if (x.dtype.isFloatingPoint()) {
            throw new IllegalArgumentException(name + ": " + what + " must hold integers, got " + x.dtype.numpyName()
                    + " (NumPy does not cast it to int64 under the 'same_kind' rule)");
        }
    }

    private static void checkDimensions(String name, long[] shape) {
        for (long d : shape) {
            if (d < 0) {
                throw new IllegalArgumentException(name + ": dimensions must be non-negative, got "
                        + Shape.toString(shape));
            }
        }
    }

    private static long extreme(Tensor x, ReduceOp op, String name) {
        try (Tensor r = Reductions.reduce(op, x, null, false, 0, name)) {
            return r.toLongArray()[0];
        }
    }
}
