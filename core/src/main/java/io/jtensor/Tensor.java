package io.jtensor;

import io.jtensor.backend.Backend;
import io.jtensor.backend.MemoryUsage;
import io.jtensor.backend.Operand;
import io.jtensor.backend.Storage;
import io.jtensor.internal.Axes;
import io.jtensor.internal.Broadcast;
import io.jtensor.internal.SharedStorage;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.ref.Cleaner;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An n-dimensional array of one {@link DType} on one {@link Backend}, with NumPy's view semantics.
 *
 * <p>A tensor is a strided view of backend memory. Views ({@link #reshape}, {@link #transpose},
 * {@link #swapaxes}, {@link #slice}, {@link #squeeze}, {@link #expandDims}, {@link #broadcastTo}) share memory with
 * the tensor they came from: writing into a view with an {@code out=} argument is visible in the
 * base. Operations live in {@link Np}; NumPy's ndarray methods ({@code x.sum(axis)},
 * {@code x.max()}, {@code x.flatten()}, {@code x.tolist()}, ...) are here too, each calling its Np
 * function.
 *
 * <p>{@link #close()} releases this tensor's hold on its memory; the memory is freed when the
 * last tensor sharing it (the base and its views) is closed. A tensor that is never closed is
 * freed after garbage collection. Any use of a closed tensor throws {@link IllegalStateException}
 * naming the operation. A {@link TensorScope} ({@link Np#scope()}, {@link Np#tidy}) closes every
 * tensor created in it, intermediate results included.
 *
 * <pre>{@code
 * try (Tensor x = Np.array(new float[] {1, 2, 3, 4, 5, 6}, 2, 3);
 *      Tensor y = Np.exp(x.T())) {
 *     System.out.println(y);        // [[  2.7182817  54.59815  ] ...
 * }
 * }</pre>
 */
public final class Tensor implements AutoCloseable {

    private static final Cleaner CLEANER = Cleaner.create();

    final SharedStorage storage;
    final DType dtype;
    final long[] shape;
    final long[] strides;
    final long offset;
    /** Whether writes are refused: np.broadcast_to's result and the views of it, as NumPy's read-only flag. */
    final boolean readOnly;
    private final long size;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Cleaner.Cleanable cleanable;

    /** The first user of a fresh storage. */
    Tensor(SharedStorage storage, DType dtype, long[] shape, long[] strides, long offset) {
        this(storage, dtype, shape, strides, offset, false);
    }

    /** The first user of a fresh storage, read-only or not (a file mapped with mode "r"). */
    Tensor(SharedStorage storage, DType dtype, long[] shape, long[] strides, long offset, boolean readOnly) {
        this(storage, dtype, shape, strides, offset, readOnly, "allocate", null);
    }

    /**
     * A view of {@code source}'s memory made by {@code op}. The view registers as one more user of the
     * memory; when another thread closed the last user between {@code op}'s open check and this
     * constructor, the memory is gone and the view is refused, naming {@code op} and the source.
     */
    Tensor(String op, Tensor source, DType dtype, long[] shape, long[] strides, long offset, boolean readOnly) {
        this(source.storage, dtype, shape, strides, offset, readOnly, op, source);
    }

    private Tensor(SharedStorage storage, DType dtype, long[] shape, long[] strides, long offset, boolean readOnly,
                   String op, Tensor source) {
        try {
            storage.retain();
        } catch (IllegalStateException released) {
            throw new IllegalStateException(op + ": the tensor " + Shape.toString(source.shape) + " "
                    + source.dtype.numpyName() + " was closed by another thread while this view of it was made",
                    released);
        }
        this.readOnly = readOnly;
        this.storage = storage;
        this.dtype = dtype;
        this.shape = shape;
        this.strides = strides;
        this.offset = offset;
        this.size = Shape.size(shape);
        this.cleanable = CLEANER.register(this, new Release(storage));
        TensorScope.register(this);
    }

    /** Releases the storage once, whether from close() or from the Cleaner; holds no reference to the tensor. */
    private static final class Release implements Runnable {
        private final SharedStorage storage;
        private final AtomicBoolean done = new AtomicBoolean();

        Release(SharedStorage storage) {
            this.storage = storage;
        }

        @Override
        public void run() {
            if (done.compareAndSet(false, true)) {
                storage.release();
            }
        }
    }

    /** A fresh, zero-filled, C-contiguous tensor. */
    static Tensor allocate(Backend backend, DType dtype, long[] shape) {
        return allocate(backend, dtype, shape, true);
    }

    /**
     * A fresh C-contiguous tensor with undefined contents, for a result the caller's next
     * operation writes whole ({@link Backend#allocateUninitialized}).
     */
    static Tensor allocateUninitialized(Backend backend, DType dtype, long[] shape) {
        return allocate(backend, dtype, shape, false);
    }

    private static Tensor allocate(Backend backend, DType dtype, long[] shape, boolean zeroed) {
        long n = Shape.size(shape);
        if (!backend.supports(dtype)) {
            throw new UnsupportedOperationException("the " + backend.name() + " backend ("
                    + backend.deviceDescription() + ") does not support " + dtype.numpyName());
        }
        long limit = backend.maxAllocationBytes();
        if (n > limit / dtype.byteSize()) {
            throw new UnsupportedOperationException("allocate: a " + dtype.numpyName() + " tensor of shape "
                    + Shape.toString(shape) + " needs "
                    + java.math.BigInteger.valueOf(n).multiply(java.math.BigInteger.valueOf(dtype.byteSize()))
                    + " bytes, but the " + backend.name() + " backend (" + backend.deviceDescription()
                    + ") allows at most " + limit + " bytes in one allocation");
        }
        // n * byteSize cannot overflow past this unless the backend's limit is unbounded; then it
        // certainly exceeds any memory
        long bytes = n <= Long.MAX_VALUE / dtype.byteSize() ? n * dtype.byteSize() : Long.MAX_VALUE;
        Storage allocated = null;
        for (int attempt = 0; allocated == null; attempt++) {
            MemoryUsage memory = backend.memoryUsage();
            long available = memory.bytesAvailable();
            OutOfMemoryError failure = null;
            if (bytes != Long.MAX_VALUE && (available == MemoryUsage.UNKNOWN || bytes <= available)) {
                try {
                    allocated = zeroed ? backend.allocate(dtype, n) : backend.allocateUninitialized(dtype, n);
                } catch (OutOfMemoryError e) {
                    failure = e;
                    memory = backend.memoryUsage();
                }
            }
            // tensors dropped without close() may hold the memory until a garbage collection
            if (allocated == null && (attempt > 0 || bytes == Long.MAX_VALUE
                    || !UnclosedTensors.reclaim(backend, bytes))) {
                throw outOfMemory(backend, dtype, shape, n, memory, failure);
            }
        }
        SharedStorage storage = new SharedStorage(backend, allocated);
        return new Tensor(storage, dtype, shape.clone(), Shape.contiguousStrides(shape), 0);
    }

    /** The error of an allocation that does not fit: the bytes asked, available and in use; the backend stays usable. */
    private static OutOfMemoryError outOfMemory(Backend backend, DType dtype, long[] shape, long n, MemoryUsage memory,
                                                OutOfMemoryError cause) {
        OutOfMemoryError error = new OutOfMemoryError("allocate: a " + dtype.numpyName() + " tensor of shape "
                + Shape.toString(shape) + " needs "
                + java.math.BigInteger.valueOf(n).multiply(java.math.BigInteger.valueOf(dtype.byteSize()))
                + " bytes, but the " + backend.name() + " backend has "
                + (memory.bytesAvailable() == MemoryUsage.UNKNOWN ? "not that much" : memory.bytesAvailable() + " bytes")
                + " available (" + (memory.bytesTotal() == MemoryUsage.UNKNOWN ? "?" : memory.bytesTotal())
                + " in total, " + (memory.bytesInUse() == MemoryUsage.UNKNOWN ? "?" : memory.bytesInUse())
                + " in use by tensors)" + TensorScope.heldOnThisThread(backend)
                + (cause == null ? "" : ": " + cause.getMessage()));
        if (cause != null) {
            error.initCause(cause);
        }
        return error;
    }

    private Tensor view(String op, long[] newShape, long[] newStrides, long newOffset) {
        return new Tensor(op, this, dtype, newShape, newStrides, newOffset, readOnly);
    }

    // ---- metadata -------------------------------------------------------------------------------

    /** The shape (a copy). */
    public long[] shape() {
        return shape.clone();
    }

    /** The size of one dimension; negative indices count from the end. */
    public long shape(int axis) {
        return shape[Axes.normalize("shape", axis, shape.length)];
    }

    /** The element type. */
    public DType dtype() {
        return dtype;
    }

    /** Number of dimensions (0 for a scalar tensor). */
    public int ndim() {
        return shape.length;
    }

    /** Number of elements. */
    public long size() {
        return size;
    }

    /** The backend holding the memory. */
    public Backend backend() {
        return storage.backend();
    }

    /** The element strides of this view (a copy); C-contiguous tensors have {@code Shape.contiguousStrides(shape)}. */
    public long[] strides() {
        return strides.clone();
    }

    /** True when the elements are laid out in C order without gaps (views may not be). */
    public boolean isContiguous() {
        long expected = 1;
        for (int d = shape.length - 1; d >= 0; d--) {
            if (shape[d] != 1 && strides[d] != expected) {
                return size == 0;
            }
            expected *= shape[d];
        }
        return true;
    }

    /** True after {@link #close()}. */
    public boolean isClosed() {
        return closed.get();
    }

    /**
     * Releases this tensor's hold on its memory; idempotent. Views of it stay usable until they
     * are closed too.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            cleanable.clean();
        }
    }

    /** Throws if closed; every operation calls this with its name. */
    void checkOpen(String op) {
        if (closed.get()) {
            throw new IllegalStateException(op + ": the tensor " + Shape.toString(shape) + " " + dtype.numpyName()
                    + " is closed");
        }
    }

    Operand operand(long[] iterationShape) {
        return Operand.of(storage.storage(), dtype, offset, Broadcast.strides(shape, strides, iterationShape));
    }

    Operand operand() {
        return Operand.of(storage.storage(), dtype, offset, strides.clone());
    }

    /**
     * This C-contiguous tensor's memory as a backend operand of unit stride, for the plans that take
     * flat buffers (gather, scan, sort, search).
     */
    Operand flatOperand() {
        return Operand.of(storage.storage(), dtype, offset, new long[] {1});
    }

    // ---- views ------------------------------------------------------------------------------------

    /**
     * A tensor with the same elements in a new shape (one entry may be -1, inferred). A view when
     * the strides allow it, as {@code np.reshape}; otherwise a copy. Other negative sizes are
     * refused, where NumPy 2.4 takes any negative size as the unknown one ({@code reshape(-2)}).
     *
     * @throws IllegalArgumentException when the sizes differ, more than one -1 is given or a size
     *                                  is below -1
     */
    public Tensor reshape(long... newShape) {
        checkOpen("reshape");
        long[] target = resolveReshape(newShape);
        long[] viewStrides = reshapeStrides(target);
        if (viewStrides != null) {
            return view("reshape", target, viewStrides, offset);
        }
        try (Tensor contiguous = copy()) {
            return contiguous.view("reshape", target, Shape.contiguousStrides(target), 0);
        }
    }

    /**
     * {@code x.reshape(shape, copy=copy)} (NumPy 2): copy null is {@link #reshape(long...)} (a view
     * when the strides allow it, else a copy); true always gives a new C-contiguous tensor; false
     * gives the view or refuses.
     *
     * <pre>{@code
     * Tensor m = Np.arange(6).reshape(2, 3);
     * m.reshape(new long[] {3, 2}, false)     // a view of m
     * m.T().reshape(new long[] {6}, false)    // IllegalArgumentException: no view can hold m.T() flattened
     * }</pre>
     *
     * @throws IllegalArgumentException for copy false when no view is possible (NumPy's ValueError
     *                                  "Unable to avoid creating a copy while reshaping"), or as
     *                                  {@link #reshape(long...)}
     */
    public Tensor reshape(long[] shape, Boolean copy) {
        java.util.Objects.requireNonNull(shape, "reshape: shape is null");
        if (copy == null) {
            return reshape(shape);
        }
        checkOpen("reshape");
        long[] target = resolveReshape(shape);
        if (copy) {
            try (Tensor contiguous = copy()) {
                return contiguous.view("reshape", target, Shape.contiguousStrides(target), 0);
            }
        }
        long[] viewStrides = reshapeStrides(target);
        if (viewStrides == null) {
            throw new IllegalArgumentException("reshape: unable to avoid creating a copy while reshaping a tensor of shape "
                    + Shape.toString(this.shape) + " and strides " + Shape.toString(strides) + " into "
                    + Shape.toString(target) + " (copy=false); pass copy null or true");
        }
        return view("reshape", target, viewStrides, offset);
    }

    private long[] resolveReshape(long[] newShape) {
        long[] target = newShape.clone();
        int unknown = -1;
        long known = 1;
        for (int i = 0; i < target.length; i++) {
            if (target[i] == -1) {
                if (unknown >= 0) {
                    throw new IllegalArgumentException("reshape: can only specify one unknown dimension (-1) in "
                            + Shape.toString(newShape));
                }
                unknown = i;
            } else if (target[i] < 0) {
                throw new IllegalArgumentException("reshape: negative dimension " + target[i] + " in "
                        + Shape.toString(newShape));
            } else {
                known = Math.multiplyExact(known, target[i]);
            }
        }
        if (unknown >= 0) {
            if (known == 0 || size % known != 0) {
                throw new IllegalArgumentException("reshape: cannot reshape a tensor of size " + size + " into shape "
                        + Shape.toString(newShape));
            }
            target[unknown] = size / known;
        } else if (known != size) {
            throw new IllegalArgumentException("reshape: cannot reshape a tensor of size " + size + " into shape "
                    + Shape.toString(newShape));
        }
        return target;
    }

    /** NumPy's attempt to reshape without copying; null when a copy is needed. */
    private long[] reshapeStrides(long[] target) {
        if (size == 0 || isContiguous()) {
            return size == 0 ? Shape.contiguousStrides(target) : contiguousStridesFor(target);
        }
        int oldNd = 0;
        long[] oldDims = new long[shape.length];
        long[] oldStrides = new long[shape.length];
        for (int i = 0; i < shape.length; i++) {
            if (shape[i] != 1) {
                oldDims[oldNd] = shape[i];
                oldStrides[oldNd++] = strides[i];
            }
        }
        long[] newStrides = new long[target.length];
        int oi = 0;
        int oj = 1;
        int ni = 0;
        int nj = 1;
        while (ni < target.length && oi < oldNd) {
            long np = target[ni];
            long op = oldDims[oi];
            while (np != op) {
                if (np < op) {
                    np *= target[nj++];
                } else {
                    op *= oldDims[oj++];
                }
            }
            for (int ok = oi; ok < oj - 1; ok++) {
                if (oldStrides[ok] != oldDims[ok + 1] * oldStrides[ok + 1]) {
                    return null;
                }
            }
            newStrides[nj - 1] = oldStrides[oj - 1];
            for (int nk = nj - 1; nk > ni; nk--) {
                newStrides[nk - 1] = newStrides[nk] * target[nk];
            }
            ni = nj++;
            oi = oj++;
        }
        long last = ni > 0 ? newStrides[ni - 1] : 1;
        for (int nk = ni; nk < target.length; nk++) {
            newStrides[nk] = last;
        }
        return newStrides;
    }

    private long[] contiguousStridesFor(long[] target) {
        return Shape.contiguousStrides(target);
    }

    /**
     * The flattened (1-D) tensor ({@code np.ravel}): a view of a C-contiguous tensor
     * ({@link #isContiguous()}), else a C-order copy, as NumPy's (a strided {@code x[::2]} is copied
     * although {@code reshape(-1)} could view it; writes into the copy do not reach x).
     */
    public Tensor ravel() {
        checkOpen("ravel");
        return isContiguous() ? reshape(size) : flatten();
    }

    /** A view with the axes reversed ({@code x.transpose()}, {@code np.transpose(x)}). */
    public Tensor transpose() {
        checkOpen("transpose");
        int n = shape.length;
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = n - 1 - i;
        }
        return permuted(perm);
    }

    /**
     * A view with the axes permuted ({@code x.transpose(axes)}): axis i of the result is axis
     * {@code axes[i]} of x. An empty array is NumPy's {@code axes=()}, valid for a 0-d x only;
     * {@link #transpose()} reverses the axes.
     *
     * @throws IllegalArgumentException unless {@code axes} is a permutation of {@code 0..ndim-1}
     *                                  (negative values allowed)
     */
    public Tensor transpose(int... axes) {
        checkOpen("transpose");
        int n = shape.length;
        if (axes.length != n) {
            throw new IllegalArgumentException("transpose: axes " + Arrays.toString(axes)
                    + " don't match a " + n + "-d tensor (give a permutation of 0.." + (n - 1)
                    + (n == 0 ? "" : ", or no axes to reverse them") + ")");
        }
        int[] perm = new int[n];
        boolean[] seen = new boolean[n];
        for (int i = 0; i < n; i++) {
            perm[i] = Axes.normalize("transpose", axes[i], n);
            if (seen[perm[i]]) {
                throw new IllegalArgumentException("transpose: axis " + axes[i] + " is repeated in "
                        + Arrays.toString(axes));
            }
            seen[perm[i]] = true;
        }
        return permuted(perm);
    }

    private Tensor permuted(int[] perm) {
        int n = perm.length;
        long[] newShape = new long[n];
        long[] newStrides = new long[n];
        for (int i = 0; i < n; i++) {
            newShape[i] = shape[perm[i]];
            newStrides[i] = strides[perm[i]];
        }
        return view("transpose", newShape, newStrides, offset);
    }

    /** The transpose, all axes reversed ({@code x.T} in NumPy). */
    public Tensor T() {
        return transpose();
    }

    /** A view with axis {@code source} moved to position {@code destination} ({@code np.moveaxis}). */
    public Tensor moveAxis(int source, int destination) {
        checkOpen("moveAxis");
        int n = shape.length;
        int from = Axes.normalize("moveAxis", source, n);
        int to = Axes.normalize("moveAxis", destination, n);
        int[] order = new int[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (i != from) {
                order[k++] = i;
            }
        }
        int[] perm = new int[n];
        for (int i = 0, j = 0; i < n; i++) {
            perm[i] = i == to ? from : order[j++];
        }
        return transpose(perm);
    }

    /**
     * A view with axes {@code axis1} and {@code axis2} exchanged ({@code x.swapaxes(a, b)},
     * {@code np.swapaxes}); negative axes count from the end, equal axes give a view of x as it is.
     *
     * <pre>{@code
     * Np.zeros(2, 3, 4).swapaxes(0, -1).shape()   // [4, 3, 2]
     * }</pre>
     *
     * @throws IllegalArgumentException for an axis out of range, naming the valid range
     */
    public Tensor swapaxes(int axis1, int axis2) {
        checkOpen("swapaxes");
        int a = Axes.normalize("swapaxes", axis1, shape.length);
        int b = Axes.normalize("swapaxes", axis2, shape.length);
        long[] newShape = shape.clone();
        long[] newStrides = strides.clone();
        newShape[a] = shape[b];
        newShape[b] = shape[a];
        newStrides[a] = strides[b];
        newStrides[b] = strides[a];
        return view("swapaxes", newShape, newStrides, offset);
    }

    /**
     * A view of every {@code step}-th element of {@code axis} from {@code start} up to but not
     * including {@code stop}, with Python's slice rules: negative indices count from the end,
     * out-of-range bounds are clipped, a negative step walks backwards. Use {@code Long.MAX_VALUE}
     * and {@code Long.MIN_VALUE} for open ends, e.g. {@code slice(0, Long.MAX_VALUE, Long.MIN_VALUE, -1)}
     * reverses axis 0 ({@code x[::-1]}).
     *
     * @throws IllegalArgumentException for step 0 or an axis out of range
     */
    public Tensor slice(int axis, long start, long stop, long step) {
        checkOpen("slice");
        int a = Axes.normalize("slice", axis, shape.length);
        if (step == 0) {
            throw new IllegalArgumentException("slice: step must not be 0");
        }
        long length = shape[a];
        long first = adjustSliceIndex(start, length, step);
        long end = adjustSliceIndex(stop, length, step);
        long count;
        if (step > 0) {
            count = end > first ? (end - first - 1) / step + 1 : 0;
        } else {
            count = first > end ? (first - end - 1) / (-step) + 1 : 0;
        }
        long[] newShape = shape.clone();
        long[] newStrides = strides.clone();
        newShape[a] = count;
        newStrides[a] = strides[a] * step;
        long newOffset = count == 0 ? offset : offset + first * strides[a];
        return view("slice", newShape, newStrides, newOffset);
    }

    private static long adjustSliceIndex(long index, long length, long step) {
        if (index < 0) {
            index = index == Long.MIN_VALUE ? -1 : index + length;
            if (index < 0) {
                index = step < 0 ? -1 : 0;
            }
        } else if (index >= length) {
            index = step < 0 ? length - 1 : length;
        }
        return index;
    }

    /**
     * A view of one index along {@code axis}, dropping that axis: {@code x.select(0, i)} is
     * {@code x[i]}, {@code x.select(1, i)} is {@code x[:, i]} (PyTorch's name); negative indices
     * count from the end.
     *
     * @throws IndexOutOfBoundsException for an index out of bounds, NumPy's message
     */
    public Tensor select(int axis, long index) {
        checkOpen("select");
        int a = Axes.normalize("select", axis, shape.length);
        long i = index < 0 ? index + shape[a] : index;
        if (i < 0 || i >= shape[a]) {
            throw new IndexOutOfBoundsException("select: index " + index + " is out of bounds for axis " + a
                    + " with size " + shape[a]);
        }
        long[] newShape = new long[shape.length - 1];
        long[] newStrides = new long[shape.length - 1];
        for (int d = 0, k = 0; d < shape.length; d++) {
            if (d != a) {
                newShape[k] = shape[d];
                newStrides[k++] = strides[d];
            }
        }
        return view("select", newShape, newStrides, offset + i * strides[a]);
    }

    /** A view without any size-1 dimensions ({@code np.squeeze}). */
    public Tensor squeeze() {
        checkOpen("squeeze");
        int n = 0;
        for (long d : shape) {
            n += d == 1 ? 0 : 1;
        }
        long[] newShape = new long[n];
        long[] newStrides = new long[n];
        for (int d = 0, k = 0; d < shape.length; d++) {
            if (shape[d] != 1) {
                newShape[k] = shape[d];
                newStrides[k++] = strides[d];
            }
        }
        return view("squeeze", newShape, newStrides, offset);
    }

    /**
     * A view without the given size-1 axes ({@code x.squeeze(axis)}); an empty array drops none,
     * as NumPy's {@code axis=()}, and {@link #squeeze()} drops every size-1 axis.
     *
     * @throws IllegalArgumentException when an axis is out of range, repeated or not of size 1
     */
    public Tensor squeeze(int... axes) {
        checkOpen("squeeze");
        int[] drop = Axes.normalizeAll("squeeze", axes, shape.length);
        for (int a : drop) {
            if (shape[a] != 1) {
                throw new IllegalArgumentException("squeeze: cannot select axis " + a + " of shape "
                        + Shape.toString(shape) + ": its size is " + shape[a] + ", not 1");
            }
        }
        int[] keep = Axes.complement(drop, shape.length);
        long[] newShape = new long[keep.length];
        long[] newStrides = new long[keep.length];
        for (int i = 0; i < keep.length; i++) {
            newShape[i] = shape[keep[i]];
            newStrides[i] = strides[keep[i]];
        }
        return view("squeeze", newShape, newStrides, offset);
    }

    /**
     * A view with a new size-1 axis at {@code axis} ({@code np.expand_dims}); {@code axis} ranges
     * over {@code -(ndim+1)..ndim}.
     */
    public Tensor expandDims(int axis) {
        checkOpen("expandDims");
        int n = shape.length + 1;
        int a = Axes.normalize("expandDims", axis, n);
        long[] newShape = new long[n];
        long[] newStrides = new long[n];
        for (int d = 0, k = 0; d < n; d++) {
            if (d == a) {
                newShape[d] = 1;
                newStrides[d] = 0;
            } else {
                newShape[d] = shape[k];
                newStrides[d] = strides[k++];
            }
        }
        return view("expandDims", newShape, newStrides, offset);
    }

    /**
     * A read-only view of this tensor broadcast to {@code target} ({@code np.broadcast_to}): as
     * NumPy's, it and every view of it (slices, transposes, reshapes that need no copy) refuse to be
     * written ({@code out=}, {@code copyto}, {@code put}, {@code fill}, ...: an
     * IllegalArgumentException), even where no elements overlap; a {@link #copy()} is writable.
     *
     * @throws IllegalArgumentException when the shape does not broadcast to {@code target}
     */
    public Tensor broadcastTo(long... target) {
        return broadcast("broadcastTo", target, true);
    }

    /** {@link #broadcastTo}, read-only or not ({@code np.broadcast_arrays}' views are writable in NumPy 2). */
    Tensor broadcast(String name, long[] target, boolean readOnlyView) {
        checkOpen(name);
        Shape.size(name, target);
        if (!Broadcast.broadcastsTo(shape, target)) {
            throw new IllegalArgumentException(name + ": cannot broadcast a tensor of shape "
                    + Shape.toString(shape) + " to " + Shape.toString(target));
        }
        return new Tensor(name, this, dtype, target.clone(), Broadcast.strides(shape, strides, target), offset,
                readOnly || readOnlyView);
    }

    /**
     * Whether this tensor refuses writes ({@code not x.flags.writeable}): a {@link #broadcastTo}
     * view, a sliding-window view, a {@link #diagonal()} view, {@code imag} of a real tensor, or a
     * view of one.
     */
    public boolean isReadOnly() {
        return readOnly;
    }

    // ---- copies and conversions -------------------------------------------------------------------

    /** A C-contiguous copy on the same backend. */
    public Tensor copy() {
        return convertedCopy(dtype, "copy");
    }

    /**
     * A C-contiguous copy converted to {@code target} ({@code x.astype(t)}). Float to integer
     * truncates toward zero; NaN and out-of-range values give the integer type's minimum (NumPy on
     * x86); non-zero and NaN become true. To FLOAT16 every value is rounded once to the nearest
     * half (ties to even, as NumPy's {@code npy_double_to_half}): magnitudes from 65520 on become
     * infinities, magnitudes up to 2<sup>-25</sup> zeros, NaN stays NaN. Under {@link Np#seterr}
     * the conversion reports NumPy's "overflow/underflow encountered in cast" (a narrower float type)
     * and "invalid value encountered in cast" (NaN, ±Inf or a value beyond int32, or beyond int64 for
     * int64 and uint32 targets, into an integer type).
     *
     * <pre>{@code
     * Np.array(new double[] {0.1, 2049, 70000}).astype(DType.FLOAT16)   // [9.998e-02 2.048e+03       inf]
     * }</pre>
     */
    public Tensor astype(DType target) {
        java.util.Objects.requireNonNull(target, "astype: target dtype is null");
        return convertedCopy(target, "astype");
    }

    /**
     * {@code x.astype(dtype, copy=copy)}: with copy true as {@link #astype(DType)}; with copy false
     * this very tensor when it already has {@code target} (NumPy returns x itself: closing the result
     * closes x), else the converted copy.
     *
     * <pre>{@code
     * Tensor x = Np.zeros(3);
     * x.astype(DType.FLOAT64, false) == x   // true
     * x.astype(DType.FLOAT32, false)        // a new float32 tensor
     * }</pre>
     */
    public Tensor astype(DType target, boolean copy) {
        java.util.Objects.requireNonNull(target, "astype: target dtype is null");
        if (!copy && target == dtype) {
            checkOpen("astype");
            return this;
        }
        return convertedCopy(target, "astype");
    }

    private Tensor convertedCopy(DType target, String op) {
        checkOpen(op);
        Tensor result = allocateUninitialized(backend(), target, shape);
        Elementwise.copyInto(op, this, result);
        if (op.equals("astype") && FloatErrorChecks.castActive(dtype, target)) {
            try {
                FloatErrorChecks.checkCast(this, result);
            } catch (RuntimeException e) {
                result.close();
                throw e;
            }
        }
        return result;
    }

    /**
     * Sets every element to {@code value} and returns this tensor ({@code x.fill(value)}, or
     * {@code x[...] = value}, in NumPy). A float tensor rounds the value, an integer one truncates
     * it toward zero, a bool one stores {@code value != 0} (NaN is true). Writes through a view into
     * its base.
     *
     * <pre>{@code
     * Tensor x = Np.zeros(new long[] {3}, DType.INT32).fill(2.9);   // [2 2 2]
     * }</pre>
     *
     * @throws IllegalArgumentException for NaN, ±Inf or a value outside the range of an integer
     *                                  tensor (NumPy raises too), or a broadcast view
     */
    public Tensor fill(double value) {
        return Assignment.fill(this, false, 0, value);
    }

    /**
     * Sets every element to {@code value} and returns this tensor: exact in an integer tensor whose
     * range holds it, rounded to nearest in a float one, {@code value != 0} in a bool one.
     *
     * <pre>{@code
     * Np.zeros(new long[] {2, 2}, DType.INT64).fill(Long.MIN_VALUE);
     * }</pre>
     *
     * @throws IllegalArgumentException for a value outside an int32 tensor's range, or a broadcast view
     */
    public Tensor fill(long value) {
        return Assignment.fill(this, true, value, value);
    }

    /**
     * Sorts this tensor in place along the last axis and returns it ({@code x.sort()}); see
     * {@link Np#sort(Tensor, int)}. On a view the sorted values are written through to its base.
     */
    public Tensor sort() {
        return sort(-1);
    }

    /**
     * Sorts this tensor in place along {@code axis} ({@code x.sort(axis)}, stable, NaN last) and
     * returns it: {@link Np#sort(Tensor, int)} of it, copied back.
     *
     * @throws IllegalArgumentException for an axis out of range, or a broadcast view (whose
     *                                  elements share memory, so it cannot hold a sorted copy)
     */
    public Tensor sort(int axis) {
        checkOpen("sort");
        Elementwise.checkWritable("sort", "this tensor", this);
        try (Tensor sorted = Sorting.sort(this, axis)) {
            Elementwise.copyInto("sort", sorted, this);
        }
        return this;
    }

    /** The int64 positions that sort this tensor along {@code axis} ({@code x.argsort(axis)}); see {@link Np#argsort(Tensor, int)}. */
    public Tensor argsort(int axis) {
        return Sorting.argsort(this, axis);
    }

    /**
     * Each element of the flattened tensor {@code repeats} times in a row ({@code x.repeat(n)});
     * see {@link Np#repeat(Tensor, long)}.
     */
    public Tensor repeat(long repeats) {
        return Repeating.repeat(this, repeats, null);
    }

    /** Each slice along {@code axis} {@code repeats} times in a row ({@code x.repeat(n, axis)}); see {@link Np#repeat(Tensor, long, int)}. */
    public Tensor repeat(long repeats, int axis) {
        return Repeating.repeat(this, repeats, axis);
    }

    /** Slice i along {@code axis} {@code repeats[i]} times ({@code x.repeat(counts, axis)}); see {@link Np#repeat(Tensor, long[], int)}. */
    public Tensor repeat(long[] repeats, int axis) {
        return Repeating.repeat(this, repeats, axis);
    }

    // ---- ndarray methods: NumPy's x.sum(), x.max(axis), ... as calls of their Np function ----------

    /** The sum of all elements ({@code x.sum()}); see {@link Np#sum(Tensor)}. */
    public Tensor sum() {
        return Np.sum(this);
    }

    /** The sum along {@code axis} ({@code x.sum(axis)}); see {@link Np#sum(Tensor, int)}. */
    public Tensor sum(int axis) {
        return Np.sum(this, axis);
    }

    /** The sum over {@code axes} ({@code x.sum(axes, keepdims=keepdims)}); see {@link Np#sum(Tensor, int[], boolean)}. */
    public Tensor sum(int[] axes, boolean keepdims) {
        return Np.sum(this, axes, keepdims);
    }

    /**
     * {@code x.sum(axes, dtype=dtype, out=out, keepdims=keepdims)}: the sum in dtype, written into out
     * when given (either may be null); see {@link Np#sum(Tensor, int[], boolean, DType, Tensor)}.
     */
    public Tensor sum(int[] axes, boolean keepdims, DType dtype, Tensor out) {
        return Np.sum(this, axes, keepdims, dtype, out);
    }

    /** The product of all elements ({@code x.prod()}); see {@link Np#prod(Tensor)}. */
    public Tensor prod() {
        return Np.prod(this);
    }

    /** The product along {@code axis} ({@code x.prod(axis)}); see {@link Np#prod(Tensor, int)}. */
    public Tensor prod(int axis) {
        return Np.prod(this, axis);
    }

    /** The product over {@code axes} ({@code x.prod(axes, keepdims=keepdims)}); see {@link Np#prod(Tensor, int[], boolean)}. */
    public Tensor prod(int[] axes, boolean keepdims) {
        return Np.prod(this, axes, keepdims);
    }

    /** {@code x.prod(axes, dtype=dtype, out=out, keepdims=keepdims)}; see {@link Np#prod(Tensor, int[], boolean, DType, Tensor)}. */
    public Tensor prod(int[] axes, boolean keepdims, DType dtype, Tensor out) {
        return Np.prod(this, axes, keepdims, dtype, out);
    }

    /** The mean of all elements ({@code x.mean()}); see {@link Np#mean(Tensor)}. */
    public Tensor mean() {
        return Np.mean(this);
    }

    /** The mean along {@code axis} ({@code x.mean(axis)}); see {@link Np#mean(Tensor, int)}. */
    public Tensor mean(int axis) {
        return Np.mean(this, axis);
    }

    /** The mean over {@code axes} ({@code x.mean(axes, keepdims=keepdims)}); see {@link Np#mean(Tensor, int[], boolean)}. */
    public Tensor mean(int[] axes, boolean keepdims) {
        return Np.mean(this, axes, keepdims);
    }

    /** {@code x.mean(axes, dtype=dtype, out=out, keepdims=keepdims)}; see {@link Np#mean(Tensor, int[], boolean, DType, Tensor)}. */
    public Tensor mean(int[] axes, boolean keepdims, DType dtype, Tensor out) {
        return Np.mean(this, axes, keepdims, dtype, out);
    }

    /** The variance of all elements ({@code x.var()}, ddof 0); see {@link Np#var(Tensor)}. */
    public Tensor var() {
        return Np.var(this);
    }

    /** The variance along {@code axis} ({@code x.var(axis)}); see {@link Np#var(Tensor, int)}. */
    public Tensor var(int axis) {
        return Np.var(this, axis);
    }

    /** {@code x.var(axes, keepdims=keepdims, ddof=ddof)}; see {@link Np#var(Tensor, int[], boolean, int)}. */
    public Tensor var(int[] axes, boolean keepdims, int ddof) {
        return Np.var(this, axes, keepdims, ddof);
    }

    /** {@code x.var(axes, dtype=dtype, out=out, ddof=ddof, keepdims=keepdims)}; see {@link Np#var(Tensor, int[], boolean, int, DType, Tensor)}. */
    public Tensor var(int[] axes, boolean keepdims, int ddof, DType dtype, Tensor out) {
        return Np.var(this, axes, keepdims, ddof, dtype, out);
    }

    /** The standard deviation of all elements ({@code x.std()}, ddof 0); see {@link Np#std(Tensor)}. */
    public Tensor std() {
        return Np.std(this);
    }

    /** The standard deviation along {@code axis} ({@code x.std(axis)}); see {@link Np#std(Tensor, int)}. */
    public Tensor std(int axis) {
        return Np.std(this, axis);
    }

    /** {@code x.std(axes, keepdims=keepdims, ddof=ddof)}; see {@link Np#std(Tensor, int[], boolean, int)}. */
    public Tensor std(int[] axes, boolean keepdims, int ddof) {
        return Np.std(this, axes, keepdims, ddof);
    }

    /** {@code x.std(axes, dtype=dtype, out=out, ddof=ddof, keepdims=keepdims)}; see {@link Np#std(Tensor, int[], boolean, int, DType, Tensor)}. */
    public Tensor std(int[] axes, boolean keepdims, int ddof, DType dtype, Tensor out) {
        return Np.std(this, axes, keepdims, ddof, dtype, out);
    }

    /** The largest element ({@code x.max()}, NaN propagates); see {@link Np#max(Tensor)}. */
    public Tensor max() {
        return Np.max(this);
    }

    /** The largest element along {@code axis} ({@code x.max(axis)}); see {@link Np#max(Tensor, int)}. */
    public Tensor max(int axis) {
        return Np.max(this, axis);
    }

    /** {@code x.max(axes, keepdims=keepdims)}; see {@link Np#max(Tensor, int[], boolean)}. */
    public Tensor max(int[] axes, boolean keepdims) {
        return Np.max(this, axes, keepdims);
    }

    /** The smallest element ({@code x.min()}, NaN propagates); see {@link Np#min(Tensor)}. */
    public Tensor min() {
        return Np.min(this);
    }

    /** The smallest element along {@code axis} ({@code x.min(axis)}); see {@link Np#min(Tensor, int)}. */
    public Tensor min(int axis) {
        return Np.min(this, axis);
    }

    /** {@code x.min(axes, keepdims=keepdims)}; see {@link Np#min(Tensor, int[], boolean)}. */
    public Tensor min(int[] axes, boolean keepdims) {
        return Np.min(this, axes, keepdims);
    }

    /** The int64 flat position of the largest element ({@code x.argmax()}); see {@link Np#argmax(Tensor)}. */
    public Tensor argmax() {
        return Np.argmax(this);
    }

    /** The int64 positions of the largest elements along {@code axis} ({@code x.argmax(axis)}); see {@link Np#argmax(Tensor, int)}. */
    public Tensor argmax(int axis) {
        return Np.argmax(this, axis);
    }

    /** The int64 flat position of the smallest element ({@code x.argmin()}); see {@link Np#argmin(Tensor)}. */
    public Tensor argmin() {
        return Np.argmin(this);
    }

    /** The int64 positions of the smallest elements along {@code axis} ({@code x.argmin(axis)}); see {@link Np#argmin(Tensor, int)}. */
    public Tensor argmin(int axis) {
        return Np.argmin(this, axis);
    }

    /** Whether every element is non-zero ({@code x.all()}); see {@link Np#all(Tensor)}. */
    public Tensor all() {
        return Np.all(this);
    }

    /** {@code x.all(axis)}; see {@link Np#all(Tensor, int)}. */
    public Tensor all(int axis) {
        return Np.all(this, axis);
    }

    /** Whether any element is non-zero ({@code x.any()}); see {@link Np#any(Tensor)}. */
    public Tensor any() {
        return Np.any(this);
    }

    /** {@code x.any(axis)}; see {@link Np#any(Tensor, int)}. */
    public Tensor any(int axis) {
        return Np.any(this, axis);
    }

    /** The running sum of the flattened tensor ({@code x.cumsum()}); see {@link Np#cumsum(Tensor)}. */
    public Tensor cumsum() {
        return Np.cumsum(this);
    }

    /** The running sum along {@code axis} ({@code x.cumsum(axis)}); see {@link Np#cumsum(Tensor, int)}. */
    public Tensor cumsum(int axis) {
        return Np.cumsum(this, axis);
    }

    /** {@code x.cumsum(axis, dtype=dtype, out=out)} (axis null: flattened); see {@link Np#cumsum(Tensor, Integer, DType, Tensor)}. */
    public Tensor cumsum(Integer axis, DType dtype, Tensor out) {
        return Np.cumsum(this, axis, dtype, out);
    }

    /** The running product of the flattened tensor ({@code x.cumprod()}); see {@link Np#cumprod(Tensor)}. */
    public Tensor cumprod() {
        return Np.cumprod(this);
    }

    /** The running product along {@code axis} ({@code x.cumprod(axis)}); see {@link Np#cumprod(Tensor, int)}. */
    public Tensor cumprod(int axis) {
        return Np.cumprod(this, axis);
    }

    /** {@code x.cumprod(axis, dtype=dtype, out=out)} (axis null: flattened); see {@link Np#cumprod(Tensor, Integer, DType, Tensor)}. */
    public Tensor cumprod(Integer axis, DType dtype, Tensor out) {
        return Np.cumprod(this, axis, dtype, out);
    }

    /**
     * The elements limited to [min, max] ({@code x.clip(min, max)}; null for no bound); see
     * {@link Np#clip(Tensor, Number, Number)}.
     */
    public Tensor clip(Number min, Number max) {
        return Np.clip(this, min, max);
    }

    /** {@code x.clip(min, max)} with tensor bounds (null for none); see {@link Np#clip(Tensor, Tensor, Tensor)}. */
    public Tensor clip(Tensor min, Tensor max) {
        return Np.clip(this, min, max);
    }

    /** Rounded half to even ({@code x.round()}); see {@link Np#round(Tensor)}. */
    public Tensor round() {
        return Np.round(this);
    }

    /** Rounded to {@code decimals} decimals ({@code x.round(decimals)}); see {@link Np#round(Tensor, int)}. */
    public Tensor round(int decimals) {
        return Np.round(this, decimals);
    }

    /**
     * A flat C-order copy ({@code x.flatten()}): always a new tensor, where {@link #ravel()} returns
     * a view when it can.
     */
    public Tensor flatten() {
        checkOpen("flatten");
        try (Tensor copy = Elementwise.converted("flatten", this, dtype)) {
            return copy.reshape(size);
        }
    }

    /** {@code x.dot(other)}; see {@link Np#dot(Tensor, Tensor)}. */
    public Tensor dot(Tensor other) {
        return Np.dot(this, other);
    }

    /** The elements of the flattened tensor at {@code indices} ({@code x.take(indices)}); see {@link Np#take(Tensor, Tensor)}. */
    public Tensor take(Tensor indices) {
        return Np.take(this, indices);
    }

    /** The slices along {@code axis} at {@code indices} ({@code x.take(indices, axis)}); see {@link Np#take(Tensor, Tensor, int)}. */
    public Tensor take(Tensor indices, int axis) {
        return Np.take(this, indices, axis);
    }

    /** The main diagonal of the first two axes ({@code x.diagonal()}, a read-only view); see {@link Np#diagonal(Tensor)}. */
    public Tensor diagonal() {
        return Np.diagonal(this);
    }

    /** {@code x.diagonal(offset, axis1, axis2)}; see {@link Np#diagonal(Tensor, long, int, int)}. */
    public Tensor diagonal(long offset, int axis1, int axis2) {
        return Np.diagonal(this, offset, axis1, axis2);
    }

    /** The sum of the main diagonal ({@code x.trace()}); see {@link Np#trace(Tensor)}. */
    public Tensor trace() {
        return Np.trace(this);
    }

    /** {@code x.trace(offset, axis1, axis2)}; see {@link Np#trace(Tensor, long, int, int)}. */
    public Tensor trace(long offset, int axis1, int axis2) {
        return Np.trace(this, offset, axis1, axis2);
    }

    /** The int64 indices of the non-zero elements, one tensor per axis ({@code x.nonzero()}); see {@link Np#nonzero(Tensor)}. */
    public Tensor[] nonzero() {
        return Np.nonzero(this);
    }

    /** Where {@code v} would be inserted to keep this sorted 1-d tensor sorted ({@code x.searchsorted(v)}); see {@link Np#searchsorted(Tensor, Tensor)}. */
    public Tensor searchsorted(Tensor v) {
        return Np.searchsorted(this, v);
    }

    /** {@code x.searchsorted(v, side)} ("left" or "right"); see {@link Np#searchsorted(Tensor, Tensor, String)}. */
    public Tensor searchsorted(Tensor v, String side) {
        return Np.searchsorted(this, v, side);
    }

    /** The int64 positions that partition this tensor along the last axis ({@code x.argpartition(kth)}); see {@link Np#argpartition(Tensor, int)}. */
    public Tensor argpartition(int kth) {
        return Np.argpartition(this, kth);
    }

    /**
     * Partitions this tensor in place along the last axis ({@code x.partition(kth)}) and returns it:
     * jtensor's partition is the full stable sort, so this is {@link #sort()}, after the kth check of
     * {@link Np#partition(Tensor, int)}.
     */
    public Tensor partition(int kth) {
        checkOpen("partition");
        Elementwise.checkWritable("partition", "this tensor", this);
        try (Tensor checked = Np.partition(this, kth)) {
            Elementwise.copyInto("partition", checked, this);
        }
        return this;
    }

    /** Writes {@code values} at the flat {@code indices} in place ({@code x.put(indices, values)}); see {@link Np#put(Tensor, Tensor, Tensor)}. */
    public void put(Tensor indices, Tensor values) {
        Np.put(this, indices, values);
    }

    /** The slices along {@code axis} where {@code condition} is true ({@code x.compress(condition, axis)}); see {@link Np#compress(Tensor, Tensor, int)}. */
    public Tensor compress(Tensor condition, int axis) {
        return Np.compress(condition, this, axis);
    }

    /** {@code x.choose(choices)}: this tensor's integers pick among {@code choices}; see {@link Np#choose(Tensor, Tensor...)}. */
    public Tensor choose(Tensor... choices) {
        return Np.choose(this, choices);
    }

    /** The matrix transpose of the last two axes ({@code x.mT}, a view); see {@link Np#matrixTranspose(Tensor)}. */
    public Tensor mT() {
        return Np.matrixTranspose(this);
    }

    /** The real part ({@code x.real}): this tensor's values, as a view; see {@link Np#real(Tensor)}. */
    public Tensor real() {
        return Np.real(this);
    }

    /** The imaginary part ({@code x.imag}): zeros of this tensor's type; see {@link Np#imag(Tensor)}. */
    public Tensor imag() {
        return Np.imag(this);
    }

    /** The complex conjugate ({@code x.conj()}): a copy for real types; see {@link Np#conj(Tensor)}. */
    public Tensor conj() {
        return Np.conj(this);
    }

    /**
     * A view of the same memory as another type ({@code x.view(dtype)}): the same itemsize keeps
     * the shape ({@code float64 → int64} gives the bits); another itemsize rescales the last axis,
     * which must be contiguous ({@code float64 (2, 3) → int32 (2, 6)}), as NumPy's. Bytes are read
     * as the backend stores them (little-endian on x86-64 and ARM).
     *
     * <pre>{@code
     * Np.array(new double[] {1.0}).view(DType.INT64).toLongArray()   // [4607182418800017408]
     * }</pre>
     *
     * @throws IllegalArgumentException for a non-contiguous last axis or sizes that do not divide
     *                                  (NumPy's ValueError), a 0-d x of another itemsize, or a
     *                                  non-bool x viewed as bool (jtensor's bool ops need 0 or 1)
     */
    public Tensor view(DType dtype) {
        return Reinterpreting.view(this, dtype);
    }

    /** The bytes of one element ({@code x.itemsize}). */
    public int itemsize() {
        return dtype.byteSize();
    }

    /** The bytes of all elements ({@code x.nbytes}: size times itemsize; a broadcast view counts each element). */
    public long nbytes() {
        return size * dtype.byteSize();
    }

    /**
     * The elements as nested Java lists ({@code x.tolist()}): one {@link java.util.List} level per
     * axis, holding {@link Boolean} for bool, {@link Long} for int32/int64 and {@link Double} for
     * float16/float32/float64 (Python's bool, int and float; a float16 element is its exact value,
     * {@code 0.1} stored as float16 gives {@code 0.0999755859375}); a 0-d tensor gives its scalar.
     *
     * <pre>{@code
     * Np.array(new long[] {1, 2, 3, 4}, 2, 2).tolist()   // [[1, 2], [3, 4]]
     * }</pre>
     */
    public Object tolist() {
        checkOpen("tolist");
        Object[] flat = new Object[Math.toIntExact(size)];
        switch (dtype) {
            case BOOL -> {
                boolean[] v = toBooleanArray();
                Arrays.setAll(flat, i -> v[i]);
            }
            case INT8, UINT8, INT16, UINT16, INT32, UINT32, INT64 -> {
                long[] v = toLongArray();
                Arrays.setAll(flat, i -> v[i]);
            }
            case FLOAT16, FLOAT32, FLOAT64 -> {
                double[] v = toDoubleArray();
                Arrays.setAll(flat, i -> v[i]);
            }
        }
        return nest(flat, 0, 0);
    }

    private Object nest(Object[] flat, int axis, int start) {
        if (axis == shape.length) {
            return flat[start];
        }
        int n = Math.toIntExact(shape[axis]);
        int block = Math.toIntExact(Shape.size(Arrays.copyOfRange(shape, axis + 1, shape.length)));
        List<Object> items = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            items.add(nest(flat, axis + 1, start + i * block));
        }
        return items;
    }

    /**
     * The elements in C order as little-endian bytes ({@code x.tobytes()} on x86-64 and ARM): bool
     * one byte (0 or 1), int8/uint8 one, int16/uint16/float16 two, int32/uint32/float32 four, int64/float64
     * eight.
     */
    public byte[] tobytes() {
        checkOpen("tobytes");
        ByteBuffer out = ByteBuffer.allocate(Math.toIntExact(nbytes())).order(ByteOrder.LITTLE_ENDIAN);
        switch (dtype) {
            case BOOL -> {
                for (boolean b : toBooleanArray()) {
                    out.put((byte) (b ? 1 : 0));
                }
            }
            case INT8, UINT8 -> out.put(toByteArray());
            case INT16, UINT16 -> out.asShortBuffer().put(toShortArray());
            case INT32, UINT32 -> out.asIntBuffer().put(toIntArray());
            case INT64 -> out.asLongBuffer().put(toLongArray());
            case FLOAT16 -> out.asShortBuffer().put(toFloat16Array());
            case FLOAT32 -> out.asFloatBuffer().put(toFloatArray());
            case FLOAT64 -> out.asDoubleBuffer().put(toDoubleArray());
        }
        return out.array();
    }

    /**
     * Writes the elements in C order as raw little-endian bytes ({@code x.tofile(path)}, NumPy's
     * binary form: no header, so {@link Np#fromfile(Path, DType)} needs the type and
     * {@link #reshape} the shape; {@link Np#save} keeps both).
     *
     * @throws IOException when the file cannot be written
     */
    public void tofile(Path file) throws IOException {
        Files.write(Objects.requireNonNull(file, "tofile: file is null"), tobytes());
    }

    // ---- NumPy indexing: x[index] and x[index] = value -------------------------------------------

    /**
     * NumPy's {@code x[index]}. Each item is an integer ({@code int}/{@code long}, negative counts
     * from the end), a {@link Slice}, {@link Index#NEW_AXIS} ({@code None}), {@link Index#ELLIPSIS}
     * ({@code ...}, at most one), or an advanced index: an int32/int64 {@code Tensor}, a
     * {@code long[]}/{@code int[]}, a bool {@code Tensor} or {@code boolean[]} (a mask, read as its
     * {@code nonzero()}; it consumes as many axes as it has) or a Java {@code boolean} (a 0-d mask:
     * a new axis of length 1 or 0). Axes left unindexed are kept whole; no item at all gives a view
     * of everything ({@code x[()]}).
     *
     * <p>Basic items only: a <b>view</b> (no copy; writes through it show in x). Any advanced
     * index: a <b>new tensor</b> on x's backend (one gather after the index arrays are checked on
     * the device; a mask's true positions are read back to the host, as NumPy and CuPy do). As in
     * NumPy, with an advanced index every integer counts as a 0-d index array; the index arrays
     * broadcast together, and their broadcast dimensions replace the indexed axes in place when
     * the advanced items are adjacent, else (separated by a slice, new axis or ellipsis that
     * covers an axis) they come first: for x of shape (2, 3, 4), {@code x[:, 0, [0, 1]]} has shape
     * (2, 2) but {@code x[0, :, [0, 1]]} (2, 3). The result keeps x's dtype; where NumPy returns a
     * scalar (every axis indexed by an integer) this returns a 0-d view.
     *
     * <p>{@code x.get(1, 2)} is {@code x[1, 2]}; one index along another axis is
     * {@link #select(int, long)} ({@code x.select(1, 2)} is {@code x[:, 2]}).
     *
     * <pre>{@code
     * x.get(Slice.of(1, 3), Slice.of(null, null, -1L))   // x[1:3, ::-1]      (a view)
     * x.get(Index.ELLIPSIS, Index.NEW_AXIS)              // x[..., None]      (a view)
     * x.get(new long[] {0, 2}, Slice.ALL, 1)             // x[[0, 2], :, 1]   (a copy, shape (2, n1))
     * x.get(Np.greater(x, 0))                            // x[x > 0]          (1-d copy)
     * }</pre>
     *
     * @throws IndexOutOfBoundsException for an index out of bounds ("index 5 is out of bounds for
     *                                   axis 0 with size 3") or too many indices for x's
     *                                   dimensions (NumPy's IndexError); index arrays of 1+
     *                                   dimensions whose broadcast shape is empty are not checked,
     *                                   as NumPy's ({@code x[[5], []]} is empty for any x)
     * @throws IllegalArgumentException  for a second ellipsis, a mask whose shape does not match the
     *                                   axes it indexes (a mask axis of length 0 matches any, as
     *                                   NumPy's), index arrays that do not broadcast together,
     *                                   a float index array, an item of another type, or a tensor
     *                                   on another backend (NumPy raises IndexError for the first
     *                                   four)
     */
    public Tensor get(Object... index) {
        return Indexer.get(this, index);
    }

    /**
     * NumPy's {@code x[index] = value}: the same index items as {@link #get(Object...)}; value (a
     * {@code Tensor}, or a Java {@code double}, {@code long}/{@code int} or {@code boolean}) is
     * broadcast to the indexed shape (extra leading length-1 axes allowed, as NumPy) and cast to
     * x's dtype unsafely, as NumPy's setitem (float to int truncates; a NaN or out-of-range float
     * tensor gives the integer type's minimum, as NumPy on x86). A Java double that is NaN, infinite or
     * out of range for an integer x, and a Java integer out of int32's range for an int32 x, are
     * errors, as Python's float and int are. Basic items write through the view (source elements
     * that overlap x are read from a copy first); advanced items scatter, and where an index
     * repeats the last assignment in C order wins, as NumPy's, on every backend. Cost: an
     * advanced set gathers the flat positions from an int64 arange of x's size and scatters with a
     * sort, O(n + k log k) work and O(n) temporaries for k values into n elements (as {@code put}).
     *
     * <pre>{@code
     * x.set(0.0, Np.less(x, 0))                          // x[x < 0] = 0
     * x.set(row, 1)                                      // x[1] = row      (row broadcast)
     * x.set(Np.array(new long[] {1, 2, 3}), new long[] {0, 0, 0})   // x[[0, 0, 0]] = [1, 2, 3]: x[0] == 3
     * }</pre>
     *
     * @throws IllegalArgumentException  for everything {@link #get(Object...)} rejects with it, a
     *                                   value that does not broadcast to the indexed shape, a Java
     *                                   scalar x cannot hold, an x whose elements overlap (a
     *                                   broadcast view), a value tensor of one or more
     *                                   dimensions (even of size 1, unless x is bool) for an index
     *                                   of x.ndim() integers, which selects one element (NumPy's
     *                                   ValueError "setting an array element with a sequence"), or a
     *                                   value of 2+ dimensions for a lone mask of x's dimensions
     *                                   (NumPy's TypeError)
     * @throws IndexOutOfBoundsException as {@link #get(Object...)}
     */
    public void set(Object value, Object... index) {
        Indexer.set(this, value, index);
    }

    /** A copy of this tensor on another backend (a copy even when it is the same backend). */
    public Tensor to(Backend target) {
        checkOpen("to");
        if (target == backend()) {
            return copy();
        }
        Tensor result = allocateUninitialized(target, dtype, shape);
        if (size == 0) {
            return result;
        }
        try (Tensor contiguous = isContiguous() && offset == 0 ? null : copy()) {
            Tensor source = contiguous == null ? this : contiguous;
            long chunk = Math.max(1, (64L << 20) / dtype.byteSize());
            try (var arena = java.lang.foreign.Arena.ofConfined(); Pinned pinned = Pinned.of("to", source, result)) {
                MemorySegment buffer = arena.allocate(Math.min(size, chunk) * dtype.byteSize(), 8);
                for (long start = 0; start < size; start += chunk) {
                    long n = Math.min(chunk, size - start);
                    MemorySegment part = buffer.asSlice(0, n * dtype.byteSize());
                    source.backend().copyToHost(source.storage.storage(), (source.offset + start) * dtype.byteSize(), part);
                    target.copyFromHost(part, result.storage.storage(), start * dtype.byteSize());
                }
            }
        }
        return result;
    }

    /** The elements in C order as floats (converted as {@link #astype} does). */
    public float[] toFloatArray() {
        float[] a = new float[hostLength("toFloatArray")];
        readInto(DType.FLOAT32, MemorySegment.ofArray(a), "toFloatArray");
        return a;
    }

    /**
     * The elements in C order as float16 bits (see {@link Float16}); other types are rounded to
     * float16 as {@code astype(DType.FLOAT16)} rounds them.
     */
    public short[] toFloat16Array() {
        short[] a = new short[hostLength("toFloat16Array")];
        readInto(DType.FLOAT16, MemorySegment.ofArray(a), "toFloat16Array");
        return a;
    }

    /** The elements in C order as doubles. */
    public double[] toDoubleArray() {
        double[] a = new double[hostLength("toDoubleArray")];
        readInto(DType.FLOAT64, MemorySegment.ofArray(a), "toDoubleArray");
        return a;
    }

    /**
     * The elements in C order as bytes: int8 values, uint8 bits (200 reads as -56; {@code b & 0xff}
     * gives it back), other types converted to int8 as {@link #astype}{@code (DType.INT8)} does.
     */
    public byte[] toByteArray() {
        byte[] a = new byte[hostLength("toByteArray")];
        readInto(dtype == DType.UINT8 ? DType.UINT8 : DType.INT8, MemorySegment.ofArray(a), "toByteArray");
        return a;
    }

    /**
     * The elements in C order as shorts: int16 values, uint16 bits ({@code s & 0xffff} gives the
     * value), other types converted to int16 as {@link #astype}{@code (DType.INT16)} does. For a
     * float16 tensor's bits use {@link #toFloat16Array()}.
     */
    public short[] toShortArray() {
        short[] a = new short[hostLength("toShortArray")];
        readInto(dtype == DType.UINT16 ? DType.UINT16 : DType.INT16, MemorySegment.ofArray(a), "toShortArray");
        return a;
    }

    /**
     * The elements in C order as ints: int32 values, uint32 bits (4294967295 reads as -1;
     * {@code Integer.toUnsignedLong(i)} gives it back), other types converted to int32 as
     * {@link #astype}{@code (DType.INT32)} does (float to int truncates).
     */
    public int[] toIntArray() {
        int[] a = new int[hostLength("toIntArray")];
        readInto(dtype == DType.UINT32 ? DType.UINT32 : DType.INT32, MemorySegment.ofArray(a), "toIntArray");
        return a;
    }

    /** The elements in C order as longs. */
    public long[] toLongArray() {
        long[] a = new long[hostLength("toLongArray")];
        readInto(DType.INT64, MemorySegment.ofArray(a), "toLongArray");
        return a;
    }

    /** The elements in C order as booleans (non-zero is true). */
    public boolean[] toBooleanArray() {
        int n = hostLength("toBooleanArray");
        byte[] bytes = new byte[n];
        readInto(DType.BOOL, MemorySegment.ofArray(bytes), "toBooleanArray");
        boolean[] a = new boolean[n];
        for (int i = 0; i < n; i++) {
            a[i] = bytes[i] != 0;
        }
        return a;
    }

    private int hostLength(String op) {
        checkOpen(op);
        if (size > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException(op + ": " + size + " elements do not fit in a Java array; read slices");
        }
        return (int) size;
    }

    private void readInto(DType type, MemorySegment host, String op) {
        if (size == 0) {
            return;
        }
        if (type == dtype && isContiguous()) {
            try (Pinned pinned = Pinned.of(op, this)) {
                backend().copyToHost(storage.storage(), offset * dtype.byteSize(), host);
            }
            return;
        }
        try (Tensor converted = Elementwise.converted(op, this, type)) {
            converted.backend().copyToHost(converted.storage.storage(), 0, host);
        }
    }

    /**
     * The single element of a tensor of size 1 (any shape) as a double ({@code x.item()}).
     *
     * @throws IllegalArgumentException when the size is not 1
     */
    public double item() {
        checkOpen("item");
        if (size != 1) {
            throw new IllegalArgumentException("item: can only convert a tensor of size 1 to a scalar, this one has shape "
                    + Shape.toString(shape));
        }
        return readElement(offset);
    }

    /**
     * The single element of an integer or bool tensor of size 1 as an exact long ({@code x.item()}
     * of an int64 array, which {@link #item()}'s double rounds above 2^53).
     *
     * @throws IllegalArgumentException when the size is not 1, or for a float tensor (use item())
     */
    public long itemLong() {
        checkOpen("itemLong");
        checkIntegral("itemLong");
        if (size != 1) {
            throw new IllegalArgumentException("itemLong: can only convert a tensor of size 1 to a scalar, this one has"
                    + " shape " + Shape.toString(shape));
        }
        return readLong(offset);
    }

    /**
     * The element at {@code index} (one entry per dimension, negative counts from the end) as a
     * double.
     *
     * @throws IndexOutOfBoundsException for an index out of range
     */
    public double getDouble(long... index) {
        checkOpen("getDouble");
        return readElement(position("getDouble", index));
    }

    /**
     * The element at {@code index} of an integer or bool tensor as an exact long (negative indices
     * count from the end).
     *
     * @throws IndexOutOfBoundsException for an index out of range
     * @throws IllegalArgumentException  for a float tensor (use getDouble)
     */
    public long getLong(long... index) {
        checkOpen("getLong");
        checkIntegral("getLong");
        return readLong(position("getLong", index));
    }

    private void checkIntegral(String op) {
        if (dtype.isFloatingPoint()) {
            throw new IllegalArgumentException(op + ": the tensor is " + dtype.numpyName() + ", not an integer or bool"
                    + " type; read it with " + (op.equals("getLong") ? "getDouble" : "item()"));
        }
    }

    /** The element offset of {@code index} (one entry per axis, negative from the end). */
    private long position(String op, long[] index) {
        if (index.length != shape.length) {
            throw new IllegalArgumentException(op + ": " + index.length + " indices given for a " + shape.length
                    + "-d tensor");
        }
        long position = offset;
        for (int d = 0; d < shape.length; d++) {
            long i = index[d] < 0 ? index[d] + shape[d] : index[d];
            if (i < 0 || i >= shape[d]) {
                throw new IndexOutOfBoundsException(op + ": index " + index[d] + " is out of bounds for axis " + d
                        + " with size " + shape[d]);
            }
            position += i * strides[d];
        }
        return position;
    }

    private long readLong(long position) {
        MemorySegment one = readRaw(position);
        return switch (dtype) {
            case BOOL -> one.get(ValueLayout.JAVA_BYTE, 0) != 0 ? 1 : 0;
            case INT8 -> one.get(ValueLayout.JAVA_BYTE, 0);
            case UINT8 -> one.get(ValueLayout.JAVA_BYTE, 0) & 0xff;
            case INT16 -> one.get(ValueLayout.JAVA_SHORT, 0);
            case UINT16 -> one.get(ValueLayout.JAVA_SHORT, 0) & 0xffff;
            case INT32 -> one.get(ValueLayout.JAVA_INT, 0);
            case UINT32 -> Integer.toUnsignedLong(one.get(ValueLayout.JAVA_INT, 0));
            case INT64 -> one.get(ValueLayout.JAVA_LONG, 0);
            case FLOAT16, FLOAT32, FLOAT64 -> throw new IllegalStateException("readLong of " + dtype);
        };
    }

    private MemorySegment readRaw(long position) {
        MemorySegment one = MemorySegment.ofArray(new long[1]);
        try (Pinned pinned = Pinned.of("getDouble", this)) {
            backend().copyToHost(storage.storage(), position * dtype.byteSize(), one.asSlice(0, dtype.byteSize()));
        }
        return one;
    }

    private double readElement(long position) {
        if (!dtype.isFloatingPoint()) {
            return readLong(position);
        }
        MemorySegment one = readRaw(position);
        return switch (dtype) {
            case FLOAT16 -> Float.float16ToFloat(one.get(ValueLayout.JAVA_SHORT, 0));
            case FLOAT32 -> one.get(ValueLayout.JAVA_FLOAT, 0);
            default -> one.get(ValueLayout.JAVA_DOUBLE, 0);
        };
    }

    /** The elements printed as NumPy's {@code str()} prints them, e.g. {@code [0.73105858 0.88079708]}. */
    @Override
    public String toString() {
        if (closed.get()) {
            return "Tensor(closed, shape=" + Shape.toString(shape) + ", dtype=" + dtype.numpyName() + ")";
        }
        return TensorFormat.format(this);
    }
}
