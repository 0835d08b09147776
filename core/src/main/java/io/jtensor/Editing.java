package io.jtensor;

import io.jtensor.internal.Axes;
import io.jtensor.internal.Broadcast;

import java.lang.foreign.MemorySegment;
import java.util.Arrays;
import java.util.Objects;

/**
 * Editing a tensor along an axis ({@code np.append}, {@code np.insert}, {@code np.delete},
 * {@code np.resize}, {@code np.trim_zeros}, {@code np.rollaxis}) out of existing operations.
 * Which source element lands where is worked out on the host from the (host) indices, exactly
 * as NumPy's Python code does, and the data moves on the tensor's backend in one {@code take}
 * or a few slice copies.
 */
final class Editing {

    private Editing() {
    }

    /** {@code np.append(arr, values, axis)}; axis null joins both flattened. */
    static Tensor append(Tensor arr, Tensor values, Integer axis) {
        Objects.requireNonNull(arr, "append: arr is null");
        Objects.requireNonNull(values, "append: values is null");
        if (axis == null) {
            return Joining.concatenateFlat("append", new Tensor[] {arr, values});
        }
        return Joining.concatenate("append", new Tensor[] {arr, values}, axis, null);
    }

    /**
     * {@code np.delete(arr, obj, axis)} for an integer obj ({@code scalar}) or a list of them;
     * axis null works on the flattened arr.
     */
    static Tensor delete(Tensor arr, long[] indices, Integer axis) {
        Objects.requireNonNull(indices, "delete: obj is null");
        return keep(arr, axis, (length, a) -> {
            boolean[] removed = new boolean[Math.toIntExact(length)];
            for (long index : indices) {
                if (index < -length || index >= length) {
                    throw new IndexOutOfBoundsException("delete: index " + index + " is out of bounds for axis "
                            + a + " with size " + length + " (valid: " + -length + ".."
                            + (length - 1) + ")");
                }
                removed[(int) (index < 0 ? index + length : index)] = true;
            }
            return removed;
        });
    }

    /**
     * {@code np.delete(arr, slice(start, stop, step), axis)}: Python's slice rules (null for an
     * open end or step 1; bounds out of range are clipped, never an error).
     */
    static Tensor deleteSlice(Tensor arr, Long start, Long stop, Long step, Integer axis) {
        long by = step == null ? 1 : step;
        if (by == 0) {
            throw new IllegalArgumentException("delete: slice step cannot be zero");
        }
        return keep(arr, axis, (length, a) -> {
            boolean[] removed = new boolean[Math.toIntExact(length)];
            long lower = by > 0 ? 0 : -1;
            long upper = by > 0 ? length : length - 1;
            long first = start == null ? (by > 0 ? lower : upper) : sliceBound(start, length, lower, upper);
            long end = stop == null ? (by > 0 ? upper : lower) : sliceBound(stop, length, lower, upper);
            for (long i = first; by > 0 ? i < end : i > end; i += by) {
                removed[(int) i] = true;
            }
            return removed;
        });
    }

    private static long sliceBound(long bound, long length, long lower, long upper) {
        return bound < 0 ? Math.max(bound + length, lower) : Math.min(bound, upper);
    }

    private interface Removal {
        boolean[] along(long length, int axis);
    }

    /** The elements of arr along the axis that {@code removal} does not flag, in order. */
    private static Tensor keep(Tensor arr, Integer axis, Removal removal) {
        Objects.requireNonNull(arr, "delete: arr is null");
        arr.checkOpen("delete");
        try (Tensor lines = axis == null ? arr.reshape(-1) : arr.reshape(arr.shape)) {
            int a = axis == null ? 0 : Axes.normalize("delete", axis, lines.ndim());
            checkHostLength("delete", lines.shape[a], 0);
            boolean[] removed = removal.along(lines.shape[a], a);
            long[] kept = new long[removed.length];
            int count = 0;
            for (int i = 0; i < removed.length; i++) {
                if (!removed[i]) {
                    kept[count++] = i;
                }
            }
            try (Tensor positions = longs(lines.backend(), Arrays.copyOf(kept, count))) {
                return Indexing.take(lines, positions, a);
            }
        }
    }

    /**
     * {@code np.insert(arr, obj, values, axis)}. {@code scalar} says obj was one integer (NumPy
     * then moves values' first axis to {@code axis}, so a 1-d values becomes a column); a list of
     * one index inserts as a list but without that move; longer lists insert one slice per index.
     */
    static Tensor insert(Tensor arr, long[] indices, boolean scalar, Tensor values, Integer axis) {
        String name = "insert";
        Objects.requireNonNull(arr, name + ": arr is null");
        Objects.requireNonNull(indices, name + ": obj is null");
        Objects.requireNonNull(values, name + ": values is null");
        arr.checkOpen(name);
        values.checkOpen(name);
        Elementwise.checkPair(name, arr, values);
        try (Temporaries t = new Temporaries()) {
            Tensor lines = t.add(axis == null ? arr.reshape(-1) : arr.reshape(arr.shape));
            int ndim = lines.ndim();
            int a = axis == null ? 0 : Axes.normalize(name, axis, ndim);
            long length = lines.shape[a];
            if (indices.length == 1) {
                long index = indices[0];
                if (index < -length || index > length) {
                    throw new IndexOutOfBoundsException(name + ": index " + index + " is out of bounds for axis " + a
                            + " with size " + length + " (valid: " + -length + ".." + length + ")");
                }
                long at = index < 0 ? index + length : index;
                Tensor v = values.ndim() < ndim ? t.add(values.reshape(leadingOnes(values.shape, ndim))) : values;
                if (scalar) {
                    // a[:, i] = v and a[:, [i]] = v broadcast v differently: NumPy inserts as the latter
                    v = t.add(v.moveAxis(0, a));
                }
                long added = v.shape[a];
                long[] target = lines.shape();
                target[a] = added;
                v = t.add(assignable(name, v, target));
                long[] shape = lines.shape();
                shape[a] = Math.addExact(length, added);
                Tensor result = Tensor.allocateUninitialized(arr.backend(), arr.dtype, shape);
                try {
                    copy(name, t.add(lines.slice(a, 0, at, 1)), t.add(result.slice(a, 0, at, 1)));
                    copy(name, v, t.add(result.slice(a, at, at + added, 1)));
                    copy(name, t.add(lines.slice(a, at, length, 1)), t.add(result.slice(a, at + added, shape[a], 1)));
                    return result;
                } catch (RuntimeException | Error e) {
                    result.close();
                    throw e;
                }
            }
            int added = indices.length;
            checkHostLength(name, length, added);
            long[] target = lines.shape();
            target[a] = added;
            Tensor fitted = t.add(assignable(name, values, target));
            Tensor block = t.add(Elementwise.converted(name, t.add(fitted.broadcastTo(target)), arr.dtype));
            long total = length + added;
            // NumPy's steps: wrap negatives once, shift the k-th smallest (stable) by k, then index
            long[] shifted = new long[added];
            Integer[] order = new Integer[added];
            for (int i = 0; i < added; i++) {
                shifted[i] = indices[i] < 0 ? indices[i] + length : indices[i];
                order[i] = i;
            }
            Arrays.sort(order, (p, q) -> Long.compare(shifted[p], shifted[q]));
            for (int k = 0; k < added; k++) {
                shifted[order[k]] += k;
            }
            long[] source = new long[Math.toIntExact(total)];
            Arrays.fill(source, -1);
            for (int i = 0; i < added; i++) {
                if (shifted[i] < -total || shifted[i] >= total) {
                    throw new IndexOutOfBoundsException(name + ": index " + indices[i] + " is out of bounds for axis "
                            + a + " with size " + length + " (valid: " + -length + ".." + length + ")");
                }
                source[(int) (shifted[i] < 0 ? shifted[i] + total : shifted[i])] = length + i;
            }
            long free = Arrays.stream(source).filter(s -> s < 0).count();
            if (free != length) {
                // NumPy's new[old_mask] = arr fails the same way: the wrapped indices collide
                throw new IllegalArgumentException(name + ": indices " + Arrays.toString(indices) + " land on "
                        + (total - free) + " distinct positions of the new axis of length " + total
                        + " (NumPy wraps a negative index once, then shifts it), leaving " + free + " places for the "
                        + length + " elements of arr");
            }
            for (int j = 0, k = 0; j < source.length; j++) {
                if (source[j] < 0) {
                    source[j] = k++;
                }
            }
            Tensor joined = t.add(Joining.concatenate(name, new Tensor[] {lines, block}, a, null));
            return Indexing.take(joined, t.add(longs(arr.backend(), source)), a);
        }
    }

    /**
     * A view of values that broadcasts to target, as NumPy's assignment {@code new[...] = values}
     * accepts it: leading size-1 axes beyond target's dimensions are dropped.
     */
    private static Tensor assignable(String name, Tensor values, long[] target) {
        long[] shape = values.shape;
        int extra = Math.max(0, shape.length - target.length);
        for (int d = 0; d < extra; d++) {
            if (shape[d] != 1) {
                extra = 0;
                break;
            }
        }
        long[] kept = Arrays.copyOfRange(shape, extra, shape.length);
        checkBroadcast(name, kept, target);
        return values.reshape(kept);
    }

    private static void checkBroadcast(String name, long[] shape, long[] target) {
        if (!Broadcast.broadcastsTo(shape, target)) {
            throw new IllegalArgumentException(name + ": values of shape " + Shape.toString(shape)
                    + " cannot be broadcast to the inserted block's shape " + Shape.toString(target));
        }
    }

    /** The host index list of one position per element along the axis must fit a Java array. */
    private static void checkHostLength(String name, long length, long added) {
        if (length + added > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(name + ": an axis of " + (length + added) + " elements is longer than "
                    + "the host index list allows (" + (Integer.MAX_VALUE - 8) + "); work on slices");
        }
    }

    private static void copy(String name, Tensor from, Tensor into) {
        if (into.size() > 0) {
            try (Tensor view = from.broadcastTo(into.shape)) {
                Elementwise.copyInto(name, view, into);
            }
        }
    }

    /**
     * {@code np.resize(a, newShape)}: the flattened a repeated cyclically to fill newShape; a new
     * tensor of zeros when a or the new shape is empty.
     */
    static Tensor resize(Tensor a, long[] newShape) {
        String name = "resize";
        Objects.requireNonNull(a, name + ": a is null");
        Objects.requireNonNull(newShape, name + ": newShape is null");
        a.checkOpen(name);
        for (long d : newShape) {
            if (d < 0) {
                throw new IllegalArgumentException(name + ": all elements of newShape must be non-negative, got "
                        + Shape.toString(newShape));
            }
        }
        long size = Shape.size(name, newShape);
        long n = a.size();
        if (n == 0 || size == 0) {
            return Tensor.allocate(a.backend(), a.dtype, newShape.clone());
        }
        try (Tensor flat = a.reshape(-1);
             Tensor cycle = Creation.generateIntegers(a.backend(), DType.INT64, new long[] {size}, i -> i % n);
             Tensor repeated = Indexing.take(flat, cycle, 0)) {
            return repeated.reshape(newShape);
        }
    }

    /**
     * {@code np.trim_zeros(filt, trim)}: a view of filt without its leading ("f"), trailing ("b")
     * or both ("fb", "bf") zeros; for n-d filt the bounding box of the non-zero elements, as NumPy
     * 2.2+: only the given axes (null: all) are trimmed, by the bounding box of the non-zero
     * elements over the whole of filt; no axes leave filt as it is.
     */
    static Tensor trimZeros(Tensor filt, String trim, int[] axes) {
        String name = "trimZeros";
        Objects.requireNonNull(filt, name + ": filt is null");
        Objects.requireNonNull(trim, name + ": trim is null");
        filt.checkOpen(name);
        String mode = trim.toLowerCase(java.util.Locale.ROOT);
        if (!mode.equals("f") && !mode.equals("b") && !mode.equals("fb") && !mode.equals("bf")) {
            throw new IllegalArgumentException(name + ": unexpected character(s) in trim: \"" + trim
                    + "\" (valid: \"f\", \"b\", \"fb\", \"bf\")");
        }
        int ndim = filt.ndim();
        int[] chosen = Axes.normalizeAll(name, axes, ndim);
        if (chosen.length == 0) {
            return filt.reshape(filt.shape);
        }
        long[] first = new long[ndim];
        long[] last = new long[ndim];
        long[] rows;
        try (Tensor where = Indexing.argwhere(filt)) {
            rows = where.toLongArray();
        }
        Tensor view = filt.reshape(filt.shape);
        if (rows.length == 0) {
            for (int d : chosen) {
                try (Tensor previous = view) {
                    view = previous.slice(d, 0, 0, 1);
                }
            }
            return view;
        }
        Arrays.fill(first, Long.MAX_VALUE);
        Arrays.fill(last, -1);
        for (int i = 0; i < rows.length; i += ndim) {
            for (int d = 0; d < ndim; d++) {
                first[d] = Math.min(first[d], rows[i + d]);
                last[d] = Math.max(last[d], rows[i + d]);
            }
        }
        for (int d : chosen) {
            long from = mode.contains("f") ? first[d] : 0;
            long to = mode.contains("b") ? last[d] + 1 : filt.shape[d];
            try (Tensor previous = view) {
                view = previous.slice(d, from, to, 1);
            }
        }
        return view;
    }

    /**
     * {@code np.rollaxis(a, axis, start)}: a view with the axis moved to stand before the axis
     * that is now at {@code start}.
     */
    static Tensor rollaxis(Tensor a, int axis, int start) {
        String name = "rollaxis";
        Objects.requireNonNull(a, name + ": a is null");
        a.checkOpen(name);
        int n = a.ndim();
        int from = Axes.normalize(name, axis, n);
        int to = start < 0 ? start + n : start;
        if (to < 0 || to > n) {
            throw new IllegalArgumentException(name + ": start " + start + " is out of range for a " + n
                    + "-d tensor (valid: " + -n + ".." + n + ")");
        }
        if (from < to) {
            to--;
        }
        int[] order = new int[n];
        for (int i = 0, k = 0; i < n; i++) {
            if (i == to) {
                order[i] = from;
            } else {
                k += k == from ? 1 : 0;
                order[i] = k++;
            }
        }
        return a.transpose(order);
    }

    private static long[] leadingOnes(long[] shape, int ndim) {
        long[] result = new long[ndim];
        Arrays.fill(result, 1);
        System.arraycopy(shape, 0, result, ndim - shape.length, shape.length);
        return result;
    }

    static Tensor longs(io.jtensor.backend.Backend backend, long[] values) {
        return Creation.fromHost(backend, DType.INT64, MemorySegment.ofArray(values), new long[] {values.length});
    }
}
