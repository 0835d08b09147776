package io.jtensor;

import io.jtensor.internal.Axes;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * NumPy's functional programming helpers ({@code numpy/lib/_function_base_impl.py},
 * {@code _shape_base_impl.py}, {@code _twodim_base_impl.py}): {@code piecewise},
 * {@code fromfunction}, {@code apply_along_axis}, {@code apply_over_axes} and
 * {@code mask_indices}. Each calls the caller's Java function the way NumPy calls the Python one
 * (how often, with which arguments, in which order) and assembles the results with jtensor's own
 * ops on the input's backend.
 */
final class Functional {

    private Functional() {
    }

    /**
     * {@code np.piecewise(x, condlist, funclist)}: y starts as zeros of x's type; for each
     * condition in order (later ones win), {@code y[cond] = f(x[cond])} (f called only when the
     * condition selects something) or {@code y[cond] = constant}; one function more than
     * conditions is the "otherwise" case, applied where no condition holds. Values are cast to x's
     * type as NumPy's item assignment casts them (unsafely: 2.7 into int32 gives 2).
     */
    static Tensor piecewise(Tensor x, Tensor[] condlist, List<?> funclist) {
        String name = "piecewise";
        Objects.requireNonNull(x, name + ": x is null");
        Objects.requireNonNull(condlist, name + ": condlist is null");
        Objects.requireNonNull(funclist, name + ": funclist is null");
        x.checkOpen(name);
        int n = condlist.length;
        int n2 = funclist.size();
        if (n2 != n && n2 != n + 1) {
            throw new IllegalArgumentException(name + ": with " + n + " condition(s), either " + n + " or " + (n + 1)
                    + " functions are expected, got " + n2);
        }
        for (int i = 0; i < n2; i++) {
            Object f = funclist.get(i);
            if (!(f instanceof Function<?, ?>) && !(f instanceof Number) && !(f instanceof Boolean)) {
                throw new IllegalArgumentException(name + ": funclist[" + i + "] is "
                        + (f == null ? "null" : "a " + f.getClass().getName())
                        + "; pass a Function<Tensor, Tensor>, a Number or a Boolean");
            }
        }
        try (Temporaries t = new Temporaries()) {
            Tensor[] conditions = new Tensor[n2];
            for (int i = 0; i < n; i++) {
                Tensor c = Objects.requireNonNull(condlist[i], name + ": condlist[" + i + "] is null");
                c.checkOpen(name);
                if (!Arrays.equals(c.shape, x.shape)) {
                    // NumPy's y[cond] rejects a boolean index of another shape with an IndexError
                    throw new IndexOutOfBoundsException(name + ": condlist[" + i + "] has shape "
                            + Shape.toString(c.shape) + " but x has shape " + Shape.toString(x.shape)
                            + "; each condition must have x's shape");
                }
                if (c.backend() != x.backend()) {
                    throw new IllegalArgumentException(name + ": condlist[" + i + "] is on the " + c.backend().name()
                            + " backend but x is on the " + x.backend().name() + " backend");
                }
                conditions[i] = c.dtype == DType.BOOL ? c : t.add(c.astype(DType.BOOL));
            }
            if (n2 == n + 1) {
                Tensor any = t.add(Elementwise.full(x.backend(), x.shape, 0, DType.BOOL));
                for (int i = 0; i < n; i++) {
                    Elementwise.binary(io.jtensor.op.BinaryOp.LOGICAL_OR, Elementwise.Arg.of(any),
                            Elementwise.Arg.of(conditions[i]), any, null);
                }
                conditions[n] = t.add(Elementwise.unary(io.jtensor.op.UnaryOp.LOGICAL_NOT, any, null, null));
            }
            Tensor y = Tensor.allocate(x.backend(), x.dtype, x.shape);
            try {
                for (int i = 0; i < n2; i++) {
                    assign(name, y, x, conditions[i], funclist.get(i), i, t);
                }
            } catch (RuntimeException e) {
                y.close();
                throw e;
            }
            return y;
        }
    }

    /** {@code y[cond] = f(x[cond])} or {@code y[cond] = constant}, as NumPy's item assignment casts. */
    @SuppressWarnings("unchecked")
    private static void assign(String name, Tensor y, Tensor x, Tensor cond, Object f, int i, Temporaries t) {
        Tensor values;
        if (f instanceof Function<?, ?> function) {
            Tensor selected = t.add(Indexing.extract(cond, x));
            if (selected.size() == 0) {
                return;
            }
            Tensor result = ((Function<Tensor, Tensor>) function).apply(selected);
            if (result == null) {
                throw new IllegalArgumentException(name + ": funclist[" + i + "] returned null");
            }
            result.checkOpen(name);
            if (result.backend() != y.backend()) {
                throw new IllegalArgumentException(name + ": funclist[" + i + "] returned a tensor on the "
                        + result.backend().name() + " backend but x is on the " + y.backend().name() + " backend");
            }
            if (result.size() != 1 && result.size() != selected.size()) {
                throw new IllegalArgumentException(name + ": funclist[" + i + "] returned " + result.size()
                        + " values " + Shape.toString(result.shape) + " for the " + selected.size()
                        + " elements its condition selects; return one value or one per element");
            }
            // not closed: the function may return a tensor its caller still holds (the Cleaner frees it)
            values = result;
        } else {
            double constant = f instanceof Boolean b ? (b ? 1 : 0) : ((Number) f).doubleValue();
            if (y.dtype.isInteger() && f instanceof Number number) {
                // NumPy converts the constant as Python's int() would (truncating a float), then
                // rejects a value outside x's type (OverflowError) or a NaN/Inf (ValueError)
                boolean integral = number instanceof Long || number instanceof Integer || number instanceof Short
                        || number instanceof Byte;
                if (!integral && !Double.isFinite(constant)) {
                    throw new IllegalArgumentException(name + ": cannot convert the constant " + number
                            + " of funclist[" + i + "] to an integer (x's type " + y.dtype.numpyName() + ")");
                }
                double truncated = integral ? 0 : DType.truncate(constant);
                boolean fits = integral ? y.dtype.holds(number.longValue()) : y.dtype.holdsTruncated(truncated);
                if (!fits) {
                    throw new IllegalArgumentException(name + ": the constant " + number + " of funclist[" + i
                            + "] is out of bounds for " + y.dtype.numpyName() + " (x's type)");
                }
                long v = integral ? number.longValue() : (long) truncated;
                try (Tensor one = Creation.scalar(y.backend(), y.dtype, true, v, v)) {
                    Scattering.place(y, cond, one);
                }
                return;
            }
            values = t.add(Elementwise.full(y.backend(), new long[0], constant, y.dtype));
        }
        Tensor cast = values.dtype == y.dtype ? values : t.add(values.astype(y.dtype));
        // place cycles through its values: with one value or one per selected element that is
        // exactly NumPy's y[cond] = values
        Scattering.place(y, cond, cast);
    }

    /**
     * {@code np.fromfunction(function, shape, dtype)}: calls function once with the index grids
     * {@code np.indices(shape, dtype)} (one tensor of shape {@code shape} per dimension) and
     * returns what it returns.
     */
    static Tensor fromfunction(Function<Tensor[], Tensor> function, long[] shape, DType dtype) {
        String name = "fromfunction";
        Objects.requireNonNull(function, name + ": function is null");
        Objects.requireNonNull(shape, name + ": shape is null");
        Objects.requireNonNull(dtype, name + ": dtype is null");
        for (long d : shape) {
            if (d < 0) {
                throw new IllegalArgumentException(name + ": negative dimensions are not allowed, got shape "
                        + Shape.toString(shape));
            }
        }
        try (Tensor grids = IndexArrays.indices(Np.currentBackend(), shape, dtype)) {
            Tensor[] args = new Tensor[shape.length];
            Tensor result = null;
            try {
                for (int d = 0; d < shape.length; d++) {
                    args[d] = grids.select(0, d);
                }
                result = function.apply(args);
                return result;
            } finally {
                // a grid the function returns (g -> g[0]) stays open
                for (Tensor arg : args) {
                    if (arg != null && arg != result) {
                        arg.close();
                    }
                }
            }
        }
    }

    /**
     * {@code np.apply_along_axis(func1d, axis, arr)}: func1d is called on every 1-d line along
     * the axis, in C order of the other indices; the first result fixes the result's type and the
     * shape that replaces the axis (a 0-d result drops it); later results are cast to that type
     * and must broadcast to that shape.
     */
    static Tensor applyAlongAxis(Function<Tensor, Tensor> func1d, int axis, Tensor x) {
        String name = "apply_along_axis";
        Objects.requireNonNull(func1d, name + ": func1d is null");
        Objects.requireNonNull(x, name + ": x is null");
        x.checkOpen(name);
        int nd = x.ndim();
        int a = Axes.normalize(name, axis, nd);
        int[] order = new int[nd];
        for (int d = 0, k = 0; d < nd; d++) {
            if (d != a) {
                order[k++] = d;
            }
        }
        order[nd - 1] = a;
        try (Temporaries t = new Temporaries()) {
            Tensor lines = t.add(x.transpose(order));
            long[] outer = Arrays.copyOf(lines.shape, nd - 1);
            long count = Shape.size(outer);
            if (count == 0) {
                throw new IllegalArgumentException(name + ": cannot apply along axis " + axis + " of shape "
                        + Shape.toString(x.shape) + " when any iteration dimensions are 0");
            }
            Tensor buffer = null;
            int resultDims = 0;
            long[] first = null;
            try {
                long[] index = new long[nd - 1];
                for (long i = 0; i < count; i++) {
                    Tensor line = t.add(select(lines, index));
                    Tensor result = func1d.apply(line);
                    if (result == null) {
                        throw new IllegalArgumentException(name + ": func1d returned null for the line at "
                                + Arrays.toString(index));
                    }
                    result.checkOpen(name);
                    if (result.backend() != x.backend()) {
                        throw new IllegalArgumentException(name + ": func1d returned a tensor on the "
                                + result.backend().name() + " backend but x is on the " + x.backend().name()
                                + " backend");
                    }
                    if (buffer == null) {
                        first = result.shape.clone();
                        resultDims = first.length;
                        long[] bufferShape = Arrays.copyOf(outer, outer.length + resultDims);
                        System.arraycopy(first, 0, bufferShape, outer.length, resultDims);
                        buffer = Tensor.allocate(x.backend(), result.dtype, bufferShape);
                    } else if (!broadcastsTo(result.shape, first)) {
                        throw new IllegalArgumentException(name + ": func1d returned shape "
                                + Shape.toString(result.shape) + " for the line at " + Arrays.toString(index)
                                + " but " + Shape.toString(first) + " for the first line; every result must"
                                + " broadcast to the first one's shape");
                    }
                    Tensor slot = t.add(select(buffer, index));
                    // results are not closed: func1d may return a tensor its caller still holds
                    Elementwise.copyInto(name, result, slot);
                    next(index, outer);
                }
                // the result's dimensions go where the axis was
                int bufferDims = buffer.ndim();
                int[] permute = new int[bufferDims];
                int k = 0;
                for (int d = 0; d < a; d++) {
                    permute[k++] = d;
                }
                for (int d = bufferDims - resultDims; d < bufferDims; d++) {
                    permute[k++] = d;
                }
                for (int d = a; d < bufferDims - resultDims; d++) {
                    permute[k++] = d;
                }
                Tensor permuted = buffer.transpose(permute);
                buffer.close();
                return permuted;
            } catch (RuntimeException e) {
                if (buffer != null) {
                    buffer.close();
                }
                throw e;
            }
        }
    }

    /**
     * {@code np.apply_over_axes(func, a, axes)}: for each axis in turn (a negative one counted
     * from a's number of dimensions), {@code res = func(val, axis)}; res must have val's number of
     * dimensions, or one less (then the axis is inserted back as length 1).
     */
    static Tensor applyOverAxes(BiFunction<Tensor, Integer, Tensor> func, Tensor x, int[] axes) {
        String name = "apply_over_axes";
        Objects.requireNonNull(func, name + ": func is null");
        Objects.requireNonNull(x, name + ": x is null");
        Objects.requireNonNull(axes, name + ": axes is null");
        x.checkOpen(name);
        int nd = x.ndim();
        // func's results are not closed: func may return a tensor its caller still holds (the
        // Cleaner frees the others); the views made here to restore an axis are closed once
        // func has answered for them (its result, a view of them included, keeps its memory)
        Tensor value = x;
        Tensor restored = null;
        try {
            for (int axis : axes) {
                int a = axis < 0 ? axis + nd : axis;
                Tensor result = func.apply(value, a);
                if (result == null) {
                    throw new IllegalArgumentException(name + ": func returned null for axis " + axis);
                }
                result.checkOpen(name);
                if (result.ndim() == value.ndim()) {
                    if (restored != null && result != restored) {
                        restored.close();
                        restored = null;
                    }
                    value = result;
                    continue;
                }
                if (result.ndim() + 1 != value.ndim() || a < 0 || a > result.ndim()) {
                    throw new IllegalArgumentException(name + ": func returned shape " + Shape.toString(result.shape)
                            + " for axis " + axis + " of a " + value.ndim() + "-d value; it must return "
                            + value.ndim() + " or " + (value.ndim() - 1) + " dimensions (function is not returning"
                            + " an array of the correct shape)");
                }
                Tensor expanded = result.expandDims(a);
                if (restored != null) {
                    restored.close();
                }
                restored = expanded;
                value = expanded;
            }
            restored = null;
            return value == x ? x.reshape(x.shape) : value;
        } finally {
            if (restored != null) {
                restored.close();
            }
        }
    }

    /**
     * {@code np.mask_indices(n, mask_func, k)}: {@code nonzero(mask_func(ones((n, n), int), k) != 0)},
     * the (row, column) int64 indices where the mask function keeps a one.
     */
    static Tensor[] maskIndices(long n, BiFunction<Tensor, Long, Tensor> maskFunc, long k) {
        String name = "mask_indices";
        Objects.requireNonNull(maskFunc, name + ": maskFunc is null");
        if (n < 0) {
            throw new IllegalArgumentException(name + ": n must be non-negative, got " + n);
        }
        try (Tensor ones = Elementwise.full(Np.currentBackend(), new long[] {n, n}, 1, DType.INT64);
             Tensor masked = Objects.requireNonNull(maskFunc.apply(ones, k), name + ": maskFunc returned null")) {
            masked.checkOpen(name);
            if (masked.ndim() == 0) {
                throw new IllegalArgumentException(name + ": maskFunc returned a 0-d tensor; it must keep the (n, n)"
                        + " shape");
            }
            return Indexing.nonzero(masked);
        }
    }

    /** The sub-tensor at the leading indices {@code index} (a view). */
    private static Tensor select(Tensor x, long[] index) {
        Tensor view = x.reshape(x.shape);
        for (long i : index) {
            Tensor inner = view.select(0, i);
            view.close();
            view = inner;
        }
        return view;
    }

    /** Advances a C-order multi-index over {@code shape}. */
    private static void next(long[] index, long[] shape) {
        for (int d = index.length - 1; d >= 0; d--) {
            if (++index[d] < shape[d]) {
                return;
            }
            index[d] = 0;
        }
    }

    private static boolean broadcastsTo(long[] from, long[] to) {
        if (from.length > to.length) {
            return false;
        }
        for (int i = 1; i <= from.length; i++) {
            long f = from[from.length - i];
            if (f != 1 && f != to[to.length - i]) {
                return false;
            }
        }
        return true;
    }
}
