package io.jtensor;

import io.jtensor.Elementwise.Arg;
import io.jtensor.backend.Backend;
import io.jtensor.backend.Backends;
import io.jtensor.op.BinaryOp;
import io.jtensor.op.ReduceOp;
import io.jtensor.op.RowOp;
import io.jtensor.op.ScanOp;
import io.jtensor.op.UnaryOp;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Map;
import java.util.Objects;

/**
 * The NumPy-style facade: {@code import static io.jtensor.Np.*} and write NumPy.
 *
 * <pre>{@code
 * Tensor x = array(new double[] {1, 2, 3});
 * Tensor s = divide(1.0, add(1.0, exp(negative(x))));      // sigmoid: [0.73105858 0.88079708 0.95257413]
 * Tensor p = softmax(array(new double[][] {{9, 2, 5, 0, 0}, {7, 5, 0, 0, 0}}), 1);
 * }</pre>
 *
 * <p><b>Semantics.</b> Names, broadcasting, type promotion (NumPy 2 with NEP 50 weak scalars),
 * {@code out=}/{@code where=}, {@code axis}/{@code keepdims} and empty-input behaviour follow
 * NumPy. Two jtensor definitions where NumPy leaves things open: without {@code out}, elements
 * where {@code where} is false are 0 (NumPy leaves them uninitialised); and tensors on different
 * backends are never copied silently (an error says so).
 *
 * <p><b>Backends.</b> New tensors go to the {@linkplain #currentBackend() current backend}: the one
 * chosen by {@link #useBackend(Backend)} on this thread, else {@link Backends#defaultBackend()}.
 * Operations run on the backend their operands live on.
 *
 * <p><b>Memory.</b> Every returned tensor owns memory until {@link Tensor#close()}d (or garbage
 * collected); use try-with-resources in loops.
 */
public final class Np {

    /** NumPy's default relative tolerance of {@link #isclose} and {@link #allclose}, 1e-5. */
    public static final double DEFAULT_RTOL = 1e-5;

    /** NumPy's default absolute tolerance of {@link #isclose} and {@link #allclose}, 1e-8. */
    public static final double DEFAULT_ATOL = 1e-8;

    private static final ThreadLocal<Deque<Backend>> SCOPES = ThreadLocal.withInitial(ArrayDeque::new);

    private Np() {
    }

    // ---- backend selection --------------------------------------------------------------------------

    /** The backend new tensors are created on by this thread. */
    public static Backend currentBackend() {
        Backend scoped = SCOPES.get().peek();
        return scoped != null ? scoped : Backends.defaultBackend();
    }

    /**
     * Makes {@code backend} the current backend of this thread until the returned scope is closed
     * (scopes nest).
     *
     * <pre>{@code
     * try (var scope = Np.useBackend(Backends.get("opencl"))) {
     *     Tensor x = Np.ones(1024);   // on OpenCL
     * }
     * }</pre>
     */
    public static BackendScope useBackend(Backend backend) {
        Objects.requireNonNull(backend, "useBackend: backend is null");
        Deque<Backend> stack = SCOPES.get();
        stack.push(backend);
        return new BackendScope(backend, stack);
    }

    /** {@link #useBackend(Backend)} by name; throws with the reason when it is unavailable. */
    public static BackendScope useBackend(String name) {
        return useBackend(Backends.get(name));
    }

    // ---- tensor lifetime ------------------------------------------------------------------------------

    /**
     * Opens a {@link TensorScope} on this thread: every tensor the thread creates until the scope
     * is closed (intermediate results and views included) is closed with it, except the ones
     * {@linkplain TensorScope#keep kept}. Scopes nest.
     *
     * <pre>{@code
     * Tensor y;
     * try (TensorScope scope = Np.scope()) {
     *     y = scope.keep(Np.tanh(Np.add(Np.matmul(x, w), b)));   // matmul's and add's results are freed
     * }
     * }</pre>
     */
    public static TensorScope scope() {
        return TensorScope.open();
    }

    /**
     * Runs {@code body} in a new {@link TensorScope} and keeps what it returns: a {@code Tensor},
     * the tensors of a {@code Tensor[]}, of an {@link Iterable} or among a {@link Map}'s values;
     * every other tensor created by {@code body} on this thread is closed when it returns or throws.
     * The lambda form of {@link #scope()}, as TensorFlow.js's {@code tf.tidy}.
     *
     * <pre>{@code
     * Tensor loss = Np.tidy(() -> Np.mean(Np.square(Np.subtract(predicted, target))));
     * }</pre>
     *
     * @throws IllegalStateException if a returned tensor is already closed
     */
    public static <T> T tidy(java.util.function.Supplier<T> body) {
        Objects.requireNonNull(body, "tidy: body is null");
        try (TensorScope scope = TensorScope.open()) {
            T result = body.get();
            switch (result) {
                case Tensor t -> scope.keep(t);
                case Tensor[] ts -> keepAll(scope, Arrays.asList(ts));
                case Iterable<?> it -> keepAll(scope, it);
                case Map<?, ?> m -> keepAll(scope, m.values());
                case null, default -> {
                }
            }
            return result;
        }
    }

    private static void keepAll(TensorScope scope, Iterable<?> items) {
        for (Object o : items) {
            if (o instanceof Tensor t) {
                scope.keep(t);
            }
        }
    }

    // ---- creation -------------------------------------------------------------------------------------

    /** A float32 tensor holding a copy of {@code data} in the given shape (1-d when no shape is given). */
    public static Tensor array(float[] data, long... shape) {
        return fromJava("array", DType.FLOAT32, MemorySegment.ofArray(Objects.requireNonNull(data, "array: data is null")),
                data.length, shape);
    }

    /** A float64 tensor holding a copy of {@code data}. */
    public static Tensor array(double[] data, long... shape) {
        return fromJava("array", DType.FLOAT64, MemorySegment.ofArray(Objects.requireNonNull(data, "array: data is null")),
                data.length, shape);
    }

    /** An int32 tensor holding a copy of {@code data}. */
    public static Tensor array(int[] data, long... shape) {
        return fromJava("array", DType.INT32, MemorySegment.ofArray(Objects.requireNonNull(data, "array: data is null")),
                data.length, shape);
    }

    /** An int64 tensor holding a copy of {@code data}. */
    public static Tensor array(long[] data, long... shape) {
        return fromJava("array", DType.INT64, MemorySegment.ofArray(Objects.requireNonNull(data, "array: data is null")),
                data.length, shape);
    }

    /** An int8 tensor holding a copy of {@code data} ({@code np.array(data, dtype=np.int8)}). */
    public static Tensor array(byte[] data, long... shape) {
        return fromJava("array", DType.INT8, MemorySegment.ofArray(Objects.requireNonNull(data, "array: data is null")),
                data.length, shape);
    }

    /** An int16 tensor holding a copy of {@code data} ({@code np.array(data, dtype=np.int16)}). */
    public static Tensor array(short[] data, long... shape) {
        return fromJava("array", DType.INT16, MemorySegment.ofArray(Objects.requireNonNull(data, "array: data is null")),
                data.length, shape);
    }

    /**
     * A uint8 tensor whose elements have the bits of {@code bits} (Java's byte -1 is 255), as an
     * image's pixels arrive from {@code javax.imageio}:
     * <pre>{@code
     * Tensor pixels = Np.arrayUint8(new byte[] {0, 127, (byte) 200, -1}, 2, 2);   // [[0 127] [200 255]]
     * }</pre>
     */
    public static Tensor arrayUint8(byte[] bits, long... shape) {
        return fromJava("arrayUint8", DType.UINT8, MemorySegment.ofArray(Objects.requireNonNull(bits, "arrayUint8: bits is null")),
                bits.length, shape);
    }

    /** A uint16 tensor whose elements have the bits of {@code bits} (Java's short -1 is 65535). */
    public static Tensor arrayUint16(short[] bits, long... shape) {
        return fromJava("arrayUint16", DType.UINT16, MemorySegment.ofArray(Objects.requireNonNull(bits, "arrayUint16: bits is null")),
                bits.length, shape);
    }

    /**
     * A uint32 tensor whose elements have the bits of {@code bits} (Java's int -1 is 4294967295):
     * <pre>{@code
     * Tensor u = Np.arrayUint32(new int[] {0, -1, Integer.MIN_VALUE});   // [0 4294967295 2147483648]
     * }</pre>
     */
    public static Tensor arrayUint32(int[] bits, long... shape) {
        return fromJava("arrayUint32", DType.UINT32, MemorySegment.ofArray(Objects.requireNonNull(bits, "arrayUint32: bits is null")),
                bits.length, shape);
    }

    /** A tensor of {@code dtype} copied from a Java array's memory, in {@code shape} (1-d when none is given). */
    private static Tensor fromJava(String op, DType dtype, MemorySegment data, int length, long[] shape) {
        return Creation.fromHost(currentBackend(), dtype, data, checkedShape(op, length, shape));
    }

    /** A bool tensor holding a copy of {@code data}. */
    public static Tensor array(boolean[] data, long... shape) {
        Objects.requireNonNull(data, "array: data is null");
        byte[] bytes = new byte[data.length];
        for (int i = 0; i < data.length; i++) {
            bytes[i] = (byte) (data[i] ? 1 : 0);
        }
        return Creation.fromHost(currentBackend(), DType.BOOL, MemorySegment.ofArray(bytes),
                checkedShape("array", data.length, shape));
    }

    /** A 2-d float32 tensor from rows of equal length. */
    public static Tensor array(float[][] rows) {
        Objects.requireNonNull(rows, "array: rows is null");
        for (int i = 0; i < rows.length; i++) {
            Objects.requireNonNull(rows[i], "array: row " + i + " is null");
        }
        int cols = checkRows(rows.length, rows.length == 0 ? 0 : rows[0].length, i -> rows[i].length);
        float[] flat = new float[rows.length * cols];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(rows[i], 0, flat, i * cols, cols);
        }
        return array(flat, rows.length, cols);
    }

    /** A 2-d float64 tensor from rows of equal length. */
    public static Tensor array(double[][] rows) {
        Objects.requireNonNull(rows, "array: rows is null");
        for (int i = 0; i < rows.length; i++) {
            Objects.requireNonNull(rows[i], "array: row " + i + " is null");
        }
        int cols = checkRows(rows.length, rows.length == 0 ? 0 : rows[0].length, i -> rows[i].length);
        double[] flat = new double[rows.length * cols];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(rows[i], 0, flat, i * cols, cols);
        }
        return array(flat, rows.length, cols);
    }

    /**
     * {@code np.array(rows, ndmax=ndmax)}: {@link #array(double[][])}, whose nesting is 2-d, with
     * NumPy's limit on the dimensions discovered in nested sequences: ndmax below 2 is refused as
     * NumPy refuses a nested list deeper than ndmax without dtype=object (jtensor has no object
     * arrays to put the rows in).
     *
     * <pre>{@code
     * array(new double[][] {{1, 2}, {3, 4}}, 1)   // IllegalArgumentException, as np.array([[1., 2], [3, 4]], ndmax=1)
     * }</pre>
     *
     * @throws IllegalArgumentException for ndmax outside 0..64 ("ndmax must be in the range [0,
     *                                  NPY_MAXDIMS (64)]") or below 2
     */
    public static Tensor array(double[][] rows, int ndmax) {
        ArrayChecks.checkNdmax(0, ndmax);
        if (ndmax < 2) {
            throw new IllegalArgumentException("array: setting an array element with a sequence. The requested array"
                    + " would exceed the maximum number of dimension of " + ndmax + ".");
        }
        return array(rows);
    }

    private static int checkRows(int count, int cols, java.util.function.IntUnaryOperator length) {
        for (int i = 0; i < count; i++) {
            if (length.applyAsInt(i) != cols) {
                throw new IllegalArgumentException("array: row " + i + " has " + length.applyAsInt(i)
                        + " elements but row 0 has " + cols + " (rows must have equal length)");
            }
        }
        return cols;
    }

    private static long[] checkedShape(String op, int length, long[] shape) {
        if (shape.length == 0) {
            return new long[] {length};
        }
        if (Shape.size(op, shape) != length) {
            throw new IllegalArgumentException(op + ": " + length + " elements cannot have shape "
                    + Shape.toString(shape) + " (" + Shape.size(shape) + " elements)");
        }
        return shape.clone();
    }

    /** A 0-d float64 tensor ({@code np.array(3.0)}). */
    public static Tensor scalar(double value) {
        return full(new long[0], value, DType.FLOAT64);
    }

    /** A 0-d tensor of the given type. */
    public static Tensor scalar(double value, DType dtype) {
        return full(new long[0], value, dtype);
    }

    /** A float64 tensor of zeros. */
    public static Tensor zeros(long... shape) {
        return zeros(shape, DType.FLOAT64);
    }

    /** A tensor of zeros of the given type. */
    public static Tensor zeros(long[] shape, DType dtype) {
        return full("zeros", shape, 0, dtype);
    }

    /** A float64 tensor of ones. */
    public static Tensor ones(long... shape) {
        return ones(shape, DType.FLOAT64);
    }

    /** A tensor of ones of the given type. */
    public static Tensor ones(long[] shape, DType dtype) {
        return full("ones", shape, 1, dtype);
    }

    /** A float64 tensor filled with {@code value}. */
    public static Tensor full(long[] shape, double value) {
        return full(shape, value, DType.FLOAT64);
    }

    /** A tensor filled with {@code value} converted to {@code dtype}. */
    public static Tensor full(long[] shape, double value, DType dtype) {
        return full("full", shape, value, dtype);
    }

    private static Tensor full(String op, long[] shape, double value, DType dtype) {
        Objects.requireNonNull(shape, () -> op + ": shape is null");
        Objects.requireNonNull(dtype, () -> op + ": dtype is null");
        Shape.size(op, shape);
        return Elementwise.full(currentBackend(), shape.clone(), value, dtype);
    }

    /**
     * A new tensor whose contents are unspecified in NumPy; jtensor zero-fills it, so this is
     * {@link #zeros(long[], DType)}.
     */
    public static Tensor empty(long[] shape, DType dtype) {
        return zeros(shape, dtype);
    }

    /** A float64 {@link #empty(long[], DType)}. */
    public static Tensor empty(long... shape) {
        return zeros(shape, DType.FLOAT64);
    }

    /** {@code 0, 1, ..., stop-1} as int64 ({@code np.arange(stop)}). */
    public static Tensor arange(long stop) {
        return arange(0, stop, 1);
    }

    /** {@code start, start+1, ..., stop-1} as int64. */
    public static Tensor arange(long start, long stop) {
        return arange(start, stop, 1);
    }

    /** {@code start, start+step, ...} up to but excluding {@code stop}, as int64. */
    public static Tensor arange(long start, long stop, long step) {
        if (step == 0) {
            throw new IllegalArgumentException("arange: step must not be 0");
        }
        long n = Math.max(0, Math.ceilDiv(stop - start, step));
        return Creation.generateIntegers(currentBackend(), DType.INT64, new long[] {n}, i -> start + i * step);
    }

    /** {@code start + i*step} for {@code i = 0 .. ceil((stop-start)/step)-1}, as float64 ({@code np.arange(0.0, 1, 0.1)}). */
    public static Tensor arange(double start, double stop, double step) {
        return Creation.arange(currentBackend(), start, stop, step, DType.FLOAT64);
    }

    /** {@code np.arange(stop, dtype=dtype)}: see {@link #arange(long, long, long, DType)}. */
    public static Tensor arange(long stop, DType dtype) {
        return arange(0, stop, 1, dtype);
    }

    /**
     * {@code np.arange(start, stop, step, dtype=dtype)} with Java integers, as NumPy computes it: the
     * length {@code ceil((stop - start) / step)}, the first two elements {@code start} and {@code
     * start + step} converted to dtype (into an integer type they must fit), every later one {@code
     * first + i * (second - first)} in dtype's arithmetic (integers wrap past the type's range, as
     * NumPy's fill does). A null dtype is int64. bool allows at most 2 elements.
     *
     * <pre>{@code
     * arange(0, 5, 2, DType.FLOAT32)    // [0. 2. 4.] float32
     * arange(0, 300, 100, DType.INT8)   // [   0  100  -56]
     * arange(250, 253, 1, DType.UINT8)  // [250 251 252]
     * }</pre>
     *
     * @throws IllegalArgumentException for step 0, start or start + step outside an integer dtype's
     *                                  range (NumPy's OverflowError), or a bool result longer than 2
     *                                  (NumPy's TypeError)
     */
    public static Tensor arange(long start, long stop, long step, DType dtype) {
        return dtype == null ? arange(start, stop, step) : TypedArange.of(currentBackend(), start, stop, step, dtype);
    }

    /**
     * {@code np.arange(start, stop, step, dtype=dtype)} with doubles: as {@link #arange(long, long,
     * long, DType)}, start and {@code start + step} (computed in float64) converted as NumPy converts
     * a Python float: truncated toward zero into an integer type (so a fractional step may repeat
     * values: {@code arange(1, 3, 0.5, INT64)} is {@code [1 1 1 1]}), rounded once into a float type;
     * float32 and float16 then step in float32 ({@code arange(0, 1, 0.1, FLOAT32)} ends in
     * 0.90000004, as NumPy's). A null dtype is float64.
     *
     * @throws IllegalArgumentException for step 0 or NaN, a length that cannot be computed (NaN or
     *                                  infinite bounds), start or start + step outside an integer
     *                                  dtype's range, or a bool result longer than 2
     */
    public static Tensor arange(double start, double stop, double step, DType dtype) {
        return TypedArange.of(currentBackend(), start, stop, step, dtype == null ? DType.FLOAT64 : dtype);
    }

    /**
     * {@code num} evenly spaced float64 values from start to stop inclusive ({@code np.linspace}),
     * in NumPy's arithmetic: {@code i * step + start} with the last one {@code stop}; a single
     * sample is {@code 0 * (stop - start) + start}, so NaN when stop or start is infinite or NaN.
     *
     * <pre>{@code
     * linspace(0, 1, 5)                          // [0.   0.25 0.5  0.75 1.  ]
     * linspace(0, Double.POSITIVE_INFINITY, 1)   // [nan]
     * }</pre>
     *
     * @throws IllegalArgumentException when num is negative
     */
    public static Tensor linspace(double start, double stop, long num) {
        return Creation.linspace(currentBackend(), start, stop, num, true, DType.FLOAT64);
    }

    /** {@code np.linspace(start, stop, num, endpoint=endpoint)}. */
    public static Tensor linspace(double start, double stop, long num, boolean endpoint) {
        return Creation.linspace(currentBackend(), start, stop, num, endpoint, DType.FLOAT64);
    }

    /**
     * {@code np.linspace(start, stop, num, endpoint, dtype=dtype)} for numbers: see
     * {@link #linspace(Tensor, Tensor, long, boolean, DType, int)}; a null dtype is float64.
     *
     * <pre>{@code
     * linspace(0, 10, 4, true, DType.INT64)   // [ 0  3  6 10] (floored: 3.33 -> 3)
     * }</pre>
     */
    public static Tensor linspace(double start, double stop, long num, boolean endpoint, DType dtype) {
        try (Tensor first = scalar(start); Tensor last = scalar(stop)) {
            return linspace(first, last, num, endpoint, dtype, 0);
        }
    }

    /**
     * {@code np.linspace(start, stop, num, endpoint, dtype=dtype, axis=axis)} with array end points:
     * start and stop broadcast, and the num samples run along a new axis placed at {@code axis} of
     * the result (negative counts from its end). NumPy's arithmetic in the floating type of start
     * and stop ({@code float64} for integers and bool; float16 and float32 stay): {@code i * step +
     * start} with {@code step = (stop - start) / (num - 1)} ({@code num} without the end point),
     * {@code (i / div) * (stop - start) + start} when a step is 0 (denormal spans), and the last
     * sample exactly {@code stop}. An integer dtype floors the samples before the cast, as NumPy 2
     * does ({@code linspace(-1, -10, 4, INT8)} is {@code [-1 -4 -7 -10]}); other dtypes are a plain
     * cast (NaN and ±Inf into integers give what the cast gives). A null dtype is the floating type.
     * NaN or infinite end points give NaN samples inside (one sample: NaN when stop is infinite).
     *
     * <pre>{@code
     * linspace(array(new double[] {0, 1}), array(new double[] {10, 20}), 5, true, null, 1)
     * // [[ 0.    2.5   5.    7.5  10.  ]
     * //  [ 1.    5.75 10.5  15.25 20.  ]]
     * }</pre>
     *
     * <p>Deviation: a 0-d tensor end point is an array to NumPy's type rules, not a Python scalar,
     * so {@code linspace(scalar(0.0), float32Stop, ...)} is float64 where {@code np.linspace(0,
     * stop_f32)} is float32; pass a 0-d float32 for float32 samples.
     *
     * @throws IllegalArgumentException for a negative num, shapes that do not broadcast, an axis out
     *                                  of range for the result, or tensors on different backends
     */
    public static Tensor linspace(Tensor start, Tensor stop, long num, boolean endpoint, DType dtype, int axis) {
        Tensor[] result = Spacing.linspace("linspace", start, stop, num, endpoint, dtype, axis);
        result[1].close();
        return result[0];
    }

    /**
     * {@code np.linspace(..., retstep=True)}: {@code {samples, step}}, the samples as
     * {@link #linspace(Tensor, Tensor, long, boolean, DType, int)} and the step in the floating
     * type, of start's and stop's broadcast shape; a 0-d float64 NaN when there are no divisions
     * (num 0, or 1 with the end point), as NumPy's {@code nan}.
     *
     * <pre>{@code
     * linspaceWithStep(scalar(0.0), array(new double[] {1, 2}), 3, true, null, 0)[1]   // [0.5 1. ]
     * }</pre>
     */
    public static Tensor[] linspaceWithStep(Tensor start, Tensor stop, long num, boolean endpoint, DType dtype,
                                            int axis) {
        return Spacing.linspace("linspace", start, stop, num, endpoint, dtype, axis);
    }

    /** The n x n float64 identity ({@code np.eye(n)}). */
    public static Tensor eye(long n) {
        return Creation.eye(currentBackend(), n, n, 0, DType.FLOAT64);
    }

    /** An n x m matrix with ones on diagonal {@code k} ({@code np.eye(n, m, k, dtype)}). */
    public static Tensor eye(long n, long m, long k, DType dtype) {
        return Creation.eye(currentBackend(), n, m, k, dtype);
    }

    /**
     * The n x n float64 lower-triangular matrix of ones ({@code np.tri(n)}): 1 where column &lt;= row.
     *
     * <pre>{@code
     * tri(3)   // [[1. 0. 0.] [1. 1. 0.] [1. 1. 1.]]
     * }</pre>
     */
    public static Tensor tri(long n) {
        return Triangles.tri(currentBackend(), n, n, 0, DType.FLOAT64);
    }

    /** {@code np.tri(n, m, k)}: an n x m float64 matrix, 1 where {@code column - row <= k}, else 0. */
    public static Tensor tri(long n, long m, long k) {
        return Triangles.tri(currentBackend(), n, m, k, DType.FLOAT64);
    }

    /**
     * {@code np.tri(n, m, k, dtype)}: an n x m matrix of {@code dtype}, 1 (true) at and below
     * diagonal k (k > 0 above the main one, k &lt; 0 below it), 0 elsewhere. As in NumPy, a negative
     * n or m gives an empty axis rather than an error. Built on the device from two index vectors.
     */
    public static Tensor tri(long n, long m, long k, DType dtype) {
        return Triangles.tri(currentBackend(), n, m, k, dtype);
    }

    /**
     * A tensor of zeros with x's shape and dtype on x's backend ({@code np.zeros_like(x)}); x may
     * be any view, the result is C-contiguous.
     */
    public static Tensor zerosLike(Tensor x) {
        return Creation.like("zerosLike", x, null, 0);
    }

    /** Zeros of x's shape in {@code dtype}, on x's backend ({@code np.zeros_like(x, dtype)}). */
    public static Tensor zerosLike(Tensor x, DType dtype) {
        return Creation.like("zerosLike", x, Objects.requireNonNull(dtype, "zerosLike: dtype is null"), 0);
    }

    /** Ones of x's shape and dtype, on x's backend ({@code np.ones_like(x)}); true for bool. */
    public static Tensor onesLike(Tensor x) {
        return Creation.like("onesLike", x, null, 1);
    }

    /** Ones of x's shape in {@code dtype}, on x's backend ({@code np.ones_like(x, dtype)}). */
    public static Tensor onesLike(Tensor x, DType dtype) {
        return Creation.like("onesLike", x, Objects.requireNonNull(dtype, "onesLike: dtype is null"), 1);
    }

    /**
     * A tensor of x's shape and dtype on x's backend filled with {@code value}
     * ({@code np.full_like(x, value)}), converted as NumPy's unsafe cast and {@link Tensor#astype}
     * convert: an integer x truncates toward zero, NaN or an out-of-range value gives the integer
     * type's minimum (int8, uint8, int16, uint16: converted to int32 that way, then wrapped to the
     * width, as NumPy on x86: 300.7 gives int8 44, NaN 0, -1.0 uint8 255; uint32 likewise through
     * int64, as NumPy's scalar cast: 1e10 gives 1410065408), bool stores
     * {@code value != 0}.
     *
     * <pre>{@code
     * fullLike(zeros(new long[] {2}, DType.INT32), 2.9)   // [2 2] int32
     * }</pre>
     */
    public static Tensor fullLike(Tensor x, double value) {
        return Creation.like("fullLike", x, null, value);
    }

    /** {@code np.full_like(x, value, dtype)}: see {@link #fullLike(Tensor, double)}. */
    public static Tensor fullLike(Tensor x, double value, DType dtype) {
        return Creation.like("fullLike", x, Objects.requireNonNull(dtype, "fullLike: dtype is null"), value);
    }

    /**
     * {@code np.full_like(x, value)} for a Java integer: exact in an integer tensor (no detour
     * through double), rounded to nearest in a float one, {@code value != 0} in a bool one.
     *
     * @throws IllegalArgumentException for a value outside an integer x's range, e.g. 300 for int8
     *                                  (NumPy: OverflowError)
     */
    public static Tensor fullLike(Tensor x, long value) {
        return Creation.like("fullLike", x, value);
    }

    /**
     * {@code np.full_like(x, value, dtype)} for a Java integer (NumPy's Python int): exact in an
     * integer dtype, rounded to nearest in a float one, {@code value != 0} in bool.
     *
     * <pre>{@code
     * fullLike(zeros(new long[] {2}), 200, DType.UINT8)   // [200 200] uint8
     * fullLike(zeros(new long[] {2}), 200, DType.INT8)    // IllegalArgumentException (NumPy: OverflowError)
     * }</pre>
     *
     * @throws IllegalArgumentException for a value outside an integer dtype's range, e.g. 200 for int8
     */
    public static Tensor fullLike(Tensor x, long value, DType dtype) {
        return Creation.like("fullLike", x, value, dtype);
    }

    /**
     * {@code np.zeros_like(x, dtype, shape=shape)}: zeros of {@code shape} (null: x's; an empty
     * array is 0-d) and {@code dtype} (null: x's type) on x's backend, as NumPy's shape= keyword.
     *
     * <pre>{@code
     * zerosLike(x, null, new long[] {4, 2})   // a (4, 2) tensor of x's type
     * }</pre>
     *
     * @throws IllegalArgumentException for a negative dimension (NumPy's ValueError "negative
     *                                  dimensions are not allowed")
     */
    public static Tensor zerosLike(Tensor x, DType dtype, long[] shape) {
        return Creation.like("zerosLike", x, dtype, 0, shape);
    }

    /** {@code np.ones_like(x, dtype, shape=shape)}: as {@link #zerosLike(Tensor, DType, long[])} with ones. */
    public static Tensor onesLike(Tensor x, DType dtype, long[] shape) {
        return Creation.like("onesLike", x, dtype, 1, shape);
    }

    /** {@code np.empty_like(x, dtype, shape=shape)}: zeros, as {@link #zerosLike(Tensor, DType, long[])}. */
    public static Tensor emptyLike(Tensor x, DType dtype, long[] shape) {
        return Creation.like("emptyLike", x, dtype, 0, shape);
    }

    /**
     * {@code np.full_like(x, value, dtype, shape=shape)}: value converted as
     * {@link #fullLike(Tensor, double)} says, shape and dtype as {@link #zerosLike(Tensor, DType, long[])}.
     */
    public static Tensor fullLike(Tensor x, double value, DType dtype, long[] shape) {
        return Creation.like("fullLike", x, dtype, value, shape);
    }

    /**
     * {@code np.full_like(x, value, dtype, shape=shape)} for a Java integer: exact as
     * {@link #fullLike(Tensor, long, DType)}, dtype null being x's type.
     *
     * @throws IllegalArgumentException for a value outside an integer type's range or a negative dimension
     */
    public static Tensor fullLike(Tensor x, long value, DType dtype, long[] shape) {
        Objects.requireNonNull(x, "fullLike: prototype x is null");
        return Creation.like("fullLike", x, value, dtype == null ? x.dtype() : dtype, shape);
    }

    /**
     * {@code np.empty_like(x)}: NumPy leaves the contents unspecified; jtensor zero-fills, so this
     * is {@link #zerosLike(Tensor)}.
     */
    public static Tensor emptyLike(Tensor x) {
        return Creation.like("emptyLike", x, null, 0);
    }

    /** {@code np.empty_like(x, dtype)}: zeros, as {@link #emptyLike(Tensor)}. */
    public static Tensor emptyLike(Tensor x, DType dtype) {
        return Creation.like("emptyLike", x, Objects.requireNonNull(dtype, "emptyLike: dtype is null"), 0);
    }

    /**
     * A seeded random generator creating tensors on the current backend, on jtensor's own stream
     * (a {@link java.util.SplittableRandom}): NumPy's Generator methods (random, integers, normal,
     * permutation, shuffle, choice, the distributions, spawn) with NumPy's distributions, but not
     * NumPy's values. The same seed gives the same values on every backend and in every release
     * since it was introduced; use {@link #defaultRng(long)} for NumPy's values.
     *
     * <pre>{@code
     * TensorRandom rng = Np.random(42);
     * Tensor x = rng.standardNormal(32, 784);
     * }</pre>
     */
    public static TensorRandom random(long seed) {
        return new TensorRandom(seed, currentBackend());
    }

    /**
     * {@code np.random.default_rng(seed)}: a generator on NumPy's own stream (PCG64 seeded through
     * NumPy's SeedSequence), creating tensors on the current backend. The uniform methods give
     * NumPy's values bit for bit, call after call ({@code Np.defaultRng(42).random(5)} is
     * {@code np.random.default_rng(42).random(5)}): random, uniform, integers, permutation,
     * shuffle, permuted, choice, bytes and spawn; the samplers built on NumPy's ziggurat tables
     * (normal, exponential, gamma and what uses them) and the other distributions draw from the
     * same stream with NumPy's distributions but not its values, and after one of them the stream
     * is no longer where NumPy's would be ({@link TensorRandom} lists which is which).
     *
     * <pre>{@code
     * TensorRandom rng = Np.defaultRng(42);
     * rng.random(3)   // [0.77395605 0.43887844 0.85859792], as NumPy
     * }</pre>
     *
     * @throws IllegalArgumentException for a negative seed (NumPy: ValueError)
     */
    public static TensorRandom defaultRng(long seed) {
        return defaultRng(java.math.BigInteger.valueOf(seed));
    }

    /**
     * {@link #defaultRng(long)} for a seed of any size ({@code np.random.default_rng(seed)} with a
     * Python int beyond 64 bits, e.g. 128 bits of entropy).
     *
     * @throws IllegalArgumentException for a negative seed
     */
    public static TensorRandom defaultRng(java.math.BigInteger seed) {
        Objects.requireNonNull(seed, "defaultRng: seed is null");
        return new TensorRandom(new SeedSequence(seed), currentBackend());
    }

    /**
     * {@code np.random.default_rng()} without a seed: a generator on NumPy's stream seeded from 128
     * bits of the operating system's entropy ({@link java.security.SecureRandom}), as NumPy seeds
     * it, different in every run. Use {@link #defaultRng(long)} for reproducible values.
     */
    public static TensorRandom defaultRng() {
        return defaultRng(new java.math.BigInteger(128, new java.security.SecureRandom()));
    }

    // ---- selection ------------------------------------------------------------------------------------

    /** {@code np.where(cond, a, b)}: a where cond is non-zero, else b, broadcast together. */
    public static Tensor where(Tensor condition, Tensor a, Tensor b) {
        return Elementwise.where(condition, Arg.of(a), Arg.of(b));
    }

    /** {@code np.where} with a scalar for the false branch. */
    public static Tensor where(Tensor condition, Tensor a, double b) {
        return Elementwise.where(condition, Arg.of(a), Arg.of(b));
    }

    /** {@code np.where} with a scalar for the true branch. */
    public static Tensor where(Tensor condition, double a, Tensor b) {
        return Elementwise.where(condition, Arg.of(a), Arg.of(b));
    }

    /**
     * {@code np.where} with a weak integer scalar for the false branch (an int32 tensor stays int32;
     * a value beyond the tensor's integer type wraps to it as NumPy's cast of a Python int:
     * {@code where(c, int8 x, 300)} holds 44 where c is false).
     */
    public static Tensor where(Tensor condition, Tensor a, long b) {
        return Elementwise.where(condition, Arg.of(a), Arg.of(b));
    }

    /** {@code np.where} with a weak integer scalar for the true branch. */
    public static Tensor where(Tensor condition, long a, Tensor b) {
        return Elementwise.where(condition, Arg.of(a), Arg.of(b));
    }

    /** {@code np.where} with two scalars: a float64 tensor of cond's shape. */
    public static Tensor where(Tensor condition, double a, double b) {
        return Elementwise.where(condition, Arg.of(a), Arg.of(b));
    }

    // ---- joining and splitting ------------------------------------------------------------------------

    /**
     * The tensors joined along axis 0 ({@code np.concatenate(arrays)}); see
     * {@link #concatenate(Tensor[], int)}.
     *
     * <pre>{@code
     * concatenate(array(new int[] {1, 2}), array(new int[] {3}));   // [1 2 3] int32
     * }</pre>
     */
    public static Tensor concatenate(Tensor... arrays) {
        return Joining.concatenate("concatenate", arrays, 0, null);
    }

    /**
     * The tensors joined along an existing axis ({@code np.concatenate(arrays, axis)}; negative
     * counts from the end). Shapes must match except along {@code axis}, where inputs may have
     * length 0; the result type is NumPy's {@code result_type} of the inputs ({@link DType#promote}).
     * Inputs may be any views (transposed, sliced, broadcast); all must be on one backend. The
     * result is a new C-contiguous tensor.
     *
     * <pre>{@code
     * Tensor a = array(new double[][] {{1, 2}, {3, 4}});
     * concatenate(new Tensor[] {a, a.T()}, 1);   // [[1. 2. 1. 3.] [3. 4. 2. 4.]]
     * }</pre>
     *
     * @throws IllegalArgumentException for no input, a 0-d input (use {@link #stack} or
     *                                  {@link #concatenateFlat}), differing numbers of dimensions or
     *                                  shapes, an axis out of range, or tensors on different backends
     */
    public static Tensor concatenate(Tensor[] arrays, int axis) {
        return Joining.concatenate("concatenate", arrays, axis, null);
    }

    /**
     * {@link #concatenate(Tensor[], int)} written into {@code out}, which must have the result's
     * shape exactly; each input is cast to out's type (casting='same_kind'). Returns {@code out}.
     * An input may share memory with out (it is then joined in a temporary first).
     *
     * <pre>{@code
     * Tensor out = zeros(new long[] {4}, DType.FLOAT32);
     * concatenate(new Tensor[] {array(new double[] {1, 2}), array(new int[] {3, 4})}, 0, out);   // [1. 2. 3. 4.] float32
     * }</pre>
     */
    public static Tensor concatenate(Tensor[] arrays, int axis, Tensor out) {
        Objects.requireNonNull(out, "concatenate: out is null");
        return Joining.concatenate("concatenate", arrays, axis, out);
    }

    /**
     * {@code np.concatenate(arrays, axis, dtype=dtype, casting=casting)}: every input converted to
     * dtype, which each must reach under {@code casting} ("no", "equiv", "safe", "same_kind" (NumPy's
     * default) or "unsafe"), then joined. (NumPy refuses dtype together with out; here they are
     * separate overloads.)
     *
     * <pre>{@code
     * concatenate(new Tensor[] {array(new long[] {1}), array(new double[] {2.7})}, 0, DType.INT32, "unsafe")   // [1 2] int32
     * }</pre>
     *
     * @throws IllegalArgumentException when an input does not cast to dtype under the rule (NumPy's
     *                                  TypeError), for an unknown casting, and as {@link #concatenate(Tensor[], int)}
     */
    public static Tensor concatenate(Tensor[] arrays, int axis, DType dtype, String casting) {
        return Joining.joinedAs("concatenate", arrays, dtype, casting,
                converted -> Joining.concatenate("concatenate", converted, axis, null));
    }

    /**
     * The tensors flattened in C order and joined into one 1-d tensor
     * ({@code np.concatenate(arrays, axis=None)}); inputs may have any shapes, 0-d included.
     *
     * <pre>{@code
     * concatenateFlat(array(new double[][] {{1, 2}, {3, 4}}), scalar(5.0));   // [1. 2. 3. 4. 5.]
     * }</pre>
     */
    public static Tensor concatenateFlat(Tensor... arrays) {
        return Joining.concatenateFlat("concatenate", arrays);
    }

    /**
     * The tensors, all of one shape, joined along a new axis 0 ({@code np.stack(arrays)}).
     *
     * <pre>{@code
     * stack(array(new int[] {1, 2}), array(new int[] {3, 4}));   // [[1 2] [3 4]] int32
     * }</pre>
     */
    public static Tensor stack(Tensor... arrays) {
        return Joining.stack("stack", arrays, 0, null);
    }

    /**
     * The tensors, all of one shape, joined along a new axis at position {@code axis} of the
     * result, in {@code -(ndim+1)..ndim} ({@code np.stack(arrays, axis)}); the result type is
     * their {@code result_type}.
     *
     * <pre>{@code
     * Tensor a = array(new int[] {1, 2});
     * stack(new Tensor[] {a, a}, 1);    // [[1 1] [2 2]], shape (2, 2)
     * stack(new Tensor[] {a, a}, -1);   // the same
     * }</pre>
     *
     * @throws IllegalArgumentException for no input, differing shapes or an axis out of range
     */
    public static Tensor stack(Tensor[] arrays, int axis) {
        return Joining.stack("stack", arrays, axis, null);
    }

    /**
     * {@link #stack(Tensor[], int)} written into {@code out} (the stacked shape exactly; inputs
     * cast to out's type with casting='same_kind'); returns {@code out}.
     *
     * <pre>{@code
     * Tensor out = zeros(2, 2);
     * stack(new Tensor[] {array(new int[] {1, 2}), array(new int[] {3, 4})}, 0, out);   // [[1. 2.] [3. 4.]]
     * }</pre>
     */
    public static Tensor stack(Tensor[] arrays, int axis, Tensor out) {
        Objects.requireNonNull(out, "stack: out is null");
        return Joining.stack("stack", arrays, axis, out);
    }

    /**
     * {@code np.stack(arrays, axis, dtype=dtype, casting=casting)}: every input converted to dtype
     * under casting as {@link #concatenate(Tensor[], int, DType, String)} converts them, then
     * {@link #stack(Tensor[], int)}.
     *
     * <pre>{@code
     * stack(new Tensor[] {array(new long[] {1, 2}), array(new double[] {3.5, 4})}, 0, DType.INT32, "unsafe")   // [[1 2] [3 4]]
     * }</pre>
     *
     * @throws IllegalArgumentException when an input does not cast to dtype under the rule (NumPy's
     *                                  TypeError), for an unknown casting, and as {@link #stack(Tensor[], int)}
     */
    public static Tensor stack(Tensor[] arrays, int axis, DType dtype, String casting) {
        return Joining.joinedAs("stack", arrays, dtype, casting, converted -> Joining.stack("stack", converted, axis, null));
    }

    /**
     * The tensors joined horizontally ({@code np.hstack}): along axis 0 when the first is 1-d
     * (0-d inputs count as 1-d of length 1), else along axis 1 (columns of matrices).
     *
     * <pre>{@code
     * hstack(array(new int[] {1, 2}), array(new int[] {3}));                     // [1 2 3]
     * hstack(array(new double[][] {{1}, {2}}), array(new double[][] {{3}, {4}}));   // [[1. 3.] [2. 4.]]
     * }</pre>
     */
    public static Tensor hstack(Tensor... arrays) {
        return Joining.hstack("hstack", arrays);
    }

    /** {@code np.hstack(arrays, dtype=dtype, casting=casting)}: the inputs converted as {@link #concatenate(Tensor[], int, DType, String)} says, then {@link #hstack(Tensor...)}. */
    public static Tensor hstack(Tensor[] arrays, DType dtype, String casting) {
        return Joining.joinedAs("hstack", arrays, dtype, casting, converted -> Joining.hstack("hstack", converted));
    }

    /**
     * The tensors joined vertically along axis 0 ({@code np.vstack}), a 1-d input of length n
     * taken as a row of shape (1, n) and a 0-d one as (1, 1).
     *
     * <pre>{@code
     * vstack(array(new int[] {1, 2}), array(new int[] {3, 4}));   // [[1 2] [3 4]]
     * }</pre>
     */
    public static Tensor vstack(Tensor... arrays) {
        return Joining.vstack("vstack", arrays);
    }

    /** {@code np.vstack(arrays, dtype=dtype, casting=casting)}: the inputs converted as {@link #concatenate(Tensor[], int, DType, String)} says, then {@link #vstack(Tensor...)}. */
    public static Tensor vstack(Tensor[] arrays, DType dtype, String casting) {
        return Joining.joinedAs("vstack", arrays, dtype, casting, converted -> Joining.vstack("vstack", converted));
    }

    /**
     * {@code x} split along axis 0 into {@code sections} views of equal length
     * ({@code np.split(x, sections)}); see {@link #split(Tensor, int, int)}.
     *
     * <pre>{@code
     * Tensor[] parts = split(arange(6), 3);   // [0 1] [2 3] [4 5]
     * }</pre>
     */
    public static Tensor[] split(Tensor x, int sections) {
        return Splitting.sections("split", x, sections, 0, true);
    }

    /**
     * {@code x} split along {@code axis} into {@code sections} pieces of equal length
     * ({@code np.split(x, sections, axis)}). The pieces are <b>views</b> sharing x's memory
     * (writing into one writes x); each holds the memory as any view does, so x may be closed
     * while they are in use, and each piece is closed on its own.
     *
     * <pre>{@code
     * Tensor[] halves = split(zeros(2, 6), 2, 1);   // two (2, 3) views
     * }</pre>
     *
     * @throws IllegalArgumentException when sections is not positive or does not divide the axis
     *                                  ("array split does not result in an equal division"; see
     *                                  {@link #arraySplit}), or for an axis out of range
     */
    public static Tensor[] split(Tensor x, int sections, int axis) {
        return Splitting.sections("split", x, sections, axis, true);
    }

    /**
     * {@code x} split along axis 0 before each of {@code indices}
     * ({@code np.split(x, indices)}); see {@link #split(Tensor, long[], int)}.
     *
     * <pre>{@code
     * split(arange(7), new long[] {2, 5});   // [0 1] [2 3 4] [5 6]
     * }</pre>
     */
    public static Tensor[] split(Tensor x, long[] indices) {
        return Splitting.atIndices("split", x, indices, 0);
    }

    /**
     * The {@code indices.length + 1} views {@code x[:i0], x[i0:i1], ..., x[ik:]} along
     * {@code axis} ({@code np.split(x, indices, axis)}). Each bound follows Python's slice rules:
     * negative counts from the end, past the end clips, so pieces may be empty; indices need not
     * increase. The pieces share x's memory, as in {@link #split(Tensor, int, int)}.
     *
     * <pre>{@code
     * split(arange(7), new long[] {-2, 10}, 0);   // [0 1 2 3 4] [5 6] []
     * }</pre>
     */
    public static Tensor[] split(Tensor x, long[] indices, int axis) {
        return Splitting.atIndices("split", x, indices, axis);
    }

    /**
     * {@code x} split along axis 0 into {@code sections} views whose lengths differ by at most
     * one, the longer first ({@code np.array_split(x, sections)}).
     *
     * <pre>{@code
     * arraySplit(arange(7), 3);   // [0 1 2] [3 4] [5 6]
     * }</pre>
     */
    public static Tensor[] arraySplit(Tensor x, int sections) {
        return Splitting.sections("array_split", x, sections, 0, false);
    }

    /**
     * {@code x} split along {@code axis} into {@code sections} views whose lengths differ by at
     * most one ({@code np.array_split(x, sections, axis)}): with n = x.shape(axis), the first
     * n % sections pieces have length n / sections + 1, the others n / sections (possibly 0). The
     * pieces share x's memory, as in {@link #split(Tensor, int, int)}.
     *
     * <pre>{@code
     * arraySplit(arange(2), 3, 0);   // [0] [1] []
     * }</pre>
     *
     * @throws IllegalArgumentException when sections is not positive or the axis is out of range
     */
    public static Tensor[] arraySplit(Tensor x, int sections, int axis) {
        return Splitting.sections("array_split", x, sections, axis, false);
    }

    // ---- rearranging: flip, roll, tile, repeat, swapaxes, atleast, triangles, meshgrid -----------------

    /**
     * x with every axis reversed ({@code np.flip(x)}): a view with negative strides, sharing x's
     * memory; a 0-d x comes back as a view of itself.
     *
     * <pre>{@code
     * flip(array(new double[][] {{1, 2}, {3, 4}}))   // [[4. 3.] [2. 1.]]
     * }</pre>
     */
    public static Tensor flip(Tensor x) {
        return Flipping.flip("flip", x, null);
    }

    /**
     * x with the given axes reversed ({@code np.flip(x, axis)}), a view; no axes reverses none.
     *
     * @throws IllegalArgumentException for an axis out of range or repeated
     */
    public static Tensor flip(Tensor x, int... axes) {
        return Flipping.flip("flip", x, Objects.requireNonNull(axes, "flip: axes is null"));
    }

    /**
     * x with axis 1 reversed ({@code np.fliplr}, left and right exchanged), a view.
     *
     * @throws IllegalArgumentException for x of fewer than 2 dimensions
     */
    public static Tensor fliplr(Tensor x) {
        return Flipping.fliplr(x);
    }

    /**
     * x with axis 0 reversed ({@code np.flipud}, up and down exchanged), a view.
     *
     * @throws IllegalArgumentException for a 0-d x
     */
    public static Tensor flipud(Tensor x) {
        return Flipping.flipud(x);
    }

    /**
     * The flattened x shifted cyclically by {@code shift} positions, in x's shape
     * ({@code np.roll(x, shift)}): element i moves to {@code (i + shift) mod size}; negative shifts
     * move left. A new tensor.
     *
     * <pre>{@code
     * roll(arange(5L), 2)   // [3 4 0 1 2]
     * }</pre>
     */
    public static Tensor roll(Tensor x, long shift) {
        return Rolling.rollFlat(x, shift);
    }

    /** x shifted cyclically by {@code shift} along {@code axis} ({@code np.roll(x, shift, axis)}), a new tensor. */
    public static Tensor roll(Tensor x, long shift, int axis) {
        return Rolling.roll(x, new long[] {shift}, new int[] {axis});
    }

    /**
     * x shifted by {@code shifts[i]} along {@code axes[i]} ({@code np.roll(x, shifts, axes)}); a
     * single shift applies to every axis, a single axis takes every shift, and a repeated axis adds
     * up its shifts, as in NumPy.
     *
     * @throws IllegalArgumentException for an axis out of range, or lengths that do not pair up
     */
    public static Tensor roll(Tensor x, long[] shifts, int[] axes) {
        return Rolling.roll(x, shifts, axes);
    }

    /**
     * x repeated {@code reps[d]} times along each axis ({@code np.tile(x, reps)}): x gets leading
     * size-1 axes, or reps leading ones, until they have as many; a new tensor.
     *
     * <pre>{@code
     * tile(array(new int[] {1, 2}), 2, 2)   // [[1 2 1 2] [1 2 1 2]]
     * }</pre>
     *
     * @throws IllegalArgumentException for a negative count on an axis that has elements
     */
    public static Tensor tile(Tensor x, long... reps) {
        return Repeating.tile(x, reps);
    }

    /**
     * Each element of the flattened x {@code repeats} times in a row ({@code np.repeat(x, repeats)}),
     * a new 1-d tensor.
     *
     * <pre>{@code
     * repeat(array(new int[] {1, 2}), 3)   // [1 1 1 2 2 2]
     * }</pre>
     *
     * @throws IllegalArgumentException for a negative count, unless x is empty (NumPy repeats no
     *                                  element any number of times: {@code np.repeat(np.zeros(0), -1)})
     */
    public static Tensor repeat(Tensor x, long repeats) {
        return Repeating.repeat(x, repeats, null);
    }

    /**
     * Each slice of x along {@code axis} {@code repeats} times in a row ({@code np.repeat(x, repeats,
     * axis)}); a 0-d x counts as 1-d, as in NumPy.
     */
    public static Tensor repeat(Tensor x, long repeats, int axis) {
        return Repeating.repeat(x, repeats, axis);
    }

    /**
     * Each element of the flattened x repeated by its own count ({@code np.repeat(x, counts)}):
     * counts has one entry per element, or one for all.
     */
    public static Tensor repeat(Tensor x, long[] repeats) {
        return Repeating.repeat(x, repeats, null);
    }

    /**
     * Slice i of x along {@code axis} repeated {@code repeats[i]} times ({@code np.repeat(x, counts,
     * axis)}); one count applies to every slice. The index list is built on the host and gathered by
     * {@link #take(Tensor, Tensor, int)}.
     *
     * <pre>{@code
     * repeat(array(new int[] {1, 2, 3, 4}, 2, 2), new long[] {2, 0}, 0)   // [[1 2] [1 2]]
     * }</pre>
     *
     * @throws IllegalArgumentException for a negative count or a number of counts other than 1 or
     *                                  the length of the axis
     */
    public static Tensor repeat(Tensor x, long[] repeats, int axis) {
        return Repeating.repeat(x, repeats, axis);
    }

    /** A view of x with two axes exchanged ({@code np.swapaxes(x, axis1, axis2)}); see {@link Tensor#swapaxes}. */
    public static Tensor swapaxes(Tensor x, int axis1, int axis2) {
        Objects.requireNonNull(x, "swapaxes: x is null");
        return x.swapaxes(axis1, axis2);
    }

    /** A view of x with at least one dimension ({@code np.atleast_1d(x)}): a 0-d x becomes shape (1). */
    public static Tensor atleast1d(Tensor x) {
        return AtLeast.dimensions("atleast1d", x, 1);
    }

    /** A view of x with at least two dimensions ({@code np.atleast_2d(x)}): () becomes (1, 1), (n) becomes (1, n). */
    public static Tensor atleast2d(Tensor x) {
        return AtLeast.dimensions("atleast2d", x, 2);
    }

    /**
     * A view of x with at least three dimensions ({@code np.atleast_3d(x)}): () becomes (1, 1, 1),
     * (n) becomes (1, n, 1) and (m, n) becomes (m, n, 1). One tensor per call (NumPy also takes several).
     */
    public static Tensor atleast3d(Tensor x) {
        return AtLeast.dimensions("atleast3d", x, 3);
    }

    /**
     * The lower triangle of x ({@code np.tril(x)}): the elements above the main diagonal of the
     * last two axes set to zero (false), for every matrix of a batch; a new tensor of x's type.
     * A 1-d x of length n is taken as n identical rows, so the result is n x n, as in NumPy.
     *
     * <pre>{@code
     * tril(ones(3, 3))   // [[1. 0. 0.] [1. 1. 0.] [1. 1. 1.]]
     * }</pre>
     *
     * @throws IllegalArgumentException for a 0-d x
     */
    public static Tensor tril(Tensor x) {
        return Triangles.tril(x, 0);
    }

    /**
     * {@code np.tril(x, k)}: the elements above diagonal k (k > 0: above the main one) set to zero.
     * Any k is accepted, {@code Long.MIN_VALUE} included (NumPy overflows for k within a few of -2^63).
     */
    public static Tensor tril(Tensor x, long k) {
        return Triangles.tril(x, k);
    }

    /** The upper triangle of x ({@code np.triu(x)}): the elements below the main diagonal set to zero; see {@link #tril(Tensor)}. */
    public static Tensor triu(Tensor x) {
        return Triangles.triu(x, 0);
    }

    /** {@code np.triu(x, k)}: the elements below diagonal k (k &lt; 0: below the main one) set to zero; any k, as {@link #tril(Tensor, long)}. */
    public static Tensor triu(Tensor x, long k) {
        return Triangles.triu(x, k);
    }

    /**
     * Coordinate grids from coordinate vectors ({@code np.meshgrid(*xs)}, Cartesian "xy" indexing):
     * one new tensor per input, of the input's dtype, all of shape (n1, n0, n2, ...) where ni is the
     * size of input i (each input is flattened). No inputs give no grids.
     *
     * <pre>{@code
     * Tensor[] g = meshgrid(array(new double[] {1, 2, 3}), array(new double[] {10, 20}));
     * // g[0] = [[1. 2. 3.] [1. 2. 3.]], g[1] = [[10. 10. 10.] [20. 20. 20.]]
     * }</pre>
     */
    public static Tensor[] meshgrid(Tensor... xs) {
        return Gridding.meshgrid(xs, "xy");
    }

    /**
     * {@code np.meshgrid(*xs, indexing=indexing)}: "xy" (Cartesian: the first two axes exchanged)
     * or "ij" (matrix: shape (n0, n1, ...)).
     *
     * @throws IllegalArgumentException for another indexing, or inputs on different backends
     */
    public static Tensor[] meshgrid(Tensor[] xs, String indexing) {
        return Gridding.meshgrid(xs, indexing);
    }

    /**
     * {@code np.meshgrid(*xs, indexing=indexing, sparse=sparse, copy=copy)}: with {@code sparse}
     * each result keeps length 1 along every axis but its own (shape (1, n0) and (n1, 1) for two
     * "xy" inputs), broadcasting against the others to the grid; with {@code copy} false the
     * results are views of the inputs (the reshaped input when sparse, else a broadcast view of it,
     * as NumPy's {@code broadcast_arrays}), so writing an input shows in them. The broadcast views
     * are read-only, as {@link Tensor#broadcastTo} (NumPy 2.4's are still writable with a
     * FutureWarning that they will not be).
     *
     * <pre>{@code
     * Tensor[] g = meshgrid(new Tensor[] {arange(3), arange(2)}, "xy", true, true);
     * // g[0] = [[0 1 2]] (shape (1, 3)), g[1] = [[0] [1]] (shape (2, 1))
     * }</pre>
     *
     * @throws IllegalArgumentException for another indexing, or inputs on different backends
     */
    public static Tensor[] meshgrid(Tensor[] xs, String indexing, boolean sparse, boolean copy) {
        return Gridding.meshgrid(xs, indexing, sparse, copy);
    }

    // ---- copying and clipping -------------------------------------------------------------------------

    /**
     * Copies {@code src} into {@code dst} ({@code np.copyto(dst, src)}): src broadcasts to dst's
     * shape (extra leading axes of length 1 are allowed) and its type must cast to dst's with
     * casting='same_kind' (int64 into int32 or float64 into float32 is fine, a float into an
     * integer is not: use {@link Tensor#astype} first). dst may be a view (a slice writes into its
     * base) but not a broadcast one; src may overlap dst.
     *
     * <pre>{@code
     * Tensor m = zeros(2, 3);
     * copyto(m, array(new int[] {1, 2, 3}));                  // every row [1. 2. 3.]
     * copyto(m.slice(1, 0, 1, 1), array(new double[] {9}));   // column 0 set to 9
     * }</pre>
     *
     * @throws IllegalArgumentException when src does not broadcast or cast, or is on another backend
     */
    public static void copyto(Tensor dst, Tensor src) {
        Assignment.copyTo(dst, Arg.of(src), null);
    }

    /**
     * Copies {@code src} into {@code dst} only where the bool tensor {@code where} (broadcast to
     * dst's shape) is true ({@code np.copyto(dst, src, where=where)}); other elements keep their
     * values.
     *
     * <pre>{@code
     * Tensor x = array(new double[] {-1, 2, -3});
     * copyto(x, zeros(3), less(x, 0L));   // [0. 2. 0.]
     * }</pre>
     */
    public static void copyto(Tensor dst, Tensor src, Tensor where) {
        Objects.requireNonNull(where, "copyto: where is null");
        Assignment.copyTo(dst, Arg.of(src), where);
    }

    /**
     * {@code np.copyto(dst, src, casting=casting)}: as {@link #copyto(Tensor, Tensor)} with src's type
     * required to reach dst's under {@code casting} ("no", "equiv", "safe", "same_kind" or "unsafe").
     *
     * <pre>{@code
     * copyto(ints, array(new double[] {1.7, -2.5}), "unsafe");   // [ 1 -2]: truncated, as astype
     * }</pre>
     *
     * @throws IllegalArgumentException for an unknown casting, a src type the rule refuses (NumPy's
     *                                  TypeError "Cannot cast array data ... according to the rule"),
     *                                  or as {@link #copyto(Tensor, Tensor)}
     */
    public static void copyto(Tensor dst, Tensor src, String casting) {
        Assignment.copyTo(dst, Arg.of(src), casting, null);
    }

    /** {@code np.copyto(dst, src, casting=casting, where=where)}: {@link #copyto(Tensor, Tensor, String)} where {@code where} is true. */
    public static void copyto(Tensor dst, Tensor src, String casting, Tensor where) {
        Objects.requireNonNull(where, "copyto: where is null");
        Assignment.copyTo(dst, Arg.of(src), casting, where);
    }

    /**
     * Sets every element of a float32 or float64 {@code dst} to {@code value}
     * ({@code np.copyto(dst, value)} with a Python float, a weak scalar: float32 rounds it).
     * Truncating a double into an integer tensor is {@link Tensor#fill(double)}.
     *
     * <pre>{@code
     * copyto(x, Double.NaN);
     * }</pre>
     *
     * @throws IllegalArgumentException for an integer or bool dst (casting='same_kind', as NumPy)
     */
    public static void copyto(Tensor dst, double value) {
        Assignment.copyTo(dst, Arg.of(value), null);
    }

    /** {@link #copyto(Tensor, double)} only where {@code where} is true: {@code copyto(x, 0.0, isNegative)}. */
    public static void copyto(Tensor dst, double value, Tensor where) {
        Objects.requireNonNull(where, "copyto: where is null");
        Assignment.copyTo(dst, Arg.of(value), where);
    }

    /**
     * Sets every element of a numeric {@code dst} to {@code value} ({@code np.copyto(dst, value)}
     * with a Python int, a weak scalar): exact in int64, range-checked for int32, rounded to
     * nearest in a float dst.
     *
     * <pre>{@code
     * copyto(counts, 0);
     * }</pre>
     *
     * @throws IllegalArgumentException for a bool dst, or a value outside an integer dst's range
     */
    public static void copyto(Tensor dst, long value) {
        Assignment.copyTo(dst, Arg.of(value), null);
    }

    /** {@link #copyto(Tensor, long)} only where {@code where} is true. */
    public static void copyto(Tensor dst, long value, Tensor where) {
        Objects.requireNonNull(where, "copyto: where is null");
        Assignment.copyTo(dst, Arg.of(value), where);
    }

    /**
     * Sets every element of {@code dst} to {@code value} (1 or 0 in a numeric dst), as
     * {@code np.copyto(dst, True)}; a bool casts to every type.
     *
     * <pre>{@code
     * copyto(mask, false);
     * }</pre>
     */
    public static void copyto(Tensor dst, boolean value) {
        Assignment.copyBoolean(dst, value, null);
    }

    /**
     * {@code x} limited to {@code [min, max]} element-wise ({@code np.clip(x, min, max)}), the
     * NumPy 2 definition {@code minimum(maximum(x, min), max)}: operands broadcast together, a NaN
     * in x or in a bound gives NaN, min greater than max gives max, and an x equal to a bound is
     * kept (so is the sign of a zero). The result type is the {@code result_type} of the three.
     * Either bound may be null (no limit on that side); with both null ({@code (Tensor) null}) the
     * result is a copy of x, as in NumPy 2, whose {@code np.positive(x)} there refuses a bool x (so
     * does this). Scalar bounds: {@link #clip(Tensor, Number, Number)}.
     *
     * <pre>{@code
     * Tensor x = array(new double[] {-2, 0.5, 3, Double.NaN});
     * clip(x, zeros(1), ones(1));           // [0.  0.5 1.  nan]
     * clip(x, null, array(new double[] {1, 1, 1, 1}));   // [-2.   0.5  1.   nan]
     * }</pre>
     *
     * @throws IllegalArgumentException when the shapes do not broadcast or the tensors are on different
     *                                  backends, or for a bool x with neither bound
     */
    public static Tensor clip(Tensor x, Tensor min, Tensor max) {
        return Clipping.clip(x, Arg.of(min), Arg.of(max), null);
    }

    /**
     * {@link #clip(Tensor, Tensor, Tensor)} written into {@code out} (which the result broadcasts
     * to, cast with casting='same_kind'; it may be x itself); returns {@code out}.
     *
     * <pre>{@code
     * clip(x, lo, hi, x);   // in place
     * }</pre>
     */
    public static Tensor clip(Tensor x, Tensor min, Tensor max, Tensor out) {
        Objects.requireNonNull(out, "clip: out is null");
        return Clipping.clip(x, Arg.of(min), Arg.of(max), out);
    }

    /**
     * {@code x} limited to {@code [min, max]} with Java number bounds, weak as Python scalars are
     * in NumPy 2 (NEP 50): a {@code Double} or {@code Float} bound keeps a float x's type and makes
     * an integer or bool x float64; a {@code Long}, {@code Integer}, {@code Short} or {@code Byte}
     * bound keeps a numeric x's type (bool x gives int64). An integer bound beyond an integer
     * result type's range is allowed where it bounds nothing (a min below the type's minimum, a max
     * above its maximum: {@code clip(uint8 x, -5, 300)} is x) and rejected where it would bound every
     * element ({@code clip(uint8 x, 300, null)}), as NumPy 2 does with Python ints (OverflowError).
     * Either bound may be null (no limit).
     *
     * <pre>{@code
     * clip(array(new float[] {-1, 0.25f, 7}), 0.0, 1.0);   // [0.   0.25 1.  ] float32
     * clip(array(new int[] {-5, 3, 12}), 0, 10);           // [ 0  3 10] int32
     * clip(array(new int[] {-5, 3, 12}), 0.5, null);       // [ 0.5  3.  12. ] float64
     * }</pre>
     *
     * @throws IllegalArgumentException for a bound of another Number class (BigDecimal, ...), or an
     *                                  integer min above / max below an integer result type's range
     */
    public static Tensor clip(Tensor x, Number min, Number max) {
        return Clipping.clip(x, Clipping.bound(min), Clipping.bound(max), null);
    }

    /** {@link #clip(Tensor, Number, Number)} written into {@code out}; returns {@code out}. */
    public static Tensor clip(Tensor x, Number min, Number max, Tensor out) {
        Objects.requireNonNull(out, "clip: out is null");
        return Clipping.clip(x, Clipping.bound(min), Clipping.bound(max), out);
    }

    private static double scalarUnary(UnaryOp op, double x) {
        try (Tensor t = scalar(x); Tensor r = Elementwise.unary(op, t, null, null)) {
            return r.item();
        }
    }

    // ---- element-wise unary ufuncs (generated once from the op table; keep in step with UnaryOp) ----

    /**
     * E<sup>x</sup>, element-wise ({@code np.exp}). float32 overflows to +Inf above ~88.72 and underflows through subnormals to 0 below ~-103.97.
     *
     * @return a new tensor
     */
    public static Tensor exp(Tensor x) {
        return Elementwise.unary(UnaryOp.EXP, x, null, null);
    }

    /** exp(x) written into {@code out} (which may be x itself); returns {@code out}. */
    public static Tensor exp(Tensor x, Tensor out) {
        return Elementwise.unary(UnaryOp.EXP, x, out, null);
    }

    /** exp(x) written into {@code out} only where {@code where} is true; returns {@code out} (or a new tensor, zero elsewhere, when out is null). */
    public static Tensor exp(Tensor x, Tensor out, Tensor where) {
        return Elementwise.unary(UnaryOp.EXP, x, out, where);
    }

    /** exp of one number, computed as for a float64 tensor on the current backend. */
    public static double exp(double x) {
        return scalarUnary(UnaryOp.EXP, x);
    }

    /**
     * E<sup>x</sup> - 1, accurate for small x ({@code np.expm1}).
     *
     * @return a new tensor
     */
    public static Tensor expm1(Tensor x) {
        return Elementwise.unary(UnaryOp.EXPM1, x, null, null);
    }

    /** expm1(x) written into {@code out} (which may be x itself); returns {@code out}. */
    public static Tensor expm1(Tensor x, Tensor out) {
        return Elementwise.unary(UnaryOp.EXPM1, x, out, null);
    }

    /** expm1(x) written into {@code out} only where {@code where} is true; returns {@code out} (or a new tensor, zero elsewhere, when out is null). */
    public static Tensor expm1(Tensor x, Tensor out, Tensor where) {
        return Elementwise.unary(UnaryOp.EXPM1, x, out, where);
    }

    /** expm1 of one number, computed as for a float64 tensor on the current backend. */
    public static double expm1(double x) {
        return scalarUnary(UnaryOp.EXPM1, x);
    }

    /**
     * 2<sup>x</sup> ({@code np.exp2}).
     *
     * @return a new tensor
     */
    public static Tensor exp2(Tensor x) {
        return Elementwise.unary(UnaryOp.EXP2, x, null, null);
    }

    /** exp2(x) written into {@code out} (which may be x itself); returns {@code out}. */
    public static Tensor exp2(Tensor x, Tensor out) {
        return Elementwise.unary(UnaryOp.EXP2, x, out, null);
    }

    /** exp2(x) written into {@code out} only where {@code where} is true; returns {@code out} (or a new tensor, zero elsewhere, when out is null). */
    public static Tensor exp2(Tensor x, Tensor out, Tensor where) {
        return Elementwise.unary(UnaryOp.EXP2, x, out, where);
    }

    /** exp2 of one number, computed as for a float64 tensor on the current backend. */
    public static double exp2(double x) {
        return scalarUnary(UnaryOp.EXP2, x);
    }

    /**
     * Natural logarithm ({@code np.log}); log(0) = -Inf, negative input gives NaN.
     *
     * @return a new tensor
     */
    public static Tensor log(Tensor x) {
        return Elementwise.unary(UnaryOp.LOG, x, null, null);
    }

    /** log(x) written into {@code out} (which may be x itself); returns {@code out}. */
    public static Tensor log(Tensor x, Tensor out) {
        return Elementwise.unary(UnaryOp.LOG, x, out, null);
    }

    /** log(x) written into {@code out} only where {@code where} is true; returns {@code out} (or a new tensor, zero elsewhere, when out is null). */
    public static Tensor log(Tensor x, Tensor out, Tensor where) {
        return Elementwise.unary(UnaryOp.LOG, x, out, where);
    }

    /** log of one number, computed as for a float64 tensor on the current backend. */
    public static double log(double x) {
        return scalarUnary(UnaryOp.LOG, x);
    }

    /**
     * Log(1 + x), accurate for small x ({@code np.log1p}).
     *
     * @return a new tensor
     */
    public static Tensor log1p(Tensor x) {
        return Elementwise.unary(UnaryOp.LOG1P, x, null, null);
    }

    /** log1p(x) written into {@code out} (which may be x itself); returns {@code out}. */
    public static Tensor log1p(Tensor x, Tensor out) {
        return Elementwise.unary(UnaryOp.LOG1P, x, out, null);
    }

    /** log1p(x) written into {@code out} only where {@code where} is true; returns {@code out} (or a new tensor, zero elsewhere, when out is null). */
    public static Tensor log1p(Tensor x, Tensor out, Tensor where) {
        return Elementwise.unary(UnaryOp.LOG1P, x, out, where);
    }

    /** log1p of one number, computed as for a float64 tensor on the current backend. */
    public static double log1p(double x) {
        return scalarUnary(UnaryOp.LOG1P, x);
    }

    /**
     * Base-2 logarithm ({@code np.log2}).
     *
     * @return a new tensor
     */
    public static Tensor log2(Tensor x) {
        return Elementwise.unary(UnaryOp.LOG2, x, null, null);
    }

    /** log2(x) written into {@code out} (which may be x itself); returns {@code out}. */
    public static Tensor log2(Tensor x, Tensor out) {
        return Elementwise.unary(UnaryOp.LOG2, x, out, null);
    }

    /** log2(x) written into {@code out} only where {@code where} is true; returns {@code out} (or a new tensor, zero elsewhere, when out is null). */
    public static Tensor log2(Tensor x, Tensor out, Tensor where) {
        return Elementwise.unary(UnaryOp.LOG2, x, out, where);
    }

    /** log2 of one number, computed as for a float64 tensor on the current backend. */
    public static double log2(double x) {
        return scalarUnary(UnaryOp.LOG2, x);
    }

    /**
     * Base-10 logarithm ({@code np.log10}).
     *
     * @return a new tensor
     */
    public static Tensor log10(Tensor x) {
        return Elementwise.unary(UnaryOp.LOG10, x, null, null);
    }

    /** log10(x) written into {@code out} (which may be x itself); returns {@code out}. */
    public static Tensor log10(Tensor x, Tensor out) {
        return Elementwise.unary(UnaryOp.LOG10, x, out, null);
    }

    /** log10(x) written into {@code out} only where {@code where} is true; returns {@code out} (or a new tensor, zero elsewhere, when out is null). */
    public static Tensor log10(Tensor x, Tensor out, Tensor where) {
        return Elementwise.unary(UnaryOp.LOG10, x, out, where);
    }

    /** log10 of one number, computed as for a float64 tensor on the current backend. */
    public static double log10(double x) {
        return scalarUnary(UnaryOp.LOG10, x);
    }

    /**
     * Square root ({@code np.sqrt}); negative input gives NaN.
     *
     * @return a new tensor
     */
    public static Tensor sqrt(Tensor x) {
        return Elementwise.unary(UnaryOp.SQRT, x, null, null);
    }

    /** sqrt(x) written into {@code out} (which may be x itself); returns {@code out}. */
    public static Tensor sqrt(Tensor x, Tensor out) {
        return Elementwise.unary(UnaryOp.SQRT, x, out, null);
    }

    /** sqrt(x) written into {@code out} only where {@code where} is true; returns {@code out} (or a new tensor, zero elsewhere, when out is null). */
    public static Tensor sqrt(Tensor x, Tensor out, Tensor where) {
        return Elementwise.unary(UnaryOp.SQRT, x, out, where);
    }

    /** sqrt of one number, computed as for a float64 tensor on the current backend. */
    public static double sqrt(double x) {
        return scalarUnary(UnaryOp.SQRT, x);
    }

    /**
     * X * x ({@code np.square}); integers keep their type and wrap.
     *
     * @return a new tensor
     */
    public static Tensor square(Tensor x) {
        return Elementwise.unary(UnaryOp.SQUARE, x, null, null);
    }

    /** square(x) written into {@code out} (which may be x itself); returns {@code out}. */
    public static Tensor square(Tensor x, Tensor out) {
        return Elementwise.unary(UnaryOp.SQUARE, x, out, null);
    }

    /** square(x) written into {@code out} only where {@code where} is true; returns {@code out} (or a new tensor, zero elsewhere, when out is null). */
    public static Tensor square(Tensor x, Tensor out, Tensor where) {
        return Elementwise.unary(UnaryOp.SQUARE, x, out, where);
    }

    /** square of one number, computed as for a float64 tensor on the current backend. */
    public static double square(double x) {
        return scalarUnary(UnaryOp.SQUARE, x);
    }

    /**
     * Absolute value ({@code np.abs}); integers keep their type.
     *
     * @return a new tensor
     */
    public static Tensor abs(Tensor x) {
        return Elementwise.unary(UnaryOp.ABS, x, null, null);
    }

    /** abs(x) written into {@code out} (which may be x itself); returns {@code out}. */
    public static Tensor abs(Tensor x, Tensor out) {
        return Elementwise.unary(UnaryOp.ABS, x, out, null);
    }

    /** abs(x) written into {@code out} only where {@code where} is true; returns {@code out} (or a new tensor, zero elsewhere, when out is null). */
    public static Tensor abs(Tensor x, Tensor out, Tensor where) {
        return Elementwise.unary(UnaryOp.ABS, x, out, where);
    }

    /** abs of one number, computed as for a float64 tensor on the current backend. */
    public static double abs(double x) {
        return scalarUnary(UnaryOp.ABS, x);
    }

    /**
     * -x ({@code np.negative}); not defined for bool.
     *
     * @return a new tensor
     */
    public static Tensor negative(Tensor x) {
        return Elementwise.unary(UnaryOp.NEGATIVE, x, null, null);
    }

    /** negative(x) written into {@code out} (which may be x itself); returns {@code out}. */
    public static Tensor negative(Tensor x, Tensor out) {
        return Elementwise.unary(UnaryOp.NEGATIVE, x, out, null);
    }

    /** negative(x) written into {@code out} only where {@code where} is true; returns {@code out} (or a new tensor, zero elsewhere, when out is null). */
    public static Tensor negative(Tensor x, Tensor out, Tensor where) {
        return Elementwise.unary(UnaryOp.NEGATIVE, x, out, where);
    }

    /** negative of one number, computed as for a float64 tensor on the current backend. */
    public static double negative(double x) {
        return scalarUnary(UnaryOp.NEGATIVE, x);
    }

    /**
     * -1, 0 or 1 by the sign of x, NaN for NaN ({@code np.sign}); not defined for bool.
     *
     * @return a new tensor
     */
    public static Tensor sign(Tensor x) {
        return Elementwise.unary(UnaryOp.SIGN, x, null, null);
    }

    /** sign(x) written into {@code out} (which may be x itself); returns {@code out}. */
    public static Tensor sign(Tensor x, Tensor out) {
        return Elementwise.unary(UnaryOp.SIGN, x, out, null);
    }

    /** sign(x) written into {@code out} only where {@code where} is true; returns {@code out} (or a new tensor, zero elsewhere, when out is null). */
    public static Tensor sign(Tensor x, Tensor out, Tensor where) {
        return Elementwise.unary(UnaryOp.SIGN, x, out, where);
    }

    /** sign of one number, computed as for a float64 tensor on the current backend. */
    public static double sign(double x) {
        return scalarUnary(UnaryOp.SIGN, x);
    }

    /**
     * 1 / x ({@code np.reciprocal}); integers use C division (1/0 gives the type's minimum).
     *
     * @return a new tensor
     */
    public static Tensor reciprocal(Tensor x) {
        return Elementwise.unary(UnaryOp.RECIPROCAL, x, null, null);
    }

    /** reciprocal(x) written into {@code out} (which may be x itself); returns {@code out}. */
    public static Tensor reciprocal(Tensor x, Tensor out) {
        return Elementwise.unary(UnaryOp.RECIPROCAL, x, out, null);
    }

    /** reciprocal(x) written into {@code out} only where {@code where} is true; returns {@code out} (or a new tensor, zero elsewhere, when out is null). */
    public static Tensor reciprocal(Tensor x, Tensor out, Tensor where) {
        return Elementwise.unary(UnaryOp.RECIPROCAL, x, out, where);
    }

    /** reciprocal of one number, computed as for a float64 tensor on the current backend. */
    public static double reciprocal(double x) {
        return scalarUnary(UnaryOp.RECIPROCAL, x);
    }

    /**
     * Sine, in radians ({@code np.sin}).
     *
     * @return a new tensor
     */
    public static Tensor sin(Tensor x) {
        return Elementwise.unary(UnaryOp.SIN, x, null, null);
    }

    /** sin(x) written into {@code out} (which may be x itself); returns {@code out}. */
    public static Tensor sin(Tensor x, Tensor out) {
        return Elementwise.unary(UnaryOp.SIN, x, out, null);
    }

    /** sin(x) written into {@code out} only where {@code where} is true; returns {@code out} (or a new tensor, zero elsewhere, when out is null). */
    public static Tensor sin(Tensor x, Tensor out, Tensor where) {
        return Elementwise.unary(UnaryOp.SIN, x, out, where);
    }

    /** sin of one number, computed as for a float64 tensor on the current backend. */
    public static double sin(double x) {
        return scalarUnary(UnaryOp.SIN, x);
    }

    /**
     * Cosine, in radians ({@code np.cos}).
     *
     * @return a new tensor
     */
    public static Tensor cos(Tensor x) {
        return Elementwise.unary(UnaryOp.COS, x, null, null);
    }

    /** cos(x) written into {@code out} (which may be x itself); returns {@code out}. */
    public static Tensor cos(Tensor x, Tensor out) {
        return Elementwise.unary(UnaryOp.COS, x, out, null);
    }

    /** cos(x) written into {@code out} only where {@code where} is true; returns {@code out} (or a new tensor, zero elsewhere, when out is null). */
    public static Tensor cos(Tensor x, Tensor out, Tensor where) {
        return Elementwise.unary(UnaryOp.COS, x, out, where);
    }

    /** cos of one number, computed as for a float64 tensor on the current backend. */
    public static double cos(double x) {
        return scalarUnary(UnaryOp.COS, x);
    }

    /**
     * Tangent, in radians ({@code np.tan}).
     *
     * @return a new tensor
     */
    public static Tensor tan(Tensor x) {
        return Elementwise.unary(UnaryOp.TAN, x, null, null);
    }

    /** tan(x) written into {@code out} (which may be x itself); returns {@code out}. */
    public static Tensor tan(Tensor x, Tensor out) {
        return Elementwise.unary(UnaryOp.TAN, x, out, null);
    }

    /** tan(x) written into {@code out} only where {@code where} is true; returns {@code out} (or a new tensor, zero elsewhere, when out is null). */
    public static Tensor tan(Tensor x, Tensor out, Tensor where) {
        return Elementwise.unary(UnaryOp.TAN, x, out, where);
    }

    /** tan of one number, computed as for a float64 tensor on the current backend. */
    public static double tan(double x) {
        return scalarUnary(UnaryOp.TAN, x);
    }

    /**
     * Hyperbolic tangent ({@code np.tanh}).
     *
     * @return a new tensor
     */
    public static Tensor tanh(Tensor x) {
        return Elementwise.unary(UnaryOp.TANH, x, null, null);
    }

    /** tanh(x) written into {@code out} (which may be x itself); returns {@code out}. */
    public static Tensor tanh(Tensor x, Tensor out) {
        return Elementwise.unary(UnaryOp.TANH, x, out, null);
    }

    /** tanh(x) written into {@code out} only where {@code where} is true; returns {@code out} (or a new tensor, zero elsewhere, when out is null). */
    public static Tensor tanh(Tensor x, Tensor out, Tensor where) {
        return Elementwise.unary(UnaryOp.TANH, x, out, where);
    }

    /** tanh of one number, computed as for a float64 tensor on the current backend. */
    public static double tanh(double x) {
        return scalarUnary(UnaryOp.TANH, x);
    }

    /**
     * Inverse sine in [-π/2, π/2], element-wise ({@code np.arcsin}); NaN outside [-1, 1]. Integer input gives float64, bool input float16 (as in NumPy).
     *
     * @return a new tensor
     */
    public static Tensor arcsin(Tensor x) {
        return Elementwise.unary(UnaryOp.ARCSIN, x, null, null);
    }

    /** arcsin(x) written into {@code out} (which may be x itself); returns {@code out}. */
    public static Tensor arcsin(Tensor x, Tensor out) {
        return Elementwise.unary(UnaryOp.ARCSIN, x, out, null);
    }

    /** arcsin(x) written into {@code out} only where {@code where} is true; returns {@code out} (or a new tensor, zero elsewhere, when out is null). */
    public static Tensor arcsin(Tensor x, Tensor out, Tensor where) {
        return Elementwise.unary(UnaryOp.ARCSIN, x, out, where);
    }

    /** arcsin of one number, computed as for a float64 tensor on the current backend. */
    public static double arcsin(double x) {
        return scalarUnary(UnaryOp.ARCSIN, x);
    }

    /**
     * Inverse cosine in [0, π], element-wise ({@code np.arccos}); NaN outside [-1, 1].
     *
     * @return a new tensor
     */
    public static Tensor arccos(Tensor x) {
        return Elementwise.unary(UnaryOp.ARCCOS, x, null, null);
    }

    /** arccos(x) written into {@code out} (which may be x itself); returns {@code out}. */
    public static Tensor arccos(Tensor x, Tensor out) {
        return Elementwise.unary(UnaryOp.ARCCOS, x, out, null);
    }

    /** arccos(x) written into {@code out} only where {@code where} is true; returns {@code out} (or a new tensor, zero elsewhere, when out is null). */
    public static Tensor arccos(Tensor x, Tensor out, Tensor where) {
        return Elementwise.unary(UnaryOp.ARCCOS, x, out, where);
    }

    /** arccos of one number, computed as for a float64 tensor on the current backend. */
    public static double arccos(double x) {
        return scalarUnary(UnaryOp.ARCCOS, x);
    }

    /**
     * Inverse tangent in [-π/2, π/2], element-wise ({@code np.arctan}); ±Inf gives ±π/2.
     *
     * @return a new tensor
     */
    public static Tensor arctan(Tensor x) {
        return Elementwise.unary(UnaryOp.ARCTAN, x, null, null);
    }

    /** arctan(x) written into {@code out} (which may be x itself); returns {@code out}. */
    public static Tensor arctan(Tensor x, Tensor out) {
        return Elementwise.unary(UnaryOp.ARCTAN, x, out, null);
    }

    /** arctan(x) written into {@code out} only where {@code where} is true; returns {@code out} (or a new tensor, zero elsewhere, when out is null). */
    public static Tensor arctan(Tensor x, Tensor out, Tensor where) {
        return Elementwise.unary(UnaryOp.ARCTAN, x, out, where);
    }

    /** arctan of one number, computed as for a float64 tensor on the current backend. */
    public static double arctan(double x) {
        return scalarUnary(UnaryOp.ARCTAN, x);
    }

    /**
     * Hyperbolic sine, element-wise ({@code np.sinh}); overflows to ±Inf beyond |x| ≈ 710.48 (float32: ≈ 89.42).
     *
     * @return a new tensor
     */
    public static Tensor sinh(Tensor x) {
        return Elementwise.unary(UnaryOp.SINH, x, null, null);
    }

    /** sinh(x) written into {@code out} (which may be x itself); returns {@code out}. */
    public static Tensor sinh(Tensor x, Tensor out) {
        return Elementwise.unary(UnaryOp.SINH, x, out, null);
    }

    /** sinh(x) written into {@code out} only where {@code where} is true; returns {@code out} (or a new tensor, zero elsewhere, when out is null). */
    public static Tensor sinh(Tensor x, Tensor out, Tensor where) {
        return Elementwise.unary(UnaryOp.SINH, x, out, where);
    }

    /** sinh of one number, computed as for a float64 tensor on the current backend. */
    public static double sinh(double x) {
        return scalarUnary(UnaryOp.SINH, x);
    }

    /**
     * Hyperbolic cosine, element-wise ({@code np.cosh}); overflows to +Inf as sinh does.
     *
     * @return a new tensor
     */
    public static Tensor cosh(Tensor x) {
        return Elementwise.unary(UnaryOp.COSH, x, null, null);
    }

    /** cosh(x) written into {@code out} (which may be x itself); returns {@code out}. */
    public static Tensor cosh(Tensor x, Tensor out) {
        return Elementwise.unary(UnaryOp.COSH, x, out, null);
    }

    /** cosh(x) written into {@code out} only where {@code where} is true; returns {@code out} (or a new tensor, zero elsewhere, when out is null). */
    public static Tensor cosh(Tensor x, Tensor out, Tensor where) {
        return Elementwise.unary(UnaryOp.COSH, x, out, where);
    }

    /** cosh of one number, computed as for a float64 tensor on the current backend. */
    public static double cosh(double x) {
        return scalarUnary(UnaryOp.COSH, x);
    }

    /**
     * The logistic function 1 / (1 + e<sup>-x</sup>) ({@code scipy.special.expit}), without overflow for large |x|.
     *
     * @return a new tensor
     */
    public static Tensor sigmoid(Tensor x) {
        return Elementwise.unary(UnaryOp.SIGMOID, x, null, null);
    }

    /** sigmoid(x) written into {@code out} (which may be x itself); returns {@code out}. */
    public static Tensor sigmoid(Tensor x, Tensor out) {
        return Elementwise.unary(UnaryOp.SIGMOID, x, out, null);
    }

    /** sigmoid(x) written into {@code out} only where {@code where} is true; returns {@code out} (or a new tensor, zero elsewhere, when out is null). */
    public static Tensor sigmoid(Tensor x, Tensor out, Tensor where) {
        return Elementwise.unary(UnaryOp.SIGMOID, x, out, where);
    }

    /** sigmoid of one number, computed as for a float64 tensor on the current backend. */
    public static double sigmoid(double x) {
        return scalarUnary(UnaryOp.SIGMOID, x);
    }

    /**
     * Max(x, 0), NaN-propagating ({@code np.maximum(x, 0)}).
     *
     * @return a new tensor
     */
    public static Tensor relu(Tensor x) {
        return Elementwise.unary(UnaryOp.RELU, x, null, null);
    }

    /** relu(x) written into {@code out} (which may be x itself); returns {@code out}. */
    public static Tensor relu(Tensor x, Tensor out) {
        return Elementwise.unary(UnaryOp.RELU, x, out, null);
    }

    /** relu(x) written into {@code out} only where {@code where} is true; returns {@code out} (or a new tensor, zero elsewhere, when out is null). */
    public static Tensor relu(Tensor x, Tensor out, Tensor where) {
        return Elementwise.unary(UnaryOp.RELU, x, out, where);
    }

    /** relu of one number, computed as for a float64 tensor on the current backend. */
    public static double relu(double x) {
        return scalarUnary(UnaryOp.RELU, x);
    }

    /**
     * Floor ({@code np.floor}); integers are returned unchanged.
     *
     * @return a new tensor
     */
    public static Tensor floor(Tensor x) {
        return Elementwise.unary(UnaryOp.FLOOR, x, null, null);
    }

    /** floor(x) written into {@code out} (which may be x itself); returns {@code out}. */
    public static Tensor floor(Tensor x, Tensor out) {
        return Elementwise.unary(UnaryOp.FLOOR, x, out, null);
    }

    /** floor(x) written into {@code out} only where {@code where} is true; returns {@code out} (or a new tensor, zero elsewhere, when out is null). */
    public static Tensor floor(Tensor x, Tensor out, Tensor where) {
        return Elementwise.unary(UnaryOp.FLOOR, x, out, where);
    }

    /** floor of one number, computed as for a float64 tensor on the current backend. */
    public static double floor(double x) {
        return scalarUnary(UnaryOp.FLOOR, x);
    }

    /**
     * Ceiling ({@code np.ceil}); integers are returned unchanged.
     *
     * @return a new tensor
     */
    public static Tensor ceil(Tensor x) {
        return Elementwise.unary(UnaryOp.CEIL, x, null, null);
    }

    /** ceil(x) written into {@code out} (which may be x itself); returns {@code out}. */
    public static Tensor ceil(Tensor x, Tensor out) {
        return Elementwise.unary(UnaryOp.CEIL, x, out, null);
    }

    /** ceil(x) written into {@code out} only where {@code where} is true; returns {@code out} (or a new tensor, zero elsewhere, when out is null). */
    public static Tensor ceil(Tensor x, Tensor out, Tensor where) {
        return Elementwise.unary(UnaryOp.CEIL, x, out, where);
    }

    /** ceil of one number, computed as for a float64 tensor on the current backend. */
    public static double ceil(double x) {
        return scalarUnary(UnaryOp.CEIL, x);
    }

    /**
     * Rounds half to even ({@code np.round}, 0 decimals).
     *
     * @return a new tensor
     */
    public static Tensor round(Tensor x) {
        return Elementwise.unary(UnaryOp.ROUND, x, null, null);
    }

    /** round(x) written into {@code out} (which may be x itself); returns {@code out}. */
    public static Tensor round(Tensor x, Tensor out) {
        return Elementwise.unary(UnaryOp.ROUND, x, out, null);
    }

    /** round(x) written into {@code out} only where {@code where} is true; returns {@code out} (or a new tensor, zero elsewhere, when out is null). */
    public static Tensor round(Tensor x, Tensor out, Tensor where) {
        return Elementwise.unary(UnaryOp.ROUND, x, out, where);
    }

    /** round of one number, computed as for a float64 tensor on the current backend. */
    public static double round(double x) {
        return scalarUnary(UnaryOp.ROUND, x);
    }

    /**
     * Rounds half to even to {@code decimals} decimal places ({@code np.round(x, decimals)};
     * negative decimals round to tens, hundreds, ...), of x's type. As NumPy: for floats
     * {@code rint(x * 10^d) / 10^d} (d &lt; 0: {@code rint(x / 10^-d) * 10^-d}) with the power of
     * ten in x's type, so the result is NumPy's bit for bit, including its inexact cases
     * ({@code round(56294995342131.5, 3)} is 56294995342131.51); integers are returned unchanged
     * for d &ge; 0 and rounded through float64 for d &lt; 0.
     *
     * <pre>{@code
     * round(array(new double[] {1.005, 2.675, -0.125}), 2)   // [ 1.    2.67 -0.12]
     * round(array(new long[] {15, 25, 1234}), -1)             // [  20   20 1230]
     * }</pre>
     *
     * @throws IllegalArgumentException for bool x with decimals other than 0
     */
    public static Tensor round(Tensor x, int decimals) {
        return DerivedMath.round(x, decimals);
    }

    /** {@code np.around(x)}: {@link #round(Tensor)}. */
    public static Tensor around(Tensor x) {
        return DerivedMath.round(x, 0);
    }

    /** {@code np.around(x, decimals)}: {@link #round(Tensor, int)}. */
    public static Tensor around(Tensor x, int decimals) {
        return DerivedMath.round(x, decimals);
    }

    /**
     * {@code np.around(x, decimals, out=out)} (also {@code np.round}): the rounded x written into out
     * (exactly x's shape; null: a new tensor) and returned, as NumPy's {@code PyArray_Round}: an
     * integer x with decimals &ge; 0 is copied into out under same_kind (int64 into int8 wraps, into
     * bool is refused); decimals 0 is {@code rint} into out (same_kind: a float x needs a float
     * out); otherwise {@code x * 10^d} (d &lt; 0: {@code x / 10^-d}) is computed in x's type (float64
     * for integer x), cast into out under same_kind, then rounded half to even and scaled back in
     * out's type, so a float32 out of float64 x rounds the scaled value to float32 first, as NumPy.
     * out may be x itself.
     *
     * <pre>{@code
     * around(array(new double[] {1.55, 2.45}), 1, zeros(new long[] {2}, DType.FLOAT32))   // [1.6 2.4]
     * }</pre>
     *
     * @throws IllegalArgumentException for out of another shape (NumPy's "invalid output shape"),
     *                                  read-only, on another backend, or of a type the steps above
     *                                  cannot cast to under same_kind; bool x with decimals other than 0
     */
    public static Tensor around(Tensor x, int decimals, Tensor out) {
        return DerivedMath.round(x, decimals, out);
    }

    /** {@code np.round(x, decimals, out=out)}: {@link #around(Tensor, int, Tensor)}. */
    public static Tensor round(Tensor x, int decimals, Tensor out) {
        return DerivedMath.round(x, decimals, out);
    }

    /**
     * Rounds half to even to an integral value ({@code np.rint}): a float ufunc, so bool, int8 and
     * uint8 x give float16, int16 and uint16 float32, wider integers float64, as in NumPy; float16
     * stays float16; exact.
     */
    public static Tensor rint(Tensor x) {
        return DerivedMath.rint(x);
    }

    /** Rounds toward zero ({@code np.fix}): {@link #trunc(Tensor)}, of x's type; exact. */
    public static Tensor fix(Tensor x) {
        return Elementwise.unary(UnaryOp.TRUNC, x, null, null);
    }

    /**
     * The absolute value as a float ufunc ({@code np.fabs}): bool, int8 and uint8 x give float16,
     * int16 and uint16 float32, wider integers float64 (as NumPy); exact.
     */
    public static Tensor fabs(Tensor x) {
        return DerivedMath.fabs(x);
    }

    /** {@code np.absolute(x)}: {@link #abs(Tensor)}. */
    public static Tensor absolute(Tensor x) {
        return Elementwise.unary(UnaryOp.ABS, x, null, null);
    }

    /**
     * A copy of x ({@code np.positive}, the unary {@code +}).
     *
     * @throws IllegalArgumentException for bool x, as NumPy
     */
    public static Tensor positive(Tensor x) {
        return DerivedMath.positive(x);
    }

    /**
     * {@code np.float_power(a, b)}: a to the power b computed in float64 whatever the input types
     * (so negative integer powers of integers work); accuracy as {@link #power(Tensor, Tensor)}.
     *
     * <pre>{@code
     * floatPower(array(new long[] {2, 3}), -1L)   // [0.5        0.33333333]
     * }</pre>
     */
    public static Tensor floatPower(Tensor a, Tensor b) {
        return DerivedMath.floatPower(Arg.of(a), Arg.of(b));
    }

    /** {@code np.float_power(a, b)} with a weak float exponent. */
    public static Tensor floatPower(Tensor a, double b) {
        return DerivedMath.floatPower(Arg.of(a), Arg.of(b));
    }

    /** {@code np.float_power(a, b)} with a weak integer exponent. */
    public static Tensor floatPower(Tensor a, long b) {
        return DerivedMath.floatPower(Arg.of(a), Arg.of(b));
    }

    /**
     * {@code np.divmod(a, b)}: {@code {floorDivide(a, b), remainder(a, b)}}, with their types and
     * rules (integer division by 0 gives 0 and 0, as NumPy).
     *
     * <pre>{@code
     * Tensor[] qr = divmod(array(new long[] {7, -7}), 2L)   // [3 -4], [1 1]
     * }</pre>
     */
    public static Tensor[] divmod(Tensor a, Tensor b) {
        return DerivedMath.divmod(Arg.of(a), Arg.of(b));
    }

    /**
     * {@code np.divmod(a, b, out=(quotientOut, remainderOut))}: the quotient and remainder written
     * into the outs (either may be null for a new tensor), which take a same_kind cast of the
     * result's type, as every ufunc's out; the outs broadcast with a and b (a (2,) result into a
     * (2, 2) out repeats it, and a new remainder is then (2, 2) too). Both results are computed from
     * a and b before either out is written, so an out may be a or b itself.
     *
     * <pre>{@code
     * Tensor q = Np.empty(new long[] {2}, DType.INT64), r = Np.empty(new long[] {2}, DType.INT64);
     * Np.divmod(Np.array(new long[] {7, -7}), Np.array(new long[] {2, 2}), q, r);   // q [3 -4], r [1 1]
     * }</pre>
     *
     * @return {@code {quotient, remainder}}: the outs themselves where given
     * @throws IllegalArgumentException when an out's shape or type cannot take its result, an out is
     *                                  read-only or overlapping, or both outs are the same tensor
     */
    public static Tensor[] divmod(Tensor a, Tensor b, Tensor quotientOut, Tensor remainderOut) {
        return DerivedMath.divmod(Arg.of(a), Arg.of(b), quotientOut, remainderOut, null);
    }

    /**
     * {@code np.divmod(a, b, out=(quotientOut, remainderOut), where=where)}: as
     * {@link #divmod(Tensor, Tensor, Tensor, Tensor)}, written only where the bool {@code where}
     * (broadcast with a and b) is true; the outs keep their other elements, a new result (a null
     * out) holds 0 there (NumPy leaves them uninitialised).
     *
     * @throws IllegalArgumentException as the form without where, or for a where that is not bool
     *                                  or does not broadcast
     */
    public static Tensor[] divmod(Tensor a, Tensor b, Tensor quotientOut, Tensor remainderOut, Tensor where) {
        return DerivedMath.divmod(Arg.of(a), Arg.of(b), quotientOut, remainderOut, where);
    }

    /** {@code np.divmod(a, b)} with a weak float divisor. */
    public static Tensor[] divmod(Tensor a, double b) {
        return DerivedMath.divmod(Arg.of(a), Arg.of(b));
    }

    /** {@code np.divmod(a, b)} with a weak integer divisor. */
    public static Tensor[] divmod(Tensor a, long b) {
        return DerivedMath.divmod(Arg.of(a), Arg.of(b));
    }

    /**
     * The fractional and integral parts ({@code np.modf}): {@code {x - trunc(x), trunc(x)}}, both
     * with x's sign (-2.5 gives -0.5 and -2.0; -2.0 gives -0.0 and -2.0), an infinite x gives 0
     * with its sign and x, NaN gives NaN twice. Bool, int8 and uint8 x give float16, int16 and uint16
     * float32, wider integers float64 (as NumPy); exact.
     */
    public static Tensor[] modf(Tensor x) {
        return DerivedMath.modf(x);
    }

    /**
     * {@code np.modf(x, out=(fractionalOut, integralOut))}: the parts written into the outs (either
     * may be null for a new tensor), which take a same_kind cast of the parts' type and broadcast with
     * x as divmod's outs do; both parts are computed before either out is written, so an out may be x.
     *
     * <pre>{@code
     * Tensor x = Np.array(new double[] {-2.5, 3.75});
     * Np.modf(x, null, x);   // returns {[-0.5 0.75], x}; x is now [-2. 3.]
     * }</pre>
     *
     * @throws IllegalArgumentException when an out's shape or type cannot take its part (an integer
     *                                  out for float parts), an out is read-only or overlapping, or
     *                                  both outs are the same tensor
     */
    public static Tensor[] modf(Tensor x, Tensor fractionalOut, Tensor integralOut) {
        return DerivedMath.modf(x, fractionalOut, integralOut, null);
    }

    /**
     * {@code np.modf(x, out=(fractionalOut, integralOut), where=where)}: as
     * {@link #modf(Tensor, Tensor, Tensor)}, written only where the bool {@code where} (broadcast
     * with x) is true; a new result (a null out) holds 0 elsewhere (NumPy leaves it uninitialised).
     *
     * @throws IllegalArgumentException as the form without where, or for a where that is not bool
     *                                  or does not broadcast
     */
    public static Tensor[] modf(Tensor x, Tensor fractionalOut, Tensor integralOut, Tensor where) {
        return DerivedMath.modf(x, fractionalOut, integralOut, where);
    }

    /** True where x is +Inf ({@code np.isposinf}); false for integer and bool x. */
    public static Tensor isposinf(Tensor x) {
        return DerivedMath.isInfinity(x, true);
    }

    /**
     * {@code np.isposinf(x, out)}: true where x is +Inf, written into out and returned (null: a new
     * bool tensor). As NumPy's {@code logical_and(isinf(x), ~signbit(x), out)}, out may have any
     * type (true is 1) and any shape x broadcasts to.
     *
     * @throws IllegalArgumentException for an out x does not broadcast to, read-only or on another backend
     */
    public static Tensor isposinf(Tensor x, Tensor out) {
        return DerivedMath.isInfinity(x, true, out);
    }

    /** True where x is -Inf ({@code np.isneginf}); false for integer and bool x. */
    public static Tensor isneginf(Tensor x) {
        return DerivedMath.isInfinity(x, false);
    }

    /** {@code np.isneginf(x, out)}: true where x is -Inf, into out; see {@link #isposinf(Tensor, Tensor)}. */
    public static Tensor isneginf(Tensor x, Tensor out) {
        return DerivedMath.isInfinity(x, false, out);
    }

    /**
     * Inverse hyperbolic sine, element-wise ({@code np.arcsinh}); finite for every finite x.
     *
     * @return a new tensor
     */
    public static Tensor arcsinh(Tensor x) {
        return Elementwise.unary(UnaryOp.ARCSINH, x, null, null);
    }

    /** arcsinh(x) written into {@code out} (which may be x itself); returns {@code out}. */
    public static Tensor arcsinh(Tensor x, Tensor out) {
        return Elementwise.unary(UnaryOp.ARCSINH, x, out, null);
    }

    /** arcsinh(x) written into {@code out} only where {@code where} is true; returns {@code out} (or a new tensor, zero elsewhere, when out is null). */
    public static Tensor arcsinh(Tensor x, Tensor out, Tensor where) {
        return Elementwise.unary(UnaryOp.ARCSINH, x, out, where);
    }

    /** arcsinh of one number, computed as for a float64 tensor on the current backend. */
    public static double arcsinh(double x) {
        return scalarUnary(UnaryOp.ARCSINH, x);
    }

    /**
     * Inverse hyperbolic cosine, element-wise ({@code np.arccosh}); NaN for x &lt; 1.
     *
     * @return a new tensor
     */
    public static Tensor arccosh(Tensor x) {
        return Elementwise.unary(UnaryOp.ARCCOSH, x, null, null);
    }

    /** arccosh(x) written into {@code out} (which may be x itself); returns {@code out}. */
    public static Tensor arccosh(Tensor x, Tensor out) {
        return Elementwise.unary(UnaryOp.ARCCOSH, x, out, null);
    }

    /** arccosh(x) written into {@code out} only where {@code where} is true; returns {@code out} (or a new tensor, zero elsewhere, when out is null). */
    public static Tensor arccosh(Tensor x, Tensor out, Tensor where) {
        return Elementwise.unary(UnaryOp.ARCCOSH, x, out, where);
    }

    /** arccosh of one number, computed as for a float64 tensor on the current backend. */
    public static double arccosh(double x) {
        return scalarUnary(UnaryOp.ARCCOSH, x);
    }

    /**
     * Inverse hyperbolic tangent, element-wise ({@code np.arctanh}); ±Inf at ±1, NaN for |x| &gt; 1.
     *
     * @return a new tensor
     */
    public static Tensor arctanh(Tensor x) {
        return Elementwise.unary(UnaryOp.ARCTANH, x, null, null);
    }

    /** arctanh(x) written into {@code out} (which may be x itself); returns {@code out}. */
    public static Tensor arctanh(Tensor x, Tensor out) {
        return Elementwise.unary(UnaryOp.ARCTANH, x, out, null);
    }

    /** arctanh(x) written into {@code out} only where {@code where} is true; returns {@code out} (or a new tensor, zero elsewhere, when out is null). */
    public static Tensor arctanh(Tensor x, Tensor out, Tensor where) {
        return Elementwise.unary(UnaryOp.ARCTANH, x, out, where);
    }

    /** arctanh of one number, computed as for a float64 tensor on the current backend. */
    public static double arctanh(double x) {
        return scalarUnary(UnaryOp.ARCTANH, x);
    }

    /**
     * Cube root, element-wise ({@code np.cbrt}); negative for negative x (cbrt(-8) = -2).
     *
     * @return a new tensor
     */
    public static Tensor cbrt(Tensor x) {
        return Elementwise.unary(UnaryOp.CBRT, x, null, null);
    }

    /** cbrt(x) written into {@code out} (which may be x itself); returns {@code out}. */
    public static Tensor cbrt(Tensor x, Tensor out) {
        return Elementwise.unary(UnaryOp.CBRT, x, out, null);
    }

    /** cbrt(x) written into {@code out} only where {@code where} is true; returns {@code out} (or a new tensor, zero elsewhere, when out is null). */
    public static Tensor cbrt(Tensor x, Tensor out, Tensor where) {
        return Elementwise.unary(UnaryOp.CBRT, x, out, where);
    }

    /** cbrt of one number, computed as for a float64 tensor on the current backend. */
    public static double cbrt(double x) {
        return scalarUnary(UnaryOp.CBRT, x);
    }

    /**
     * The integer part, rounding toward zero, element-wise ({@code np.trunc}): trunc(-1.7) = -1.0, trunc(-0.5) = -0.0. Integer and bool input is returned unchanged in its type.
     *
     * @return a new tensor
     */
    public static Tensor trunc(Tensor x) {
        return Elementwise.unary(UnaryOp.TRUNC, x, null, null);
    }

    /** trunc(x) written into {@code out} (which may be x itself); returns {@code out}. */
    public static Tensor trunc(Tensor x, Tensor out) {
        return Elementwise.unary(UnaryOp.TRUNC, x, out, null);
    }

    /** trunc(x) written into {@code out} only where {@code where} is true; returns {@code out} (or a new tensor, zero elsewhere, when out is null). */
    public static Tensor trunc(Tensor x, Tensor out, Tensor where) {
        return Elementwise.unary(UnaryOp.TRUNC, x, out, where);
    }

    /** trunc of one number, computed as for a float64 tensor's element on the current backend. */
    public static double trunc(double x) {
        return scalarUnary(UnaryOp.TRUNC, x);
    }

    /**
     * True where x is NaN ({@code np.isnan}); bool result, false everywhere for integer and bool input.
     *
     * @return a new tensor
     */
    public static Tensor isnan(Tensor x) {
        return Elementwise.unary(UnaryOp.ISNAN, x, null, null);
    }

    /** isnan(x) written into {@code out} (which may be x itself); returns {@code out}. */
    public static Tensor isnan(Tensor x, Tensor out) {
        return Elementwise.unary(UnaryOp.ISNAN, x, out, null);
    }

    /** isnan(x) written into {@code out} only where {@code where} is true; returns {@code out} (or a new tensor, false elsewhere, when out is null). */
    public static Tensor isnan(Tensor x, Tensor out, Tensor where) {
        return Elementwise.unary(UnaryOp.ISNAN, x, out, where);
    }

    /** isnan of one number, computed as for a float64 tensor's element on the current backend. */
    public static boolean isnan(double x) {
        return scalarUnary(UnaryOp.ISNAN, x) != 0;
    }

    /**
     * True where x is +Inf or -Inf ({@code np.isinf}); bool result.
     *
     * @return a new tensor
     */
    public static Tensor isinf(Tensor x) {
        return Elementwise.unary(UnaryOp.ISINF, x, null, null);
    }

    /** isinf(x) written into {@code out} (which may be x itself); returns {@code out}. */
    public static Tensor isinf(Tensor x, Tensor out) {
        return Elementwise.unary(UnaryOp.ISINF, x, out, null);
    }

    /** isinf(x) written into {@code out} only where {@code where} is true; returns {@code out} (or a new tensor, false elsewhere, when out is null). */
    public static Tensor isinf(Tensor x, Tensor out, Tensor where) {
        return Elementwise.unary(UnaryOp.ISINF, x, out, where);
    }

    /** isinf of one number, computed as for a float64 tensor's element on the current backend. */
    public static boolean isinf(double x) {
        return scalarUnary(UnaryOp.ISINF, x) != 0;
    }

    /**
     * True where x is neither NaN nor ±Inf ({@code np.isfinite}); bool result, true everywhere for integer and bool input.
     *
     * @return a new tensor
     */
    public static Tensor isfinite(Tensor x) {
        return Elementwise.unary(UnaryOp.ISFINITE, x, null, null);
    }

    /** isfinite(x) written into {@code out} (which may be x itself); returns {@code out}. */
    public static Tensor isfinite(Tensor x, Tensor out) {
        return Elementwise.unary(UnaryOp.ISFINITE, x, out, null);
    }

    /** isfinite(x) written into {@code out} only where {@code where} is true; returns {@code out} (or a new tensor, false elsewhere, when out is null). */
    public static Tensor isfinite(Tensor x, Tensor out, Tensor where) {
        return Elementwise.unary(UnaryOp.ISFINITE, x, out, where);
    }

    /** isfinite of one number, computed as for a float64 tensor's element on the current backend. */
    public static boolean isfinite(double x) {
        return scalarUnary(UnaryOp.ISFINITE, x) != 0;
    }

    /**
     * True where x's sign bit is set ({@code np.signbit}): negative values, -0.0, -Inf and NaN with the sign bit; bool result.
     *
     * @return a new tensor
     */
    public static Tensor signbit(Tensor x) {
        return Elementwise.unary(UnaryOp.SIGNBIT, x, null, null);
    }

    /** signbit(x) written into {@code out} (which may be x itself); returns {@code out}. */
    public static Tensor signbit(Tensor x, Tensor out) {
        return Elementwise.unary(UnaryOp.SIGNBIT, x, out, null);
    }

    /** signbit(x) written into {@code out} only where {@code where} is true; returns {@code out} (or a new tensor, false elsewhere, when out is null). */
    public static Tensor signbit(Tensor x, Tensor out, Tensor where) {
        return Elementwise.unary(UnaryOp.SIGNBIT, x, out, where);
    }

    /** signbit of one number, computed as for a float64 tensor's element on the current backend. */
    public static boolean signbit(double x) {
        return scalarUnary(UnaryOp.SIGNBIT, x) != 0;
    }

    /**
     * True where x is zero ({@code np.logical_not}); any input type, bool result. NaN is non-zero, so gives false.
     *
     * @return a new tensor
     */
    public static Tensor logicalNot(Tensor x) {
        return Elementwise.unary(UnaryOp.LOGICAL_NOT, x, null, null);
    }

    /** logicalNot(x) written into {@code out} (which may be x itself); returns {@code out}. */
    public static Tensor logicalNot(Tensor x, Tensor out) {
        return Elementwise.unary(UnaryOp.LOGICAL_NOT, x, out, null);
    }

    /** logicalNot(x) written into {@code out} only where {@code where} is true; returns {@code out} (or a new tensor, false elsewhere, when out is null). */
    public static Tensor logicalNot(Tensor x, Tensor out, Tensor where) {
        return Elementwise.unary(UnaryOp.LOGICAL_NOT, x, out, where);
    }

    /** logicalNot of one number, computed as for a float64 tensor's element on the current backend. */
    public static boolean logicalNot(double x) {
        return scalarUnary(UnaryOp.LOGICAL_NOT, x) != 0;
    }

    /**
     * Every bit of x flipped, element-wise ({@code np.invert}, Python's {@code ~x}): -x - 1 for integers (two's complement), logical not for bool. Example: {@code invert(array(new int[] {0, 5, -1}))} is {@code [-1, -6, 0]}. Float input is an error (as in NumPy). Also {@link #bitwiseNot(Tensor)}.
     *
     * @return a new tensor of x's type
     * @throws IllegalArgumentException for float input (as in NumPy)
     */
    public static Tensor invert(Tensor x) {
        return Elementwise.unary(UnaryOp.INVERT, x, null, null);
    }

    /** invert(x) written into {@code out} (which may be x itself); returns {@code out}. */
    public static Tensor invert(Tensor x, Tensor out) {
        return Elementwise.unary(UnaryOp.INVERT, x, out, null);
    }

    /** invert(x) written into {@code out} only where {@code where} is true; returns {@code out} (or a new tensor, zero elsewhere, when out is null). */
    public static Tensor invert(Tensor x, Tensor out, Tensor where) {
        return Elementwise.unary(UnaryOp.INVERT, x, out, where);
    }

    /** invert of one integer, computed as for an int64 tensor on the current backend: invert(5) = -6. */
    public static long invert(long x) {
        try (Tensor t = array(new long[] {x}); Tensor r = Elementwise.unary(UnaryOp.INVERT, t, null, null)) {
            return r.toLongArray()[0];
        }
    }

    /** invert of one bool, computed as for a bool tensor on the current backend: logical not. */
    public static boolean invert(boolean x) {
        try (Tensor t = array(new boolean[] {x}); Tensor r = Elementwise.unary(UnaryOp.INVERT, t, null, null)) {
            return r.toBooleanArray()[0];
        }
    }

    /**
     * {@link #invert(Tensor)} under NumPy's other name ({@code np.bitwise_not}).
     *
     * @return a new tensor of x's type
     * @throws IllegalArgumentException for float input (as in NumPy)
     */
    public static Tensor bitwiseNot(Tensor x) {
        return invert(x);
    }

    /** bitwiseNot(x) written into {@code out} (which may be x itself); returns {@code out}. */
    public static Tensor bitwiseNot(Tensor x, Tensor out) {
        return invert(x, out);
    }

    /** bitwiseNot(x) written into {@code out} only where {@code where} is true; returns {@code out} (or a new tensor, zero elsewhere, when out is null). */
    public static Tensor bitwiseNot(Tensor x, Tensor out, Tensor where) {
        return invert(x, out, where);
    }

    /** bitwiseNot of one integer, computed as for an int64 tensor on the current backend: bitwiseNot(5) = -6. */
    public static long bitwiseNot(long x) {
        return invert(x);
    }

    /** bitwiseNot of one bool, computed as for a bool tensor on the current backend: logical not. */
    public static boolean bitwiseNot(boolean x) {
        return invert(x);
    }

    /**
     * The number of 1 bits in the absolute value of each element ({@code np.bitwise_count}, NumPy 2),
     * as uint8. Example: {@code bitwiseCount(array(new int[] {0, 5, -5, 255}))} is {@code [0, 2, 2, 8]};
     * -1 and every type's minimum value (|MIN| is a power of two) give 1. Bool input counts as int8
     * (true gives 1). The result type is uint8 for every input type, as in NumPy.
     *
     * @return a new uint8 tensor of x's shape
     * @throws IllegalArgumentException for float input (as in NumPy)
     */
    public static Tensor bitwiseCount(Tensor x) {
        return Elementwise.unary(UnaryOp.BITWISE_COUNT, x, null, null);
    }

    /** bitwiseCount(x) written into {@code out} (any type uint8 casts to under same_kind, as NumPy); returns {@code out}. */
    public static Tensor bitwiseCount(Tensor x, Tensor out) {
        return Elementwise.unary(UnaryOp.BITWISE_COUNT, x, out, null);
    }

    /** bitwiseCount(x) written into {@code out} only where {@code where} is true; returns {@code out} (or a new uint8 tensor, zero elsewhere, when out is null). */
    public static Tensor bitwiseCount(Tensor x, Tensor out, Tensor where) {
        return Elementwise.unary(UnaryOp.BITWISE_COUNT, x, out, where);
    }

    /** bitwiseCount of one integer, computed as for an int64 tensor on the current backend: bitwiseCount(-5) = 2. */
    public static int bitwiseCount(long x) {
        try (Tensor t = array(new long[] {x}); Tensor r = Elementwise.unary(UnaryOp.BITWISE_COUNT, t, null, null)) {
            return (int) r.toLongArray()[0];
        }
    }

    /**
     * Degrees to radians, element-wise ({@code np.deg2rad}): x · (π / 180), the constant rounded to x's float type first as NumPy does, so the product is NumPy's bit for bit; NaN and ±Inf pass through. Integer input gives float64, bool input float16 (as in NumPy). Also {@link #radians(Tensor)}.
     *
     * @return a new tensor
     */
    public static Tensor deg2rad(Tensor x) {
        return Elementwise.unary(UnaryOp.DEG2RAD, x, null, null);
    }

    /** deg2rad(x) written into {@code out} (which may be x itself); returns {@code out}. */
    public static Tensor deg2rad(Tensor x, Tensor out) {
        return Elementwise.unary(UnaryOp.DEG2RAD, x, out, null);
    }

    /** deg2rad(x) written into {@code out} only where {@code where} is true; returns {@code out} (or a new tensor, zero elsewhere, when out is null). */
    public static Tensor deg2rad(Tensor x, Tensor out, Tensor where) {
        return Elementwise.unary(UnaryOp.DEG2RAD, x, out, where);
    }

    /** deg2rad of one number, computed as for a float64 tensor on the current backend. */
    public static double deg2rad(double x) {
        return scalarUnary(UnaryOp.DEG2RAD, x);
    }

    /**
     * {@link #deg2rad(Tensor)} under NumPy's other name ({@code np.radians}).
     *
     * @return a new tensor
     */
    public static Tensor radians(Tensor x) {
        return deg2rad(x);
    }

    /** radians(x) written into {@code out} (which may be x itself); returns {@code out}. */
    public static Tensor radians(Tensor x, Tensor out) {
        return deg2rad(x, out);
    }

    /** radians(x) written into {@code out} only where {@code where} is true; returns {@code out} (or a new tensor, zero elsewhere, when out is null). */
    public static Tensor radians(Tensor x, Tensor out, Tensor where) {
        return deg2rad(x, out, where);
    }

    /** radians of one number, computed as for a float64 tensor on the current backend. */
    public static double radians(double x) {
        return deg2rad(x);
    }

    /**
     * Radians to degrees, element-wise ({@code np.rad2deg}): x · (180 / π) as {@link #deg2rad(Tensor)}; float32 |x| above about 5.9e36 overflows to ±Inf. Integer input gives float64, bool input float16 (as in NumPy). Also {@link #degrees(Tensor)}.
     *
     * @return a new tensor
     */
    public static Tensor rad2deg(Tensor x) {
        return Elementwise.unary(UnaryOp.RAD2DEG, x, null, null);
    }

    /** rad2deg(x) written into {@code out} (which may be x itself); returns {@code out}. */
    public static Tensor rad2deg(Tensor x, Tensor out) {
        return Elementwise.unary(UnaryOp.RAD2DEG, x, out, null);
    }

    /** rad2deg(x) written into {@code out} only where {@code where} is true; returns {@code out} (or a new tensor, zero elsewhere, when out is null). */
    public static Tensor rad2deg(Tensor x, Tensor out, Tensor where) {
        return Elementwise.unary(UnaryOp.RAD2DEG, x, out, where);
    }

    /** rad2deg of one number, computed as for a float64 tensor on the current backend. */
    public static double rad2deg(double x) {
        return scalarUnary(UnaryOp.RAD2DEG, x);
    }

    /**
     * {@link #rad2deg(Tensor)} under NumPy's other name ({@code np.degrees}).
     *
     * @return a new tensor
     */
    public static Tensor degrees(Tensor x) {
        return rad2deg(x);
    }

    /** degrees(x) written into {@code out} (which may be x itself); returns {@code out}. */
    public static Tensor degrees(Tensor x, Tensor out) {
        return rad2deg(x, out);
    }

    /** degrees(x) written into {@code out} only where {@code where} is true; returns {@code out} (or a new tensor, zero elsewhere, when out is null). */
    public static Tensor degrees(Tensor x, Tensor out, Tensor where) {
        return rad2deg(x, out, where);
    }

    /** degrees of one number, computed as for a float64 tensor on the current backend. */
    public static double degrees(double x) {
        return rad2deg(x);
    }

    // ---- element-wise binary ufuncs with broadcasting ----

    /** a + b, element-wise with broadcasting ({@code np.add}). */
    public static Tensor add(Tensor a, Tensor b) {
        return Elementwise.binary(BinaryOp.ADD, Arg.of(a), Arg.of(b), null, null);
    }

    /** add(a, b) written into {@code out} (which may alias a or b); returns {@code out}. */
    public static Tensor add(Tensor a, Tensor b, Tensor out) {
        return Elementwise.binary(BinaryOp.ADD, Arg.of(a), Arg.of(b), out, null);
    }

    /** add(a, b) written into {@code out} only where {@code where} is true (a new tensor, zero elsewhere, when out is null). */
    public static Tensor add(Tensor a, Tensor b, Tensor out, Tensor where) {
        return Elementwise.binary(BinaryOp.ADD, Arg.of(a), Arg.of(b), out, where);
    }

    /** add with a weak float scalar: a float tensor keeps its type, an integer one becomes float64. */
    public static Tensor add(Tensor a, double b) {
        return Elementwise.binary(BinaryOp.ADD, Arg.of(a), Arg.of(b), null, null);
    }

    /** add with a weak float scalar on the left. */
    public static Tensor add(double a, Tensor b) {
        return Elementwise.binary(BinaryOp.ADD, Arg.of(a), Arg.of(b), null, null);
    }

    /** add with a weak integer scalar: numeric tensors keep their type, bool becomes int64. */
    public static Tensor add(Tensor a, long b) {
        return Elementwise.binary(BinaryOp.ADD, Arg.of(a), Arg.of(b), null, null);
    }

    /** add with a weak integer scalar on the left. */
    public static Tensor add(long a, Tensor b) {
        return Elementwise.binary(BinaryOp.ADD, Arg.of(a), Arg.of(b), null, null);
    }

    /** a - b, element-wise with broadcasting ({@code np.subtract}). */
    public static Tensor subtract(Tensor a, Tensor b) {
        return Elementwise.binary(BinaryOp.SUBTRACT, Arg.of(a), Arg.of(b), null, null);
    }

    /** subtract(a, b) written into {@code out} (which may alias a or b); returns {@code out}. */
    public static Tensor subtract(Tensor a, Tensor b, Tensor out) {
        return Elementwise.binary(BinaryOp.SUBTRACT, Arg.of(a), Arg.of(b), out, null);
    }

    /** subtract(a, b) written into {@code out} only where {@code where} is true (a new tensor, zero elsewhere, when out is null). */
    public static Tensor subtract(Tensor a, Tensor b, Tensor out, Tensor where) {
        return Elementwise.binary(BinaryOp.SUBTRACT, Arg.of(a), Arg.of(b), out, where);
    }

    /** subtract with a weak float scalar: a float tensor keeps its type, an integer one becomes float64. */
    public static Tensor subtract(Tensor a, double b) {
        return Elementwise.binary(BinaryOp.SUBTRACT, Arg.of(a), Arg.of(b), null, null);
    }

    /** subtract with a weak float scalar on the left. */
    public static Tensor subtract(double a, Tensor b) {
        return Elementwise.binary(BinaryOp.SUBTRACT, Arg.of(a), Arg.of(b), null, null);
    }

    /** subtract with a weak integer scalar: numeric tensors keep their type, bool becomes int64. */
    public static Tensor subtract(Tensor a, long b) {
        return Elementwise.binary(BinaryOp.SUBTRACT, Arg.of(a), Arg.of(b), null, null);
    }

    /** subtract with a weak integer scalar on the left. */
    public static Tensor subtract(long a, Tensor b) {
        return Elementwise.binary(BinaryOp.SUBTRACT, Arg.of(a), Arg.of(b), null, null);
    }

    /** a * b, element-wise with broadcasting ({@code np.multiply}). */
    public static Tensor multiply(Tensor a, Tensor b) {
        return Elementwise.binary(BinaryOp.MULTIPLY, Arg.of(a), Arg.of(b), null, null);
    }

    /** multiply(a, b) written into {@code out} (which may alias a or b); returns {@code out}. */
    public static Tensor multiply(Tensor a, Tensor b, Tensor out) {
        return Elementwise.binary(BinaryOp.MULTIPLY, Arg.of(a), Arg.of(b), out, null);
    }

    /** multiply(a, b) written into {@code out} only where {@code where} is true (a new tensor, zero elsewhere, when out is null). */
    public static Tensor multiply(Tensor a, Tensor b, Tensor out, Tensor where) {
        return Elementwise.binary(BinaryOp.MULTIPLY, Arg.of(a), Arg.of(b), out, where);
    }

    /** multiply with a weak float scalar: a float tensor keeps its type, an integer one becomes float64. */
    public static Tensor multiply(Tensor a, double b) {
        return Elementwise.binary(BinaryOp.MULTIPLY, Arg.of(a), Arg.of(b), null, null);
    }

    /** multiply with a weak float scalar on the left. */
    public static Tensor multiply(double a, Tensor b) {
        return Elementwise.binary(BinaryOp.MULTIPLY, Arg.of(a), Arg.of(b), null, null);
    }

    /** multiply with a weak integer scalar: numeric tensors keep their type, bool becomes int64. */
    public static Tensor multiply(Tensor a, long b) {
        return Elementwise.binary(BinaryOp.MULTIPLY, Arg.of(a), Arg.of(b), null, null);
    }

    /** multiply with a weak integer scalar on the left. */
    public static Tensor multiply(long a, Tensor b) {
        return Elementwise.binary(BinaryOp.MULTIPLY, Arg.of(a), Arg.of(b), null, null);
    }

    /** a / b (true division: integers give float64), element-wise with broadcasting ({@code np.divide}). */
    public static Tensor divide(Tensor a, Tensor b) {
        return Elementwise.binary(BinaryOp.DIVIDE, Arg.of(a), Arg.of(b), null, null);
    }

    /** divide(a, b) written into {@code out} (which may alias a or b); returns {@code out}. */
    public static Tensor divide(Tensor a, Tensor b, Tensor out) {
        return Elementwise.binary(BinaryOp.DIVIDE, Arg.of(a), Arg.of(b), out, null);
    }

    /** divide(a, b) written into {@code out} only where {@code where} is true (a new tensor, zero elsewhere, when out is null). */
    public static Tensor divide(Tensor a, Tensor b, Tensor out, Tensor where) {
        return Elementwise.binary(BinaryOp.DIVIDE, Arg.of(a), Arg.of(b), out, where);
    }

    /** divide with a weak float scalar: a float tensor keeps its type, an integer one becomes float64. */
    public static Tensor divide(Tensor a, double b) {
        return Elementwise.binary(BinaryOp.DIVIDE, Arg.of(a), Arg.of(b), null, null);
    }

    /** divide with a weak float scalar on the left. */
    public static Tensor divide(double a, Tensor b) {
        return Elementwise.binary(BinaryOp.DIVIDE, Arg.of(a), Arg.of(b), null, null);
    }

    /** divide with a weak integer scalar: numeric tensors keep their type, bool becomes int64. */
    public static Tensor divide(Tensor a, long b) {
        return Elementwise.binary(BinaryOp.DIVIDE, Arg.of(a), Arg.of(b), null, null);
    }

    /** divide with a weak integer scalar on the left. */
    public static Tensor divide(long a, Tensor b) {
        return Elementwise.binary(BinaryOp.DIVIDE, Arg.of(a), Arg.of(b), null, null);
    }

    /** a<sup>b</sup>, element-wise with broadcasting ({@code np.power}). */
    public static Tensor power(Tensor a, Tensor b) {
        return Elementwise.binary(BinaryOp.POWER, Arg.of(a), Arg.of(b), null, null);
    }

    /** power(a, b) written into {@code out} (which may alias a or b); returns {@code out}. */
    public static Tensor power(Tensor a, Tensor b, Tensor out) {
        return Elementwise.binary(BinaryOp.POWER, Arg.of(a), Arg.of(b), out, null);
    }

    /** power(a, b) written into {@code out} only where {@code where} is true (a new tensor, zero elsewhere, when out is null). */
    public static Tensor power(Tensor a, Tensor b, Tensor out, Tensor where) {
        return Elementwise.binary(BinaryOp.POWER, Arg.of(a), Arg.of(b), out, where);
    }

    /**
     * power with a weak float scalar: a float tensor keeps its type, an integer one becomes float64.
     * An exponent of 0.5 with a float32 or float64 result is the square root, as NumPy's loop takes
     * it for a broadcast exponent: {@code power(-inf, 0.5)} is NaN and {@code power(-0.0, 0.5)} is
     * -0.0 (C's {@code pow}, float16, and a tensor exponent here give +inf and 0.0).
     */
    public static Tensor power(Tensor a, double b) {
        return Elementwise.binary(BinaryOp.POWER, Arg.of(a), Arg.of(b), null, null);
    }

    /** power with a weak float scalar on the left. */
    public static Tensor power(double a, Tensor b) {
        return Elementwise.binary(BinaryOp.POWER, Arg.of(a), Arg.of(b), null, null);
    }

    /** power with a weak integer scalar: numeric tensors keep their type, bool becomes int64. */
    public static Tensor power(Tensor a, long b) {
        return Elementwise.binary(BinaryOp.POWER, Arg.of(a), Arg.of(b), null, null);
    }

    /** power with a weak integer scalar on the left. */
    public static Tensor power(long a, Tensor b) {
        return Elementwise.binary(BinaryOp.POWER, Arg.of(a), Arg.of(b), null, null);
    }

    /** the larger of a and b, NaN-propagating, element-wise with broadcasting ({@code np.maximum}). */
    public static Tensor maximum(Tensor a, Tensor b) {
        return Elementwise.binary(BinaryOp.MAXIMUM, Arg.of(a), Arg.of(b), null, null);
    }

    /** maximum(a, b) written into {@code out} (which may alias a or b); returns {@code out}. */
    public static Tensor maximum(Tensor a, Tensor b, Tensor out) {
        return Elementwise.binary(BinaryOp.MAXIMUM, Arg.of(a), Arg.of(b), out, null);
    }

    /** maximum(a, b) written into {@code out} only where {@code where} is true (a new tensor, zero elsewhere, when out is null). */
    public static Tensor maximum(Tensor a, Tensor b, Tensor out, Tensor where) {
        return Elementwise.binary(BinaryOp.MAXIMUM, Arg.of(a), Arg.of(b), out, where);
    }

    /** maximum with a weak float scalar: a float tensor keeps its type, an integer one becomes float64. */
    public static Tensor maximum(Tensor a, double b) {
        return Elementwise.binary(BinaryOp.MAXIMUM, Arg.of(a), Arg.of(b), null, null);
    }

    /** maximum with a weak float scalar on the left. */
    public static Tensor maximum(double a, Tensor b) {
        return Elementwise.binary(BinaryOp.MAXIMUM, Arg.of(a), Arg.of(b), null, null);
    }

    /** maximum with a weak integer scalar: numeric tensors keep their type, bool becomes int64. */
    public static Tensor maximum(Tensor a, long b) {
        return Elementwise.binary(BinaryOp.MAXIMUM, Arg.of(a), Arg.of(b), null, null);
    }

    /** maximum with a weak integer scalar on the left. */
    public static Tensor maximum(long a, Tensor b) {
        return Elementwise.binary(BinaryOp.MAXIMUM, Arg.of(a), Arg.of(b), null, null);
    }

    /** the smaller of a and b, NaN-propagating, element-wise with broadcasting ({@code np.minimum}). */
    public static Tensor minimum(Tensor a, Tensor b) {
        return Elementwise.binary(BinaryOp.MINIMUM, Arg.of(a), Arg.of(b), null, null);
    }

    /** minimum(a, b) written into {@code out} (which may alias a or b); returns {@code out}. */
    public static Tensor minimum(Tensor a, Tensor b, Tensor out) {
        return Elementwise.binary(BinaryOp.MINIMUM, Arg.of(a), Arg.of(b), out, null);
    }

    /** minimum(a, b) written into {@code out} only where {@code where} is true (a new tensor, zero elsewhere, when out is null). */
    public static Tensor minimum(Tensor a, Tensor b, Tensor out, Tensor where) {
        return Elementwise.binary(BinaryOp.MINIMUM, Arg.of(a), Arg.of(b), out, where);
    }

    /** minimum with a weak float scalar: a float tensor keeps its type, an integer one becomes float64. */
    public static Tensor minimum(Tensor a, double b) {
        return Elementwise.binary(BinaryOp.MINIMUM, Arg.of(a), Arg.of(b), null, null);
    }

    /** minimum with a weak float scalar on the left. */
    public static Tensor minimum(double a, Tensor b) {
        return Elementwise.binary(BinaryOp.MINIMUM, Arg.of(a), Arg.of(b), null, null);
    }

    /** minimum with a weak integer scalar: numeric tensors keep their type, bool becomes int64. */
    public static Tensor minimum(Tensor a, long b) {
        return Elementwise.binary(BinaryOp.MINIMUM, Arg.of(a), Arg.of(b), null, null);
    }

    /** minimum with a weak integer scalar on the left. */
    public static Tensor minimum(long a, Tensor b) {
        return Elementwise.binary(BinaryOp.MINIMUM, Arg.of(a), Arg.of(b), null, null);
    }

    /** The larger of a and b ignoring NaN, element-wise with broadcasting ({@code np.fmax}): NaN only where both are NaN. */
    public static Tensor fmax(Tensor a, Tensor b) {
        return Elementwise.binary(BinaryOp.FMAX, Arg.of(a), Arg.of(b), null, null);
    }

    /** fmax(a, b) written into {@code out} (which may alias a or b); returns {@code out}. */
    public static Tensor fmax(Tensor a, Tensor b, Tensor out) {
        return Elementwise.binary(BinaryOp.FMAX, Arg.of(a), Arg.of(b), out, null);
    }

    /** fmax(a, b) written into {@code out} only where {@code where} is true (a new tensor, zero elsewhere, when out is null). */
    public static Tensor fmax(Tensor a, Tensor b, Tensor out, Tensor where) {
        return Elementwise.binary(BinaryOp.FMAX, Arg.of(a), Arg.of(b), out, where);
    }

    /** fmax with a weak float scalar: a float tensor keeps its type, an integer one becomes float64. */
    public static Tensor fmax(Tensor a, double b) {
        return Elementwise.binary(BinaryOp.FMAX, Arg.of(a), Arg.of(b), null, null);
    }

    /** fmax with a weak float scalar on the left. */
    public static Tensor fmax(double a, Tensor b) {
        return Elementwise.binary(BinaryOp.FMAX, Arg.of(a), Arg.of(b), null, null);
    }

    /** fmax with a weak integer scalar: numeric tensors keep their type, bool becomes int64. */
    public static Tensor fmax(Tensor a, long b) {
        return Elementwise.binary(BinaryOp.FMAX, Arg.of(a), Arg.of(b), null, null);
    }

    /** fmax with a weak integer scalar on the left. */
    public static Tensor fmax(long a, Tensor b) {
        return Elementwise.binary(BinaryOp.FMAX, Arg.of(a), Arg.of(b), null, null);
    }

    /** The smaller of a and b ignoring NaN, element-wise with broadcasting ({@code np.fmin}): NaN only where both are NaN. */
    public static Tensor fmin(Tensor a, Tensor b) {
        return Elementwise.binary(BinaryOp.FMIN, Arg.of(a), Arg.of(b), null, null);
    }

    /** fmin(a, b) written into {@code out} (which may alias a or b); returns {@code out}. */
    public static Tensor fmin(Tensor a, Tensor b, Tensor out) {
        return Elementwise.binary(BinaryOp.FMIN, Arg.of(a), Arg.of(b), out, null);
    }

    /** fmin(a, b) written into {@code out} only where {@code where} is true (a new tensor, zero elsewhere, when out is null). */
    public static Tensor fmin(Tensor a, Tensor b, Tensor out, Tensor where) {
        return Elementwise.binary(BinaryOp.FMIN, Arg.of(a), Arg.of(b), out, where);
    }

    /** fmin with a weak float scalar: a float tensor keeps its type, an integer one becomes float64. */
    public static Tensor fmin(Tensor a, double b) {
        return Elementwise.binary(BinaryOp.FMIN, Arg.of(a), Arg.of(b), null, null);
    }

    /** fmin with a weak float scalar on the left. */
    public static Tensor fmin(double a, Tensor b) {
        return Elementwise.binary(BinaryOp.FMIN, Arg.of(a), Arg.of(b), null, null);
    }

    /** fmin with a weak integer scalar: numeric tensors keep their type, bool becomes int64. */
    public static Tensor fmin(Tensor a, long b) {
        return Elementwise.binary(BinaryOp.FMIN, Arg.of(a), Arg.of(b), null, null);
    }

    /** fmin with a weak integer scalar on the left. */
    public static Tensor fmin(long a, Tensor b) {
        return Elementwise.binary(BinaryOp.FMIN, Arg.of(a), Arg.of(b), null, null);
    }

    /** Floor division a // b, rounding toward -Inf, element-wise with broadcasting ({@code np.floor_divide}). Integers: x // 0 gives 0 (NumPy warns) and MIN // -1 wraps to MIN; two bools compute in int8, as NumPy. Floats follow NumPy's divmod: x // 0 is ±Inf (NaN for 0 // 0), ±Inf // y is NaN. */
    public static Tensor floorDivide(Tensor a, Tensor b) {
        return Elementwise.binary(BinaryOp.FLOOR_DIVIDE, Arg.of(a), Arg.of(b), null, null);
    }

    /** floorDivide(a, b) written into {@code out} (which may alias a or b); returns {@code out}. */
    public static Tensor floorDivide(Tensor a, Tensor b, Tensor out) {
        return Elementwise.binary(BinaryOp.FLOOR_DIVIDE, Arg.of(a), Arg.of(b), out, null);
    }

    /** floorDivide(a, b) written into {@code out} only where {@code where} is true (a new tensor, zero elsewhere, when out is null). */
    public static Tensor floorDivide(Tensor a, Tensor b, Tensor out, Tensor where) {
        return Elementwise.binary(BinaryOp.FLOOR_DIVIDE, Arg.of(a), Arg.of(b), out, where);
    }

    /** floorDivide with a weak float scalar: a float tensor keeps its type, an integer one becomes float64. */
    public static Tensor floorDivide(Tensor a, double b) {
        return Elementwise.binary(BinaryOp.FLOOR_DIVIDE, Arg.of(a), Arg.of(b), null, null);
    }

    /** floorDivide with a weak float scalar on the left. */
    public static Tensor floorDivide(double a, Tensor b) {
        return Elementwise.binary(BinaryOp.FLOOR_DIVIDE, Arg.of(a), Arg.of(b), null, null);
    }

    /** floorDivide with a weak integer scalar: numeric tensors keep their type, bool becomes int64. */
    public static Tensor floorDivide(Tensor a, long b) {
        return Elementwise.binary(BinaryOp.FLOOR_DIVIDE, Arg.of(a), Arg.of(b), null, null);
    }

    /** floorDivide with a weak integer scalar on the left. */
    public static Tensor floorDivide(long a, Tensor b) {
        return Elementwise.binary(BinaryOp.FLOOR_DIVIDE, Arg.of(a), Arg.of(b), null, null);
    }

    /** The remainder with the sign of the divisor, a - floorDivide(a, b) * b, element-wise with broadcasting ({@code np.remainder}, {@code np.mod}, Python's %). Integers: x % 0 gives 0; floats: x % 0 is NaN. */
    public static Tensor remainder(Tensor a, Tensor b) {
        return Elementwise.binary(BinaryOp.REMAINDER, Arg.of(a), Arg.of(b), null, null);
    }

    /** remainder(a, b) written into {@code out} (which may alias a or b); returns {@code out}. */
    public static Tensor remainder(Tensor a, Tensor b, Tensor out) {
        return Elementwise.binary(BinaryOp.REMAINDER, Arg.of(a), Arg.of(b), out, null);
    }

    /** remainder(a, b) written into {@code out} only where {@code where} is true (a new tensor, zero elsewhere, when out is null). */
    public static Tensor remainder(Tensor a, Tensor b, Tensor out, Tensor where) {
        return Elementwise.binary(BinaryOp.REMAINDER, Arg.of(a), Arg.of(b), out, where);
    }

    /** remainder with a weak float scalar: a float tensor keeps its type, an integer one becomes float64. */
    public static Tensor remainder(Tensor a, double b) {
        return Elementwise.binary(BinaryOp.REMAINDER, Arg.of(a), Arg.of(b), null, null);
    }

    /** remainder with a weak float scalar on the left. */
    public static Tensor remainder(double a, Tensor b) {
        return Elementwise.binary(BinaryOp.REMAINDER, Arg.of(a), Arg.of(b), null, null);
    }

    /** remainder with a weak integer scalar: numeric tensors keep their type, bool becomes int64. */
    public static Tensor remainder(Tensor a, long b) {
        return Elementwise.binary(BinaryOp.REMAINDER, Arg.of(a), Arg.of(b), null, null);
    }

    /** remainder with a weak integer scalar on the left. */
    public static Tensor remainder(long a, Tensor b) {
        return Elementwise.binary(BinaryOp.REMAINDER, Arg.of(a), Arg.of(b), null, null);
    }

    /** The remainder with the sign of the dividend, as C's fmod, element-wise with broadcasting ({@code np.fmod}); exact for floats (x fmod 0 is NaN); integers: x fmod 0 gives 0. */
    public static Tensor fmod(Tensor a, Tensor b) {
        return Elementwise.binary(BinaryOp.FMOD, Arg.of(a), Arg.of(b), null, null);
    }

    /** fmod(a, b) written into {@code out} (which may alias a or b); returns {@code out}. */
    public static Tensor fmod(Tensor a, Tensor b, Tensor out) {
        return Elementwise.binary(BinaryOp.FMOD, Arg.of(a), Arg.of(b), out, null);
    }

    /** fmod(a, b) written into {@code out} only where {@code where} is true (a new tensor, zero elsewhere, when out is null). */
    public static Tensor fmod(Tensor a, Tensor b, Tensor out, Tensor where) {
        return Elementwise.binary(BinaryOp.FMOD, Arg.of(a), Arg.of(b), out, where);
    }

    /** fmod with a weak float scalar: a float tensor keeps its type, an integer one becomes float64. */
    public static Tensor fmod(Tensor a, double b) {
        return Elementwise.binary(BinaryOp.FMOD, Arg.of(a), Arg.of(b), null, null);
    }

    /** fmod with a weak float scalar on the left. */
    public static Tensor fmod(double a, Tensor b) {
        return Elementwise.binary(BinaryOp.FMOD, Arg.of(a), Arg.of(b), null, null);
    }

    /** fmod with a weak integer scalar: numeric tensors keep their type, bool becomes int64. */
    public static Tensor fmod(Tensor a, long b) {
        return Elementwise.binary(BinaryOp.FMOD, Arg.of(a), Arg.of(b), null, null);
    }

    /** fmod with a weak integer scalar on the left. */
    public static Tensor fmod(long a, Tensor b) {
        return Elementwise.binary(BinaryOp.FMOD, Arg.of(a), Arg.of(b), null, null);
    }

    /** The angle of the point (b, a) in [-π, π], element-wise with broadcasting ({@code np.arctan2(y, x)}; y first, as in NumPy). Integer input gives float64, bool input float16 (as in NumPy). */
    public static Tensor arctan2(Tensor a, Tensor b) {
        return Elementwise.binary(BinaryOp.ARCTAN2, Arg.of(a), Arg.of(b), null, null);
    }

    /** arctan2(a, b) written into {@code out} (which may alias a or b); returns {@code out}. */
    public static Tensor arctan2(Tensor a, Tensor b, Tensor out) {
        return Elementwise.binary(BinaryOp.ARCTAN2, Arg.of(a), Arg.of(b), out, null);
    }

    /** arctan2(a, b) written into {@code out} only where {@code where} is true (a new tensor, zero elsewhere, when out is null). */
    public static Tensor arctan2(Tensor a, Tensor b, Tensor out, Tensor where) {
        return Elementwise.binary(BinaryOp.ARCTAN2, Arg.of(a), Arg.of(b), out, where);
    }

    /** arctan2 with a weak float scalar: float tensors keep their type, integer and bool ones become float64. */
    public static Tensor arctan2(Tensor a, double b) {
        return Elementwise.binary(BinaryOp.ARCTAN2, Arg.of(a), Arg.of(b), null, null);
    }

    /** arctan2 with a weak float scalar on the left. */
    public static Tensor arctan2(double a, Tensor b) {
        return Elementwise.binary(BinaryOp.ARCTAN2, Arg.of(a), Arg.of(b), null, null);
    }

    /** arctan2 with a weak integer scalar: float tensors keep their type, integer and bool ones become float64. */
    public static Tensor arctan2(Tensor a, long b) {
        return Elementwise.binary(BinaryOp.ARCTAN2, Arg.of(a), Arg.of(b), null, null);
    }

    /** arctan2 with a weak integer scalar on the left. */
    public static Tensor arctan2(long a, Tensor b) {
        return Elementwise.binary(BinaryOp.ARCTAN2, Arg.of(a), Arg.of(b), null, null);
    }

    /** √(a² + b²) without undue overflow or underflow, element-wise with broadcasting ({@code np.hypot}); +Inf if either is ±Inf (even when the other is NaN). */
    public static Tensor hypot(Tensor a, Tensor b) {
        return Elementwise.binary(BinaryOp.HYPOT, Arg.of(a), Arg.of(b), null, null);
    }

    /** hypot(a, b) written into {@code out} (which may alias a or b); returns {@code out}. */
    public static Tensor hypot(Tensor a, Tensor b, Tensor out) {
        return Elementwise.binary(BinaryOp.HYPOT, Arg.of(a), Arg.of(b), out, null);
    }

    /** hypot(a, b) written into {@code out} only where {@code where} is true (a new tensor, zero elsewhere, when out is null). */
    public static Tensor hypot(Tensor a, Tensor b, Tensor out, Tensor where) {
        return Elementwise.binary(BinaryOp.HYPOT, Arg.of(a), Arg.of(b), out, where);
    }

    /** hypot with a weak float scalar: float tensors keep their type, integer and bool ones become float64. */
    public static Tensor hypot(Tensor a, double b) {
        return Elementwise.binary(BinaryOp.HYPOT, Arg.of(a), Arg.of(b), null, null);
    }

    /** hypot with a weak float scalar on the left. */
    public static Tensor hypot(double a, Tensor b) {
        return Elementwise.binary(BinaryOp.HYPOT, Arg.of(a), Arg.of(b), null, null);
    }

    /** hypot with a weak integer scalar: float tensors keep their type, integer and bool ones become float64. */
    public static Tensor hypot(Tensor a, long b) {
        return Elementwise.binary(BinaryOp.HYPOT, Arg.of(a), Arg.of(b), null, null);
    }

    /** hypot with a weak integer scalar on the left. */
    public static Tensor hypot(long a, Tensor b) {
        return Elementwise.binary(BinaryOp.HYPOT, Arg.of(a), Arg.of(b), null, null);
    }

    /** |a| with the sign bit of b, element-wise with broadcasting ({@code np.copysign}). */
    public static Tensor copysign(Tensor a, Tensor b) {
        return Elementwise.binary(BinaryOp.COPYSIGN, Arg.of(a), Arg.of(b), null, null);
    }

    /** copysign(a, b) written into {@code out} (which may alias a or b); returns {@code out}. */
    public static Tensor copysign(Tensor a, Tensor b, Tensor out) {
        return Elementwise.binary(BinaryOp.COPYSIGN, Arg.of(a), Arg.of(b), out, null);
    }

    /** copysign(a, b) written into {@code out} only where {@code where} is true (a new tensor, zero elsewhere, when out is null). */
    public static Tensor copysign(Tensor a, Tensor b, Tensor out, Tensor where) {
        return Elementwise.binary(BinaryOp.COPYSIGN, Arg.of(a), Arg.of(b), out, where);
    }

    /** copysign with a weak float scalar: float tensors keep their type, integer and bool ones become float64. */
    public static Tensor copysign(Tensor a, double b) {
        return Elementwise.binary(BinaryOp.COPYSIGN, Arg.of(a), Arg.of(b), null, null);
    }

    /** copysign with a weak float scalar on the left. */
    public static Tensor copysign(double a, Tensor b) {
        return Elementwise.binary(BinaryOp.COPYSIGN, Arg.of(a), Arg.of(b), null, null);
    }

    /** copysign with a weak integer scalar: float tensors keep their type, integer and bool ones become float64. */
    public static Tensor copysign(Tensor a, long b) {
        return Elementwise.binary(BinaryOp.COPYSIGN, Arg.of(a), Arg.of(b), null, null);
    }

    /** copysign with a weak integer scalar on the left. */
    public static Tensor copysign(long a, Tensor b) {
        return Elementwise.binary(BinaryOp.COPYSIGN, Arg.of(a), Arg.of(b), null, null);
    }

    /** a == b, as bool, element-wise with broadcasting ({@code np.equal}). */
    public static Tensor equal(Tensor a, Tensor b) {
        return Elementwise.binary(BinaryOp.EQUAL, Arg.of(a), Arg.of(b), null, null);
    }

    /** equal(a, b) written into {@code out} (which may alias a or b); returns {@code out}. */
    public static Tensor equal(Tensor a, Tensor b, Tensor out) {
        return Elementwise.binary(BinaryOp.EQUAL, Arg.of(a), Arg.of(b), out, null);
    }

    /** equal(a, b) written into {@code out} only where {@code where} is true (a new tensor, zero elsewhere, when out is null). */
    public static Tensor equal(Tensor a, Tensor b, Tensor out, Tensor where) {
        return Elementwise.binary(BinaryOp.EQUAL, Arg.of(a), Arg.of(b), out, where);
    }

    /** equal with a weak float scalar: a float tensor keeps its type, an integer one becomes float64. */
    public static Tensor equal(Tensor a, double b) {
        return Elementwise.binary(BinaryOp.EQUAL, Arg.of(a), Arg.of(b), null, null);
    }

    /** equal with a weak float scalar on the left. */
    public static Tensor equal(double a, Tensor b) {
        return Elementwise.binary(BinaryOp.EQUAL, Arg.of(a), Arg.of(b), null, null);
    }

    /** equal with a weak integer scalar: numeric tensors keep their type, bool becomes int64. */
    public static Tensor equal(Tensor a, long b) {
        return Elementwise.binary(BinaryOp.EQUAL, Arg.of(a), Arg.of(b), null, null);
    }

    /** equal with a weak integer scalar on the left. */
    public static Tensor equal(long a, Tensor b) {
        return Elementwise.binary(BinaryOp.EQUAL, Arg.of(a), Arg.of(b), null, null);
    }

    /** a != b, as bool, element-wise with broadcasting ({@code np.not_equal}). */
    public static Tensor notEqual(Tensor a, Tensor b) {
        return Elementwise.binary(BinaryOp.NOT_EQUAL, Arg.of(a), Arg.of(b), null, null);
    }

    /** notEqual(a, b) written into {@code out} (which may alias a or b); returns {@code out}. */
    public static Tensor notEqual(Tensor a, Tensor b, Tensor out) {
        return Elementwise.binary(BinaryOp.NOT_EQUAL, Arg.of(a), Arg.of(b), out, null);
    }

    /** notEqual(a, b) written into {@code out} only where {@code where} is true (a new tensor, zero elsewhere, when out is null). */
    public static Tensor notEqual(Tensor a, Tensor b, Tensor out, Tensor where) {
        return Elementwise.binary(BinaryOp.NOT_EQUAL, Arg.of(a), Arg.of(b), out, where);
    }

    /** notEqual with a weak float scalar: a float tensor keeps its type, an integer one becomes float64. */
    public static Tensor notEqual(Tensor a, double b) {
        return Elementwise.binary(BinaryOp.NOT_EQUAL, Arg.of(a), Arg.of(b), null, null);
    }

    /** notEqual with a weak float scalar on the left. */
    public static Tensor notEqual(double a, Tensor b) {
        return Elementwise.binary(BinaryOp.NOT_EQUAL, Arg.of(a), Arg.of(b), null, null);
    }

    /** notEqual with a weak integer scalar: numeric tensors keep their type, bool becomes int64. */
    public static Tensor notEqual(Tensor a, long b) {
        return Elementwise.binary(BinaryOp.NOT_EQUAL, Arg.of(a), Arg.of(b), null, null);
    }

    /** notEqual with a weak integer scalar on the left. */
    public static Tensor notEqual(long a, Tensor b) {
        return Elementwise.binary(BinaryOp.NOT_EQUAL, Arg.of(a), Arg.of(b), null, null);
    }

    /** a &lt; b, as bool, element-wise with broadcasting ({@code np.less}). */
    public static Tensor less(Tensor a, Tensor b) {
        return Elementwise.binary(BinaryOp.LESS, Arg.of(a), Arg.of(b), null, null);
    }

    /** less(a, b) written into {@code out} (which may alias a or b); returns {@code out}. */
    public static Tensor less(Tensor a, Tensor b, Tensor out) {
        return Elementwise.binary(BinaryOp.LESS, Arg.of(a), Arg.of(b), out, null);
    }

    /** less(a, b) written into {@code out} only where {@code where} is true (a new tensor, zero elsewhere, when out is null). */
    public static Tensor less(Tensor a, Tensor b, Tensor out, Tensor where) {
        return Elementwise.binary(BinaryOp.LESS, Arg.of(a), Arg.of(b), out, where);
    }

    /** less with a weak float scalar: a float tensor keeps its type, an integer one becomes float64. */
    public static Tensor less(Tensor a, double b) {
        return Elementwise.binary(BinaryOp.LESS, Arg.of(a), Arg.of(b), null, null);
    }

    /** less with a weak float scalar on the left. */
    public static Tensor less(double a, Tensor b) {
        return Elementwise.binary(BinaryOp.LESS, Arg.of(a), Arg.of(b), null, null);
    }

    /** less with a weak integer scalar: numeric tensors keep their type, bool becomes int64. */
    public static Tensor less(Tensor a, long b) {
        return Elementwise.binary(BinaryOp.LESS, Arg.of(a), Arg.of(b), null, null);
    }

    /** less with a weak integer scalar on the left. */
    public static Tensor less(long a, Tensor b) {
        return Elementwise.binary(BinaryOp.LESS, Arg.of(a), Arg.of(b), null, null);
    }

    /** a &lt;= b, as bool, element-wise with broadcasting ({@code np.less_equal}). */
    public static Tensor lessEqual(Tensor a, Tensor b) {
        return Elementwise.binary(BinaryOp.LESS_EQUAL, Arg.of(a), Arg.of(b), null, null);
    }

    /** lessEqual(a, b) written into {@code out} (which may alias a or b); returns {@code out}. */
    public static Tensor lessEqual(Tensor a, Tensor b, Tensor out) {
        return Elementwise.binary(BinaryOp.LESS_EQUAL, Arg.of(a), Arg.of(b), out, null);
    }

    /** lessEqual(a, b) written into {@code out} only where {@code where} is true (a new tensor, zero elsewhere, when out is null). */
    public static Tensor lessEqual(Tensor a, Tensor b, Tensor out, Tensor where) {
        return Elementwise.binary(BinaryOp.LESS_EQUAL, Arg.of(a), Arg.of(b), out, where);
    }

    /** lessEqual with a weak float scalar: a float tensor keeps its type, an integer one becomes float64. */
    public static Tensor lessEqual(Tensor a, double b) {
        return Elementwise.binary(BinaryOp.LESS_EQUAL, Arg.of(a), Arg.of(b), null, null);
    }

    /** lessEqual with a weak float scalar on the left. */
    public static Tensor lessEqual(double a, Tensor b) {
        return Elementwise.binary(BinaryOp.LESS_EQUAL, Arg.of(a), Arg.of(b), null, null);
    }

    /** lessEqual with a weak integer scalar: numeric tensors keep their type, bool becomes int64. */
    public static Tensor lessEqual(Tensor a, long b) {
        return Elementwise.binary(BinaryOp.LESS_EQUAL, Arg.of(a), Arg.of(b), null, null);
    }

    /** lessEqual with a weak integer scalar on the left. */
    public static Tensor lessEqual(long a, Tensor b) {
        return Elementwise.binary(BinaryOp.LESS_EQUAL, Arg.of(a), Arg.of(b), null, null);
    }

    /** a &gt; b, as bool, element-wise with broadcasting ({@code np.greater}). */
    public static Tensor greater(Tensor a, Tensor b) {
        return Elementwise.binary(BinaryOp.GREATER, Arg.of(a), Arg.of(b), null, null);
    }

    /** greater(a, b) written into {@code out} (which may alias a or b); returns {@code out}. */
    public static Tensor greater(Tensor a, Tensor b, Tensor out) {
        return Elementwise.binary(BinaryOp.GREATER, Arg.of(a), Arg.of(b), out, null);
    }

    /** greater(a, b) written into {@code out} only where {@code where} is true (a new tensor, zero elsewhere, when out is null). */
    public static Tensor greater(Tensor a, Tensor b, Tensor out, Tensor where) {
        return Elementwise.binary(BinaryOp.GREATER, Arg.of(a), Arg.of(b), out, where);
    }

    /** greater with a weak float scalar: a float tensor keeps its type, an integer one becomes float64. */
    public static Tensor greater(Tensor a, double b) {
        return Elementwise.binary(BinaryOp.GREATER, Arg.of(a), Arg.of(b), null, null);
    }

    /** greater with a weak float scalar on the left. */
    public static Tensor greater(double a, Tensor b) {
        return Elementwise.binary(BinaryOp.GREATER, Arg.of(a), Arg.of(b), null, null);
    }

    /** greater with a weak integer scalar: numeric tensors keep their type, bool becomes int64. */
    public static Tensor greater(Tensor a, long b) {
        return Elementwise.binary(BinaryOp.GREATER, Arg.of(a), Arg.of(b), null, null);
    }

    /** greater with a weak integer scalar on the left. */
    public static Tensor greater(long a, Tensor b) {
        return Elementwise.binary(BinaryOp.GREATER, Arg.of(a), Arg.of(b), null, null);
    }

    /** a &gt;= b, as bool, element-wise with broadcasting ({@code np.greater_equal}). */
    public static Tensor greaterEqual(Tensor a, Tensor b) {
        return Elementwise.binary(BinaryOp.GREATER_EQUAL, Arg.of(a), Arg.of(b), null, null);
    }

    /** greaterEqual(a, b) written into {@code out} (which may alias a or b); returns {@code out}. */
    public static Tensor greaterEqual(Tensor a, Tensor b, Tensor out) {
        return Elementwise.binary(BinaryOp.GREATER_EQUAL, Arg.of(a), Arg.of(b), out, null);
    }

    /** greaterEqual(a, b) written into {@code out} only where {@code where} is true (a new tensor, zero elsewhere, when out is null). */
    public static Tensor greaterEqual(Tensor a, Tensor b, Tensor out, Tensor where) {
        return Elementwise.binary(BinaryOp.GREATER_EQUAL, Arg.of(a), Arg.of(b), out, where);
    }

    /** greaterEqual with a weak float scalar: a float tensor keeps its type, an integer one becomes float64. */
    public static Tensor greaterEqual(Tensor a, double b) {
        return Elementwise.binary(BinaryOp.GREATER_EQUAL, Arg.of(a), Arg.of(b), null, null);
    }

    /** greaterEqual with a weak float scalar on the left. */
    public static Tensor greaterEqual(double a, Tensor b) {
        return Elementwise.binary(BinaryOp.GREATER_EQUAL, Arg.of(a), Arg.of(b), null, null);
    }

    /** greaterEqual with a weak integer scalar: numeric tensors keep their type, bool becomes int64. */
    public static Tensor greaterEqual(Tensor a, long b) {
        return Elementwise.binary(BinaryOp.GREATER_EQUAL, Arg.of(a), Arg.of(b), null, null);
    }

    /** greaterEqual with a weak integer scalar on the left. */
    public static Tensor greaterEqual(long a, Tensor b) {
        return Elementwise.binary(BinaryOp.GREATER_EQUAL, Arg.of(a), Arg.of(b), null, null);
    }

    /** True where a and b are both non-zero, element-wise with broadcasting ({@code np.logical_and}); any input types (NaN counts as non-zero), bool result. */
    public static Tensor logicalAnd(Tensor a, Tensor b) {
        return Elementwise.binary(BinaryOp.LOGICAL_AND, Arg.of(a), Arg.of(b), null, null);
    }

    /** logicalAnd(a, b) written into {@code out} (which may alias a or b); returns {@code out}. */
    public static Tensor logicalAnd(Tensor a, Tensor b, Tensor out) {
        return Elementwise.binary(BinaryOp.LOGICAL_AND, Arg.of(a), Arg.of(b), out, null);
    }

    /** logicalAnd(a, b) written into {@code out} only where {@code where} is true (a new tensor, false elsewhere, when out is null). */
    public static Tensor logicalAnd(Tensor a, Tensor b, Tensor out, Tensor where) {
        return Elementwise.binary(BinaryOp.LOGICAL_AND, Arg.of(a), Arg.of(b), out, where);
    }

    /** logicalAnd with a weak float scalar: computed in the promoted type; the result is bool. */
    public static Tensor logicalAnd(Tensor a, double b) {
        return Elementwise.binary(BinaryOp.LOGICAL_AND, Arg.of(a), Arg.of(b), null, null);
    }

    /** logicalAnd with a weak float scalar on the left. */
    public static Tensor logicalAnd(double a, Tensor b) {
        return Elementwise.binary(BinaryOp.LOGICAL_AND, Arg.of(a), Arg.of(b), null, null);
    }

    /** logicalAnd with a weak integer scalar: computed in the promoted type; the result is bool. */
    public static Tensor logicalAnd(Tensor a, long b) {
        return Elementwise.binary(BinaryOp.LOGICAL_AND, Arg.of(a), Arg.of(b), null, null);
    }

    /** logicalAnd with a weak integer scalar on the left. */
    public static Tensor logicalAnd(long a, Tensor b) {
        return Elementwise.binary(BinaryOp.LOGICAL_AND, Arg.of(a), Arg.of(b), null, null);
    }

    /** True where a or b is non-zero, element-wise with broadcasting ({@code np.logical_or}); bool result. */
    public static Tensor logicalOr(Tensor a, Tensor b) {
        return Elementwise.binary(BinaryOp.LOGICAL_OR, Arg.of(a), Arg.of(b), null, null);
    }

    /** logicalOr(a, b) written into {@code out} (which may alias a or b); returns {@code out}. */
    public static Tensor logicalOr(Tensor a, Tensor b, Tensor out) {
        return Elementwise.binary(BinaryOp.LOGICAL_OR, Arg.of(a), Arg.of(b), out, null);
    }

    /** logicalOr(a, b) written into {@code out} only where {@code where} is true (a new tensor, false elsewhere, when out is null). */
    public static Tensor logicalOr(Tensor a, Tensor b, Tensor out, Tensor where) {
        return Elementwise.binary(BinaryOp.LOGICAL_OR, Arg.of(a), Arg.of(b), out, where);
    }

    /** logicalOr with a weak float scalar: computed in the promoted type; the result is bool. */
    public static Tensor logicalOr(Tensor a, double b) {
        return Elementwise.binary(BinaryOp.LOGICAL_OR, Arg.of(a), Arg.of(b), null, null);
    }

    /** logicalOr with a weak float scalar on the left. */
    public static Tensor logicalOr(double a, Tensor b) {
        return Elementwise.binary(BinaryOp.LOGICAL_OR, Arg.of(a), Arg.of(b), null, null);
    }

    /** logicalOr with a weak integer scalar: computed in the promoted type; the result is bool. */
    public static Tensor logicalOr(Tensor a, long b) {
        return Elementwise.binary(BinaryOp.LOGICAL_OR, Arg.of(a), Arg.of(b), null, null);
    }

    /** logicalOr with a weak integer scalar on the left. */
    public static Tensor logicalOr(long a, Tensor b) {
        return Elementwise.binary(BinaryOp.LOGICAL_OR, Arg.of(a), Arg.of(b), null, null);
    }

    /** True where exactly one of a and b is non-zero, element-wise with broadcasting ({@code np.logical_xor}); bool result. */
    public static Tensor logicalXor(Tensor a, Tensor b) {
        return Elementwise.binary(BinaryOp.LOGICAL_XOR, Arg.of(a), Arg.of(b), null, null);
    }

    /** logicalXor(a, b) written into {@code out} (which may alias a or b); returns {@code out}. */
    public static Tensor logicalXor(Tensor a, Tensor b, Tensor out) {
        return Elementwise.binary(BinaryOp.LOGICAL_XOR, Arg.of(a), Arg.of(b), out, null);
    }

    /** logicalXor(a, b) written into {@code out} only where {@code where} is true (a new tensor, false elsewhere, when out is null). */
    public static Tensor logicalXor(Tensor a, Tensor b, Tensor out, Tensor where) {
        return Elementwise.binary(BinaryOp.LOGICAL_XOR, Arg.of(a), Arg.of(b), out, where);
    }

    /** logicalXor with a weak float scalar: computed in the promoted type; the result is bool. */
    public static Tensor logicalXor(Tensor a, double b) {
        return Elementwise.binary(BinaryOp.LOGICAL_XOR, Arg.of(a), Arg.of(b), null, null);
    }

    /** logicalXor with a weak float scalar on the left. */
    public static Tensor logicalXor(double a, Tensor b) {
        return Elementwise.binary(BinaryOp.LOGICAL_XOR, Arg.of(a), Arg.of(b), null, null);
    }

    /** logicalXor with a weak integer scalar: computed in the promoted type; the result is bool. */
    public static Tensor logicalXor(Tensor a, long b) {
        return Elementwise.binary(BinaryOp.LOGICAL_XOR, Arg.of(a), Arg.of(b), null, null);
    }

    /** logicalXor with a weak integer scalar on the left. */
    public static Tensor logicalXor(long a, Tensor b) {
        return Elementwise.binary(BinaryOp.LOGICAL_XOR, Arg.of(a), Arg.of(b), null, null);
    }

    /** a &amp; b bit by bit, element-wise with broadcasting ({@code np.bitwise_and}); bool and integer types only (float operands, Java double scalars included, are an error, as in NumPy), bool &amp; bool is logical and. Example: {@code bitwiseAnd(array(new int[] {12, 10}), 6L)} is {@code [4, 2]}. */
    public static Tensor bitwiseAnd(Tensor a, Tensor b) {
        return Elementwise.binary(BinaryOp.BITWISE_AND, Arg.of(a), Arg.of(b), null, null);
    }

    /** bitwiseAnd(a, b) written into {@code out} (which may alias a or b); returns {@code out}. */
    public static Tensor bitwiseAnd(Tensor a, Tensor b, Tensor out) {
        return Elementwise.binary(BinaryOp.BITWISE_AND, Arg.of(a), Arg.of(b), out, null);
    }

    /** bitwiseAnd(a, b) written into {@code out} only where {@code where} is true (a new tensor, zero elsewhere, when out is null). */
    public static Tensor bitwiseAnd(Tensor a, Tensor b, Tensor out, Tensor where) {
        return Elementwise.binary(BinaryOp.BITWISE_AND, Arg.of(a), Arg.of(b), out, where);
    }

    /** bitwiseAnd with a weak integer scalar: integer tensors keep their type (an int32 tensor needs the value in int32's range), a bool tensor becomes int64. */
    public static Tensor bitwiseAnd(Tensor a, long b) {
        return Elementwise.binary(BinaryOp.BITWISE_AND, Arg.of(a), Arg.of(b), null, null);
    }

    /** bitwiseAnd with a weak integer scalar on the left. */
    public static Tensor bitwiseAnd(long a, Tensor b) {
        return Elementwise.binary(BinaryOp.BITWISE_AND, Arg.of(a), Arg.of(b), null, null);
    }

    /** a | b bit by bit, element-wise with broadcasting ({@code np.bitwise_or}); bool and integer types only, bool | bool is logical or. */
    public static Tensor bitwiseOr(Tensor a, Tensor b) {
        return Elementwise.binary(BinaryOp.BITWISE_OR, Arg.of(a), Arg.of(b), null, null);
    }

    /** bitwiseOr(a, b) written into {@code out} (which may alias a or b); returns {@code out}. */
    public static Tensor bitwiseOr(Tensor a, Tensor b, Tensor out) {
        return Elementwise.binary(BinaryOp.BITWISE_OR, Arg.of(a), Arg.of(b), out, null);
    }

    /** bitwiseOr(a, b) written into {@code out} only where {@code where} is true (a new tensor, zero elsewhere, when out is null). */
    public static Tensor bitwiseOr(Tensor a, Tensor b, Tensor out, Tensor where) {
        return Elementwise.binary(BinaryOp.BITWISE_OR, Arg.of(a), Arg.of(b), out, where);
    }

    /** bitwiseOr with a weak integer scalar: integer tensors keep their type (an int32 tensor needs the value in int32's range), a bool tensor becomes int64. */
    public static Tensor bitwiseOr(Tensor a, long b) {
        return Elementwise.binary(BinaryOp.BITWISE_OR, Arg.of(a), Arg.of(b), null, null);
    }

    /** bitwiseOr with a weak integer scalar on the left. */
    public static Tensor bitwiseOr(long a, Tensor b) {
        return Elementwise.binary(BinaryOp.BITWISE_OR, Arg.of(a), Arg.of(b), null, null);
    }

    /** a ^ b bit by bit, element-wise with broadcasting ({@code np.bitwise_xor}); bool and integer types only, bool ^ bool is exclusive or. */
    public static Tensor bitwiseXor(Tensor a, Tensor b) {
        return Elementwise.binary(BinaryOp.BITWISE_XOR, Arg.of(a), Arg.of(b), null, null);
    }

    /** bitwiseXor(a, b) written into {@code out} (which may alias a or b); returns {@code out}. */
    public static Tensor bitwiseXor(Tensor a, Tensor b, Tensor out) {
        return Elementwise.binary(BinaryOp.BITWISE_XOR, Arg.of(a), Arg.of(b), out, null);
    }

    /** bitwiseXor(a, b) written into {@code out} only where {@code where} is true (a new tensor, zero elsewhere, when out is null). */
    public static Tensor bitwiseXor(Tensor a, Tensor b, Tensor out, Tensor where) {
        return Elementwise.binary(BinaryOp.BITWISE_XOR, Arg.of(a), Arg.of(b), out, where);
    }

    /** bitwiseXor with a weak integer scalar: integer tensors keep their type (an int32 tensor needs the value in int32's range), a bool tensor becomes int64. */
    public static Tensor bitwiseXor(Tensor a, long b) {
        return Elementwise.binary(BinaryOp.BITWISE_XOR, Arg.of(a), Arg.of(b), null, null);
    }

    /** bitwiseXor with a weak integer scalar on the left. */
    public static Tensor bitwiseXor(long a, Tensor b) {
        return Elementwise.binary(BinaryOp.BITWISE_XOR, Arg.of(a), Arg.of(b), null, null);
    }

    /** a &lt;&lt; b, element-wise with broadcasting ({@code np.left_shift}); integer types only (two bools compute in int8, as NumPy). Bits shifted out are lost; a count below 0 or at least the type's width (8 for int8 ... 64 for int64) gives 0, as in NumPy (Java's and C's shifts would use the count modulo the width). Example: {@code leftShift(array(new long[] {1, 1, 1}), array(new long[] {3, 63, 64}))} is {@code [8, -9223372036854775808, 0]}. */
    public static Tensor leftShift(Tensor a, Tensor b) {
        return Elementwise.binary(BinaryOp.LEFT_SHIFT, Arg.of(a), Arg.of(b), null, null);
    }

    /** leftShift(a, b) written into {@code out} (which may alias a or b); returns {@code out}. */
    public static Tensor leftShift(Tensor a, Tensor b, Tensor out) {
        return Elementwise.binary(BinaryOp.LEFT_SHIFT, Arg.of(a), Arg.of(b), out, null);
    }

    /** leftShift(a, b) written into {@code out} only where {@code where} is true (a new tensor, zero elsewhere, when out is null). */
    public static Tensor leftShift(Tensor a, Tensor b, Tensor out, Tensor where) {
        return Elementwise.binary(BinaryOp.LEFT_SHIFT, Arg.of(a), Arg.of(b), out, where);
    }

    /** leftShift with a weak integer scalar: integer tensors keep their type (an int32 tensor needs the value in int32's range), a bool tensor becomes int64. */
    public static Tensor leftShift(Tensor a, long b) {
        return Elementwise.binary(BinaryOp.LEFT_SHIFT, Arg.of(a), Arg.of(b), null, null);
    }

    /** leftShift with a weak integer scalar on the left. */
    public static Tensor leftShift(long a, Tensor b) {
        return Elementwise.binary(BinaryOp.LEFT_SHIFT, Arg.of(a), Arg.of(b), null, null);
    }

    /** a &gt;&gt; b, arithmetic (rounding toward -Inf), element-wise with broadcasting ({@code np.right_shift}); integer types only (two bools compute in int8, as NumPy). A count below 0 or at least the type's width gives -1 for negative a and 0 otherwise, as in NumPy: {@code rightShift(array(new int[] {-8}), 40L)} is {@code [-1]}. */
    public static Tensor rightShift(Tensor a, Tensor b) {
        return Elementwise.binary(BinaryOp.RIGHT_SHIFT, Arg.of(a), Arg.of(b), null, null);
    }

    /** rightShift(a, b) written into {@code out} (which may alias a or b); returns {@code out}. */
    public static Tensor rightShift(Tensor a, Tensor b, Tensor out) {
        return Elementwise.binary(BinaryOp.RIGHT_SHIFT, Arg.of(a), Arg.of(b), out, null);
    }

    /** rightShift(a, b) written into {@code out} only where {@code where} is true (a new tensor, zero elsewhere, when out is null). */
    public static Tensor rightShift(Tensor a, Tensor b, Tensor out, Tensor where) {
        return Elementwise.binary(BinaryOp.RIGHT_SHIFT, Arg.of(a), Arg.of(b), out, where);
    }

    /** rightShift with a weak integer scalar: integer tensors keep their type (an int32 tensor needs the value in int32's range), a bool tensor becomes int64. */
    public static Tensor rightShift(Tensor a, long b) {
        return Elementwise.binary(BinaryOp.RIGHT_SHIFT, Arg.of(a), Arg.of(b), null, null);
    }

    /** rightShift with a weak integer scalar on the left. */
    public static Tensor rightShift(long a, Tensor b) {
        return Elementwise.binary(BinaryOp.RIGHT_SHIFT, Arg.of(a), Arg.of(b), null, null);
    }

    /** The greatest common divisor of |a| and |b|, element-wise with broadcasting ({@code np.gcd}); integer types only (not two bools, as in NumPy). gcd(x, 0) = |x|, gcd(0, 0) = 0; as in NumPy |MIN| wraps, so gcd(MIN, 0) is MIN. */
    public static Tensor gcd(Tensor a, Tensor b) {
        return Elementwise.binary(BinaryOp.GCD, Arg.of(a), Arg.of(b), null, null);
    }

    /** gcd(a, b) written into {@code out} (which may alias a or b); returns {@code out}. */
    public static Tensor gcd(Tensor a, Tensor b, Tensor out) {
        return Elementwise.binary(BinaryOp.GCD, Arg.of(a), Arg.of(b), out, null);
    }

    /** gcd(a, b) written into {@code out} only where {@code where} is true (a new tensor, zero elsewhere, when out is null). */
    public static Tensor gcd(Tensor a, Tensor b, Tensor out, Tensor where) {
        return Elementwise.binary(BinaryOp.GCD, Arg.of(a), Arg.of(b), out, where);
    }

    /** gcd with a weak integer scalar: integer tensors keep their type (an int32 tensor needs the value in int32's range), a bool tensor becomes int64. */
    public static Tensor gcd(Tensor a, long b) {
        return Elementwise.binary(BinaryOp.GCD, Arg.of(a), Arg.of(b), null, null);
    }

    /** gcd with a weak integer scalar on the left. */
    public static Tensor gcd(long a, Tensor b) {
        return Elementwise.binary(BinaryOp.GCD, Arg.of(a), Arg.of(b), null, null);
    }

    /** The least common multiple of |a| and |b|, element-wise with broadcasting ({@code np.lcm}); integer types only (not two bools). 0 when either is 0; a product beyond the type wraps around, as in NumPy (lcm of int32 46341 and 46343 is -2147386333). */
    public static Tensor lcm(Tensor a, Tensor b) {
        return Elementwise.binary(BinaryOp.LCM, Arg.of(a), Arg.of(b), null, null);
    }

    /** lcm(a, b) written into {@code out} (which may alias a or b); returns {@code out}. */
    public static Tensor lcm(Tensor a, Tensor b, Tensor out) {
        return Elementwise.binary(BinaryOp.LCM, Arg.of(a), Arg.of(b), out, null);
    }

    /** lcm(a, b) written into {@code out} only where {@code where} is true (a new tensor, zero elsewhere, when out is null). */
    public static Tensor lcm(Tensor a, Tensor b, Tensor out, Tensor where) {
        return Elementwise.binary(BinaryOp.LCM, Arg.of(a), Arg.of(b), out, where);
    }

    /** lcm with a weak integer scalar: integer tensors keep their type (an int32 tensor needs the value in int32's range), a bool tensor becomes int64. */
    public static Tensor lcm(Tensor a, long b) {
        return Elementwise.binary(BinaryOp.LCM, Arg.of(a), Arg.of(b), null, null);
    }

    /** lcm with a weak integer scalar on the left. */
    public static Tensor lcm(long a, Tensor b) {
        return Elementwise.binary(BinaryOp.LCM, Arg.of(a), Arg.of(b), null, null);
    }

    /** log(e<sup>a</sup> + e<sup>b</sup>), element-wise with broadcasting ({@code np.logaddexp}), without overflow: NumPy's formula, a + ln 2 when a == b, else max(a, b) + log1p(e<sup>-|a - b|</sup>). NaN if either is NaN, else +Inf if either is +Inf; -Inf only when both are. Integer operands give float64, two bools float16 (as in NumPy). Accuracy: see the README (where e<sup>a</sup> + e<sup>b</sup> is close to 1 the result cancels and only an absolute bound holds, in NumPy too). */
    public static Tensor logaddexp(Tensor a, Tensor b) {
        return Elementwise.binary(BinaryOp.LOGADDEXP, Arg.of(a), Arg.of(b), null, null);
    }

    /** logaddexp(a, b) written into {@code out} (which may alias a or b); returns {@code out}. */
    public static Tensor logaddexp(Tensor a, Tensor b, Tensor out) {
        return Elementwise.binary(BinaryOp.LOGADDEXP, Arg.of(a), Arg.of(b), out, null);
    }

    /** logaddexp(a, b) written into {@code out} only where {@code where} is true (a new tensor, zero elsewhere, when out is null). */
    public static Tensor logaddexp(Tensor a, Tensor b, Tensor out, Tensor where) {
        return Elementwise.binary(BinaryOp.LOGADDEXP, Arg.of(a), Arg.of(b), out, where);
    }

    /** logaddexp with a weak float scalar: float tensors keep their type, integer and bool ones become float64. */
    public static Tensor logaddexp(Tensor a, double b) {
        return Elementwise.binary(BinaryOp.LOGADDEXP, Arg.of(a), Arg.of(b), null, null);
    }

    /** logaddexp with a weak float scalar on the left. */
    public static Tensor logaddexp(double a, Tensor b) {
        return Elementwise.binary(BinaryOp.LOGADDEXP, Arg.of(a), Arg.of(b), null, null);
    }

    /** logaddexp with a weak integer scalar: float tensors keep their type, integer and bool ones become float64. */
    public static Tensor logaddexp(Tensor a, long b) {
        return Elementwise.binary(BinaryOp.LOGADDEXP, Arg.of(a), Arg.of(b), null, null);
    }

    /** logaddexp with a weak integer scalar on the left. */
    public static Tensor logaddexp(long a, Tensor b) {
        return Elementwise.binary(BinaryOp.LOGADDEXP, Arg.of(a), Arg.of(b), null, null);
    }

    /** log<sub>2</sub>(2<sup>a</sup> + 2<sup>b</sup>), element-wise with broadcasting ({@code np.logaddexp2}): NumPy's formula, a + 1 when a == b, else max(a, b) + log2(1 + 2<sup>-|a - b|</sup>); NaN and infinities as {@link #logaddexp(Tensor, Tensor)}. Integer operands give float64, two bools float16 (as in NumPy). */
    public static Tensor logaddexp2(Tensor a, Tensor b) {
        return Elementwise.binary(BinaryOp.LOGADDEXP2, Arg.of(a), Arg.of(b), null, null);
    }

    /** logaddexp2(a, b) written into {@code out} (which may alias a or b); returns {@code out}. */
    public static Tensor logaddexp2(Tensor a, Tensor b, Tensor out) {
        return Elementwise.binary(BinaryOp.LOGADDEXP2, Arg.of(a), Arg.of(b), out, null);
    }

    /** logaddexp2(a, b) written into {@code out} only where {@code where} is true (a new tensor, zero elsewhere, when out is null). */
    public static Tensor logaddexp2(Tensor a, Tensor b, Tensor out, Tensor where) {
        return Elementwise.binary(BinaryOp.LOGADDEXP2, Arg.of(a), Arg.of(b), out, where);
    }

    /** logaddexp2 with a weak float scalar: float tensors keep their type, integer and bool ones become float64. */
    public static Tensor logaddexp2(Tensor a, double b) {
        return Elementwise.binary(BinaryOp.LOGADDEXP2, Arg.of(a), Arg.of(b), null, null);
    }

    /** logaddexp2 with a weak float scalar on the left. */
    public static Tensor logaddexp2(double a, Tensor b) {
        return Elementwise.binary(BinaryOp.LOGADDEXP2, Arg.of(a), Arg.of(b), null, null);
    }

    /** logaddexp2 with a weak integer scalar: float tensors keep their type, integer and bool ones become float64. */
    public static Tensor logaddexp2(Tensor a, long b) {
        return Elementwise.binary(BinaryOp.LOGADDEXP2, Arg.of(a), Arg.of(b), null, null);
    }

    /** logaddexp2 with a weak integer scalar on the left. */
    public static Tensor logaddexp2(long a, Tensor b) {
        return Elementwise.binary(BinaryOp.LOGADDEXP2, Arg.of(a), Arg.of(b), null, null);
    }

    /** The Heaviside step function, element-wise with broadcasting ({@code np.heaviside(x, h0)}): 0 where x &lt; 0, h0 where x is ±0, 1 where x &gt; 0, NaN where x is NaN (whatever h0). Integer operands give float64, two bools float16 (as in NumPy). Example: {@code heaviside(array(new double[] {-2, 0, 3}), 0.5)} is {@code [0.0, 0.5, 1.0]}. */
    public static Tensor heaviside(Tensor a, Tensor b) {
        return Elementwise.binary(BinaryOp.HEAVISIDE, Arg.of(a), Arg.of(b), null, null);
    }

    /** heaviside(a, b) written into {@code out} (which may alias a or b); returns {@code out}. */
    public static Tensor heaviside(Tensor a, Tensor b, Tensor out) {
        return Elementwise.binary(BinaryOp.HEAVISIDE, Arg.of(a), Arg.of(b), out, null);
    }

    /** heaviside(a, b) written into {@code out} only where {@code where} is true (a new tensor, zero elsewhere, when out is null). */
    public static Tensor heaviside(Tensor a, Tensor b, Tensor out, Tensor where) {
        return Elementwise.binary(BinaryOp.HEAVISIDE, Arg.of(a), Arg.of(b), out, where);
    }

    /** heaviside with a weak float scalar: float tensors keep their type, integer and bool ones become float64. */
    public static Tensor heaviside(Tensor a, double b) {
        return Elementwise.binary(BinaryOp.HEAVISIDE, Arg.of(a), Arg.of(b), null, null);
    }

    /** heaviside with a weak float scalar on the left. */
    public static Tensor heaviside(double a, Tensor b) {
        return Elementwise.binary(BinaryOp.HEAVISIDE, Arg.of(a), Arg.of(b), null, null);
    }

    /** heaviside with a weak integer scalar: float tensors keep their type, integer and bool ones become float64. */
    public static Tensor heaviside(Tensor a, long b) {
        return Elementwise.binary(BinaryOp.HEAVISIDE, Arg.of(a), Arg.of(b), null, null);
    }

    /** heaviside with a weak integer scalar on the left. */
    public static Tensor heaviside(long a, Tensor b) {
        return Elementwise.binary(BinaryOp.HEAVISIDE, Arg.of(a), Arg.of(b), null, null);
    }

    // ---- indexing ----

    /**
     * The elements of the flattened x at {@code indices} ({@code np.take(x, indices)}): a tensor of
     * indices' shape and x's type. Indices may be negative (counted from the end); integer or bool.
     *
     * <pre>{@code
     * take(array(new double[] {4, 3, 5, 7, 6, 8}), array(new long[] {0, 1, -1}))   // [4. 3. 8.]
     * }</pre>
     *
     * @throws IndexOutOfBoundsException naming the first bad index found and the valid range
     */
    public static Tensor take(Tensor x, Tensor indices) {
        return Indexing.take(x, indices, null);
    }

    /**
     * The slices of x at {@code indices} along {@code axis} ({@code np.take(x, indices, axis)}, as
     * {@code x[:, indices]} for axis 1): the result has shape
     * {@code x.shape[:axis] + indices.shape + x.shape[axis+1:]} and x's type; an embedding lookup is
     * {@code take(table, tokenIds, 0)}. Runs on x's backend: the indices are checked there (one
     * min/max read back), then one gather copies the slices.
     *
     * @throws IndexOutOfBoundsException for an index outside {@code [-n, n)}, n = x.shape[axis], as
     *                                   NumPy: also when the result is empty, unless
     *                                   {@code x.shape[:axis]} holds no element (nothing to take from)
     */
    public static Tensor take(Tensor x, Tensor indices, int axis) {
        return Indexing.take(x, indices, axis);
    }

    /**
     * {@code np.take(x, indices, axis, mode=mode)}: as {@link #take(Tensor, Tensor, int)} ({@code axis}
     * null: from the flattened x) with mode "raise" (the default: an index outside {@code [-n, n)}
     * is an error), "wrap" (every index taken modulo n, so -7 of 5 is 3) or "clip" (every index
     * clamped to 0..n-1, so every negative index is 0, not counted from the end, as NumPy). With
     * "wrap" and "clip" no index is out of range, but a non-empty take from an empty axis still is.
     *
     * <pre>{@code
     * take(array(new double[] {4, 3, 5, 7, 6}), array(new long[] {-7, 12, -1}), null, "clip")   // [4. 6. 4.]
     * take(array(new double[] {4, 3, 5, 7, 6}), array(new long[] {-7, 12, -1}), null, "wrap")   // [7. 5. 6.]
     * }</pre>
     *
     * @throws IllegalArgumentException  for another mode, float indices or a bad axis
     * @throws IndexOutOfBoundsException for an out-of-range index in mode "raise", or a non-empty
     *                                   take from an empty axis in any mode
     */
    public static Tensor take(Tensor x, Tensor indices, Integer axis, String mode) {
        return Indexing.take(x, indices, axis, mode, null);
    }

    /**
     * {@code np.take(x, indices, axis, out=out, mode=mode)}: as
     * {@link #take(Tensor, Tensor, Integer, String)}, the result written into {@code out} (and
     * returned). out must have exactly the result's shape; as NumPy, its type must cast safely to
     * x's ({@code can_cast(out.dtype, x.dtype)}: an int8 or bool out takes from a float64 x, an
     * int64 out not from an int8 x) and the values are then cast into it unsafely (2.7 becomes 2).
     * out may overlap x: the elements are gathered before out is written.
     *
     * <pre>{@code
     * take(x, array(new long[] {4, 3, 2, 1, 0}), null, "raise", x)   // reverses a 1-d x in place
     * }</pre>
     *
     * @throws IllegalArgumentException for out of another shape, a type that does not cast safely
     *                                  to x's (NumPy's TypeError), a read-only or overlapping out,
     *                                  or out on another backend; as the 4-argument form otherwise
     */
    public static Tensor take(Tensor x, Tensor indices, Integer axis, String mode, Tensor out) {
        return Indexing.take(x, indices, axis, mode, out);
    }

    /**
     * The indices of the non-zero elements, one int64 tensor per dimension ({@code np.nonzero(x)}),
     * in C order; NaN counts as non-zero. The positions are found on the host (x is read back once).
     *
     * @throws IllegalArgumentException for a 0-d tensor, as NumPy 2
     */
    public static Tensor[] nonzero(Tensor x) {
        return Indexing.nonzero(x);
    }

    /** The flat int64 positions of the non-zero elements of x ({@code np.flatnonzero(x)}); found on the host. */
    public static Tensor flatnonzero(Tensor x) {
        return Indexing.flatnonzero(x);
    }

    /**
     * The elements of x where condition is non-zero, both flattened ({@code np.extract(condition, x)},
     * {@code x[mask]} for a mask of x's shape): a 1-d tensor of x's type. As NumPy's
     * {@code take(ravel(x), flatnonzero(condition))}, the two need not have the same shape or size:
     * flat position i of condition picks flat element i of x, so a condition may be shorter than x
     * (the rest is dropped) or longer if it holds only zeros past x's size (NaN is non-zero).
     *
     * <pre>{@code
     * extract(greater(x, 0.0), x)   // the positive elements of x
     * extract(array(new long[] {0, 1}, 1, 2), arange(6))   // [1]
     * }</pre>
     *
     * @throws IndexOutOfBoundsException when condition is non-zero at a flat position past x's size
     *                                   (NumPy's IndexError)
     */
    public static Tensor extract(Tensor condition, Tensor x) {
        return Indexing.extract(condition, x);
    }

    /**
     * The coordinates of the non-zero elements, one row per element in C order
     * ({@code np.argwhere(x)}): an int64 tensor of shape (count, ndim); found on the host.
     *
     * <pre>{@code
     * argwhere(array(new long[] {0, 1, 2, 0}, 2, 2))   // [[0 1] [1 0]]
     * }</pre>
     */
    public static Tensor argwhere(Tensor x) {
        return Indexing.argwhere(x);
    }

    /** How many elements of x are non-zero, NaN included ({@code np.count_nonzero(x)}). */
    public static long countNonzero(Tensor x) {
        try (Tensor count = Indexing.countNonzero(x, null, false)) {
            return count.toLongArray()[0];
        }
    }

    /** The int64 counts of non-zero elements along {@code axis} ({@code np.count_nonzero(x, axis)}). */
    public static Tensor countNonzero(Tensor x, int axis) {
        return Indexing.countNonzero(x, new int[] {axis}, false);
    }

    /** The int64 counts of non-zero elements over {@code axes} (null: all), keeping them as size 1 when {@code keepdims}. */
    public static Tensor countNonzero(Tensor x, int[] axes, boolean keepdims) {
        return Indexing.countNonzero(x, axes, keepdims);
    }

    /**
     * The n-th discrete difference along the last axis ({@code np.diff(x)} with n = 1):
     * {@code x[..., 1:] - x[..., :-1]}, in x's type ({@code !=} for bool, as NumPy).
     *
     * <pre>{@code
     * diff(array(new double[] {1, 4, 9, 16}))   // [3. 5. 7.]
     * }</pre>
     */
    public static Tensor diff(Tensor x) {
        return Differencing.diff(x, 1, -1);
    }

    /**
     * {@code np.diff(x, n, axis)}: the difference applied n times along {@code axis}; an axis
     * shorter than n becomes empty. Integers wrap around, as in NumPy. n = 0 gives a copy of x
     * whatever x's dimensions and the axis (NumPy returns x itself before it checks either).
     *
     * @throws IllegalArgumentException for a 0-d x, an axis out of range or a negative n (n &gt; 0)
     */
    public static Tensor diff(Tensor x, int n, int axis) {
        return Differencing.diff(x, n, axis);
    }

    /**
     * {@code np.diff(x, n, axis, prepend=prepend, append=append)}: the values (each nullable) joined
     * to x along the axis before differencing, a 0-d one repeated across the other axes; the type is
     * concatenate's (a 0-d tensor takes part as NumPy's {@code asanyarray} of a Python number does:
     * {@code np.diff(np.int8([1, 2]), prepend=1000)} is int64 {@code [-999, 1]}, here with
     * {@code scalar(1000, INT64)}). n = 0 returns a copy of x, the values ignored, as NumPy.
     *
     * <pre>{@code
     * diff(array(new long[] {3, 1, 2}), 1, -1, scalar(0, INT64), array(new long[] {9, 10}))   // [ 3 -2  1  7  1]
     * }</pre>
     *
     * @throws IllegalArgumentException as {@link #diff(Tensor, int, int)}, or for values whose shape
     *                                  does not match x's off the axis (concatenate's refusal)
     */
    public static Tensor diff(Tensor x, int n, int axis, Tensor prepend, Tensor append) {
        return Differencing.diff(x, n, axis, prepend, append);
    }

    /**
     * The numerical gradient along every axis ({@code np.gradient(f)}): one tensor per axis, of f's
     * shape, with unit spacing: central differences {@code (f[i+1] - f[i-1]) / 2} inside and
     * one-sided differences at the ends (edge order 1), in NumPy's order of operations, so NumPy's
     * values bit for bit. Integer f gives float64. NumPy returns the array itself for a 1-d f;
     * here it is the only element.
     *
     * <pre>{@code
     * gradient(array(new double[] {1, 2, 4, 7, 11}))[0]   // [1.  1.5 2.5 3.5 4. ]
     * }</pre>
     *
     * @throws IllegalArgumentException for bool f, or an axis with fewer than 2 elements
     */
    public static Tensor[] gradient(Tensor f) {
        java.util.Objects.requireNonNull(f, "gradient: f is null");
        Tensor[] result = new Tensor[f.ndim()];
        try {
            for (int axis = 0; axis < result.length; axis++) {
                result[axis] = Differencing.gradient(f, 1.0, axis, 1);
            }
            return result;
        } catch (RuntimeException e) {
            for (Tensor t : result) {
                if (t != null) {
                    t.close();
                }
            }
            throw e;
        }
    }

    /** The gradient along one axis with unit spacing ({@code np.gradient(f, axis=axis)}). */
    public static Tensor gradient(Tensor f, int axis) {
        return Differencing.gradient(f, 1.0, axis, 1);
    }

    /**
     * The gradient along one axis with a uniform {@code spacing} and {@code edgeOrder} 1 or 2
     * ({@code np.gradient(f, spacing, axis=axis, edge_order=edgeOrder)}); edge order 2 needs 3
     * elements along the axis. A spacing of 0 divides by zero (±Inf, NaN) at both edge orders, as
     * NumPy does with a NumPy float 0 (with a Python float 0 NumPy's edge order 2 raises
     * ZeroDivisionError).
     */
    public static Tensor gradient(Tensor f, double spacing, int axis, int edgeOrder) {
        return Differencing.gradient(f, spacing, axis, edgeOrder);
    }

    /**
     * {@code np.gradient(f, *spacing, axis=axes, edge_order=edgeOrder)} with number spacings: none
     * (unit spacing), one for every axis, or one per axis of {@code axes} (null: all axes; a given
     * order is kept, as NumPy's). The numbers are Python floats: float32 and float16 f keep their
     * type in the arithmetic. One result per axis, of f's shape and floating type (float64 for
     * integer f). A spacing of 0 divides by zero (±Inf, NaN).
     *
     * <pre>{@code
     * gradient(array(new double[] {1, 2, 4, 7, 11, 16}).reshape(2, 3), new double[] {2, 0.5}, null, 1)
     * // [[3. 4.5 6.] [3. 4.5 6.]], [[2. 3. 4.] [8. 9. 10.]]
     * }</pre>
     *
     * @throws IllegalArgumentException for an axis out of range or repeated, a number of spacings
     *                                  other than 0, 1 or one per axis (NumPy's "invalid number of
     *                                  arguments"), bool f, an edge order other than 1 or 2, or an
     *                                  axis with fewer than edgeOrder + 1 elements
     */
    public static Tensor[] gradient(Tensor f, double[] spacing, int[] axes, int edgeOrder) {
        Objects.requireNonNull(spacing, "gradient: spacing is null");
        Object[] boxed = new Object[spacing.length];
        for (int i = 0; i < spacing.length; i++) {
            boxed[i] = spacing[i];
        }
        return Gradient.gradient(f, boxed, axes, edgeOrder);
    }

    /**
     * {@code np.gradient(f, *spacing, axis=axes, edge_order=edgeOrder)} with array spacings, one
     * per axis of {@code axes} (or a single 0-d one for all): a 0-d tensor is a NumPy scalar
     * (uniform spacing; its type takes part in the arithmetic as np.float64(h) does, integers as
     * float64), a 1-d tensor the coordinates along that axis (as many as the axis is long). Uneven
     * coordinates use NumPy's second-order formula inside,
     * {@code -h2/(h1(h1+h2)) f[i-1] + (h2-h1)/(h1 h2) f[i] + h1/(h2(h1+h2)) f[i+1]}, and its first- or
     * second-order one-sided formulas at the ends; coordinates with equal differences are the
     * uniform spacing of their first difference, as in NumPy. Values are NumPy's bit for bit
     * (the same operations in the same order). Repeated coordinates divide by zero (±Inf, NaN).
     *
     * <pre>{@code
     * gradient(array(new double[] {1, 2, 4, 7, 11}), new Tensor[] {array(new double[] {0, 1, 1.5, 3.5, 4})},
     *          null, 1)[0]   // [1.  3.  3.5 6.7 8. ]
     * }</pre>
     *
     * <p>A bool f is taken where NumPy's formula has no difference of f (uneven coordinates at edge
     * order 2: float64 result) and refused elsewhere, as NumPy's bool subtraction is.
     *
     * <p>Deviation: bool coordinates are refused (NumPy's differences of bools are bools: uneven
     * ones make its formula fail to negate them, even ones become a spacing of True or False).
     *
     * @throws IllegalArgumentException as {@link #gradient(Tensor, double[], int[], int)} (a bool f
     *                                  with other than uneven coordinates and edge order 2); for a
     *                                  spacing of 2 or more dimensions ("distances must be either
     *                                  scalars or 1d"), coordinates of another length than their
     *                                  axis, bool coordinates, or tensors on different backends
     */
    public static Tensor[] gradient(Tensor f, Tensor[] spacing, int[] axes, int edgeOrder) {
        Objects.requireNonNull(spacing, "gradient: spacing is null");
        for (Tensor s : spacing) {
            Objects.requireNonNull(s, "gradient: a spacing is null");
        }
        return Gradient.gradient(f, spacing.clone(), axes, edgeOrder);
    }

    /**
     * The integral of y along the last axis by the trapezoidal rule with unit spacing
     * ({@code np.trapezoid(y)}): {@code sum((y[1:] + y[:-1]) / 2)}, float64 for integer y.
     * Accuracy: a pairwise sum, as {@link #sum(Tensor)}.
     *
     * <pre>{@code
     * trapezoid(array(new double[] {1, 2, 3}))   // 4.0
     * }</pre>
     */
    public static Tensor trapezoid(Tensor y) {
        return Differencing.trapezoid(y, null, 1.0, -1);
    }

    /** {@code np.trapezoid(y, dx=dx, axis=axis)}: the trapezoidal rule with spacing {@code dx}. */
    public static Tensor trapezoid(Tensor y, double dx, int axis) {
        return Differencing.trapezoid(y, null, dx, axis);
    }

    /**
     * {@code np.trapezoid(y, x, axis=axis)}: the trapezoidal rule at sample points x, 1-d (laid
     * along the axis, of its length) or of y's shape.
     */
    public static Tensor trapezoid(Tensor y, Tensor x, int axis) {
        java.util.Objects.requireNonNull(x, "trapezoid: x is null");
        return Differencing.trapezoid(y, x, 1.0, axis);
    }

    /**
     * The differences of consecutive elements of the flattened x ({@code np.ediff1d(x)}), of x's
     * type.
     *
     * @throws IllegalArgumentException for bool x (NumPy cannot subtract bools)
     */
    public static Tensor ediff1d(Tensor x) {
        return Differencing.ediff1d(x, null, null);
    }

    /**
     * {@code np.ediff1d(x, to_end, to_begin)}: the differences with the flattened {@code toBegin}
     * before them and {@code toEnd} after (either null for none), cast to x's type; a float
     * {@code toEnd} for integer x, or a signed one for unsigned x (int32 for uint16), is refused,
     * as NumPy's "same_kind" rule refuses it.
     */
    public static Tensor ediff1d(Tensor x, Tensor toEnd, Tensor toBegin) {
        return Differencing.ediff1d(x, toEnd, toBegin);
    }

    // ---- convolution and polynomials ------------------------------------------------------------

    /**
     * The discrete linear convolution of two 1-d sequences ({@code np.convolve(a, v)}, mode
     * "full"): {@code z[k] = sum_j a[j] v[k - j]} over the overlapping j, of length
     * {@code len(a) + len(v) - 1}. See {@link #convolve(Tensor, Tensor, String)}.
     *
     * <pre>{@code
     * convolve(array(new double[] {1, 2, 3}), array(new double[] {0, 1, 0.5}))   // [0. 1. 2.5 4. 1.5]
     * }</pre>
     */
    public static Tensor convolve(Tensor a, Tensor v) {
        return Convolution.convolve(a, v, "full");
    }

    /**
     * {@code np.convolve(a, v, mode)}: the convolution of two 1-d tensors (a 0-d one counts as
     * length 1) in mode "full" (every overlap, length n + m - 1), "same" (length max(n, m),
     * centred as NumPy centres it) or "valid" (full overlaps only, length max(n, m) - min(n, m) + 1).
     * As NumPy, the longer input is taken as a, so convolve(a, v) equals convolve(v, a).
     *
     * <p>Type: {@code np.result_type(a, v)}; bool convolves to bool (an OR of ANDs), integers wrap
     * as NumPy's do. Accuracy: each element is a sum of at most min(n, m) products, within the
     * reduction tolerance of {@link #sum(Tensor)} of the sum of |products|; NaN and infinities only
     * reach the outputs whose windows hold them. Cost: the sliding windows are gathered into
     * (L, min(n, m)) temporaries, L the output length: O(L · min(n, m)) memory and work, meant for
     * filters, not for two long signals (NumPy: the same work, no temporaries).
     *
     * @throws IllegalArgumentException for an input of more than one dimension, an empty input
     *                                  ("a cannot be empty" / "v cannot be empty"), an unknown mode,
     *                                  or inputs on different backends
     */
    public static Tensor convolve(Tensor a, Tensor v, String mode) {
        return Convolution.convolve(a, v, mode);
    }

    /**
     * The cross-correlation of two 1-d sequences ({@code np.correlate(a, v)}, mode "valid"):
     * {@code z[k] = sum_n a[n + k] v[n]}. See {@link #correlate(Tensor, Tensor, String)}.
     *
     * <pre>{@code
     * correlate(array(new double[] {1, 2, 3}), array(new double[] {0, 1, 0.5}))   // [3.5]
     * }</pre>
     */
    public static Tensor correlate(Tensor a, Tensor v) {
        return Convolution.correlate(a, v, "valid");
    }

    /**
     * {@code np.correlate(a, v, mode)}: {@code z[k] = sum_n a[n + k] v[n]}, with the modes of
     * {@link #convolve(Tensor, Tensor, String)} ("full" starts at k = -(len(v) - 1)); both inputs
     * must be 1-d (unlike convolve, NumPy's correlate refuses 0-d input). When v is
     * longer than a, NumPy (multiarray.correlate2) correlates v with a and reverses the result, and
     * so does this: for "full" that is the definition; for "same" it shifts the centre of an
     * even-length result by one, as NumPy's does. No complex conjugate (jtensor has no complex
     * types). Type, accuracy and memory as for convolve.
     *
     * @throws IllegalArgumentException for an input that is not 1-d, an empty input
     *                                  ("first/second array argument cannot be empty"), an unknown
     *                                  mode, or inputs on different backends
     */
    public static Tensor correlate(Tensor a, Tensor v, String mode) {
        return Convolution.correlate(a, v, mode);
    }

    /**
     * The polynomial with coefficients p (highest power first) at x ({@code np.polyval(p, x)}),
     * by NumPy's Horner loop {@code y = zeros_like(x); for pv in p: y = y * x + pv}: two ufuncs per
     * coefficient, so results match NumPy's bit for bit in each type (no fused multiply-add).
     * A p of more dimensions is iterated along its first axis and broadcast, as NumPy does.
     *
     * <pre>{@code
     * polyval(array(new double[] {3, 0, 1}), array(new double[] {5, 1}))   // 3x² + 1: [76. 4.]
     * }</pre>
     *
     * <p>Type: the promotion of x's type with p's, step by step (bool p at bool x stays bool;
     * integers wrap). An empty p gives zeros of x's type.
     *
     * @throws IllegalArgumentException for a 0-d p or tensors on different backends
     */
    public static Tensor polyval(Tensor p, Tensor x) {
        return Polynomials.polyval(p, x);
    }

    /**
     * {@code np.polyval(p, x)} at one point: a 0-d tensor on p's backend, float64 or wider
     * (x is a float64 0-d array in NumPy too).
     */
    public static Tensor polyval(Tensor p, double x) {
        java.util.Objects.requireNonNull(p, "polyval: p is null");
        p.checkOpen("polyval");
        try (Tensor point = Creation.scalar(p.backend(), DType.FLOAT64, false, 0, x)) {
            return Polynomials.polyval(p, point);
        }
    }

    /**
     * The Vandermonde matrix of a 1-d x with len(x) columns, decreasing powers
     * ({@code np.vander(x)}): column j is {@code x^(n-1-j)}.
     *
     * <pre>{@code
     * vander(array(new double[] {1, 2, 3}))   // [[1. 1. 1.] [4. 2. 1.] [9. 3. 1.]]
     * }</pre>
     */
    public static Tensor vander(Tensor x) {
        java.util.Objects.requireNonNull(x, "vander: x is null");
        return Polynomials.vander(x, x.ndim() == 1 ? x.shape()[0] : 0, false);
    }

    /**
     * {@code np.vander(x, n, increasing)}: n columns, powers {@code x^(n-1)} down to {@code x^0}
     * (or up, when increasing); each power is the previous one times x, in NumPy's order, so
     * results match NumPy's exactly. Type: {@code promote_types(x.dtype, int64)}: int64 for bool
     * and integer x (wrapping on overflow), float64 for float x (float32 too).
     *
     * @throws IllegalArgumentException when x is not 1-d or n is negative
     */
    public static Tensor vander(Tensor x, long n, boolean increasing) {
        return Polynomials.vander(x, n, increasing);
    }

    /**
     * The least-squares polynomial fit of degree deg ({@code np.polyfit(x, y, deg)}): the
     * coefficients, highest power first, minimizing {@code sum((polyval(p, x) - y)^2)}; for a 2-d
     * y (one data set per column) a (deg + 1, K) tensor. NumPy's algorithm: the Vandermonde matrix
     * of {@code x + 0.0}, each column divided by its 2-norm, {@link #lstsq(Tensor, Tensor, double)}
     * with rcond = len(x) · eps (float32's eps for float32 x), the solution divided by the norms.
     * NumPy's RankWarning (rank-deficient fit) is not raised; the minimum-norm solution is returned.
     *
     * <pre>{@code
     * polyfit(array(new double[] {0, 1, 2}), array(new double[] {1, 3, 5}), 1)   // [2. 1.]
     * }</pre>
     *
     * <p>Type: float64 always (the Vandermonde matrix of float32 x is float64, as NumPy's).
     * Accuracy: the host lstsq's (a float64 Jacobi SVD; NumPy: LAPACK's gelsd), about
     * cond · eps relative to the coefficients for a good fit, cond being the condition number of
     * the scaled Vandermonde matrix (cond² · eps for large residuals).
     *
     * @throws IllegalArgumentException for deg &lt; 0, x not 1-d or empty, y not 1-d or 2-d, lengths
     *                                  that differ, or tensors on different backends
     */
    public static Tensor polyfit(Tensor x, Tensor y, int deg) {
        return Polynomials.polyfit(x, y, deg, null, false, null, null)[0];
    }

    /**
     * {@code np.polyfit(x, y, deg, rcond=rcond, w=w)}: the weighted fit, minimizing
     * {@code sum((w * (polyval(p, x) - y))^2)} (w multiplies the Vandermonde rows and y before the
     * column scaling, as NumPy: use 1/sigma, not 1/sigma²); rcond (null: len(x) · eps, float32's
     * eps for float32 x) is passed to lstsq. Null w fits unweighted. See
     * {@link #polyfit(Tensor, Tensor, int)}.
     *
     * <pre>{@code
     * polyfit(array(new double[] {0, 1, 2, 3}), array(new double[] {1, 3, 5, 100}), 1, null,
     *         array(new double[] {1, 1, 1, 0}))   // [2. 1.] (the last point weighs nothing)
     * }</pre>
     *
     * <p>Zero weights are allowed (rows that count for nothing); all-zero weights make every
     * column norm 0 and the fit NaN, where NumPy's LAPACK raises LinAlgError ("SVD did not converge").
     *
     * @throws IllegalArgumentException as {@link #polyfit(Tensor, Tensor, int)}, and for w not 1-d or
     *                                  of another length than y, or a negative or NaN rcond (NumPy's
     *                                  LAPACK takes a negative rcond as its machine precision)
     */
    public static Tensor polyfit(Tensor x, Tensor y, int deg, Double rcond, Tensor w) {
        return Polynomials.polyfit(x, y, deg, rcond, false, w, null)[0];
    }

    /**
     * {@code np.polyfit(x, y, deg, rcond, full, w, cov)} with NumPy's extra results, as an array:
     * <ul>
     * <li>full true: {@code {coefficients, residuals, rank, singularValues, rcond}}: lstsq's
     *     residuals (the weighted sum of squared residuals per column of y, shape (1,) or (K,); empty,
     *     shape (0,), when the rank is below deg + 1 or len(x) &lt;= deg + 1), rank (0-d int32, as
     *     NumPy's), the singular values of the scaled Vandermonde matrix, and rcond as used (0-d; the
     *     default has x's float type, float32 for float32 x, as NumPy's {@code len(x) * finfo.eps};
     *     a given one is float64). cov is then ignored, as NumPy.</li>
     * <li>cov "scaled" (NumPy's {@code cov=True}) or "unscaled": {@code {coefficients, covariance}},
     *     the covariance of the coefficients, {@code inv(A.T @ A) / outer(scale, scale)} for the
     *     scaled, weighted Vandermonde matrix A, times {@code residuals / (len(x) - deg - 1)} for
     *     "scaled" (NumPy dropped the older "- 2"); shape (deg + 1, deg + 1), or (deg + 1, deg + 1, K)
     *     for a 2-d y with "scaled" and (deg + 1, deg + 1, 1) with "unscaled" (NumPy's
     *     {@code Vbase[:, :, newaxis] * fac}).</li>
     * <li>neither (full false, cov null): {@code {coefficients}}.</li>
     * </ul>
     * NumPy's RankWarning (rank below deg + 1 without full) is not raised: the minimum-norm
     * coefficients are returned and the rank can be read with full.
     *
     * <pre>{@code
     * Tensor[] fit = polyfit(array(new double[] {0, 1, 2, 3, 4}), array(new double[] {1, 2.5, 2, 4.5, 7}), 1, null,
     *         true, null, null);   // {[1.4 0.6], [3.1], 2, [1.348 0.428], 1.1102230246251565e-15}
     * }</pre>
     *
     * @throws IllegalArgumentException as {@link #polyfit(Tensor, Tensor, int, Double, Tensor)}, for
     *                                  cov other than null, "scaled" or "unscaled", for "scaled" with
     *                                  len(x) &lt;= deg + 1 (NumPy's ValueError) or a rank-deficient
     *                                  fit (no residuals to scale by; NumPy fails to broadcast or
     *                                  raises LinAlgError)
     * @throws LinAlgException          for cov when {@code A.T @ A} is singular (NumPy's LinAlgError)
     */
    public static Tensor[] polyfit(Tensor x, Tensor y, int deg, Double rcond, boolean full, Tensor w, String cov) {
        return Polynomials.polyfit(x, y, deg, rcond, full, w, cov);
    }

    /**
     * The derivative of the polynomial p ({@code np.polyder(p)}): {@code p[:-1] * [n, ..., 1]}.
     *
     * <pre>{@code
     * polyder(array(new double[] {1, 1, 1, 1}))   // [3. 2. 1.]
     * }</pre>
     */
    public static Tensor polyder(Tensor p) {
        return Polynomials.polyder(p, 1);
    }

    /**
     * The m-th derivative of the 1-d polynomial p ({@code np.polyder(p, m)}), m rounds of
     * {@code p[:-1] * arange(n, 0, -1)}; exact. Type: p's promoted with int64 (float32 becomes
     * float64, bool and int32 int64); m = 0 gives a copy of p (NumPy: p itself).
     *
     * @throws IllegalArgumentException for m &lt; 0 or p not 1-d
     */
    public static Tensor polyder(Tensor p, int m) {
        return Polynomials.polyder(p, m);
    }

    /**
     * The antiderivative of p with integration constant 0 ({@code np.polyint(p)}):
     * {@code concatenate((p / [n, ..., 1], [0.0]))}.
     *
     * <pre>{@code
     * polyint(array(new double[] {3, 2, 1}))   // [1. 1. 1. 0.]
     * }</pre>
     */
    public static Tensor polyint(Tensor p) {
        return Polynomials.polyint(p, 1);
    }

    /**
     * The m-th antiderivative of the 1-d p with all integration constants 0
     * ({@code np.polyint(p, m)}): m rounds of {@code concatenate((p / arange(len(p), 0, -1), [0.0]))},
     * each a correctly rounded division. Type: float64 (m &ge; 1); m = 0 gives a copy of p whatever
     * its dimensions (NumPy returns p before checking them). The constants are
     * {@link #polyint(Tensor, int, double...)}'s.
     *
     * @throws IllegalArgumentException for m &lt; 0, or p not 1-d with m &ge; 1
     */
    public static Tensor polyint(Tensor p, int m) {
        return Polynomials.polyint(p, m);
    }

    /**
     * {@code np.polyint(p, m, k)}: the m-th antiderivative with integration constants k, the
     * constant of the r-th integration {@code k[r]} (it becomes the coefficient of x^(m-1-r)). One
     * constant serves every round (NumPy's scalar k); constants beyond the m-th are ignored, as
     * NumPy does. Float64; NaN and Inf constants pass into the result as they are.
     *
     * <pre>{@code
     * polyint(array(new double[] {6, 2}), 2, 1, 5)   // [1. 1. 1. 5.]
     * polyint(array(new double[] {1}), 2, 3)         // [0.5 3.  3. ]
     * }</pre>
     *
     * @throws IllegalArgumentException for m &lt; 0; fewer than m constants other than one (NumPy's
     *                                  "k must be a scalar or a rank-1 array of length 1 or &gt;m"),
     *                                  p not 1-d with m &ge; 1
     */
    public static Tensor polyint(Tensor p, int m, double... k) {
        return Polynomials.polyint(p, m, k);
    }

    /**
     * The sum of two polynomials ({@code np.polyadd(a1, a2)}): the shorter one padded in front
     * with zeros of its type, then added (type: the promotion of both). A 0-d operand counts as
     * length 1.
     *
     * <pre>{@code
     * polyadd(array(new double[] {1, 2}), array(new double[] {9, 5, 4}))   // [9. 6. 6.]
     * }</pre>
     *
     * @throws IllegalArgumentException for an operand of more than one dimension
     */
    public static Tensor polyadd(Tensor a1, Tensor a2) {
        return Polynomials.polyaddOrSub("polyadd", a1, a2);
    }

    /**
     * The difference of two polynomials ({@code np.polysub(a1, a2)}), padded as
     * {@link #polyadd(Tensor, Tensor)}.
     *
     * @throws IllegalArgumentException for bool operands (NumPy cannot subtract bools) or an
     *                                  operand of more than one dimension
     */
    public static Tensor polysub(Tensor a1, Tensor a2) {
        return Polynomials.polyaddOrSub("polysub", a1, a2);
    }

    /**
     * The product of two polynomials ({@code np.polymul(a1, a2)}): {@link #convolve(Tensor, Tensor)}
     * of the coefficients after NumPy's {@code poly1d}: leading zeros dropped, an empty or all-zero
     * polynomial taken as {@code [0]} of its type (so {@code polymul([0, 1, 2], [])} is {@code [0, 0]}).
     * NaN counts as nonzero.
     *
     * <pre>{@code
     * polymul(array(new double[] {1, 2}), array(new double[] {1, -2}))   // [1. 0. -4.]
     * }</pre>
     *
     * @throws IllegalArgumentException for coefficients of 2 or more dimensions
     */
    public static Tensor polymul(Tensor a1, Tensor a2) {
        return Polynomials.polymul(a1, a2);
    }

    /**
     * A view of m rotated by 90 degrees in the plane of its first two axes ({@code np.rot90(m)}),
     * from the first axis toward the second.
     *
     * <pre>{@code
     * rot90(array(new double[][] {{1, 2}, {3, 4}}))   // [[2. 4.] [1. 3.]]
     * }</pre>
     */
    public static Tensor rot90(Tensor m) {
        return Flipping.rot90(m, 1, new int[] {0, 1});
    }

    /** {@code np.rot90(m, k)}: k quarter turns (negative turns the other way); a view. */
    public static Tensor rot90(Tensor m, int k) {
        return Flipping.rot90(m, k, new int[] {0, 1});
    }

    /**
     * {@code np.rot90(m, k, axes)}: k quarter turns in the plane of the two (different) axes, from
     * the first toward the second; a view.
     */
    public static Tensor rot90(Tensor m, int k, int[] axes) {
        return Flipping.rot90(m, k, axes);
    }

    /**
     * Joins 1-d tensors as the columns of a 2-d one ({@code np.column_stack}); 2-d inputs are
     * joined as they are, along axis 1.
     *
     * <pre>{@code
     * columnStack(array(new double[] {1, 2}), array(new double[] {3, 4}))   // [[1. 3.] [2. 4.]]
     * }</pre>
     */
    public static Tensor columnStack(Tensor... arrays) {
        return Joining.columnStack("columnStack", arrays);
    }

    /** Joins along a third axis ({@code np.dstack}): inputs made 3-d as {@link #atleast3d(Tensor)} does. */
    public static Tensor dstack(Tensor... arrays) {
        return Joining.dstack("dstack", arrays);
    }

    /** {@code np.hsplit(x, sections)}: {@link #split(Tensor, int, int)} along axis 1 (axis 0 for 1-d x); views. */
    public static Tensor[] hsplit(Tensor x, int sections) {
        return Splitting.sections("hsplit", x, sections, Splitting.directionalAxis("hsplit", x), true);
    }

    /** {@code np.hsplit(x, indices)}: split before each index along axis 1 (axis 0 for 1-d x); views. */
    public static Tensor[] hsplit(Tensor x, long[] indices) {
        return Splitting.atIndices("hsplit", x, indices, Splitting.directionalAxis("hsplit", x));
    }

    /** {@code np.vsplit(x, sections)}: split along axis 0 of an x of 2 or more dimensions; views. */
    public static Tensor[] vsplit(Tensor x, int sections) {
        return Splitting.sections("vsplit", x, sections, Splitting.directionalAxis("vsplit", x), true);
    }

    /** {@code np.vsplit(x, indices)}; views. */
    public static Tensor[] vsplit(Tensor x, long[] indices) {
        return Splitting.atIndices("vsplit", x, indices, Splitting.directionalAxis("vsplit", x));
    }

    /** {@code np.dsplit(x, sections)}: split along axis 2 of an x of 3 or more dimensions; views. */
    public static Tensor[] dsplit(Tensor x, int sections) {
        return Splitting.sections("dsplit", x, sections, Splitting.directionalAxis("dsplit", x), true);
    }

    /** {@code np.dsplit(x, indices)}; views. */
    public static Tensor[] dsplit(Tensor x, long[] indices) {
        return Splitting.atIndices("dsplit", x, indices, Splitting.directionalAxis("dsplit", x));
    }

    /**
     * The inputs broadcast to their common shape ({@code np.broadcast_arrays}): views, as
     * {@link Tensor#broadcastTo(long...)} makes them but writable as NumPy 2.4's (a write into
     * overlapping elements is still refused; NumPy warns that it will make them read-only).
     *
     * @throws IllegalArgumentException when the shapes do not broadcast (the message names them)
     */
    public static Tensor[] broadcastArrays(Tensor... arrays) {
        java.util.Objects.requireNonNull(arrays, "broadcastArrays: arrays is null");
        long[][] shapes = new long[arrays.length][];
        for (int i = 0; i < arrays.length; i++) {
            java.util.Objects.requireNonNull(arrays[i], "broadcastArrays: array " + i + " is null");
            arrays[i].checkOpen("broadcastArrays");
            shapes[i] = arrays[i].shape();
        }
        Elementwise.commonBackend("broadcastArrays", java.util.Arrays.asList(arrays));
        long[] shape = io.jtensor.internal.Broadcast.shapes("broadcastArrays", shapes);
        Tensor[] views = new Tensor[arrays.length];
        for (int i = 0; i < arrays.length; i++) {
            views[i] = arrays[i].broadcast("broadcastArrays", shape, false);
        }
        return views;
    }

    // ---- closeness ----

    /**
     * Where a and b are equal within NumPy's default tolerances ({@code np.isclose(a, b)}):
     * {@code |a - b| <= 1e-8 + 1e-5·|b|}, with broadcasting; a bool tensor. Infinities are close only
     * to themselves, NaN to nothing.
     *
     * <pre>{@code
     * isclose(array(new double[] {1e10, 1e-7}), array(new double[] {1.00001e10, 1e-8}))  // [ True False]
     * }</pre>
     */
    public static Tensor isclose(Tensor a, Tensor b) {
        return Closeness.isclose(a, b, DEFAULT_RTOL, DEFAULT_ATOL, false);
    }

    /**
     * {@code np.isclose(a, b, rtol, atol, equal_nan)}: true where
     * {@code |a - b| <= atol + rtol·|b|} and b is finite, or where a == b (so infinities of the same
     * sign), or, with {@code equalNan}, where both are NaN. Not symmetric: the tolerance scales with
     * |b|. b is compared in its floating type (float32 stays float32, integers become float64).
     *
     * @return a new bool tensor of the broadcast shape
     */
    public static Tensor isclose(Tensor a, Tensor b, double rtol, double atol, boolean equalNan) {
        return Closeness.isclose(a, b, rtol, atol, equalNan);
    }

    /**
     * Whether every element pair is close within NumPy's default tolerances ({@code np.allclose(a, b)});
     * see {@link #isclose(Tensor, Tensor)}. True for empty tensors.
     */
    public static boolean allclose(Tensor a, Tensor b) {
        return Closeness.allclose(a, b, DEFAULT_RTOL, DEFAULT_ATOL, false);
    }

    /** {@code np.allclose(a, b, rtol, atol, equal_nan)}: {@code all(isclose(a, b, rtol, atol, equalNan))}. */
    public static boolean allclose(Tensor a, Tensor b, double rtol, double atol, boolean equalNan) {
        return Closeness.allclose(a, b, rtol, atol, equalNan);
    }

    // ---- NumPy 2's array-API names ----
    //
    // NumPy 2 added these names beside its own for the same functions; each delegates to the name
    // given in its javadoc (see there for types, NaN behaviour and accuracy).

    /** {@code np.acos}: {@link #arccos(Tensor)}. */
    public static Tensor acos(Tensor x) {
        return arccos(x);
    }

    /** {@code np.acosh}: {@link #arccosh(Tensor)}. */
    public static Tensor acosh(Tensor x) {
        return arccosh(x);
    }

    /** {@code np.asin}: {@link #arcsin(Tensor)}. */
    public static Tensor asin(Tensor x) {
        return arcsin(x);
    }

    /** {@code np.asinh}: {@link #arcsinh(Tensor)}. */
    public static Tensor asinh(Tensor x) {
        return arcsinh(x);
    }

    /** {@code np.atan}: {@link #arctan(Tensor)}. */
    public static Tensor atan(Tensor x) {
        return arctan(x);
    }

    /** {@code np.atanh}: {@link #arctanh(Tensor)}. */
    public static Tensor atanh(Tensor x) {
        return arctanh(x);
    }

    /** {@code np.atan2}: {@link #arctan2(Tensor, Tensor)}. */
    public static Tensor atan2(Tensor a, Tensor b) {
        return arctan2(a, b);
    }

    /** {@code np.pow}: {@link #power(Tensor, Tensor)}. */
    public static Tensor pow(Tensor a, Tensor b) {
        return power(a, b);
    }

    /** {@code np.pow(a, b)} with a Python float b: {@link #power(Tensor, double)}. */
    public static Tensor pow(Tensor a, double b) {
        return power(a, b);
    }

    /** {@code np.mod}: {@link #remainder(Tensor, Tensor)}. */
    public static Tensor mod(Tensor a, Tensor b) {
        return remainder(a, b);
    }

    /** {@code np.true_divide}: {@link #divide(Tensor, Tensor)}. */
    public static Tensor trueDivide(Tensor a, Tensor b) {
        return divide(a, b);
    }

    /** {@code np.bitwise_invert}: {@link #invert(Tensor)}. */
    public static Tensor bitwiseInvert(Tensor x) {
        return invert(x);
    }

    /** {@code np.bitwise_left_shift}: {@link #leftShift(Tensor, Tensor)}. */
    public static Tensor bitwiseLeftShift(Tensor a, Tensor b) {
        return leftShift(a, b);
    }

    /** {@code np.bitwise_right_shift}: {@link #rightShift(Tensor, Tensor)}. */
    public static Tensor bitwiseRightShift(Tensor a, Tensor b) {
        return rightShift(a, b);
    }

    /** {@code np.concat(arrays, axis=0)}: {@link #concatenate(Tensor...)}. */
    public static Tensor concat(Tensor... arrays) {
        return concatenate(arrays);
    }

    /** {@code np.concat(arrays, axis=axis)}: {@link #concatenate(Tensor[], int)}. */
    public static Tensor concat(Tensor[] arrays, int axis) {
        return concatenate(arrays, axis);
    }

    /** {@code np.concat(arrays, axis=axis, out=out)}: {@link #concatenate(Tensor[], int, Tensor)}. */
    public static Tensor concat(Tensor[] arrays, int axis, Tensor out) {
        return concatenate(arrays, axis, out);
    }

    /** {@code np.concat(arrays, axis=axis, dtype=dtype, casting=casting)}: {@link #concatenate(Tensor[], int, DType, String)}. */
    public static Tensor concat(Tensor[] arrays, int axis, DType dtype, String casting) {
        return concatenate(arrays, axis, dtype, casting);
    }

    /** {@code np.permute_dims(x)}: {@link Tensor#transpose()}, the axes reversed (a view). */
    public static Tensor permuteDims(Tensor x) {
        return Objects.requireNonNull(x, "permuteDims: x is null").transpose();
    }

    /**
     * {@code np.permute_dims(x, axes)}: {@link Tensor#transpose(int...)}, a view; an empty
     * {@code axes} array is NumPy's {@code axes=()}, refused unless x is 0-d.
     */
    public static Tensor permuteDims(Tensor x, int... axes) {
        Objects.requireNonNull(x, "permuteDims: x is null");
        return x.transpose(axes);
    }

    /** {@code np.amax}: {@link #max(Tensor)}. */
    public static Tensor amax(Tensor x) {
        return max(x);
    }

    /** {@code np.amax(x, axis, keepdims)}: {@link #max(Tensor, int[], boolean)}. */
    public static Tensor amax(Tensor x, int[] axes, boolean keepdims) {
        return max(x, axes, keepdims);
    }

    /** {@code np.amax(x, axis, keepdims, initial=initial)}: {@link #max(Tensor, int[], boolean, double)}. */
    public static Tensor amax(Tensor x, int[] axes, boolean keepdims, double initial) {
        return max(x, axes, keepdims, initial);
    }

    /** {@code np.amax(x, axis, keepdims, initial=initial, where=where)}: {@link #max(Tensor, int[], boolean, double, Tensor)}. */
    public static Tensor amax(Tensor x, int[] axes, boolean keepdims, double initial, Tensor where) {
        return max(x, axes, keepdims, initial, where);
    }

    /** {@code np.amax(x, axis, out=out, keepdims=keepdims)}: {@link #max(Tensor, int[], boolean, Tensor)}. */
    public static Tensor amax(Tensor x, int[] axes, boolean keepdims, Tensor out) {
        return max(x, axes, keepdims, out);
    }

    /** {@code np.amax(x, axis, out, keepdims, initial, where)}: {@link #max(Tensor, int[], boolean, Tensor, double, Tensor)}. */
    public static Tensor amax(Tensor x, int[] axes, boolean keepdims, Tensor out, double initial, Tensor where) {
        return max(x, axes, keepdims, out, initial, where);
    }

    /** {@code np.amin}: {@link #min(Tensor)}. */
    public static Tensor amin(Tensor x) {
        return min(x);
    }

    /** {@code np.amin(x, axis, keepdims)}: {@link #min(Tensor, int[], boolean)}. */
    public static Tensor amin(Tensor x, int[] axes, boolean keepdims) {
        return min(x, axes, keepdims);
    }

    /** {@code np.amin(x, axis, keepdims, initial=initial)}: {@link #min(Tensor, int[], boolean, double)}. */
    public static Tensor amin(Tensor x, int[] axes, boolean keepdims, double initial) {
        return min(x, axes, keepdims, initial);
    }

    /** {@code np.amin(x, axis, keepdims, initial=initial, where=where)}: {@link #min(Tensor, int[], boolean, double, Tensor)}. */
    public static Tensor amin(Tensor x, int[] axes, boolean keepdims, double initial, Tensor where) {
        return min(x, axes, keepdims, initial, where);
    }

    /** {@code np.amin(x, axis, out=out, keepdims=keepdims)}: {@link #min(Tensor, int[], boolean, Tensor)}. */
    public static Tensor amin(Tensor x, int[] axes, boolean keepdims, Tensor out) {
        return min(x, axes, keepdims, out);
    }

    /** {@code np.amin(x, axis, out, keepdims, initial, where)}: {@link #min(Tensor, int[], boolean, Tensor, double, Tensor)}. */
    public static Tensor amin(Tensor x, int[] axes, boolean keepdims, Tensor out, double initial, Tensor where) {
        return min(x, axes, keepdims, out, initial, where);
    }

    // ---- types: limits, promotion and casting ----

    /**
     * The machine limits of a floating-point type ({@code np.finfo}): eps, max, the smallest normal
     * and subnormal numbers, precision and the exponent range.
     *
     * <pre>{@code
     * double eps = Np.finfo(DType.FLOAT64).eps();   // 2.220446049250313E-16
     * }</pre>
     *
     * @throws IllegalArgumentException for a type that is not FLOAT32 or FLOAT64
     */
    public static FloatInfo finfo(DType dtype) {
        Objects.requireNonNull(dtype, "finfo: dtype is null");
        return FloatInfo.of(dtype);
    }

    /** {@code np.finfo(x.dtype)}: the limits of x's floating-point type. */
    public static FloatInfo finfo(Tensor x) {
        Objects.requireNonNull(x, "finfo: x is null");
        return FloatInfo.of(x.dtype());
    }

    /**
     * The limits of an integer type ({@code np.iinfo}): its smallest and largest values.
     *
     * @throws IllegalArgumentException for a type that is not an integer type (NumPy refuses bool too)
     */
    public static IntegerInfo iinfo(DType dtype) {
        Objects.requireNonNull(dtype, "iinfo: dtype is null");
        return IntegerInfo.of(dtype);
    }

    /** {@code np.iinfo(x.dtype)}: the limits of x's integer type. */
    public static IntegerInfo iinfo(Tensor x) {
        Objects.requireNonNull(x, "iinfo: x is null");
        return IntegerInfo.of(x.dtype());
    }

    /**
     * The type NumPy 2 gives an operation on these operands ({@code np.result_type}): tensors and
     * DTypes are promoted together; a Java {@code Boolean}, {@code Integer}/{@code Long} or
     * {@code Float}/{@code Double} is a weak Python scalar (NEP 50) that only raises the kind: an int32
     * tensor with a {@code 2.5} gives float64, a float32 tensor with {@code 3} stays float32, and
     * scalars alone give bool, int64 or float64. Three or more types promote as NumPy's
     * {@code PyArray_PromoteDTypeSequence}, which is not a left fold: each type is promoted with the
     * most general one, so int8, uint8 and float16 give float16 although int8 + uint8 is int16 and
     * int16 + float16 float32.
     *
     * <pre>{@code
     * Np.resultType(DType.INT32, DType.FLOAT32);   // FLOAT64
     * Np.resultType(DType.INT8, DType.UINT8, DType.FLOAT16);   // FLOAT16, as np.result_type
     * Np.resultType(x32, 2.0);                      // FLOAT32 for a float32 x32
     * }</pre>
     *
     * @throws IllegalArgumentException when no operand is given or one is of another class
     */
    public static DType resultType(Object... operands) {
        return TypePromotion.resultType(operands);
    }

    /** {@code np.promote_types(a, b)}: the smallest type both convert to safely ({@link DType#promote}). */
    public static DType promoteTypes(DType a, DType b) {
        Objects.requireNonNull(a, "promoteTypes: a is null");
        Objects.requireNonNull(b, "promoteTypes: b is null");
        return DType.promote(a, b);
    }

    /** {@code np.can_cast(from, to)}: whether casting='safe' allows the cast (see {@link DType#canCastSafelyTo}). */
    public static boolean canCast(DType from, DType to) {
        return TypePromotion.canCast(from, to, "safe");
    }

    /**
     * {@code np.can_cast(from, to, casting)} for casting 'no' and 'equiv' (the same type), 'safe',
     * 'same_kind' (within a kind or up: never float to integer or number to bool) or 'unsafe' (always).
     *
     * @throws IllegalArgumentException for another casting name
     */
    public static boolean canCast(DType from, DType to, String casting) {
        return TypePromotion.canCast(from, to, casting);
    }

    /**
     * {@code np.min_scalar_type(value)} of a Python int: the smallest type holding the value, unsigned
     * for value &gt;= 0 (uint8 up to 255, uint16 up to 65535, uint32 up to 2<sup>32</sup> - 1),
     * signed below 0 (int8, int16, int32, int64). Deviation: NumPy gives uint64 from 2<sup>32</sup>;
     * jtensor has none and gives int64.
     *
     * <pre>{@code
     * minScalarType(255)    // UINT8
     * minScalarType(-129)   // INT16
     * minScalarType(70000)  // UINT32
     * }</pre>
     */
    public static DType minScalarType(long value) {
        return TypePromotion.minScalarType(value);
    }

    /**
     * {@code np.min_scalar_type(value)} of a Python float, by range only as NumPy: float16 strictly
     * inside ±65000 (below float16's largest 65504) and for NaN and ±Inf, float32 strictly inside
     * ±3.4e38, else float64. Precision is not considered: 0.1 gives float16.
     *
     * <pre>{@code
     * minScalarType(1e5)     // FLOAT32
     * minScalarType(65504.0) // FLOAT32, as NumPy
     * }</pre>
     */
    public static DType minScalarType(double value) {
        return TypePromotion.minScalarType(value);
    }

    /** {@code np.min_scalar_type(value)} of a Python bool: BOOL. */
    public static DType minScalarType(boolean value) {
        return DType.BOOL;
    }

    /**
     * {@code np.min_scalar_type(a)}: a's own type when a has dimensions (as NumPy); for a 0-d a, the
     * type its value needs ({@link #minScalarType(long)}, {@link #minScalarType(double)}), never a
     * wider float than a's (a float32 0-d a gives float16 or float32); bool stays bool.
     */
    public static DType minScalarType(Tensor a) {
        return TypePromotion.minScalarType(a);
    }

    // ---- reductions ----

    /**
     * The sum of the elements ({@code np.sum}); bool and every integer type sum as int64 (a deviation:
     * NumPy gives uint64 for uint8/uint16/uint32 input; jtensor has no uint64 and gives int64, the same bits: the same value below 2<sup>63</sup>, the same value modulo 2<sup>64</sup> where NumPy's uint64 wraps); floats are summed pairwise, over all axes.
     * Float16 accumulates in float32 and rounds once to float16, as NumPy's half loop along a
     * contiguous axis (NumPy rounds every partial sum when it reduces a non-contiguous axis, e.g.
     * axis 0 of a C-ordered matrix; jtensor rounds once there too, which is as or more accurate). A
     * float16 sum past 65504 overflows to Inf, even if later terms would bring it back. Example:
     * {@code sum(array(new double[] {60000, 60000, -60000}).astype(DType.FLOAT16))} is 60000.
     * Under {@link #seterr} a sum of finite elements that is ±Inf or NaN reports "overflow
     * encountered in reduce", a NaN from elements without NaN "invalid value encountered in reduce".
     */
    public static Tensor sum(Tensor x) {
        return Reductions.reduce(ReduceOp.SUM, x, null, false, 0, "sum");
    }

    /** The sum along one axis (negative counts from the end). */
    public static Tensor sum(Tensor x, int axis) {
        return Reductions.reduce(ReduceOp.SUM, x, new int[] {axis}, false, 0, "sum");
    }

    /** The sum over {@code axes} (null: all); {@code keepdims} keeps them as size 1. */
    public static Tensor sum(Tensor x, int[] axes, boolean keepdims) {
        return Reductions.reduce(ReduceOp.SUM, x, axes, keepdims, 0, "sum");
    }

    /**
     * {@code np.sum(x, axis=axes, keepdims=keepdims, initial=initial)}: the sum of initial and the
     * elements of each line, so an empty line gives initial. initial is converted to the sum's type
     * as NumPy converts it: for an integer type truncated toward zero (2.5 counts as 2), and NaN, an
     * infinity or a value beyond the type is refused (NumPy's ValueError and OverflowError); a bool
     * type takes its truth. NaN propagates from x or a float initial. initial is added to each
     * line's sum once at the end (NumPy starts the sum with it: the two may differ in the last bit
     * of a float result); as a double it holds integers exactly up to 2<sup>53</sup>.
     *
     * <pre>{@code
     * sum(zeros(0, 3), new int[] {0}, false, 1.5)   // [1.5 1.5 1.5]
     * sum(array(new long[] {1, 2}), null, false, 2.5)   // 5 (int64)
     * }</pre>
     *
     * @throws IllegalArgumentException for an initial an integer sum cannot hold, or a bad axis
     */
    public static Tensor sum(Tensor x, int[] axes, boolean keepdims, double initial) {
        return TypedReductions.reduceFrom("sum", ReduceOp.SUM, false, x, axes, keepdims, null, null, initial, null);
    }

    /**
     * NumPy's full {@code np.sum(x, axis=axes, dtype=dtype, out=out, keepdims=keepdims,
     * initial=initial, where=where)}: the sum of initial and the elements selected by where (null:
     * all), in dtype (null: as {@link #sum(Tensor, int[], boolean, DType, Tensor)} chooses it, out's
     * type joining the promotion), initial converted to that type as
     * {@link #sum(Tensor, int[], boolean, double)} says, written into out (any cast) when given.
     * With out, NumPy first stores initial in out's type, cast unsafely (no range check: 300 into an
     * int8 out is 44, NaN into an int32 out its minimum), and so does this: with an int32 out,
     * initial 0.5 counts as 0 even when the sum runs in float64.
     *
     * <pre>{@code
     * sum(array(new long[] {100, 100}), null, false, DType.INT8, null, 100, null)   // 44 (int8, wrapped)
     * }</pre>
     *
     * @throws IllegalArgumentException as the forms with dtype, out, where and initial
     */
    public static Tensor sum(Tensor x, int[] axes, boolean keepdims, DType dtype, Tensor out, double initial,
                             Tensor where) {
        return TypedReductions.reduceFrom("sum", ReduceOp.SUM, false, x, axes, keepdims, dtype, out, initial, where);
    }

    /**
     * The arithmetic mean ({@code np.mean}); integers give float64; empty gives NaN, over all axes.
     * Float16 sums and divides in float32 and rounds once (NumPy's {@code _mean} uses dtype f4 for
     * half), so the mean of 60000 and 60000 is 60000, not Inf.
     */
    public static Tensor mean(Tensor x) {
        return Reductions.reduce(ReduceOp.MEAN, x, null, false, 0, "mean");
    }

    /** The mean along one axis (negative counts from the end). */
    public static Tensor mean(Tensor x, int axis) {
        return Reductions.reduce(ReduceOp.MEAN, x, new int[] {axis}, false, 0, "mean");
    }

    /** The mean over {@code axes} (null: all); {@code keepdims} keeps them as size 1. */
    public static Tensor mean(Tensor x, int[] axes, boolean keepdims) {
        return Reductions.reduce(ReduceOp.MEAN, x, axes, keepdims, 0, "mean");
    }

    /**
     * The product of the elements ({@code np.prod}); bool and every integer type as int64, wrapping
     * around (a deviation: NumPy gives uint64 for uint8/uint16/uint32 input; jtensor has no uint64 and gives int64, the same bits: the same value below 2<sup>63</sup>, the same value modulo 2<sup>64</sup> where NumPy's uint64 wraps), over all axes.
     */
    public static Tensor prod(Tensor x) {
        return Reductions.reduce(ReduceOp.PROD, x, null, false, 0, "prod");
    }

    /** The prod along one axis (negative counts from the end). */
    public static Tensor prod(Tensor x, int axis) {
        return Reductions.reduce(ReduceOp.PROD, x, new int[] {axis}, false, 0, "prod");
    }

    /** The prod over {@code axes} (null: all); {@code keepdims} keeps them as size 1. */
    public static Tensor prod(Tensor x, int[] axes, boolean keepdims) {
        return Reductions.reduce(ReduceOp.PROD, x, axes, keepdims, 0, "prod");
    }

    /**
     * {@code np.prod(x, axis=axes, keepdims=keepdims, initial=initial)}: the product of initial and the
     * elements of each line, so an empty line gives initial; initial converted as
     * {@link #sum(Tensor, int[], boolean, double)} says.
     *
     * <pre>{@code
     * prod(array(new long[] {2, 3}), null, false, 2)   // 12 (int64)
     * }</pre>
     *
     * @throws IllegalArgumentException for an initial an integer result type cannot hold, or a bad axis
     */
    public static Tensor prod(Tensor x, int[] axes, boolean keepdims, double initial) {
        return TypedReductions.reduceFrom("prod", ReduceOp.PROD, false, x, axes, keepdims, null, null, initial, null);
    }

    /**
     * NumPy's full {@code np.prod(x, axis=axes, dtype=dtype, out=out, keepdims=keepdims,
     * initial=initial, where=where)}: as {@link #sum(Tensor, int[], boolean, DType, Tensor, double, Tensor)}
     * with products (a bool type: logical and).
     */
    public static Tensor prod(Tensor x, int[] axes, boolean keepdims, DType dtype, Tensor out, double initial,
                              Tensor where) {
        return TypedReductions.reduceFrom("prod", ReduceOp.PROD, false, x, axes, keepdims, dtype, out, initial, where);
    }

    /** The maximum ({@code np.max}), NaN-propagating; an error for an empty reduction, over all axes. */
    public static Tensor max(Tensor x) {
        return Reductions.reduce(ReduceOp.MAX, x, null, false, 0, "max");
    }

    /** The max along one axis (negative counts from the end). */
    public static Tensor max(Tensor x, int axis) {
        return Reductions.reduce(ReduceOp.MAX, x, new int[] {axis}, false, 0, "max");
    }

    /** The max over {@code axes} (null: all); {@code keepdims} keeps them as size 1. */
    public static Tensor max(Tensor x, int[] axes, boolean keepdims) {
        return Reductions.reduce(ReduceOp.MAX, x, axes, keepdims, 0, "max");
    }

    /** The minimum ({@code np.min}), NaN-propagating; an error for an empty reduction, over all axes. */
    public static Tensor min(Tensor x) {
        return Reductions.reduce(ReduceOp.MIN, x, null, false, 0, "min");
    }

    /** The min along one axis (negative counts from the end). */
    public static Tensor min(Tensor x, int axis) {
        return Reductions.reduce(ReduceOp.MIN, x, new int[] {axis}, false, 0, "min");
    }

    /** The min over {@code axes} (null: all); {@code keepdims} keeps them as size 1. */
    public static Tensor min(Tensor x, int[] axes, boolean keepdims) {
        return Reductions.reduce(ReduceOp.MIN, x, axes, keepdims, 0, "min");
    }

    /** The index of the maximum ({@code np.argmax}; flat C-order index when reducing all axes), int64; first occurrence, first NaN wins, over all axes. */
    public static Tensor argmax(Tensor x) {
        return Reductions.reduce(ReduceOp.ARGMAX, x, null, false, 0, "argmax");
    }

    /** The argmax along one axis (negative counts from the end). */
    public static Tensor argmax(Tensor x, int axis) {
        return Reductions.reduce(ReduceOp.ARGMAX, x, new int[] {axis}, false, 0, "argmax");
    }

    /** The argmax over {@code axes} (null: all); {@code keepdims} keeps them as size 1. */
    public static Tensor argmax(Tensor x, int[] axes, boolean keepdims) {
        return Reductions.reduce(ReduceOp.ARGMAX, x, axes, keepdims, 0, "argmax");
    }

    /**
     * {@code np.argmax(x, axis, out=out, keepdims=keepdims)}: the indices along {@code axis} (null: the
     * flat index over all axes) written into {@code out} and returned (a new int64 tensor when out
     * is null). out must have exactly the result's shape (the axis dropped, or kept as size 1 with
     * keepdims); as NumPy, its type must cast safely to int64 (an int32, uint32, int8 or bool out is
     * accepted and the indices are cast into it unsafely; a float out is refused).
     *
     * <pre>{@code
     * Tensor best = zeros(new long[] {2}, DType.INT32);
     * argmax(array(new double[][] {{1, 5, 2}, {7, 0, 7}}), 1, false, best);   // best is [1 0]
     * }</pre>
     *
     * @throws IllegalArgumentException for out of another shape or of a float type, a read-only or
     *                                  overlapping out, out on another backend, or a bad axis
     */
    public static Tensor argmax(Tensor x, Integer axis, boolean keepdims, Tensor out) {
        return TypedReductions.argExtreme("argmax", ReduceOp.ARGMAX, x, axis, keepdims, out);
    }

    /** The index of the minimum ({@code np.argmin}), int64; first occurrence, first NaN wins, over all axes. */
    public static Tensor argmin(Tensor x) {
        return Reductions.reduce(ReduceOp.ARGMIN, x, null, false, 0, "argmin");
    }

    /** The argmin along one axis (negative counts from the end). */
    public static Tensor argmin(Tensor x, int axis) {
        return Reductions.reduce(ReduceOp.ARGMIN, x, new int[] {axis}, false, 0, "argmin");
    }

    /** The argmin over {@code axes} (null: all); {@code keepdims} keeps them as size 1. */
    public static Tensor argmin(Tensor x, int[] axes, boolean keepdims) {
        return Reductions.reduce(ReduceOp.ARGMIN, x, axes, keepdims, 0, "argmin");
    }

    /**
     * {@code np.argmin(x, axis, out=out, keepdims=keepdims)}: the indices along {@code axis} (null: the
     * flat index over all axes) written into {@code out} and returned (a new int64 tensor when out
     * is null). out must have exactly the result's shape (the axis dropped, or kept as size 1 with
     * keepdims); as NumPy, its type must cast safely to int64 (an int32, uint32, int8 or bool out is
     * accepted and the indices are cast into it unsafely; a float out is refused).
     *
     * <pre>{@code
     * Tensor best = zeros(new long[] {2}, DType.INT32);
     * argmin(array(new double[][] {{1, 5, 2}, {7, 0, 7}}), 1, false, best);   // best is [0 1]
     * }</pre>
     *
     * @throws IllegalArgumentException for out of another shape or of a float type, a read-only or
     *                                  overlapping out, out on another backend, or a bad axis
     */
    public static Tensor argmin(Tensor x, Integer axis, boolean keepdims, Tensor out) {
        return TypedReductions.argExtreme("argmin", ReduceOp.ARGMIN, x, axis, keepdims, out);
    }

    /** The whether every element is non-zero ({@code np.all}); true for empty input, over all axes. */
    public static Tensor all(Tensor x) {
        return Reductions.reduce(ReduceOp.ALL, x, null, false, 0, "all");
    }

    /** The all along one axis (negative counts from the end). */
    public static Tensor all(Tensor x, int axis) {
        return Reductions.reduce(ReduceOp.ALL, x, new int[] {axis}, false, 0, "all");
    }

    /** The all over {@code axes} (null: all); {@code keepdims} keeps them as size 1. */
    public static Tensor all(Tensor x, int[] axes, boolean keepdims) {
        return Reductions.reduce(ReduceOp.ALL, x, axes, keepdims, 0, "all");
    }

    /** The whether any element is non-zero ({@code np.any}); false for empty input, over all axes. */
    public static Tensor any(Tensor x) {
        return Reductions.reduce(ReduceOp.ANY, x, null, false, 0, "any");
    }

    /** The any along one axis (negative counts from the end). */
    public static Tensor any(Tensor x, int axis) {
        return Reductions.reduce(ReduceOp.ANY, x, new int[] {axis}, false, 0, "any");
    }

    /** The any over {@code axes} (null: all); {@code keepdims} keeps them as size 1. */
    public static Tensor any(Tensor x, int[] axes, boolean keepdims) {
        return Reductions.reduce(ReduceOp.ANY, x, axes, keepdims, 0, "any");
    }

    /**
     * Variance ({@code np.var}) over all axes, ddof 0. Float16 x is computed as NumPy's
     * {@code _var} runs it on half: the mean, the deviations, their squares, their sum and the
     * quotient are each rounded to float16 (the squares overflow to Inf past |deviation| 255.9).
     */
    public static Tensor var(Tensor x) {
        return Reductions.reduce(ReduceOp.VAR, x, null, false, 0, "var");
    }

    /** Variance along one axis, ddof 0. */
    public static Tensor var(Tensor x, int axis) {
        return Reductions.reduce(ReduceOp.VAR, x, new int[] {axis}, false, 0, "var");
    }

    /** Variance over {@code axes} (null: all), ddof 0. */
    public static Tensor var(Tensor x, int[] axes, boolean keepdims) {
        return Reductions.reduce(ReduceOp.VAR, x, axes, keepdims, 0, "var");
    }

    /** Variance dividing by {@code n - ddof} ({@code np.var(x, axis, ddof=ddof, keepdims=...)}). */
    public static Tensor var(Tensor x, int[] axes, boolean keepdims, int ddof) {
        return Reductions.reduce(ReduceOp.VAR, x, axes, keepdims, ddof, "var");
    }

    /**
     * NumPy 2's {@code np.var(x, axis=axes, keepdims=keepdims, correction=correction)} (also
     * {@code ddof=}, which NumPy too accepts as a float): the mean square deviation divided by
     * {@code max(n - correction, 0)}, so 0.5 gives {@code sum / (n - 0.5)}; a divisor of 0 gives
     * Inf (or NaN for 0/0), a NaN correction NaN. An integral correction is {@link #var(Tensor, int[], boolean, int)}.
     *
     * <pre>{@code
     * var(array(new double[] {1, 2, 4}), null, false, 0.5)   // 1.8666666666666665
     * }</pre>
     */
    public static Tensor var(Tensor x, int[] axes, boolean keepdims, double correction) {
        return TypedReductions.varianceOf("var", false, false, x, axes, keepdims, correction, null, null, null);
    }

    /**
     * {@code np.var(x, axis=axes, dtype=dtype, out=out, keepdims=keepdims, mean=mean,
     * correction=correction)}: as {@link #var(Tensor, int[], boolean, int, DType, Tensor)} with a real
     * correction and, when {@code mean} is not null, that precomputed mean used instead of computing
     * one (NumPy 2's {@code mean=}: give it as computed with keepdims over the same axes; it must
     * broadcast to x's shape). The deviations {@code x - mean} are in the promoted type of x and
     * mean, so a float64 mean of a float32 x gives a float64 variance (as NumPy).
     *
     * <pre>{@code
     * Tensor m = mean(x, new int[] {1}, true);
     * var(x, new int[] {1}, false, 1, null, null, m)   // the sample variance of each row, m reused
     * }</pre>
     *
     * @throws IllegalArgumentException for a mean that does not broadcast to x's shape (NumPy's
     *                                  ValueError when it does not broadcast; a mean broadcasting
     *                                  to a larger shape, which NumPy follows, is refused too), and
     *                                  as the dtype/out form
     */
    public static Tensor var(Tensor x, int[] axes, boolean keepdims, double correction, DType dtype, Tensor out,
                             Tensor mean) {
        return TypedReductions.varianceOf("var", false, false, x, axes, keepdims, correction, dtype, out, mean);
    }

    /** Standard deviation ({@code np.std}) over all axes, ddof 0. */
    public static Tensor std(Tensor x) {
        return Reductions.std(x, null, false, 0);
    }

    /** Standard deviation along one axis, ddof 0. */
    public static Tensor std(Tensor x, int axis) {
        return Reductions.std(x, new int[] {axis}, false, 0);
    }

    /** Standard deviation over {@code axes} (null: all), ddof 0. */
    public static Tensor std(Tensor x, int[] axes, boolean keepdims) {
        return Reductions.std(x, axes, keepdims, 0);
    }

    /** Standard deviation dividing by {@code n - ddof}. */
    public static Tensor std(Tensor x, int[] axes, boolean keepdims, int ddof) {
        return Reductions.std(x, axes, keepdims, ddof);
    }

    /**
     * NumPy 2's {@code np.std(x, axis=axes, keepdims=keepdims, correction=correction)} (a real ddof):
     * the square root of {@link #var(Tensor, int[], boolean, double)}.
     *
     * <pre>{@code
     * std(array(new double[] {1, 2, 4}), null, false, 0.5)   // 1.3662601021279464
     * }</pre>
     */
    public static Tensor std(Tensor x, int[] axes, boolean keepdims, double correction) {
        return TypedReductions.varianceOf("std", true, false, x, axes, keepdims, correction, null, null, null);
    }

    /**
     * {@code np.std(x, axis=axes, dtype=dtype, out=out, keepdims=keepdims, mean=mean,
     * correction=correction)}: the square root of {@link #var(Tensor, int[], boolean, double, DType, Tensor, Tensor)}; {@code mean} null computes it.
     *
     * @throws IllegalArgumentException for a mean that does not broadcast to x's shape, and as the dtype/out form
     */
    public static Tensor std(Tensor x, int[] axes, boolean keepdims, double correction, DType dtype, Tensor out,
                             Tensor mean) {
        return TypedReductions.varianceOf("std", true, false, x, axes, keepdims, correction, dtype, out, mean);
    }

    // ---- reductions and scans with dtype= and out= ----
    //
    // NumPy's dtype= and out=, composed as NumPy's own code: x cast to dtype (any cast, as NumPy's),
    // the sum, product or scan in that type, the mean's and variance's quotients in float64 cast back,
    // and the result copied into out with any cast (NumPy's reductions cast to out unsafely). Either
    // may be null. out must have exactly the result's shape (the reduced axes dropped, or kept as size
    // 1 with keepdims; NumPy broadcasts no reduction output), may overlap x (the result is computed
    // first) and is returned. With out and no dtype the loop runs in the promotion of out's type and
    // x's, as NumPy's reduce resolves it.

    /**
     * {@code np.sum(x, axis=axes, keepdims=keepdims, dtype=dtype, out=out)}: the sum of x cast to
     * dtype, in dtype (integers wrap around: int8 100 + 100 + 100 is 44), a bool dtype giving the
     * logical or; written into out (any cast) when given, the sum then taken in the promoted type of
     * out's and x's when dtype is null (a float16 x into a float64 out adds in float64). NaN cast to
     * an integer dtype is the type's minimum, as on NumPy for x86. A deviation: NumPy casts the
     * running sum into out after each buffered chunk of 8192 elements
     * ({@code np.sum(np.full(20000, 0.3), out=int32_out)} is 5998), jtensor once at the end (5999).
     *
     * <pre>{@code
     * sum(x, null, false, DType.FLOAT64, null)   // a float32 or float16 x summed in float64
     * sum(m, new int[] {0}, false, null, colSums) // the column sums written into colSums
     * }</pre>
     *
     * @param dtype the accumulator and result type (null: {@link #sum(Tensor)}'s)
     * @param out   the destination of the result's shape, any type (null: a new tensor)
     * @throws IllegalArgumentException when out's shape is not the result's, out has overlapping
     *                                  elements or lives on another backend
     */
    public static Tensor sum(Tensor x, int[] axes, boolean keepdims, DType dtype, Tensor out) {
        return TypedReductions.reduce("sum", ReduceOp.SUM, x, axes, keepdims, 0, dtype, out);
    }

    /**
     * {@code np.prod(x, axis, keepdims, dtype=dtype, out=out)}: as
     * {@link #sum(Tensor, int[], boolean, DType, Tensor)} with products (a bool dtype: logical and).
     */
    public static Tensor prod(Tensor x, int[] axes, boolean keepdims, DType dtype, Tensor out) {
        return TypedReductions.reduce("prod", ReduceOp.PROD, x, axes, keepdims, 0, dtype, out);
    }

    /**
     * {@code np.mean(x, axis, keepdims, dtype=dtype, out=out)} as NumPy's {@code _mean}: the sum in
     * dtype (null: float64 for integer and bool x, float32 for float16 x), stored in out's type when
     * out is given, divided by the count in float64 and cast to dtype (or out's type): an integer
     * dtype truncates toward zero ({@code mean([1, 2, 4], dtype=int32)} is 2), a float16 dtype sums
     * in float16 so 60000 + 60000 overflows to Inf.
     *
     * <pre>{@code
     * mean(halves, null, false, DType.FLOAT32, null)   // float32 result, no float16 overflow
     * }</pre>
     */
    public static Tensor mean(Tensor x, int[] axes, boolean keepdims, DType dtype, Tensor out) {
        return TypedReductions.reduce("mean", ReduceOp.MEAN, x, axes, keepdims, 0, dtype, out);
    }

    /**
     * {@code np.var(x, axis, keepdims, ddof=ddof, dtype=dtype, out=out)} as NumPy's {@code _var}: the
     * mean in dtype (cast back to dtype), the deviations {@code x - mean} and their squares in the
     * promoted type of x and dtype, their sum in dtype (stored in out's type when given), divided by
     * max(count - ddof, 0) in float64 and cast back. An integer dtype truncates the mean and the
     * result; dtype null is float64 for integer and bool x, else x's type.
     *
     * @throws IllegalArgumentException for a bool dtype with bool x (NumPy raises TypeError: it would subtract bools)
     */
    public static Tensor var(Tensor x, int[] axes, boolean keepdims, int ddof, DType dtype, Tensor out) {
        return TypedReductions.reduce("var", ReduceOp.VAR, x, axes, keepdims, ddof, dtype, out);
    }

    /**
     * {@code np.std(x, axis, keepdims, ddof=ddof, dtype=dtype, out=out)}: the square root of
     * {@link #var(Tensor, int[], boolean, int, DType, Tensor)} in its type. An integer result type
     * is only valid for a 0-d result without out (the root of the float64 value, truncated), as
     * NumPy, whose sqrt cannot write float64 into an integer array.
     *
     * @throws IllegalArgumentException for a bool dtype with bool x, or an integer or bool result type
     *                                  with out or with dimensions
     */
    public static Tensor std(Tensor x, int[] axes, boolean keepdims, int ddof, DType dtype, Tensor out) {
        return TypedReductions.std(x, axes, keepdims, ddof, dtype, out);
    }

    /**
     * {@code op.reduce(x, axis=axes, keepdims=keepdims, dtype=dtype, out=out)}: add and multiply as
     * {@link #sum(Tensor, int[], boolean, DType, Tensor)} and {@link #prod(Tensor, int[], boolean, DType, Tensor)},
     * maximum and minimum of x cast to dtype; either may be null. NumPy's {@code np.max(x, axis,
     * out=out)} and {@code np.min} are {@code maximum.reduce} and {@code minimum.reduce}: spell them
     * {@code reduce(BinaryOp.MAXIMUM, x, axes, keepdims, null, out)} (NumPy's max and min have no dtype=).
     * With out and no dtype the extreme is taken in the promoted type of x and out, then cast: a
     * deviation for an out narrower or unsigned than x, where NumPy 2.4's buffered loop follows no
     * single rule ({@code maximum.reduce(int8 [-128, 127, 1], out=uint8)} is 128 there, 127 here).
     *
     * <pre>{@code
     * reduce(BinaryOp.ADD, bytes, new int[] {0}, false, DType.INT8, null)   // wraps as int8
     * }</pre>
     *
     * @throws IllegalArgumentException for another op (logical_and and logical_or take neither here)
     */
    public static Tensor reduce(BinaryOp op, Tensor x, int[] axes, boolean keepdims, DType dtype, Tensor out) {
        return TypedReductions.ufuncReduce(op, x, axes, keepdims, dtype, out);
    }

    /**
     * {@code np.cumsum(x, axis=axis, dtype=dtype, out=out)}: the running sums of x cast to dtype, in
     * dtype (integers wrap; a bool dtype gives the running logical or); axis null scans the flattened
     * x. Written into out (any cast; out must have the result's shape: x's, or (size,) for axis
     * null) when given.
     *
     * <pre>{@code
     * cumsum(bytes, null, DType.INT8, null)   // int8 100, 100, 100 gives [100 -56 44]
     * }</pre>
     */
    public static Tensor cumsum(Tensor x, Integer axis, DType dtype, Tensor out) {
        return TypedReductions.scan("cumsum", ScanOp.CUMSUM, x, axis, dtype, out);
    }

    /** {@code np.cumprod(x, axis=axis, dtype=dtype, out=out)}: as {@link #cumsum(Tensor, Integer, DType, Tensor)} with products (bool dtype: running and). */
    public static Tensor cumprod(Tensor x, Integer axis, DType dtype, Tensor out) {
        return TypedReductions.scan("cumprod", ScanOp.CUMPROD, x, axis, dtype, out);
    }

    // ---- reductions with where= (and initial= for max and min) ----
    //
    // NumPy's masked reductions: only the elements where the bool mask (broadcast to x's shape) is
    // true take part. Composed as NumPy's own code: the others replaced by the identity, the mean
    // divided by each line's count of true, the variance around the masked mean.

    /**
     * {@code np.sum(x, axis=axes, keepdims=keepdims, where=where)}: the sum of the selected elements
     * (0 for a line with none), of {@link #sum(Tensor)}'s type.
     *
     * <pre>{@code
     * sum(x, new int[] {1}, false, greater(x, 0.0))   // the sum of each row's positive elements
     * }</pre>
     *
     * @throws IllegalArgumentException when where is not bool or does not broadcast to x's shape
     */
    public static Tensor sum(Tensor x, int[] axes, boolean keepdims, Tensor where) {
        return MaskedReductions.reduce("sum", ReduceOp.SUM, x, axes, keepdims, 0, where);
    }

    /** {@code np.prod(x, axis, keepdims, where=where)}: the product of the selected elements (1 for none). */
    public static Tensor prod(Tensor x, int[] axes, boolean keepdims, Tensor where) {
        return MaskedReductions.reduce("prod", ReduceOp.PROD, x, axes, keepdims, 0, where);
    }

    /**
     * {@code np.mean(x, axis, keepdims, where=where)}: the sum of the selected elements (float64 for
     * integers and bool) over their count, computed in float64 and cast back as NumPy's; NaN for a
     * line with none (NumPy warns).
     */
    public static Tensor mean(Tensor x, int[] axes, boolean keepdims, Tensor where) {
        return MaskedReductions.reduce("mean", ReduceOp.MEAN, x, axes, keepdims, 0, where);
    }

    /**
     * {@code np.var(x, axis, keepdims, ddof=ddof, where=where)}: the mean square deviation of the
     * selected elements from their mean, divided by max(count - ddof, 0).
     */
    public static Tensor var(Tensor x, int[] axes, boolean keepdims, int ddof, Tensor where) {
        return MaskedReductions.reduce("var", ReduceOp.VAR, x, axes, keepdims, ddof, where);
    }

    /** {@code np.std(x, axis, keepdims, ddof=ddof, where=where)}: the square root of the masked {@link #var}. */
    public static Tensor std(Tensor x, int[] axes, boolean keepdims, int ddof, Tensor where) {
        return MaskedReductions.std(x, axes, keepdims, ddof, where);
    }

    /** {@code np.all(x, axis, keepdims, where=where)}: true where every selected element is non-zero (true for none). */
    public static Tensor all(Tensor x, int[] axes, boolean keepdims, Tensor where) {
        return MaskedReductions.reduce("all", ReduceOp.ALL, x, axes, keepdims, 0, where);
    }

    /** {@code np.any(x, axis, keepdims, where=where)}: true where some selected element is non-zero. */
    public static Tensor any(Tensor x, int[] axes, boolean keepdims, Tensor where) {
        return MaskedReductions.reduce("any", ReduceOp.ANY, x, axes, keepdims, 0, where);
    }

    /**
     * {@code np.max(x, axis, keepdims, initial=initial)}: the maximum of initial (converted to x's
     * type; for an integer x truncated toward zero, and NaN or a value beyond the type is an
     * IllegalArgumentException, as NumPy's int(initial)) and the elements, so an empty line gives
     * initial. NaN propagates.
     *
     * <pre>{@code
     * max(relu, null, false, 0.0)   // never below 0, and 0 for an empty tensor
     * }</pre>
     */
    public static Tensor max(Tensor x, int[] axes, boolean keepdims, double initial) {
        return MaskedReductions.extreme("max", ReduceOp.MAX, x, axes, keepdims, initial, null);
    }

    /**
     * {@code np.max(x, axis, keepdims, initial=initial, where=where)}: as
     * {@link #max(Tensor, int[], boolean, double)} over the selected elements (NumPy requires initial
     * with where for max, which has no identity).
     */
    public static Tensor max(Tensor x, int[] axes, boolean keepdims, double initial, Tensor where) {
        Objects.requireNonNull(where, "max: where is null");
        return MaskedReductions.extreme("max", ReduceOp.MAX, x, axes, keepdims, initial, where);
    }

    /**
     * {@code np.max(x, axis, out=out, keepdims=keepdims)}: the maximum written into out and out
     * returned. out must have exactly the result's shape (NumPy broadcasts no reduction output)
     * and may be of any type: as NumPy, each line's first element goes into out first (cast
     * unsafely), the rest is reduced with it in the type x and out promote to, and the maximum is
     * cast into out unsafely (300 into an int8 out is 44, a float into an integer out truncates
     * toward zero; uint8 [200, 100] into an int8 out gives 100, as 200 became -56). NaN propagates,
     * and a NaN stored into an integer out is the type's minimum (as NumPy on x86-64, where
     * max([nan, 1.0]) into int64 is 1 and max([2.0, nan]) the minimum).
     *
     * <pre>{@code
     * Tensor colMax = zeros(3);
     * max(m, new int[] {0}, false, colMax);   // m's column maxima, in colMax
     * }</pre>
     *
     * @throws IllegalArgumentException for out of another shape, read-only, overlapping itself or on
     *                                  another backend, or as {@link #max(Tensor, int[], boolean)}
     */
    public static Tensor max(Tensor x, int[] axes, boolean keepdims, Tensor out) {
        return TypedReductions.extremeInto("max", ReduceOp.MAX, x, axes, keepdims, out, null, null);
    }

    /**
     * {@code np.max(x, axis, out, keepdims, initial=initial, where=where)}: the maximum of initial
     * and the elements selected by where (null: all) into out, as
     * {@link #max(Tensor, int[], boolean, Tensor)}; initial is first stored into out's type
     * (cast unsafely: 0.5 into an int32 out counts as 0), as NumPy does before reducing.
     *
     * @throws IllegalArgumentException as {@link #max(Tensor, int[], boolean, Tensor)} and
     *                                  {@link #max(Tensor, int[], boolean, double, Tensor)}
     */
    public static Tensor max(Tensor x, int[] axes, boolean keepdims, Tensor out, double initial, Tensor where) {
        return TypedReductions.extremeInto("max", ReduceOp.MAX, x, axes, keepdims, out, initial, where);
    }

    /** {@code np.min(x, axis, out=out, keepdims=keepdims)}: as {@link #max(Tensor, int[], boolean, Tensor)} with the minimum. */
    public static Tensor min(Tensor x, int[] axes, boolean keepdims, Tensor out) {
        return TypedReductions.extremeInto("min", ReduceOp.MIN, x, axes, keepdims, out, null, null);
    }

    /** {@code np.min(x, axis, out, keepdims, initial=initial, where=where)}: as {@link #max(Tensor, int[], boolean, Tensor, double, Tensor)}. */
    public static Tensor min(Tensor x, int[] axes, boolean keepdims, Tensor out, double initial, Tensor where) {
        return TypedReductions.extremeInto("min", ReduceOp.MIN, x, axes, keepdims, out, initial, where);
    }

    /**
     * {@code np.all(x, axis, out=out, keepdims=keepdims, where=where)}: true where every element
     * selected by where (null: all) is non-zero (NaN is non-zero), cast into out (any type: true is
     * 1, false 0) and out returned.
     *
     * @throws IllegalArgumentException for out of another shape than the result's, read-only or on
     *                                  another backend, or as {@link #all(Tensor, int[], boolean, Tensor)}
     */
    public static Tensor all(Tensor x, int[] axes, boolean keepdims, Tensor out, Tensor where) {
        return TypedReductions.logicalInto("all", ReduceOp.ALL, x, axes, keepdims, out, where);
    }

    /** {@code np.any(x, axis, out=out, keepdims=keepdims, where=where)}: as {@link #all(Tensor, int[], boolean, Tensor, Tensor)}. */
    public static Tensor any(Tensor x, int[] axes, boolean keepdims, Tensor out, Tensor where) {
        return TypedReductions.logicalInto("any", ReduceOp.ANY, x, axes, keepdims, out, where);
    }

    /** {@code np.min(x, axis, keepdims, initial=initial)}: the minimum of initial and the elements. */
    public static Tensor min(Tensor x, int[] axes, boolean keepdims, double initial) {
        return MaskedReductions.extreme("min", ReduceOp.MIN, x, axes, keepdims, initial, null);
    }

    /** {@code np.min(x, axis, keepdims, initial=initial, where=where)}: the minimum of initial and the selected elements. */
    public static Tensor min(Tensor x, int[] axes, boolean keepdims, double initial, Tensor where) {
        Objects.requireNonNull(where, "min: where is null");
        return MaskedReductions.extreme("min", ReduceOp.MIN, x, axes, keepdims, initial, where);
    }

    // ---- cumulative ----

    /**
     * NumPy 2's {@code np.cumulative_sum(x)} for a 0-d or 1-d x: {@link #cumsum(Tensor)}'s running sums
     * (integers and bool as int64), a 0-d x as its 1-element ravel.
     *
     * @throws IllegalArgumentException when x has more than one dimension (give an axis)
     */
    public static Tensor cumulativeSum(Tensor x) {
        return CumulativeScans.cumulative("cumulativeSum", ScanOp.CUMSUM, x, null, false);
    }

    /**
     * NumPy 2's {@code np.cumulative_sum(x, axis=axis, include_initial=includeInitial)}: the running
     * sums along the axis (null: x must be 0-d or 1-d); with {@code includeInitial} each line starts
     * with 0, so the axis grows by one.
     *
     * <pre>{@code
     * cumulativeSum(array(new long[] {1, 2, 3}), 0, true)   // [0 1 3 6]
     * }</pre>
     */
    public static Tensor cumulativeSum(Tensor x, Integer axis, boolean includeInitial) {
        return CumulativeScans.cumulative("cumulativeSum", ScanOp.CUMSUM, x, axis, includeInitial);
    }

    /** NumPy 2's {@code np.cumulative_prod(x)}: as {@link #cumulativeSum(Tensor)} with products. */
    public static Tensor cumulativeProd(Tensor x) {
        return CumulativeScans.cumulative("cumulativeProd", ScanOp.CUMPROD, x, null, false);
    }

    /**
     * NumPy 2's {@code np.cumulative_prod(x, axis=axis, include_initial=includeInitial)}: the running
     * products, each line starting with 1 when {@code includeInitial}.
     */
    public static Tensor cumulativeProd(Tensor x, Integer axis, boolean includeInitial) {
        return CumulativeScans.cumulative("cumulativeProd", ScanOp.CUMPROD, x, axis, includeInitial);
    }

    /**
     * NumPy 2's {@code np.cumulative_sum(x, axis=axis, dtype=dtype, out=out, include_initial=includeInitial)}:
     * the running sums in dtype (null: {@link #cumsum}'s type; integers wrap, int8 [100 100 100]
     * gives [100 -56 44] with dtype int8), written into out when given (exactly the result's
     * shape, the axis one longer with includeInitial, any type: cast unsafely) and returned.
     *
     * <pre>{@code
     * cumulativeSum(array(new double[] {1.5, 2.5}), null, null, true, zeros(new long[] {3}, DType.INT32))   // [0 1 4]
     * }</pre>
     *
     * @throws IllegalArgumentException for out of another shape, and as {@link #cumulativeSum(Tensor, Integer, boolean)}
     */
    public static Tensor cumulativeSum(Tensor x, Integer axis, DType dtype, boolean includeInitial, Tensor out) {
        return CumulativeScans.cumulative("cumulativeSum", ScanOp.CUMSUM, x, axis, dtype, includeInitial, out);
    }

    /**
     * NumPy 2's {@code np.cumulative_prod(x, axis, dtype, out, include_initial)}: as
     * {@link #cumulativeSum(Tensor, Integer, DType, boolean, Tensor)} with products (initial 1).
     */
    public static Tensor cumulativeProd(Tensor x, Integer axis, DType dtype, boolean includeInitial, Tensor out) {
        return CumulativeScans.cumulative("cumulativeProd", ScanOp.CUMPROD, x, axis, dtype, includeInitial, out);
    }

    /**
     * A unary ufunc called with NumPy's keywords: {@code op(x, out=, where=, dtype=, casting=)}, for
     * every unary token ({@code np.exp(ints, dtype=np.float32)} is
     * {@code apply(UnaryOp.EXP, ints, UfuncOptions.DEFAULT.withDtype(FLOAT32))}). With
     * {@link UfuncOptions#DEFAULT} plus out and where it is the op's own method
     * ({@code exp(x, out, where)}). {@code dtype} selects the loop: x is converted to it (under
     * {@code casting}) and the op computes in it, with that type's NaN, overflow and wrapping
     * behaviour; {@code casting} also governs the result's cast into out, and with
     * {@code "unsafe"} converts as {@link Tensor#astype} does.
     *
     * <pre>{@code
     * apply(UnaryOp.SQRT, x, UfuncOptions.DEFAULT.withOut(ints).withCasting("unsafe"))  // np.sqrt(x, out=ints, casting='unsafe')
     * }</pre>
     *
     * @throws IllegalArgumentException when op has no loop of dtype (NumPy's "No loop matching the
     *                                  specified signature"), when x does not cast to the loop or
     *                                  the result to out under casting (NumPy's UFuncTypeError
     *                                  "Cannot cast ufunc 'exp' input from ..."), for a token that is
     *                                  not a ufunc of its own (frexp's halves, copy), and as the op's
     *                                  own method
     */
    public static Tensor apply(UnaryOp op, Tensor x, UfuncOptions options) {
        return UfuncMethods.apply(op, x, options);
    }

    /**
     * A binary ufunc called with NumPy's keywords: {@code op(a, b, out=, where=, dtype=, casting=)},
     * for every binary token ({@code np.add(a, b, dtype=np.float64)} is
     * {@code apply(BinaryOp.ADD, a, b, UfuncOptions.DEFAULT.withDtype(FLOAT64))}). {@code dtype}
     * selects the loop, into which both inputs are converted (each must cast under
     * {@code casting}); comparisons and logical ops take only {@code BOOL} as dtype, ldexp none.
     * Without dtype, {@code casting} checks the inputs' casts to NumPy's own loop
     * ({@code add(int8, int16)} under {@code "no"} is refused) and the result's to out.
     *
     * <pre>{@code
     * Tensor a = array(new double[] {1.5, 2.5, -3.5});
     * apply(BinaryOp.ADD, a, a, UfuncOptions.DEFAULT.withDtype(INT32).withCasting("unsafe"))  // [2 4 -6] int32
     * }</pre>
     *
     * @throws IllegalArgumentException as {@link #apply(UnaryOp, Tensor, UfuncOptions)}
     */
    public static Tensor apply(BinaryOp op, Tensor a, Tensor b, UfuncOptions options) {
        return UfuncMethods.apply(op, Arg.of(a), Arg.of(b), options);
    }

    /**
     * {@link #apply(BinaryOp, Tensor, Tensor, UfuncOptions)} with a weak float scalar b (NEP 50: a
     * Python float): it takes a float loop's type, and casts as float64 into an integer or bool one.
     */
    public static Tensor apply(BinaryOp op, Tensor a, double b, UfuncOptions options) {
        return UfuncMethods.apply(op, Arg.of(a), Arg.of(b), options);
    }

    /** {@link #apply(BinaryOp, Tensor, double, UfuncOptions)} with the float scalar on the left. */
    public static Tensor apply(BinaryOp op, double a, Tensor b, UfuncOptions options) {
        return UfuncMethods.apply(op, Arg.of(a), Arg.of(b), options);
    }

    /**
     * {@link #apply(BinaryOp, Tensor, Tensor, UfuncOptions)} with a weak integer scalar b (a Python
     * int): it must fit an integer loop's type (NumPy's OverflowError), and casts as int64 into a bool one.
     */
    public static Tensor apply(BinaryOp op, Tensor a, long b, UfuncOptions options) {
        return UfuncMethods.apply(op, Arg.of(a), Arg.of(b), options);
    }

    /** {@link #apply(BinaryOp, Tensor, long, UfuncOptions)} with the integer scalar on the left. */
    public static Tensor apply(BinaryOp op, long a, Tensor b, UfuncOptions options) {
        return UfuncMethods.apply(op, Arg.of(a), Arg.of(b), options);
    }

    /**
     * {@code op.outer(a, b)}, NumPy's outer method of a binary ufunc: op applied to every pair of an
     * element of a and an element of b, shape {@code a.shape + b.shape}, with op's type rules.
     *
     * <pre>{@code
     * outer(BinaryOp.SUBTRACT, array(new long[] {10, 20}), array(new long[] {1, 2, 3}))
     * // [[9 8 7] [19 18 17]]
     * }</pre>
     *
     * @throws IllegalArgumentException when op refuses the types (the message starts with
     *                                  {@code "subtract.outer: "} and so on), or a and b live on
     *                                  different backends
     */
    public static Tensor outer(BinaryOp op, Tensor a, Tensor b) {
        return UfuncMethods.outer(op, a, b);
    }

    /**
     * {@code op.reduce(x)}, NumPy's reduce method of a binary ufunc, over axis 0 (NumPy's default
     * there, unlike {@code sum}'s all axes): {@code ADD} sums, {@code MULTIPLY} multiplies,
     * {@code MAXIMUM}/{@code MINIMUM} take the extreme (NaN propagates), {@code LOGICAL_AND}/{@code LOGICAL_OR}
     * give bool; the result types are {@link #sum}'s, {@link #prod}'s, {@link #max}'s, {@link #all}'s.
     * A 0-d x gives its value.
     *
     * @throws IllegalArgumentException for another op (not offered), or maximum/minimum of an empty axis
     */
    public static Tensor reduce(BinaryOp op, Tensor x) {
        return UfuncMethods.reduceFirstAxis(op, x);
    }

    /** {@code op.reduce(x, axis=axes, keepdims=keepdims)}; axes null reduces every axis (NumPy's axis=None). */
    public static Tensor reduce(BinaryOp op, Tensor x, int[] axes, boolean keepdims) {
        return UfuncMethods.reduce(op, x, axes, keepdims);
    }

    /**
     * The running sum of the flattened x ({@code np.cumsum(x)}): a 1-d tensor, int64 for integer
     * and bool input (a deviation: NumPy gives uint64 for uint8/uint16/uint32 input; jtensor has no uint64 and gives int64, the same bits: the same value below 2<sup>63</sup>, the same value modulo 2<sup>64</sup> where NumPy's uint64 wraps), else x's type. Summed in order in the result type, so float results are
     * NumPy's bit for bit; integers wrap around. Float16 adds in float32 and rounds every partial
     * sum to float16, as NumPy's {@code add.accumulate} on half (2048 + 1 stays 2048). Under
     * {@link #seterr} each step is checked as an add, reported as "... encountered in accumulate".
     *
     * <pre>{@code
     * cumsum(array(new double[][] {{1, 2}, {3, 4}}))   // [ 1.  3.  6. 10.]
     * }</pre>
     */
    public static Tensor cumsum(Tensor x) {
        return Scanning.scan(ScanOp.CUMSUM, x, null);
    }

    /**
     * The running sum along {@code axis} ({@code np.cumsum(x, axis)}), of x's shape; see
     * {@link #cumsum(Tensor)}. Each line along the axis is summed in order by one thread on a GPU.
     */
    public static Tensor cumsum(Tensor x, int axis) {
        return Scanning.scan(ScanOp.CUMSUM, x, axis);
    }

    /**
     * The running product of the flattened x ({@code np.cumprod(x)}); types as {@link #cumsum(Tensor)}.
     * Under {@link #seterr} each step is checked as a multiply, reported as "... encountered in accumulate".
     */
    public static Tensor cumprod(Tensor x) {
        return Scanning.scan(ScanOp.CUMPROD, x, null);
    }

    /** The running product along {@code axis} ({@code np.cumprod(x, axis)}), of x's shape. */
    public static Tensor cumprod(Tensor x, int axis) {
        return Scanning.scan(ScanOp.CUMPROD, x, axis);
    }

    // ---- sorting, order statistics, unique ----

    /**
     * A sorted copy along the last axis ({@code np.sort(x)}); see {@link #sort(Tensor, int)}.
     * Float16 keys are sorted as their exact float32 values (NaN last, -0.0 equal to 0.0) on a
     * converted copy on x's backend.
     *
     * <pre>{@code
     * sort(array(new double[] {3, Double.NaN, -1, 2}))   // [-1.  2.  3. nan]
     * }</pre>
     */
    public static Tensor sort(Tensor x) {
        return Sorting.sort(x, -1);
    }

    /**
     * A sorted copy along {@code axis} ({@code np.sort(x, axis, kind="stable")}), of x's shape and
     * type. Ascending; NaN after every number (as NumPy); -0.0 and 0.0 are equal and keep their
     * order; bool sorts false first. For NumPy's {@code axis=None} sort {@code x.ravel()}. On a GPU
     * each line is sorted by one thread (a merge sort), so a few long lines sort slowly there.
     *
     * @throws IllegalArgumentException for an axis out of range (a 0-d x has none)
     */
    public static Tensor sort(Tensor x, int axis) {
        return Sorting.sort(x, axis);
    }

    /** The int64 positions that sort x along the last axis ({@code np.argsort(x, kind="stable")}). */
    public static Tensor argsort(Tensor x) {
        return Sorting.argsort(x, -1);
    }

    /**
     * The int64 positions that sort each line along {@code axis} ({@code np.argsort(x, axis,
     * kind="stable")}), in {@link #sort(Tensor, int)}'s order; equal elements keep their original
     * order, so the result is fully determined (NumPy's default quicksort may order ties either way).
     *
     * <pre>{@code
     * argsort(array(new double[] {3, 1, 2, 1}))   // [1 3 2 0]
     * }</pre>
     */
    public static Tensor argsort(Tensor x, int axis) {
        return Sorting.argsort(x, axis);
    }

    /**
     * {@code np.sort(x, axis, kind=kind)}: every kind NumPy accepts ({@code "quicksort"},
     * {@code "heapsort"}, {@code "mergesort"}, {@code "stable"}, null, or any word starting with
     * q, h, m or s in either case) gives the stable sort of {@link #sort(Tensor, int)}; the sorted
     * values are the same whatever the kind.
     *
     * @throws IllegalArgumentException for another kind (NumPy's ValueError) or as {@link #sort(Tensor, int)}
     */
    public static Tensor sort(Tensor x, int axis, String kind) {
        Sorting.checkKind("sort", kind);
        return Sorting.sort(x, axis);
    }

    /**
     * {@code np.argsort(x, axis, kind=kind)}: the stable order of {@link #argsort(Tensor, int)} for
     * every kind NumPy accepts (see {@link #sort(Tensor, int, String)}). Deviation: NumPy's
     * quicksort and heapsort may order equal elements either way; here ties keep their order.
     *
     * @throws IllegalArgumentException for a kind NumPy refuses, or as {@link #argsort(Tensor, int)}
     */
    public static Tensor argsort(Tensor x, int axis, String kind) {
        Sorting.checkKind("argsort", kind);
        return Sorting.argsort(x, axis);
    }

    /**
     * {@code np.sort(x, axis, kind=kind, stable=stable)}: NumPy 2's keyword-only {@code stable}
     * (null: not given). Every sort here is stable, so {@code stable=false} ("any order NumPy
     * likes") gives the stable order too; the values are {@link #sort(Tensor, int)}'s.
     *
     * @throws IllegalArgumentException for a kind NumPy refuses, for kind and stable both given
     *                                  (NumPy's ValueError "`kind` and keyword parameters can't be
     *                                  provided at the same time"), or as {@link #sort(Tensor, int)}
     */
    public static Tensor sort(Tensor x, int axis, String kind, Boolean stable) {
        Sorting.checkKind("sort", kind, stable);
        return Sorting.sort(x, axis);
    }

    /**
     * {@code np.argsort(x, axis, kind=kind, stable=stable)}: the stable order of
     * {@link #argsort(Tensor, int)} whatever stable says (null: not given; NumPy's
     * {@code stable=False} may order ties either way, here they keep their order).
     *
     * @throws IllegalArgumentException as {@link #sort(Tensor, int, String, Boolean)}
     */
    public static Tensor argsort(Tensor x, int axis, String kind, Boolean stable) {
        Sorting.checkKind("argsort", kind, stable);
        return Sorting.argsort(x, axis);
    }

    /**
     * {@code np.take_along_axis(x, indices, axis)}: picks along {@code axis} by int indices of x's
     * number of dimensions (broadcasting in the others), e.g. the sorted rows
     * {@code takeAlongAxis(x, argsort(x, 1), 1)} or the per-row maximum
     * {@code takeAlongAxis(x, argmax(x, 1).expandDims(1), 1)}. Negative indices count from the end;
     * one out of range throws {@code IndexOutOfBoundsException}.
     */
    public static Tensor takeAlongAxis(Tensor x, Tensor indices, int axis) {
        return Indexing.takeAlongAxis(x, indices, axis);
    }

    /**
     * {@code np.take_along_axis(x, indices)} along the last axis (NumPy 2's default); for NumPy's
     * {@code axis=None} pass {@code x.ravel()} and 1-d indices.
     */
    public static Tensor takeAlongAxis(Tensor x, Tensor indices) {
        return Indexing.takeAlongAxis(x, indices, -1);
    }

    /**
     * The sorted distinct values of the flattened x ({@code np.unique(x)}); NaNs collapse into one
     * (NumPy 2's {@code equal_nan=True}); of -0.0 and 0.0 the first in x is kept.
     *
     * <pre>{@code
     * unique(array(new long[] {3, 1, 3, 2, 1}))   // [1 2 3]
     * }</pre>
     */
    public static Tensor unique(Tensor x) {
        return Sorting.unique(x);
    }

    /**
     * {@code np.unique(x, return_counts=True)}: {@code [values, counts]}, the {@link #unique(Tensor)}
     * values and how often each occurs in x (int64), NaNs counted together. (NumPy 2's
     * {@code np.unique_counts} keeps each NaN apart instead.)
     */
    public static Tensor[] uniqueCounts(Tensor x) {
        return Sorting.uniqueCounts(x);
    }

    /**
     * {@code np.unique(x, return_index, return_inverse, return_counts)}: {@code [values, index,
     * inverse, counts]} with only the asked-for parts, in that order. values are the sorted distinct
     * values of the flattened x (all NaNs one value, as NumPy 2's default {@code equal_nan=True});
     * index (int64) the position in the flattened x of each value's first occurrence; inverse (int64,
     * x's shape) the position of each element's value in values, so {@code take(values, inverse)}
     * rebuilds x; counts (int64) how often each value occurs.
     *
     * <pre>{@code
     * Tensor[] u = unique(array(new long[] {3, 1, 3, 2}), true, true, true);
     * // values [1 2 3], index [1 3 0], inverse [2 0 2 1], counts [1 1 2]
     * }</pre>
     *
     * <p>One stable sort: of equal values (and of -0.0 and 0.0) the first in x is the one kept and
     * indexed, as NumPy's stable sort for {@code return_index} does.
     */
    public static Tensor[] unique(Tensor x, boolean returnIndex, boolean returnInverse, boolean returnCounts) {
        return UniqueElements.unique("unique", x, returnIndex, returnInverse, returnCounts, true);
    }

    /**
     * {@code np.unique(x, return_index, return_inverse, return_counts, equal_nan)}: with
     * {@code equalNan} false every NaN is a value of its own (all placed last).
     */
    public static Tensor[] unique(Tensor x, boolean returnIndex, boolean returnInverse, boolean returnCounts,
                                  boolean equalNan) {
        return UniqueElements.unique("unique", x, returnIndex, returnInverse, returnCounts, equalNan);
    }

    /**
     * NumPy 2.3's {@code np.unique(x, return_index, return_inverse, return_counts, equal_nan=equalNan,
     * sorted=sorted)}. NumPy leaves the order of {@code sorted=False} unspecified (2.4 returns
     * integers in a hash table's order, and sorted ones for other input or return_* requests);
     * jtensor always returns them sorted, one of the orders NumPy allows, and the indices, inverse
     * and counts match that order.
     */
    public static Tensor[] unique(Tensor x, boolean returnIndex, boolean returnInverse, boolean returnCounts,
                                  boolean equalNan, boolean sorted) {
        return UniqueElements.unique("unique", x, returnIndex, returnInverse, returnCounts, equalNan);
    }

    /**
     * {@code np.unique(x, axis=axis)}: the distinct slices of x along the axis, sorted
     * lexicographically (the slices' first elements most significant, NaN last), x's shape with the
     * axis shortened to their number.
     *
     * <pre>{@code
     * unique(array(new long[] {1, 0, 0, 5, 1, 0}, 3, 2), 0)   // [[0 5] [1 0]]
     * }</pre>
     *
     * <p>Slices are equal when all their elements are, so -0.0 matches 0.0 and a slice holding NaN
     * matches no other (NumPy compares them as structured records, without {@code equal_nan}).
     *
     * @throws IllegalArgumentException when the axis is out of range (a 0-d x has none)
     */
    public static Tensor unique(Tensor x, int axis) {
        return UniqueElements.uniqueAlongAxis(x, axis, false, false, false)[0];
    }

    /**
     * {@code np.unique(x, axis=axis, return_index, return_inverse, return_counts)}: {@code [values,
     * index?, inverse?, counts?]} for the slices along the axis, as {@link #unique(Tensor, int)}; index,
     * inverse (one per slice of x) and counts are int64, the kept slice the first of its run in x.
     */
    public static Tensor[] unique(Tensor x, int axis, boolean returnIndex, boolean returnInverse,
                                  boolean returnCounts) {
        return UniqueElements.uniqueAlongAxis(x, axis, returnIndex, returnInverse, returnCounts);
    }

    /**
     * NumPy 2's {@code np.unique_all(x)}: {@code [values, indices, inverseIndices, counts]} as
     * {@link #unique(Tensor, boolean, boolean, boolean, boolean)} with every part and
     * {@code equal_nan=False} (each NaN apart), the array API's rule.
     */
    public static Tensor[] uniqueAll(Tensor x) {
        return UniqueElements.unique("uniqueAll", x, true, true, true, false);
    }

    /** NumPy 2's {@code np.unique_inverse(x)}: {@code [values, inverseIndices]}, each NaN apart. */
    public static Tensor[] uniqueInverse(Tensor x) {
        return UniqueElements.unique("uniqueInverse", x, false, true, false, false);
    }

    /** NumPy 2's {@code np.unique_values(x)}: the sorted distinct values, each NaN apart. */
    public static Tensor uniqueValues(Tensor x) {
        return UniqueElements.unique("uniqueValues", x, false, false, false, false)[0];
    }

    /**
     * The median of every element ({@code np.median(x)}): float64 for integer and bool input, else
     * x's type; NaN if x holds NaN or is empty (NumPy warns there).
     *
     * <pre>{@code
     * median(array(new double[] {3, 1, 4, 2}))   // 2.5
     * }</pre>
     */
    public static Tensor median(Tensor x) {
        return Quantiles.median(x, null, false);
    }

    /** The median along one axis ({@code np.median(x, axis)}). */
    public static Tensor median(Tensor x, int axis) {
        return Quantiles.median(x, new int[] {axis}, false);
    }

    /**
     * The median over {@code axes} (null: all) ({@code np.median(x, axis=axes, keepdims=keepdims)}).
     * An empty x whose kept axes hold a 0 gives its empty result (a deviation: NumPy 2.4's reshape
     * to (..., -1) raises there, {@code np.median(np.zeros((2, 0, 3)), axis=(0, 2))}).
     */
    public static Tensor median(Tensor x, int[] axes, boolean keepdims) {
        return Quantiles.median(x, axes, keepdims);
    }

    /**
     * {@code np.median(x, axis=axes, out=out, keepdims=keepdims)}: the median written into out
     * (exactly the result's shape, any type: cast unsafely, as NumPy's mean into out) and returned;
     * out null gives a new tensor.
     *
     * <pre>{@code
     * median(array(new double[] {1, 2.5, 4, 9}), null, false, zeros(new long[0], DType.INT32))   // 3
     * }</pre>
     *
     * @throws IllegalArgumentException for out of another shape, read-only or on another backend, or
     *                                  an integer or bool out when some median of a non-empty x is NaN
     *                                  (NumPy's TypeError; an empty x's NaN goes in unsafely, the type's minimum)
     */
    public static Tensor median(Tensor x, int[] axes, boolean keepdims, Tensor out) {
        return TypedReductions.median(x, axes, keepdims, out);
    }

    /**
     * NumPy's full {@code np.median(x, axis=axes, out=out, overwrite_input=overwriteInput,
     * keepdims=keepdims)}: {@link #median(Tensor, int[], boolean, Tensor)}. {@code overwriteInput} is accepted and ignored: jtensor never modifies x (NumPy may leave x partially sorted, its contents undefined).
     *
     * @throws IllegalArgumentException as {@link #median(Tensor, int[], boolean, Tensor)}
     */
    public static Tensor median(Tensor x, int[] axes, Tensor out, boolean overwriteInput, boolean keepdims) {
        return TypedReductions.median(x, axes, keepdims, out);
    }

    /**
     * The median of the non-NaN elements ({@code np.nanmedian(x)}): types as {@link #median(Tensor)};
     * NaN for an all-NaN slice (NumPy warns). An empty x gives NaN, as {@code nanmean}.
     *
     * <pre>{@code
     * nanmedian(array(new double[] {3, Double.NaN, 1, 4}))   // 3.0
     * }</pre>
     *
     * <p>The middle two values are averaged in x's type, as NumPy does. NumPy's path for a
     * reduction that keeps some axis and has lines shorter than 600 also averages the single middle
     * value of an odd count with itself, so there a float32 middle value above 1.7e38 gives
     * infinity; this is reproduced.
     */
    public static Tensor nanmedian(Tensor x) {
        return Quantiles.nanmedian(x, null, false);
    }

    /** nanmedian along one axis ({@code np.nanmedian(x, axis)}). */
    public static Tensor nanmedian(Tensor x, int axis) {
        return Quantiles.nanmedian(x, new int[] {axis}, false);
    }

    /** nanmedian over {@code axes} (null: all), keeping them as size 1 when {@code keepdims}. */
    public static Tensor nanmedian(Tensor x, int[] axes, boolean keepdims) {
        return Quantiles.nanmedian(x, axes, keepdims);
    }

    /**
     * {@code np.nanmedian(x, axis=axes, out=out, overwrite_input=overwriteInput, keepdims=keepdims)}:
     * the nanmedian written into out (exactly the result's shape, any type: cast unsafely, as
     * NumPy's {@code out[...] = result}, so an all-NaN line's NaN in an integer out is the type's
     * minimum) and returned; out null gives a new tensor. An empty x gives nanmean's NaN, and then
     * a float x needs a float out (NumPy's TypeError). {@code overwriteInput} is accepted and ignored: jtensor never modifies x (NumPy may leave x partially sorted, its contents undefined).
     *
     * <pre>{@code
     * nanmedian(array(new double[] {1, Double.NaN, 4, 9}), null, zeros(new long[0], DType.INT32), false, false)   // 4
     * }</pre>
     *
     * @throws IllegalArgumentException for out of another shape, read-only or on another backend, or
     *                                  an integer or bool out for an empty float x
     */
    public static Tensor nanmedian(Tensor x, int[] axes, Tensor out, boolean overwriteInput, boolean keepdims) {
        return QuantilesInto.nanmedian(x, axes, keepdims, out);
    }

    /**
     * The q-th quantile of every element ({@code np.quantile(x, q)}, method "linear"): q in [0, 1],
     * a Python float, so float32 data gives float32 and integer data float64; NaN if x holds NaN.
     * As NumPy, q = 1 on a slice ending in two infinities gives NaN.
     *
     * <pre>{@code
     * quantile(array(new double[] {1, 2, 3, 4}), 0.25)   // 1.75
     * }</pre>
     *
     * @throws IllegalArgumentException for q outside [0, 1] or bool x
     * @throws IndexOutOfBoundsException for an empty x
     */
    public static Tensor quantile(Tensor x, double q) {
        return quantile(x, q, null, false, "linear");
    }

    /** The q-th quantile along one axis ({@code np.quantile(x, q, axis)}). */
    public static Tensor quantile(Tensor x, double q, int axis) {
        return quantile(x, q, new int[] {axis}, false, "linear");
    }

    /** The q-th quantile over {@code axes} (null: all), with {@code keepdims}. */
    public static Tensor quantile(Tensor x, double q, int[] axes, boolean keepdims) {
        return quantile(x, q, axes, keepdims, "linear");
    }

    /**
     * The q-th quantile by one of NumPy's estimation methods ({@code np.quantile(x, q, axis,
     * method=method, keepdims=keepdims)}), computed with NumPy's index and weight arithmetic:
     * <ul>
     *   <li>interpolating: "linear" (the default; Hyndman and Fan's 7), "weibull" (6), "hazen" (5),
     *       "interpolated_inverted_cdf" (4), "median_unbiased" (8), "normal_unbiased" (9),
     *       "averaged_inverted_cdf" (2) and "midpoint": float64 for integer data, else x's type;</li>
     *   <li>picking an element: "inverted_cdf" (1), "closest_observation" (3), "lower", "higher",
     *       "nearest" (ties to the even position): the result keeps x's type, bool included.</li>
     * </ul>
     *
     * <pre>{@code
     * quantile(array(new int[] {1, 2, 3, 4}), 0.5, null, false, "lower")   // 2 (int32)
     * }</pre>
     *
     * @throws IllegalArgumentException for an unknown method (the message lists the valid ones),
     *         q outside [0, 1], or bool x with an interpolating method
     */
    public static Tensor quantile(Tensor x, double q, int[] axes, boolean keepdims, String method) {
        return Quantiles.quantile("quantile", x, checkedQuantiles("quantile", new double[] {q}, 1), true, axes,
                keepdims, QuantileMethod.of("quantile", method), false);
    }

    /**
     * Several quantiles over {@code axes} (null: all) ({@code np.quantile(x, [q...], axis)}): q is a
     * float64 array, so the result is float64 with q's length as a new first axis.
     */
    public static Tensor quantile(Tensor x, double[] q, int[] axes, boolean keepdims) {
        return quantile(x, q, axes, keepdims, "linear");
    }

    /** Several quantiles by {@code method}; see {@link #quantile(Tensor, double, int[], boolean, String)}. */
    public static Tensor quantile(Tensor x, double[] q, int[] axes, boolean keepdims, String method) {
        return Quantiles.quantile("quantile", x, checkedQuantiles("quantile", q, 1), false, axes, keepdims,
                QuantileMethod.of("quantile", method), false);
    }

    /**
     * NumPy 2's weighted {@code np.quantile(x, q, axis, method="inverted_cdf", keepdims, weights=weights)}:
     * each element counts with its weight (non-negative; null: the unweighted form), the result is
     * the first element, in sorted order, at which the running share of the weights reaches q; it
     * has x's type. weights has x's shape, or with axes given the shape of x along them (in the
     * order given). Only method "inverted_cdf" takes weights, as NumPy; a line holding NaN gives NaN.
     *
     * <pre>{@code
     * quantile(array(new double[] {1, 2, 3, 4}), 0.5, null, false, "inverted_cdf", array(new double[] {1, 1, 1, 3}))   // 3.0
     * }</pre>
     *
     * @throws IllegalArgumentException for another method, q outside [0, 1], negative weights, weights
     *                                  holding NaN or Inf or summing to 0 in some line, or of a shape that
     *                                  fits neither x nor its axes (NumPy's TypeError without axes)
     * @throws IndexOutOfBoundsException for an empty line
     */
    public static Tensor quantile(Tensor x, double q, int[] axes, boolean keepdims, String method, Tensor weights) {
        return weights == null ? quantile(x, q, axes, keepdims, method)
                : Quantiles.weighted("quantile", x, checkedQuantiles("quantile", new double[] {q}, 1), true, axes,
                keepdims, method, weights, false);
    }

    /** Several weighted quantiles, q's length a new first axis; see {@link #quantile(Tensor, double, int[], boolean, String, Tensor)}. */
    public static Tensor quantile(Tensor x, double[] q, int[] axes, boolean keepdims, String method, Tensor weights) {
        return weights == null ? quantile(x, q, axes, keepdims, method)
                : Quantiles.weighted("quantile", x, checkedQuantiles("quantile", q, 1), false, axes, keepdims, method,
                weights, false);
    }

    /**
     * NumPy's full {@code np.quantile(x, q, axis=axes, out=out, overwrite_input=overwriteInput,
     * method=method, keepdims=keepdims, weights=weights)}: the quantile of
     * {@link #quantile(Tensor, double, int[], boolean, String, Tensor)} (weights null: unweighted)
     * written into out (exactly the result's shape; null: a new tensor) and returned. out's type
     * follows NumPy's code path:
     * <ul>
     *   <li>an interpolating method: a float out; the interpolation {@code b - (b - a)(1 - t)}
     *       (t &ge; 0.5) is computed in out's type and {@code a + (b - a) t} cast to it, as NumPy's
     *       {@code _lerp}, so a float16 out may differ in the last bit from the float64 result cast;</li>
     *   <li>a method that picks an element: any type that casts safely to x's (NumPy's
     *       {@code take}; an int32 out for float64 x, not for float32 x), the element cast unsafely;</li>
     *   <li>weights: any type, cast unsafely.</li>
     * </ul>
     * A NaN result (a line holding NaN) cannot go into an integer or bool out (NumPy's TypeError).
     * {@code overwriteInput} is accepted and ignored: jtensor never modifies x (NumPy may leave x partially sorted, its contents undefined).
     *
     * <pre>{@code
     * Tensor out = zeros(new long[] {2}, DType.FLOAT32);
     * quantile(array(new double[][] {{1, 2.5, 3, 4}, {7, 5, 0, -1}}), 0.4, new int[] {1}, out, false,
     *         "linear", false, null);   // out is [2.6 1.0]
     * }</pre>
     *
     * <p>Deviation: NumPy's interpolating path also broadcasts the result into a larger out (each
     * row of a (3, 2) out gets the (2,) result); jtensor requires the exact shape, as NumPy's other paths.
     *
     * @throws IllegalArgumentException for out of another shape, read-only or on another backend,
     *                                  of a type the method's path refuses (above), or as
     *                                  {@link #quantile(Tensor, double, int[], boolean, String, Tensor)}
     */
    public static Tensor quantile(Tensor x, double q, int[] axes, Tensor out, boolean overwriteInput, String method,
                                  boolean keepdims, Tensor weights) {
        return QuantilesInto.quantile("quantile", x, checkedQuantiles("quantile", new double[] {q}, 1), true, axes,
                keepdims, method, weights, false, out);
    }

    /** Several quantiles into out (q's length its first axis); see {@link #quantile(Tensor, double, int[], Tensor, boolean, String, boolean, Tensor)}. */
    public static Tensor quantile(Tensor x, double[] q, int[] axes, Tensor out, boolean overwriteInput, String method,
                                  boolean keepdims, Tensor weights) {
        return QuantilesInto.quantile("quantile", x, checkedQuantiles("quantile", q, 1), false, axes, keepdims,
                method, weights, false, out);
    }

    /**
     * The covariance matrix of the variables in the rows of m ({@code np.cov(m)}), float64,
     * normalised by N - 1; a single variable (1-d m) gives a 0-d variance.
     *
     * <pre>{@code
     * cov(array(new double[][] {{0, 1, 2}, {2, 1, 0}}))   // [[ 1. -1.] [-1.  1.]]
     * }</pre>
     *
     * <p>Accuracy: a mean and a matrix product, so a few ULP plus a multiple of eps times
     * N &middot; max|x - mean|&sup2; / (N - 1) (summation order). Fewer than 2 observations give NaN
     * (NumPy warns "Degrees of freedom &lt;= 0").
     *
     * @throws IllegalArgumentException for m of more than 2 dimensions
     */
    public static Tensor cov(Tensor m) {
        return Covariance.cov("cov", m, null, true, false, null);
    }

    /** {@code np.cov(m, rowvar=rowvar)}: variables are the columns of m when {@code rowvar} is false. */
    public static Tensor cov(Tensor m, boolean rowvar) {
        return Covariance.cov("cov", m, null, rowvar, false, null);
    }

    /**
     * {@code np.cov(m, y, rowvar, bias, ddof)}: y (nullable) adds variables with the same
     * observations; normalised by N - ddof, where a null {@code ddof} means 1, or 0 when {@code bias}.
     */
    public static Tensor cov(Tensor m, Tensor y, boolean rowvar, boolean bias, Integer ddof) {
        return Covariance.cov("cov", m, y, rowvar, bias, ddof);
    }

    /**
     * {@code np.cov(m, y, rowvar, bias, ddof, fweights, aweights, dtype)}: {@code fweights} (integral
     * repeat counts) and {@code aweights} (relative importances), each nullable, 1-d with one
     * non-negative weight per observation, multiply into w; the mean is w's weighted average and the
     * sum of squares is normalised as NumPy does: by {@code sum(w)} when ddof is 0, {@code sum(w) -
     * ddof} with frequency weights only, and {@code sum(w) - ddof * sum(w * aweights) / sum(w)} with
     * analytic ones. {@code dtype} (null: float64) is the type m and y are converted to and computed
     * in; with weights NumPy's product by the float64 w makes the result float64 whatever dtype.
     * NaN weights propagate NaN (a NaN frequency is not integral and is refused).
     *
     * <pre>{@code
     * cov(array(new double[][] {{0, 1, 2, 4}, {2, 1, 0, 3}}), null, true, false, null,
     *     array(new long[] {1, 2, 1, 3}), null, null)   // [[2.9047619  1.38095238] [1.38095238 1.47619048]]
     * }</pre>
     *
     * @throws IllegalArgumentException for fweights that are not integral, weights of more than one
     *                                  dimension, of another length than the observations, negative,
     *                                  or summing to zero (NumPy's TypeError, RuntimeError, ValueError
     *                                  and ZeroDivisionError); a dtype that is not floating (NumPy's
     *                                  UFuncTypeError); or as {@link #cov(Tensor, Tensor, boolean, boolean, Integer)}
     */
    public static Tensor cov(Tensor m, Tensor y, boolean rowvar, boolean bias, Integer ddof, Tensor fweights,
                             Tensor aweights, DType dtype) {
        return Covariance.cov("cov", m, y, rowvar, bias, ddof, fweights, aweights, dtype);
    }

    /**
     * Pearson correlation coefficients of the variables in the rows of x ({@code np.corrcoef(x)}):
     * {@code cov[i][j] / sqrt(cov[i][i] cov[j][j])}, float64, clipped to [-1, 1]; NaN for a constant
     * variable. A single variable gives 1.0 (0-d).
     *
     * <pre>{@code
     * corrcoef(array(new double[][] {{1, 2, 3}, {3, 1, 2}}))   // [[ 1.  -0.5] [-0.5  1. ]]
     * }</pre>
     */
    public static Tensor corrcoef(Tensor x) {
        return Covariance.corrcoef(x, null, true, null);
    }

    /** {@code np.corrcoef(x, y, rowvar)}: y (nullable) adds variables; columns are variables when {@code rowvar} is false. */
    public static Tensor corrcoef(Tensor x, Tensor y, boolean rowvar) {
        return Covariance.corrcoef(x, y, rowvar, null);
    }

    /**
     * {@code np.corrcoef(x, y, rowvar, dtype=dtype)}: the covariance computed in {@code dtype}
     * (null: float64; see {@link #cov(Tensor, Tensor, boolean, boolean, Integer, Tensor, Tensor, DType)}),
     * then divided by the deviations and clipped in that type, so float32 gives float32 (its
     * diagonal can be 1 - eps, as NumPy's). NumPy's corrcoef has no weights.
     *
     * @throws IllegalArgumentException for a dtype that is not floating, or as {@link #corrcoef(Tensor, Tensor, boolean)}
     */
    public static Tensor corrcoef(Tensor x, Tensor y, boolean rowvar, DType dtype) {
        return Covariance.corrcoef(x, y, rowvar, dtype);
    }

    /**
     * The p-th percentile of every element ({@code np.percentile(x, p)}): {@link #quantile(Tensor,
     * double)} of p / 100, p in [0, 100].
     */
    public static Tensor percentile(Tensor x, double p) {
        return percentile(x, p, null, false, "linear");
    }

    /** The p-th percentile along one axis ({@code np.percentile(x, p, axis)}). */
    public static Tensor percentile(Tensor x, double p, int axis) {
        return percentile(x, p, new int[] {axis}, false, "linear");
    }

    /** The p-th percentile over {@code axes} (null: all), with {@code keepdims}. */
    public static Tensor percentile(Tensor x, double p, int[] axes, boolean keepdims) {
        return percentile(x, p, axes, keepdims, "linear");
    }

    /** The p-th percentile by {@code method}; see {@link #quantile(Tensor, double, int[], boolean, String)}. */
    public static Tensor percentile(Tensor x, double p, int[] axes, boolean keepdims, String method) {
        return Quantiles.quantile("percentile", x, checkedQuantiles("percentile", new double[] {p}, 100), true,
                axes, keepdims, QuantileMethod.of("percentile", method), false);
    }

    /** Several percentiles over {@code axes} (null: all); as {@link #quantile(Tensor, double[], int[], boolean)}. */
    public static Tensor percentile(Tensor x, double[] p, int[] axes, boolean keepdims) {
        return percentile(x, p, axes, keepdims, "linear");
    }

    /** Several percentiles by {@code method}. */
    public static Tensor percentile(Tensor x, double[] p, int[] axes, boolean keepdims, String method) {
        return Quantiles.quantile("percentile", x, checkedQuantiles("percentile", p, 100), false, axes, keepdims,
                QuantileMethod.of("percentile", method), false);
    }

    /** NumPy 2's weighted {@code np.percentile(x, p, ..., weights=weights)}: the quantile at p / 100; see {@link #quantile(Tensor, double, int[], boolean, String, Tensor)}. */
    public static Tensor percentile(Tensor x, double p, int[] axes, boolean keepdims, String method, Tensor weights) {
        return weights == null ? percentile(x, p, axes, keepdims, method)
                : Quantiles.weighted("percentile", x, checkedQuantiles("percentile", new double[] {p}, 100), true, axes,
                keepdims, method, weights, false);
    }

    /** Several weighted percentiles; see {@link #percentile(Tensor, double, int[], boolean, String, Tensor)}. */
    public static Tensor percentile(Tensor x, double[] p, int[] axes, boolean keepdims, String method, Tensor weights) {
        return weights == null ? percentile(x, p, axes, keepdims, method)
                : Quantiles.weighted("percentile", x, checkedQuantiles("percentile", p, 100), false, axes, keepdims,
                method, weights, false);
    }

    /**
     * NumPy's full {@code np.percentile(x, p, axis=axes, out=out, overwrite_input=overwriteInput,
     * method=method, keepdims=keepdims, weights=weights)}: the quantile at p / 100 into out, with
     * {@link #quantile(Tensor, double, int[], Tensor, boolean, String, boolean, Tensor)}'s rules
     * for out's type and shape. {@code overwriteInput} is accepted and ignored: jtensor never modifies x (NumPy may leave x partially sorted, its contents undefined).
     */
    public static Tensor percentile(Tensor x, double p, int[] axes, Tensor out, boolean overwriteInput, String method,
                                    boolean keepdims, Tensor weights) {
        return QuantilesInto.quantile("percentile", x, checkedQuantiles("percentile", new double[] {p}, 100), true,
                axes, keepdims, method, weights, false, out);
    }

    /** Several percentiles into out; see {@link #percentile(Tensor, double, int[], Tensor, boolean, String, boolean, Tensor)}. */
    public static Tensor percentile(Tensor x, double[] p, int[] axes, Tensor out, boolean overwriteInput, String method,
                                    boolean keepdims, Tensor weights) {
        return QuantilesInto.quantile("percentile", x, checkedQuantiles("percentile", p, 100), false, axes, keepdims,
                method, weights, false, out);
    }

    /**
     * The q-th quantile of the non-NaN elements ({@code np.nanquantile(x, q)}): as
     * {@link #quantile(Tensor, double)} on each slice with its NaNs removed; NaN for an all-NaN
     * slice (NumPy warns). As NumPy, an empty x gives {@code nanmean}'s answer, NaN, whatever q.
     *
     * <pre>{@code
     * nanquantile(array(new double[] {4, Double.NaN, 1, 2}), 0.5)   // 2.0
     * }</pre>
     *
     * @throws IllegalArgumentException for q outside [0, 1] or bool x
     */
    public static Tensor nanquantile(Tensor x, double q) {
        return nanquantile(x, q, null, false, "linear");
    }

    /** nanquantile along one axis ({@code np.nanquantile(x, q, axis)}). */
    public static Tensor nanquantile(Tensor x, double q, int axis) {
        return nanquantile(x, q, new int[] {axis}, false, "linear");
    }

    /** nanquantile over {@code axes} (null: all) by {@code method} (see {@link #quantile(Tensor, double, int[], boolean, String)}). */
    public static Tensor nanquantile(Tensor x, double q, int[] axes, boolean keepdims, String method) {
        return Quantiles.quantile("nanquantile", x, checkedQuantiles("nanquantile", new double[] {q}, 1), true, axes,
                keepdims, QuantileMethod.of("nanquantile", method), true);
    }

    /**
     * Several nanquantiles: q is a float64 array, q's length a new first axis. As NumPy (whose
     * {@code apply_along_axis} takes the result type from the first slice), float32 data whose first
     * slice is all NaN gives float32, else float64.
     */
    public static Tensor nanquantile(Tensor x, double[] q, int[] axes, boolean keepdims, String method) {
        return Quantiles.quantile("nanquantile", x, checkedQuantiles("nanquantile", q, 1), false, axes, keepdims,
                QuantileMethod.of("nanquantile", method), true);
    }

    /**
     * NumPy 2's weighted {@code np.nanquantile(x, q, axis, method="inverted_cdf", keepdims, weights=weights)}:
     * the weighted quantile of {@link #quantile(Tensor, double, int[], boolean, String, Tensor)} with
     * each line's NaN elements dropped together with their weights (null weights: the unweighted
     * form). An all-NaN line gives NaN; an empty x gives nanmean's NaN, as NumPy. The weights are
     * checked before NaNs are dropped (a negative weight at a NaN is refused) and after (the
     * weights left in a line holding a number must be finite and not all zero); a NaN or Inf
     * weight at a NaN element is dropped with it. Only method "inverted_cdf" takes weights, as
     * NumPy; the result has x's type.
     *
     * <pre>{@code
     * nanquantile(array(new double[] {1, Double.NaN, 3, 2}), 0.5, null, false, "inverted_cdf",
     *         array(new double[] {1, 5, 1, 3}))   // 2.0 (the NaN and its weight 5 dropped)
     * }</pre>
     *
     * <p>Deviation: weights of the shape of x along the axes (with axes given, x having more
     * dimensions) are taken as {@code quantile} takes them, where NumPy 2.4's nanquantile raises an
     * IndexError (its per-line loop indexes the unbroadcast weights); the result is NumPy's for the
     * same weights broadcast to x's shape.
     *
     * @throws IllegalArgumentException for another method, q outside [0, 1], negative weights,
     *                                  NaN, Inf or all-zero weights left in a line holding a number,
     *                                  or weights of a shape that fits neither x nor its axes
     */
    public static Tensor nanquantile(Tensor x, double q, int[] axes, boolean keepdims, String method, Tensor weights) {
        return weights == null ? nanquantile(x, q, axes, keepdims, method)
                : Quantiles.weighted("nanquantile", x, checkedQuantiles("nanquantile", new double[] {q}, 1), true,
                axes, keepdims, method, weights, true);
    }

    /** Several weighted nanquantiles, q's length a new first axis; see {@link #nanquantile(Tensor, double, int[], boolean, String, Tensor)}. */
    public static Tensor nanquantile(Tensor x, double[] q, int[] axes, boolean keepdims, String method, Tensor weights) {
        return weights == null ? nanquantile(x, q, axes, keepdims, method)
                : Quantiles.weighted("nanquantile", x, checkedQuantiles("nanquantile", q, 1), false, axes, keepdims,
                method, weights, true);
    }

    /**
     * NumPy's full {@code np.nanquantile(x, q, axis=axes, out=out, overwrite_input=overwriteInput,
     * method=method, keepdims=keepdims, weights=weights)}: the nanquantile of
     * {@link #nanquantile(Tensor, double, int[], boolean, String, Tensor)} (weights null:
     * unweighted) computed as without out and cast unsafely into out (exactly the result's shape,
     * any type: NumPy's {@code out[...] = result}, so an all-NaN line's NaN in an integer out is the
     * type's minimum) and returned; out null gives a new tensor. An empty x gives nanmean's NaN,
     * and then a float x needs a float out (NumPy's TypeError). {@code overwriteInput} is accepted and ignored: jtensor never modifies x (NumPy may leave x partially sorted, its contents undefined).
     *
     * <pre>{@code
     * nanquantile(array(new double[] {4, Double.NaN, 1, 2}), 0.5, null, zeros(new long[0], DType.INT8), false,
     *         "linear", false, null)   // 2
     * }</pre>
     *
     * @throws IllegalArgumentException for out of another shape, read-only or on another backend,
     *                                  or as {@link #nanquantile(Tensor, double, int[], boolean, String, Tensor)}
     */
    public static Tensor nanquantile(Tensor x, double q, int[] axes, Tensor out, boolean overwriteInput, String method,
                                     boolean keepdims, Tensor weights) {
        return QuantilesInto.quantile("nanquantile", x, checkedQuantiles("nanquantile", new double[] {q}, 1), true,
                axes, keepdims, method, weights, true, out);
    }

    /** Several nanquantiles into out; see {@link #nanquantile(Tensor, double, int[], Tensor, boolean, String, boolean, Tensor)}. */
    public static Tensor nanquantile(Tensor x, double[] q, int[] axes, Tensor out, boolean overwriteInput, String method,
                                     boolean keepdims, Tensor weights) {
        return QuantilesInto.quantile("nanquantile", x, checkedQuantiles("nanquantile", q, 1), false, axes, keepdims,
                method, weights, true, out);
    }

    /** The p-th percentile of the non-NaN elements ({@code np.nanpercentile(x, p)}): nanquantile of p / 100. */
    public static Tensor nanpercentile(Tensor x, double p) {
        return nanpercentile(x, p, null, false, "linear");
    }

    /** nanpercentile along one axis ({@code np.nanpercentile(x, p, axis)}). */
    public static Tensor nanpercentile(Tensor x, double p, int axis) {
        return nanpercentile(x, p, new int[] {axis}, false, "linear");
    }

    /** nanpercentile over {@code axes} (null: all) by {@code method}. */
    public static Tensor nanpercentile(Tensor x, double p, int[] axes, boolean keepdims, String method) {
        return Quantiles.quantile("nanpercentile", x, checkedQuantiles("nanpercentile", new double[] {p}, 100), true,
                axes, keepdims, QuantileMethod.of("nanpercentile", method), true);
    }

    /** NumPy 2's weighted {@code np.nanpercentile(x, p, ..., weights=weights)}: the weighted nanquantile at p / 100; see {@link #nanquantile(Tensor, double, int[], boolean, String, Tensor)}. */
    public static Tensor nanpercentile(Tensor x, double p, int[] axes, boolean keepdims, String method, Tensor weights) {
        return weights == null ? nanpercentile(x, p, axes, keepdims, method)
                : Quantiles.weighted("nanpercentile", x, checkedQuantiles("nanpercentile", new double[] {p}, 100), true,
                axes, keepdims, method, weights, true);
    }

    /** Several weighted nanpercentiles; see {@link #nanpercentile(Tensor, double, int[], boolean, String, Tensor)}. */
    public static Tensor nanpercentile(Tensor x, double[] p, int[] axes, boolean keepdims, String method, Tensor weights) {
        return weights == null ? nanpercentile(x, p, axes, keepdims, method)
                : Quantiles.weighted("nanpercentile", x, checkedQuantiles("nanpercentile", p, 100), false, axes,
                keepdims, method, weights, true);
    }

    /** Several nanpercentiles; as {@link #nanquantile(Tensor, double[], int[], boolean, String)}. */
    public static Tensor nanpercentile(Tensor x, double[] p, int[] axes, boolean keepdims, String method) {
        return Quantiles.quantile("nanpercentile", x, checkedQuantiles("nanpercentile", p, 100), false, axes,
                keepdims, QuantileMethod.of("nanpercentile", method), true);
    }

    /**
     * NumPy's full {@code np.nanpercentile(x, p, axis=axes, out=out, overwrite_input=overwriteInput,
     * method=method, keepdims=keepdims, weights=weights)}: the nanquantile at p / 100 into out, as
     * {@link #nanquantile(Tensor, double, int[], Tensor, boolean, String, boolean, Tensor)}. {@code overwriteInput} is accepted and ignored: jtensor never modifies x (NumPy may leave x partially sorted, its contents undefined).
     */
    public static Tensor nanpercentile(Tensor x, double p, int[] axes, Tensor out, boolean overwriteInput,
                                       String method, boolean keepdims, Tensor weights) {
        return QuantilesInto.quantile("nanpercentile", x, checkedQuantiles("nanpercentile", new double[] {p}, 100),
                true, axes, keepdims, method, weights, true, out);
    }

    /** Several nanpercentiles into out; see {@link #nanpercentile(Tensor, double, int[], Tensor, boolean, String, boolean, Tensor)}. */
    public static Tensor nanpercentile(Tensor x, double[] p, int[] axes, Tensor out, boolean overwriteInput,
                                       String method, boolean keepdims, Tensor weights) {
        return QuantilesInto.quantile("nanpercentile", x, checkedQuantiles("nanpercentile", p, 100), false, axes,
                keepdims, method, weights, true, out);
    }

    /**
     * Where each value of v would go in the ascending 1-d tensor a to keep it sorted
     * ({@code np.searchsorted(a, v)}, side "left": the first such position): int64 of v's shape.
     * a and v are compared in their common type, in {@link #sort(Tensor, int)}'s order (NaN last).
     * a is assumed sorted, as in NumPy (the answer is unspecified otherwise).
     *
     * <pre>{@code
     * searchsorted(array(new double[] {1, 2, 2, 3}), array(new double[] {2, 0, 9}))   // [1 0 4]
     * }</pre>
     */
    public static Tensor searchsorted(Tensor a, Tensor v) {
        return Searching.searchsorted(a, Arg.of(v), "left", null);
    }

    /** {@code np.searchsorted(a, v, side)}: side "left" (first position) or "right" (after equal keys). */
    public static Tensor searchsorted(Tensor a, Tensor v, String side) {
        return Searching.searchsorted(a, Arg.of(v), side, null);
    }

    /**
     * {@code np.searchsorted(a, v, side, sorter)}: a is sorted by the int64 positions {@code sorter}
     * (as {@link #argsort(Tensor)} gives), so {@code take(a, sorter)} is ascending.
     */
    public static Tensor searchsorted(Tensor a, Tensor v, String side, Tensor sorter) {
        return Searching.searchsorted(a, Arg.of(v), side, sorter);
    }

    /**
     * {@code np.searchsorted(a, v, side)} of one float: a 0-d int64 tensor. As NumPy converts a
     * Python float with {@code np.asarray}, v is compared as a float64, not rounded to a's type:
     * {@code searchsorted(array(new double[] {1, 2}).astype(DType.FLOAT16), 1.0001, "left")} is 1.
     */
    public static Tensor searchsorted(Tensor a, double v, String side) {
        return Searching.searchsorted(a, Arg.of(v), side, null);
    }

    /** {@code np.searchsorted(a, v, side)} of one integer (compared as an int64, as NumPy's): a 0-d int64 tensor. */
    public static Tensor searchsorted(Tensor a, long v, String side) {
        return Searching.searchsorted(a, Arg.of(v), side, null);
    }

    /**
     * {@code np.histogram(x, bins)}: {@code [counts, edges]} of {@code bins} equal-width bins over
     * x's range (its minimum to maximum; one unit wide if they are equal). counts is int64; edges
     * (bins + 1 of them) are x's float type, float64 for integer x, computed as NumPy's
     * {@code linspace} so they are NumPy's bit for bit. Bin i holds edges[i] &le; v &lt; edges[i+1],
     * the last bin also v = edges[bins]. Counts are exact (from a sort and searchsorted). Float16
     * x gives float16 edges, each linspace step rounded to float16 as NumPy's; a range whose width
     * overflows float16 (65504 - -65504) is refused as NumPy refuses it. Bool x is binned as uint8
     * (0 and 1, float64 edges), as NumPy 2 converts it (with a RuntimeWarning); so are bool data in
     * every histogram and histogramBinEdges overload.
     *
     * <pre>{@code
     * Tensor[] h = histogram(array(new double[] {1, 2, 2, 5}), 4);
     * // h[0]: [1 2 0 1]   h[1]: [1. 2. 3. 4. 5.]
     * }</pre>
     *
     * @throws IllegalArgumentException for bins &lt; 1 or a range that is not finite
     *                                  (x holding NaN or infinity: pass a range)
     */
    public static Tensor[] histogram(Tensor x, long bins) {
        return Binning.histogram(x, bins, null);
    }

    /**
     * {@code np.histogram(x, bins, range=(min, max))}: as {@link #histogram(Tensor, long)} over
     * [min, max]; elements outside it (and NaN) are not counted.
     */
    public static Tensor[] histogram(Tensor x, long bins, double min, double max) {
        return Binning.histogram(x, bins, new double[] {min, max});
    }

    /**
     * {@code np.histogram(x, bins=edges)}: counts for the given increasing 1-d edges (the last bin
     * closed) and a copy of the edges; x and edges are compared in their common type.
     */
    public static Tensor[] histogram(Tensor x, Tensor edges) {
        return Binning.histogram(x, edges);
    }

    /**
     * How often each of 0, 1, ..., n-1 occurs in the 1-d non-negative integers x
     * ({@code np.bincount(x)}): int64 of length max(x) + 1 (0 for an empty x).
     *
     * <pre>{@code
     * bincount(array(new long[] {0, 1, 1, 3}))   // [1 2 0 1]
     * }</pre>
     */
    public static Tensor bincount(Tensor x) {
        return Binning.bincount(x, 0);
    }

    /** {@code np.bincount(x, minlength=minlength)}: at least {@code minlength} counts. */
    public static Tensor bincount(Tensor x, long minlength) {
        return Binning.bincount(x, minlength);
    }

    /**
     * The bin of each element of x ({@code np.digitize(x, bins)}): for increasing bins the int64 i
     * with bins[i-1] &le; x &lt; bins[i] (0 below, len(bins) above), for decreasing bins
     * bins[i-1] &gt; x &ge; bins[i]. The direction is NumPy's {@code _monotonicity} on the bins as
     * float64: leading repeats skipped, the first different neighbour decides (one that is NaN
     * means decreasing), later steps must keep it (NaN never breaks it), so
     * {@code [NaN, 1, 2]} is refused and {@code [1, 2, NaN]} increasing.
     *
     * @throws IllegalArgumentException for bins that are not 1-d or not monotonic
     */
    public static Tensor digitize(Tensor x, Tensor bins) {
        return Binning.digitize(x, bins, false);
    }

    /** {@code np.digitize(x, bins, right)}: with {@code right} the bins are closed on the right instead. */
    public static Tensor digitize(Tensor x, Tensor bins, boolean right) {
        return Binning.digitize(x, bins, right);
    }

    private static double[] checkedQuantiles(String name, double[] q, double scale) {
        java.util.Objects.requireNonNull(q, () -> name + ": q is null");
        double[] scaled = new double[q.length];
        for (int i = 0; i < q.length; i++) {
            if (!(q[i] >= 0 && q[i] <= scale)) {
                throw new IllegalArgumentException(name + ": " + (scale == 1 ? "quantiles" : "percentiles")
                        + " must be in the range [0, " + (scale == 1 ? "1" : "100") + "], got " + q[i]);
            }
            scaled[i] = q[i] / scale;
        }
        return scaled;
    }

    // ---- NaN-ignoring reductions ----

    /**
     * The sum treating NaN as 0 ({@code np.nansum}); an all-NaN slice sums to 0. Over every axis; integer and bool input as {@code sum}.
     *
     * <pre>{@code
     * nansum(array(new double[] {1, Double.NaN, 3}))   // 4.0
     * }</pre>
     */
    public static Tensor nansum(Tensor x) {
        return NanReductions.reduce(ReduceOp.SUM, "nansum", x, null, false);
    }

    /** nansum along one axis ({@code np.nansum(x, axis)}). */
    public static Tensor nansum(Tensor x, int axis) {
        return NanReductions.reduce(ReduceOp.SUM, "nansum", x, new int[] {axis}, false);
    }

    /** nansum over {@code axes} (null: all), keeping them as size 1 when {@code keepdims}. */
    public static Tensor nansum(Tensor x, int[] axes, boolean keepdims) {
        return NanReductions.reduce(ReduceOp.SUM, "nansum", x, axes, keepdims);
    }

    /**
     * {@code np.nansum(x, axis=axes, keepdims=keepdims, initial=initial)}: the sum of initial and the
     * elements of each line (NaN counted as 0), so an empty line gives initial; initial converted as
     * {@link #sum(Tensor, int[], boolean, double)} says.
     *
     * <pre>{@code
     * nansum(array(new double[] {Double.NaN, 1}), null, false, 2)   // 3.0
     * }</pre>
     *
     * @throws IllegalArgumentException for an initial an integer result type cannot hold, or a bad axis
     */
    public static Tensor nansum(Tensor x, int[] axes, boolean keepdims, double initial) {
        return TypedReductions.reduceFrom("nansum", ReduceOp.SUM, true, x, axes, keepdims, null, null, initial, null);
    }

    /**
     * NumPy's full {@code np.nansum(x, axis=axes, dtype=dtype, out=out, keepdims=keepdims,
     * initial=initial, where=where)}: as {@link #sum(Tensor, int[], boolean, DType, Tensor, double, Tensor)}
     * with sums (NaN counted as 0).
     */
    public static Tensor nansum(Tensor x, int[] axes, boolean keepdims, DType dtype, Tensor out, double initial,
                                Tensor where) {
        return TypedReductions.reduceFrom("nansum", ReduceOp.SUM, true, x, axes, keepdims, dtype, out, initial, where);
    }

    /**
     * The product treating NaN as 1 ({@code np.nanprod}). Over every axis; integer and bool input as {@code prod}.
     *
     * <pre>{@code
     * nanprod(array(new double[] {1, Double.NaN, 3}))   // 3.0
     * }</pre>
     */
    public static Tensor nanprod(Tensor x) {
        return NanReductions.reduce(ReduceOp.PROD, "nanprod", x, null, false);
    }

    /** nanprod along one axis ({@code np.nanprod(x, axis)}). */
    public static Tensor nanprod(Tensor x, int axis) {
        return NanReductions.reduce(ReduceOp.PROD, "nanprod", x, new int[] {axis}, false);
    }

    /** nanprod over {@code axes} (null: all), keeping them as size 1 when {@code keepdims}. */
    public static Tensor nanprod(Tensor x, int[] axes, boolean keepdims) {
        return NanReductions.reduce(ReduceOp.PROD, "nanprod", x, axes, keepdims);
    }

    /**
     * {@code np.nanprod(x, axis=axes, keepdims=keepdims, initial=initial)}: the product of initial and the
     * elements of each line (NaN counted as 1), so an empty line gives initial; initial converted as
     * {@link #sum(Tensor, int[], boolean, double)} says.
     *
     * <pre>{@code
     * nanprod(array(new double[] {Double.NaN, 3}), null, false, 2)   // 6.0
     * }</pre>
     *
     * @throws IllegalArgumentException for an initial an integer result type cannot hold, or a bad axis
     */
    public static Tensor nanprod(Tensor x, int[] axes, boolean keepdims, double initial) {
        return TypedReductions.reduceFrom("nanprod", ReduceOp.PROD, true, x, axes, keepdims, null, null, initial, null);
    }

    /**
     * NumPy's full {@code np.nanprod(x, axis=axes, dtype=dtype, out=out, keepdims=keepdims,
     * initial=initial, where=where)}: as {@link #sum(Tensor, int[], boolean, DType, Tensor, double, Tensor)}
     * with products (NaN counted as 1).
     */
    public static Tensor nanprod(Tensor x, int[] axes, boolean keepdims, DType dtype, Tensor out, double initial,
                                 Tensor where) {
        return TypedReductions.reduceFrom("nanprod", ReduceOp.PROD, true, x, axes, keepdims, dtype, out, initial, where);
    }

    /**
     * The flat index of the largest non-NaN element ({@code np.nanargmax(x)}), int64; integer and
     * bool input as {@link #argmax(Tensor)}.
     *
     * <pre>{@code
     * nanargmax(array(new double[] {1, Double.NaN, 3}))   // 2
     * }</pre>
     *
     * @throws IllegalArgumentException for a slice that is all NaN ("All-NaN slice encountered",
     *         NumPy's ValueError)
     */
    public static Tensor nanargmax(Tensor x) {
        return NanReductions.argExtreme(ReduceOp.ARGMAX, "nanargmax", x, null, false);
    }

    /** nanargmax along one axis ({@code np.nanargmax(x, axis)}). */
    public static Tensor nanargmax(Tensor x, int axis) {
        return NanReductions.argExtreme(ReduceOp.ARGMAX, "nanargmax", x, new int[] {axis}, false);
    }

    /** nanargmax along one axis, keeping it as size 1 when {@code keepdims}. */
    public static Tensor nanargmax(Tensor x, int axis, boolean keepdims) {
        return NanReductions.argExtreme(ReduceOp.ARGMAX, "nanargmax", x, new int[] {axis}, keepdims);
    }

    /**
     * {@code np.nanargmax(x, axis, out=out, keepdims=keepdims)}: the indices of the non-NaN extremes along
     * {@code axis} (null: the flat index over all axes, a 0-d result, or 1 x ... x 1 with keepdims)
     * written into {@code out} and returned (a new int64 tensor when out is null). As NumPy, an
     * all-NaN line is refused first; out then follows {@link #argmax(Tensor, Integer, boolean, Tensor)}:
     * exactly the result's shape, a type that casts safely to int64 (int8..int64, uint8..uint32,
     * bool; the indices cast into it unsafely), never a float or uint64 out.
     *
     * <pre>{@code
     * Tensor at = zeros(new long[] {2}, DType.INT32);
     * nanargmax(array(new double[][] {{1, Double.NaN, 3}, {Double.NaN, 0, -1}}), 1, false, at);   // at is [2 1]
     * }</pre>
     *
     * @throws IllegalArgumentException for an all-NaN line ("All-NaN slice encountered"), out of
     *                                  another shape or of a type that does not cast safely to int64
     *                                  (NumPy's TypeError), a read-only or overlapping out, out on
     *                                  another backend, or a bad axis
     */
    public static Tensor nanargmax(Tensor x, Integer axis, boolean keepdims, Tensor out) {
        return TypedReductions.argExtreme("nanargmax", ReduceOp.ARGMAX, true, x, axis, keepdims, out);
    }

    /** The flat index of the smallest non-NaN element ({@code np.nanargmin(x)}); as {@link #nanargmax(Tensor)}. */
    public static Tensor nanargmin(Tensor x) {
        return NanReductions.argExtreme(ReduceOp.ARGMIN, "nanargmin", x, null, false);
    }

    /** nanargmin along one axis ({@code np.nanargmin(x, axis)}). */
    public static Tensor nanargmin(Tensor x, int axis) {
        return NanReductions.argExtreme(ReduceOp.ARGMIN, "nanargmin", x, new int[] {axis}, false);
    }

    /** nanargmin along one axis, keeping it as size 1 when {@code keepdims}. */
    public static Tensor nanargmin(Tensor x, int axis, boolean keepdims) {
        return NanReductions.argExtreme(ReduceOp.ARGMIN, "nanargmin", x, new int[] {axis}, keepdims);
    }

    /**
     * {@code np.nanargmin(x, axis, out=out, keepdims=keepdims)}: the indices of the non-NaN extremes along
     * {@code axis} (null: the flat index over all axes, a 0-d result, or 1 x ... x 1 with keepdims)
     * written into {@code out} and returned (a new int64 tensor when out is null). As NumPy, an
     * all-NaN line is refused first; out then follows {@link #argmax(Tensor, Integer, boolean, Tensor)}:
     * exactly the result's shape, a type that casts safely to int64 (int8..int64, uint8..uint32,
     * bool; the indices cast into it unsafely), never a float or uint64 out.
     *
     * <pre>{@code
     * Tensor at = zeros(new long[] {2}, DType.INT32);
     * nanargmin(array(new double[][] {{1, Double.NaN, 3}, {Double.NaN, 0, -1}}), 1, false, at);   // at is [0 2]
     * }</pre>
     *
     * @throws IllegalArgumentException for an all-NaN line ("All-NaN slice encountered"), out of
     *                                  another shape or of a type that does not cast safely to int64
     *                                  (NumPy's TypeError), a read-only or overlapping out, out on
     *                                  another backend, or a bad axis
     */
    public static Tensor nanargmin(Tensor x, Integer axis, boolean keepdims, Tensor out) {
        return TypedReductions.argExtreme("nanargmin", ReduceOp.ARGMIN, true, x, axis, keepdims, out);
    }

    /**
     * The running sum of the flattened x with NaN counted as 0 ({@code np.nancumsum(x)}); types
     * as {@link #cumsum(Tensor)}. A leading run of NaN gives zeros.
     *
     * <pre>{@code
     * nancumsum(array(new double[] {1, Double.NaN, 3}))   // [1. 1. 4.]
     * }</pre>
     */
    public static Tensor nancumsum(Tensor x) {
        return NanReductions.scan(ScanOp.CUMSUM, "nancumsum", x, null);
    }

    /** nancumsum along {@code axis} ({@code np.nancumsum(x, axis)}), of x's shape. */
    public static Tensor nancumsum(Tensor x, int axis) {
        return NanReductions.scan(ScanOp.CUMSUM, "nancumsum", x, axis);
    }

    /** The running product of the flattened x with NaN counted as 1 ({@code np.nancumprod(x)}). */
    public static Tensor nancumprod(Tensor x) {
        return NanReductions.scan(ScanOp.CUMPROD, "nancumprod", x, null);
    }

    /** nancumprod along {@code axis} ({@code np.nancumprod(x, axis)}), of x's shape. */
    public static Tensor nancumprod(Tensor x, int axis) {
        return NanReductions.scan(ScanOp.CUMPROD, "nancumprod", x, axis);
    }

    /**
     * The mean of the non-NaN elements ({@code np.nanmean}); NaN for an all-NaN slice (NumPy warns). Over every axis; integer and bool input as {@code mean}.
     *
     * <pre>{@code
     * nanmean(array(new double[] {1, Double.NaN, 3}))   // 2.0
     * }</pre>
     */
    public static Tensor nanmean(Tensor x) {
        return NanReductions.reduce(ReduceOp.MEAN, "nanmean", x, null, false);
    }

    /** nanmean along one axis ({@code np.nanmean(x, axis)}). */
    public static Tensor nanmean(Tensor x, int axis) {
        return NanReductions.reduce(ReduceOp.MEAN, "nanmean", x, new int[] {axis}, false);
    }

    /** nanmean over {@code axes} (null: all), keeping them as size 1 when {@code keepdims}. */
    public static Tensor nanmean(Tensor x, int[] axes, boolean keepdims) {
        return NanReductions.reduce(ReduceOp.MEAN, "nanmean", x, axes, keepdims);
    }

    /**
     * The largest non-NaN element ({@code np.nanmax}); NaN for an all-NaN slice (NumPy warns); an empty slice is an error, as for max. Over every axis; integer and bool input as {@code max}.
     *
     * <pre>{@code
     * nanmax(array(new double[] {1, Double.NaN, 3}))   // 3.0
     * }</pre>
     */
    public static Tensor nanmax(Tensor x) {
        return NanReductions.reduce(ReduceOp.MAX, "nanmax", x, null, false);
    }

    /** nanmax along one axis ({@code np.nanmax(x, axis)}). */
    public static Tensor nanmax(Tensor x, int axis) {
        return NanReductions.reduce(ReduceOp.MAX, "nanmax", x, new int[] {axis}, false);
    }

    /** nanmax over {@code axes} (null: all), keeping them as size 1 when {@code keepdims}. */
    public static Tensor nanmax(Tensor x, int[] axes, boolean keepdims) {
        return NanReductions.reduce(ReduceOp.MAX, "nanmax", x, axes, keepdims);
    }

    /**
     * The smallest non-NaN element ({@code np.nanmin}); NaN for an all-NaN slice. Over every axis; integer and bool input as {@code min}.
     *
     * <pre>{@code
     * nanmin(array(new double[] {1, Double.NaN, 3}))   // 1.0
     * }</pre>
     */
    public static Tensor nanmin(Tensor x) {
        return NanReductions.reduce(ReduceOp.MIN, "nanmin", x, null, false);
    }

    /** nanmin along one axis ({@code np.nanmin(x, axis)}). */
    public static Tensor nanmin(Tensor x, int axis) {
        return NanReductions.reduce(ReduceOp.MIN, "nanmin", x, new int[] {axis}, false);
    }

    /** nanmin over {@code axes} (null: all), keeping them as size 1 when {@code keepdims}. */
    public static Tensor nanmin(Tensor x, int[] axes, boolean keepdims) {
        return NanReductions.reduce(ReduceOp.MIN, "nanmin", x, axes, keepdims);
    }

    /**
     * {@code np.nanmax(x, axis, out=out, keepdims=keepdims)}: the largest non-NaN element (NumPy's
     * {@code fmax.reduce}) started in out as {@link #max(Tensor, int[], boolean, Tensor)} (each line's
     * first element stored into out first) and cast into out unsafely, out
     * returned; out must have exactly the result's shape. NaN for an all-NaN line (NumPy warns);
     * stored into an integer out that is the type's minimum (as NumPy on x86-64).
     *
     * <pre>{@code
     * nanmax(m, new int[] {0}, false, zeros(3))   // m's column maxima ignoring NaN, in the zeros
     * }</pre>
     *
     * @throws IllegalArgumentException for out of another shape, read-only or on another backend, or
     *                                  an empty line (as max)
     */
    public static Tensor nanmax(Tensor x, int[] axes, boolean keepdims, Tensor out) {
        return TypedReductions.nanExtreme("nanmax", ReduceOp.MAX, x, axes, keepdims, out, null, null);
    }

    /**
     * {@code np.nanmax(x, axis, out, keepdims, initial=initial, where=where)}: the largest of initial
     * and the non-NaN elements selected by where (null: all); initial alone for a line with none
     * (an all-NaN line too, no NaN then), even an empty one. out null gives a new tensor of x's type;
     * else as {@link #nanmax(Tensor, int[], boolean, Tensor)}, initial first stored into out's type
     * as {@link #max(Tensor, int[], boolean, Tensor, double, Tensor)}. Integer and bool x as max.
     * Deviation: a NaN initial for float x is refused (NumPy's fmax skips it).
     *
     * @throws IllegalArgumentException for a NaN initial with float x, an initial an integer x or out
     *                                  cannot hold, where not bool or not broadcasting to x's shape,
     *                                  and as {@link #nanmax(Tensor, int[], boolean, Tensor)}
     */
    public static Tensor nanmax(Tensor x, int[] axes, boolean keepdims, Tensor out, double initial, Tensor where) {
        return TypedReductions.nanExtreme("nanmax", ReduceOp.MAX, x, axes, keepdims, out, initial, where);
    }

    /** {@code np.nanmin(x, axis, out=out, keepdims=keepdims)}: as {@link #nanmax(Tensor, int[], boolean, Tensor)} with the smallest. */
    public static Tensor nanmin(Tensor x, int[] axes, boolean keepdims, Tensor out) {
        return TypedReductions.nanExtreme("nanmin", ReduceOp.MIN, x, axes, keepdims, out, null, null);
    }

    /** {@code np.nanmin(x, axis, out, keepdims, initial=initial, where=where)}: as {@link #nanmax(Tensor, int[], boolean, Tensor, double, Tensor)} with the smallest. */
    public static Tensor nanmin(Tensor x, int[] axes, boolean keepdims, Tensor out, double initial, Tensor where) {
        return TypedReductions.nanExtreme("nanmin", ReduceOp.MIN, x, axes, keepdims, out, initial, where);
    }

    /**
     * {@code np.nanmean(x, axis, keepdims=keepdims, where=where)}: the mean of the non-NaN elements
     * that where selects (bool, broadcast to x's shape), as {@link #mean(Tensor, int[], boolean, Tensor)};
     * NaN for a line with none (NumPy warns).
     *
     * @throws IllegalArgumentException when where is not bool or does not broadcast to x's shape
     */
    public static Tensor nanmean(Tensor x, int[] axes, boolean keepdims, Tensor where) {
        return MaskedReductions.nanReduce("nanmean", ReduceOp.MEAN, false, x, axes, keepdims, 0, where);
    }

    /**
     * {@code np.nanvar(x, axis, ddof=ddof, keepdims=keepdims, where=where)}: the variance of the
     * non-NaN elements that where selects, as {@link #var(Tensor, int[], boolean, int, Tensor)}, NaN
     * where their count is {@code <= ddof} (for float x, as NumPy's; integer and bool x as var).
     *
     * @throws IllegalArgumentException when where is not bool or does not broadcast to x's shape
     */
    public static Tensor nanvar(Tensor x, int[] axes, boolean keepdims, int ddof, Tensor where) {
        return MaskedReductions.nanReduce("nanvar", ReduceOp.VAR, false, x, axes, keepdims, ddof, where);
    }

    /** {@code np.nanstd(x, axis, ddof=ddof, keepdims=keepdims, where=where)}: the square root of {@link #nanvar(Tensor, int[], boolean, int, Tensor)}. */
    public static Tensor nanstd(Tensor x, int[] axes, boolean keepdims, int ddof, Tensor where) {
        return MaskedReductions.nanReduce("nanstd", ReduceOp.VAR, true, x, axes, keepdims, ddof, where);
    }

    // ---- statistics composed of reductions: nanvar, nanstd, ptp, average ----

    /**
     * The variance of the non-NaN elements ({@code np.nanvar}) over all axes, ddof 0; NaN for an
     * all-NaN slice or where the count is &lt;= ddof (NumPy warns there). An infinity gives NaN, as in
     * var. Integer and bool input as {@code var} (float64).
     *
     * <pre>{@code
     * nanvar(array(new double[] {1, Double.NaN, 3}))   // 1.0
     * }</pre>
     */
    public static Tensor nanvar(Tensor x) {
        return Statistics.nanvar("nanvar", x, null, false, 0, false);
    }

    /** nanvar along one axis ({@code np.nanvar(x, axis)}), ddof 0. */
    public static Tensor nanvar(Tensor x, int axis) {
        return Statistics.nanvar("nanvar", x, new int[] {axis}, false, 0, false);
    }

    /** nanvar over {@code axes} (null: all), keeping them as size 1 when {@code keepdims}; ddof 0. */
    public static Tensor nanvar(Tensor x, int[] axes, boolean keepdims) {
        return Statistics.nanvar("nanvar", x, axes, keepdims, 0, false);
    }

    /** nanvar dividing by {@code count - ddof} ({@code np.nanvar(x, axis, ddof=ddof, keepdims=...)}). */
    public static Tensor nanvar(Tensor x, int[] axes, boolean keepdims, int ddof) {
        return Statistics.nanvar("nanvar", x, axes, keepdims, ddof, false);
    }

    /**
     * NumPy 2's {@code np.nanvar(x, axis=axes, keepdims=keepdims, correction=correction)} (a real ddof):
     * the variance of the non-NaN elements, divided by {@code count - correction} per line (NaN where that is not positive).
     *
     * <pre>{@code
     * nanvar(array(new double[] {1, Double.NaN, 4}), null, false, 0.5)   // 3.0
     * }</pre>
     */
    public static Tensor nanvar(Tensor x, int[] axes, boolean keepdims, double correction) {
        return TypedReductions.varianceOf("nanvar", false, true, x, axes, keepdims, correction, null, null, null);
    }

    /**
     * {@code np.nanvar(x, axis=axes, dtype=dtype, out=out, keepdims=keepdims, mean=mean,
     * correction=correction)}: the deviations of the non-NaN elements from the given mean (NaN replaced by 0, the deviations in x's type, as NumPy's {@code subtract(..., casting='unsafe')}); integer x as {@link #var(Tensor, int[], boolean, double, DType, Tensor, Tensor)}; {@code mean} null computes it.
     *
     * @throws IllegalArgumentException for a mean that does not broadcast to x's shape, and as the dtype/out form
     */
    public static Tensor nanvar(Tensor x, int[] axes, boolean keepdims, double correction, DType dtype, Tensor out,
                                Tensor mean) {
        return TypedReductions.varianceOf("nanvar", false, true, x, axes, keepdims, correction, dtype, out, mean);
    }

    /** The standard deviation of the non-NaN elements ({@code np.nanstd}), the root of {@link #nanvar(Tensor)}; over all axes, ddof 0. */
    public static Tensor nanstd(Tensor x) {
        return Statistics.nanvar("nanstd", x, null, false, 0, true);
    }

    /** nanstd along one axis, ddof 0. */
    public static Tensor nanstd(Tensor x, int axis) {
        return Statistics.nanvar("nanstd", x, new int[] {axis}, false, 0, true);
    }

    /** nanstd over {@code axes} (null: all), ddof 0. */
    public static Tensor nanstd(Tensor x, int[] axes, boolean keepdims) {
        return Statistics.nanvar("nanstd", x, axes, keepdims, 0, true);
    }

    /** nanstd dividing by {@code count - ddof}. */
    public static Tensor nanstd(Tensor x, int[] axes, boolean keepdims, int ddof) {
        return Statistics.nanvar("nanstd", x, axes, keepdims, ddof, true);
    }

    /**
     * NumPy 2's {@code np.nanstd(x, axis=axes, keepdims=keepdims, correction=correction)} (a real ddof):
     * the square root of {@link #nanvar(Tensor, int[], boolean, double)}.
     *
     * <pre>{@code
     * nanstd(array(new double[] {1, Double.NaN, 4}), null, false, 0.5)   // 1.7320508075688772
     * }</pre>
     */
    public static Tensor nanstd(Tensor x, int[] axes, boolean keepdims, double correction) {
        return TypedReductions.varianceOf("nanstd", true, true, x, axes, keepdims, correction, null, null, null);
    }

    /**
     * {@code np.nanstd(x, axis=axes, dtype=dtype, out=out, keepdims=keepdims, mean=mean,
     * correction=correction)}: the square root of {@link #nanvar(Tensor, int[], boolean, double, DType, Tensor, Tensor)}; {@code mean} null computes it.
     *
     * @throws IllegalArgumentException for a mean that does not broadcast to x's shape, and as the dtype/out form
     */
    public static Tensor nanstd(Tensor x, int[] axes, boolean keepdims, double correction, DType dtype, Tensor out,
                                Tensor mean) {
        return TypedReductions.varianceOf("nanstd", true, true, x, axes, keepdims, correction, dtype, out, mean);
    }

    // ---- NaN-ignoring reductions and scans with dtype= and out= ----

    /**
     * {@code np.nansum(x, axis, keepdims, dtype=dtype, out=out)}: NaN replaced by 0, then
     * {@link #sum(Tensor, int[], boolean, DType, Tensor)}; an integer dtype is allowed (NumPy's too).
     */
    public static Tensor nansum(Tensor x, int[] axes, boolean keepdims, DType dtype, Tensor out) {
        return TypedReductions.nanReduce("nansum", ReduceOp.SUM, x, axes, keepdims, dtype, out);
    }

    /** {@code np.nanprod(x, axis, keepdims, dtype=dtype, out=out)}: NaN replaced by 1, then the typed prod. */
    public static Tensor nanprod(Tensor x, int[] axes, boolean keepdims, DType dtype, Tensor out) {
        return TypedReductions.nanReduce("nanprod", ReduceOp.PROD, x, axes, keepdims, dtype, out);
    }

    /** {@code np.nancumsum(x, axis, dtype=dtype, out=out)}: NaN replaced by 0, then the typed cumsum. */
    public static Tensor nancumsum(Tensor x, Integer axis, DType dtype, Tensor out) {
        return TypedReductions.nanScan("nancumsum", ScanOp.CUMSUM, x, axis, dtype, out);
    }

    /** {@code np.nancumprod(x, axis, dtype=dtype, out=out)}: NaN replaced by 1, then the typed cumprod. */
    public static Tensor nancumprod(Tensor x, Integer axis, DType dtype, Tensor out) {
        return TypedReductions.nanScan("nancumprod", ScanOp.CUMPROD, x, axis, dtype, out);
    }

    /**
     * {@code np.nanmean(x, axis, keepdims, dtype=dtype, out=out)}: the sum of the non-NaN elements in
     * dtype (x's type when null), stored in out's type when given, divided by their count in float64
     * and cast back (NaN for a line with none). Integer and bool x as
     * {@link #mean(Tensor, int[], boolean, DType, Tensor)}.
     *
     * <pre>{@code
     * nanmean(halves, null, false, DType.FLOAT32, null)
     * }</pre>
     *
     * @throws IllegalArgumentException for float x with an integer or bool dtype or out (NumPy: TypeError)
     */
    public static Tensor nanmean(Tensor x, int[] axes, boolean keepdims, DType dtype, Tensor out) {
        return TypedReductions.nanStatistic("nanmean", ReduceOp.MEAN, false, x, axes, keepdims, 0, dtype, out);
    }

    /**
     * {@code np.nanvar(x, axis, keepdims, ddof=ddof, dtype=dtype, out=out)} as NumPy's nanvar: the
     * mean of the non-NaN elements in dtype, the deviations in x's type (0 at NaN), the sum of their
     * squares in dtype divided by count - ddof in float64, NaN where that is {@code <= 0}.
     *
     * @throws IllegalArgumentException for float x with an integer or bool dtype or out (NumPy: TypeError)
     */
    public static Tensor nanvar(Tensor x, int[] axes, boolean keepdims, int ddof, DType dtype, Tensor out) {
        return TypedReductions.nanStatistic("nanvar", ReduceOp.VAR, false, x, axes, keepdims, ddof, dtype, out);
    }

    /** {@code np.nanstd(x, axis, keepdims, ddof=ddof, dtype=dtype, out=out)}: the square root of the typed {@link #nanvar}. */
    public static Tensor nanstd(Tensor x, int[] axes, boolean keepdims, int ddof, DType dtype, Tensor out) {
        return TypedReductions.nanStatistic("nanstd", ReduceOp.VAR, true, x, axes, keepdims, ddof, dtype, out);
    }

    /**
     * The range {@code max - min} over all axes ({@code np.ptp}, "peak to peak"), in x's type:
     * integers wrap around as in NumPy (int32 max - min can be negative); NaN propagates.
     *
     * <pre>{@code
     * ptp(array(new double[] {4, 9, 2}))   // 7.0
     * }</pre>
     *
     * @throws IllegalArgumentException for bool x (NumPy's subtract rejects it) or an empty reduction
     */
    public static Tensor ptp(Tensor x) {
        return Statistics.ptp(x, null, false);
    }

    /** ptp along one axis ({@code np.ptp(x, axis)}). */
    public static Tensor ptp(Tensor x, int axis) {
        return Statistics.ptp(x, new int[] {axis}, false);
    }

    /** ptp over {@code axes} (null: all), keeping them as size 1 when {@code keepdims}. */
    public static Tensor ptp(Tensor x, int[] axes, boolean keepdims) {
        return Statistics.ptp(x, axes, keepdims);
    }

    /**
     * {@code np.ptp(x, axis=axes, out=out, keepdims=keepdims)}: {@code max - min} written into out
     * (exactly the result's shape; null: a new tensor, as {@link #ptp(Tensor, int[], boolean)}) and
     * returned. As NumPy's {@code subtract(maximum.reduce(x, out=out), minimum.reduce(x), out=out)}:
     * the maximum is reduced into out (each line's first element stored in out's type first, the
     * extreme cast unsafely: uint8 [200, 100, 7] into an int8 out gives 100 - 7 = 93), then the
     * difference is computed in the type out and x promote to and must cast to out under same_kind
     * (a float x needs a float out; bool x is fine with a numeric out). NaN propagates.
     *
     * <pre>{@code
     * ptp(array(new long[][] {{100, -20, 7}, {3, 5, -90}}), new int[] {1}, zeros(new long[] {2}, DType.INT8), false)
     * // [120 95]
     * }</pre>
     *
     * @throws IllegalArgumentException for out of another shape, read-only or on another backend,
     *                                  an out the difference cannot cast to under same_kind (NumPy's
     *                                  UFuncTypeError), bool x with a bool out, or an empty reduction
     */
    public static Tensor ptp(Tensor x, int[] axes, Tensor out, boolean keepdims) {
        return Statistics.ptp(x, axes, keepdims, out);
    }

    /** The mean of all elements ({@code np.average(x)}); see {@link #mean(Tensor)}. */
    public static Tensor average(Tensor x) {
        return Statistics.average(x, null, null, false);
    }

    /** The mean along one axis ({@code np.average(x, axis)}). */
    public static Tensor average(Tensor x, int axis) {
        return Statistics.average(x, null, new int[] {axis}, false);
    }

    /**
     * The weighted mean of all elements ({@code np.average(x, weights=w)}), {@code sum(x·w) / sum(w)};
     * w has x's shape. The type is {@code result_type(x, w)}, at least float64 for integer or bool x.
     *
     * <pre>{@code
     * average(array(new double[] {1, 2, 3}), array(new double[] {3, 1, 0}))   // 1.25
     * }</pre>
     *
     * @throws IllegalArgumentException when the shapes differ, or the weights sum to zero (NumPy:
     *                                  ZeroDivisionError)
     */
    public static Tensor average(Tensor x, Tensor weights) {
        return Statistics.average(x, Objects.requireNonNull(weights, "average: weights is null"), null, false);
    }

    /**
     * The weighted mean along {@code axis} ({@code np.average(x, axis, weights=w)}): w has x's
     * shape or is 1-d with the axis' length.
     *
     * @throws IllegalArgumentException when w has neither shape, or its sum along the axis is zero somewhere
     */
    public static Tensor average(Tensor x, Tensor weights, int axis) {
        return Statistics.average(x, Objects.requireNonNull(weights, "average: weights is null"), new int[] {axis},
                false);
    }

    /**
     * {@code np.average(x, axes, weights, keepdims=keepdims)}: weights null for the plain mean, else
     * of x's shape or of the shape of x's axes in the order given (NumPy's rule); axes null for all.
     *
     * @throws IllegalArgumentException for an axis out of range or repeated, weights of another
     *                                  shape (without axes: any other shape), or weights summing to zero
     */
    public static Tensor average(Tensor x, Tensor weights, int[] axes, boolean keepdims) {
        return Statistics.average(x, weights, axes, keepdims);
    }

    /**
     * {@code np.average(x, weights=w, returned=True)}: {@code [avg, sumOfWeights]}, the
     * {@link #average(Tensor, Tensor)} of all elements and {@code sum(w)} in avg's dtype. Weights
     * null: the plain mean and the number of elements (x.size as a float of avg's dtype).
     *
     * <pre>{@code
     * averageReturned(array(new double[] {1, 2, 3}), array(new double[] {3, 1, 0}))   // [1.25, 4.0]
     * }</pre>
     *
     * @throws IllegalArgumentException as {@link #average(Tensor, Tensor)}
     */
    public static Tensor[] averageReturned(Tensor x, Tensor weights) {
        return Statistics.averageReturned(x, weights, null, false);
    }

    /**
     * {@code np.average(x, axis, weights=w, returned=True)}: {@code [avg, sumOfWeights]} along
     * {@code axis}, the sum of the weights broadcast to avg's shape in its dtype (1-d weights of
     * the axis' length give the same sum for every line). Weights null: the plain mean and the
     * axis' length.
     *
     * <pre>{@code
     * averageReturned(array(new long[] {1, 2, 3, 4}, 2, 2), array(new double[] {1, 3}), 1)
     * // [[1.75 3.75], [4. 4.]]
     * }</pre>
     *
     * @throws IllegalArgumentException as {@link #average(Tensor, Tensor, int)}
     */
    public static Tensor[] averageReturned(Tensor x, Tensor weights, int axis) {
        return Statistics.averageReturned(x, weights, new int[] {axis}, false);
    }

    /**
     * {@code np.average(x, axes, weights, keepdims=keepdims, returned=True)}: {@code [avg,
     * sumOfWeights]}, avg as {@link #average(Tensor, Tensor, int[], boolean)} and the sum of the
     * weights over the axes broadcast to avg's shape, in avg's dtype (NumPy's {@code scl}); weights
     * null: the number of elements averaged into each ({@code x.size / avg.size}); axes null for
     * all. Without weights an empty avg comes with an empty sum, where NumPy raises
     * ZeroDivisionError (as it does for average).
     *
     * @throws IllegalArgumentException as {@link #average(Tensor, Tensor, int[], boolean)}, among
     *                                  them weights summing to zero (NumPy: ZeroDivisionError)
     */
    public static Tensor[] averageReturned(Tensor x, Tensor weights, int[] axes, boolean keepdims) {
        return Statistics.averageReturned(x, weights, axes, keepdims);
    }

    /**
     * NumPy's full {@code np.average(x, axis=axes, weights=weights, returned=returned,
     * keepdims=keepdims)} as a pair: {@link Average#average()} as
     * {@link #average(Tensor, Tensor, int[], boolean)} and, with {@code returned}, the sum of the
     * weights as {@link #averageReturned(Tensor, Tensor, int[], boolean)} (null without it).
     *
     * <pre>{@code
     * average(array(new double[] {1, 2, 3}), null, array(new double[] {3, 1, 0}), true, false)
     * // Average[average=1.25, sumOfWeights=4.0]
     * }</pre>
     *
     * @throws IllegalArgumentException as {@link #averageReturned(Tensor, Tensor, int[], boolean)}
     */
    public static Average average(Tensor x, int[] axes, Tensor weights, boolean returned, boolean keepdims) {
        if (!returned) {
            return new Average(Statistics.average(x, weights, axes, keepdims), null);
        }
        Tensor[] pair = Statistics.averageReturned(x, weights, axes, keepdims);
        return new Average(pair[0], pair[1]);
    }

    // ---- softmax family -------------------------------------------------------------------------------

    /**
     * {@code exp(x) / sum(exp(x))} along {@code axis} ({@code scipy.special.softmax}), computed
     * after subtracting the maximum so logits of ±1000 give finite results. The result type is
     * scipy's (np.exp's): int32, int64 and bool give float64, int8 and uint8 float16, int16 and
     * uint16 float32 (as logSoftmax; logSumExp gives float64 for every integer type, as scipy).
     * float16 (and int8/uint8) is computed in float32 on a converted copy and rounded once to float16
     * (as are logSoftmax and logSumExp). scipy subtracts the row maximum in the integer type, so an
     * int8 row spanning more than 127 wraps there; jtensor subtracts in the floating type (a
     * deviation: the mathematically right result).
     */
    public static Tensor softmax(Tensor x, int axis) {
        return Reductions.rowwise(RowOp.SOFTMAX, x, axis);
    }

    /** {@code x - logSumExp(x)} along {@code axis}, computed stably ({@code scipy.special.log_softmax}). */
    public static Tensor logSoftmax(Tensor x, int axis) {
        return Reductions.rowwise(RowOp.LOG_SOFTMAX, x, axis);
    }

    /** {@code log(sum(exp(x)))} over all axes, computed stably ({@code scipy.special.logsumexp}); -Inf for empty input. */
    public static Tensor logSumExp(Tensor x) {
        return Reductions.logSumExp(x, null, false);
    }

    /** {@code log(sum(exp(x)))} over {@code axes} (null: all), computed stably. */
    public static Tensor logSumExp(Tensor x, int[] axes, boolean keepdims) {
        return Reductions.logSumExp(x, axes, keepdims);
    }

    // ---- linear algebra -------------------------------------------------------------------------------

    /**
     * {@code np.dot}: the inner product of 1-d tensors, the matrix product of 2-d ones,
     * matrix-vector for 2-d and 1-d, multiply for 0-d, and for N-d the sum over the last axis of
     * a and the second-to-last of b. Float16 products are accumulated in float32 and rounded once,
     * as NumPy's (BLAS-less) half loops; see {@link #matmul}.
     */
    public static Tensor dot(Tensor a, Tensor b) {
        return LinearAlgebra.dot(a, b);
    }

    /**
     * {@code np.dot(a, b, out=out)}: as {@link #dot(Tensor, Tensor)}, written into out and returned.
     * As NumPy, out must be exactly what dot returns: the result's type and shape, C-contiguous
     * (NumPy's out requirement; no cast, no broadcast).
     *
     * <pre>{@code
     * dot(a, b, c)   // c, a float64 (n, m) tensor, holds a @ b
     * }</pre>
     *
     * @throws IllegalArgumentException for an out of another type or shape, non-contiguous or read-only
     */
    public static Tensor dot(Tensor a, Tensor b, Tensor out) {
        return LinearAlgebra.dot(a, b, out);
    }

    /**
     * {@code np.matmul} ({@code a @ b}): batched over leading dimensions, which broadcast; a 1-d
     * operand is treated as a row (left) or column (right) vector and its dimension removed.
     * Float16 operands (both float16, or float16 with bool) give float16: NumPy has no BLAS for
     * half and accumulates each dot product in float32, rounding it once; jtensor multiplies
     * float32 copies on the operands' backend and rounds once, equal up to the order of the float32
     * additions. A float16 result past 65504 is Inf.
     */
    public static Tensor matmul(Tensor a, Tensor b) {
        return LinearAlgebra.matmul(a, b);
    }

    /**
     * {@code np.matmul(a, b, out=out)} ({@code a @ b} into out): out follows NumPy's ufunc rules,
     * the product broadcasting to out's shape (a (2, 2) product fills an out of shape (1, 2, 2))
     * and casting to its type under same_kind (float64 into float32 yes, into int64 no). The
     * product is computed first and copied, so out may overlap a or b.
     *
     * @throws IllegalArgumentException when the product does not broadcast to out's shape or cast
     *                                  to its type, or out is read-only
     */
    public static Tensor matmul(Tensor a, Tensor b, Tensor out) {
        return LinearAlgebra.matmul(a, b, out);
    }

    /** {@code np.outer}: {@code a.ravel()[:, None] * b.ravel()[None, :]}. */
    public static Tensor outer(Tensor a, Tensor b) {
        return LinearAlgebra.outer(a, b);
    }

    /**
     * {@code np.outer(a, b, out=out)}: {@code multiply(ravel(a)[:, None], ravel(b)[None, :], out=out)},
     * so out follows {@code multiply}'s rules (the (a.size, b.size) product broadcasts to out's
     * shape and casts to its type under same_kind).
     */
    public static Tensor outer(Tensor a, Tensor b, Tensor out) {
        return LinearAlgebra.outer(a, b, out);
    }

    // ---- diagonals and tensor contractions --------------------------------------------------------

    /**
     * {@code np.diagonal(x)}: the main diagonal of the first two axes, {@code diagonal(x, 0, 0, 1)}.
     *
     * @throws IllegalArgumentException for a tensor of fewer than 2 dimensions
     * @see #diagonal(Tensor, long, int, int)
     */
    public static Tensor diagonal(Tensor x) {
        return Diagonals.diagonal("diagonal", x, 0, 0, 1, true);
    }

    /**
     * {@code np.diagonal(x, offset, axis1, axis2)}: the elements {@code x[..., i, ..., i + offset, ...]}
     * of axes axis1 and axis2 (offset &gt; 0 above the main diagonal, &lt; 0 below), as a <b>view</b>
     * of x: both axes are removed and the diagonal is appended as the last axis. Same dtype as x;
     * an offset beyond the matrix gives an empty diagonal. The view is <b>read-only</b>, as NumPy's
     * ({@link Tensor#isReadOnly()}: {@code copyto}, {@code out=} and the other writes refuse it);
     * {@code copy()} of it is writable, and {@link #fillDiagonal} writes a matrix's diagonal in place.
     *
     * <pre>{@code
     * diagonal(arange(6).reshape(2, 3), 1, 0, 1)   // [1 5]
     * }</pre>
     *
     * @throws IllegalArgumentException for a tensor of fewer than 2 dimensions, an axis out of
     *                                  range or axis1 equal to axis2
     */
    public static Tensor diagonal(Tensor x, long offset, int axis1, int axis2) {
        return Diagonals.diagonal("diagonal", x, offset, axis1, axis2, true);
    }

    /**
     * {@code np.trace(x)}: the sum of the main diagonal of the first two axes,
     * {@code trace(x, 0, 0, 1)}.
     *
     * @see #trace(Tensor, long, int, int)
     */
    public static Tensor trace(Tensor x) {
        return Diagonals.trace(x, 0, 0, 1);
    }

    /**
     * {@code np.trace(x, offset, axis1, axis2)}: {@code sum(diagonal(x, offset, axis1, axis2), -1)},
     * so a 2-d x gives a 0-d tensor and more axes give the traces over the others. The result type
     * is {@code np.sum}'s: bool and int32 give int64, floats keep their type; an empty diagonal sums
     * to 0. Floating sums are accurate to the summation's usual bound (a few eps times the sum of |x|).
     *
     * <pre>{@code
     * trace(arange(9).reshape(3, 3))          // 12 (int64)
     * trace(arange(9).reshape(3, 3), -1, 0, 1) // 3 + 7 = 10
     * }</pre>
     *
     * @throws IllegalArgumentException for a tensor of fewer than 2 dimensions, an axis out of
     *                                  range or axis1 equal to axis2
     */
    public static Tensor trace(Tensor x, long offset, int axis1, int axis2) {
        return Diagonals.trace(x, offset, axis1, axis2);
    }

    /**
     * {@code np.trace(x, offset, axis1, axis2, dtype=dtype, out=out)}: the diagonal summed as
     * {@link #sum(Tensor, int[], boolean, DType, Tensor)} sums, in dtype (integers wrap: a diagonal
     * of three int8 100s is 44 with dtype int8) and written into out (exactly the result's shape,
     * any type, cast unsafely); either may be null.
     *
     * <pre>{@code
     * trace(arange(8.0).reshape(2, 2, 2), 0, 1, 2, null, out)   // out (int32, shape (2)) becomes [3 11]
     * }</pre>
     *
     * @throws IllegalArgumentException as {@link #trace(Tensor, long, int, int)}, or for out of another shape
     */
    public static Tensor trace(Tensor x, long offset, int axis1, int axis2, DType dtype, Tensor out) {
        return Diagonals.trace(x, offset, axis1, axis2, dtype, out);
    }

    /** {@code np.diag(v)}: {@code diag(v, 0)}. */
    public static Tensor diag(Tensor v) {
        return Diagonals.diag("diag", v, 0);
    }

    /**
     * {@code np.diag(v, k)}: for a 1-d v of length n, a new (n+|k|, n+|k|) matrix of v's dtype, zero
     * except for v on diagonal k; for a 2-d v, a <b>copy</b> of its diagonal k
     * ({@code diagonal(v, k, 0, 1)}).
     *
     * <pre>{@code
     * diag(array(new long[] {1, 2}), 1)   // [[0 1 0] [0 0 2] [0 0 0]]
     * }</pre>
     *
     * @throws IllegalArgumentException when v is not 1-d or 2-d
     */
    public static Tensor diag(Tensor v, long k) {
        return Diagonals.diag("diag", v, k);
    }

    /** {@code np.diagflat(v)}: {@code diagflat(v, 0)}. */
    public static Tensor diagflat(Tensor v) {
        return Diagonals.diagflat(v, 0);
    }

    /**
     * {@code np.diagflat(v, k)}: the flattened v (any number of dimensions) on diagonal k of a new
     * square zero matrix of v's dtype, {@code diag(v.ravel(), k)}.
     *
     * <pre>{@code
     * diagflat(array(new double[][] {{1, 2}, {3, 4}}))   // 4x4, 1 2 3 4 on the diagonal
     * }</pre>
     */
    public static Tensor diagflat(Tensor v, long k) {
        return Diagonals.diagflat(v, k);
    }

    /** {@code np.tensordot(a, b)}: {@code tensordot(a, b, 2)}, the last two axes of a with the first two of b. */
    public static Tensor tensordot(Tensor a, Tensor b) {
        return Contraction.tensordot(a, b, 2);
    }

    /**
     * {@code np.tensordot(a, b, axes)}: the sum of products over the last {@code axes} axes of a and
     * the first {@code axes} axes of b, in order; the result has a's remaining axes, then b's. 0 is
     * the outer product; a negative count, as in NumPy, sums over no axes. The result type is
     * {@code dot}'s: the promoted type, integers wrap in it, bool gives the logical or of ands.
     *
     * <pre>{@code
     * tensordot(ones(2, 3, 4), ones(3, 4, 5), 2).shape()   // [2, 5], every element 12
     * }</pre>
     *
     * @throws IllegalArgumentException when axes exceeds either operand's dimensions or the summed
     *                                  axes differ in size ("shape-mismatch for sum")
     */
    public static Tensor tensordot(Tensor a, Tensor b, int axes) {
        return Contraction.tensordot(a, b, axes);
    }

    /**
     * {@code np.tensordot(a, b, (axesA, axesB))}: the sum of products over axis {@code axesA[i]} of a
     * paired with axis {@code axesB[i]} of b (negative axes count from the end); the result has a's
     * other axes, then b's, each in their order. Result type as {@link #tensordot(Tensor, Tensor, int)}.
     *
     * <pre>{@code
     * tensordot(a, b, new int[] {1, 0}, new int[] {0, 1})   // sum over a[i, j, :] * b[j, i, :]
     * }</pre>
     *
     * @throws IllegalArgumentException for lists of different lengths, an axis out of range or
     *                                  repeated, or paired axes of different sizes
     */
    public static Tensor tensordot(Tensor a, Tensor b, int[] axesA, int[] axesB) {
        return Contraction.tensordot(a, b, axesA, axesB);
    }

    /**
     * {@code np.inner(a, b)}: the sum of products over the last axes of a and b; the result has
     * shape {@code a.shape[:-1] + b.shape[:-1]}. A 0-d operand multiplies instead. Result type as
     * {@code dot}'s (promoted; bool is logical).
     *
     * <pre>{@code
     * inner(array(new double[] {1, 2, 3}), array(new double[] {0, 1, 0}))   // 2.0
     * }</pre>
     *
     * @throws IllegalArgumentException when the last axes differ in size
     */
    public static Tensor inner(Tensor a, Tensor b) {
        return Contraction.inner(a, b);
    }

    /**
     * {@code np.vdot(a, b)}: the dot product of the flattened operands (C order), a 0-d tensor of
     * the promoted type (bool: logical). jtensor has no complex types, so there is nothing to
     * conjugate.
     *
     * @throws IllegalArgumentException when the operands have different sizes
     */
    public static Tensor vdot(Tensor a, Tensor b) {
        return Contraction.vdot(a, b);
    }

    /**
     * {@code np.kron(a, b)}: the Kronecker product, a block tensor whose block i is
     * {@code a[i] * b}; the operand with fewer dimensions is padded with leading 1s, and each axis of
     * the result is the product of the two. Result type as {@code multiply}'s (bool: logical and).
     *
     * <pre>{@code
     * kron(eye(2), ones(2, 2))   // 4x4 block diagonal of 2x2 ones
     * }</pre>
     */
    public static Tensor kron(Tensor a, Tensor b) {
        return Contraction.kron(a, b);
    }

    /** {@code np.cross(a, b)}: the cross product of the vectors along the last axes, {@code cross(a, b, -1, -1, -1)}. */
    public static Tensor cross(Tensor a, Tensor b) {
        return Contraction.cross(a, b, -1, -1, -1);
    }

    /** {@code np.cross(a, b, axis=axis)}: the vectors along {@code axis} of a, b and the result. */
    public static Tensor cross(Tensor a, Tensor b, int axis) {
        return Contraction.cross(a, b, axis, axis, axis);
    }

    /**
     * {@code np.cross(a, b, axisa, axisb, axisc)}: the cross product of the vectors along axisa of
     * a and axisb of b (2 or 3 components each; a 2-vector's third is 0), broadcast over the other
     * axes and placed along axisc of the result. Two 2-vectors give the z component alone (no
     * vector axis, axisc unused), as NumPy (which deprecates 2-vectors). Result type as
     * {@code multiply}'s; bool with bool is refused, as NumPy's boolean subtract is.
     *
     * <pre>{@code
     * cross(array(new double[] {1, 0, 0}), array(new double[] {0, 1, 0}))   // [0. 0. 1.]
     * }</pre>
     *
     * @throws IllegalArgumentException for vector lengths other than 2 or 3, an axis out of range,
     *                                  other axes that do not broadcast, or two bool operands
     */
    public static Tensor cross(Tensor a, Tensor b, int axisa, int axisb, int axisc) {
        return Contraction.cross(a, b, axisa, axisb, axisc);
    }

    /**
     * {@code np.einsum(subscripts, *operands)}: the Einstein summation. Each comma-separated term
     * labels one operand's axes with letters; a label shared between terms multiplies along that
     * axis; a label repeated inside one term takes the diagonal ({@code "ii->i"}); a label absent from
     * the output is summed. Explicit mode names the output after {@code ->} ({@code "ij,jk->ik"}, or
     * {@code "ii->"} for a 0-d trace); implicit mode (no {@code ->}) outputs the labels that occur once
     * in all, in alphabetical order (upper case first), so {@code "ij,jk"} is matmul and {@code "ji"}
     * a transpose. {@code ...} stands for the axes without labels, which broadcast against the
     * other operands' {@code ...} and lead the implicit output; a label of size 1 broadcasts too.
     * Any number of operands is contracted pairwise, left to right, each pair as one (batched) matmul.
     *
     * <p>The result type is NumPy's result type of the operands, and sums stay in it: int32 sums
     * wrap in int32 (unlike {@code sum}), bool operands give the logical or of ands. One operand
     * none of whose labels is summed gives a view of it, as NumPy's einsum: {@code "ij->ji"},
     * {@code "ji"}, {@code "...ii->...i"} or {@code "iij->ji"} re-stride x (a repeated label walks
     * the diagonal), in x's dtype, writable unless x is read-only, so writes through it reach x;
     * any sum ({@code "ij->i"}, {@code "ii"}), a 0-d result (NumPy's scalar) or two or more
     * operands give a new tensor. The optimizing overload behaves alike. Floating sums are
     * accurate to matmul's bound (a few eps times the sum of the |products|). Float16 contracts as
     * float16 matmul does (float32 sums rounded once); NumPy's half einsum loops round some
     * partial sums to float16, so results may differ from NumPy's in the last float16 bits.
     *
     * <pre>{@code
     * einsum("ij,jk->ik", a, b)     // matmul(a, b)
     * einsum("ii", m)               // trace(m), in m's dtype
     * einsum("...ij->...ji", x)     // swap the last two axes (a view of x)
     * einsum("ii->i", m)            // m's diagonal, a writable view
     * einsum("bij,bjk->bik", p, q)  // batched matmul
     * }</pre>
     *
     * @throws IllegalArgumentException naming the subscripts and the operand shapes for a bad
     *                                  character or ellipsis, a term count other than the operand
     *                                  count, a term with more labels than its operand has axes (or
     *                                  fewer, without {@code ...}), a label whose sizes differ
     *                                  ("size of label 'j' for operand 1 (3) does not match previous
     *                                  terms (4)"), a label repeated in one term over axes of different
     *                                  sizes (also when the first is 0, where NumPy 2.4 reads past an
     *                                  empty operand), an output label repeated or absent from the inputs,
     *                                  or broadcast axes missing from an explicit output
     */
    public static Tensor einsum(String subscripts, Tensor... operands) {
        return Einsum.einsum(subscripts, operands);
    }

    /**
     * {@code np.einsum(subscripts, *operands, out=out)}: as {@link #einsum(String, Tensor...)}, the
     * result written into out and returned. out must have exactly the result's shape and a type
     * the result casts to safely (NumPy's default casting='safe': a float64 result into a float32
     * out is refused, an int8 one into int64 is fine). The result is computed first, so out may
     * overlap an operand.
     *
     * <pre>{@code
     * einsum("ij,jk->ik", new Tensor[] {a, b}, c)   // c = a @ b
     * }</pre>
     *
     * @throws IllegalArgumentException for out of another shape, a type the result does not cast to
     *                                  safely, a read-only out, and as {@link #einsum(String, Tensor...)}
     */
    public static Tensor einsum(String subscripts, Tensor[] operands, Tensor out) {
        return Einsum.einsumInto(subscripts, operands, out);
    }

    /** {@code np.linalg.norm(x)}: the 2-norm of all elements (Frobenius for a matrix). Integers give float64. */
    public static Tensor norm(Tensor x) {
        return LinearAlgebra.norm(x);
    }

    /**
     * {@code np.linalg.norm(x, ord, axis, keepdims)}. One axis (or a 1-d x with null axes): the
     * vector norm, ord = inf (max |x|), -inf, 0 (count of non-zeros), 1, 2 or any p. Two axes (or a
     * 2-d x): the matrix norm, ord = 1 (max column sum), -1, inf (max row sum), -inf, 2 (largest
     * singular value) or -2. Ord ±2 of a float16 x is refused (NumPy's SVD has no float16), and
     * ord -2 of empty matrices too (NumPy's zero-size minimum); ord 2 of empty ones gives 0.
     *
     * @throws IllegalArgumentException for an invalid ord or axes, a float16 x with matrix ord ±2,
     *                                  or matrix ord -2 of empty matrices
     */
    public static Tensor norm(Tensor x, double ord, int[] axes, boolean keepdims) {
        return LinearAlgebra.norm(x, ord, axes, keepdims);
    }

    /** {@code np.linalg.norm(x, ord)} for a 1-d or 2-d x. */
    public static Tensor norm(Tensor x, double ord) {
        return LinearAlgebra.norm(x, ord, null, false);
    }

    /**
     * {@code np.linalg.norm(x, 'fro' | 'nuc', axis, keepdims)}: Frobenius or nuclear matrix norm
     * ('nuc' refuses float16, as NumPy's SVD).
     */
    public static Tensor norm(Tensor x, String ord, int[] axes, boolean keepdims) {
        return LinearAlgebra.norm(x, ord, axes, keepdims);
    }

    // ---- numpy.linalg: factorizations, computed on the host -------------------------------------------
    //
    // Everything below but matrixPower downloads its operand, computes in float64 on the host (LU with
    // partial pivoting, Cholesky, Householder QR, Jacobi eigen- and singular value decompositions) and
    // uploads the results to the operand's backend: a GPU user pays one download and one upload.
    // NumPy, too, computes float32 input in float64 and rounds the results once.

    /**
     * The inverse of a square matrix, or of each matrix in a stack ({@code np.linalg.inv}): a of
     * shape (..., M, M) gives (..., M, M) with {@code a @ inv(a)} the identity.
     *
     * <pre>{@code
     * Np.inv(Np.array(new double[] {4, 7, 2, 6}, 2, 2));   // [[0.6, -0.7], [-0.2, 0.4]]
     * }</pre>
     *
     * <p>float32 gives float32 (computed in float64, rounded once, as NumPy does); every other type
     * gives float64. Computed on the host by LU factorization with partial pivoting, in float64: backward stable, so
     * the error is about cond(a)·eps·|inv(a)|. An (0, 0) matrix gives an (0, 0) result. Float16 is
     * refused, as by NumPy ("array type float16 is unsupported in linalg"), and so by every
     * decomposition, solve, lstsq, pinv, cond, matrixRank, eig, polyfit and roots.
     *
     * <p>Non-finite entries go through the LU arithmetic as in LAPACK's getrf (an infinity as the
     * largest pivot candidate). Which results a NaN entry makes NaN is unspecified, here as in
     * NumPy: it depends on the BLAS's pivot search, which jtensor does as the reference BLAS's
     * idamax (a NaN first candidate is kept), where OpenBLAS's, in NumPy's wheels, passes over a NaN
     * ({@code inv([[nan, 2], [1, 3]])} is all NaN here, only its first row NaN in NumPy 2.4 with
     * OpenBLAS 0.3.31). The same holds for {@link #solve}, {@link #det}, {@link #slogdet},
     * {@link #tensorinv}, {@link #tensorsolve}, {@link #matrixPower} with n &lt; 0 and {@link #cond}
     * with p other than ±2.
     *
     * @throws LinAlgException          when a matrix is singular (an exactly zero pivot, as LAPACK),
     *                                  naming the shape and the matrix's index in the stack
     * @throws IllegalArgumentException when a is not at least 2-d or its last two dimensions differ,
     *                                  or a is float16
     */
    public static Tensor inv(Tensor a) {
        return HostLinearAlgebra.inv("inv", a);
    }

    /**
     * The solution x of {@code a @ x = b} ({@code np.linalg.solve}), with NumPy 2's shape rule: a is
     * (..., M, M); b is a vector only when it is 1-d, shape (M,), giving x of shape (..., M);
     * otherwise b is (..., M, K), its leading dimensions broadcast with a's, giving (..., M, K).
     *
     * <pre>{@code
     * Tensor a = Np.array(new double[] {3, 1, 1, 2}, 2, 2);
     * Np.solve(a, Np.array(new double[] {9, 8}));           // [2.0, 3.0]
     * }</pre>
     *
     * <p>float32 when both a and b are float32, otherwise float64 (computed in float64, rounded
     * once). Host-computed by LU with partial pivoting: error about cond(a)·eps·|x|.
     *
     * @throws LinAlgException          when a matrix of a is singular
     * @throws IllegalArgumentException when a is not a stack of square matrices, b's shape does not
     *                                  match a's, the batch dimensions do not broadcast, or a and b
     *                                  live on different backends
     */
    public static Tensor solve(Tensor a, Tensor b) {
        return HostLinearAlgebra.solve("solve", a, b);
    }

    /**
     * The determinant of a square matrix, or of each matrix in a stack ({@code np.linalg.det}): a
     * of shape (..., M, M) gives shape (...). A singular matrix gives 0.0 (no error); an (0, 0)
     * matrix gives 1.0. For large matrices the determinant easily overflows or underflows: use
     * {@link #slogdet}. A matrix holding NaN gives NaN; one with an exactly zero LU pivot +0.0 even
     * where an infinite entry would make the pivots' product NaN (NumPy's sign 0 · exp(-inf)).
     *
     * <pre>{@code
     * Np.det(Np.array(new double[] {1, 2, 3, 4}, 2, 2));    // -2.0
     * }</pre>
     *
     * <p>float32 gives float32, every other type float64. Host-computed in float64 as the product of
     * the LU pivots: relative error about M·cond(a)·eps.
     *
     * @throws IllegalArgumentException when a is not at least 2-d or its last two dimensions differ
     */
    public static Tensor det(Tensor a) {
        return HostLinearAlgebra.det(a);
    }

    /**
     * Sign and natural logarithm of the absolute determinant ({@code np.linalg.slogdet}), as
     * {@code {sign, logabsdet}}, each of shape (...) for a of shape (..., M, M); det = sign ·
     * exp(logabsdet) without overflow. A singular matrix gives {0.0, -inf}; an (0, 0) one {1.0, 0.0}.
     * As NumPy's, the sign is the permutation's flipped by each negative pivot, so a NaN pivot gives
     * {±1.0, NaN} ({@code slogdet([[nan]])} is {1.0, nan}); which pivots a NaN reaches depends on
     * the pivot search (see {@link #inv}).
     *
     * <pre>{@code
     * Tensor[] sl = Np.slogdet(Np.array(new double[] {1, 2, 3, 4}, 2, 2));  // {-1.0, log(2)}
     * }</pre>
     *
     * <p>float32 gives float32, every other type float64. Host-computed in float64 from the LU
     * pivots (the sign includes the row permutation's): logabsdet within about M·cond(a)·eps.
     *
     * @throws IllegalArgumentException when a is not at least 2-d or its last two dimensions differ
     */
    public static Tensor[] slogdet(Tensor a) {
        return HostLinearAlgebra.slogdet(a);
    }

    /**
     * a raised to the integer power n by repeated matrix products ({@code np.linalg.matrix_power}),
     * for a of shape (..., M, M). n = 0 gives the identity in a's type; n &gt; 0 multiplies by
     * binary decomposition with {@link #matmul} on a's backend (integer types stay integer and wrap
     * as matmul does); n &lt; 0 raises {@link #inv}(a) (host-computed, float64 or float32) to -n.
     * Always a new tensor (NumPy returns a itself for n = 1).
     *
     * <pre>{@code
     * Np.matrixPower(Np.array(new long[] {1, 1, 1, 0}, 2, 2), 10);   // [[89, 55], [55, 34]] (Fibonacci)
     * }</pre>
     *
     * <p>Accuracy: that of about log2(n) matmuls, each within a few ULP or eps·k·max(|a|@|b|).
     *
     * @throws LinAlgException          when n &lt; 0 and a matrix is singular
     * @throws IllegalArgumentException when a is not at least 2-d or its last two dimensions differ
     */
    public static Tensor matrixPower(Tensor a, long n) {
        return HostLinearAlgebra.matrixPower(a, n);
    }

    /**
     * The rank of a matrix, or of each matrix in a stack ({@code np.linalg.matrix_rank}): the number
     * of singular values above tol = S.max() · max(M, N) · eps, with eps of the float type (float32's
     * for float32 input, float64's otherwise). An int64 tensor of shape (...); a 0-d or 1-d a gives
     * a 0-d int64, 1 unless every element is zero (NumPy returns a Python int there).
     *
     * <pre>{@code
     * Np.matrixRank(Np.array(new double[] {1, 2, 2, 4}, 2, 2));   // 1
     * }</pre>
     *
     * <p>Singular values host-computed in float64 by one-sided Jacobi.
     */
    public static Tensor matrixRank(Tensor a) {
        return HostLinearAlgebra.matrixRank(a, null);
    }

    /**
     * {@code np.linalg.matrix_rank(a, tol)}: the number of singular values greater than the
     * absolute threshold {@code tol}, as {@link #matrixRank(Tensor)} otherwise.
     */
    public static Tensor matrixRank(Tensor a, double tol) {
        return HostLinearAlgebra.matrixRank(a, tol);
    }

    /**
     * {@code np.linalg.matrix_rank(A, tol, hermitian, rtol=rtol)} with NumPy 2's keywords: the number
     * of singular values greater than tol (absolute), or than rtol · S.max() (relative), or, both
     * null, than NumPy's default S.max() · max(M, N) · eps. With {@code hermitian} the singular
     * values are the absolute eigenvalues of a symmetric a (only its lower triangle read, as
     * {@link #eigvalsh}), which must then be square.
     *
     * <pre>{@code
     * Tensor a = Np.array(new double[] {1, 2, 2, 4.001}, 2, 2);     // s ~ [5.0, 0.0002]
     * Np.matrixRank(a, null, 1e-3, false);                          // 1 (0.0002 <= 1e-3 * 5.0)
     * Np.matrixRank(a, null, null, true);                           // 2
     * }</pre>
     *
     * <p>A float32 a compares float32 singular values with a tol or rtol · S.max() computed in
     * float64, as NumPy's float64 tolerance array does; a NaN tolerance counts nothing. A 0-d or 1-d
     * a gives 1 unless every element is zero, whatever the keywords (once checked).
     *
     * @throws IllegalArgumentException when tol and rtol are both given (NumPy's "`tol` and `rtol`
     *                                  can't be both set"), a is float16, or with hermitian a is not
     *                                  a stack of square matrices
     */
    public static Tensor matrixRank(Tensor a, Double tol, Double rtol, boolean hermitian) {
        return HostLinearAlgebra.matrixRank(a, tol, rtol, hermitian);
    }

    /**
     * The lower-triangular Cholesky factor L with {@code L @ L.T == a} of a symmetric
     * positive-definite matrix, or of each one in a stack ({@code np.linalg.cholesky}). Only the
     * lower triangle of a is read (the upper one is assumed to mirror it), as NumPy's LAPACK call;
     * the result is zero above the diagonal.
     *
     * <pre>{@code
     * Np.cholesky(Np.array(new double[] {4, 2, 2, 5}, 2, 2));   // [[2, 0], [1, 2]]
     * }</pre>
     *
     * <p>float32 gives float32, every other type float64. Host-computed in float64: backward stable,
     * error about M·cond(a)·eps·|L|.
     *
     * @throws LinAlgException          when a matrix is not positive definite (a non-positive or NaN
     *                                  pivot), naming its index in the stack
     * @throws IllegalArgumentException when a is not at least 2-d or its last two dimensions differ
     */
    public static Tensor cholesky(Tensor a) {
        return HostLinearAlgebra.cholesky(a, false);
    }

    /**
     * {@code np.linalg.cholesky(a, upper=upper)} (NumPy 2): with upper, the upper-triangular U with
     * {@code U.T @ U == a}, read from a's upper triangle only (the lower one is assumed to mirror
     * it), zero below the diagonal; otherwise {@link #cholesky(Tensor)}. U is L's transpose for a
     * symmetric a.
     *
     * <pre>{@code
     * Np.cholesky(Np.array(new double[] {4, 2, 99, 5}, 2, 2), true);   // [[2, 1], [0, 2]] (99 not read)
     * }</pre>
     *
     * @throws LinAlgException          when a matrix is not positive definite (a non-positive or NaN
     *                                  pivot), naming its index in the stack and the triangle read
     * @throws IllegalArgumentException when a is not at least 2-d, its last two dimensions differ, or a is float16
     */
    public static Tensor cholesky(Tensor a, boolean upper) {
        return HostLinearAlgebra.cholesky(a, upper);
    }

    /**
     * The reduced QR factorization ({@code np.linalg.qr(a, mode='reduced')}) as {@code {q, r}}: for a
     * of shape (..., M, N) and K = min(M, N), q is (..., M, K) with orthonormal columns and r is
     * (..., K, N) upper triangular, {@code q @ r == a}. The reflectors are LAPACK's ({@code dgeqrf}'s
     * {@code dlarfg}: r[j][j] = -sign(a's pivot) · the column's norm, no reflection where the column
     * is already zero below the diagonal), so q and r are NumPy's to rounding, signs included,
     * except where a diagonal entry of r is at roundoff level (its sign is then noise in both).
     *
     * <pre>{@code
     * Tensor[] qr = Np.qr(Np.array(new double[] {3, 1, 4, 2}, 2, 2));   // |r[0][0]| == 5
     * }</pre>
     *
     * <p>float32 gives float32, every other type float64. Host-computed by Householder reflections in
     * float64: q @ r within a few eps·‖a‖ of a, q orthonormal to a few eps.
     *
     * @throws IllegalArgumentException when a is not at least 2-d
     */
    public static Tensor[] qr(Tensor a) {
        return HostLinearAlgebra.qr(a, "reduced");
    }

    /**
     * {@code np.linalg.qr(a, mode)} for a of shape (..., M, N), K = min(M, N):
     * <ul>
     * <li>"reduced": {@code {q, r}}, q (..., M, K), r (..., K, N), as {@link #qr(Tensor)};</li>
     * <li>"complete": {@code {q, r}}, q (..., M, M) orthogonal, r (..., M, N) upper triangular (for
     *     M &gt; N its last M - N rows are zero and q's last M - N columns complete the reduced q);</li>
     * <li>"r": the one-element {@code {r}}, r (..., K, N) (NumPy returns r alone);</li>
     * <li>"raw": {@code {h, tau}}, LAPACK's {@code dgeqrf} output as NumPy returns it: h (..., N, M)
     *     is the compact form transposed (r on and below h's diagonal, the reflectors' vectors v
     *     above it, v's leading 1 implied), tau (..., K) the reflectors' scalars, so that
     *     q = (I - tau[0] v0 v0<sup>T</sup>) ... (I - tau[K-1] v v<sup>T</sup>).</li>
     * </ul>
     *
     * <pre>{@code
     * Tensor a = Np.array(new double[] {3, 0, 4, 5}, 2, 2);
     * Np.qr(a, "r")[0];          // [[-5, -4], [0, 3]]
     * Np.qr(a, "raw");           // h = [[-5, 0.5], [-4, 3]], tau = [1.6, 0]
     * }</pre>
     *
     * <p>Every output is NumPy's to rounding (see {@link #qr(Tensor)}), h's vectors and tau included:
     * the reflectors follow LAPACK's {@code dlarfg} (tau = 0 for a column already zero below the
     * diagonal and for the last row). float32 gives float32, every other type float64; empty
     * matrices give NumPy's shapes ("complete" of (3, 0) gives the 3 x 3 identity as q). NumPy's
     * deprecated modes "full"/"f" and "economic"/"e" are refused.
     *
     * @throws IllegalArgumentException for any other mode (NumPy: "Unrecognized mode"), checked
     *                                  before a; when a is not at least 2-d or is float16
     */
    public static Tensor[] qr(Tensor a, String mode) {
        return HostLinearAlgebra.qr(a, mode);
    }

    /**
     * Eigenvalues and eigenvectors of a real symmetric matrix, or of each one in a stack
     * ({@code np.linalg.eigh}, UPLO='L'), as {@code {w, v}}: w (..., M) ascending, v (..., M, M)
     * with the normalized eigenvector of w[i] in column i, {@code a @ v == v * w}. Only the lower
     * triangle of a is read. Each eigenvector's sign (and, for repeated eigenvalues, the basis of
     * the eigenspace) is not normalized and may differ from NumPy's.
     *
     * <pre>{@code
     * Tensor[] wv = Np.eigh(Np.array(new double[] {2, 1, 1, 2}, 2, 2));   // w = [1, 3]
     * }</pre>
     *
     * <p>float32 gives float32, every other type float64. Host-computed by cyclic Jacobi rotations in
     * float64: eigenvalues within a few M·eps·‖a‖<sub>2</sub>, eigenvectors orthonormal to a few eps.
     *
     * @throws IllegalArgumentException when a is not at least 2-d or its last two dimensions differ
     */
    public static Tensor[] eigh(Tensor a) {
        return HostLinearAlgebra.eigh("eigh", a, true);
    }

    /**
     * The eigenvalues, ascending, of a real symmetric matrix or stack ({@code np.linalg.eigvalsh},
     * UPLO='L'): shape (..., M), as {@link #eigh}'s first result.
     */
    public static Tensor eigvalsh(Tensor a) {
        return HostLinearAlgebra.eigh("eigvalsh", a, false)[0];
    }

    /**
     * {@code np.linalg.eigh(a, UPLO)}: UPLO "L" reads only a's lower triangle (as
     * {@link #eigh(Tensor)}), "U" only its upper one; NumPy upper-cases UPLO, so "l" and "u" are
     * accepted too.
     *
     * <pre>{@code
     * Tensor a = Np.array(new double[] {2, 1, 99, 2}, 2, 2);
     * Np.eigh(a, "U")[0];    // [1, 3] (99 not read); Np.eigh(a, "L") reads 99 instead
     * }</pre>
     *
     * @throws IllegalArgumentException for any other UPLO ("UPLO argument must be 'L' or 'U'"),
     *                                  checked before a, or as {@link #eigh(Tensor)}
     */
    public static Tensor[] eigh(Tensor a, String uplo) {
        return HostLinearAlgebra.eigh("eigh", a, true, uplo);
    }

    /** {@code np.linalg.eigvalsh(a, UPLO)}: {@link #eigh(Tensor, String)}'s eigenvalues. */
    public static Tensor eigvalsh(Tensor a, String uplo) {
        return HostLinearAlgebra.eigh("eigvalsh", a, false, uplo)[0];
    }

    /**
     * The reduced singular value decomposition ({@code np.linalg.svd(a, full_matrices=False)}) as
     * {@code {u, s, vh}}: for a of shape (..., M, N) and K = min(M, N), u (..., M, K) and vh
     * (..., K, N) with orthonormal columns and rows, s (..., K) the singular values, largest first,
     * and {@code u @ diag(s) @ vh == a}. The signs of singular vector pairs (and the basis for
     * repeated singular values) are not normalized and may differ from NumPy's; u's columns for
     * zero singular values (also those at roundoff level, whose direction is noise) are completed to
     * an orthonormal set. NumPy's default is full_matrices=True: see {@link #svd(Tensor, boolean, boolean)}.
     *
     * <pre>{@code
     * Tensor[] usv = Np.svd(Np.array(new double[] {3, 0, 0, -4}, 2, 2));   // s = [4, 3]
     * }</pre>
     *
     * <p>float32 gives float32, every other type float64. Host-computed by one-sided Jacobi in
     * float64: singular values within a few eps·s.max (small ones to high relative accuracy).
     *
     * @throws IllegalArgumentException when a is not at least 2-d
     */
    public static Tensor[] svd(Tensor a) {
        return HostLinearAlgebra.svd("svd", a, true);
    }

    /**
     * {@code np.linalg.svd(a, full_matrices=False, compute_uv)}: {@code {u, s, vh}} as
     * {@link #svd(Tensor)} when computeUv, otherwise the one-element {@code {s}}.
     */
    public static Tensor[] svd(Tensor a, boolean computeUv) {
        return HostLinearAlgebra.svd("svd", a, computeUv);
    }

    /**
     * {@code np.linalg.svd(a, full_matrices, compute_uv)}: with fullMatrices, u is (..., M, M) and
     * vh (..., N, N), their columns and rows beyond the K-th an orthonormal completion (which one
     * is unspecified, as in NumPy: LAPACK's is some orthonormal basis of the complement); otherwise
     * as {@link #svd(Tensor)}. Without computeUv the one-element {@code {s}} (fullMatrices ignored).
     *
     * <pre>{@code
     * Tensor[] usv = Np.svd(Np.ones(3, 2), true, true);   // u 3x3, s = [2.449, 0], vh 2x2
     * }</pre>
     *
     * <p>Empty matrices give NumPy's shapes, the completed factor an identity: a of shape (3, 0)
     * gives u = eye(3), s and vh empty.
     *
     * @throws IllegalArgumentException when a is not at least 2-d or is float16
     */
    public static Tensor[] svd(Tensor a, boolean fullMatrices, boolean computeUv) {
        return HostLinearAlgebra.svd("svd", a, fullMatrices, computeUv, false);
    }

    /**
     * {@code np.linalg.svd(a, full_matrices, compute_uv, hermitian)}: with hermitian, a symmetric
     * a's SVD from its eigen decomposition (only the lower triangle read, as {@link #eigh(Tensor)}):
     * s = |w| sorted descending, u the eigenvectors in that order and vh = (u · sign(w))<sup>T</sup>,
     * so u's columns are NumPy's to sign and vh's rows carry the sign of their eigenvalue relative
     * to u's (vh = u.T where w &gt;= 0). fullMatrices is ignored then (u and vh are square), as NumPy
     * ignores it. Equal |w| (e.g. w = ±1) keep eigh's order reversed, as NumPy's argsort does for
     * up to 16 values; beyond that NumPy's order of ties is unspecified.
     *
     * <pre>{@code
     * Np.svd(Np.array(new double[] {1, 2, 2, -3}, 2, 2), false, false, true)[0];   // [3.828, 1.828]
     * }</pre>
     *
     * @throws IllegalArgumentException when hermitian and a is not a stack of square matrices, or as
     *                                  {@link #svd(Tensor, boolean, boolean)}
     */
    public static Tensor[] svd(Tensor a, boolean fullMatrices, boolean computeUv, boolean hermitian) {
        return HostLinearAlgebra.svd("svd", a, fullMatrices, computeUv, hermitian);
    }

    /**
     * The singular values, largest first ({@code np.linalg.svdvals}): shape (..., min(M, N)) for a
     * of shape (..., M, N); host-computed as {@link #svd(Tensor)}'s s.
     */
    public static Tensor svdvals(Tensor a) {
        return HostLinearAlgebra.svd("svdvals", a, false)[0];
    }

    /**
     * The Moore-Penrose pseudo-inverse ({@code np.linalg.pinv(a)}, NumPy's default rcond 1e-15):
     * shape (..., N, M) for a of shape (..., M, N), from the SVD with singular values at most
     * rcond · s.max treated as zero.
     *
     * <pre>{@code
     * Np.pinv(Np.array(new double[] {1, 2, 2, 4}, 2, 2));   // [[0.04, 0.08], [0.08, 0.16]]
     * }</pre>
     *
     * <p>float32 gives float32, every other type float64. Host-computed in float64 by one-sided
     * Jacobi SVD: error about cond(a)·eps·|pinv(a)| for the kept singular values. (NumPy rounds the
     * SVD to float32 before its products, so float32 results differ from NumPy's by a few float32 ULP.)
     * An empty stack gives an empty result of that same type (float16 refused), where NumPy returns
     * an empty array of a's own type, unchecked.
     *
     * @throws IllegalArgumentException when a is not at least 2-d
     */
    public static Tensor pinv(Tensor a) {
        return HostLinearAlgebra.pinv(a, 1e-15);
    }

    /**
     * {@code np.linalg.pinv(a, rcond)}: as {@link #pinv(Tensor)} with singular values at most
     * {@code rcond * s.max} (of each matrix) treated as zero.
     *
     * @throws IllegalArgumentException when rcond is negative or NaN
     */
    public static Tensor pinv(Tensor a, double rcond) {
        return HostLinearAlgebra.pinv(a, rcond);
    }

    /**
     * {@code np.linalg.pinv(a, rcond, hermitian)}: with hermitian, the pseudo-inverse of a symmetric
     * a from its eigen decomposition (only the lower triangle read, see
     * {@link #svd(Tensor, boolean, boolean, boolean)}), a then a stack of square matrices (empty ones
     * of any shape pass, as NumPy returns before its SVD); singular values at most rcond · s.max are
     * dropped.
     *
     * <pre>{@code
     * Np.pinv(Np.array(new double[] {2, 0, 0, 0}, 2, 2), 1e-15, true);   // [[0.5, 0], [0, 0]]
     * }</pre>
     *
     * @throws IllegalArgumentException when rcond is negative or NaN (NumPy does not check), or as
     *                                  {@link #pinv(Tensor)}; with hermitian when a is not square
     */
    public static Tensor pinv(Tensor a, double rcond, boolean hermitian) {
        return HostLinearAlgebra.pinv(a, (Double) rcond, hermitian, false);
    }

    /**
     * NumPy 2's {@code np.linalg.pinv(a, hermitian=hermitian, rtol=rtol)}: as
     * {@link #pinv(Tensor, double, boolean)} with rtol in rcond's place, and rtol null meaning
     * NumPy's {@code rtol=None}: max(M, N) · eps of a's type (float32's for float32, float64's for
     * float64), where {@code pinv(a)} keeps NumPy's 1e-15. NumPy's error for rcond and rtol both set
     * cannot arise: each overload takes one of them.
     *
     * <pre>{@code
     * Tensor a = Np.array(new double[] {1, 0, 0, 1e-17}, 2, 2);
     * Np.pinvRtol(a, null, false);    // [[1, 0], [0, 0]]: 1e-17 <= 2 * 2.2e-16 * 1
     * }</pre>
     *
     * @throws IllegalArgumentException when rtol is null and a is an integer or bool tensor (it has
     *                                  no eps: NumPy's finfo raises "data type ... not inexact"),
     *                                  rtol is negative or NaN, or as {@link #pinv(Tensor, double, boolean)}
     */
    public static Tensor pinvRtol(Tensor a, Double rtol, boolean hermitian) {
        return HostLinearAlgebra.pinv(a, rtol, hermitian, true);
    }

    /**
     * {@code np.linalg.pinv(a, hermitian=hermitian, rtol=rtol)} under NumPy's own names: the same as
     * {@link #pinvRtol(Tensor, Double, boolean)}; rtol null is NumPy's {@code rtol=None}, max(M, N)
     * times the eps of a's type. (rcond and rtol together, NumPy's ValueError, cannot be written:
     * {@link #pinv(Tensor, double, boolean)} takes rcond.)
     *
     * <pre>{@code
     * Np.pinv(Np.array(new double[] {1, 0, 0, 1e-17}, 2, 2), false, null);   // [[1, 0], [0, 0]]
     * }</pre>
     *
     * @throws IllegalArgumentException as {@link #pinvRtol(Tensor, Double, boolean)}
     */
    public static Tensor pinv(Tensor a, boolean hermitian, Double rtol) {
        return HostLinearAlgebra.pinv(a, rtol, hermitian, true);
    }

    /**
     * The least-squares solution of {@code a @ x = b} ({@code np.linalg.lstsq(a, b)}, NumPy 2's default
     * rcond = eps · max(M, N)) as {@code {x, residuals, rank, s}}: for a of shape (M, N) (one matrix;
     * NumPy's lstsq takes no stacks) and b of shape (M,) or (M, K), x (N,) or (N, K) is the
     * minimum-norm minimizer of ‖b - a x‖<sub>2</sub>; residuals the squared residual norm of each
     * column of b, shape (1,) or (K,), when a has full rank N and M &gt; N, else shape (0,);
     * rank a 0-d int32 (singular values above rcond · s.max); s a's singular values, largest first.
     *
     * <pre>{@code
     * Tensor a = Np.array(new double[] {1, 1, 1, 2, 1, 3}, 3, 2);
     * Tensor[] fit = Np.lstsq(a, Np.array(new double[] {1, 2, 2}));   // x = [0.667, 0.5]
     * }</pre>
     *
     * <p>float32 when both a and b are float32, otherwise float64 (computed in float64, rounded
     * once). Host-computed through a one-sided Jacobi SVD in float64 (NumPy: LAPACK's gelsd): x
     * within about cond(a)²·eps·|x| + cond(a)·eps·|b|.
     *
     * @throws IllegalArgumentException when a is not 2-d, b is not 1-d or 2-d with a's row count, or
     *                                  a and b live on different backends
     */
    public static Tensor[] lstsq(Tensor a, Tensor b) {
        return HostLinearAlgebra.lstsq(a, b, null);
    }

    /**
     * {@code np.linalg.lstsq(a, b, rcond)}: as {@link #lstsq(Tensor, Tensor)} with singular values at
     * most {@code rcond * s.max} treated as zero.
     *
     * @throws IllegalArgumentException when rcond is negative or NaN
     */
    public static Tensor[] lstsq(Tensor a, Tensor b, double rcond) {
        return HostLinearAlgebra.lstsq(a, b, rcond);
    }

    /**
     * The 2-norm condition number of a matrix, or of each matrix in a stack ({@code np.linalg.cond(x)}):
     * the largest singular value over the smallest, for any (..., M, N) x.
     *
     * <pre>{@code
     * Np.cond(Np.array(new double[] {1, 0, 0, 1e-3}, 2, 2));   // 1000.0
     * }</pre>
     *
     * <p>float32 gives float32, every other type float64; a stack gives one value per matrix. A
     * singular matrix gives a huge value or +inf (the ratio of host-computed singular values: within
     * about cond(x)·max(M, N)·eps relative to NumPy's); a matrix holding NaN gives NaN.
     *
     * @throws LinAlgException          when x is empty in its last two dimensions
     * @throws IllegalArgumentException when x is not at least 2-d
     */
    public static Tensor cond(Tensor x) {
        return ConditionNumber.cond(x, (Double) null);
    }

    /**
     * {@code np.linalg.cond(x, p)} for p = 2 or -2 (the singular-value ratio, -2 its inverse) or 1,
     * -1, inf, -inf ({@code norm(x, p) · norm(inv(x), p)} with the inverse computed in float64, as
     * NumPy's; then x must be a stack of square matrices). A singular matrix without NaN gives +inf.
     *
     * @throws IllegalArgumentException for any other p ("invalid ord"), or a non-square x with p
     *                                  other than ±2
     */
    public static Tensor cond(Tensor x, double p) {
        return ConditionNumber.cond(x, p);
    }

    /**
     * {@code np.linalg.cond(x, 'fro' | 'nuc')}: {@code norm(x, p) · norm(inv(x), p)} for a stack of
     * square matrices, +inf for a singular one.
     */
    public static Tensor cond(Tensor x, String p) {
        return ConditionNumber.cond(x, p);
    }

    /**
     * The product of a chain of matrices in the cheapest order ({@code np.linalg.multi_dot}): the
     * first array may be 1-d (a row vector) and the last 1-d (a column vector); the others must be
     * 2-d. Two arrays give {@code dot(a, b)}.
     *
     * <pre>{@code
     * Np.multiDot(a, b, c, d);   // ((a @ b) @ c) @ d or whichever order multiplies least
     * }</pre>
     *
     * <p>The order is NumPy's (its cost formula for three matrices, its dynamic program for more),
     * so the products and their rounding follow NumPy's; each product is a matmul on the operands'
     * backend. The result is 2-d, 1-d when one end is a vector, 0-d when both are.
     *
     * @throws LinAlgException          when an inner array is not 2-d
     * @throws IllegalArgumentException when fewer than 2 arrays are given, the shapes do not chain,
     *                                  or the arrays live on different backends
     */
    public static Tensor multiDot(Tensor... arrays) {
        return MatrixChain.multiDot(arrays);
    }

    /**
     * {@code np.linalg.multi_dot(arrays, out=out)}: {@link #multiDot(Tensor...)} written into out,
     * which must be C-contiguous and of the result's type and shape exactly (NumPy's dot rule: no
     * casting); returns out. Deviation: for three or more arrays with a 1-d end NumPy wants out in the
     * 2-d shape of the product before its ends are dropped (and returns a raveled view of it); here
     * out has the result's shape, as for two arrays.
     *
     * @throws IllegalArgumentException for an out of another type, shape or layout (NumPy's "output
     *                                  array is not acceptable"), or as {@link #multiDot(Tensor...)}
     */
    public static Tensor multiDot(Tensor[] arrays, Tensor out) {
        return MatrixChain.multiDot(arrays, out);
    }

    // ---- numpy.fft helpers (jtensor has no complex types, so no transforms) --------------------------

    /** {@code np.fft.fftfreq(n)}: {@link #fftfreq(long, double)} with sample spacing 1. */
    public static Tensor fftfreq(long n) {
        return fftfreq(n, 1.0);
    }

    /**
     * The sample frequencies of an n-point DFT with sample spacing d ({@code np.fft.fftfreq(n, d)}):
     * {@code [0, 1, ..., (n-1)/2, -(n/2), ..., -1] * (1 / (n*d))}, float64, each integer multiplied
     * by 1/(n·d) as NumPy does (so bit for bit NumPy's). An infinite d gives zeros (negative ones
     * -0.0), a NaN d NaNs.
     *
     * <pre>{@code
     * fftfreq(8, 0.1)   // [ 0.    1.25  2.5   3.75 -5.   -3.75 -2.5  -1.25]
     * }</pre>
     *
     * @throws IllegalArgumentException for n &lt; 0, or n·d equal to 0 (NumPy's ZeroDivisionError)
     */
    public static Tensor fftfreq(long n, double d) {
        return FourierFrequencies.fftfreq(currentBackend(), n, d);
    }

    /** {@code np.fft.rfftfreq(n)}: {@link #rfftfreq(long, double)} with sample spacing 1. */
    public static Tensor rfftfreq(long n) {
        return rfftfreq(n, 1.0);
    }

    /**
     * The sample frequencies of a real n-point DFT ({@code np.fft.rfftfreq(n, d)}): {@code [0, 1,
     * ..., n/2] * (1 / (n*d))}, n/2 + 1 float64 values, as NumPy computes them (a negative n gives
     * an empty tensor, as NumPy's does).
     *
     * <pre>{@code
     * rfftfreq(9, 0.5)   // [0.         0.22222222 0.44444444 0.66666667 0.88888889]
     * }</pre>
     *
     * @throws IllegalArgumentException for n·d equal to 0 (NumPy's ZeroDivisionError)
     */
    public static Tensor rfftfreq(long n, double d) {
        return FourierFrequencies.rfftfreq(currentBackend(), n, d);
    }

    /**
     * x with the zero-frequency term moved to the centre ({@code np.fft.fftshift(x)}): rolled by
     * {@code shape[a] / 2} along every axis; a new tensor of x's type. A 0-d x gives a copy, where
     * NumPy raises ValueError (its roll gets no axes).
     *
     * <pre>{@code
     * fftshift(fftfreq(5))   // [-0.4 -0.2  0.   0.2  0.4]
     * }</pre>
     */
    public static Tensor fftshift(Tensor x) {
        return FourierFrequencies.shift("fftshift", x, null, false);
    }

    /**
     * {@code np.fft.fftshift(x, axes)}: rolled by {@code shape[a] / 2} along each listed axis only
     * (negative counts from the end; a repeated axis is rolled once per mention, as NumPy's roll).
     *
     * @throws IllegalArgumentException for an axis out of range (NumPy's IndexError)
     */
    public static Tensor fftshift(Tensor x, int... axes) {
        return FourierFrequencies.shift("fftshift", x, Objects.requireNonNull(axes, "fftshift: axes is null"), false);
    }

    /**
     * The inverse of {@link #fftshift(Tensor)} ({@code np.fft.ifftshift(x)}): rolled by {@code
     * -(shape[a] / 2)} along every axis, which undoes fftshift also for odd lengths.
     *
     * <pre>{@code
     * ifftshift(fftshift(x))   // x's values again
     * }</pre>
     */
    public static Tensor ifftshift(Tensor x) {
        return FourierFrequencies.shift("ifftshift", x, null, true);
    }

    /** {@code np.fft.ifftshift(x, axes)}: the inverse of {@link #fftshift(Tensor, int...)} for the same axes. */
    public static Tensor ifftshift(Tensor x, int... axes) {
        return FourierFrequencies.shift("ifftshift", x, Objects.requireNonNull(axes, "ifftshift: axes is null"), true);
    }

    /**
     * The inverse of a tensor with respect to {@code tensordot(·, ·, ind)}
     * ({@code np.linalg.tensorinv(a, ind)}): a is read as a matrix of prod(shape[:ind]) rows and
     * prod(shape[ind:]) columns, inverted on the host (see {@link #inv}), and given the shape
     * {@code shape[ind:] + shape[:ind]}.
     *
     * <pre>{@code
     * Tensor a = Np.eye(24).reshape(4, 6, 8, 3);
     * Np.tensorinv(a, 2).shape();   // [8, 3, 4, 6]
     * }</pre>
     *
     * <p>As NumPy's, an ind above a.ndim() reads a as one row ({@code tensorinv([4.0], 2)} is
     * [0.25]), and an empty a is refused (NumPy's {@code reshape(prod, -1)} or its inv of a
     * non-square matrix refuses every size-0 tensor).
     *
     * @throws LinAlgException          when that matrix is not square or is singular, or a is empty
     * @throws IllegalArgumentException when ind is not positive
     */
    public static Tensor tensorinv(Tensor a, int ind) {
        return TensorEquations.tensorinv(a, ind);
    }

    /** {@code np.linalg.tensorinv(a)}: {@link #tensorinv(Tensor, int)} with ind = 2. */
    public static Tensor tensorinv(Tensor a) {
        return TensorEquations.tensorinv(a, 2);
    }

    /**
     * The x of {@code tensordot(a, x, x.ndim) == b} ({@code np.linalg.tensorsolve(a, b)}): x has
     * shape a.shape[b.ndim:], and a read as a matrix must be square. Solved on the host by LU (see
     * {@link #solve}); float64 unless a and b are both float32.
     *
     * @throws LinAlgException when prod(a.shape[b.ndim:]) != prod(a.shape[:b.ndim]) or the matrix is singular
     */
    public static Tensor tensorsolve(Tensor a, Tensor b) {
        return TensorEquations.tensorsolve(a, b, null);
    }

    /**
     * {@code np.linalg.tensorsolve(a, b, axes)}: the given axes of a are moved to its end (in that
     * order) before solving.
     */
    public static Tensor tensorsolve(Tensor a, Tensor b, int... axes) {
        return TensorEquations.tensorsolve(a, b, axes);
    }

    /**
     * The dot product of vectors along the last axis, the other axes broadcast
     * ({@code np.linalg.vecdot(a, b)}, NumPy 2's {@code np.vecdot}).
     *
     * <pre>{@code
     * Np.vecdot(Np.array(new double[] {1, 2, 3, 4, 5, 6}, 2, 3), Np.array(new double[] {1, 0, 1}));   // [4, 10]
     * }</pre>
     *
     * <p>The result type is NumPy's promotion of a and b: int32 sums wrap in int32, and two bools give
     * bool (true when some pair is true in both), as {@link #einsum} computes them.
     *
     * @throws IllegalArgumentException when a or b is 0-d, their lengths along the axis differ, the
     *                                  other axes do not broadcast, or they live on different backends
     */
    public static Tensor vecdot(Tensor a, Tensor b) {
        return LinearAlgebra.vecdot(a, b, -1);
    }

    /** {@code np.linalg.vecdot(a, b, axis=axis)}: the dot products along the given axis of each operand. */
    public static Tensor vecdot(Tensor a, Tensor b, int axis) {
        return LinearAlgebra.vecdot(a, b, axis);
    }

    /**
     * The last two axes swapped ({@code np.linalg.matrix_transpose}, NumPy 2's {@code np.matrix_transpose}):
     * a view of x, sharing its memory.
     *
     * @throws IllegalArgumentException when x is less than 2-d
     */
    public static Tensor matrixTranspose(Tensor x) {
        return LinearAlgebra.matrixTranspose(x);
    }

    /**
     * NumPy 2's {@code np.linalg.vector_norm(x)}: the 2-norm of all elements, whatever x's dimension.
     * Integers and bool give float64.
     */
    public static Tensor vectorNorm(Tensor x) {
        return LinearAlgebra.vectorNormOver(x, 2, null, false);
    }

    /**
     * NumPy 2's {@code np.linalg.vector_norm(x, axis=axes, keepdims=keepdims, ord=ord)}: the vector
     * norm of the elements over the given axes taken together (null: all), ord = inf (max |x|), -inf
     * (min |x|), 0 (count of non-zeros), 1, 2 or any p (sum(|x|^p)^(1/p)).
     *
     * @throws IllegalArgumentException when an axis is out of range or repeated, or the reduction of
     *                                  an empty selection has no identity (ord = ±inf)
     */
    public static Tensor vectorNorm(Tensor x, double ord, int[] axes, boolean keepdims) {
        return LinearAlgebra.vectorNormOver(x, ord, axes, keepdims);
    }

    /**
     * NumPy 2's {@code np.linalg.matrix_norm(x)}: the Frobenius norm of each matrix in the last two axes.
     *
     * @throws IllegalArgumentException when x is less than 2-d
     */
    public static Tensor matrixNorm(Tensor x) {
        return matrixNorm(x, "fro", false);
    }

    /**
     * NumPy 2's {@code np.linalg.matrix_norm(x, ord=ord, keepdims=keepdims)} over the last two axes,
     * ord = 1, -1, 2, -2, inf or -inf (see {@link #norm(Tensor, double, int[], boolean)}).
     */
    public static Tensor matrixNorm(Tensor x, double ord, boolean keepdims) {
        return LinearAlgebra.norm(x, ord, LinearAlgebra.matrixAxes(x), keepdims);
    }

    /** NumPy 2's {@code np.linalg.matrix_norm(x, ord='fro' | 'nuc', keepdims=keepdims)} over the last two axes. */
    public static Tensor matrixNorm(Tensor x, String ord, boolean keepdims) {
        Objects.requireNonNull(ord, "matrixNorm: ord is null");
        return LinearAlgebra.norm(x, ord, LinearAlgebra.matrixAxes(x), keepdims);
    }

    // ---- files: NumPy's .npy and .npz formats ---------------------------------------------------------

    /**
     * Reads a NumPy {@code .npy} file onto the current backend ({@code np.load}).
     *
     * <p>Reads every jtensor type (bool, int8, uint8, int16, uint16, int32, uint32, int64, float16 as
     * {@code '<f2'}/{@code '>f2'},
     * float32, float64; every bit kept, NaN payloads included) in either byte order and
     * format versions 1.0, 2.0 and 3.0. An array saved in Fortran order comes back as a
     * Fortran-ordered view, as in NumPy. The file must hold exactly one array.
     *
     * <pre>{@code
     * // python: np.save("x.npy", np.arange(6.0).reshape(2, 3))
     * Tensor x = Np.load(Path.of("x.npy"));    // [[0. 1. 2.] [3. 4. 5.]]
     * }</pre>
     *
     * @throws IOException when the file cannot be read, or is not an {@code .npy} file, is truncated
     *                     or corrupt, or holds a type jtensor lacks (uint8, int16, complex, object, ...);
     *                     the message says which
     */
    public static Tensor load(Path file) throws IOException {
        Objects.requireNonNull(file, "load: file is null");
        return NpyFormat.read(file, currentBackend());
    }

    /**
     * {@code np.load(file, mmap_mode=mmapMode)}: a {@code .npy} file whose data is the tensor's
     * memory on a backend that maps files (the CPU backend), so that only the pages touched are read:
     * <ul>
     * <li>{@code "r"} ({@code "readonly"}): read-only ({@link Tensor#isReadOnly()}; writes are refused
     * as NumPy's "assignment destination is read-only");</li>
     * <li>{@code "r+"} ({@code "readwrite"}): writes go to the file;</li>
     * <li>{@code "c"} ({@code "copyonwrite"}): writable, but writes stay in memory (a private
     * mapping);</li>
     * <li>null: {@link #load(Path)}.</li>
     * </ul>
     * A Fortran-ordered file comes back as a Fortran-ordered view, as in NumPy. Closing the tensor
     * (its last view) unmaps the file; the operating system writes "r+" pages back, so other readers
     * of the file see them at once. The file is used in place only when its bytes are jtensor's
     * layout: the platform's byte order, the data at a multiple of the element size (always so for
     * files NumPy writes), bools 0 or 1; otherwise "r" and "c" read a copy (read-only for "r") and
     * "r+" is refused with an {@code IOException} saying why. On a backend that cannot map files (OpenCL,
     * CUDA) the file is read into device memory as {@link #load(Path)} does, read-only for "r":
     * there "r+" writes do not reach the file.
     *
     * <pre>{@code
     * try (Tensor w = Np.load(Path.of("w.npy"), "r")) {   // python: np.load("w.npy", mmap_mode="r")
     *     Tensor row = w.slice(0, 0, 1, 1);                   // reads one row's pages
     * }
     * }</pre>
     *
     * @throws IllegalArgumentException for a mode other than NumPy's ('r', 'c', 'r+', 'w+' and their
     *                                  long names), and for "w+" ({@code "write"}), which in NumPy
     *                                  truncates the file and then fails: use {@link #openMemmap}
     * @throws IOException              as {@link #load(Path)}, or when "r+" cannot map the file
     */
    public static Tensor load(Path file, String mmapMode) throws IOException {
        return MappedNpy.load(file, mmapMode, currentBackend());
    }

    /**
     * {@code np.lib.format.open_memmap(file, mode, dtype, shape, fortran_order)}: with mode
     * {@code "w+"} ({@code "write"}) creates (or replaces) {@code file} as a zero-filled {@code .npy}
     * array of dtype and shape (format 1.0, the platform's byte order, Fortran order when asked and
     * the shape has two or more axes) and maps it for writing, as {@link #load(Path, String)} maps
     * with "r+"; with "r", "r+" or "c" opens an existing file as {@link #load(Path, String)} does and
     * ignores dtype, shape and fortranOrder, as NumPy. On a backend that cannot map files the result
     * is a zero-filled tensor in device memory and later writes do not reach the file.
     *
     * <pre>{@code
     * try (Tensor m = Np.openMemmap(Path.of("out.npy"), "w+", DType.FLOAT32, new long[] {2, 2}, false)) {
     *     Np.copyto(m, 5.0);                                // out.npy now holds 5s
     * }
     * }</pre>
     *
     * @throws IllegalArgumentException for an unknown mode, or "w+" without dtype or shape, or a
     *                                  negative dimension
     * @throws IOException              when the file cannot be created, read or mapped
     */
    public static Tensor openMemmap(Path file, String mode, DType dtype, long[] shape, boolean fortranOrder)
            throws IOException {
        return MappedNpy.openMemmap(file, mode, dtype, shape, fortranOrder, currentBackend());
    }

    /**
     * Writes {@code x} to {@code file} in NumPy's {@code .npy} format ({@code np.save}; no
     * {@code .npy} suffix is added): format version 1.0 (2.0 if the header outgrows 64 KiB), the
     * platform's byte order, C order (Fortran order for a Fortran-contiguous view, as NumPy does).
     * Replaces an existing file.
     *
     * <pre>{@code
     * Np.save(Path.of("s.npy"), sigmoid(x));    // python: np.load("s.npy")
     * }</pre>
     *
     * @throws IOException when the file cannot be written
     */
    public static void save(Path file, Tensor x) throws IOException {
        Objects.requireNonNull(file, "save: file is null");
        Objects.requireNonNull(x, "save: tensor is null");
        x.checkOpen("save");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            NpyFormat.write(x, out, "save");
        }
    }

    /**
     * Writes several tensors to one uncompressed NumPy {@code .npz} archive ({@code np.savez(file, **tensors)}),
     * one {@code KEY.npy} member per entry in the map's iteration order. Replaces an existing file.
     *
     * <pre>{@code
     * Np.savez(Path.of("model.npz"), Map.of("w", w, "b", b));   // python: np.load("model.npz")["w"]
     * }</pre>
     *
     * @throws IOException when the file cannot be written
     */
    public static void savez(Path file, Map<String, Tensor> tensors) throws IOException {
        Objects.requireNonNull(file, "savez: file is null");
        NpzArchive.write(file, tensors, false);
    }

    /**
     * Reads every array of a NumPy {@code .npz} archive ({@code np.savez} or
     * {@code np.savez_compressed}) onto the current backend, keyed by name (the member name without
     * {@code .npy}) in archive order. Each member is read as {@link #load(Path)} reads a file, and its
     * CRC-32 is checked. Close the tensors when done.
     *
     * <pre>{@code
     * Map<String, Tensor> arrays = Np.loadNpz(Path.of("model.npz"));
     * Tensor w = arrays.get("w");
     * }</pre>
     *
     * @throws IOException when the file is not a valid archive, a member is not a readable
     *                     {@code .npy} array, or the data is corrupt; the message names the member
     */
    public static Map<String, Tensor> loadNpz(Path file) throws IOException {
        Objects.requireNonNull(file, "loadNpz: file is null");
        return NpzArchive.read(file, currentBackend());
    }

    // ---------------------------------------------------------------------------------------------
    // set routines, partition, pad, interp

    /**
     * {@code np.isin(element, testElements)}: a bool tensor of element's shape, true where the
     * element equals some test element (testElements is flattened). Values compare as
     * {@code equal} does, in the promoted type ({@code DType.promote}; int64 2^53+1 is found among
     * float64 2^53, as in NumPy): NaN is never found, -0.0 finds 0.0.
     *
     * <pre>{@code
     * isin(array(new long[] {1, 2, 3, 4}), array(new double[] {2, 4.5, 1}))   // [true true false false]
     * }</pre>
     *
     * @throws IllegalArgumentException when the tensors are on different backends
     */
    public static Tensor isin(Tensor element, Tensor testElements) {
        return SetOps.isin(element, testElements, false);
    }

    /**
     * {@code np.isin(element, testElements, invert=invert)}: with {@code invert} true, true where
     * the element equals no test element ({@code logicalNot(isin(element, testElements))}, so a
     * NaN element gives true). See {@link #isin(Tensor, Tensor)}.
     */
    public static Tensor isin(Tensor element, Tensor testElements, boolean invert) {
        return SetOps.isin(element, testElements, invert);
    }

    /**
     * {@code np.isin(element, testElements, invert=invert, kind=kind)}: NumPy's {@code kind} picks
     * its method, "sort" or "table" (a lookup table over the range of integer test elements),
     * null letting it choose; the result is the same for every kind, and jtensor computes it one
     * way (a sort and a binary search) whichever is given, checking only what NumPy refuses.
     *
     * <pre>{@code
     * isin(array(new long[] {1, 5}), array(new long[] {5, 7}), false, "table")   // [false true]
     * }</pre>
     *
     * @throws IllegalArgumentException for another kind, or "table" when either tensor is not
     *                                  integer or bool (NumPy's ValueError), even when empty
     */
    public static Tensor isin(Tensor element, Tensor testElements, boolean invert, String kind) {
        return SetOps.isin(element, testElements, invert, kind);
    }

    /**
     * {@code np.isin(element, testElements, assume_unique=assumeUnique, invert=invert, kind=kind)}:
     * NumPy's {@code assume_unique} lets it skip making both inputs unique; jtensor's search needs
     * no unique inputs, so the flag changes nothing and the result is that of
     * {@link #isin(Tensor, Tensor, boolean, String)}. Deviation: with repeated elements and
     * assumeUnique true NumPy's sorting path can answer wrongly
     * ({@code np.isin([1., 1., 5.], np.arange(2., 100.), assume_unique=True)} is
     * {@code [True, False, True]}); jtensor always gives the true membership ({@code [false false true]}).
     *
     * <pre>{@code
     * isin(array(new long[] {3, 1, 2}), array(new long[] {2, 5}), true, false, null)   // [false false true]
     * }</pre>
     *
     * @throws IllegalArgumentException as {@link #isin(Tensor, Tensor, boolean, String)}
     */
    public static Tensor isin(Tensor element, Tensor testElements, boolean assumeUnique, boolean invert, String kind) {
        return SetOps.isin(element, testElements, invert, kind);
    }

    /**
     * {@code np.intersect1d(a, b)}: the sorted distinct values found in both (flattened) a and b, a
     * 1-d tensor of their promoted type ({@code DType.promote}). NaN equals nothing, so it is never
     * in the result; -0.0 and 0.0 are one value, written as it is in a.
     *
     * <pre>{@code
     * intersect1d(array(new long[] {3, 1, 3, 2}), array(new long[] {2, 3, 5}))   // [2 3]
     * }</pre>
     *
     * @throws IllegalArgumentException when the tensors are on different backends
     */
    public static Tensor intersect1d(Tensor a, Tensor b) {
        return SetOps.intersect1d(a, b);
    }

    /**
     * {@code np.intersect1d(a, b, assume_unique=assumeUnique)}: with assumeUnique true a and b are
     * taken as they are (flattened, not made unique first: faster, and as NumPy, a value repeated
     * within a may then show up in the result).
     *
     * <pre>{@code
     * intersect1d(array(new long[] {3, 1, 2}), array(new long[] {2, 3, 5}), true)   // [2 3]
     * }</pre>
     */
    public static Tensor intersect1d(Tensor a, Tensor b, boolean assumeUnique) {
        return SetOps.intersect1d(a, b, assumeUnique, false)[0];
    }

    /**
     * {@code np.intersect1d(a, b, assume_unique, return_indices)}: {@code {values}} or, with
     * returnIndices, {@code {values, indicesInA, indicesInB}}, the int64 flat positions of each
     * common value in a and in b: the first occurrence (NumPy's {@code unique(return_index=True)}),
     * or with assumeUnique the position the stable sort saw.
     *
     * <pre>{@code
     * Tensor[] r = intersect1d(array(new long[] {1, 3, 4, 3}), array(new long[] {3, 1, 2, 1}), false, true);
     * // r[0] = [1 3], r[1] = [0 1], r[2] = [1 0]
     * }</pre>
     *
     * @throws IllegalArgumentException when the tensors are on different backends
     */
    public static Tensor[] intersect1d(Tensor a, Tensor b, boolean assumeUnique, boolean returnIndices) {
        return SetOps.intersect1d(a, b, assumeUnique, returnIndices);
    }

    /**
     * {@code np.union1d(a, b)}: {@code unique} of a and b flattened together, a 1-d tensor of their
     * promoted type; all NaNs collapse into one, last (NumPy 2's {@code unique}).
     *
     * <pre>{@code
     * union1d(array(new long[] {3, 1}), array(new double[] {2, 1}))   // [1. 2. 3.]
     * }</pre>
     *
     * @throws IllegalArgumentException when the tensors are on different backends
     */
    public static Tensor union1d(Tensor a, Tensor b) {
        return SetOps.union1d(a, b);
    }

    /**
     * {@code np.setdiff1d(a, b)}: the sorted distinct values of a that are not in b, a 1-d tensor of
     * <em>a's</em> type (as NumPy: b only filters). Membership is {@link #isin(Tensor, Tensor)}'s,
     * so a NaN of a stays even when b holds NaN.
     *
     * <pre>{@code
     * setdiff1d(array(new long[] {5, 1, 3, 1}), array(new long[] {3}))   // [1 5]
     * }</pre>
     *
     * @throws IllegalArgumentException when the tensors are on different backends
     */
    public static Tensor setdiff1d(Tensor a, Tensor b) {
        return SetOps.setdiff1d(a, b, false);
    }

    /**
     * {@code np.setdiff1d(a, b, assume_unique=assumeUnique)}: with assumeUnique true the values of
     * the flattened a not in b <em>in a's order</em>, neither sorted nor made unique (as NumPy:
     * {@code setdiff1d([3, 1, 3], [1], True)} is [3 3]).
     */
    public static Tensor setdiff1d(Tensor a, Tensor b, boolean assumeUnique) {
        return SetOps.setdiff1d(a, b, assumeUnique);
    }

    /**
     * {@code np.setxor1d(a, b)}: the sorted distinct values in exactly one of a and b, a 1-d tensor
     * of their promoted type. As NumPy, a NaN in both a and b appears twice (NaN != NaN).
     *
     * <pre>{@code
     * setxor1d(array(new long[] {1, 2, 3}), array(new long[] {3, 4}))   // [1 2 4]
     * }</pre>
     *
     * @throws IllegalArgumentException when the tensors are on different backends
     */
    public static Tensor setxor1d(Tensor a, Tensor b) {
        return SetOps.setxor1d(a, b, false);
    }

    /**
     * {@code np.setxor1d(a, b, assume_unique=assumeUnique)}: with assumeUnique true a and b are
     * concatenated as they are (flattened), sorted, and the values without an equal neighbour
     * kept: a value repeated within a alone then drops out (NumPy's result for such input).
     */
    public static Tensor setxor1d(Tensor a, Tensor b, boolean assumeUnique) {
        return SetOps.setxor1d(a, b, assumeUnique);
    }

    /**
     * {@code np.partition(x, kth, axis)}: a copy of x in which, along the axis, the element at each
     * position k of {@code kth} is the one a sort would put there, no element before it is greater
     * and none after it is smaller (NaN counts as the largest). NumPy leaves the order inside the
     * parts unspecified; jtensor returns the stable sort ({@link #sort(Tensor, int)}), which
     * satisfies every kth at once, so do not rely on NumPy's (or this) order inside the parts.
     * Negative kth counts from the end. Any dtype; the result has x's type and shape.
     *
     * <pre>{@code
     * partition(array(new long[] {7, 1, 5, 3}), new int[] {1}, -1)   // [1 3 ...]: 3 at position 1
     * }</pre>
     *
     * @throws IllegalArgumentException for an axis out of range (also any axis of a 0-d x), or a
     *                                  kth outside {@code -n..n-1} for an axis of length n
     *                                  (NumPy's "kth(=k) out of bounds (n)"; as NumPy, no kth is
     *                                  checked when x is empty)
     */
    public static Tensor partition(Tensor x, int[] kth, int axis) {
        return Partitioning.partition(x, kth, axis);
    }

    /**
     * {@code np.partition(x, kth, axis, kind=kind)}: NumPy has one selection kind,
     * {@code "introselect"} (exactly, in lower case); the result is {@link #partition(Tensor, int[], int)}'s.
     *
     * @throws IllegalArgumentException for any other kind, null included (NumPy's ValueError
     *                                  "select kind must be 'introselect'", TypeError for None),
     *                                  checked first, or as {@link #partition(Tensor, int[], int)}
     */
    public static Tensor partition(Tensor x, int[] kth, int axis, String kind) {
        Partitioning.checkKind("partition", kind);
        return Partitioning.partition(x, kth, axis);
    }

    /**
     * {@code np.argpartition(x, kth, axis, kind=kind)}: kind as {@link #partition(Tensor, int[], int, String)}
     * checks it, then {@link #argpartition(Tensor, int[], int)}.
     *
     * @throws IllegalArgumentException as {@link #partition(Tensor, int[], int, String)}
     */
    public static Tensor argpartition(Tensor x, int[] kth, int axis, String kind) {
        Partitioning.checkKind("argpartition", kind);
        return Partitioning.argpartition(x, kth, axis);
    }

    /** {@code np.partition(x, kth)} along the last axis; see {@link #partition(Tensor, int[], int)}. */
    public static Tensor partition(Tensor x, int kth) {
        return Partitioning.partition(x, new int[] {kth}, -1);
    }

    /**
     * {@code np.argpartition(x, kth, axis)}: int64 positions along the axis that put x in
     * partitioned order (see {@link #partition(Tensor, int[], int)}); jtensor's are those of the
     * stable {@link #argsort(Tensor, int)}. A 0-d x answers as its 1-element ravel ({@code [0]}), as
     * NumPy's.
     *
     * <pre>{@code
     * argpartition(array(new double[] {7, 1, 5, 3}), new int[] {0}, -1)   // [1 ...]: the smallest first
     * }</pre>
     *
     * @throws IllegalArgumentException for an axis or kth out of range, as {@code partition}
     */
    public static Tensor argpartition(Tensor x, int[] kth, int axis) {
        return Partitioning.argpartition(x, kth, axis);
    }

    /** {@code np.argpartition(x, kth)} along the last axis; see {@link #argpartition(Tensor, int[], int)}. */
    public static Tensor argpartition(Tensor x, int kth) {
        return Partitioning.argpartition(x, new int[] {kth}, -1);
    }

    /**
     * {@code np.pad(x, padWidth, mode)}: a new tensor of x's type, each axis d extended by
     * {@code padWidth[d][0]} elements before and {@code padWidth[d][1]} after. {@code padWidth} has
     * one pair per axis or a single pair for all ({@code {{1, 2}}} is NumPy's {@code ((1, 2),)});
     * a pair {@code {w}} means {@code {w, w}}. Modes, as NumPy (with {@code x = [1 2 3]} and width 2):
     * {@code "constant"} zeros ({@code [0 0 1 2 3 0 0]}; see {@link #pad(Tensor, int[][], double)}),
     * {@code "edge"} ({@code [1 1 1 2 3 3 3]}), {@code "reflect"} about the edge ({@code [3 2 1 2 3 2 1]}),
     * {@code "symmetric"} including the edge ({@code [2 1 1 2 3 3 2]}) and {@code "wrap"}
     * ({@code [2 3 1 2 3 1 2]}). Pads wider than the axis repeat the reflection or wrap, exactly as
     * NumPy's; reflecting a length-1 axis repeats its element. The statistic modes {@code "maximum"},
     * {@code "minimum"}, {@code "mean"} and {@code "median"} fill each side with that statistic of the
     * whole axis ({@code [2 2 1 2 3 2 2]} for "mean"; see {@link #pad(Tensor, int[][], String, int[][])}
     * for a bounded region), axis after axis as NumPy's, rounded half to even for integer types (NaN
     * propagates). {@code "linear_ramp"} ramps from 0 to the edge ({@code [0 0.5 1 2 3 1.5 0]} for
     * float64; see {@link #pad(Tensor, int[][], String, double[][])} for other end values).
     * {@code reflect_type="odd"}: see {@link #pad(Tensor, int[][], String, String)}. Not supported:
     * {@code "empty"} (NumPy leaves the pad uninitialised).
     *
     * <pre>{@code
     * pad(image, new int[][] {{1, 1}, {2, 2}}, "reflect")   // np.pad(image, ((1, 1), (2, 2)), "reflect")
     * }</pre>
     *
     * @throws IllegalArgumentException for an unknown mode, a negative width, a padWidth with neither
     *                                  one pair nor one per axis, or a non-constant pad of an empty axis
     *                                  (NumPy's "can't extend empty axis")
     */
    public static Tensor pad(Tensor x, int[][] padWidth, String mode) {
        return Padding.pad(x, padWidth, mode, 0.0);
    }

    /**
     * {@code np.pad(x, padWidth, mode, stat_length=statLength)} for the statistic modes
     * {@code "maximum"}, {@code "minimum"}, {@code "mean"} and {@code "median"}: the statistic of at
     * most {@code statLength[d][0]} ({@code [d][1]}) original elements next to the pad before (after)
     * them along axis d; one pair per axis or one for all, {@code {n}} meaning {@code {n, n}}, lengths
     * beyond the axis clipped to it.
     *
     * <pre>{@code
     * pad(array(new long[] {1, 2, 3, 10}), new int[][] {{2}}, "mean", new int[][] {{2}})
     * // [2 2 1 2 3 10 6 6]   (mean of 1, 2 is 1.5, rounded half to even; of 3, 10 is 6.5)
     * }</pre>
     *
     * @throws IllegalArgumentException for another mode, a negative length, or a length of 0 for
     *                                  "maximum"/"minimum" (no value to take)
     */
    public static Tensor pad(Tensor x, int[][] padWidth, String mode, int[][] statLength) {
        Objects.requireNonNull(statLength, "pad: statLength is null");
        return Padding.pad(x, padWidth, mode, 0.0, statLength);
    }

    /**
     * {@code np.pad(x, padWidth, "linear_ramp", end_values=endValues)} (mode must be
     * {@code "linear_ramp"}): each pad is NumPy's
     * {@code linspace(end, edge, width, endpoint=False)} from the end value (outermost) towards the
     * edge value of x, axis after axis as NumPy's (later axes ramp between the earlier axes' pads).
     * {@code endValues} is one {@code {value}}, one {@code {before, after}} pair, or one value or
     * pair per axis. Computed as NumPy's: {@code end + i·(edge - end)/width}, or
     * {@code end + (i/width)·(edge - end)} when the step of any line is 0; in float64, except for a
     * float32 or float16 x with end values given per axis, where NumPy's end values are Python floats
     * and the ramp is float32 or float16 arithmetic (one value or one pair are float64 NumPy scalars). Integer x:
     * floored, then converted; bool x: non-zero is true. NaN and infinities propagate as in the
     * formula.
     *
     * <pre>{@code
     * pad(array(new double[] {1, 2, 3}), new int[][] {{2, 3}}, "linear_ramp", new double[][] {{5, 0}})
     * // [5 3 1 2 3 2 1 0]
     * }</pre>
     *
     * @throws IllegalArgumentException for a mode other than "linear_ramp", endValues with neither
     *                                  one value or pair nor one per axis, or a padded empty axis
     */
    public static Tensor pad(Tensor x, int[][] padWidth, String mode, double[][] endValues) {
        Objects.requireNonNull(mode, "pad: mode is null");
        if (!mode.equals("linear_ramp")) {
            throw new IllegalArgumentException("pad: endValues is only read by the mode \"linear_ramp\", not \""
                    + mode + "\"");
        }
        return Padding.linearRamp(x, padWidth, endValues);
    }

    /**
     * {@code np.pad(x, padWidth, mode, reflect_type=reflectType)} for mode {@code "reflect"} or
     * {@code "symmetric"}: {@code "even"} is {@link #pad(Tensor, int[][], String)}; {@code "odd"}
     * continues the trend through the edge, each padded value {@code 2·edge - mirrored value}
     * ({@code [1 2 3]} padded by 2: {@code [-1 0 1 2 3 4 5]} reflecting, {@code [0 1 1 2 3 3 4]}
     * symmetric). Pads wider than the axis go round after round as NumPy's, each round reflecting
     * about the value the last one reached, computed in x's type (integers wrap on overflow; a bool
     * x computes in int64 and stores non-zero as true); a length-1 axis repeats its element.
     *
     * <pre>{@code
     * pad(array(new double[] {1, 2, 4}), new int[][] {{2}}, "reflect", "odd")   // [-2 0 1 2 4 6 7]
     * }</pre>
     *
     * @throws IllegalArgumentException for another mode, or a reflectType other than "even" and
     *                                  "odd" (NumPy treats any other string as "even")
     */
    public static Tensor pad(Tensor x, int[][] padWidth, String mode, String reflectType) {
        Objects.requireNonNull(x, "pad: x is null");
        Objects.requireNonNull(padWidth, "pad: padWidth is null");
        Objects.requireNonNull(mode, "pad: mode is null");
        return Padding.pad(x, padWidth, mode, reflectType);
    }

    /**
     * {@code np.pad(x, padWidth, constant_values=value)}: mode {@code "constant"} with
     * {@code value} converted to x's type as {@code astype} converts (1.7 becomes 1 in an int32 x,
     * non-zero is true in a bool x). See {@link #pad(Tensor, int[][], String)}.
     */
    public static Tensor pad(Tensor x, int[][] padWidth, double value) {
        return Padding.pad(x, padWidth, "constant", value);
    }

    /** {@code np.pad(x, width, mode)}: {@code width} elements before and after every axis. */
    public static Tensor pad(Tensor x, int width, String mode) {
        return Padding.pad(x, new int[][] {{width}}, mode, 0.0);
    }

    /** {@code np.pad(x, width)}: {@code width} zeros before and after every axis. */
    public static Tensor pad(Tensor x, int width) {
        return Padding.pad(x, new int[][] {{width}}, "constant", 0.0);
    }

    /**
     * {@code np.interp(x, xp, fp)}: the piecewise-linear function through the points (xp[i], fp[i])
     * at each x, float64, of x's shape. xp must be increasing (not checked, as NumPy); below xp[0]
     * the result is fp[0], above xp[-1] fp[-1]. Computed with NumPy's formula
     * {@code slope * (x - xp[j]) + fp[j]} (fp[j] itself where x equals xp[j]), so equal to
     * NumPy's bit for bit. A NaN x gives NaN, except with a single sample point, where NumPy (and
     * jtensor) gives fp[0]. Any input dtype; everything is converted to float64.
     *
     * <pre>{@code
     * interp(array(new double[] {0, 1.5, 5}), array(new double[] {1, 2, 3}), array(new double[] {3, 2, 0}))
     * // [3.  2.5 0. ]
     * }</pre>
     *
     * @throws IllegalArgumentException when xp or fp is not 1-d, xp is empty, or their lengths differ
     */
    public static Tensor interp(Tensor x, Tensor xp, Tensor fp) {
        return Interpolation.interp(x, xp, fp, null, null);
    }

    /**
     * {@code np.interp(x, xp, fp, left, right)}: {@code left} below xp[0] and {@code right} above
     * xp[-1] (NaN allowed); see {@link #interp(Tensor, Tensor, Tensor)}.
     */
    public static Tensor interp(Tensor x, Tensor xp, Tensor fp, double left, double right) {
        return Interpolation.interp(x, xp, fp, left, right);
    }

    /**
     * {@code np.interp(x, xp, fp, left, right, period)}: {@code left}/{@code right} null mean fp[0]
     * and fp[-1]. With a {@code period} (not null) the coordinates are angular, as NumPy: x and xp
     * are taken modulo |period|, xp need not be sorted (it is, with fp), the curve wraps from the
     * last point to the first, and left and right are ignored.
     *
     * <pre>{@code
     * interp(array(new double[] {-180, 190}), array(new double[] {-170, 170}), array(new double[] {1, 2}),
     *         null, null, 360.0)   // [1.5 1. ]
     * }</pre>
     *
     * @throws IllegalArgumentException for a period of 0 (NumPy's ValueError), and as
     *                                  {@link #interp(Tensor, Tensor, Tensor)}
     */
    public static Tensor interp(Tensor x, Tensor xp, Tensor fp, Double left, Double right, Double period) {
        return period == null ? Interpolation.interp(x, xp, fp, left, right)
                : Interpolation.interpPeriodic(x, xp, fp, period);
    }

    /**
     * {@code np.nan_to_num(x)}: a copy of x with NaN replaced by 0.0, +Inf by the largest finite
     * value of x's type and -Inf by the most negative; x's type and shape. Integer and bool tensors
     * are copied unchanged.
     *
     * <pre>{@code
     * nanToNum(array(new double[] {Double.NaN, 1, Double.POSITIVE_INFINITY}))   // [0.0 1.0 1.7976931348623157e+308]
     * }</pre>
     */
    public static Tensor nanToNum(Tensor x) {
        return NonFinite.nanToNum(x, 0.0, null, null);
    }

    /**
     * {@code np.nan_to_num(x, nan=nan, posinf=posinf, neginf=neginf)}: the replacements are weak
     * scalars converted to x's type (so 1e300 becomes +Inf in a float32 x, as in NumPy). See
     * {@link #nanToNum(Tensor)}.
     */
    public static Tensor nanToNum(Tensor x, double nan, double posinf, double neginf) {
        return NonFinite.nanToNum(x, nan, posinf, neginf);
    }

    /**
     * {@code np.nan_to_num(x, copy=copy)}: with {@code copy=false} NaN becomes 0.0 and ±Inf the
     * largest finite values of x's type in x itself, and x is returned (an integer or bool x is
     * returned unchanged); with {@code copy=true} it is {@link #nanToNum(Tensor)}. A view writes
     * through to its base, as NumPy.
     *
     * <pre>{@code
     * Tensor x = array(new double[] {Double.NaN, 1});
     * nanToNum(x, false);   // x, now [0. 1.]
     * }</pre>
     *
     * @throws IllegalArgumentException with copy=false for a read-only float x (NumPy's ValueError
     *                                  "assignment destination is read-only")
     */
    public static Tensor nanToNum(Tensor x, boolean copy) {
        return copy ? NonFinite.nanToNum(x, 0.0, null, null) : NonFinite.nanToNumInPlace(x, 0.0, null, null);
    }

    /**
     * {@code np.nan_to_num(x, copy=copy, nan=nan, posinf=posinf, neginf=neginf)}: the replacements
     * of {@link #nanToNum(Tensor, double, double, double)}, written into x itself (and x returned)
     * when copy is false, as {@link #nanToNum(Tensor, boolean)}.
     *
     * @throws IllegalArgumentException as {@link #nanToNum(Tensor, boolean)}
     */
    public static Tensor nanToNum(Tensor x, boolean copy, double nan, double posinf, double neginf) {
        return copy ? NonFinite.nanToNum(x, nan, posinf, neginf) : NonFinite.nanToNumInPlace(x, nan, posinf, neginf);
    }

    /**
     * {@code np.array_equal(a, b)}: true when a and b have the same shape (no broadcasting) and
     * equal elements, compared in their promoted type; a NaN makes it false. Two empty tensors of
     * one shape are equal.
     *
     * <pre>{@code
     * arrayEqual(array(new long[] {1, 2}), array(new double[] {1, 2}))   // true
     * }</pre>
     */
    public static boolean arrayEqual(Tensor a, Tensor b) {
        return Equality.arrayEqual(a, b, false);
    }

    /**
     * {@code np.array_equal(a, b, equal_nan=equalNan)}: with {@code equalNan}, NaN in the same
     * position of two float tensors counts as equal. See {@link #arrayEqual(Tensor, Tensor)}.
     */
    public static boolean arrayEqual(Tensor a, Tensor b, boolean equalNan) {
        return Equality.arrayEqual(a, b, equalNan);
    }

    /**
     * {@code np.array_equiv(a, b)}: true when a and b broadcast together and every pair of
     * broadcast elements is equal (promoted type; NaN is never equal); false, not an exception,
     * for shapes that do not broadcast.
     *
     * <pre>{@code
     * arrayEquiv(array(new long[] {1, 2}), array(new long[] {1, 2, 1, 2}).reshape(2, 2))   // true
     * }</pre>
     */
    public static boolean arrayEquiv(Tensor a, Tensor b) {
        return Equality.arrayEquiv(a, b);
    }

    /**
     * {@code np.logspace(start, stop, num)}: {@code 10 ** linspace(start, stop, num)}, float64, on
     * the current backend; as accurate as {@code power} on that backend: NumPy's within 1 ULP on the
     * CPU (Java's {@code pow} and C's differ in the last bit for some exponents).
     *
     * <pre>{@code
     * logspace(0, 3, 4)   // [1. 10. 100. 1000.]
     * }</pre>
     *
     * @throws IllegalArgumentException when num is negative
     */
    public static Tensor logspace(double start, double stop, long num) {
        return Spacing.logspace(currentBackend(), start, stop, num, true, 10.0);
    }

    /**
     * {@code np.logspace(start, stop, num, endpoint, base)}: {@code base ** linspace(start, stop,
     * num, endpoint)}, float64. See {@link #logspace(double, double, long)}.
     */
    public static Tensor logspace(double start, double stop, long num, boolean endpoint, double base) {
        return Spacing.logspace(currentBackend(), start, stop, num, endpoint, base);
    }

    /**
     * {@code np.logspace(start, stop, num, endpoint, base, dtype, axis)} with array end points and a
     * number base: {@code base ** linspace(start, stop, num, endpoint, axis=axis)}, the base a
     * Python float to the type rules (float32 end points give float32), then cast to dtype (null:
     * no cast; an integer dtype truncates, as NumPy's astype). NaN and Inf follow {@code power}.
     *
     * <pre>{@code
     * logspace(scalar(0.0), array(new double[] {1, 2}), 3, true, 10, null, 0)   // [[1 1] [3.16 10] [10 100]]
     * }</pre>
     *
     * @throws IllegalArgumentException as {@link #linspace(Tensor, Tensor, long, boolean, DType, int)}
     */
    public static Tensor logspace(Tensor start, Tensor stop, long num, boolean endpoint, double base, DType dtype,
                                  int axis) {
        return Spacing.logspace("logspace", start, stop, num, endpoint, null, base, dtype, axis);
    }

    /**
     * {@code np.logspace(start, stop, num, endpoint, base, dtype, axis)} with an array base: a base
     * of one or more dimensions is broadcast with start and stop (each given leading length-1 axes
     * up to the largest number of dimensions) and gets a length-1 axis at {@code axis}, so each
     * broadcast sequence has its own base, as NumPy does; the base's type takes part in the result
     * type (a 0-d base too).
     *
     * <pre>{@code
     * logspace(scalar(0.0), array(new double[] {1, 2}), 3, true, array(new double[] {2, 10}), null, 0)
     * // [[1. 1.] [1.41421356 10.] [2. 100.]]
     * }</pre>
     *
     * @throws IllegalArgumentException as {@link #linspace(Tensor, Tensor, long, boolean, DType, int)},
     *                                  or for a base that does not broadcast with start and stop
     */
    public static Tensor logspace(Tensor start, Tensor stop, long num, boolean endpoint, Tensor base, DType dtype,
                                  int axis) {
        Objects.requireNonNull(base, "logspace: base is null");
        return Spacing.logspace("logspace", start, stop, num, endpoint, base, 10.0, dtype, axis);
    }

    /**
     * {@code np.geomspace(start, stop, num, endpoint, dtype, axis)} with array end points: each
     * broadcast pair gives a geometric sequence along {@code axis}, computed as NumPy does in the
     * floating type of start, stop and dtype (float64 when dtype is null, so float32 end points give
     * float64 as in NumPy): start's sign divided out, {@code logspace(log10(start), log10(stop))},
     * the end points written exactly, the sign multiplied back in; then cast to dtype (integers
     * truncate). Opposite signs give NaN inside. Accuracy as {@link #geomspace(double, double, long)}.
     *
     * <pre>{@code
     * geomspace(array(new double[] {1, -1}), array(new double[] {1000, -1000}), 4, true, null, 1)
     * // [[    1.    10.   100.  1000.] [   -1.   -10.  -100. -1000.]]
     * }</pre>
     *
     * @throws IllegalArgumentException when start or stop has a zero, num is negative, or as
     *                                  {@link #linspace(Tensor, Tensor, long, boolean, DType, int)}
     */
    public static Tensor geomspace(Tensor start, Tensor stop, long num, boolean endpoint, DType dtype, int axis) {
        return Spacing.geomspace("geomspace", start, stop, num, endpoint, dtype, axis);
    }

    /**
     * {@code np.geomspace(start, stop, num)}: num float64 numbers from start to stop spaced evenly
     * on a log scale, computed as NumPy does (logspace of the base-10 logs with start's sign divided
     * out, then the end points written exactly, so the first is start and the last stop). Both
     * negative works; opposite signs give NaN inside, as NumPy. The inner points are
     * {@link #logspace(double, double, long)} of the end points' log10, which Java and NumPy may
     * round differently in the last bit; 10^y magnifies that by ln(10)·|y|, so an inner point is
     * within power's ULPs + 1 of NumPy's, or 4·eps·|r|·(1 + ln(10)·max(|log10 |start||, |log10 |stop||))
     * (seen: 8 ULP between -0.6 and -678).
     *
     * <pre>{@code
     * geomspace(1, 1000, 4)   // [1. 10. 100. 1000.]
     * }</pre>
     *
     * @throws IllegalArgumentException when start or stop is 0 or num is negative
     */
    public static Tensor geomspace(double start, double stop, long num) {
        return Spacing.geomspace(currentBackend(), start, stop, num, true);
    }

    /** {@code np.geomspace(start, stop, num, endpoint)}; see {@link #geomspace(double, double, long)}. */
    public static Tensor geomspace(double start, double stop, long num, boolean endpoint) {
        return Spacing.geomspace(currentBackend(), start, stop, num, endpoint);
    }

    /** The n x n float64 identity matrix ({@code np.identity(n)}), the same as {@link #eye(long)}. */
    public static Tensor identity(long n) {
        return Creation.eye(currentBackend(), n, n, 0, DType.FLOAT64);
    }

    /** The n x n identity matrix of {@code dtype} ({@code np.identity(n, dtype)}). */
    public static Tensor identity(long n, DType dtype) {
        return Creation.eye(currentBackend(), n, n, 0, dtype);
    }

    // ---- writing by index (np.put family) ----------------------------------------------------------

    /**
     * Writes {@code v} into {@code a} at flat indices, in place ({@code np.put(a, ind, v)}):
     * {@code a.flat[ind[j]] = v.flat[j % v.size()]} for each j in order, so v repeats cyclically
     * when shorter and of repeated indices the last write wins. Flat means a's C order, also when
     * a is a view (a transposed or sliced view is written through to its base). Negative indices
     * count from the end. v is cast to a's type unsafely, as NumPy's put (2.7 into int64 gives 2;
     * NaN into an integer a as {@code astype}); ind holds integers (bool counts as 0 and 1, as
     * NumPy's safe cast; float indices are rejected, as NumPy). An empty ind or v writes nothing.
     * Runs on a's backend as a stable argsort of the indices and a binary search of every
     * position of a: O(k log k + a.size() log k) work and O(a.size()) temporaries for k indices.
     *
     * <pre>{@code
     * Tensor a = zeros(5);
     * put(a, array(new long[] {0, 2, 0}), array(new double[] {1, 2, 3}));   // [3. 0. 2. 0. 0.]
     * }</pre>
     *
     * <p>Unlike NumPy, whose raise mode writes the values before a bad index, all indices are
     * checked first: on an error a is unchanged.
     *
     * @throws IndexOutOfBoundsException when an index is outside -a.size()..a.size()-1 (naming it
     *                                   and the valid range), or a is empty and ind is not
     * @throws IllegalArgumentException  for float indices, a broadcast view a, or tensors on different backends
     */
    public static void put(Tensor a, Tensor ind, Tensor v) {
        Scattering.put(a, ind, v, "raise");
    }

    /**
     * {@code np.put(a, ind, v, mode)}: as {@link #put(Tensor, Tensor, Tensor)} with mode "raise"
     * (the default), "wrap" (indices taken modulo a.size(), so -7 of 5 is 3) or "clip" (indices
     * clipped to 0..a.size()-1, so every negative index is 0, as in NumPy).
     *
     * <pre>{@code
     * put(a, array(new long[] {-7, 12}), array(new double[] {1, 2}), "clip");   // a[0] = 1, a[4] = 2
     * }</pre>
     *
     * @throws IllegalArgumentException for another mode
     */
    public static void put(Tensor a, Tensor ind, Tensor v, String mode) {
        Scattering.put(a, ind, v, mode);
    }

    /**
     * Writes {@code values} into {@code a} along an axis, in place ({@code np.put_along_axis(a,
     * indices, values, axis)}), the inverse of {@link #takeAlongAxis(Tensor, Tensor, int)}: a's
     * element (..., indices[..., j, ...], ...) along the axis becomes values[..., j, ...]. indices
     * (integers, a's number of dimensions) and a broadcast in the other axes; values broadcast to
     * the indexed shape (leading length-1 axes beyond it are allowed) and are cast to a's type
     * unsafely, as NumPy's fancy assignment. {@code axis} null writes into the flattened a with
     * 1-d indices. Negative indices count from the end; of repeated targets the last write (C
     * order of the indexed shape) wins. Cost as {@link #put(Tensor, Tensor, Tensor)}.
     *
     * <pre>{@code
     * Tensor a = zeros(2, 3);
     * putAlongAxis(a, array(new long[] {0, 2}, 2, 1), array(new double[][] {{5}, {6}}), 1);   // [[5 0 0] [0 0 6]]
     * }</pre>
     *
     * <p>NumPy raises IndexError when indices and a do not broadcast; jtensor throws
     * IllegalArgumentException there, as {@code takeAlongAxis} does.
     *
     * @throws IndexOutOfBoundsException when an index is out of range for the axis
     * @throws IllegalArgumentException  for non-integer indices, mismatched dimensions or shapes, a bad axis
     */
    public static void putAlongAxis(Tensor a, Tensor indices, Tensor values, Integer axis) {
        Scattering.putAlongAxis(a, indices, values, axis);
    }

    /**
     * Writes {@code vals} into the true positions of {@code mask}, in place ({@code np.place(a,
     * mask, vals)}): the k-th non-zero element of mask (C order; mask has as many elements as a,
     * any shape and type) gets {@code vals.flat[k % vals.size()]}. vals must cast to a's type
     * under casting='safe', as NumPy 2's place (int32 into float64 is fine, float64 into int64 or
     * float32 is not). O(a.size()) on a's backend (a cumulative sum of the mask), no sort. vals
     * overlapping a are read before anything is written (NumPy's place reads them while it writes,
     * so there an element written earlier can be read back as a later value).
     *
     * <pre>{@code
     * Tensor a = zeros(5);
     * place(a, array(new boolean[] {true, false, true, false, true}), array(new double[] {7, 8}));   // [7 0 8 0 7]
     * }</pre>
     *
     * @throws IllegalArgumentException when mask's size differs from a's, vals do not cast safely, or vals is
     *                                  empty while mask has a true element
     */
    public static void place(Tensor a, Tensor mask, Tensor vals) {
        Scattering.place(a, mask, vals);
    }

    /**
     * Writes {@code values} where {@code mask} is non-zero, in place ({@code np.putmask(a, mask,
     * values)}): {@code a.flat[i] = values.flat[i % values.size()]} wherever {@code mask.flat[i]},
     * so values repeat over a's flat positions, not over the true ones (compare
     * {@link #place}). mask has as many elements as a (any shape and type). values must cast to
     * a's type under casting='safe', as NumPy 2's putmask (int64 into float64 is fine, float64
     * into float32 or int64 into int32 is not). Empty values write nothing. O(a.size()), no sort.
     *
     * <pre>{@code
     * Tensor a = zeros(5);
     * putmask(a, array(new boolean[] {true, false, true, false, true}), array(new double[] {7, 8}));   // [7 0 7 0 7]
     * }</pre>
     *
     * @throws IllegalArgumentException when mask's size differs from a's, or values do not cast safely
     */
    public static void putmask(Tensor a, Tensor mask, Tensor values) {
        Scattering.putmask(a, mask, values);
    }

    /**
     * {@code np.add.at(a, indices, b)}: {@code a[indices] += b} unbuffered, in place, so repeated
     * indices accumulate. See {@link #at(BinaryOp, Tensor, Tensor, Tensor)}.
     *
     * <pre>{@code
     * Tensor counts = zeros(3);
     * addAt(counts, array(new long[] {0, 2, 0, 0}), ones(4));   // [3. 0. 1.]
     * }</pre>
     */
    public static void addAt(Tensor a, Tensor indices, Tensor b) {
        Scattering.at(BinaryOp.ADD, a, indices, b);
    }

    /**
     * {@code np.<op>.at(a, indices, b)} for op ADD, MULTIPLY, MAXIMUM or MINIMUM, in place: integer
     * indices pick along a's first axis (negative ones count from the end; a 1-d bool mask of
     * a.shape[0] elements picks its true positions, as NumPy), b broadcasts to
     * {@code indices.shape + a.shape[1:]}, and for each index entry in order
     * {@code a[i] = op(a[i], b[j])}, so repeated indices accumulate. Each step computes in the type
     * the ufunc resolves for a's and b's types and casts back to a's unsafely, as NumPy (so
     * {@code addAt} of float64 values into an int64 a truncates after each step). Values meet each
     * position one at a time in index order, so float sums, products and NaN or signed-zero
     * results equal NumPy's sequential loop bit for bit.
     *
     * <p>Composed from sorts and element-wise launches on a's backend, no scatter kernel: O(k log k)
     * for k = b's broadcast size, plus one small launch per repetition of the most repeated
     * position (a histogram of a million labels into ten bins takes about 10^5 launches) and a
     * final write costing O(a.size() log u) for u distinct positions. ADD of integers (or bools)
     * into an integer a needs no rounds: wrapping addition is associative, so each position's values
     * are summed at once (one running sum) with the same result.
     *
     * <pre>{@code
     * Tensor a = array(new double[] {1, 5});
     * at(BinaryOp.MAXIMUM, a, array(new long[] {0, 0, 1}), array(new double[] {4, 2, 3}));   // [4. 5.]
     * }</pre>
     *
     * <p>Indices are checked even where nothing is written (a of shape (3, 0)), as NumPy. NumPy 2.4
     * writes into a read-only {@code broadcast_to} view here (its ufunc.at skips the check); jtensor
     * refuses read-only views, as every other write does.
     *
     * @throws IndexOutOfBoundsException when an index is out of range for axis 0, or a is 0-d
     * @throws IllegalArgumentException  for another op, float indices (NumPy: IndexError), b not
     *                                   broadcasting, or a read-only a (a {@code broadcastTo} view)
     */
    public static void at(BinaryOp op, Tensor a, Tensor indices, Tensor b) {
        Scattering.at(op, a, indices, b);
    }

    /**
     * Fills the main diagonal of {@code a} in place ({@code np.fill_diagonal(a, val, wrap)}): a is
     * at least 2-d, with all dimensions equal beyond 2; the elements a[i, i, ..., i] get
     * {@code val.flat} repeated cyclically, cast to a's type unsafely (as NumPy's flat
     * assignment). For a tall matrix, {@code wrap} true restarts the diagonal every a.shape[1] + 1
     * rows, as NumPy's (N+1)-stride quirk. Empty val writes nothing. O(a.size()), no sort.
     *
     * <pre>{@code
     * Tensor a = zeros(5, 3);
     * fillDiagonal(a, array(new double[] {1, 2}), true);   // rows 0..2 get 1 2 1, row 4 gets 2 in column 0
     * }</pre>
     *
     * @throws IllegalArgumentException when a has fewer than 2 dimensions, or more than 2 of unequal length
     */
    public static void fillDiagonal(Tensor a, Tensor val, boolean wrap) {
        Scattering.fillDiagonal(a, val, wrap);
    }

    /** {@code np.fill_diagonal(a, val)}: {@link #fillDiagonal(Tensor, Tensor, boolean)} without wrap. */
    public static void fillDiagonal(Tensor a, Tensor val) {
        Scattering.fillDiagonal(a, val, false);
    }

    /**
     * {@link #fillDiagonal(Tensor, Tensor, boolean)} with a number, converted as NumPy converts a
     * Python float: truncated toward zero for an integer a ({@code fillDiagonal(m, 2.7, false)}
     * writes 2), non-zero is true for a bool a.
     *
     * @throws IllegalArgumentException for NaN, an infinity or a value out of range with an integer a
     */
    public static void fillDiagonal(Tensor a, double val, boolean wrap) {
        Scattering.fillDiagonal(a, val, wrap);
    }

    /** {@code np.fill_diagonal(a, val)} with a number: {@link #fillDiagonal(Tensor, double, boolean)} without wrap. */
    public static void fillDiagonal(Tensor a, double val) {
        Scattering.fillDiagonal(a, val, false);
    }

    /**
     * {@link #fillDiagonal(Tensor, Tensor, boolean)} with an integer, exact in an int64 a, rounded in
     * a float one, as NumPy converts a Python int.
     *
     * @throws IllegalArgumentException when val is out of int32's range and a is int32
     */
    public static void fillDiagonal(Tensor a, long val, boolean wrap) {
        Scattering.fillDiagonal(a, val, wrap);
    }

    /** {@code np.fill_diagonal(a, val)} with an integer: {@link #fillDiagonal(Tensor, long, boolean)} without wrap. */
    public static void fillDiagonal(Tensor a, long val) {
        Scattering.fillDiagonal(a, val, false);
    }

    // ---------------------------------------------------------------------------------------------
    // editing along an axis, block, choose/select/compress, index arrays

    /**
     * {@code np.append(arr, values)}: both flattened (C order) and joined, in their promoted type.
     *
     * <pre>{@code
     * append(array(new long[] {1, 2}), array(new double[] {3.5}))   // [1. 2. 3.5]
     * }</pre>
     *
     * @throws IllegalArgumentException when the tensors are on different backends
     */
    public static Tensor append(Tensor arr, Tensor values) {
        return Editing.append(arr, values, null);
    }

    /**
     * {@code np.append(arr, values, axis)}: {@code concatenate([arr, values], axis)}: both must
     * have the same number of dimensions and match except along the axis; promoted type.
     *
     * @throws IllegalArgumentException for an axis out of range, 0-d inputs or mismatched shapes
     */
    public static Tensor append(Tensor arr, Tensor values, int axis) {
        return Editing.append(arr, values, axis);
    }

    /**
     * {@code np.insert(arr, index, values)}: values inserted before position {@code index} of the
     * flattened arr (index == length appends; negative counts from the end), in arr's type (values
     * are cast as {@code astype} does, so 2.7 into an int tensor is 2). As NumPy with a scalar
     * index, values' first axis becomes the inserted axis: with an axis, a 1-d values is a
     * column-like block (see {@link #insert(Tensor, long, Tensor, int)}).
     *
     * <pre>{@code
     * insert(array(new long[] {1, 2, 3}), 1, array(new long[] {9, 8}))   // [1 9 8 2 3]
     * }</pre>
     *
     * @throws IndexOutOfBoundsException when index is outside -length..length
     */
    public static Tensor insert(Tensor arr, long index, Tensor values) {
        return Editing.insert(arr, new long[] {index}, true, values, null);
    }

    /**
     * {@code np.insert(arr, index, values, axis)} with an integer index: values (given leading
     * ones up to arr's dimensions, then its axis 0 moved to {@code axis}, as NumPy does for a
     * scalar obj) inserted before slice {@code index} along the axis; it must broadcast to arr's
     * shape with the axis' length replaced by its own. E.g. for arr (2, 3), axis 1 and values
     * [7, 8], column 7/8 is inserted; with the list {@code new long[] {1}} row-wise [7, 8] would not
     * broadcast.
     *
     * @throws IndexOutOfBoundsException when index is outside -length..length
     * @throws IllegalArgumentException  for an axis out of range or values that do not broadcast
     */
    public static Tensor insert(Tensor arr, long index, Tensor values, int axis) {
        return Editing.insert(arr, new long[] {index}, true, values, axis);
    }

    /**
     * {@code np.insert(arr, indices, values)} with a list of indices, into the flattened arr: one
     * element per index, each inserted before the original element at that index (equal indices
     * keep the values' order). values broadcast to (len(indices),). A list of one index inserts
     * values whole, without moving its axes (NumPy's size-1 rule). NumPy's quirks are kept: a
     * negative index is wrapped once and the k-th smallest is then shifted by k, so an index
     * below -length may still land at the end, and indices that collide after the shift are an
     * error.
     *
     * <pre>{@code
     * insert(array(new long[] {1, 2, 3}), new long[] {0, 3, 1}, array(new long[] {7, 8, 9}))   // [7 1 9 2 3 8]
     * }</pre>
     *
     * @throws IndexOutOfBoundsException when an index is beyond the new axis
     * @throws IllegalArgumentException  when values do not broadcast or shifted indices collide
     */
    public static Tensor insert(Tensor arr, long[] indices, Tensor values) {
        return Editing.insert(arr, indices, false, values, null);
    }

    /**
     * {@code np.insert(arr, indices, values, axis)} with a list of indices: values broadcast to
     * arr's shape with the axis' length replaced by {@code indices.length}. See
     * {@link #insert(Tensor, long[], Tensor)}.
     */
    public static Tensor insert(Tensor arr, long[] indices, Tensor values, int axis) {
        return Editing.insert(arr, indices, false, values, axis);
    }

    /**
     * {@code np.delete(arr, index)}: the flattened arr without element {@code index} (negative
     * counts from the end); a new tensor of arr's type.
     *
     * <pre>{@code
     * delete(array(new long[] {1, 2, 3}), -1)   // [1 2]
     * }</pre>
     *
     * @throws IndexOutOfBoundsException when index is outside -length..length-1
     */
    public static Tensor delete(Tensor arr, long index) {
        return Editing.delete(arr, new long[] {index}, null);
    }

    /**
     * {@code np.delete(arr, index, axis)}: arr without slice {@code index} along the axis.
     *
     * @throws IndexOutOfBoundsException when index is outside -length..length-1
     * @throws IllegalArgumentException  for an axis out of range (also for a 0-d arr)
     */
    public static Tensor delete(Tensor arr, long index, int axis) {
        return Editing.delete(arr, new long[] {index}, axis);
    }

    /**
     * {@code np.delete(arr, indices)}: the flattened arr without the listed elements; repeated
     * and negative indices are allowed, an empty list deletes nothing (a copy).
     *
     * @throws IndexOutOfBoundsException when an index is outside -length..length-1
     */
    public static Tensor delete(Tensor arr, long[] indices) {
        return Editing.delete(arr, indices, null);
    }

    /** {@code np.delete(arr, indices, axis)}: see {@link #delete(Tensor, long[])}. */
    public static Tensor delete(Tensor arr, long[] indices, int axis) {
        return Editing.delete(arr, indices, axis);
    }

    /**
     * {@code np.delete(arr, slice(start, stop, step))} on the flattened arr: null for an open end
     * or the default step 1; Python's slice rules (negative bounds count from the end, bounds
     * out of range are clipped, never an error).
     *
     * <pre>{@code
     * delete(arange(6), 1L, null, 2L)   // [0 2 4]
     * }</pre>
     *
     * @throws IllegalArgumentException when step is 0
     */
    public static Tensor delete(Tensor arr, Long start, Long stop, Long step) {
        return Editing.deleteSlice(arr, start, stop, step, null);
    }

    /** {@code np.delete(arr, slice(start, stop, step), axis)}: see {@link #delete(Tensor, Long, Long, Long)}. */
    public static Tensor delete(Tensor arr, Long start, Long stop, Long step, int axis) {
        return Editing.deleteSlice(arr, start, stop, step, axis);
    }

    /**
     * {@code np.resize(a, newShape)}: a new tensor of newShape and a's type filled with the
     * flattened a repeated cyclically (unlike {@code reshape}, any size); zeros when a is empty.
     *
     * <pre>{@code
     * resize(array(new long[] {1, 2, 3}), 2, 2)   // [[1 2] [3 1]]
     * }</pre>
     *
     * @throws IllegalArgumentException when a dimension is negative
     */
    public static Tensor resize(Tensor a, long... newShape) {
        return Editing.resize(a, newShape);
    }

    /**
     * {@code np.trim_zeros(filt)}: a view of filt without its leading and trailing zeros (NaN and
     * -0.0 count as non-zero and zero, as {@code != 0}); an all-zero filt gives an empty view.
     * For an n-d filt the view is the bounding box of the non-zero elements (NumPy 2.2+); a 0-d
     * filt is returned as a view.
     *
     * <pre>{@code
     * trimZeros(array(new long[] {0, 0, 1, 0, 2, 0}))   // [1 0 2]
     * }</pre>
     */
    public static Tensor trimZeros(Tensor filt) {
        return Editing.trimZeros(filt, "fb", null);
    }

    /**
     * {@code np.trim_zeros(filt, trim)}: trim "f" (front), "b" (back) or "fb"/"bf" (both), any
     * case. See {@link #trimZeros(Tensor)}.
     *
     * @throws IllegalArgumentException for any other trim string
     */
    public static Tensor trimZeros(Tensor filt, String trim) {
        return Editing.trimZeros(filt, trim, null);
    }

    /**
     * {@code np.trim_zeros(filt, trim, axis)} (NumPy 2.2+): only the given axes (null: all, NumPy's
     * None) are trimmed, each to the bounding box of filt's non-zero elements along it; an empty
     * axes array leaves filt as it is (a view). An all-zero filt becomes empty along the given axes.
     *
     * <pre>{@code
     * trimZeros(array(new long[] {0, 0, 0, 0, 1, 0, 0, 0, 2}, 3, 3), "f", new int[] {1})   // [[0 0] [1 0] [0 2]]
     * }</pre>
     *
     * @throws IllegalArgumentException for another trim string, an axis out of range or repeated
     */
    public static Tensor trimZeros(Tensor filt, String trim, int[] axes) {
        return Editing.trimZeros(filt, trim, axes);
    }

    /**
     * {@code np.rollaxis(a, axis, start)}: a view with {@code axis} moved to stand before the axis
     * now at {@code start} (0..ndim, negative counts from the end). Prefer {@link Tensor#moveAxis}.
     *
     * <pre>{@code
     * rollaxis(zeros(3, 4, 5, 6), 3, 1).shape()   // [3, 6, 4, 5]
     * }</pre>
     *
     * @throws IllegalArgumentException for an axis out of range or start outside -ndim..ndim
     */
    public static Tensor rollaxis(Tensor a, int axis, int start) {
        return Editing.rollaxis(a, axis, start);
    }

    /** {@code np.rollaxis(a, axis)}: the axis rolled to the front. See {@link #rollaxis(Tensor, int, int)}. */
    public static Tensor rollaxis(Tensor a, int axis) {
        return Editing.rollaxis(a, axis, 0);
    }

    /**
     * {@code np.block([a, b, ...])}: the parts joined along the last axis, each first given
     * leading size-1 axes up to the largest number of dimensions (at least 1); promoted type.
     *
     * <pre>{@code
     * block(array(new long[] {1, 2}), array(new long[] {3}))   // [1 2 3]
     * }</pre>
     *
     * @throws IllegalArgumentException for no parts or shapes that do not join
     */
    public static Tensor block(Tensor... parts) {
        return Choosing.block(parts);
    }

    /**
     * {@code np.block([[a, b], [c, d]])}: every part given leading size-1 axes up to
     * {@code max(2, largest ndim)}, each row joined along the last axis, the rows along the one
     * before; promoted type.
     *
     * <pre>{@code
     * block(new Tensor[][] {{eye(2), zeros(2, 1)}, {ones(1, 3)}})   // 3 x 3
     * }</pre>
     *
     * @throws IllegalArgumentException for an empty list or shapes that do not join
     */
    public static Tensor block(Tensor[][] rows) {
        return Choosing.block(rows);
    }

    /**
     * {@code np.choose(a, choices)} (mode "raise"). See {@link #choose(Tensor, Tensor[], String)}.
     */
    public static Tensor choose(Tensor a, Tensor... choices) {
        return Choosing.choose(a, choices, "raise");
    }

    /**
     * {@code np.choose(a, choices, mode)}: element i is {@code choices[a[i]][i]}, a and all the
     * choices broadcast together, in the choices' promoted type. a must hold integers (or bools).
     * Mode "raise" rejects a value outside 0..n-1 (negative too), "wrap" takes it modulo n, "clip"
     * clamps it to 0..n-1.
     *
     * <pre>{@code
     * choose(array(new long[] {0, 1, 0}), array(new long[] {1, 2, 3}), array(new long[] {10, 20, 30}))   // [1 20 3]
     * }</pre>
     *
     * @throws IllegalArgumentException for float a, no choices, an unknown mode, shapes that do not
     *                                  broadcast or (mode "raise") an invalid entry, as NumPy's ValueError
     */
    public static Tensor choose(Tensor a, Tensor[] choices, String mode) {
        return Choosing.choose(a, choices, mode);
    }

    /**
     * {@code np.choose(a, choices, out=out, mode=mode)}: {@link #choose(Tensor, Tensor[], String)}
     * written into out (null: a new tensor) and returned. As NumPy, out must have exactly the shape a
     * and the choices broadcast to, and takes the result with any cast (1.5 into an int64 out is 1);
     * out may be a or one of the choices.
     *
     * @throws IllegalArgumentException for out of another shape (NumPy's TypeError "invalid shape for
     *                                  output array"), read-only or on another backend, or as
     *                                  {@link #choose(Tensor, Tensor[], String)}
     */
    public static Tensor choose(Tensor a, Tensor[] choices, Tensor out, String mode) {
        return Choosing.choose(a, choices, out, mode);
    }

    /**
     * {@code np.select(condlist, choicelist)} with default 0 (a weak Java/Python int: int32
     * choices stay int32). See {@link #select(Tensor[], Tensor[], Tensor)}.
     */
    public static Tensor select(Tensor[] condlist, Tensor[] choicelist) {
        return Choosing.select(condlist, choicelist, Elementwise.Arg.of(0L));
    }

    /** {@code np.select(condlist, choicelist, default)} with a weak integer default. */
    public static Tensor select(Tensor[] condlist, Tensor[] choicelist, long defaultValue) {
        return Choosing.select(condlist, choicelist, Elementwise.Arg.of(defaultValue));
    }

    /** {@code np.select(condlist, choicelist, default)} with a weak float default (int choices become float64). */
    public static Tensor select(Tensor[] condlist, Tensor[] choicelist, double defaultValue) {
        return Choosing.select(condlist, choicelist, Elementwise.Arg.of(defaultValue));
    }

    /**
     * {@code np.select(condlist, choicelist, default)}: where condition i is the first true one,
     * choice i; where none is, default. Conditions must be bool tensors; the conditions broadcast
     * together, the choices and default together, and the result has the shape of the conditions
     * broadcast with the choices. Type: NumPy's result type of the choices and default (a tensor
     * default, even 0-d, is not weak).
     *
     * <pre>{@code
     * Tensor x = arange(6);
     * select(new Tensor[] {less(x, 3), greater(x, 4)}, new Tensor[] {x, multiply(x, x)}, 42)   // [0 1 2 42 42 25]
     * }</pre>
     *
     * @throws IllegalArgumentException for lists of different or zero length, a non-bool
     *                                  condition or shapes that do not broadcast
     */
    public static Tensor select(Tensor[] condlist, Tensor[] choicelist, Tensor defaultValue) {
        return Choosing.select(condlist, choicelist, Elementwise.Arg.of(defaultValue));
    }

    /**
     * {@code np.compress(condition, a)}: the elements of the flattened a where the 1-d condition
     * is non-zero. See {@link #compress(Tensor, Tensor, int)}.
     */
    public static Tensor compress(Tensor condition, Tensor a) {
        return Choosing.compress(condition, a, null);
    }

    /**
     * {@code np.compress(condition, a, axis)}: the slices of a along the axis where the 1-d
     * condition is non-zero. The condition may be shorter than the axis (the rest is dropped) or
     * longer if it holds only zeros past the axis; as NumPy's take, positions past the axis are not
     * checked when an axis before it has length 0 (the result is empty then:
     * {@code compress([0, 0, 1], zeros(0, 2), 1)} has shape (0, 1)).
     *
     * <pre>{@code
     * compress(array(new boolean[] {false, true}), array(new long[] {1, 2, 3, 4}, 2, 2), 0)   // [[3 4]]
     * }</pre>
     *
     * @throws IndexOutOfBoundsException when the condition is true beyond the axis' length
     * @throws IllegalArgumentException  when the condition is not 1-d or the axis is out of range
     */
    public static Tensor compress(Tensor condition, Tensor a, int axis) {
        return Choosing.compress(condition, a, axis);
    }

    /**
     * {@code np.compress(condition, a, axis=axis, out=out)} (axis null: the flattened a):
     * {@link #compress(Tensor, Tensor, int)} written into out (null: a new tensor) and returned.
     * As NumPy's {@code take(..., out=out)}, out must have exactly the result's shape and a type that
     * casts safely to a's (an int8 or bool out for int64 a, not float64; an int32 out for float64 a),
     * the elements cast into it unsafely.
     *
     * @throws IllegalArgumentException for out of another shape or type, read-only or on another
     *                                  backend, or as {@link #compress(Tensor, Tensor, int)}
     * @throws IndexOutOfBoundsException when the condition is true beyond the axis' length
     */
    public static Tensor compress(Tensor condition, Tensor a, Integer axis, Tensor out) {
        return Choosing.compress(condition, a, axis, out);
    }

    /**
     * {@code np.lexsort(keys)}: int64 positions that sort the keys along their last axis, the
     * last key primary, ties broken by the key before it, and so on; stable. Each key orders as
     * {@link #sort(Tensor)} does (NaN last, -0.0 equal to 0.0). 0-d keys give a 0-d 0.
     *
     * <pre>{@code
     * lexsort(array(new long[] {3, 1, 2}), array(new long[] {1, 1, 0}))   // [2 1 0]
     * }</pre>
     *
     * @throws IllegalArgumentException for no keys or keys of different shapes
     */
    public static Tensor lexsort(Tensor... keys) {
        return IndexArrays.lexsort(keys, -1);
    }

    /**
     * {@code np.lexsort(keys, axis)}: as {@link #lexsort(Tensor...)} along {@code axis} (negative
     * counts from the end; 0 or -1 for 0-d keys).
     *
     * <pre>{@code
     * lexsort(new Tensor[] {array(new long[] {3, 1, 2, 1, 1, 0}, 2, 3)}, 0)   // [[1 0 1] [0 1 0]]
     * }</pre>
     *
     * @throws IllegalArgumentException for no keys, keys of different shapes or an axis out of range
     */
    public static Tensor lexsort(Tensor[] keys, int axis) {
        return IndexArrays.lexsort(keys, axis);
    }

    /**
     * {@code np.unravel_index(indices, shape)}: for each flat C-order position in indices, its
     * coordinate along every axis of shape: one int64 tensor of indices' shape per axis.
     *
     * <pre>{@code
     * unravelIndex(array(new long[] {5, 1}), 2, 3)   // [[1 0], [2 1]]
     * }</pre>
     *
     * @throws IllegalArgumentException for an index outside 0..size-1 (NumPy's ValueError, not
     *                                  IndexError), float indices or a negative dimension
     */
    public static Tensor[] unravelIndex(Tensor indices, long... shape) {
        return IndexArrays.unravelIndex(indices, shape);
    }

    /** {@code np.ravel_multi_index(multiIndex, dims)} (mode "raise"). See {@link #ravelMultiIndex(Tensor[], long[], String)}. */
    public static Tensor ravelMultiIndex(Tensor[] multiIndex, long... dims) {
        return IndexArrays.ravelMultiIndex(multiIndex, dims, "raise");
    }

    /**
     * {@code np.ravel_multi_index(multiIndex, dims, mode)}: the flat C-order int64 position of
     * each coordinate tuple, the coordinate tensors (integers) broadcast together. Mode "raise"
     * rejects a coordinate outside 0..dims[d]-1, "wrap" takes it modulo dims[d], "clip" clamps it;
     * one mode for every dimension (NumPy's tuple of modes is not offered).
     *
     * <pre>{@code
     * ravelMultiIndex(new Tensor[] {array(new long[] {1, 0}), array(new long[] {2, 1})}, new long[] {2, 3}, "raise")   // [5 1]
     * }</pre>
     *
     * @throws IllegalArgumentException for a wrong number of coordinates, float coordinates, a
     *                                  negative dimension, a zero dimension with any coordinate
     *                                  (every mode, as NumPy; empty coordinates give an empty result)
     *                                  or (mode "raise") an invalid entry
     */
    public static Tensor ravelMultiIndex(Tensor[] multiIndex, long[] dims, String mode) {
        return IndexArrays.ravelMultiIndex(multiIndex, dims, mode);
    }

    /**
     * {@code np.ndindex(*shape)}: every index of the shape in C order (the last index fastest), each
     * a fresh array; a 0-d shape gives one empty index, a shape with a zero dimension none.
     *
     * <pre>{@code
     * for (long[] i : Np.ndindex(2, 3)) { ... }   // [0, 0] [0, 1] [0, 2] [1, 0] [1, 1] [1, 2]
     * }</pre>
     *
     * @throws IllegalArgumentException for a negative dimension
     */
    public static Iterable<long[]> ndindex(long... shape) {
        Objects.requireNonNull(shape, "ndindex: shape is null");
        return new IndexIteration(shape);
    }

    /**
     * {@code np.indices(dimensions)}: an int64 tensor of shape (ndim, *dimensions) on the current
     * backend whose slice d holds each element's coordinate along axis d.
     *
     * <pre>{@code
     * indices(2, 3)   // [[[0 0 0] [1 1 1]], [[0 1 2] [0 1 2]]]
     * }</pre>
     *
     * @throws IllegalArgumentException for a negative dimension
     */
    public static Tensor indices(long... dimensions) {
        return IndexArrays.indices(currentBackend(), dimensions, DType.INT64);
    }

    /**
     * {@code np.indices(dimensions, dtype)}: see {@link #indices(long...)}. A bool dtype takes
     * dimensions of at most 2 (coordinates 0 and 1), as NumPy, whose {@code arange} refuses a longer
     * bool range.
     *
     * @throws IllegalArgumentException for a negative dimension, or a dimension above 2 with a bool dtype
     */
    public static Tensor indices(long[] dimensions, DType dtype) {
        return IndexArrays.indices(currentBackend(), dimensions, dtype);
    }

    /**
     * {@code np.indices(dimensions, dtype, sparse=sparse)}: with {@code sparse} one tensor per
     * dimension d (NumPy's tuple), of shape 1 along every axis but d, holding 0..dimensions[d]-1,
     * so they broadcast to the dense coordinates; without, the dense result of
     * {@link #indices(long[], DType)} as the only element.
     *
     * <pre>{@code
     * Tensor[] ij = indices(new long[] {2, 3}, DType.INT64, true);   // [[0] [1]] (2, 1) and [[0 1 2]] (1, 3)
     * }</pre>
     *
     * @throws IllegalArgumentException for a negative dimension, or a dimension above 2 with a bool dtype
     */
    public static Tensor[] indices(long[] dimensions, DType dtype, boolean sparse) {
        return sparse ? IndexArrays.sparseIndices(currentBackend(), dimensions, dtype)
                : new Tensor[] {IndexArrays.indices(currentBackend(), dimensions, dtype)};
    }

    /** {@code np.tril_indices(n)}: see {@link #trilIndices(long, long, long)}. */
    public static Tensor[] trilIndices(long n) {
        return IndexArrays.triangleIndices(currentBackend(), n, 0, n, true);
    }

    /** {@code np.tril_indices(n, k)}: see {@link #trilIndices(long, long, long)}. */
    public static Tensor[] trilIndices(long n, long k) {
        return IndexArrays.triangleIndices(currentBackend(), n, k, n, true);
    }

    /**
     * {@code np.tril_indices(n, k, m)}: the row and the column int64 positions (row-major order)
     * of the elements of an n x m matrix on and below diagonal k, on the current backend. A
     * negative n or m counts as 0, as in NumPy.
     *
     * <pre>{@code
     * trilIndices(3, 0, 3)   // rows [0 1 1 2 2 2], columns [0 0 1 0 1 2]
     * }</pre>
     */
    public static Tensor[] trilIndices(long n, long k, long m) {
        return IndexArrays.triangleIndices(currentBackend(), n, k, m, true);
    }

    /** {@code np.triu_indices(n)}: see {@link #triuIndices(long, long, long)}. */
    public static Tensor[] triuIndices(long n) {
        return IndexArrays.triangleIndices(currentBackend(), n, 0, n, false);
    }

    /** {@code np.triu_indices(n, k)}: see {@link #triuIndices(long, long, long)}. */
    public static Tensor[] triuIndices(long n, long k) {
        return IndexArrays.triangleIndices(currentBackend(), n, k, n, false);
    }

    /**
     * {@code np.triu_indices(n, k, m)}: the row and the column int64 positions (row-major order)
     * of the elements of an n x m matrix on and above diagonal k, on the current backend.
     *
     * <pre>{@code
     * triuIndices(3, 1, 3)   // rows [0 0 1], columns [1 2 2]
     * }</pre>
     */
    public static Tensor[] triuIndices(long n, long k, long m) {
        return IndexArrays.triangleIndices(currentBackend(), n, k, m, false);
    }

    /** {@code np.diag_indices(n)}: see {@link #diagIndices(long, int)}. */
    public static Tensor[] diagIndices(long n) {
        return IndexArrays.diagIndices(currentBackend(), n, 2);
    }

    /**
     * {@code np.diag_indices(n, ndim)}: ndim int64 tensors {@code arange(n)} on the current
     * backend, indexing the main diagonal of an n x ... x n tensor (NumPy returns one array ndim
     * times; these are separate tensors).
     *
     * <pre>{@code
     * diagIndices(3, 2)   // [0 1 2], [0 1 2]
     * }</pre>
     */
    public static Tensor[] diagIndices(long n, int ndim) {
        return IndexArrays.diagIndices(currentBackend(), n, ndim);
    }

    // ---- histogram family: weights, density, bin estimators, histogram2d and histogramdd ----

    /**
     * {@code np.histogram(x, bins, range, weights, density)}: {@code [values, edges]} of
     * {@code bins} equal-width bins over {@code range} ({@code {min, max}}; null: x's minimum to
     * maximum). Without weights (null) the values are int64 counts; with weights (x's shape, any
     * type) each element adds its weight and the values take the weights' type, as NumPy: float
     * weights are summed in float64 (float32 rounded once at the end), int32/int64 weights in int64
     * (exact; NumPy sums them in float64, so the two differ only past 2<sup>53</sup>), bool weights
     * give a bool bin that is true when it holds a true weight (NumPy's {@code +=} of bools).
     * Weighted sums are prefix-sum differences in sorted order, so a float bin may differ from
     * NumPy's sequential sum by a few ulps of the running sum of |w|. With {@code density} the
     * values are float64 {@code n / widths / sum(n)}, which integrate to 1 over the range (NaN for
     * an empty histogram, as NumPy). Edges are as {@link #histogram(Tensor, long)}; elements
     * outside the range and NaN are not counted.
     *
     * <pre>{@code
     * Tensor x = array(new double[] {1, 2, 2, 5});
     * histogram(x, 2, null, array(new double[] {0.5, 1, 1, 2}), false)[0]   // [2.5 2. ]
     * histogram(x, 2, new double[] {0, 6}, null, true)[0]                   // [0.25 0.08333333]
     * }</pre>
     *
     * @throws IllegalArgumentException for bins &lt; 1, weights of another shape, a range
     *                                  with min &gt; max or not finite, or NaN/infinite data without a range
     */
    public static Tensor[] histogram(Tensor x, long bins, double[] range, Tensor weights, boolean density) {
        return Histograms.histogram(x, bins, range, weights, density);
    }

    /**
     * {@code np.histogram(x, bins=edges, weights, density)}: as
     * {@link #histogram(Tensor, long, double[], Tensor, boolean)} over the given non-decreasing
     * 1-d edges (the last bin closed); bool weights are refused here, as NumPy (cast them to int).
     *
     * @throws IllegalArgumentException for edges that decrease or are not 1-d, weights of another
     *                                  shape or bool weights
     */
    public static Tensor[] histogram(Tensor x, Tensor edges, Tensor weights, boolean density) {
        return Histograms.histogram(x, edges, weights, density);
    }

    /**
     * {@code np.histogram(x, bins=estimator)}: counts over equal-width bins whose number NumPy's
     * estimator picks: "auto" (min of the relaxed "fd" and "sturges" widths), "fd"
     * (2 IQR n<sup>-1/3</sup>), "doane", "scott", "stone", "rice", "sturges" or "sqrt"; see
     * {@link #histogramBinEdges(Tensor, String, double[])}.
     *
     * <pre>{@code
     * histogram(array(new long[] {0, 0, 0, 1, 2, 3, 3, 4, 5}), "auto")[1]   // [0. 1. 2. 3. 4. 5.]
     * }</pre>
     */
    public static Tensor[] histogram(Tensor x, String bins) {
        return Histograms.histogram(x, bins, null, null, false);
    }

    /**
     * {@code np.histogram(x, bins=estimator, range, weights, density)}; weights must be null, as
     * NumPy refuses estimators for weighted data.
     *
     * @throws IllegalArgumentException for an unknown estimator, non-null weights, or
     *                                  the range errors of {@link #histogram(Tensor, long, double[], Tensor, boolean)}
     */
    public static Tensor[] histogram(Tensor x, String bins, double[] range, Tensor weights, boolean density) {
        return Histograms.histogram(x, bins, range, weights, density);
    }

    /** {@code np.histogram_bin_edges(x, bins=estimator)}; see {@link #histogramBinEdges(Tensor, String, double[])}. */
    public static Tensor histogramBinEdges(Tensor x, String bins) {
        return Histograms.binEdges(x, bins, null);
    }

    /**
     * {@code np.histogram_bin_edges(x, bins=estimator, range)}: the equal-width edges
     * {@link #histogram(Tensor, String)} uses. The estimators give a bin width h from the data
     * inside range (n elements): "sqrt" ptp/&radic;n, "sturges" ptp/(log2 n + 1), "rice"
     * ptp/(2 n<sup>1/3</sup>), "scott" (24&radic;&pi;/n)<sup>1/3</sup> std, "fd" 2 IQR
     * n<sup>-1/3</sup>, "doane" ptp/(1 + log2 n + log2(1 + |g1|/&sigma;<sub>g1</sub>)), "auto"
     * min(max(fd, sqrt/2), sturges); the count is ceil((last - first) / h), 1 when h is 0 (constant
     * data, zero IQR) or no data is left, and h is at least 1 for integer data. The extremes,
     * std, mean, quartiles and skew are reduced on x's backend and the scalar formulas evaluated
     * on the host in NumPy's types (float32 arithmetic where NumPy keeps float32 scalars), so the
     * count and the edges are NumPy's. "stone" picks the nbins in 1..max(100, &radic;n) that
     * minimises the cross-validation score (2 - (n+1) &Sigma;p<sub>k</sub><sup>2</sup>) / (ptp/nbins)
     * (one backend histogram per candidate; the score is summed on the host in order, where NumPy
     * uses BLAS's dot, so two candidates within rounding of each other could be ordered
     * differently; NumPy's warning when the bound itself wins is not given). Edges are x's float
     * type (float64 for integers), computed as NumPy's linspace.
     *
     * <pre>{@code
     * histogramBinEdges(array(new long[] {0, 0, 0, 1, 2, 3, 3, 4, 5}), "auto", new double[] {0, 1})
     * // [0. 0.25 0.5 0.75 1. ]
     * }</pre>
     *
     * @throws IllegalArgumentException for an unknown estimator, a bad range,
     *                                  or NaN/infinite data without a range
     */
    public static Tensor histogramBinEdges(Tensor x, String bins, double[] range) {
        return Histograms.binEdges(x, bins, range);
    }

    /** {@code np.histogram_bin_edges(x, bins)}: the edges of {@link #histogram(Tensor, long)}. */
    public static Tensor histogramBinEdges(Tensor x, long bins) {
        return Histograms.binEdges(x, bins, null);
    }

    /** {@code np.histogram_bin_edges(x, bins, range)}: the edges of {@link #histogram(Tensor, long, double, double)}; range null: x's extremes. */
    public static Tensor histogramBinEdges(Tensor x, long bins, double[] range) {
        return Histograms.binEdges(x, bins, range);
    }

    /**
     * {@code np.histogram_bin_edges(x, bins, range, weights)}: NumPy checks the weights and does not
     * use them, so the edges are {@link #histogramBinEdges(Tensor, long, double[])}'s; weights may
     * be null, hold NaN or infinities (ignored).
     *
     * @throws IllegalArgumentException for weights of a shape other than x's (NumPy's ValueError
     *                                  "weights should have the same shape as a"), on another backend,
     *                                  or as {@link #histogramBinEdges(Tensor, long, double[])}
     */
    public static Tensor histogramBinEdges(Tensor x, long bins, double[] range, Tensor weights) {
        return Histograms.binEdges(x, bins, range, weights);
    }

    /**
     * {@code np.histogram_bin_edges(x, bins=estimator, range, weights)}: weights must be null, since
     * NumPy refuses estimators for weighted data; then {@link #histogramBinEdges(Tensor, String, double[])}.
     *
     * @throws IllegalArgumentException for non-null weights (NumPy's TypeError "Automated estimation
     *                                  of the number of bins is not supported for weighted data"; of
     *                                  the wrong shape: its ValueError first), or as
     *                                  {@link #histogramBinEdges(Tensor, String, double[])}
     */
    public static Tensor histogramBinEdges(Tensor x, String bins, double[] range, Tensor weights) {
        return Histograms.binEdges(x, bins, range, weights);
    }

    /**
     * {@code np.bincount(x, weights)}: the float64 sum of the weights of each value 0..max(x) of
     * the 1-d non-negative integers x; weights (x's shape, any type) are converted to float64
     * first, as NumPy (an empty x gives int64 zeros, NumPy's quirk). Sums are prefix-sum differences in x's sorted order, within a few ulps of
     * the running sum of |w| of NumPy's sequential sums. An infinite or NaN weight makes only its own
     * bin infinite or NaN (+inf and -inf in one bin: NaN), as NumPy's sums; empty bins stay 0.
     *
     * <pre>{@code
     * bincount(array(new long[] {0, 1, 1, 3}), array(new double[] {0.5, 1, 2, 4}))   // [0.5 3. 0. 4. ]
     * }</pre>
     *
     * @throws IllegalArgumentException for weights of another shape, or x as {@link #bincount(Tensor)}
     */
    public static Tensor bincount(Tensor x, Tensor weights) {
        return Histograms.bincount(x, weights, 0);
    }

    /** {@code np.bincount(x, weights, minlength)}: at least {@code minlength} sums; see {@link #bincount(Tensor, Tensor)}. */
    public static Tensor bincount(Tensor x, Tensor weights, long minlength) {
        return Histograms.bincount(x, weights, minlength);
    }

    /**
     * {@code np.histogramdd(sample, bins)}: {@code [hist, edges_0, ..., edges_D-1]} of the N
     * points in the rows of the (N, D) sample (a 1-d sample is N points in one dimension),
     * {@code bins} equal-width bins per dimension over each column's extremes. hist is float64 of
     * shape (bins, ..., bins), as NumPy; a point on a dimension's last edge falls in its last bin,
     * other points outside the edges and NaN are dropped. Equal-width edges are computed as
     * NumPy's linspace in the column's float type (float64 for integers or a given range), and
     * unlike {@code histogram} they are not checked for degenerate bins (as NumPy).
     *
     * <pre>{@code
     * histogramdd(array(new double[][] {{0, 0}, {1, 1}, {1, 0}}), 2)[0]   // [[1. 0.] [1. 1.]]
     * }</pre>
     *
     * @throws IllegalArgumentException for bins &lt; 1, a sample of more than 2 dimensions, bool
     *                                  sample, or a column with NaN or infinity
     */
    public static Tensor[] histogramdd(Tensor sample, long bins) {
        return histogramdd(sample, filled(sample, bins), null, null, false);
    }

    /** {@code np.histogramdd(sample, bins=[n_0, ..., n_D-1])}: a bin count per dimension. */
    public static Tensor[] histogramdd(Tensor sample, long[] bins) {
        return histogramdd(sample, bins, null, null, false);
    }

    /**
     * {@code np.histogramdd(sample, bins, range, weights, density)}: a bin count per dimension,
     * {@code range[i]} the {@code {min, max}} of dimension i (null, or a null entry: the column's
     * extremes); weights (N,) of any type are converted to float64 and each point adds its weight;
     * with {@code density} the values are hist / (the widths of each dimension in turn) /
     * sum(hist). Weighted sums are prefix-sum differences in bin order, within a few ulps of the
     * running sum of |w| of NumPy's sequential sums; unweighted values are exact. A sample of no
     * points ignores the weights, whatever their shape (NumPy's bincount of no points). Bool samples
     * are binned as uint8 (True is 1), as NumPy 2 does.
     *
     * @throws IllegalArgumentException for a bins or range length other than D, weights of another
     *                                  length, or the errors of {@link #histogramdd(Tensor, long)}
     */
    public static Tensor[] histogramdd(Tensor sample, long[] bins, double[][] range, Tensor weights, boolean density) {
        java.util.Objects.requireNonNull(bins, "histogramdd: bins is null");
        return Histograms.histogramdd("histogramdd", sample, bins, null, range, weights, density);
    }

    /** {@code np.histogramdd(sample, bins=[edges_0, ..., edges_D-1])}: non-decreasing 1-d edges per dimension. */
    public static Tensor[] histogramdd(Tensor sample, Tensor[] edges) {
        return histogramdd(sample, edges, null, false);
    }

    /**
     * {@code np.histogramdd(sample, bins=edges, weights, density)}: see
     * {@link #histogramdd(Tensor, long[], double[][], Tensor, boolean)}; the returned edges are
     * copies.
     *
     * @throws IllegalArgumentException for edges that decrease or are not 1-d
     * @throws IndexOutOfBoundsException for empty edges (NumPy's IndexError)
     */
    public static Tensor[] histogramdd(Tensor sample, Tensor[] edges, Tensor weights, boolean density) {
        java.util.Objects.requireNonNull(edges, "histogramdd: edges is null");
        return Histograms.histogramdd("histogramdd", sample, null, edges, null, weights, density);
    }

    /**
     * {@code np.histogram2d(x, y, bins)}: {@code [hist, xedges, yedges]}, the
     * {@link #histogramdd(Tensor, long) histogramdd} of the points (x[i], y[i]); x and y are 1-d
     * of one length and are taken in their common type. hist is float64 (bins, bins), rows
     * following x.
     *
     * <pre>{@code
     * histogram2d(array(new double[] {0, 1, 1}), array(new double[] {0, 1, 0}), 2)[0]   // [[1. 0.] [1. 1.]]
     * }</pre>
     *
     * @throws IllegalArgumentException when x and y are not 1-d of one length
     */
    public static Tensor[] histogram2d(Tensor x, Tensor y, long bins) {
        return histogram2d(x, y, new long[] {bins, bins}, null, null, false);
    }

    /**
     * {@code np.histogram2d(x, y, bins=[nx, ny], range, weights, density)}; see
     * {@link #histogramdd(Tensor, long[], double[][], Tensor, boolean)}.
     */
    public static Tensor[] histogram2d(Tensor x, Tensor y, long[] bins, double[][] range, Tensor weights,
                                       boolean density) {
        java.util.Objects.requireNonNull(bins, "histogram2d: bins is null");
        try (Tensor sample = pairs(x, y)) {
            return Histograms.histogramdd("histogram2d", sample, bins, null, range, weights, density);
        }
    }

    /** {@code np.histogram2d(x, y, bins=[xedges, yedges])}. */
    public static Tensor[] histogram2d(Tensor x, Tensor y, Tensor xedges, Tensor yedges) {
        return histogram2d(x, y, xedges, yedges, null, false);
    }

    /** {@code np.histogram2d(x, y, bins=[xedges, yedges], weights, density)}; see {@link #histogramdd(Tensor, Tensor[], Tensor, boolean)}. */
    public static Tensor[] histogram2d(Tensor x, Tensor y, Tensor xedges, Tensor yedges, Tensor weights, boolean density) {
        try (Tensor sample = pairs(x, y)) {
            return Histograms.histogramdd("histogram2d", sample, null, new Tensor[] {xedges, yedges}, null, weights,
                    density);
        }
    }

    private static long[] filled(Tensor sample, long bins) {
        java.util.Objects.requireNonNull(sample, "histogramdd: sample is null");
        long[] all = new long[sample.ndim() == 2 ? (int) Math.min(sample.shape()[1], Integer.MAX_VALUE - 8) : 1];
        java.util.Arrays.fill(all, bins);
        return all;
    }

    private static Tensor pairs(Tensor x, Tensor y) {
        java.util.Objects.requireNonNull(x, "histogram2d: x is null");
        java.util.Objects.requireNonNull(y, "histogram2d: y is null");
        if (x.ndim() != 1 || y.ndim() != 1 || x.size() != y.size()) {
            throw new IllegalArgumentException("histogram2d: x and y must be 1-d and have the same length, got shapes "
                    + Shape.toString(x.shape()) + " and " + Shape.toString(y.shape()));
        }
        return Joining.stack("histogram2d", new Tensor[] {x, y}, 1, null);
    }

    // ---- nextafter, spacing, ldexp, frexp, sinc ------------------------------------------------

    /**
     * The next representable number after a toward b, element-wise with broadcasting
     * ({@code np.nextafter}). Exact: b where a == b (so {@code nextafter(0.0, -0.0)} is -0.0), NaN
     * where either is NaN, the smallest subnormal (signed toward b) from ±0, ±Inf past the largest
     * finite value, the largest finite value from ±Inf toward 0. Result type: the promoted float
     * type (float32 steps by float32's spacing, float16 by float16's, as NumPy's
     * {@code npy_half_nextafter}, which returns a, not b, where a == b, so float16
     * {@code nextafter(0.0, -0.0)} is +0.0); integer operands compute as float64, two bools as float16.
     *
     * <pre>{@code
     * nextafter(array(new double[] {1, 0}), array(new double[] {2, -1}))   // [1.0000000000000002, -4.9e-324]
     * }</pre>
     */
    public static Tensor nextafter(Tensor a, Tensor b) {
        return Elementwise.binary(BinaryOp.NEXTAFTER, Arg.of(a), Arg.of(b), null, null);
    }

    /** nextafter(a, b) written into {@code out} (which may alias a or b); returns {@code out}. */
    public static Tensor nextafter(Tensor a, Tensor b, Tensor out) {
        return Elementwise.binary(BinaryOp.NEXTAFTER, Arg.of(a), Arg.of(b), out, null);
    }

    /** nextafter(a, b) written into {@code out} only where {@code where} is true (a new tensor, zero elsewhere, when out is null). */
    public static Tensor nextafter(Tensor a, Tensor b, Tensor out, Tensor where) {
        return Elementwise.binary(BinaryOp.NEXTAFTER, Arg.of(a), Arg.of(b), out, where);
    }

    /** nextafter with a weak float scalar: float tensors keep their type, integer and bool ones become float64. */
    public static Tensor nextafter(Tensor a, double b) {
        return Elementwise.binary(BinaryOp.NEXTAFTER, Arg.of(a), Arg.of(b), null, null);
    }

    /** nextafter with a weak float scalar on the left. */
    public static Tensor nextafter(double a, Tensor b) {
        return Elementwise.binary(BinaryOp.NEXTAFTER, Arg.of(a), Arg.of(b), null, null);
    }

    /** nextafter with a weak integer scalar: float tensors keep their type, integer and bool ones become float64. */
    public static Tensor nextafter(Tensor a, long b) {
        return Elementwise.binary(BinaryOp.NEXTAFTER, Arg.of(a), Arg.of(b), null, null);
    }

    /** nextafter with a weak integer scalar on the left. */
    public static Tensor nextafter(long a, Tensor b) {
        return Elementwise.binary(BinaryOp.NEXTAFTER, Arg.of(a), Arg.of(b), null, null);
    }

    /**
     * The distance from x to the next representable number away from zero, element-wise
     * ({@code np.spacing}, NumPy's {@code npy_spacing}): negative for x &lt; 0, the smallest
     * positive subnormal for both +0.0 and -0.0 (as NumPy), +Inf for the largest finite value, NaN
     * for ±Inf and NaN. Exact. float32 stays float32; integer input gives float64, bool input float16
     * (as in NumPy). float16 steps in float16 as NumPy's {@code npy_half_spacing}, whose step is
     * never negative: at a negative power of two it is the step toward zero ({@code spacing(-1)} is
     * 2<sup>-11</sup>), and only +65504 gives +Inf (-65504 gives 32).
     *
     * <pre>{@code
     * spacing(array(new double[] {1, -1, 0}))   // [2.220446049250313E-16, -2.220446049250313E-16, 4.9E-324]
     * }</pre>
     */
    public static Tensor spacing(Tensor x) {
        return Elementwise.unary(UnaryOp.SPACING, x, null, null);
    }

    /** spacing(x) written into {@code out} (which may be x itself); returns {@code out}. */
    public static Tensor spacing(Tensor x, Tensor out) {
        return Elementwise.unary(UnaryOp.SPACING, x, out, null);
    }

    /** spacing(x) written into {@code out} only where {@code where} is true; returns {@code out} (or a new tensor, zero elsewhere, when out is null). */
    public static Tensor spacing(Tensor x, Tensor out, Tensor where) {
        return Elementwise.unary(UnaryOp.SPACING, x, out, where);
    }

    /** spacing of one number, computed as for a float64 tensor on the current backend. */
    public static double spacing(double x) {
        return scalarUnary(UnaryOp.SPACING, x);
    }

    /**
     * x1 · 2<sup>x2</sup>, element-wise with broadcasting ({@code np.ldexp}), rounded once: overflow
     * gives ±Inf, underflow goes through correctly rounded subnormals to ±0; ±0, ±Inf and NaN x1 come
     * back unchanged. x2 must be an integer or bool tensor (int64 exponents far beyond the type's
     * range saturate, never wrap). Result type: x1's float type whatever x2's (float32 stays
     * float32 with an int64 x2, float16 stays float16); integer x1 gives float64, bool x1 float16 (as
     * in NumPy).
     *
     * <pre>{@code
     * ldexp(array(new float[] {1.5f}), array(new long[] {3}))   // float32 [12.0]
     * }</pre>
     *
     * @throws IllegalArgumentException when x2 is float32 or float64 (NumPy's TypeError)
     */
    public static Tensor ldexp(Tensor x1, Tensor x2) {
        return Elementwise.binary(BinaryOp.LDEXP, Arg.of(x1), Arg.of(x2), null, null);
    }

    /** ldexp(x1, x2) written into {@code out} (which may alias x1); returns {@code out}. */
    public static Tensor ldexp(Tensor x1, Tensor x2, Tensor out) {
        return Elementwise.binary(BinaryOp.LDEXP, Arg.of(x1), Arg.of(x2), out, null);
    }

    /** ldexp(x1, x2) written into {@code out} only where {@code where} is true (a new tensor, zero elsewhere, when out is null). */
    public static Tensor ldexp(Tensor x1, Tensor x2, Tensor out, Tensor where) {
        return Elementwise.binary(BinaryOp.LDEXP, Arg.of(x1), Arg.of(x2), out, where);
    }

    /**
     * ldexp with one exponent for every element: x1's float type (integer and bool x1 give float64).
     *
     * @throws IllegalArgumentException when x2 is outside int32's range, as NumPy's OverflowError
     *                                  (it takes a Python int exponent as int32); pass an int64 tensor
     */
    public static Tensor ldexp(Tensor x1, long x2) {
        return Elementwise.binary(BinaryOp.LDEXP, Arg.of(x1), Arg.of(x2), null, null);
    }

    /** ldexp of one float64 number by integer exponents: a float64 tensor. */
    public static Tensor ldexp(double x1, Tensor x2) {
        return Elementwise.binary(BinaryOp.LDEXP, Arg.of(x1), Arg.of(x2), null, null);
    }

    /**
     * Splits x into mantissa and exponent, element-wise ({@code np.frexp}): x = m · 2<sup>e</sup>
     * with 0.5 &lt;= |m| &lt; 1, exactly. ±0, ±Inf and NaN give m = x and e = 0 (NumPy's values);
     * subnormals give their true exponent (float64 5e-324: 0.5 and -1073). The mantissa has x's
     * float type (bool, int8 and uint8 x give float16, int16 and uint16 float32, int32, uint32 and
     * int64 float64, as in NumPy), the exponent is int32.
     *
     * <pre>{@code
     * Tensor[] me = frexp(array(new double[] {8, -3}))   // me[0] [0.5, -0.75], me[1] int32 [4, 2]
     * }</pre>
     *
     * @return {@code {mantissa, exponent}}, two new tensors
     */
    public static Tensor[] frexp(Tensor x) {
        return DerivedMath.frexp(x, null, null, null);
    }

    /**
     * frexp(x) written into {@code mantissaOut} and {@code exponentOut} (either may be x itself, as
     * far as its type allows; casts under same_kind; either may be null for a new tensor, NumPy's
     * {@code out=(m, None)}); returns the two results.
     */
    public static Tensor[] frexp(Tensor x, Tensor mantissaOut, Tensor exponentOut) {
        return DerivedMath.frexp(x, mantissaOut, exponentOut, null);
    }

    /**
     * frexp(x) written into the outs only where {@code where} is true ({@code np.frexp(x, out=(m, e),
     * where=where)}); a null out is a new tensor, zero where {@code where} is false (NumPy's
     * {@code out=(m, None)} form is one null). An exponent out may share x's memory (a float64 x
     * with {@code exponentOut} x itself): the mantissas are then read from a copy of x, as NumPy does.
     *
     * <pre>{@code
     * frexp(x, mantissa, null, null)   // {mantissa, a new int32 exponent}
     * }</pre>
     *
     * @throws IllegalArgumentException when both outs are the same tensor, or an out of the wrong
     *                                  shape or a type the result cannot be cast to under same_kind
     */
    public static Tensor[] frexp(Tensor x, Tensor mantissaOut, Tensor exponentOut, Tensor where) {
        return DerivedMath.frexp(x, mantissaOut, exponentOut, where);
    }

    /**
     * The normalised sinc function sin(πx) / (πx), element-wise ({@code np.sinc}), composed of
     * ufuncs exactly as NumPy 2.4 does: {@code y = pi * x; y = where(y, y, eps); sin(y) / y} with
     * eps the machine epsilon of y's type, so sinc(±0) is 1 (within sin's accuracy of NumPy's
     * value elsewhere). NaN and ±Inf give NaN. float32 and float16 keep their type (eps is the type's);
     * integer and bool x give float64 (NumPy's pi * x with a bool x is float64 too).
     *
     * <pre>{@code
     * sinc(array(new double[] {0, 0.5, 1}))   // [1.0, 0.6366197723675814, 3.8981718325193755E-17]
     * }</pre>
     */
    public static Tensor sinc(Tensor x) {
        return DerivedMath.sinc(x);
    }

    /**
     * {@code op.accumulate(x, axis)} ({@code np.add.accumulate}, {@code np.multiply.accumulate},
     * {@code np.maximum.accumulate}, {@code np.minimum.accumulate}): element k along the axis
     * combines elements 0..k in order. ADD and MULTIPLY are {@link #cumsum(Tensor, int)} and
     * {@link #cumprod(Tensor, int)} (int64 for integer and bool x, as NumPy 2); MAXIMUM and MINIMUM
     * keep x's type, propagate NaN from its position on and, of two equal values (two zeros), take
     * the element, as NumPy (so {@code maximum.accumulate([0.0, -0.0])} is {@code [0.0, -0.0]}).
     * Exact: NumPy's result bit for bit, except for float16 ties of zeros: NumPy 2.4's float16 loop
     * keeps the running value there ({@code [0.0, 0.0]}), jtensor takes the element as for the
     * other float types.
     *
     * <pre>{@code
     * accumulate(BinaryOp.MAXIMUM, array(new double[] {1, 3, 2, Double.NaN, 5}), 0)   // [1. 3. 3. nan nan]
     * }</pre>
     *
     * @throws IllegalArgumentException for another op, a 0-d x (NumPy's "cannot accumulate on a
     *                                  scalar") or an axis out of range
     */
    public static Tensor accumulate(BinaryOp op, Tensor x, int axis) {
        return Scanning.accumulate(op, x, axis);
    }

    /** {@code op.accumulate(x)} along axis 0, NumPy's default; see {@link #accumulate(BinaryOp, Tensor, int)}. */
    public static Tensor accumulate(BinaryOp op, Tensor x) {
        return Scanning.accumulate(op, x, 0);
    }

    // ---- files: np.savez_compressed, np.savetxt, np.loadtxt ------------------------------------------

    /**
     * Writes several tensors to one compressed NumPy {@code .npz} archive
     * ({@code np.savez_compressed(file, **tensors)}): the archive {@link #savez} writes, with every
     * {@code KEY.npy} member deflated (zlib's default level, as Python's zipfile). Read it back with
     * {@link #loadNpz}. Replaces an existing file.
     *
     * <pre>{@code
     * Np.savezCompressed(Path.of("model.npz"), Map.of("w", w));   // python: np.load("model.npz")["w"]
     * }</pre>
     *
     * @throws IOException when the file cannot be written
     */
    public static void savezCompressed(Path file, Map<String, Tensor> tensors) throws IOException {
        Objects.requireNonNull(file, "savezCompressed: file is null");
        NpzArchive.write(file, tensors, true);
    }

    /**
     * {@code np.savetxt(file, x)}: each element as {@code %.18e}, one row per line, separated by a
     * space; see {@link #savetxt(Path, Tensor, String, String, String, String, String, String)}.
     */
    public static void savetxt(Path file, Tensor x) throws IOException {
        savetxt(file, x, "%.18e", " ", "\n", "", "", "# ");
    }

    /** {@code np.savetxt(file, x, fmt)}; see {@link #savetxt(Path, Tensor, String, String, String, String, String, String)}. */
    public static void savetxt(Path file, Tensor x, String fmt) throws IOException {
        savetxt(file, x, fmt, " ", "\n", "", "", "# ");
    }

    /** {@code np.savetxt(file, x, fmt, delimiter)}; see {@link #savetxt(Path, Tensor, String, String, String, String, String, String)}. */
    public static void savetxt(Path file, Tensor x, String fmt, String delimiter) throws IOException {
        savetxt(file, x, fmt, delimiter, "\n", "", "", "# ");
    }

    /**
     * {@code np.savetxt(file, x, fmt, delimiter, newline, header, footer, comments)}: writes a 1-d
     * tensor one element per line, a 2-d tensor one row per line, byte for byte as NumPy 2 does
     * (Latin-1 text; replaces an existing file).
     *
     * <p>{@code fmt} is a Python %-format: with a single {@code %} it is repeated for every column,
     * joined by {@code delimiter}; otherwise it must hold exactly one {@code %} per column (NumPy
     * counts {@code %} characters, so {@code %%} counts too; use the per-column overload for a
     * literal percent). Supported conversions: {@code %d %i %u} (a float is truncated toward zero,
     * as Python's {@code int()}; NaN and infinity are errors), {@code %e %E %f %F %g %G} (an integer
     * or bool is converted to float64 first, as Python does, so int64 values beyond 2^53 round),
     * with flags {@code - + space 0 #}, width and precision. Digits are CPython's: correctly
     * rounded with ties to even on the exact binary value, at least two exponent digits,
     * {@code nan}, {@code inf}, {@code -inf} (upper case for {@code E F G}, NaN printed without sign),
     * {@code -0.0} keeps its sign; the 0 flag pads nan and inf with zeros too, as Python.
     * A non-empty header (footer) is written first (last) with {@code comments} before it and after
     * each of its {@code \n}, then {@code newline}.
     *
     * <p>The tensor is downloaded to the host once (text formatting is host work on every backend)
     * and the text is built before the file is opened, so a format error leaves no file behind.
     *
     * <pre>{@code
     * Np.savetxt(Path.of("x.csv"), array(new double[][] {{1, 2.5}, {3, -0.0}}), "%.2f", ",");
     * // 1.00,2.50
     * // 3.00,-0.00
     * }</pre>
     *
     * @throws IllegalArgumentException for a 0-d or 3-d+ tensor (NumPy's "Expected 1D or 2D array"),
     *                                  an unsupported conversion ({@code %s}, {@code %x}, ...), a fmt
     *                                  whose count does not fit the columns, or NaN/infinity with
     *                                  {@code %d}
     * @throws IOException              when the file cannot be written, or the header, footer or a
     *                                  literal is not Latin-1
     */
    public static void savetxt(Path file, Tensor x, String fmt, String delimiter, String newline, String header,
                               String footer, String comments) throws IOException {
        Objects.requireNonNull(fmt, "savetxt: fmt is null");
        TextTableWriter.write(file, x, new String[] {fmt}, true, delimiter, newline, header, footer, comments);
    }

    /**
     * {@code np.savetxt(file, x, fmt=[...], ...)}: one format per column (exactly as many as
     * columns), joined by {@code delimiter}; otherwise as
     * {@link #savetxt(Path, Tensor, String, String, String, String, String, String)}.
     *
     * <pre>{@code
     * Np.savetxt(path, xy, new String[] {"%d", "%.3e"}, ",", "\n", "x,y", "", "");
     * }</pre>
     *
     * @throws IllegalArgumentException when the number of formats is not the number of columns
     *                                  (NumPy's "fmt has wrong shape"), and as the string overload
     */
    public static void savetxt(Path file, Tensor x, String[] fmt, String delimiter, String newline, String header,
                               String footer, String comments) throws IOException {
        Objects.requireNonNull(fmt, "savetxt: fmt is null");
        TextTableWriter.write(file, x, fmt.clone(), false, delimiter, newline, header, footer, comments);
    }

    /**
     * {@code np.loadtxt(file)}: float64, whitespace-separated, {@code #} comments; see
     * {@link #loadtxt(Path, DType, String, String, int, int[], boolean, int, long)}.
     */
    public static Tensor loadtxt(Path file) throws IOException {
        return loadtxt(file, DType.FLOAT64, "#", null, 0, null, false, 0, -1);
    }

    /** {@code np.loadtxt(file, dtype)}; see {@link #loadtxt(Path, DType, String, String, int, int[], boolean, int, long)}. */
    public static Tensor loadtxt(Path file, DType dtype) throws IOException {
        return loadtxt(file, dtype, "#", null, 0, null, false, 0, -1);
    }

    /**
     * {@code np.loadtxt(file, dtype, delimiter=delimiter)}; see
     * {@link #loadtxt(Path, DType, String, String, int, int[], boolean, int, long)}.
     */
    public static Tensor loadtxt(Path file, DType dtype, String delimiter) throws IOException {
        return loadtxt(file, dtype, "#", delimiter, 0, null, false, 0, -1);
    }

    /**
     * {@code np.loadtxt(file, dtype, comments, delimiter, skiprows=, usecols=, unpack=, ndmin=,
     * max_rows=)} onto the current backend, with NumPy 2's parser. The file is read as UTF-8.
     *
     * <ul>
     *   <li>Lines end at {@code \n}, {@code \r\n} or {@code \r}. The first {@code skiprows}
     *       lines are skipped whatever they hold; then text from {@code comments} on is dropped
     *       ({@code null}: no comments); a line left empty is not a row (with the whitespace
     *       delimiter, a blank line), and {@code maxRows} counts only rows ({@code -1}: all).</li>
     *   <li>{@code delimiter} is one character, or {@code null} for runs of space, tab, VT and FF
     *       (leading and trailing whitespace ignored). With a delimiter, whitespace around each
     *       value is ignored and an empty field is an error. No quoting.</li>
     *   <li>Floats are Python float literals: {@code 1}, {@code +1.5e3}, {@code 1.}, {@code .5},
     *       {@code nan}, {@code inf}, {@code -Infinity} (case-insensitive), correctly rounded;
     *       float32 is parsed as float64 and then rounded, as NumPy does. Hex floats,
     *       {@code 1_000}, {@code 1.0f} are errors. Integer and bool types take decimal integers
     *       only ({@code 1.0} is an error for int64, as NumPy 2), within the type's range ({@code 128}
     *       is an error for int8), with no minus sign for uint8/uint16/uint32 ({@code -0} included, as
     *       NumPy's unsigned parser); bool is {@code value != 0}.</li>
     *   <li>{@code usecols} picks columns (negative counts from the end; {@code null}: all, and then
     *       every row must have as many columns as the first).</li>
     *   <li>The shape is NumPy's: the (rows, columns) table is squeezed (every length-1 axis
     *       removed) when it has more than {@code ndmin} dimensions, then grown to {@code ndmin}
     *       (0, 1 or 2; a 1-d result becomes a column); {@code unpack} transposes the result.
     *       No data gives shape (0) (or (0, k) with k usecols), as NumPy, but without
     *       NumPy's "input contained no data" warning.</li>
     * </ul>
     *
     * <pre>{@code
     * // data.csv: "# x,y\n1,2.5\n3,nan\n"
     * Tensor t = Np.loadtxt(Path.of("data.csv"), DType.FLOAT64, "#", ",", 0, null, false, 0, -1);
     * // [[1. 2.5] [3. nan]]
     * }</pre>
     *
     * @throws IllegalArgumentException for a value that does not parse (the message names the
     *                                  line, the column and the string), a row whose column count
     *                                  differs from the first's, a usecols index out of range for a
     *                                  row, or an invalid option (ndmin, negative skiprows, a
     *                                  delimiter of more than one character, an empty comment string)
     * @throws IOException              when the file cannot be read
     */
    public static Tensor loadtxt(Path file, DType dtype, String comments, String delimiter, int skiprows, int[] usecols,
                                 boolean unpack, int ndmin, long maxRows) throws IOException {
        Objects.requireNonNull(file, "loadtxt: file is null");
        var options = new TextTableReader.Options(dtype, comments, delimiter, skiprows, usecols, unpack, ndmin, maxRows);
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return TextTableReader.read(in, options, file.toString());
        }
    }

    /**
     * {@code np.loadtxt} from a reader (which is not closed), e.g. {@code new StringReader(text)};
     * see {@link #loadtxt(Path, DType, String, String, int, int[], boolean, int, long)}.
     */
    public static Tensor loadtxt(Reader in, DType dtype, String comments, String delimiter, int skiprows, int[] usecols,
                                 boolean unpack, int ndmin, long maxRows) throws IOException {
        Objects.requireNonNull(in, "loadtxt: reader is null");
        var options = new TextTableReader.Options(dtype, comments, delimiter, skiprows, usecols, unpack, ndmin, maxRows);
        return TextTableReader.read(in, options, "<reader>");
    }

    // ---- window functions, i0 and small NumPy helpers ----

    /**
     * {@code np.hanning(M)}: the Hann window {@code 0.5 + 0.5*cos(pi*n/(M-1))} for
     * {@code n = 1-M, 3-M, ..., M-1}, float64, on the current backend, computed in NumPy's order
     * (so it differs from NumPy only by the backend's cos). M &lt; 1 gives an empty tensor, M == 1
     * {@code [1.0]}.
     *
     * <pre>{@code
     * hanning(5)   // [0.0, 0.5, 1.0, 0.5, 0.0]
     * }</pre>
     */
    public static Tensor hanning(long m) {
        return Windows.cosine(Windows.Cosine.HANNING, m);
    }

    /**
     * {@code np.hamming(M)}: {@code 0.54 + 0.46*cos(pi*n/(M-1))} for {@code n = 1-M, 3-M, ..., M-1},
     * float64, on the current backend; M &lt; 1 empty, M == 1 {@code [1.0]}.
     *
     * <pre>{@code
     * hamming(3)   // [0.08, 1.0, 0.08]
     * }</pre>
     */
    public static Tensor hamming(long m) {
        return Windows.cosine(Windows.Cosine.HAMMING, m);
    }

    /**
     * {@code np.blackman(M)}: {@code 0.42 + 0.5*cos(pi*n/(M-1)) + 0.08*cos(2.0*pi*n/(M-1))} for
     * {@code n = 1-M, 3-M, ..., M-1}, float64, on the current backend; M &lt; 1 empty, M == 1
     * {@code [1.0]}. As in NumPy the ends are about -1.4e-17, not 0.
     *
     * <pre>{@code
     * blackman(3)   // [-1.3877787807814457e-17, 1.0, -1.3877787807814457e-17]
     * }</pre>
     */
    public static Tensor blackman(long m) {
        return Windows.cosine(Windows.Cosine.BLACKMAN, m);
    }

    /**
     * {@code np.bartlett(M)}: the triangular window {@code where(n <= 0, 1 + n/(M-1), 1 - n/(M-1))}
     * for {@code n = 1-M, 3-M, ..., M-1}, float64, on the current backend, exactly NumPy's values
     * (no transcendental); M &lt; 1 empty, M == 1 {@code [1.0]}.
     *
     * <pre>{@code
     * bartlett(5)   // [0.0, 0.5, 1.0, 0.5, 0.0]
     * }</pre>
     */
    public static Tensor bartlett(long m) {
        return Windows.bartlett(m);
    }

    /**
     * {@code np.kaiser(M, beta)}: {@code i0(beta*sqrt(1 - ((n-alpha)/alpha)**2)) / i0(beta)} for
     * {@code n = 0..M-1}, {@code alpha = (M-1)/2}, float64, on the current backend; M &lt; 1 empty,
     * M == 1 {@code [1.0]}. NumPy's {@code **2.0} is its exact square fast path, as here; the
     * result differs from NumPy's only by the backend's exp (see {@link #i0}). A NaN beta gives NaN
     * everywhere; an infinite beta gives NaN (inf/inf), as in NumPy.
     *
     * <pre>{@code
     * kaiser(3, 5.0)   // [0.03671089, 1.0, 0.03671089]
     * }</pre>
     */
    public static Tensor kaiser(long m, double beta) {
        return Windows.kaiser(m, beta);
    }

    /**
     * {@code np.i0(x)}: the modified Bessel function of the first kind, order 0, by NumPy's
     * implementation (Cephes' Chebyshev coefficients, {@code exp(|x|)*chbevl(|x|/2-2, A)} for
     * |x| &lt;= 8, {@code exp(|x|)*chbevl(32/|x|-2, B)/sqrt(|x|)} above, Clenshaw's recurrence in
     * NumPy's order), on x's backend. float32 stays float32 (NumPy's coefficients are Python
     * floats, weak scalars); bool and integers give float64. NaN gives NaN, +-Inf gives +Inf
     * (overflow beyond |x| of about 713). Accuracy: that of the backend's exp, plus a few roundings.
     *
     * <pre>{@code
     * i0(Np.array(new double[] {0, 1, 10}))   // [1.0, 1.2660658777520082, 2815.716628466254]
     * }</pre>
     */
    public static Tensor i0(Tensor x) {
        return Windows.i0(x);
    }

    /**
     * {@code np.diag_indices_from(a)}: {@link #diagIndices(long, int)} for a's size and rank, on
     * a's backend.
     *
     * <pre>{@code
     * diagIndicesFrom(Np.zeros(3, 3))   // [0 1 2], [0 1 2]
     * }</pre>
     *
     * @throws IllegalArgumentException when a has fewer than 2 dimensions or they are not all equal
     */
    public static Tensor[] diagIndicesFrom(Tensor a) {
        return IndicesFrom.diagIndicesFrom(a);
    }

    /** {@code np.tril_indices_from(a)}: see {@link #trilIndicesFrom(Tensor, long)}. */
    public static Tensor[] trilIndicesFrom(Tensor a) {
        return IndicesFrom.triangleIndicesFrom(a, 0, true);
    }

    /**
     * {@code np.tril_indices_from(a, k)}: {@link #trilIndices(long, long, long)} with a's rows and
     * columns (a need not be square), on a's backend.
     *
     * <pre>{@code
     * trilIndicesFrom(Np.zeros(2, 3), 1)   // rows [0 0 1 1 1], columns [0 1 0 1 2]
     * }</pre>
     *
     * @throws IllegalArgumentException when a is not 2-d
     */
    public static Tensor[] trilIndicesFrom(Tensor a, long k) {
        return IndicesFrom.triangleIndicesFrom(a, k, true);
    }

    /** {@code np.triu_indices_from(a)}: see {@link #triuIndicesFrom(Tensor, long)}. */
    public static Tensor[] triuIndicesFrom(Tensor a) {
        return IndicesFrom.triangleIndicesFrom(a, 0, false);
    }

    /**
     * {@code np.triu_indices_from(a, k)}: {@link #triuIndices(long, long, long)} with a's rows and
     * columns, on a's backend.
     *
     * <pre>{@code
     * triuIndicesFrom(Np.zeros(3, 3), 1)   // rows [0 0 1], columns [1 2 2]
     * }</pre>
     *
     * @throws IllegalArgumentException when a is not 2-d
     */
    public static Tensor[] triuIndicesFrom(Tensor a, long k) {
        return IndicesFrom.triangleIndicesFrom(a, k, false);
    }

    /**
     * {@code np.ix_(*seqs)}: an open mesh; sequence k becomes shape (1, .., n_k, .., 1). A bool
     * sequence stands for its true positions (int64, {@code nonzero}); any other sequence keeps
     * its type, empty ones too (as NumPy does for an ndarray), and the result is a view of it, on
     * its backend.
     *
     * <pre>{@code
     * ix(Np.array(new long[] {0, 1}), Np.array(new long[] {2, 4}))   // shapes (2, 1) and (1, 2)
     * }</pre>
     *
     * @throws IllegalArgumentException when a sequence is not 1-d
     */
    public static Tensor[] ix(Tensor... seqs) {
        return IndicesFrom.ix(seqs);
    }

    /** {@code np.unstack(x)}: see {@link #unstack(Tensor, int)}. */
    public static Tensor[] unstack(Tensor x) {
        return Unstacking.unstack(x, 0);
    }

    /**
     * {@code np.unstack(x, axis)} (NumPy 2.1): the views {@code x[..., i, ...]}, i along the axis,
     * each with that axis removed; the inverse of {@link #stack(Tensor[], int)}.
     *
     * <pre>{@code
     * unstack(Np.arange(6).reshape(2, 3), 1)   // [0 3], [1 4], [2 5]
     * }</pre>
     *
     * @throws IllegalArgumentException for a 0-d x or an axis out of range (NumPy's AxisError)
     */
    public static Tensor[] unstack(Tensor x, int axis) {
        return Unstacking.unstack(x, axis);
    }

    /**
     * {@code np.broadcast_shapes(*shapes)}: the shape the given shapes broadcast to (none: the
     * 0-d shape {@code []}).
     *
     * <pre>{@code
     * broadcastShapes(new long[] {3, 1}, new long[] {4})   // [3, 4]
     * }</pre>
     *
     * @throws IllegalArgumentException when the shapes do not broadcast or a dimension is negative
     */
    public static long[] broadcastShapes(long[]... shapes) {
        return BroadcastShapes.of(shapes);
    }

    /**
     * {@code np.matvec(a, v)} (NumPy 2.2 gufunc {@code (m,n),(n)->(m)}): the matrix-vector product
     * over broadcast batches, in matmul's result type and accuracy, on the operands' backend.
     *
     * <pre>{@code
     * matvec(Np.array(new double[][] {{1, 2}, {3, 4}}), Np.array(new double[] {1, 1}))   // [3.0, 7.0]
     * }</pre>
     *
     * @throws IllegalArgumentException when a is below 2-d, v is 0-d, the core dimensions differ or
     *                                  the batch shapes do not broadcast
     */
    public static Tensor matvec(Tensor a, Tensor v) {
        return VectorProducts.matvec(a, v);
    }

    /**
     * {@code np.vecmat(v, a)} (NumPy 2.2 gufunc {@code (n),(n,m)->(m)}): the vector-matrix product
     * {@code conj(v) @ a} over broadcast batches (conjugation is a no-op for real types), in
     * matmul's result type and accuracy, on the operands' backend.
     *
     * <pre>{@code
     * vecmat(Np.array(new double[] {1, 1}), Np.array(new double[][] {{1, 2}, {3, 4}}))   // [4.0, 6.0]
     * }</pre>
     *
     * @throws IllegalArgumentException when a is below 2-d, v is 0-d, the core dimensions differ or
     *                                  the batch shapes do not broadcast
     */
    public static Tensor vecmat(Tensor v, Tensor a) {
        return VectorProducts.vecmat(v, a);
    }

    /** {@code np.unwrap(p)}: see {@link #unwrap(Tensor, double, int, double)}; discont period/2, the last axis, period 2 pi. */
    public static Tensor unwrap(Tensor p) {
        return PhaseUnwrapping.unwrap(p, Double.NaN, -1, 2 * Math.PI, false);
    }

    /** {@code np.unwrap(p, discont)}: see {@link #unwrap(Tensor, double, int, double)}; the last axis, period 2 pi. */
    public static Tensor unwrap(Tensor p, double discont) {
        return PhaseUnwrapping.unwrap(p, discont, -1, 2 * Math.PI, false);
    }

    /**
     * {@code np.unwrap(p, discont, axis, period=period)} with a float period: p with every jump
     * along the axis larger than {@code max(discont, period/2)} replaced by its complement modulo
     * period, by NumPy's formula ({@code diff}, {@code mod} into [-period/2, period/2), a
     * -period/2 from a positive jump made +period/2, {@code cumsum} of the corrections), on p's
     * backend. The type is p's floating type (float32 stays float32), float64 for integer or bool p
     * (bool differences are NumPy's {@code diff}: not_equal).
     * {@code discont} NaN stands for NumPy's None (period/2); a NaN in p makes the rest of its line
     * NaN, as in NumPy.
     *
     * <pre>{@code
     * unwrap(Np.array(new double[] {0, 3, 6.5}), Double.NaN, -1, 2 * Math.PI)   // [0.0, 3.0, 0.2168...]
     * }</pre>
     *
     * @throws IllegalArgumentException for a 0-d p or an axis out of range
     */
    public static Tensor unwrap(Tensor p, double discont, int axis, double period) {
        return PhaseUnwrapping.unwrap(p, discont, axis, period, false);
    }

    /**
     * {@code np.unwrap(p, discont, axis, period=period)} with a Python int period: for an integer p
     * the arithmetic stays in p's type, with NumPy's bounds {@code divmod(period, 2)} (the +period/2
     * fix-up only for an even period), the unwrapped values written back into p's type unsafely (an
     * unsigned p's sums wrap, as NumPy's uint64 sums do); for a floating p as
     * {@link #unwrap(Tensor, double, int, double)}.
     *
     * <pre>{@code
     * unwrap(Np.array(new long[] {2, 3, 4, 5, 2, 3, 4, 5}), Double.NaN, -1, 4L)   // [2 3 4 5 6 7 8 9]
     * }</pre>
     *
     * @throws IllegalArgumentException for a 0-d p or an axis out of range
     */
    public static Tensor unwrap(Tensor p, double discont, int axis, long period) {
        return PhaseUnwrapping.unwrap(p, discont, axis, period, true);
    }

    /**
     * {@code np.polydiv(u, v)}: {@code {quotient, remainder}} of the polynomials with coefficients
     * u and v (highest power first), by NumPy's long-division loop on u's backend, in the floating
     * common type (integers become float64, float32 pairs stay float32). The remainder's leading
     * coefficients are dropped while they are allclose to 0 (|r[0]| &lt;= 1e-8) and more than one is
     * left, as NumPy does. A zero v[0] gives Inf/NaN as in NumPy; a v longer than u gives quotient
     * {@code [0.0]}.
     *
     * <pre>{@code
     * polydiv(Np.array(new double[] {3, 5, 2}), Np.array(new double[] {2, 1}))   // [1.5, 1.75], [0.25]
     * }</pre>
     *
     * @throws IllegalArgumentException when u or v has more than one dimension (NumPy gives
     *                                  meaningless results there)
     * @throws IndexOutOfBoundsException when u or v is empty (NumPy's IndexError)
     */
    public static Tensor[] polydiv(Tensor u, Tensor v) {
        return PolynomialDivision.polydiv(u, v);
    }

    /**
     * {@code np.lib.stride_tricks.sliding_window_view(x, windowShape)}: a view of every window of
     * {@code windowShape} (one size per axis of x), with x's axes shortened to the window positions
     * ({@code n - w + 1}) followed by the window's axes; nothing is copied. Its elements overlap, so
     * like NumPy's read-only result it cannot be an {@code out=} or be written into (an
     * IllegalArgumentException naming the op); reductions over the window axes give moving
     * statistics, e.g. max pooling.
     *
     * <pre>{@code
     * Tensor w = slidingWindowView(arange(6.0), new long[] {3});  // [[0 1 2] [1 2 3] [2 3 4] [3 4 5]]
     * Tensor movingMean = mean(w, -1);                            // [1 2 3 4]
     * }</pre>
     *
     * @throws IllegalArgumentException for a negative size, a window larger than its axis, or
     *                                  windowShape without one size per axis of x
     */
    public static Tensor slidingWindowView(Tensor x, long[] windowShape) {
        return SlidingWindows.view(x, windowShape, null);
    }

    /**
     * {@code sliding_window_view(x, windowShape, axis=axes)}: windows along the given axes only
     * (one size each; an axis may repeat, windowing it again), their axes appended in that order.
     *
     * <pre>{@code
     * slidingWindowView(image, new long[] {2, 2}, new int[] {0, 1})   // every 2x2 patch: (h-1, w-1, 2, 2)
     * }</pre>
     *
     * @throws IllegalArgumentException as {@link #slidingWindowView(Tensor, long[])}, for an axis
     *                                  out of range, or as many sizes as axes not given
     */
    public static Tensor slidingWindowView(Tensor x, long[] windowShape, int[] axes) {
        Objects.requireNonNull(axes, "slidingWindowView: axes is null");
        return SlidingWindows.view(x, windowShape, axes);
    }

    /**
     * {@code np.frombuffer(buffer, dtype)}: a 1-d tensor on the current backend holding the
     * buffer's little-endian elements ({@link Tensor#tobytes()}'s layout, NumPy's native one on x86-64
     * and ARM); bool reads any non-zero byte as true. A copy, where NumPy shares the buffer.
     *
     * <pre>{@code
     * Tensor y = frombuffer(x.tobytes(), x.dtype()).reshape(x.shape());   // x again
     * }</pre>
     *
     * @throws IllegalArgumentException when the buffer's length is not a multiple of the element size
     */
    public static Tensor frombuffer(byte[] buffer, DType dtype) {
        return RawBytes.frombuffer(currentBackend(), buffer, dtype, -1, 0);
    }

    /**
     * {@code np.frombuffer(buffer, dtype, count, offset)}: {@code count} elements (-1: all that
     * follow) from byte {@code offset} on.
     *
     * @throws IllegalArgumentException for an offset outside the buffer, fewer bytes than count
     *                                  elements need, or (count -1) a remainder that is not a whole
     *                                  number of elements
     */
    public static Tensor frombuffer(byte[] buffer, DType dtype, long count, long offset) {
        return RawBytes.frombuffer(currentBackend(), buffer, dtype, count, offset);
    }

    // ---- printing: format_float_positional/scientific, array2string, array_str/repr, print options ----

    /**
     * {@code np.format_float_positional(x)}: the shortest digits that identify x among the
     * float64 values, in positional notation, with the point kept ({@code "1."}, {@code "0.1"},
     * {@code "-0."}). NaN prints {@code nan} (no sign), infinities {@code inf}/{@code -inf}.
     *
     * <pre>{@code
     * formatFloatPositional(0.1 + 0.2)   // "0.30000000000000004"
     * }</pre>
     */
    public static String formatFloatPositional(double x) {
        return formatFloatPositional(x, FloatFormat.positional());
    }

    /**
     * {@code np.format_float_positional(x, precision, unique, fractional, trim, sign, pad_left,
     * pad_right, min_digits)} with the options of {@code format}: NumPy's Dragon4, digits of the
     * exact binary value rounded half to even at the cutoff.
     *
     * <pre>{@code
     * formatFloatPositional(Math.PI, FloatFormat.positional().precision(4).padLeft(3))   // "  3.1416"
     * formatFloatPositional(0.5, FloatFormat.positional().precision(0).trim('-'))        // "0"
     * }</pre>
     *
     * @throws IllegalArgumentException for a scientific format, unique(false) without a precision,
     *                                  precision 0 with fractional(false), or minDigits above precision
     */
    public static String formatFloatPositional(double x, FloatFormat format) {
        checkFloatFormat("formatFloatPositional", format, false);
        return Dragon4.positional(Dragon4.Bits.of(x), format);
    }

    /**
     * {@code np.format_float_positional(np.float32(x))}: as {@link #formatFloatPositional(double)}
     * with the shortest digits that identify x among float32 values ({@code 0.1f} prints {@code 0.1},
     * not float64's {@code 0.10000000149011612}).
     */
    public static String formatFloatPositional(float x) {
        return formatFloatPositional(x, FloatFormat.positional());
    }

    /**
     * {@code np.format_float_positional(np.float32(x), ...)}: see
     * {@link #formatFloatPositional(double, FloatFormat)}; unique digits are float32's.
     *
     * <pre>{@code
     * formatFloatPositional(0.1f, FloatFormat.positional().precision(12).unique(false))   // "0.100000001490"
     * }</pre>
     *
     * @throws IllegalArgumentException as {@link #formatFloatPositional(double, FloatFormat)}
     */
    public static String formatFloatPositional(float x, FloatFormat format) {
        checkFloatFormat("formatFloatPositional", format, false);
        return Dragon4.positional(Dragon4.Bits.of(x), format);
    }

    /**
     * {@code np.format_float_scientific(x)}: the shortest unique float64 digits as
     * {@code d.ddde+XX} (at least 2 exponent digits): {@code 1.e+00}, {@code 1.5e-10}.
     * NaN prints {@code nan}, infinities {@code inf}/{@code -inf}.
     *
     * <pre>{@code
     * formatFloatScientific(12345.0)   // "1.2345e+04"
     * }</pre>
     */
    public static String formatFloatScientific(double x) {
        return formatFloatScientific(x, FloatFormat.scientific());
    }

    /**
     * {@code np.format_float_scientific(x, precision, unique, trim, sign, pad_left, exp_digits,
     * min_digits)} with the options of {@code format} (precision counts mantissa digits after the
     * point).
     *
     * <pre>{@code
     * formatFloatScientific(1234.5, FloatFormat.scientific().precision(2).expDigits(3))   // "1.23e+003"
     * }</pre>
     *
     * @throws IllegalArgumentException for a positional format, unique(false) without a precision,
     *                                  or minDigits above precision
     */
    public static String formatFloatScientific(double x, FloatFormat format) {
        checkFloatFormat("formatFloatScientific", format, true);
        return Dragon4.scientific(Dragon4.Bits.of(x), format);
    }

    /** {@code np.format_float_scientific(np.float32(x))}: float32's shortest unique digits. */
    public static String formatFloatScientific(float x) {
        return formatFloatScientific(x, FloatFormat.scientific());
    }

    /**
     * {@code np.format_float_scientific(np.float32(x), ...)}: see
     * {@link #formatFloatScientific(double, FloatFormat)}.
     *
     * <pre>{@code
     * formatFloatScientific(3.4028235e38f, FloatFormat.scientific().precision(3))   // "3.403e+38"
     * }</pre>
     *
     * @throws IllegalArgumentException as {@link #formatFloatScientific(double, FloatFormat)}
     */
    public static String formatFloatScientific(float x, FloatFormat format) {
        checkFloatFormat("formatFloatScientific", format, true);
        return Dragon4.scientific(Dragon4.Bits.of(x), format);
    }

    private static void checkFloatFormat(String op, FloatFormat format, boolean scientific) {
        if (format.isScientific() != scientific) {
            throw new IllegalArgumentException(op + ": expected FloatFormat." + (scientific ? "scientific()" : "positional()")
                    + " options, got " + format);
        }
        format.check(op);
    }

    /**
     * {@code np.array2string(x, max_line_width, precision, suppress_small, separator, prefix,
     * threshold=..., edgeitems=..., sign=..., floatmode=..., suffix=...)} with every option from
     * {@code options} (start from {@link #getPrintOptions()} to change only some). Reads x back
     * from its backend once (only the edge items when summarised). Floats share one notation and
     * width chosen as NumPy's FloatingFormat chooses it (scientific when the largest |value| is
     * 1e8 or more — 1e6 for float32 —, or, unless suppressSmall, the smallest non-zero is below
     * 1e-4 or the ratio above 1000); NaN and Inf print as options' nanStr/infStr, right-aligned.
     * Bools print {@code  True}/{@code False}; prefix and suffix are not printed, they only move
     * the wrapping. A 0-d tensor prints its element in this layout ({@code 1.}); an empty one
     * {@code []}.
     *
     * <pre>{@code
     * array2string(Np.array(new double[] {1, 2.5}), PrintOptions.defaults().separator(", "))   // "[1. , 2.5]"
     * }</pre>
     */
    public static String array2string(Tensor x, PrintOptions options) {
        return TensorFormat.array2string(x, options);
    }

    /** {@code np.array2string(x)} with the current print options. */
    public static String array2string(Tensor x) {
        return array2string(x, TensorFormat.current());
    }

    /**
     * {@code np.array_str(x)} with the current print options: what {@code Tensor.toString()}
     * prints ({@code [1. 2.]}); a 0-d tensor prints as Python's {@code str} of the scalar
     * ({@code 1.0}, {@code 1e+16}, {@code True}), ignoring precision.
     */
    public static String arrayStr(Tensor x) {
        return TensorFormat.str(x, TensorFormat.current());
    }

    /**
     * {@code np.array_str(x, max_line_width, precision, suppress_small)}: the current options with
     * these three changed.
     *
     * <pre>{@code
     * arrayStr(Np.array(new double[] {Math.PI, 1e-9}), 75, 3, true)   // "[3.142 0.   ]"
     * }</pre>
     *
     * @throws IllegalArgumentException for a negative precision
     */
    public static String arrayStr(Tensor x, int maxLineWidth, int precision, boolean suppressSmall) {
        return arrayStr(x, TensorFormat.current().maxLineWidth(maxLineWidth).precision(precision)
                .suppressSmall(suppressSmall));
    }

    /**
     * {@code np.array_str(x, ...)} with every print option from {@code options} (its separator,
     * prefix and suffix are not used).
     */
    public static String arrayStr(Tensor x, PrintOptions options) {
        return TensorFormat.str(x, options);
    }

    /**
     * {@code np.array_repr(x)} with the current print options: NumPy 2.4's layout
     * {@code array([1., 2.], dtype=float32)}; the dtype is left out for float64, int64 and bool
     * (NumPy's default types on Linux), {@code shape=} is added for an empty tensor other than
     * shape (0,) and for a summarised one ({@code array([0, 1, 2, ..., 7, 8, 9], shape=(10000,))}),
     * and the extras move to their own line when they would pass the line width.
     *
     * <pre>{@code
     * arrayRepr(Np.zeros(0, 3))   // "array([], shape=(0, 3), dtype=float64)"
     * }</pre>
     */
    public static String arrayRepr(Tensor x) {
        return TensorFormat.repr(x, TensorFormat.current());
    }

    /**
     * {@code np.array_repr(x, max_line_width, precision, suppress_small)}: the current options with
     * these three changed.
     *
     * @throws IllegalArgumentException for a negative precision
     */
    public static String arrayRepr(Tensor x, int maxLineWidth, int precision, boolean suppressSmall) {
        return arrayRepr(x, TensorFormat.current().maxLineWidth(maxLineWidth).precision(precision)
                .suppressSmall(suppressSmall));
    }

    /**
     * {@code np.array_repr(x, ...)} with every print option from {@code options} (its separator,
     * prefix and suffix are not used: repr's are ", ", "array(" and ")").
     */
    public static String arrayRepr(Tensor x, PrintOptions options) {
        return TensorFormat.repr(x, options);
    }

    /**
     * {@code np.set_printoptions(...)}: the options {@code Tensor.toString()}, {@link #arrayStr},
     * {@link #arrayRepr} and {@link #array2string(Tensor)} use on this thread from now on. As NumPy
     * 2 keeps them in a contextvar, they are per thread here (a new thread starts from
     * {@link PrintOptions#defaults()}).
     *
     * <pre>{@code
     * Np.setPrintOptions(Np.getPrintOptions().precision(3));
     * }</pre>
     *
     * @throws IllegalArgumentException when options change separator, prefix or suffix (arguments
     *                                  of array2string, not print options)
     */
    public static void setPrintOptions(PrintOptions options) {
        checkPrintOptions("setPrintOptions", options);
        TensorFormat.setCurrent(options);
    }

    /** {@code np.get_printoptions()}: this thread's print options. */
    public static PrintOptions getPrintOptions() {
        return TensorFormat.current();
    }

    /**
     * {@code with np.printoptions(...)}: sets this thread's print options until the returned scope
     * is closed, then restores the previous ones.
     *
     * <pre>{@code
     * try (var scope = Np.printOptions(Np.getPrintOptions().precision(2))) {
     *     System.out.println(x);   // [3.14 2.72]
     * }
     * }</pre>
     *
     * @throws IllegalArgumentException as {@link #setPrintOptions(PrintOptions)}
     */
    public static PrintOptionsScope printOptions(PrintOptions options) {
        checkPrintOptions("printOptions", options);
        PrintOptionsScope scope = new PrintOptionsScope(TensorFormat.current());
        TensorFormat.setCurrent(options);
        return scope;
    }

    private static void checkPrintOptions(String op, PrintOptions options) {
        PrintOptions d = PrintOptions.defaults();
        if (!options.separator().equals(d.separator()) || !options.prefix().equals(d.prefix())
                || !options.suffix().equals(d.suffix())) {
            throw new IllegalArgumentException(op + ": separator, prefix and suffix are arguments of array2string, "
                    + "not print options (got separator '" + options.separator() + "', prefix '" + options.prefix()
                    + "', suffix '" + options.suffix() + "')");
        }
    }

    // ---- floating-point error handling (np.seterr, np.geterr, np.errstate, np.seterrcall) ----

    /**
     * {@code np.seterr(...)}: how the element-wise ops (float16 included), the sums, products,
     * means and variances ("overflow encountered in reduce") and the running sums and products
     * ("... in accumulate") report floating-point errors on this thread from now on; returns the
     * previous modes. Per thread, as NumPy keeps them in a contextvar (a
     * new thread starts from the default). jtensor's default ignores every category
     * ({@link FloatErrors#IGNORE_ALL}; NumPy warns for divide, over and invalid), so that no op pays
     * for a check; {@code -Djtensor.floatErrors=numpy} starts threads from NumPy's default instead.
     * The ops checked and the rules are listed in the README (section "Floating-point errors").
     *
     * <pre>{@code
     * FloatErrors old = Np.seterr(Np.geterr().withDivide(FloatErrorMode.RAISE));
     * Np.divide(Np.array(new double[] {1}), 0.0);   // FloatingPointException: divide by zero encountered in divide
     * Np.seterr(old);
     * }</pre>
     */
    public static FloatErrors seterr(FloatErrors modes) {
        return FloatErrorChecks.setModes(modes);
    }

    /**
     * {@code np.seterr(divide=..., over=..., under=..., invalid=...)}: the given categories' modes on
     * this thread (a null keeps a category's mode, as NumPy's None); returns the previous modes.
     */
    public static FloatErrors seterr(FloatErrorMode divide, FloatErrorMode over, FloatErrorMode under,
                                     FloatErrorMode invalid) {
        FloatErrors current = FloatErrorChecks.modes();
        return FloatErrorChecks.setModes(new FloatErrors(divide != null ? divide : current.divide(),
                over != null ? over : current.over(), under != null ? under : current.under(),
                invalid != null ? invalid : current.invalid()));
    }

    /** {@code np.seterr(all=mode)}: every category in {@code mode} on this thread; returns the previous modes. */
    public static FloatErrors seterr(FloatErrorMode all) {
        return FloatErrorChecks.setModes(FloatErrors.all(all));
    }

    /** {@code np.geterr()}: this thread's floating-point error modes. */
    public static FloatErrors geterr() {
        return FloatErrorChecks.modes();
    }

    /**
     * {@code np.seterrcall(callback)}: the handler of the 'call' and 'log' modes on this thread
     * (null for none); returns the previous one.
     */
    public static FloatErrorCallback seterrcall(FloatErrorCallback callback) {
        return FloatErrorChecks.setCallback(callback);
    }

    /** {@code np.geterrcall()}: this thread's handler of the 'call' and 'log' modes, or null. */
    public static FloatErrorCallback geterrcall() {
        return FloatErrorChecks.callback();
    }

    /**
     * {@code with np.errstate(...)}: sets this thread's modes until the returned scope is closed,
     * then restores the previous modes and callback. Scopes nest.
     *
     * <pre>{@code
     * try (FloatErrorScope s = Np.errstate(FloatErrors.all(FloatErrorMode.RAISE))) {
     *     Np.sqrt(x);   // FloatingPointException: invalid value encountered in sqrt, for x < 0
     * }
     * }</pre>
     */
    public static FloatErrorScope errstate(FloatErrors modes) {
        java.util.Objects.requireNonNull(modes, "errstate: settings are null");
        FloatErrorScope scope = new FloatErrorScope(FloatErrorChecks.modes(), FloatErrorChecks.callback());
        FloatErrorChecks.setModes(modes);
        return scope;
    }

    /** {@code with np.errstate(all=mode)}: as {@link #errstate(FloatErrors)} with every category in {@code all}. */
    public static FloatErrorScope errstate(FloatErrorMode all) {
        return errstate(FloatErrors.all(all));
    }

    /**
     * {@code with np.errstate(call=callback, ...)}: as {@link #errstate(FloatErrors)}, with
     * {@code callback} handling the 'call' and 'log' modes inside the scope.
     */
    public static FloatErrorScope errstate(FloatErrors modes, FloatErrorCallback callback) {
        FloatErrorScope scope = errstate(modes);
        FloatErrorChecks.setCallback(callback);
        return scope;
    }

    // ---- functional helpers, real-array meaning of the complex helpers, small queries ------------
    // (java.util.function and java.util.List are written out in full to keep Np's imports as they are)

    /**
     * {@code np.piecewise(x, condlist, funclist)}: a new tensor of x's type and shape, zero where
     * nothing applies; for each condition in order {@code y[cond] = f(x[cond])} (f gets the selected
     * elements as a 1-d tensor and is not called when nothing is selected; it returns one value or
     * one per element) or {@code y[cond] = constant} (a {@link Number} or {@link Boolean}). Later
     * conditions win where several hold. With one function more than conditions, the last is the
     * "otherwise" value, used where no condition holds. Values are cast to x's type unsafely, as
     * NumPy's item assignment does (2.7 into int32 gives 2; a NaN or Inf constant into an integer x
     * is an error). Conditions of another type count non-zero as true. A 0-d x takes 0-d conditions.
     * Function results are not closed (the function may return a tensor its caller holds).
     *
     * <pre>{@code
     * Tensor x = Np.array(new double[] {-2, -1, 0, 1, 2});
     * piecewise(x, new Tensor[] {Np.less(x, 0.0)}, List.of((Function<Tensor, Tensor>) Np::negative, 10.0))
     * // [2 1 10 10 10]
     * }</pre>
     *
     * @throws IllegalArgumentException when funclist has neither as many entries as condlist nor one
     *                                  more, an entry is neither a function nor a constant, or a
     *                                  function returns a wrong number of values
     * @throws IndexOutOfBoundsException when a condition's shape is not x's (NumPy's IndexError)
     */
    public static Tensor piecewise(Tensor x, Tensor[] condlist, java.util.List<?> funclist) {
        return Functional.piecewise(x, condlist, funclist);
    }

    /**
     * {@code np.fromfunction(function, shape)}: calls function once with the float64 index grids of
     * shape (one tensor per dimension, as {@code indices(shape)} split along its first axis) on the
     * current backend and returns its result, whatever its type and shape.
     *
     * <pre>{@code
     * fromfunction(g -> Np.add(g[0], g[1]), new long[] {2, 3})   // [[0 1 2] [1 2 3]] (float64)
     * }</pre>
     *
     * @throws IllegalArgumentException for a negative dimension
     */
    public static Tensor fromfunction(java.util.function.Function<Tensor[], Tensor> function, long[] shape) {
        return Functional.fromfunction(function, shape, DType.FLOAT64);
    }

    /** {@code np.fromfunction(function, shape, dtype=dtype)}: as {@link #fromfunction(java.util.function.Function, long[])} with index grids of dtype. */
    public static Tensor fromfunction(java.util.function.Function<Tensor[], Tensor> function, long[] shape,
                                      DType dtype) {
        return Functional.fromfunction(function, shape, dtype);
    }

    /**
     * {@code np.vectorize(f)}: f applied to every element, as a function of a tensor. It runs on the
     * host: the operand is read into a Java array in C order, f is called once per element, and the
     * float64 result (x's shape) is copied to x's backend. Integer elements reach f as doubles
     * (int64 beyond 2^53 rounded); use {@link #vectorizeLong(java.util.function.LongUnaryOperator)} for exact integers.
     * Meant for convenience, not speed, as NumPy's; exceptions f throws propagate. An empty tensor
     * gives an empty result without calling f (NumPy asks for {@code otypes} there; the Java
     * function's type already says it).
     *
     * <pre>{@code
     * UnaryOperator<Tensor> relu6 = Np.vectorize(v -> Math.min(Math.max(v, 0), 6));
     * relu6.apply(Np.array(new double[] {-1, 3, 9}))    // [0. 3. 6.]
     * }</pre>
     *
     * @throws IllegalArgumentException when the tensor has more elements than a Java array holds
     */
    public static java.util.function.UnaryOperator<Tensor> vectorize(java.util.function.DoubleUnaryOperator f) {
        Objects.requireNonNull(f, "vectorize: the function is null");
        return x -> Vectorization.applyDouble("vectorize", f, x);
    }

    /**
     * {@code np.vectorize(f)} of two arguments: f applied to every pair of elements of the
     * broadcast operands (NumPy's broadcasting), on the host as {@link #vectorize(java.util.function.DoubleUnaryOperator)};
     * the float64 result is on the operands' backend.
     *
     * <pre>{@code
     * BinaryOperator<Tensor> hypot = Np.vectorize(Math::hypot);
     * hypot.apply(Np.array(new double[] {3, 5}), Np.array(new double[] {4, 12}).reshape(2, 1))
     * // [[ 5.  7.07106781] [12.36931688 13. ]]
     * }</pre>
     *
     * @throws IllegalArgumentException when the shapes do not broadcast, the broadcast shape has more
     *                                  elements than a Java array holds, or the operands live on
     *                                  different backends
     */
    public static java.util.function.BinaryOperator<Tensor> vectorize(java.util.function.DoubleBinaryOperator f) {
        Objects.requireNonNull(f, "vectorize: the function is null");
        return (x, y) -> Vectorization.applyDouble("vectorize", f, x, y);
    }

    /**
     * {@code np.vectorize(f)} over exact integers: f applied to every element of a bool or integer
     * tensor (bool as 0 and 1), on the host as {@link #vectorize(java.util.function.DoubleUnaryOperator)}; the result
     * is int64 (Java's long arithmetic: wrapping, as NumPy's int64).
     *
     * <pre>{@code
     * Np.vectorizeLong(Long::bitCount).apply(Np.array(new long[] {7, -1}))   // [ 3 64]
     * }</pre>
     *
     * @throws IllegalArgumentException for a float tensor
     */
    public static java.util.function.UnaryOperator<Tensor> vectorizeLong(java.util.function.LongUnaryOperator f) {
        Objects.requireNonNull(f, "vectorizeLong: the function is null");
        return x -> Vectorization.applyLong("vectorizeLong", f, x);
    }

    /**
     * {@code np.vectorize(f)} of two exact integer arguments, broadcast as NumPy broadcasts; the
     * result is int64. See {@link #vectorizeLong(java.util.function.LongUnaryOperator)}.
     *
     * <pre>{@code
     * Np.vectorizeLong(Math::floorMod).apply(Np.arange(5L), Np.array(new long[] {3}))   // [0 1 2 0 1]
     * }</pre>
     *
     * @throws IllegalArgumentException for a float tensor, or shapes that do not broadcast
     */
    public static java.util.function.BinaryOperator<Tensor> vectorizeLong(java.util.function.LongBinaryOperator f) {
        Objects.requireNonNull(f, "vectorizeLong: the function is null");
        return (x, y) -> Vectorization.applyLong("vectorizeLong", f, x, y);
    }

    /**
     * {@code np.apply_along_axis(func1d, axis, x)}: func1d is called on each 1-d line of x along the
     * axis (C order of the other indices) and the results are stacked where the axis was: a 0-d
     * result drops the axis, a k-d result replaces it by its k dimensions. The first result fixes
     * the result's type and shape; later ones are cast to that type (unsafely) and must broadcast to
     * that shape. Results are on x's backend; func1d's results are not closed.
     *
     * <pre>{@code
     * applyAlongAxis(Np::sum, 1, Np.arange(6).reshape(2, 3))   // [3 12]
     * }</pre>
     *
     * @throws IllegalArgumentException for an axis out of range (a 0-d x has none), an x with an
     *                                  empty dimension other than the axis, or a result that does
     *                                  not broadcast to the first one's shape
     */
    public static Tensor applyAlongAxis(java.util.function.Function<Tensor, Tensor> func1d, int axis, Tensor x) {
        return Functional.applyAlongAxis(func1d, axis, x);
    }

    /**
     * {@code np.apply_over_axes(func, x, axes)}: for each axis in turn (a negative one counted from
     * x's dimensions, then passed non-negative), {@code value = func(value, axis)}; a result with
     * one dimension less gets the axis back as length 1, so the result keeps x's number of
     * dimensions. With no axes the result is a view of x.
     *
     * <pre>{@code
     * applyOverAxes(Np::sum, Np.arange(24).reshape(2, 3, 4), 0, 2)   // shape (1, 3, 1): [[[60] [92] [124]]]
     * }</pre>
     *
     * @throws IllegalArgumentException when func returns neither value's number of dimensions nor one
     *                                  less (NumPy: "function is not returning an array of the correct shape")
     */
    public static Tensor applyOverAxes(java.util.function.BiFunction<Tensor, Integer, Tensor> func, Tensor x,
                                       int... axes) {
        return Functional.applyOverAxes(func, x, axes);
    }

    /**
     * {@code np.shares_memory(a, b)}: whether some element of a and some element of b occupy the
     * same bytes. Exact for every view jtensor makes (slices with any steps, transposes, reversed,
     * broadcast and diagonal views): a bounded search over the other view's strides, refused (as
     * NumPy's {@code TooHardError}) past 10<sup>8</sup> steps. Tensors of different storages never
     * share memory, even when one was copied from the other.
     *
     * <pre>{@code
     * Tensor x = Np.arange(10);
     * sharesMemory(x.slice(0, 0, 10, 2), x.slice(0, 1, 10, 2))   // false (even and odd elements)
     * }</pre>
     *
     * @throws UnsupportedOperationException when the search exceeds its work bound
     */
    public static boolean sharesMemory(Tensor a, Tensor b) {
        return MemoryOverlap.sharesMemory(a, b);
    }

    /**
     * {@code np.may_share_memory(a, b)}: NumPy's bounds check: a and b are views of one storage and
     * the byte ranges they span overlap; true also for interleaved views that share no element (see
     * {@link #sharesMemory}). Empty tensors share nothing.
     *
     * <pre>{@code
     * Tensor x = Np.arange(10);
     * mayShareMemory(x.slice(0, 0, 10, 2), x.slice(0, 1, 10, 2))   // true
     * }</pre>
     */
    public static boolean mayShareMemory(Tensor a, Tensor b) {
        return MemoryOverlap.mayShareMemory(a, b);
    }

    /**
     * {@code np.shares_memory(a, b, max_work=maxWork)}: NumPy's work bound. null or -1 (NumPy's
     * MAY_SHARE_EXACT; -2 too) is {@link #sharesMemory(Tensor, Tensor)}; 0 (MAY_SHARE_BOUNDS) answers
     * false where the byte ranges miss and is too hard otherwise; a positive bound limits the exact
     * search to that many steps. jtensor's search counts its own steps (a depth-first search over
     * the strides, a few per element), not NumPy's, so a small positive bound may be too hard in
     * one library and not the other; every answer given is exact.
     *
     * <pre>{@code
     * Tensor x = Np.arange(10);
     * sharesMemory(x.slice(0, 0, 5, 1), x.slice(0, 3, 10, 1), 0L)   // UnsupportedOperationException (too hard)
     * sharesMemory(x.slice(0, 0, 3, 1), x.slice(0, 5, 10, 1), 0L)   // false: the ranges miss
     * }</pre>
     *
     * @throws UnsupportedOperationException "shares_memory: Exceeded max_work" (NumPy's TooHardError)
     * @throws IllegalArgumentException      for maxWork below -2 (NumPy's "Invalid value for max_work")
     */
    public static boolean sharesMemory(Tensor a, Tensor b, Long maxWork) {
        return MemoryOverlap.sharesMemory(a, b, maxWork);
    }

    /**
     * {@code np.may_share_memory(a, b, max_work=maxWork)}: null or 0 (MAY_SHARE_BOUNDS) is
     * {@link #mayShareMemory(Tensor, Tensor)}; negative (-1 MAY_SHARE_EXACT, -2) the exact answer of
     * {@link #sharesMemory(Tensor, Tensor)}; a positive bound the exact search within that many steps
     * (jtensor's steps, see {@link #sharesMemory(Tensor, Tensor, Long)}), true when it needs more,
     * as NumPy answers a too-hard case.
     *
     * <pre>{@code
     * Tensor x = Np.arange(10);
     * mayShareMemory(x.slice(0, 0, 10, 2), x.slice(0, 1, 10, 2), -1L)   // false (exact)
     * }</pre>
     *
     * @throws IllegalArgumentException for maxWork below -2 (NumPy's "Invalid value for max_work")
     */
    public static boolean mayShareMemory(Tensor a, Tensor b, Long maxWork) {
        return MemoryOverlap.mayShareMemory(a, b, maxWork);
    }

    /**
     * {@code np.real(x)} of a real tensor: a view of x (NumPy returns x itself), so writes to one show
     * in the other; same type, shape and backend.
     *
     * <pre>{@code
     * sharesMemory(real(x), x)   // true
     * }</pre>
     */
    public static Tensor real(Tensor x) {
        return RealParts.real("real", x);
    }

    /**
     * {@code np.imag(x)} of a real tensor: a new tensor of zeros of x's type and shape on x's backend
     * (read-only, as NumPy's: {@link Tensor#isReadOnly()}).
     *
     * <pre>{@code
     * imag(Np.array(new double[] {1.5, -2}))   // [0 0] (float64)
     * }</pre>
     */
    public static Tensor imag(Tensor x) {
        return RealParts.imag(x);
    }

    /**
     * {@code np.conj(x)} of a real tensor: a new copy of x, same type, shape and backend,
     * C-contiguous; bool gives int8 0/1, as NumPy.
     *
     * <pre>{@code
     * conj(Np.array(new long[] {1, -2}))   // [1 -2] (int64, a copy)
     * }</pre>
     */
    public static Tensor conj(Tensor x) {
        return RealParts.conj("conj", x);
    }

    /** {@code np.conjugate(x)}: the same as {@link #conj}. */
    public static Tensor conjugate(Tensor x) {
        return RealParts.conj("conjugate", x);
    }

    /**
     * {@code np.angle(x)} of a real tensor: {@code arctan2(0, x)}, so 0 for x &gt;= +0.0 (and +Inf),
     * pi for x &lt;= -0.0 (-0.0 and -Inf included), NaN for NaN. float32 gives float32, every other
     * type (integers, bool) float64.
     *
     * <pre>{@code
     * angle(Np.array(new double[] {2, -0.0, -3}))   // [0 3.141592653589793 3.141592653589793]
     * }</pre>
     */
    public static Tensor angle(Tensor x) {
        return RealParts.angle(x, false);
    }

    /**
     * {@code np.angle(x, deg)}: with deg, {@link #angle(Tensor)} times 180/pi in the result's type
     * (so 180.0 for negatives, in float32 too).
     */
    public static Tensor angle(Tensor x, boolean deg) {
        return RealParts.angle(x, deg);
    }

    /** {@code np.isreal(x)} of a real tensor: a bool tensor of x's shape, all true (NaN included). */
    public static Tensor isreal(Tensor x) {
        return RealParts.isreal("isreal", x, true);
    }

    /** {@code np.iscomplex(x)} of a real tensor: a bool tensor of x's shape, all false. */
    public static Tensor iscomplex(Tensor x) {
        return RealParts.isreal("iscomplex", x, false);
    }

    /** {@code np.isrealobj(x)}: true, as every jtensor type is real. */
    public static boolean isrealobj(Tensor x) {
        RealParts.check("isrealobj", x);
        return true;
    }

    /** {@code np.iscomplexobj(x)}: false, as jtensor has no complex type. */
    public static boolean iscomplexobj(Tensor x) {
        RealParts.check("iscomplexobj", x);
        return false;
    }

    /**
     * {@code np.real_if_close(x)} of a real tensor: a view of x (NumPy returns x itself). See
     * {@link #realIfClose(Tensor, double)}.
     */
    public static Tensor realIfClose(Tensor x) {
        return RealParts.real("real_if_close", x);
    }

    /** {@code np.real_if_close(x, tol)}: a view of x; tol only matters for complex input, which jtensor has not. */
    public static Tensor realIfClose(Tensor x, double tol) {
        return RealParts.real("real_if_close", x);
    }

    /**
     * {@code np.asarray(x)}: a view of x (NumPy returns x itself; writes through either show in both,
     * closing one leaves the other usable).
     */
    public static Tensor asarray(Tensor x) {
        return ArrayChecks.asarray(x, null, null);
    }

    /**
     * {@code np.asarray(x, dtype)}: a view of x when it already has {@code dtype} (null: x's type),
     * else {@code x.astype(dtype)}, a new tensor.
     *
     * <pre>{@code
     * Tensor w = asarray(Np.array(new double[] {1.5, 2}), DType.FLOAT32);   // a float32 copy
     * }</pre>
     */
    public static Tensor asarray(Tensor x, DType dtype) {
        return ArrayChecks.asarray(x, dtype, null);
    }

    /**
     * {@code np.asarray(x, dtype, copy=copy)}: copy null as {@link #asarray(Tensor, DType)}, true
     * always a new tensor, false a view or an exception.
     *
     * @throws IllegalArgumentException for copy false when dtype differs from x's (NumPy's
     *                                  "Unable to avoid copy" ValueError)
     */
    public static Tensor asarray(Tensor x, DType dtype, Boolean copy) {
        return ArrayChecks.asarray(x, dtype, copy);
    }

    /** {@code np.array(x)} of a tensor: a new C-contiguous copy (NumPy's default copy=True). */
    public static Tensor array(Tensor x) {
        return ArrayChecks.array(x, null, true, 0);
    }

    /**
     * {@code np.array(x, dtype, copy=copy, ndmin=ndmin)} of a tensor: x converted to dtype (null: x's
     * type) with leading axes of length 1 added until it has {@code ndmin} dimensions. copy true
     * always gives a new tensor, null a view when no conversion is needed, false a view or an
     * exception. ({@code ndmax} limits how NumPy discovers dimensions in nested sequences; a tensor's
     * are given, so it has no counterpart here.)
     *
     * <pre>{@code
     * array(arange(3), null, false, 2).shape()   // [1, 3], a view
     * }</pre>
     *
     * @throws IllegalArgumentException for copy false with a dtype other than x's (NumPy's "Unable to
     *                                  avoid copy" ValueError), or ndmin above 64 (NumPy's limit)
     */
    public static Tensor array(Tensor x, DType dtype, Boolean copy, int ndmin) {
        return ArrayChecks.array(x, dtype, copy, ndmin);
    }

    /**
     * {@code np.array(x, dtype, copy=copy, ndmin=ndmin, ndmax=ndmax)} of a tensor: as
     * {@link #array(Tensor, DType, Boolean, int)}; NumPy's ndmax bounds only the dimensions it
     * discovers in nested sequences, so for a tensor, as for an ndarray, it is checked (0..64, at
     * least ndmin) and changes nothing.
     *
     * <pre>{@code
     * array(ones(2, 2), null, null, 0, 1).shape()   // [2, 2], as np.array(np.ones((2, 2)), ndmax=1)
     * }</pre>
     *
     * @throws IllegalArgumentException as the form without ndmax, for ndmax outside 0..64 ("ndmax must
     *                                  be in the range [0, NPY_MAXDIMS (64)]") or below ndmin ("ndmin
     *                                  must be &lt;= ndmax")
     */
    public static Tensor array(Tensor x, DType dtype, Boolean copy, int ndmin, int ndmax) {
        ArrayChecks.checkNdmax(ndmin, ndmax);
        return ArrayChecks.array(x, dtype, copy, ndmin);
    }

    /**
     * {@code np.fromiter(items, dtype)}: a 1-d tensor on the current backend of every item the
     * iterable gives (Numbers or Booleans), each converted as NumPy converts a Python number: exactly
     * into integer types (a float truncated toward zero, as {@code int(2.7)}), rounded once into float
     * types, by its truth into bool (NaN is true).
     *
     * <pre>{@code
     * fromiter(List.of(2.7, -1.5), DType.INT64)                        // [2 -1]
     * fromiter(IntStream.range(0, 5)::iterator, DType.FLOAT32)       // [0. 1. 2. 3. 4.]
     * }</pre>
     *
     * @throws IllegalArgumentException for an item that is null or not a Number/Boolean, an integer
     *                                  beyond an integer dtype's range (NumPy's OverflowError), or a
     *                                  non-finite float for an integer dtype
     */
    public static <T> Tensor fromiter(Iterable<T> items, DType dtype) {
        return fromiter(Objects.requireNonNull(items, "fromiter: items is null"), dtype, -1);
    }

    /**
     * {@code np.fromiter(items, dtype, count)}: as {@link #fromiter(Iterable, DType)}, reading exactly
     * the first {@code count} items (-1: all; never one more).
     *
     * @throws IllegalArgumentException as the form without count, for count below -1, or when the
     *                                  iterable has fewer than count items (NumPy's "iterator too short")
     */
    public static <T> Tensor fromiter(Iterable<T> items, DType dtype, long count) {
        return FromIterator.fromiter(currentBackend(), Objects.requireNonNull(items, "fromiter: items is null").iterator(),
                dtype, count);
    }

    /**
     * {@code np.asarray_chkfinite(x)}: a view of x after checking that no element is NaN, +Inf or
     * -Inf (integer and bool tensors always pass). The check is one isfinite/all reduction on x's
     * backend.
     *
     * <pre>{@code
     * asarrayChkfinite(Np.array(new double[] {1, Double.NaN}))   // IllegalArgumentException
     * }</pre>
     *
     * @throws IllegalArgumentException "asarray_chkfinite: array must not contain infs or NaNs ..."
     */
    public static Tensor asarrayChkfinite(Tensor x) {
        return ArrayChecks.asarrayChkfinite(x);
    }

    /**
     * {@code np.asarray_chkfinite(x, dtype)}: {@link #asarray(Tensor, DType)} (a view when x has
     * dtype), then the check of {@link #asarrayChkfinite(Tensor)} on the converted tensor (so an
     * integer dtype always passes, whatever x held).
     *
     * @throws IllegalArgumentException "asarray_chkfinite: array must not contain infs or NaNs ..."
     */
    public static Tensor asarrayChkfinite(Tensor x, DType dtype) {
        return ArrayChecks.asarrayChkfinite(x, dtype);
    }

    /**
     * {@code np.ascontiguousarray(x)}: x with its elements in C order without gaps. When x already
     * is (see {@link Tensor#isContiguous()}), the result is a view of x, as NumPy returns x itself
     * (writes through either show in both; closing one leaves the other usable); otherwise a C-ordered
     * copy on x's backend. A 0-d x gives a 1-element 1-d view, as NumPy's result has at least one
     * dimension.
     *
     * <pre>{@code
     * Tensor m = arange(6).reshape(2, 3);
     * ascontiguousarray(m.T()).strides()   // [2, 1]: a copy (m.T() has strides [1, 3])
     * ascontiguousarray(m)                 // a view of m
     * }</pre>
     *
     * @return a C-contiguous tensor of x's type, shape (1) for a 0-d x
     */
    public static Tensor ascontiguousarray(Tensor x) {
        return ArrayChecks.ascontiguousarray(x);
    }

    /**
     * {@code np.ascontiguousarray(x, dtype)}: {@link #ascontiguousarray(Tensor)} of x converted to
     * dtype (null: x's type); a converted tensor is always a new C-ordered one.
     */
    public static Tensor ascontiguousarray(Tensor x, DType dtype) {
        return ArrayChecks.ascontiguousarray(x, dtype);
    }

    /**
     * {@code np.asfortranarray(x)}: a view of x when its elements already lie in Fortran order without
     * gaps (NumPy's {@code f_contiguous}: 1-d contiguous and empty tensors too; NumPy returns x
     * itself), else a Fortran-ordered copy; a 0-d x becomes a 1-element 1-d tensor, as NumPy's result
     * has at least one dimension.
     *
     * <pre>{@code
     * isfortran(asfortranarray(arange(6).reshape(2, 3)))   // true, a copy
     * }</pre>
     */
    public static Tensor asfortranarray(Tensor x) {
        return ArrayRequirements.asfortranarray(x, null);
    }

    /**
     * {@code np.asfortranarray(x, dtype)}: {@link #asfortranarray(Tensor)} of x converted to dtype
     * (null: x's type); a converted tensor is always a new Fortran-ordered one.
     */
    public static Tensor asfortranarray(Tensor x, DType dtype) {
        return ArrayRequirements.asfortranarray(x, dtype);
    }

    /**
     * {@code np.require(a, dtype, requirements)}: a with dtype (null: a's) and every requirement met,
     * a view of a where it already meets them (NumPy returns a itself), else a copy. Requirements, in
     * any case: "C" ("C_CONTIGUOUS", "CONTIGUOUS") C order, "F" ("F_CONTIGUOUS", "FORTRAN") Fortran
     * order, "A" ("ALIGNED") always met, "W" ("WRITEABLE") not read-only, "O" ("OWNDATA") a tensor
     * that spans its whole storage, "E" ("ENSUREARRAY") always met. Without C or F a copy keeps a's
     * order when a is Fortran- but not C-contiguous (NumPy's order 'A'). None given (null or empty):
     * {@link #asarray(Tensor, DType)}.
     *
     * <p>Deviation: jtensor does not record which tensor allocated a storage, so "O" accepts any view
     * that covers its whole storage from the start in C or Fortran order (a reshape or transpose of a
     * fresh tensor), where NumPy copies every view; the values are the same either way.
     *
     * <pre>{@code
     * require(x.T(), DType.FLOAT32, "C", "W")   // a C-ordered, writable float32 copy
     * }</pre>
     *
     * @throws IllegalArgumentException for an unknown requirement (NumPy's KeyError) or both C and F
     *                                  ("Cannot specify both "C" and "F" order")
     */
    public static Tensor require(Tensor a, DType dtype, String... requirements) {
        return ArrayRequirements.require(a, dtype, requirements);
    }

    /**
     * {@code np.isscalar(element)}: true for the Java values that stand for Python's scalars (a
     * {@link Number}, {@link Boolean}, {@link Character} or {@link CharSequence}, as Python's int,
     * float, bool and str), false for tensors (0-d ones too, as NumPy's 0-d arrays), Java arrays,
     * collections and null.
     *
     * <pre>{@code
     * isscalar(3.0)                  // true
     * isscalar(Np.array(3.0))        // false
     * }</pre>
     */
    public static boolean isscalar(Object element) {
        return TypeCodes.isscalar(element);
    }

    /**
     * {@code np.iterable(y)}: whether y can be iterated: a tensor with at least one dimension (a 0-d
     * one cannot, as in NumPy), a Java array, an {@link Iterable}, {@link java.util.Iterator},
     * {@link java.util.stream.BaseStream}, {@link Map} (Python's dict), {@link CharSequence} or
     * {@link Character} (Python's str); false for numbers, booleans and null.
     *
     * <pre>{@code
     * iterable(List.of(1, 2))   // true
     * iterable(5)               // false
     * }</pre>
     */
    public static boolean iterable(Object y) {
        return TypeCodes.iterable(y);
    }

    /**
     * {@code np.mintypecode(typechars)}: {@link #mintypecode(Object[], String, String)} with NumPy's
     * defaults typeset "GDFgdf" and default "d".
     */
    public static String mintypecode(Object... typechars) {
        return TypeCodes.mintypecode(typechars, "GDFgdf", "d");
    }

    /**
     * {@code np.mintypecode(typechars, typeset, default)}: the type character of the smallest type in
     * typeset that every given type can be safely cast to, as NumPy computes it: the codes of
     * typechars (a String as it is, a {@link Character}, or the NumPy character of a {@link DType}
     * or tensor's dtype: int64 'l', float16 'e', ...) that occur in typeset; none: default; 'F' with
     * 'd': "D"; else the one first in "GDFgdfQqLlIiHhBb?" (larger types first). Like NumPy's, a code
     * is looked up in typeset as a substring.
     *
     * <pre>{@code
     * mintypecode(new Object[] {"d", "f", "S"}, "GDFgdf", "d")   // "d"
     * mintypecode(new Object[] {"F", "d"}, "GDFgdf", "d")        // "D"
     * mintypecode(DType.INT8)                                    // "d" (no int code is in typeset)
     * }</pre>
     *
     * @throws IllegalArgumentException for an item that is no type character, DType or tensor, or a
     *                                  code in typeset that NumPy's size order lacks (its ValueError)
     */
    public static String mintypecode(Object[] typechars, String typeset, String defaultCode) {
        return TypeCodes.mintypecode(typechars, typeset, defaultCode);
    }

    /**
     * {@code np.typename(char)}: NumPy's description of a type character: "?" bool, "b" signed char,
     * "B" unsigned char, "h" short, "H" unsigned short, "i" integer, "I" unsigned integer, "l" long
     * integer, "L" unsigned long integer, "q" long long integer, "Q" unsigned long long integer, "f"
     * single precision, "d" double precision, "g" long precision, "F", "D", "G" complex single, double,
     * long double precision, "S1" character, "S" string, "U" unicode, "V" void, "O" object.
     *
     * <pre>{@code
     * typename("d")   // "double precision"
     * }</pre>
     *
     * @throws IllegalArgumentException for any other string (NumPy's KeyError; float16's "e" has none)
     */
    public static String typename(String code) {
        return TypeCodes.typename(code);
    }

    /**
     * {@code np.isfortran(x)}: whether x's elements lie in Fortran order without gaps (the first
     * index varying fastest) and not also in C order. 0-d, 1-d and empty tensors, and those whose
     * axes but one have length 1, are in both orders and give false, as in NumPy.
     *
     * <pre>{@code
     * isfortran(arange(6).reshape(2, 3).T())   // true
     * isfortran(arange(6).reshape(2, 3))       // false
     * }</pre>
     */
    public static boolean isfortran(Tensor x) {
        return ArrayChecks.isfortran(x);
    }

    /** {@code np.ndim(x)}: x's number of dimensions. */
    public static int ndim(Tensor x) {
        Objects.requireNonNull(x, "ndim: x is null");
        return x.ndim();
    }

    /** {@code np.shape(x)}: x's shape (a copy). */
    public static long[] shape(Tensor x) {
        Objects.requireNonNull(x, "shape: x is null");
        return x.shape();
    }

    /** {@code np.size(x)}: x's number of elements. */
    public static long size(Tensor x) {
        Objects.requireNonNull(x, "size: x is null");
        return x.size();
    }

    /**
     * {@code np.size(x, axis)}: the length of one axis (negative counts from the end).
     *
     * @throws IllegalArgumentException for an axis out of range (NumPy's AxisError); a 0-d x has none
     */
    public static long size(Tensor x, int axis) {
        Objects.requireNonNull(x, "size: x is null");
        return x.shape(io.jtensor.internal.Axes.normalize("size", axis, x.ndim()));
    }

    /** {@code np.size(x, axes)}: the product of the lengths of the axes (NumPy 2.4's tuple axis). */
    public static long size(Tensor x, int[] axes) {
        Objects.requireNonNull(x, "size: x is null");
        long n = 1;
        for (int axis : io.jtensor.internal.Axes.normalizeAll("size", axes, x.ndim())) {
            n *= x.shape(axis);
        }
        return n;
    }

    /**
     * {@code np.common_type(*arrays)}: the float type every array converts to without losing its
     * kind: the widest of the arrays' float types (float16 &lt; float32 &lt; float64), integers
     * counting as float64, as in NumPy; FLOAT16 for no arrays at all (NumPy's answer too).
     *
     * <pre>{@code
     * commonType(Np.zeros(new long[] {2}, DType.FLOAT32), Np.arange(3))   // FLOAT64
     * commonType(Np.zeros(new long[] {2}, DType.FLOAT16))                  // FLOAT16
     * }</pre>
     *
     * @throws IllegalArgumentException for a bool tensor (NumPy's TypeError)
     */
    public static DType commonType(Tensor... arrays) {
        return ArrayChecks.commonType(arrays);
    }

    /**
     * {@code np.mask_indices(n, mask_func, k)}: the int64 (row, column) indices of the non-zero
     * elements of {@code maskFunc(ones((n, n), int64), k)}, as {@link #nonzero}.
     *
     * <pre>{@code
     * maskIndices(3, Np::triu, 1)   // [[0 0 1], [1 2 2]]
     * }</pre>
     *
     * @throws IllegalArgumentException for a negative n
     */
    public static Tensor[] maskIndices(long n, java.util.function.BiFunction<Tensor, Long, Tensor> maskFunc, long k) {
        return Functional.maskIndices(n, maskFunc, k);
    }

    /** {@code np.mask_indices(n, mask_func)}: {@link #maskIndices(long, java.util.function.BiFunction, long)} with k = 0. */
    public static Tensor[] maskIndices(long n, java.util.function.BiFunction<Tensor, Long, Tensor> maskFunc) {
        return Functional.maskIndices(n, maskFunc, 0);
    }

    /**
     * {@code np.poly(roots)}: the coefficients, highest power first, of the monic polynomial with
     * the given real roots, computed as NumPy does: {@code a = [1]}, then {@code a = convolve(a, [1, -r])}
     * for each root in order, on the roots' backend (so bit for bit NumPy's). float32 roots give
     * float32, every other type float64; no roots give the 0-d float64 1.0. A non-empty square
     * matrix stands for its eigenvalues (its characteristic polynomial); only a symmetric one is
     * taken, by {@link #eigvalsh} (ascending; NumPy's general eigvals orders them otherwise, so the
     * last bits may differ).
     *
     * <pre>{@code
     * poly(Np.array(new double[] {1, 2}))   // [1 -3 2]
     * }</pre>
     *
     * @throws IllegalArgumentException for a 0-d, 3-d or more, empty or non-square 2-d input
     * @throws UnsupportedOperationException for a non-symmetric square matrix, whose eigenvalues may be
     *                                       complex (jtensor has no complex type)
     */
    public static Tensor poly(Tensor roots) {
        return PolynomialFromRoots.poly(roots);
    }

    /**
     * {@code np.binary_repr(num)}: num in base 2, with a minus sign when negative.
     *
     * <pre>{@code
     * binaryRepr(-3)   // "-11"
     * }</pre>
     */
    public static String binaryRepr(long num) {
        return NumberText.binaryRepr(num, null);
    }

    /**
     * {@code np.binary_repr(num, width)}: num in base 2 padded with zeros to width; a negative num
     * in two's complement of width bits (padded with ones). NumPy's quirk for 0 is kept: a negative
     * width gives the empty string.
     *
     * <pre>{@code
     * binaryRepr(-3, 5)   // "11101"
     * }</pre>
     *
     * @throws IllegalArgumentException when width is smaller than the bits num needs ("insufficient bit width")
     */
    public static String binaryRepr(long num, int width) {
        return NumberText.binaryRepr(num, width);
    }

    /** {@code np.base_repr(number)}: number in base 2 with a minus sign when negative. */
    public static String baseRepr(long number) {
        return NumberText.baseRepr(number, 2, 0);
    }

    /** {@code np.base_repr(number, base)}: see {@link #baseRepr(long, int, int)}. */
    public static String baseRepr(long number, int base) {
        return NumberText.baseRepr(number, base, 0);
    }

    /**
     * {@code np.base_repr(number, base, padding)}: |number| in base (digits 0-9 then A-Z), with
     * padding zeros in front and a minus sign before them when negative. NumPy's quirk for 0 is kept:
     * a non-zero padding replaces its digit ({@code baseRepr(0, 10, 2)} is "00", with -1 "").
     *
     * <pre>{@code
     * baseRepr(-35, 36, 2)   // "-00Z"
     * }</pre>
     *
     * @throws IllegalArgumentException for a base outside 2..36
     */
    public static String baseRepr(long number, int base, int padding) {
        return NumberText.baseRepr(number, base, padding);
    }

    /**
     * {@code np.packbits(a)}: the elements of the flattened a as bits (non-zero is 1), eight to a
     * uint8, the first element in the most significant bit; the last byte is padded with zero bits.
     * See {@link #packbits(Tensor, Integer, String)}.
     *
     * <pre>{@code
     * packbits(array(new boolean[] {true, false, true}))   // [160] (0b10100000)
     * }</pre>
     *
     * @throws IllegalArgumentException for a float a (NumPy's TypeError)
     */
    public static Tensor packbits(Tensor a) {
        return BitPacking.packbits(a, null, "big");
    }

    /** {@code np.packbits(a, axis)}: see {@link #packbits(Tensor, Integer, String)}. */
    public static Tensor packbits(Tensor a, int axis) {
        return BitPacking.packbits(a, axis, "big");
    }

    /**
     * {@code np.packbits(a, axis, bitorder)}: along {@code axis} (negative counts from the end;
     * null packs the flattened a), each run of eight elements becomes one uint8 whose bits are 1
     * where the elements are non-zero (NaN is not: only bool and integer a are taken); the axis
     * shrinks from n to ceil(n / 8), the last byte padded with zero bits. {@code bitorder} "big"
     * puts the first element in the most significant bit, "little" in the least. A 0-d a counts as
     * 1-d, as in NumPy. Works on any view; computed by masked element-wise ops on a's backend.
     *
     * <pre>{@code
     * packbits(array(new int[] {1, 0, 1, 0, 0, 0, 0, 0, 1}, 1, 9), -1, "little")   // [[5 1]]
     * }</pre>
     *
     * @param axis     the axis to pack along, or null for the flattened a
     * @param bitorder "big" or "little" (as NumPy's packbits, only the first 3 or 6 letters are read)
     * @return a new uint8 tensor
     * @throws IllegalArgumentException for a float a (NumPy's TypeError), an axis out of range, or
     *                                  another bitorder
     */
    public static Tensor packbits(Tensor a, Integer axis, String bitorder) {
        return BitPacking.packbits(a, axis, bitorder);
    }

    /**
     * {@code np.unpackbits(a)}: each uint8 of the flattened a as eight 0/1 uint8 elements, the most
     * significant bit first. See {@link #unpackbits(Tensor, Integer, Long, String)}.
     *
     * <pre>{@code
     * unpackbits(arrayUint8(new byte[] {5}))   // [0 0 0 0 0 1 0 1]
     * }</pre>
     *
     * @throws IllegalArgumentException for an a of another type than uint8 (NumPy's TypeError)
     */
    public static Tensor unpackbits(Tensor a) {
        return BitPacking.unpackbits(a, null, null, "big");
    }

    /** {@code np.unpackbits(a, axis)}: see {@link #unpackbits(Tensor, Integer, Long, String)}. */
    public static Tensor unpackbits(Tensor a, int axis) {
        return BitPacking.unpackbits(a, axis, null, "big");
    }

    /**
     * {@code np.unpackbits(a, axis, count, bitorder)}: along {@code axis} (negative counts from the
     * end; null unpacks the flattened a), each uint8 becomes eight uint8 elements 0 or 1, the axis
     * growing from n to 8n; then {@code count} keeps the first count bits (count &gt; 8n pads with
     * zeros) or, when negative, trims -count bits from the end. {@code bitorder} "big" takes the
     * most significant bit first, "little" the least; as NumPy's unpackbits, only the first letter
     * is read. A 0-d a counts as 1-d. Works on any view.
     *
     * <pre>{@code
     * unpackbits(arrayUint8(new byte[] {3, -1}), null, -3L, "big")   // [0 0 0 0 0 0 1 1 1 1 1 1 1]
     * }</pre>
     *
     * @param axis     the axis to unpack along, or null for the flattened a
     * @param count    the number of bits to keep (negative: to trim from the end), or null for all
     * @param bitorder "big" or "little" (a string starting with 'b' or 'l')
     * @return a new uint8 tensor
     * @throws IllegalArgumentException for an a of another type than uint8 (NumPy's TypeError), an
     *                                  axis out of range, a count below -8n ("-count larger than
     *                                  number of elements" in NumPy) or another bitorder
     */
    public static Tensor unpackbits(Tensor a, Integer axis, Long count, String bitorder) {
        return BitPacking.unpackbits(a, axis, count, bitorder);
    }

    /**
     * {@code np.genfromtxt(file)}: a float64 table, whitespace-separated, {@code #} comments, a
     * missing or unparsable field as NaN; see
     * {@link #genfromtxt(Reader, String, String, int, int, int[], double)}.
     */
    public static Tensor genfromtxt(Path file) throws IOException {
        return genfromtxt(file, null, "#", 0, 0, null, Double.NaN);
    }

    /** {@code np.genfromtxt(file, delimiter=delimiter)}; see {@link #genfromtxt(Reader, String, String, int, int, int[], double)}. */
    public static Tensor genfromtxt(Path file, String delimiter) throws IOException {
        return genfromtxt(file, delimiter, "#", 0, 0, null, Double.NaN);
    }

    /**
     * {@code np.genfromtxt(file, delimiter=, comments=, skip_header=, skip_footer=, usecols=,
     * filling_values=)} for float64 (NumPy's default dtype), read as UTF-8; see
     * {@link #genfromtxt(Reader, String, String, int, int, int[], double)}.
     */
    public static Tensor genfromtxt(Path file, String delimiter, String comments, int skipHeader, int skipFooter,
                                    int[] usecols, double fillingValue) throws IOException {
        Objects.requireNonNull(file, "genfromtxt: file is null");
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return TolerantTableReader.read(in, delimiter, comments, skipHeader, skipFooter, usecols, fillingValue);
        }
    }

    /**
     * The basics of {@code np.genfromtxt} from a reader (which is not closed): a float64 table on
     * the current backend where, unlike {@link #loadtxt}, a missing field (empty between two
     * delimiters) or one Python's {@code float()} cannot parse becomes {@code fillingValue} (NumPy's
     * {@code filling_values}; NaN by default). NumPy's steps and quirks are kept:
     *
     * <ul>
     *   <li>the first {@code skipHeader} lines are dropped whatever they hold (negative: none);
     *       each other line is cut at {@code comments} ({@code null}: no comments, several
     *       characters allowed) and stripped of spaces, CR and LF; a line left without fields is
     *       skipped;</li>
     *   <li>{@code delimiter} is split at wherever it occurs (any length; {@code null} or "" splits
     *       at runs of whitespace); fields are parsed as Python's {@code float()} does: whitespace
     *       around, {@code inf}/{@code nan} in any case, {@code 1_000} (PEP 515), no hex;</li>
     *   <li>the column count is the first data line's (or {@code usecols.length}); any other line
     *       with another count (or too short for a usecols index) is an error listing every such
     *       line, as NumPy numbers them (from the first data line, blank lines included, plus
     *       skipHeader + 1);</li>
     *   <li>{@code skipFooter} drops the last data lines; bad lines NumPy counts as footer are
     *       not errors (NumPy decides that by its line numbers, so with blank lines in between it
     *       may drop fewer good lines: kept as NumPy does);</li>
     *   <li>negative {@code usecols} count from the end of the first data line ({@code null} or
     *       empty: every column); the result is squeezed as NumPy's: one row or one column gives a
     *       1-d tensor, one value a 0-d one, no data shape (0).</li>
     * </ul>
     * Not supported: other dtypes, names, converters, missing_values strings (every unparsable
     * string is already missing for float64), per-column filling values, fixed-width delimiters.
     *
     * <pre>{@code
     * genfromtxt(new StringReader("1,2,3\n4,,6\n"), ",", "#", 0, 0, null, -1)   // [[1 2 3] [4 -1 6]]
     * }</pre>
     *
     * @throws IllegalArgumentException for lines whose column count differs from the first data
     *                                  line's ("some errors were detected! Line #4 (got 3 columns
     *                                  instead of 2) ...") or an empty comment string
     * @throws IOException              when the reader fails
     */
    public static Tensor genfromtxt(Reader in, String delimiter, String comments, int skipHeader, int skipFooter,
                                    int[] usecols, double fillingValue) throws IOException {
        Objects.requireNonNull(in, "genfromtxt: reader is null");
        return TolerantTableReader.read(in, delimiter, comments, skipHeader, skipFooter, usecols, fillingValue);
    }

    // ---- NumPy's functions for what jtensor also offers as Tensor methods ------------------------

    /** {@code np.reshape(x, shape)}: {@link Tensor#reshape(long...)} (one -1 inferred; a view when possible). */
    public static Tensor reshape(Tensor x, long... shape) {
        return Objects.requireNonNull(x, "reshape: x is null").reshape(shape);
    }

    /** NumPy 2's {@code np.reshape(x, shape, copy=copy)}: {@link Tensor#reshape(long[], Boolean)}. */
    public static Tensor reshape(Tensor x, long[] shape, Boolean copy) {
        return Objects.requireNonNull(x, "reshape: x is null").reshape(shape, copy);
    }

    /** {@code np.transpose(x)}: {@link Tensor#transpose()}, the axes reversed (a view). */
    public static Tensor transpose(Tensor x) {
        return Objects.requireNonNull(x, "transpose: x is null").transpose();
    }

    /**
     * {@code np.transpose(x, axes)}: {@link Tensor#transpose(int...)}, the axes permuted (a view).
     * An empty {@code axes} array is NumPy's {@code axes=()}: refused unless x is 0-d.
     *
     * @throws IllegalArgumentException unless {@code axes} is a permutation of x's axes
     */
    public static Tensor transpose(Tensor x, int... axes) {
        return Objects.requireNonNull(x, "transpose: x is null").transpose(axes);
    }

    /** {@code np.squeeze(x)}: {@link Tensor#squeeze()}, every length-1 axis dropped (a view). */
    public static Tensor squeeze(Tensor x) {
        return Objects.requireNonNull(x, "squeeze: x is null").squeeze();
    }

    /**
     * {@code np.squeeze(x, axis)}: {@link Tensor#squeeze(int...)}, the given length-1 axes dropped
     * (a view). An empty {@code axes} array is NumPy's {@code axis=()}: it drops none.
     *
     * @throws IllegalArgumentException when an axis is out of range, repeated or not of length 1
     */
    public static Tensor squeeze(Tensor x, int... axes) {
        return Objects.requireNonNull(x, "squeeze: x is null").squeeze(axes);
    }

    /**
     * {@code np.expand_dims(x, axis)}: a view with a length-1 axis at {@code axis} and at each of
     * {@code moreAxes} (positions in the result of ndim + 1 + moreAxes.length dimensions; negative
     * ones count from its end). NumPy requires an axis, so {@code expandDims(x)} does not compile;
     * for an axis tuple built at run time, {@link #expandDims(Tensor, int[])}.
     *
     * <pre>{@code
     * expandDims(zeros(2, 3), 0, -1).shape()   // [1, 2, 3, 1]
     * }</pre>
     *
     * @throws IllegalArgumentException for a position out of range or repeated (NumPy's
     *                                  AxisError / "repeated axis"), e.g. 0 and -4 for a 2-d x
     */
    public static Tensor expandDims(Tensor x, int axis, int... moreAxes) {
        int[] axes = new int[moreAxes.length + 1];
        axes[0] = axis;
        System.arraycopy(moreAxes, 0, axes, 1, moreAxes.length);
        return expandDims(x, axes);
    }

    /**
     * {@code np.expand_dims(x, axis)} with an axis tuple: length-1 axes at those positions of the
     * result (of ndim + axes.length dimensions; negative positions count from its end), a view. An
     * empty array is NumPy's {@code axis=()}: a view of x with its shape.
     *
     * <pre>{@code
     * expandDims(zeros(2, 3), new int[] {0, -1}).shape()   // [1, 2, 3, 1]
     * }</pre>
     *
     * @throws IllegalArgumentException for a position out of range or repeated (NumPy's
     *                                  AxisError / "repeated axis")
     */
    public static Tensor expandDims(Tensor x, int[] axes) {
        Objects.requireNonNull(axes, "expandDims: axes is null");
        Objects.requireNonNull(x, "expandDims: x is null");
        x.checkOpen("expandDims");
        int n = x.ndim() + axes.length;
        boolean[] added = new boolean[n];
        for (int axis : axes) {
            int a = io.jtensor.internal.Axes.normalize("expandDims", axis, n);
            if (added[a]) {
                throw new IllegalArgumentException("expandDims: repeated axis " + axis + " in " + Arrays.toString(axes));
            }
            added[a] = true;
        }
        long[] shape = new long[n];
        long[] original = x.shape();
        for (int d = 0, k = 0; d < n; d++) {
            shape[d] = added[d] ? 1 : original[k++];
        }
        return x.reshape(shape);
    }

    /** {@code np.moveaxis(x, source, destination)}: {@link Tensor#moveAxis(int, int)} (a view). */
    public static Tensor moveaxis(Tensor x, int source, int destination) {
        return Objects.requireNonNull(x, "moveaxis: x is null").moveAxis(source, destination);
    }

    /**
     * {@code np.moveaxis(x, source, destination)} for several axes: each source axis goes to its
     * destination, the other axes keep their order (a view).
     *
     * @throws IllegalArgumentException for lengths that differ, an axis out of range, or a repeated one
     */
    public static Tensor moveaxis(Tensor x, int[] source, int[] destination) {
        Objects.requireNonNull(x, "moveaxis: x is null");
        x.checkOpen("moveaxis");
        if (source.length != destination.length) {
            throw new IllegalArgumentException("moveaxis: source " + Arrays.toString(source) + " and destination "
                    + Arrays.toString(destination) + " must have the same number of elements");
        }
        int n = x.ndim();
        int[] from = normalizedAxes("moveaxis", "source", source, n);
        int[] to = normalizedAxes("moveaxis", "destination", destination, n);
        int[] perm = new int[n];
        Arrays.fill(perm, -1);
        boolean[] moved = new boolean[n];
        for (int k = 0; k < from.length; k++) {
            perm[to[k]] = from[k];
            moved[from[k]] = true;
        }
        for (int d = 0, next = 0; d < n; d++) {
            if (!moved[d]) {
                while (perm[next] >= 0) {
                    next++;
                }
                perm[next] = d;
            }
        }
        return x.transpose(perm);
    }

    private static int[] normalizedAxes(String op, String role, int[] axes, int n) {
        int[] normalized = new int[axes.length];
        boolean[] seen = new boolean[n];
        for (int k = 0; k < axes.length; k++) {
            normalized[k] = io.jtensor.internal.Axes.normalize(op, axes[k], n);
            if (seen[normalized[k]]) {
                throw new IllegalArgumentException(op + ": repeated axis in `" + role + "` argument "
                        + Arrays.toString(axes));
            }
            seen[normalized[k]] = true;
        }
        return normalized;
    }

    /**
     * {@code np.ravel(x)}: {@link Tensor#ravel()}, a view of a C-contiguous x, else a C-order copy
     * (NumPy's rule: {@code np.shares_memory(np.ravel(x[::2]), x)} is False).
     */
    public static Tensor ravel(Tensor x) {
        return Objects.requireNonNull(x, "ravel: x is null").ravel();
    }

    /** {@code np.broadcast_to(x, shape)}: {@link Tensor#broadcastTo(long...)} (a view that cannot be written into). */
    public static Tensor broadcastTo(Tensor x, long... shape) {
        return Objects.requireNonNull(x, "broadcastTo: x is null").broadcastTo(shape);
    }

    /** {@code np.copy(x)}: a C-contiguous copy on x's backend ({@link Tensor#copy()}). */
    public static Tensor copy(Tensor x) {
        return Objects.requireNonNull(x, "copy: x is null").copy();
    }

    /** NumPy 2's {@code np.astype(x, dtype)}: {@link Tensor#astype(DType)}. */
    public static Tensor astype(Tensor x, DType dtype) {
        return Objects.requireNonNull(x, "astype: x is null").astype(dtype);
    }

    /** NumPy 2's {@code np.astype(x, dtype, copy=copy)}: {@link Tensor#astype(DType, boolean)} (copy false may return x itself). */
    public static Tensor astype(Tensor x, DType dtype, boolean copy) {
        return Objects.requireNonNull(x, "astype: x is null").astype(dtype, copy);
    }

    /**
     * NumPy 2's {@code np.isdtype(dtype, kind)}: whether dtype is of any of the kinds, each a
     * {@code "bool"}, {@code "signed integer"}, {@code "unsigned integer"}, {@code "integral"},
     * {@code "real floating"}, {@code "complex floating"} or {@code "numeric"} ("unsigned integer"
     * matches uint8, uint16 and uint32; jtensor has no complex types, so that kind matches nothing).
     *
     * <pre>{@code
     * isdtype(INT32, "integral")                    // true
     * isdtype(FLOAT32, "bool", "signed integer")    // false
     * }</pre>
     *
     * @throws IllegalArgumentException for another kind, naming the valid ones
     */
    public static boolean isdtype(DType dtype, String... kinds) {
        Objects.requireNonNull(dtype, "isdtype: dtype is null");
        boolean any = false;
        for (String kind : kinds) {
            any |= switch (Objects.requireNonNull(kind, "isdtype: kind is null")) {
                case "bool" -> dtype == DType.BOOL;
                case "signed integer" -> dtype.isInteger() && !dtype.isUnsigned();
                case "unsigned integer" -> dtype.isUnsigned();
                case "integral" -> dtype.isInteger();
                case "complex floating" -> false;
                case "real floating" -> dtype.isFloatingPoint();
                case "numeric" -> dtype != DType.BOOL;
                default -> throw new IllegalArgumentException("isdtype: kind '" + kind + "' is not one of 'bool',"
                        + " 'signed integer', 'unsigned integer', 'integral', 'real floating', 'complex floating',"
                        + " 'numeric'");
            };
        }
        return any;
    }

    /**
     * {@code np.issubdtype(dtype, kind)} with NumPy's abstract types by name: {@code "generic"},
     * {@code "number"}, {@code "integer"}, {@code "signedinteger"}, {@code "unsignedinteger"},
     * {@code "inexact"}, {@code "floating"}, {@code "complexfloating"}, {@code "bool"}, or a concrete
     * type's name ({@code "float32"}, ...).
     *
     * <pre>{@code
     * issubdtype(INT64, "integer")    // true: np.issubdtype(np.int64, np.integer)
     * issubdtype(BOOL, "number")      // false, as NumPy's
     * }</pre>
     *
     * @throws IllegalArgumentException for another name
     */
    public static boolean issubdtype(DType dtype, String kind) {
        Objects.requireNonNull(dtype, "issubdtype: dtype is null");
        Objects.requireNonNull(kind, "issubdtype: kind is null");
        for (DType concrete : DType.values()) {
            if (concrete.numpyName().equals(kind)) {
                return concrete == dtype;
            }
        }
        return switch (kind) {
            case "generic" -> true;
            case "number" -> dtype != DType.BOOL;
            case "integer" -> dtype.isInteger();
            case "signedinteger" -> dtype.isInteger() && !dtype.isUnsigned();
            case "unsignedinteger" -> dtype.isUnsigned();
            case "inexact", "floating" -> dtype.isFloatingPoint();
            case "complexfloating" -> false;
            default -> throw new IllegalArgumentException("issubdtype: '" + kind + "' is not a NumPy type name (valid:"
                    + " generic, number, integer, signedinteger, unsignedinteger, inexact, floating, complexfloating,"
                    + " bool, int8, uint8, int16, uint16, int32, uint32, int64, float16, float32, float64)");
        };
    }

    /**
     * {@code np.lib.stride_tricks.as_strided(x, shape, strides)} with strides counted in elements
     * of x's type (jtensor's {@link Tensor#strides()}; NumPy's count bytes), starting at x's first
     * element. Unlike NumPy's, the view is checked to stay within x's memory, and a view whose
     * elements overlap cannot be written into.
     *
     * <pre>{@code
     * Tensor x = arange(0.0, 6.0, 1.0);
     * asStrided(x, new long[] {4, 3}, new long[] {1, 1})   // the windows of 3, as slidingWindowView
     * }</pre>
     *
     * @throws IllegalArgumentException for shape and strides of different lengths, a negative
     *                                  dimension, or a view reaching outside x's memory
     */
    public static Tensor asStrided(Tensor x, long[] shape, long[] strides) {
        Objects.requireNonNull(x, "asStrided: x is null");
        return Reinterpreting.asStrided(x, shape, strides);
    }

    /**
     * Binary {@code np.fromfile(file, dtype)}: the file's raw little-endian elements
     * ({@link Tensor#tofile(Path)}'s output) as a 1-d tensor on the current backend; trailing bytes
     * short of a whole element are ignored, as NumPy's.
     *
     * <pre>{@code
     * x.tofile(path);
     * Tensor y = fromfile(path, x.dtype()).reshape(x.shape());
     * }</pre>
     *
     * @throws IOException when the file cannot be read
     */
    public static Tensor fromfile(Path file, DType dtype) throws IOException {
        return RawBytes.fromfile(currentBackend(), file, dtype, -1, 0);
    }

    /**
     * Binary {@code np.fromfile(file, dtype, count, offset=offset)}: at most {@code count} elements
     * (-1: all), from byte {@code offset}; a file holding fewer gives what it holds, as NumPy.
     *
     * @throws IllegalArgumentException for an offset outside the file
     * @throws IOException              when the file cannot be read
     */
    public static Tensor fromfile(Path file, DType dtype, long count, long offset) throws IOException {
        return RawBytes.fromfile(currentBackend(), file, dtype, count, offset);
    }

    /**
     * Text {@code np.fromfile(file, dtype, count, sep=sep)}: the file read as UTF-8 text and parsed
     * as {@link #fromstring(String, DType, long, String)} parses a string (at most count numbers,
     * -1: all; a file holding fewer gives what it holds, as NumPy). NumPy's {@code offset} is for
     * binary files only: see {@link #fromfile(Path, DType, long, long)}.
     *
     * @throws IllegalArgumentException for an empty sep (binary mode: use the other overloads) or
     *                                  as {@link #fromstring(String, DType, long, String)}
     * @throws IOException              when the file cannot be read
     */
    public static Tensor fromfile(Path file, DType dtype, long count, String sep) throws IOException {
        Objects.requireNonNull(file, "fromfile: file is null");
        return SeparatedText.parse("fromfile", currentBackend(), Files.readString(file), dtype, count, sep);
    }

    /**
     * {@code np.fromstring(text, sep=sep)}: the float64 numbers of {@code text}, separated by sep;
     * see {@link #fromstring(String, DType, long, String)}.
     *
     * <pre>{@code
     * fromstring("1, 2,3", ",")   // [1. 2. 3.]
     * }</pre>
     */
    public static Tensor fromstring(String text, String sep) {
        return SeparatedText.parse("fromstring", currentBackend(), text, DType.FLOAT64, -1, sep);
    }

    /** {@code np.fromstring(text, dtype, sep=sep)}: see {@link #fromstring(String, DType, long, String)}. */
    public static Tensor fromstring(String text, DType dtype, String sep) {
        return SeparatedText.parse("fromstring", currentBackend(), text, dtype, -1, sep);
    }

    /**
     * {@code np.fromstring(text, dtype, count, sep=sep)}: a 1-d tensor of the first {@code count}
     * numbers of text (-1 or any negative count: all), on the current backend. Numbers are
     * separated by sep, where a run of whitespace in sep matches any whitespace or none and
     * whitespace around the separator and at both ends of text is skipped (sep " " is "any
     * whitespace"), but a separator must take at least one character ("1-2" with sep " " is
     * refused, as NumPy); a trailing separator is allowed. Floats are read as NumPy reads them (decimal
     * with an optional exponent, "nan", "inf", "infinity" in any case and sign, no hexadecimal,
     * no underscores) as a double, then rounded once to dtype (so 1e400 is inf in float32 and
     * 65520 inf in float16); integers are decimal ("010" is 10; a sign, "+3" or "-3", only for the
     * signed types, as NumPy); bool reads a float, true
     * when non-zero (NaN too). Deviations: an integer out of dtype's range is refused, where
     * NumPy 2.4 wraps ("300" is 44 in int8, "256" 0 in uint8) or saturates
     * ("9223372036854775808" in int64) depending on the type; a count above the numbers present gives those present, where
     * NumPy 2.4's fromstring returns uninitialized memory for the rest; text of whitespace only
     * gives an empty tensor (NumPy 2.4: one value -1.0).
     *
     * @throws IllegalArgumentException for an empty sep (NumPy: "The binary mode of fromstring is
     *                                  removed, use frombuffer instead"), for text that stops
     *                                  matching number, separator, number... before its end
     *                                  (NumPy's ValueError "string or file could not be read to its
     *                                  end due to unmatched data"), or an integer out of range
     */
    public static Tensor fromstring(String text, DType dtype, long count, String sep) {
        return SeparatedText.parse("fromstring", currentBackend(), text, dtype, count, sep);
    }

    /**
     * {@code np.einsum_path(subscripts, *operands, optimize=optimize)}: the order in which
     * {@link #einsum(String, String, Tensor...)} contracts the operands, found by NumPy's
     * {@code "greedy"} or {@code "optimal"} search (ported step for step, costs as exact integers),
     * with the memory limit NumPy uses by default (the largest operand or output), and NumPy's
     * printed report. Operands are only inspected (their shapes), nothing is computed.
     *
     * <pre>{@code
     * EinsumPath p = einsumPath("ij,jk,kl->il", "greedy", a, b, c);   // a 64x8, b 8x64, c 64x8
     * p.path()     // [[1, 2], [0, 1]]: b·c first, as NumPy's
     * }</pre>
     *
     * @throws IllegalArgumentException as {@link #einsum(String, Tensor...)} for bad subscripts, or
     *                                  for an optimize other than "greedy" or "optimal"
     */
    public static EinsumPath einsumPath(String subscripts, String optimize, Tensor... operands) {
        return EinsumOptimizer.path(subscripts, optimize, -1, operands);
    }

    /**
     * {@code np.einsum_path(subscripts, *operands, optimize=(optimize, memoryLimit))}: no
     * intermediate may hold more than {@code memoryLimit} elements; steps that would are left to
     * one final contraction of what remains, as NumPy's.
     */
    public static EinsumPath einsumPath(String subscripts, String optimize, long memoryLimit, Tensor... operands) {
        if (memoryLimit < 0) {
            throw new IllegalArgumentException("einsumPath: memoryLimit must be >= 0, got " + memoryLimit);
        }
        return EinsumOptimizer.path(subscripts, optimize, memoryLimit, operands);
    }

    /**
     * {@code np.einsum(subscripts, *operands, optimize=optimize)}: {@code "greedy"} or
     * {@code "optimal"} contracts the operands in the order {@link #einsumPath} finds, one
     * {@link #einsum(String, Tensor...)} per step on the operands' backend (intermediates freed as
     * they are used), which can save orders of magnitude of work with three or more operands;
     * {@code "none"} is {@link #einsum(String, Tensor...)}. The result type is the same; floating
     * results may differ from the left-to-right order by rounding.
     *
     * <pre>{@code
     * einsum("ij,jk,kl->il", "greedy", a, b, c)   // (a·(b·c)) when that is cheaper
     * }</pre>
     *
     * @throws IllegalArgumentException as {@link #einsum(String, Tensor...)}, or for an optimize
     *                                  other than "greedy", "optimal" or "none"
     */
    public static Tensor einsum(String subscripts, String optimize, Tensor... operands) {
        Objects.requireNonNull(optimize, "einsum: optimize is null");
        return EinsumOptimizer.einsum(subscripts, optimize, operands);
    }

    /**
     * NumPy's {@code x[index]}: the same as {@link Tensor#get(Object...)} (see there for the items,
     * the view-or-copy rule, the placement of advanced dimensions and the errors), as a function.
     * Basic items give a view; any integer or bool array gives a copy on x's backend. NaN and Inf
     * are values like any other here. The result keeps x's dtype.
     *
     * <pre>{@code
     * index(x, 1, 2)                                   // x[1, 2], a 0-d view
     * index(x, Slice.ALL, new long[] {2, 0})           // x[:, [2, 0]], a copy
     * index(x, Index.ELLIPSIS, Index.NEW_AXIS)         // x[..., None], a view
     * }</pre>
     *
     * @throws IndexOutOfBoundsException for an index out of bounds or too many indices
     * @throws IllegalArgumentException  for the other index errors (see {@link Tensor#get(Object...)})
     */
    public static Tensor index(Tensor x, Object... index) {
        Objects.requireNonNull(x, "index: x is null");
        return x.get(index);
    }

    // ---- eig, eigvals, roots: general real matrices whose spectrum is real ----

    /**
     * Eigenvalues and right eigenvectors of a real square matrix, or of each one in a stack
     * ({@code np.linalg.eig}), as {@code {w, v}}: w (..., M) and v (..., M, M) with the eigenvector
     * of w[i] in column i, {@code a @ v == v * w}, each column of unit Euclidean norm (LAPACK
     * {@code dgeev}'s normalisation; its sign is not normalised and may differ from NumPy's, and a
     * defective matrix's vectors are as ill-determined as NumPy's). Only real spectra: jtensor has
     * no complex dtype, so where NumPy would return complex128 (any eigenvalue with a non-zero
     * imaginary part) this throws. The eigenvalues are not sorted: they come in LAPACK's order
     * (the real Schur form's diagonal, with dgeev's balancing, dgehd2's reduction and dlahqr's
     * iterations reproduced), so in NumPy's ({@code eigvals([[-7, -6, 6, -6], [-1, 0, -4, -2],
     * [-1, -8, -2, -8], [1, 5, 4, 7]])} is [-5, -4, 5, 2] in both), except where a near-tie is
     * decided by the last bits of the iterations, for M &ge; 75, where LAPACK changes its QR
     * algorithm, and on about 1 % of matrices of exact integer structure whose reduction cancels to
     * rounding size, where OpenBLAS's last bits decide, even with well-separated eigenvalues:
     * {@code eigvals([[-10, 6, 4, 6, 16], [-17, -10, 38, -16, 5], [-17, 6, 11, 6, 16], [-17, 9, 2,
     * 15, 19], [17, 10, -32, 10, -5]])} is [-10, 7, -5, 6, 3] here, [-10, 7, -5, 3, 6] in NumPy 2.4
     * (README, Linear algebra).
     *
     * <pre>{@code
     * Tensor[] wv = Np.eig(Np.array(new double[] {2, 0, 1, 3}, 2, 2));   // w = [3, 2], v[:, 0] = [0, 1]
     * }</pre>
     *
     * <p>float32 gives float32 results, every other type (integers, bool) float64. Host-computed in
     * float64 by dgeev's steps (balancing, Householder reduction to Hessenberg form, Francis
     * double-shift QR, back-substitution), results uploaded to a's backend: eigenvalues
     * within a small multiple of n·eps·‖a‖ times their condition number. For float32 input this is
     * more accurate than NumPy's (LAPACK's sgeev works in single precision), so float32 results may
     * differ from NumPy's by float32 rounding errors, and a nearly repeated eigenvalue may come out
     * real here and complex in NumPy, or the reverse. An empty (..., 0, 0) a gives empty results.
     *
     * @throws IllegalArgumentException      when a is not at least 2-d or its last two dimensions
     *                                       differ (NumPy's LinAlgError)
     * @throws LinAlgException               when a holds an infinity or NaN ("Array must not contain
     *                                       infs or NaNs", as NumPy) or the QR iterations do not
     *                                       converge
     * @throws UnsupportedOperationException when a matrix has a complex eigenvalue; the message gives
     *                                       one pair, e.g. {@code 0.0 ± 1.0i} for a rotation
     */
    public static Tensor[] eig(Tensor a) {
        return HostLinearAlgebra.eig("eig", a, true);
    }

    /**
     * The eigenvalues of a real square matrix or stack ({@code np.linalg.eigvals}): shape (..., M),
     * {@link #eig}'s first result, in the same order, with the same types, errors and refusal of
     * complex spectra; the eigenvectors are not computed.
     *
     * <pre>{@code
     * Np.eigvals(Np.array(new double[] {1, 2, 3, 0}, 2, 2))   // [3, -2]
     * }</pre>
     *
     * @throws IllegalArgumentException      when a is not at least 2-d or not square
     * @throws LinAlgException               when a holds an infinity or NaN, or QR does not converge
     * @throws UnsupportedOperationException when a matrix has a complex eigenvalue
     */
    public static Tensor eigvals(Tensor a) {
        return HostLinearAlgebra.eig("eigvals", a, false)[0];
    }

    /**
     * The roots of the polynomial with coefficients p, highest power first ({@code np.roots}), when
     * they are all real. NumPy's steps: leading zeros are dropped; trailing zeros are zero roots,
     * appended at the end; the others are the eigenvalues of the companion matrix
     * {@code diag(ones(N-2), -1)} with first row {@code -p[1:] / p[0]} ({@link #eigvals}' order, so
     * not sorted). float32 p gives float32 roots, every other type float64; a constant (or all-zero,
     * or empty) p gives an empty float64 tensor, as NumPy's. Host-computed, result on p's backend.
     *
     * <pre>{@code
     * Np.roots(Np.array(new double[] {1, -3, 2, 0}))   // [2, 1, 0]
     * }</pre>
     *
     * @throws IllegalArgumentException      when p is not 1-d (more dimensions: "Input must be a rank-1
     *                                       array"; 0-d: NumPy's dispatcher raises TypeError)
     * @throws LinAlgException               when the companion matrix holds an infinity or NaN (a NaN
     *                                       coefficient)
     * @throws UnsupportedOperationException when a root is complex (e.g. p = [1, 0, 1]: 0.0 ± 1.0i)
     */
    public static Tensor roots(Tensor p) {
        return PolynomialRoots.roots(p);
    }

    // ---- float16: printing a value of a given float type ----

    /**
     * {@code np.format_float_positional(np.float16(x), ...)} and its float32/float64 forms: x is
     * rounded once to {@code dtype} (as {@link Tensor#astype} rounds) and printed with the shortest
     * digits that identify it among the values of that type ({@code 0.1} as float16 holds
     * 0.0999755859375 and prints {@code 0.1}; with {@code unique(false)} its exact digits show). NaN
     * prints {@code nan}, infinities {@code inf}/{@code -inf}; a double beyond the type's range
     * prints {@code inf} (65520 and above for float16).
     *
     * <pre>{@code
     * formatFloatPositional(0.1, DType.FLOAT16, FloatFormat.positional())                           // "0.1"
     * formatFloatPositional(0.1, DType.FLOAT16, FloatFormat.positional().precision(8).unique(false)) // "0.09997559"
     * }</pre>
     *
     * @throws IllegalArgumentException for a dtype that is not float16, float32 or float64 (NumPy:
     *                                  TypeError for integers), or the format errors of
     *                                  {@link #formatFloatPositional(double, FloatFormat)}
     */
    public static String formatFloatPositional(double x, DType dtype, FloatFormat format) {
        checkFloatFormat("formatFloatPositional", format, false);
        return Dragon4.positional(Dragon4.Bits.of(floatFormatType("formatFloatPositional", dtype), x), format);
    }

    /**
     * {@code np.format_float_scientific(np.float16(x), ...)} and its float32/float64 forms: x is
     * rounded once to {@code dtype} and printed with that type's shortest unique digits as
     * {@code d.ddde+XX} ({@code 65504} as float16: {@code 6.55e+04}). NaN and infinities as
     * {@link #formatFloatScientific(double)}.
     *
     * <pre>{@code
     * formatFloatScientific(65504, DType.FLOAT16, FloatFormat.scientific())   // "6.55e+04"
     * }</pre>
     *
     * @throws IllegalArgumentException for a dtype that is not float16, float32 or float64, or the
     *                                  format errors of {@link #formatFloatScientific(double, FloatFormat)}
     */
    public static String formatFloatScientific(double x, DType dtype, FloatFormat format) {
        checkFloatFormat("formatFloatScientific", format, true);
        return Dragon4.scientific(Dragon4.Bits.of(floatFormatType("formatFloatScientific", dtype), x), format);
    }

    /**
     * A float16 tensor holding a copy of {@code bits}, each a binary16 value's 16 bits (the inverse of
     * {@link Tensor#toFloat16Array()}; {@link Float16#fromDouble} gives the bits of a double), in the
     * given shape (1-d when no shape is given). Every pattern is kept as it is, NaN payloads included.
     * Java has no half primitive, so a {@code short[]} overload of {@code array} would read as int16;
     * for values rather than bits use {@code array(doubles).astype(DType.FLOAT16)}.
     *
     * <pre>{@code
     * Np.arrayFloat16(new short[] {0x3c00, (short) 0xc000, 0x7bff})   // [ 1.00e+00 -2.00e+00  6.55e+04]
     * }</pre>
     *
     * @throws IllegalArgumentException when the shape does not hold bits.length elements
     */
    public static Tensor arrayFloat16(short[] bits, long... shape) {
        return fromJava("arrayFloat16", DType.FLOAT16,
                MemorySegment.ofArray(Objects.requireNonNull(bits, "arrayFloat16: bits is null")), bits.length, shape);
    }

    private static DType floatFormatType(String op, DType dtype) {
        if (!dtype.isFloatingPoint()) {
            throw new IllegalArgumentException(op + ": dtype " + dtype.numpyName()
                    + " is not a floating-point type (valid: float16, float32, float64)");
        }
        return dtype;
    }
}
