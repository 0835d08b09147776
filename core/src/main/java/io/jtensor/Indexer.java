package io.jtensor;

import io.jtensor.Elementwise.Arg;
import io.jtensor.backend.Backend;
import io.jtensor.op.BinaryOp;

import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * NumPy's {@code x[index]} and {@code x[index] = value} ({@link Tensor#get(Object...)},
 * {@link Tensor#set(Object, Object...)}).
 *
 * <p>Basic items (integers, slices, new axes, the ellipsis) walk a chain of views. With any
 * advanced item (an integer or bool array) NumPy makes every integer a 0-d index array; that
 * changes no shape, only whether the advanced items are adjacent, so integers still apply as
 * views and only count in that rule. The basic items are applied first, keeping the advanced axes, then the index
 * arrays (masks through {@code nonzero}, a host read-back as in NumPy) are bounds-checked on the
 * device, combined into one int64 linear position per result element and gathered with one
 * {@code take}: along the advanced axes in place when they are adjacent, else after moving them
 * to the front, which is where NumPy puts their broadcast dimensions. Assignment through advanced
 * indices gathers the flat positions of the targets the same way (from an arange) and writes with
 * {@link Scattering#scatterLastWins}: the last of repeated positions wins, on every backend.
 * As NumPy's, index arrays of 1+ dimensions whose broadcast is empty are not bounds-checked, a mask's
 * axes of length 0 are not shape-checked, an index of {@code x.ndim()} integers (0-d integer arrays count)
 * assigns one element, so the value must be 0-d (of size 1 for a bool x), and a lone mask as deep
 * as x takes a 0-d or 1-d value only.
 */
final class Indexer {

    private static final String NAME = "index";

    /** SEPARATOR marks where the ellipsis stood: even when it covers no axis it separates advanced items, as in NumPy. */
    private enum Kind { INTEGER, SLICE, NEW_AXIS, ARRAY, MASK, SEPARATOR }

    /** One parsed item: an integer value, a slice, a new axis, an integer array or a bool mask. */
    private record Item(Kind kind, long integer, Slice slice, Tensor tensor) {
        int consumed() {
            return switch (kind) {
                case INTEGER, SLICE, ARRAY -> 1;
                case NEW_AXIS, SEPARATOR -> 0;
                case MASK -> tensor.ndim();
            };
        }
    }

    /** An index array on an axis of the basic view, with the axis of x it indexes (for messages). */
    private record Advanced(Tensor indices, int axis, int sourceAxis, boolean checked) {
    }

    private Indexer() {
    }

    /** {@code x[index]}: a view for basic items only, else a new tensor on x's backend. */
    static Tensor get(Tensor x, Object[] index) {
        Objects.requireNonNull(x, NAME + ": x is null");
        Objects.requireNonNull(index, NAME + ": the index array is null");
        x.checkOpen(NAME);
        try (Temporaries t = new Temporaries()) {
            return apply(x, parse(x, index, t), t);
        }
    }

    /** {@code x[index] = value}, value cast unsafely to x's type and broadcast to the indexed shape. */
    static void set(Tensor x, Object value, Object[] index) {
        Objects.requireNonNull(x, NAME + ": x is null");
        Objects.requireNonNull(index, NAME + ": the index array is null");
        x.checkOpen(NAME);
        Elementwise.checkWritable(NAME, "x", x);
        try (Temporaries t = new Temporaries()) {
            Tensor source = valueTensor(x, value, t);
            List<Item> items = parse(x, index, t);
            // NumPy's element assignment takes a scalar (for a bool x, anything with one truth value)
            if (source.ndim() > 0 && items.size() == x.ndim() && items.stream().allMatch(i -> i.kind == Kind.INTEGER
                    || i.kind == Kind.ARRAY && i.tensor.ndim() == 0)
                    && !(x.dtype == DType.BOOL && source.size() == 1)) {
                throw new IllegalArgumentException(NAME + ": setting an array element with a sequence: an index of "
                        + x.ndim() + " integers selects one element of x, and the value has shape "
                        + numpyShape(source.shape) + " (valid: a scalar or a 0-d tensor; NumPy's ValueError)");
            }
            // NumPy's boolean assignment (one mask as deep as x) takes 0-d and 1-d values only
            if (source.ndim() > 1 && items.size() == 1 && items.get(0).kind == Kind.MASK
                    && items.get(0).tensor.ndim() == x.ndim()) {
                throw new IllegalArgumentException(NAME + ": boolean array indexing assignment requires a 0 or "
                        + "1-dimensional input, input has " + source.ndim() + " dimensions (x[mask] = value with a mask "
                        + "of x's " + x.ndim() + " dimensions; NumPy's TypeError)");
            }
            boolean advanced = items.stream().anyMatch(i -> i.kind == Kind.ARRAY || i.kind == Kind.MASK);
            if (!advanced) {
                Tensor target = t.add(apply(x, items, t));
                Tensor fitted = fitted(source, target.shape, t, "could not broadcast input array from shape "
                        + numpyShape(source.shape) + " into shape " + numpyShape(target.shape));
                Elementwise.copyInto(NAME, fitted, target);
                return;
            }
            Tensor every = t.add(Creation.arange(x.backend(), 0, x.size(), 1, DType.INT64));
            Tensor positions = t.add(apply(t.add(every.reshape(x.shape)), items, t));
            Tensor fitted = fitted(source, positions.shape, t, "shape mismatch: value array of shape "
                    + numpyShape(source.shape) + " could not be broadcast to indexing result of shape "
                    + numpyShape(positions.shape));
            if (positions.size() == 0) {
                return;
            }
            Tensor values = t.add(t.add(fitted.broadcastTo(positions.shape)).reshape(-1));
            Scattering.scatterLastWins(NAME, x, t.add(positions.reshape(-1)), values);
        }
    }

    /** The items of the index, the ellipsis expanded into full slices, after NumPy's parse-time checks. */
    private static List<Item> parse(Tensor x, Object[] index, Temporaries t) {
        List<Item> items = new ArrayList<>();
        int ellipsis = -1;
        for (Object o : index) {
            if (o == Index.ELLIPSIS) {
                if (ellipsis >= 0) {
                    throw new IllegalArgumentException(NAME + ": an index can only have a single ellipsis ('...')");
                }
                ellipsis = items.size();
                continue;
            }
            items.add(item(x, o, t));
        }
        int consumed = items.stream().mapToInt(Item::consumed).sum();
        if (consumed > x.ndim()) {
            throw new IndexOutOfBoundsException(NAME + ": too many indices for array: array is " + x.ndim()
                    + "-dimensional, but " + consumed + " were indexed");
        }
        if (ellipsis >= 0) {
            items.add(ellipsis, new Item(Kind.SEPARATOR, 0, null, null));
            for (int k = 0; k < x.ndim() - consumed; k++) {
                items.add(ellipsis, new Item(Kind.SLICE, 0, Slice.ALL, null));
            }
        }
        return items;
    }

    private static Item item(Tensor x, Object o, Temporaries t) {
        Backend backend = x.backend();
        if (o instanceof Integer || o instanceof Long || o instanceof Short || o instanceof Byte) {
            return new Item(Kind.INTEGER, ((Number) o).longValue(), null, null);
        }
        if (o instanceof Slice s) {
            return new Item(Kind.SLICE, 0, s, null);
        }
        if (o == Index.NEW_AXIS) {
            return new Item(Kind.NEW_AXIS, 0, null, null);
        }
        if (o instanceof Boolean b) {
            return new Item(Kind.MASK, 0, null, t.add(Creation.scalar(backend, DType.BOOL, true, b ? 1 : 0, 0)));
        }
        if (o instanceof long[] values) {
            return new Item(Kind.ARRAY, 0, null, t.add(longs(backend, values)));
        }
        if (o instanceof int[] values) {
            return new Item(Kind.ARRAY, 0, null, t.add(longs(backend, Arrays.stream(values).asLongStream().toArray())));
        }
        if (o instanceof boolean[] values) {
            byte[] bytes = new byte[values.length];
            for (int i = 0; i < values.length; i++) {
                bytes[i] = (byte) (values[i] ? 1 : 0);
            }
            return new Item(Kind.MASK, 0, null, t.add(Creation.fromHost(backend, DType.BOOL,
                    MemorySegment.ofArray(bytes), new long[] {values.length})));
        }
        if (o instanceof Tensor array) {
            array.checkOpen(NAME);
            Elementwise.commonBackend(NAME, List.of(x, array));
            if (array.dtype == DType.BOOL) {
                return new Item(Kind.MASK, 0, null, array);
            }
            if (!array.dtype.isInteger()) {
                throw new IllegalArgumentException(NAME + ": arrays used as indices must be of integer (or boolean) "
                        + "type, got " + array.dtype.numpyName() + " (NumPy's IndexError; convert with astype)");
            }
            return new Item(Kind.ARRAY, 0, null, array);
        }
        if (o == null) {
            throw new IllegalArgumentException(NAME + ": null is not an index; write Index.NEW_AXIS for NumPy's None");
        }
        throw new IllegalArgumentException(NAME + ": only integers, slices (Slice), ellipsis (Index.ELLIPSIS), "
                + "Index.NEW_AXIS and integer or boolean arrays (Tensor, long[], int[], boolean[]) are valid indices, "
                + "got " + o.getClass().getSimpleName() + " " + o);
    }

    /** Applies parsed items to x: the basic view, then the advanced gather if any. */
    private static Tensor apply(Tensor x, List<Item> items, Temporaries t) {
        boolean advanced = items.stream().anyMatch(i -> i.kind == Kind.ARRAY || i.kind == Kind.MASK);
        Backend backend = x.backend();
        Tensor view = t.add(t.add(x.expandDims(0)).select(0, 0));
        List<Advanced> arrays = new ArrayList<>();
        int axis = 0;
        int sourceAxis = 0;
        // the advanced items (integers among them) are adjacent when nothing else stands between them
        int firstAdvanced = -1;
        int lastAdvanced = -1;
        int advancedItems = 0;
        for (int position = 0; position < items.size(); position++) {
            Item item = items.get(position);
            if (advanced && (item.kind == Kind.INTEGER || item.kind == Kind.ARRAY || item.kind == Kind.MASK)) {
                firstAdvanced = firstAdvanced < 0 ? position : firstAdvanced;
                lastAdvanced = position;
                advancedItems++;
            }
            switch (item.kind) {
                case INTEGER -> {
                    long length = view.shape[axis];
                    long i = item.integer < 0 ? item.integer + length : item.integer;
                    if (i < 0 || i >= length) {
                        throw new IndexOutOfBoundsException(NAME + ": index " + item.integer + " is out of bounds for axis "
                                + sourceAxis + " with size " + length + " (valid: " + -length + ".." + (length - 1) + ")");
                    }
                    // NumPy makes it a 0-d index array when there are advanced items; a 0-d array
                    // broadcasts to any shape, so only its place matters (counted above) and a view does it
                    view = t.add(view.select(axis, i));
                    sourceAxis++;
                }
                case SLICE -> {
                    Slice s = item.slice;
                    long step = s.stepOrOne();
                    long start = s.start() != null ? s.start() : step > 0 ? 0 : Long.MAX_VALUE;
                    long stop = s.stop() != null ? s.stop() : step > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
                    view = t.add(view.slice(axis++, start, stop, step));
                    sourceAxis++;
                }
                case NEW_AXIS -> view = t.add(view.expandDims(axis++));
                case SEPARATOR -> {
                }
                case ARRAY -> arrays.add(new Advanced(item.tensor, axis++, sourceAxis++, true));
                case MASK -> {
                    Tensor mask = item.tensor;
                    if (mask.ndim() == 0) {
                        // a 0-d mask adds an axis of length 1 indexed by [0] (true) or [] (false), as NumPy
                        view = t.add(view.expandDims(axis));
                        boolean truth = mask.toBooleanArray()[0];
                        arrays.add(new Advanced(t.add(longs(backend, truth ? new long[] {0} : new long[0])), axis++,
                                sourceAxis, false));
                        continue;
                    }
                    // NumPy does not check a mask's axes of length 0 (zeros((3, 2))[zeros((0, 2), bool)] is empty)
                    for (int j = 0; j < mask.ndim(); j++) {
                        if (mask.shape[j] != 0 && mask.shape[j] != view.shape[axis + j]) {
                            throw new IllegalArgumentException(NAME + ": boolean index did not match indexed array "
                                    + "along axis " + (sourceAxis + j) + "; size of axis is " + view.shape[axis + j]
                                    + " but size of corresponding boolean axis is " + mask.shape[j]);
                        }
                    }
                    Tensor[] coordinates = Indexing.nonzero(mask);
                    for (Tensor c : coordinates) {
                        arrays.add(new Advanced(t.add(c), axis++, sourceAxis++, false));
                    }
                }
            }
        }
        if (!advanced) {
            return identityView(view);
        }
        return gather(view, arrays, lastAdvanced - firstAdvanced + 1 == advancedItems, t);
    }

    /** The advanced part: one take of linear positions along the (moved or merged) advanced axes. */
    private static Tensor gather(Tensor view, List<Advanced> arrays, boolean adjacent, Temporaries t) {
        long[][] shapes = arrays.stream().map(a -> a.indices.shape).toArray(long[][]::new);
        long[] broadcast = broadcastShapes(shapes);
        int count = arrays.size();
        int first = arrays.get(0).axis;
        int ndim = view.ndim();
        int[] order = new int[ndim];
        int[] advancedAxes = arrays.stream().mapToInt(Advanced::axis).toArray();
        if (adjacent) {
            Arrays.setAll(order, d -> d);
        } else {
            int k = 0;
            for (int a : advancedAxes) {
                order[k++] = a;
            }
            for (int d = 0; d < ndim; d++) {
                if (Arrays.binarySearch(advancedAxes, d) < 0) {
                    order[k++] = d;
                }
            }
            first = 0;
        }
        long[] advancedShape = new long[count];
        for (int j = 0; j < count; j++) {
            advancedShape[j] = view.shape[advancedAxes[j]];
        }
        Tensor moved = t.add(view.transpose(order));
        long[] merged = new long[ndim - count + 1];
        System.arraycopy(moved.shape, 0, merged, 0, first);
        merged[first] = Shape.size(advancedShape);
        System.arraycopy(moved.shape, first + count, merged, first + 1, ndim - first - count);
        Tensor source = t.add(t.add(Elementwise.contiguous(NAME, moved, moved.dtype)).reshape(merged));
        long[] strides = Shape.contiguousStrides(advancedShape);
        // NumPy checks the index arrays while iterating their broadcast (none when it is empty), 0-d ones as integers
        boolean empty = Shape.size(broadcast) == 0;
        Tensor linear = null;
        for (int j = 0; j < count; j++) {
            Advanced a = arrays.get(j);
            Tensor wrapped = !a.checked ? a.indices
                    : a.indices.size() == 0 || empty && a.indices.ndim() > 0
                    ? t.add(Elementwise.converted(NAME, a.indices, DType.INT64))
                    : t.add(Indexing.checkedIndices(NAME, a.indices, view.shape[a.axis], a.sourceAxis));
            Tensor term = strides[j] == 1 ? wrapped
                    : t.add(Elementwise.binary(BinaryOp.MULTIPLY, Arg.of(wrapped), Arg.of(strides[j]), null, null));
            linear = linear == null ? term
                    : t.add(Elementwise.binary(BinaryOp.ADD, Arg.of(linear), Arg.of(term), null, null));
        }
        if (!Arrays.equals(linear.shape, broadcast)) {
            linear = t.add(linear.broadcastTo(broadcast));
        }
        return Indexing.take(source, linear, first);
    }

    /** NumPy's broadcast of the index arrays, with its IndexError wording. */
    private static long[] broadcastShapes(long[][] shapes) {
        int ndim = Arrays.stream(shapes).mapToInt(s -> s.length).max().orElse(0);
        long[] result = new long[ndim];
        Arrays.fill(result, 1);
        for (long[] shape : shapes) {
            for (int d = 0; d < shape.length; d++) {
                int r = ndim - shape.length + d;
                if (shape[d] != 1 && result[r] != 1 && shape[d] != result[r]) {
                    throw new IllegalArgumentException(NAME + ": shape mismatch: indexing arrays could not be broadcast "
                            + "together with shapes " + Arrays.stream(shapes).filter(s -> s.length > 0)
                            .map(Indexer::numpyShape).collect(Collectors.joining(" ")));
                }
                if (shape[d] != 1) {
                    result[r] = shape[d];
                }
            }
        }
        return result;
    }

    /** The value to write as a tensor on x's backend; Java scalars converted as NumPy converts Python's. */
    private static Tensor valueTensor(Tensor x, Object value, Temporaries t) {
        Backend backend = x.backend();
        if (value instanceof Tensor tensor) {
            tensor.checkOpen(NAME);
            Elementwise.commonBackend(NAME, List.of(x, tensor));
            return tensor;
        }
        if (value instanceof Double || value instanceof Float) {
            double v = ((Number) value).doubleValue();
            if (x.dtype.isInteger()) {
                if (!x.dtype.holdsIntegerPartOf(v)) {
                    throw new IllegalArgumentException(NAME + ": cannot convert " + v + " to x's " + x.dtype.numpyName()
                            + " (valid: a finite number whose integer part fits)");
                }
            }
            return t.add(Creation.scalar(backend, DType.FLOAT64, false, 0, v));
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            long v = ((Number) value).longValue();
            if (!x.dtype.holds(v)) {
                throw new IllegalArgumentException(NAME + ": Java integer " + v + " is out of bounds for x's "
                        + x.dtype.numpyName() + " (valid: " + x.dtype.minValue() + ".." + x.dtype.maxValue() + ")");
            }
            return t.add(Creation.scalar(backend, DType.INT64, true, v, v));
        }
        if (value instanceof Boolean b) {
            return t.add(Creation.scalar(backend, DType.BOOL, true, b ? 1 : 0, b ? 1 : 0));
        }
        throw new IllegalArgumentException(NAME + ": the value must be a Tensor, a double, a long or a boolean, got "
                + (value == null ? "null" : value.getClass().getSimpleName()));
    }

    /** value without leading length-1 axes beyond the target's (NumPy drops those), checked to broadcast. */
    private static Tensor fitted(Tensor value, long[] target, Temporaries t, String mismatch) {
        long[] trimmed = Scattering.assignableShape(value.shape, target);
        if (trimmed == null) {
            throw new IllegalArgumentException(NAME + ": " + mismatch);
        }
        return trimmed.length < value.ndim() ? t.add(value.reshape(trimmed)) : value;
    }

    /** A new view object of the same elements, so the caller may close it independently. */
    private static Tensor identityView(Tensor view) {
        try (Tensor expanded = view.expandDims(0)) {
            return expanded.select(0, 0);
        }
    }

    /** A shape as NumPy prints it in these messages: {@code (2,)}, {@code (2,3)}. */
    private static String numpyShape(long[] shape) {
        String joined = Arrays.stream(shape).mapToObj(Long::toString).collect(Collectors.joining(","));
        return "(" + joined + (shape.length == 1 ? ",)" : ")");
    }

    private static Tensor longs(Backend backend, long[] values) {
        return Creation.fromHost(backend, DType.INT64, MemorySegment.ofArray(values), new long[] {values.length});
    }
}
