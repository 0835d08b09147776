package io.jtensor;

import io.jtensor.Elementwise.Arg;
import io.jtensor.backend.Backend;
import io.jtensor.internal.Axes;
import io.jtensor.internal.Broadcast;
import io.jtensor.op.BinaryOp;
import io.jtensor.op.ScanOp;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Writing into a tensor by index, in place: NumPy's {@code put}, {@code put_along_axis},
 * {@code place}, {@code putmask}, {@code ufunc.at} and {@code fill_diagonal}. The target may be a
 * strided view (the writes land in the viewed elements, as {@code copyto}) but not a broadcast
 * one. "Flat position" means the position in the target's C order, whatever its strides.
 *
 * <p>No backend has a scatter primitive, so every op is composed from the existing device ones
 * and runs on the target's backend. A write of k values at arbitrary flat positions
 * ({@link #scatterLastWins}) is a stable argsort of the positions, a binary search of every flat
 * position of the target among them ({@code side="right"}: the last of equal positions, i.e. the
 * last write in the caller's order, as NumPy's sequential loop) and one masked copy: O(k log k +
 * n log k) work and O(n) temporary memory for a target of n elements, even when k is small.
 * {@code place}, {@code putmask} and {@code fillDiagonal} know their positions from a mask or a
 * stride and need no sort (O(n)). {@link #at} runs one small element-wise launch per "round" of
 * duplicates (see there).
 */
final class Scattering {

    private static final Set<BinaryOp> AT_OPS = Set.of(BinaryOp.ADD, BinaryOp.MULTIPLY, BinaryOp.MAXIMUM,
            BinaryOp.MINIMUM);

    private Scattering() {
    }

    /**
     * {@code np.put(a, ind, v, mode)}: {@code a.flat[ind[j]] = v.flat[j % len(v)]} in order. The
     * indices are checked before anything is written (NumPy's raise mode writes the indices before
     * the bad one first).
     */
    static void put(Tensor a, Tensor ind, Tensor v, String mode) {
        String name = "put";
        checkTarget(name, a);
        Objects.requireNonNull(ind, name + ": ind is null");
        Objects.requireNonNull(v, name + ": v is null");
        Objects.requireNonNull(mode, name + ": mode is null");
        ind.checkOpen(name);
        v.checkOpen(name);
        Elementwise.commonBackend(name, List.of(a, ind, v));
        if (!mode.equals("raise") && !mode.equals("wrap") && !mode.equals("clip")) {
            throw new IllegalArgumentException(name + ": mode must be \"raise\", \"wrap\" or \"clip\", got \""
                    + mode + "\"");
        }
        if (ind.dtype.isFloatingPoint()) {
            throw new IllegalArgumentException(name + ": ind must be integers or bools, got " + ind.dtype.numpyName()
                    + " (NumPy casts indices with casting='safe'); convert them with astype(DType.INT64)");
        }
        long n = a.size();
        long k = ind.size();
        if (k > 0 && n == 0) {
            throw new IndexOutOfBoundsException(name + ": cannot put " + k + " values into a, which is empty (shape "
                    + Shape.toString(a.shape) + ")");
        }
        long count = v.size();
        if (k == 0 || count == 0) {
            return;
        }
        try (Temporaries t = new Temporaries()) {
            Tensor flatIndices = t.add(ind.reshape(-1));
            Tensor positions = switch (mode) {
                case "raise" -> t.add(Indexing.checkedIndices(name, flatIndices, n, 0));
                case "wrap" -> {
                    Tensor wide = t.add(Elementwise.converted(name, flatIndices, DType.INT64));
                    yield t.add(Elementwise.binary(BinaryOp.REMAINDER, Arg.of(wide), Arg.of(n), null, null));
                }
                default -> {
                    Tensor wide = t.add(Elementwise.converted(name, flatIndices, DType.INT64));
                    Tensor low = t.add(Elementwise.binary(BinaryOp.MAXIMUM, Arg.of(wide), Arg.of(0L), null, null));
                    yield t.add(Elementwise.binary(BinaryOp.MINIMUM, Arg.of(low), Arg.of(n - 1), null, null));
                }
            };
            Tensor values = t.add(cyclic(name, t.add(v.reshape(-1)), k, t));
            scatterLastWins(name, a, positions, values);
        }
    }

    /**
     * {@code np.put_along_axis(a, indices, values, axis)}: a's element (..., indices[..., j, ...],
     * ...) along the axis becomes values[..., j, ...], indices and values broadcasting as NumPy's
     * fancy assignment does; {@code axis} null writes into the flattened a with 1-d indices.
     */
    static void putAlongAxis(Tensor a, Tensor indices, Tensor values, Integer axis) {
        String name = "putAlongAxis";
        checkTarget(name, a);
        Objects.requireNonNull(indices, name + ": indices is null");
        Objects.requireNonNull(values, name + ": values is null");
        indices.checkOpen(name);
        values.checkOpen(name);
        Elementwise.commonBackend(name, List.of(a, indices, values));
        if (indices.dtype == DType.BOOL || indices.dtype.isFloatingPoint()) {
            throw new IllegalArgumentException(name + ": indices must be integers, got " + indices.dtype.numpyName());
        }
        try (Temporaries t = new Temporaries()) {
            long[] target;
            Tensor positions;
            if (axis == null) {
                if (indices.ndim() != 1) {
                    throw new IllegalArgumentException(name + ": with no axis the indices must be 1-d, got shape "
                            + Shape.toString(indices.shape));
                }
                target = indices.shape;
                if (Shape.size(target) > 0 && a.size() == 0) {
                    throw new IndexOutOfBoundsException(name + ": cannot put " + indices.size()
                            + " values into a, which is empty (shape " + Shape.toString(a.shape) + ")");
                }
                positions = Shape.size(target) == 0 ? null : t.add(Indexing.checkedIndices(name, indices, a.size(), 0));
            } else {
                if (indices.ndim() != a.ndim()) {
                    throw new IllegalArgumentException(name + ": indices " + Shape.toString(indices.shape) + " and a "
                            + Shape.toString(a.shape) + " must have the same number of dimensions");
                }
                int axisIndex = Axes.normalize(name, axis, a.ndim());
                target = alongAxisShape(name, a, indices, axisIndex);
                positions = Shape.size(target) == 0 ? null : t.add(linearPositions(name, a, indices, axisIndex, target, t));
            }
            Tensor fitted = t.add(fittedValues(name, values, target));
            if (positions == null) {
                return;
            }
            Tensor flatValues = t.add(Elementwise.contiguous(name, t.add(fitted.broadcastTo(target)), values.dtype));
            scatterLastWins(name, a, positions, t.add(flatValues.reshape(-1)));
        }
    }

    /**
     * {@code np.place(a, mask, vals)}: the true positions of mask (as many elements as a, any
     * shape, non-zero is true), in order, get {@code vals.flat[0], vals.flat[1], ...}, repeated
     * cyclically; vals must cast to a's type under casting='safe', as NumPy 2. Composed as {@code vals.flat[(cumsum(mask) - 1) % len(vals)]} copied where mask
     * is true: O(n), no sort.
     */
    static void place(Tensor a, Tensor mask, Tensor vals) {
        String name = "place";
        checkMasked(name, a, mask, vals, "vals");
        checkSafeCast(name, vals, "vals", a);
        long n = a.size();
        if (n == 0) {
            return;
        }
        try (Temporaries t = new Temporaries()) {
            Tensor truth = t.add(t.add(mask.reshape(-1)).astype(DType.BOOL));
            Tensor ranks = t.add(Scanning.scan(ScanOp.CUMSUM, truth, 0));
            long trues = t.add(ranks.slice(0, n - 1, n, 1)).toLongArray()[0];
            if (trues == 0) {
                return;
            }
            if (vals.size() == 0) {
                throw new IllegalArgumentException(name + ": cannot insert from an empty vals into the " + trues
                        + " true positions of mask");
            }
            Tensor before = t.add(Elementwise.binary(BinaryOp.SUBTRACT, Arg.of(ranks), Arg.of(1L), null, null));
            writeCyclic(name, a, truth, before, t.add(vals.reshape(-1)), t);
        }
    }

    /**
     * {@code np.putmask(a, mask, values)}: {@code a.flat[i] = values.flat[i % len(values)]} where
     * {@code mask.flat[i]} is non-zero; mask has as many elements as a (any shape). values must
     * cast to a's type under casting='safe' (NumPy 2's rule for putmask). Empty values write
     * nothing. O(n), no sort.
     */
    static void putmask(Tensor a, Tensor mask, Tensor values) {
        String name = "putmask";
        checkMasked(name, a, mask, values, "values");
        checkSafeCast(name, values, "values", a);
        long n = a.size();
        if (n == 0 || values.size() == 0) {
            return;
        }
        try (Temporaries t = new Temporaries()) {
            Tensor truth = t.add(t.add(mask.reshape(-1)).astype(DType.BOOL));
            Tensor positions = t.add(Creation.arange(a.backend(), 0, n, 1, DType.INT64));
            writeCyclic(name, a, truth, positions, t.add(values.reshape(-1)), t);
        }
    }

    /**
     * {@code np.<op>.at(a, indices, b)} with one integer index array for a's first axis: for each
     * index entry in order, {@code a[indices[j]] = op(a[indices[j]], b[j])}, unbuffered, so
     * repeated indices accumulate. b broadcasts to {@code indices.shape + a.shape[1:]}. Each step
     * computes in the type NumPy's ufunc resolves for (a, b) and casts back to a's type unsafely,
     * as NumPy's {@code ufunc.at}.
     *
     * <p>Composed without a scatter kernel: the (flat position, value) pairs are stably sorted by
     * position; the distinct positions ("slots") are ordered by how often they occur, most first;
     * round r then applies the r-th occurrence of every slot that has one, and those slots are a
     * prefix of that order, so a round is one element-wise launch on a prefix of the gathered
     * slot values. Every slot therefore sees its values in the caller's order, one at a time, and
     * the result equals NumPy's sequential loop bit for bit (float sums included). Cost: sorts
     * O(k log k) for k pairs, as many launches as the most repeated position occurs, and a final
     * write as {@link #scatterLastWins}.
     */
    static void at(BinaryOp op, Tensor a, Tensor indices, Tensor b) {
        String name = "at";
        Objects.requireNonNull(op, name + ": op is null");
        name = op.numpyName() + ".at";
        if (!AT_OPS.contains(op)) {
            throw new IllegalArgumentException("at: op must be ADD, MULTIPLY, MAXIMUM or MINIMUM, got " + op);
        }
        checkTarget(name, a);
        Objects.requireNonNull(indices, name + ": indices is null");
        Objects.requireNonNull(b, name + ": b is null");
        indices.checkOpen(name);
        b.checkOpen(name);
        Elementwise.commonBackend(name, List.of(a, indices, b));
        if (a.ndim() == 0) {
            throw new IndexOutOfBoundsException(name + ": a is 0-d, so it cannot be indexed (give it an axis with "
                    + "reshape(1))");
        }
        if (indices.dtype.isFloatingPoint()) {
            throw new IllegalArgumentException(name + ": indices must be integers or a bool mask, got "
                    + indices.dtype.numpyName());
        }
        if (indices.dtype == DType.BOOL) {
            if (indices.ndim() != 1 || indices.size() != a.shape[0]) {
                throw new IndexOutOfBoundsException(name + ": a bool mask must be 1-d with a.shape[0] = " + a.shape[0]
                        + " elements, got shape " + Shape.toString(indices.shape));
            }
            // NumPy indexes with a mask as with the positions of its true elements
            try (Tensor positions = Indexing.flatnonzero(indices)) {
                at(op, a, positions, b);
                return;
            }
        }
        long[] rest = Arrays.copyOfRange(a.shape, 1, a.ndim());
        long[] target = concat(indices.shape, rest);
        if (b.ndim() > target.length || !Broadcast.broadcastsTo(b.shape, target)) {
            throw new IllegalArgumentException(name + ": b of shape " + Shape.toString(b.shape)
                    + " does not broadcast to a[indices]'s shape " + Shape.toString(target));
        }
        long k = Shape.size(target);
        if (indices.size() > 0 && a.shape[0] == 0) {
            throw new IndexOutOfBoundsException(name + ": cannot index axis 0 of a with shape "
                    + Shape.toString(a.shape) + ", which is empty");
        }
        if (k == 0) {
            // NumPy checks every index even when a's rows are empty: add.at(zeros((3, 0)), [5], 1) is an IndexError
            if (indices.size() > 0) {
                try (Tensor flat = indices.reshape(-1)) {
                    Indexing.checkedIndices(name, flat, a.shape[0], 0).close();
                }
            }
            return;
        }
        Backend backend = a.backend();
        long inner = Shape.size(rest);
        try (Temporaries t = new Temporaries()) {
            Tensor rows = t.add(Indexing.checkedIndices(name, t.add(indices.reshape(-1)), a.shape[0], 0));
            Tensor rowStarts = t.add(Elementwise.binary(BinaryOp.MULTIPLY, Arg.of(t.add(rows.reshape(-1, 1))),
                    Arg.of(inner), null, null));
            Tensor within = t.add(Creation.arange(backend, 0, inner, 1, DType.INT64));
            Tensor positions = t.add(t.add(Elementwise.binary(BinaryOp.ADD, Arg.of(rowStarts), Arg.of(within), null,
                    null)).reshape(-1));
            Tensor values = t.add(t.add(Elementwise.contiguous(name, t.add(b.broadcastTo(target)), b.dtype)).reshape(-1));

            Tensor order = t.add(Sorting.argsort(positions, 0));
            Tensor sortedPositions = t.add(Indexing.take(positions, order, 0));
            Tensor sortedValues = t.add(Indexing.take(values, order, 0));
            if (op == BinaryOp.ADD && a.dtype.isInteger() && (b.dtype.isInteger() || b.dtype == DType.BOOL)) {
                addIntegers(name, t, a, sortedPositions, sortedValues, k);
                return;
            }
            // rank: how many equal positions come before, in the caller's order (the sort is stable)
            Tensor runStart = t.add(Searching.searchsorted(sortedPositions, Arg.of(sortedPositions), "left", null));
            Tensor serial = t.add(Creation.arange(backend, 0, k, 1, DType.INT64));
            Tensor rank = t.add(Elementwise.binary(BinaryOp.SUBTRACT, Arg.of(serial), Arg.of(runStart), null, null));
            Tensor isFirst = t.add(Elementwise.binary(BinaryOp.EQUAL, Arg.of(rank), Arg.of(0L), null, null));
            Tensor starts = t.add(Indexing.flatnonzero(isFirst));
            long slots = starts.size();
            Tensor counts = t.add(Sorting.runLengths(starts, k, name));
            Tensor negated = t.add(Elementwise.binary(BinaryOp.MULTIPLY, Arg.of(counts), Arg.of(-1L), null, null));
            Tensor slotOrder = t.add(Sorting.argsort(negated, 0));
            Tensor slotRank = t.add(Sorting.argsort(slotOrder, 0));
            Tensor slotOfPair = t.add(Scanning.scan(ScanOp.CUMSUM, isFirst, 0));
            Tensor slotIndex = t.add(Elementwise.binary(BinaryOp.SUBTRACT, Arg.of(slotOfPair), Arg.of(1L), null, null));
            Tensor pairSlotRank = t.add(Indexing.take(slotRank, slotIndex, 0));
            Tensor roundMajor = t.add(Elementwise.binary(BinaryOp.MULTIPLY, Arg.of(rank), Arg.of(slots), null, null));
            Tensor key = t.add(Elementwise.binary(BinaryOp.ADD, Arg.of(roundMajor), Arg.of(pairSlotRank), null, null));
            Tensor byRound = t.add(Sorting.argsort(key, 0));
            Tensor roundValues = t.add(Indexing.take(sortedValues, byRound, 0));

            Tensor slotPositions = t.add(Indexing.take(t.add(Indexing.take(sortedPositions, starts, 0)), slotOrder, 0));
            Tensor flatA = t.add(Elementwise.contiguous(name, a, a.dtype));
            Tensor accumulator = t.add(Indexing.take(t.add(flatA.reshape(-1)), slotPositions, 0));
            long[] descending = t.add(Indexing.take(counts, slotOrder, 0)).toLongArray();
            long offset = 0;
            // one launch per round when the op's result type is a's (else compute, then cast into a)
            boolean inPlace = DType.promote(a.dtype, b.dtype) == a.dtype;
            for (long round = 0, active = slots; active > 0; round++) {
                while (active > 0 && descending[(int) active - 1] <= round) {
                    active--;
                }
                if (active == 0) {
                    break;
                }
                try (Tensor prefix = accumulator.slice(0, 0, active, 1);
                     Tensor step = roundValues.slice(0, offset, offset + active, 1)) {
                    if (inPlace) {
                        Elementwise.binary(op, Arg.of(prefix), Arg.of(step), prefix, null);
                    } else {
                        try (Tensor updated = Elementwise.binary(op, Arg.of(prefix), Arg.of(step), null, null)) {
                            Elementwise.copyInto(name, updated, prefix);
                        }
                    }
                }
                offset += active;
            }
            scatterLastWins(name, a, slotPositions, accumulator);
        }
    }

    /**
     * {@code np.fill_diagonal(a, val, wrap)}: a's flat positions 0, step, 2 step, ... (step =
     * 1 + the sum of the cumulative products of a.shape[:-1], i.e. a.shape[1] + 1 for a matrix)
     * below end (a.shape[1]^2 for a matrix without wrap, else a.size) get {@code val.flat}
     * cyclically, cast to a's type unsafely. O(n), no sort.
     */
    static void fillDiagonal(Tensor a, Tensor val, boolean wrap) {
        String name = "fillDiagonal";
        checkTarget(name, a);
        Objects.requireNonNull(val, name + ": val is null");
        val.checkOpen(name);
        Elementwise.commonBackend(name, List.of(a, val));
        if (a.ndim() < 2) {
            throw new IllegalArgumentException(name + ": a must be at least 2-d, got shape " + Shape.toString(a.shape));
        }
        long step = 1;
        long end = a.size();
        if (a.ndim() == 2) {
            step = a.shape[1] + 1;
            if (!wrap) {
                end = Math.min(end, a.shape[1] * a.shape[1]);
            }
        } else {
            long product = 1;
            for (int d = 0; d < a.ndim(); d++) {
                if (a.shape[d] != a.shape[0]) {
                    throw new IllegalArgumentException(name + ": all dimensions of a must have the same length for "
                            + "more than 2 dimensions, got shape " + Shape.toString(a.shape));
                }
                if (d < a.ndim() - 1) {
                    product *= a.shape[d];
                    step += product;
                }
            }
        }
        long n = a.size();
        if (n == 0 || val.size() == 0) {
            return;
        }
        try (Temporaries t = new Temporaries()) {
            Backend backend = a.backend();
            Tensor positions = t.add(Creation.arange(backend, 0, n, 1, DType.INT64));
            Tensor offDiagonal = t.add(Elementwise.binary(BinaryOp.REMAINDER, Arg.of(positions), Arg.of(step), null,
                    null));
            Tensor onDiagonal = t.add(Elementwise.binary(BinaryOp.EQUAL, Arg.of(offDiagonal), Arg.of(0L), null, null));
            Tensor inRange = t.add(Elementwise.binary(BinaryOp.LESS, Arg.of(positions), Arg.of(end), null, null));
            Tensor chosen = t.add(Elementwise.binary(BinaryOp.LOGICAL_AND, Arg.of(onDiagonal), Arg.of(inRange), null,
                    null));
            Tensor ordinal = t.add(Elementwise.binary(BinaryOp.FLOOR_DIVIDE, Arg.of(positions), Arg.of(step), null,
                    null));
            writeCyclic(name, a, chosen, ordinal, t.add(val.reshape(-1)), t);
        }
    }

    /**
     * {@link #fillDiagonal(Tensor, Tensor, boolean)} with a Java double, converted as NumPy
     * converts a Python float: truncated toward zero for an integer a, where NaN, infinity or a
     * value out of a's range is an error.
     */
    static void fillDiagonal(Tensor a, double val, boolean wrap) {
        String name = "fillDiagonal";
        checkTarget(name, a);
        if (a.dtype.isInteger()) {
            if (!a.dtype.holdsIntegerPartOf(val)) {
                throw new IllegalArgumentException(name + ": cannot convert " + val + " to a's " + a.dtype.numpyName()
                        + " (valid: a finite number whose integer part fits)");
            }
        }
        try (Tensor source = Creation.scalar(a.backend(), DType.FLOAT64, false, 0, val)) {
            fillDiagonal(a, source, wrap);
        }
    }

    /**
     * {@link #fillDiagonal(Tensor, Tensor, boolean)} with a Java long, converted as NumPy converts
     * a Python int: out of the range of an integer a's type is an error.
     */
    static void fillDiagonal(Tensor a, long val, boolean wrap) {
        String name = "fillDiagonal";
        checkTarget(name, a);
        if (!a.dtype.holds(val)) {
            throw new IllegalArgumentException(name + ": Java integer " + val + " is out of bounds for a's "
                    + a.dtype.numpyName() + " (valid: " + a.dtype.minValue() + ".." + a.dtype.maxValue() + ")");
        }
        try (Tensor source = Creation.scalar(a.backend(), DType.INT64, true, val, val)) {
            fillDiagonal(a, source, wrap);
        }
    }

    /**
     * Writes {@code values[j]} into {@code a.flat[positions[j]]} for every j, the last j winning
     * among equal positions; positions are int64 in [0, a.size()), values any type (cast to a's
     * unsafely). Sort, search and one masked copy, all on a's backend: see the class comment.
     */
    static void scatterLastWins(String name, Tensor a, Tensor positions, Tensor values) {
        long n = a.size();
        if (positions.size() == 0 || n == 0) {
            return;
        }
        Backend backend = a.backend();
        try (Temporaries t = new Temporaries()) {
            Tensor order = t.add(Sorting.argsort(positions, 0));
            Tensor sortedPositions = t.add(Indexing.take(positions, order, 0));
            Tensor sortedValues = t.add(Indexing.take(values, order, 0));
            Tensor every = t.add(Creation.arange(backend, 0, n, 1, DType.INT64));
            // side="right" finds one past the last equal position: the last write of it in the caller's order
            Tensor after = t.add(Searching.searchsorted(sortedPositions, Arg.of(every), "right", null));
            Tensor last = t.add(Elementwise.binary(BinaryOp.SUBTRACT, Arg.of(after), Arg.of(1L), null, null));
            Tensor clipped = t.add(Elementwise.binary(BinaryOp.MAXIMUM, Arg.of(last), Arg.of(0L), null, null));
            Tensor candidate = t.add(Indexing.take(sortedPositions, clipped, 0));
            Tensor hit = t.add(Elementwise.binary(BinaryOp.EQUAL, Arg.of(candidate), Arg.of(every), null, null));
            Tensor gathered = t.add(Indexing.take(sortedValues, clipped, 0));
            Elementwise.copyInto(name, t.add(gathered.reshape(a.shape)), a, t.add(hit.reshape(a.shape)));
        }
    }

    /** Copies {@code source.flat[ordinal[i] % len(source)]} into {@code a.flat[i]} where {@code mask[i]} (all flat). */
    private static void writeCyclic(String name, Tensor a, Tensor mask, Tensor ordinal, Tensor source, Temporaries t) {
        long count = source.size();
        Tensor wrapped = t.add(Elementwise.binary(BinaryOp.REMAINDER, Arg.of(ordinal), Arg.of(count), null, null));
        Tensor values = t.add(Indexing.take(source, wrapped, 0));
        Elementwise.copyInto(name, t.add(values.reshape(a.shape)), a, t.add(mask.reshape(a.shape)));
    }

    /** {@code source} (1-d) repeated cyclically or cut to {@code k} elements. */
    private static Tensor cyclic(String name, Tensor source, long k, Temporaries t) {
        long count = source.size();
        if (count >= k) {
            return source.slice(0, 0, k, 1);
        }
        Tensor serial = t.add(Creation.arange(source.backend(), 0, k, 1, DType.INT64));
        Tensor wrapped = t.add(Elementwise.binary(BinaryOp.REMAINDER, Arg.of(serial), Arg.of(count), null, null));
        return Indexing.take(source, wrapped, 0);
    }

    /** The shape put_along_axis writes: indices' along the axis, indices and a broadcast in the others. */
    private static long[] alongAxisShape(String name, Tensor a, Tensor indices, int axis) {
        long[] shape = new long[a.ndim()];
        for (int d = 0; d < shape.length; d++) {
            if (d == axis || indices.shape[d] == a.shape[d] || a.shape[d] == 1) {
                shape[d] = indices.shape[d];
            } else if (indices.shape[d] == 1) {
                shape[d] = a.shape[d];
            } else {
                throw new IllegalArgumentException(name + ": indices " + Shape.toString(indices.shape) + " and a "
                        + Shape.toString(a.shape) + " do not broadcast in axis " + d);
            }
        }
        return shape;
    }

    /** The int64 flat positions in a (C order) of the put_along_axis targets, contiguous, of size(target). */
    private static Tensor linearPositions(String name, Tensor a, Tensor indices, int axis, long[] target,
                                          Temporaries t) {
        long[] strides = Shape.contiguousStrides(a.shape);
        Tensor checked = t.add(Indexing.checkedIndices(name, indices, a.shape[axis], axis));
        Tensor linear = t.add(Elementwise.binary(BinaryOp.MULTIPLY, Arg.of(checked), Arg.of(strides[axis]), null,
                null));
        for (int d = 0; d < target.length; d++) {
            if (d == axis || a.shape[d] == 1) {
                continue;
            }
            long[] along = new long[target.length];
            Arrays.fill(along, 1);
            along[d] = target[d];
            long stride = strides[d];
            Tensor steps = t.add(Creation.generateIntegers(a.backend(), DType.INT64, new long[] {target[d]},
                    i -> i * stride));
            linear = t.add(Elementwise.binary(BinaryOp.ADD, Arg.of(linear), Arg.of(t.add(steps.reshape(along))), null,
                    null));
        }
        Tensor full = t.add(Elementwise.contiguous(name, t.add(linear.broadcastTo(target)), DType.INT64));
        return full.reshape(-1);
    }

    /** values, without leading length-1 axes beyond the target's (NumPy allows those), checked to broadcast. */
    private static Tensor fittedValues(String name, Tensor values, long[] target) {
        long[] trimmed = assignableShape(values.shape, target);
        if (trimmed == null) {
            throw new IllegalArgumentException(name + ": values of shape " + Shape.toString(values.shape)
                    + " do not broadcast to the indexed shape " + Shape.toString(target));
        }
        return values.reshape(trimmed);
    }

    /**
     * A value's shape without the leading length-1 axes it has beyond the target's (NumPy's
     * assignment drops those), or null when the rest does not broadcast to the target.
     */
    static long[] assignableShape(long[] shape, long[] target) {
        int extra = shape.length - target.length;
        for (int d = 0; d < extra; d++) {
            if (shape[d] != 1) {
                return null;
            }
        }
        long[] trimmed = extra > 0 ? Arrays.copyOfRange(shape, extra, shape.length) : shape;
        return Broadcast.broadcastsTo(trimmed, target) ? trimmed : null;
    }

    private static void checkTarget(String name, Tensor a) {
        Objects.requireNonNull(a, name + ": a is null");
        a.checkOpen(name);
        Elementwise.checkWritable(name, "a", a);
    }

    private static void checkMasked(String name, Tensor a, Tensor mask, Tensor values, String role) {
        checkTarget(name, a);
        Objects.requireNonNull(mask, name + ": mask is null");
        Objects.requireNonNull(values, name + ": " + role + " is null");
        mask.checkOpen(name);
        values.checkOpen(name);
        Elementwise.commonBackend(name, List.of(a, mask, values));
        if (mask.size() != a.size()) {
            throw new IllegalArgumentException(name + ": mask has " + mask.size() + " elements "
                    + Shape.toString(mask.shape) + " but a has " + a.size() + " " + Shape.toString(a.shape)
                    + "; they must be the same size");
        }
    }

    private static void checkSafeCast(String name, Tensor values, String role, Tensor a) {
        if (!values.dtype.canCastSafelyTo(a.dtype)) {
            throw new IllegalArgumentException(name + ": cannot cast " + role + " from " + values.dtype.numpyName()
                    + " to a's " + a.dtype.numpyName() + " (casting='safe', as NumPy's " + name
                    + "); convert them with astype");
        }
    }

    /**
     * add.at of integers into an integer a in a fixed number of launches: wrapping integer addition
     * is associative, so each position's values may be summed at once (differences of one int64
     * running sum over the values sorted by position) and added to a in one step; the cast back to
     * a's type wraps as NumPy's step-by-step casts do.
     */
    private static void addIntegers(String name, Temporaries t, Tensor a, Tensor sortedPositions, Tensor sortedValues,
                                    long k) {
        Backend backend = a.backend();
        Tensor starts = t.add(Sorting.runStarts(sortedPositions, name, true));
        Tensor wide = t.add(Elementwise.converted(name, sortedValues, DType.INT64));
        Tensor running = t.add(Scanning.scan(ScanOp.CUMSUM, wide, 0));
        Tensor zero = t.add(Creation.scalar(backend, DType.INT64, true, 0, 0));
        Tensor padded = t.add(Joining.concatenate(name, new Tensor[] {t.add(zero.reshape(1)), running}, 0, null));
        Tensor bounds = t.add(Sorting.runBounds(starts, k, name));
        Tensor after = t.add(Indexing.take(padded, t.add(bounds.slice(0, 1, bounds.size(), 1)), 0));
        Tensor before = t.add(Indexing.take(padded, starts, 0));
        Tensor sums = t.add(Elementwise.binary(BinaryOp.SUBTRACT, Arg.of(after), Arg.of(before), null, null));
        Tensor positions = t.add(Indexing.take(sortedPositions, starts, 0));
        Tensor flatA = t.add(Elementwise.contiguous(name, a, a.dtype));
        Tensor current = t.add(Indexing.take(t.add(flatA.reshape(-1)), positions, 0));
        Tensor total = t.add(Elementwise.binary(BinaryOp.ADD, Arg.of(current), Arg.of(sums), null, null));
        scatterLastWins(name, a, positions, t.add(Elementwise.converted(name, total, a.dtype)));
    }

    private static long[] concat(long[] first, long[] second) {
        long[] joined = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, joined, first.length, second.length);
        return joined;
    }
}
