package io.jtensor.conformance;

import io.jtensor.DType;
import io.jtensor.Np;
import io.jtensor.Tensor;
import io.jtensor.op.BinaryOp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The fuzzer's {@link RandomCase.Family#EXTRA} family: the public functions and keyword forms no
 * other family reaches, drawn, called and compared here.
 *
 * <p>Ops ({@link #OPS}) and their keywords in {@link RandomCase#params()} (NumPy's names):
 * sum, prod, mean, all and any with {@code where} (the last operand) or with {@code dtype};
 * max and min with {@code initial} and sometimes {@code where}; the ufunc method {@code reduce}
 * ({@code ufunc} add, multiply, maximum, minimum, logical_and, logical_or; {@code axis} a list,
 * null, or absent for NumPy's default axis 0; {@code dtype} for the first four); cumsum and
 * cumprod with {@code dtype}; diag ({@code k}); tri ({@code N}, {@code M}, {@code k},
 * {@code dtype}); identity ({@code n}, {@code dtype}); indices ({@code dimensions}, {@code dtype});
 * nonzero ({@code part}); place (in place, the destination compared whole); fix, positive,
 * isposinf, isneginf, real, imag, conj, conjugate, iscomplex, isreal, angle ({@code deg}); unique_all, unique_counts, unique_inverse,
 * unique_values ({@code part}); sliding_window_view ({@code window_shape}, {@code axis}); block
 * (the operands in rows of {@code rows} lengths, or one flat list when {@code rows} is absent);
 * concatenate with {@code axis=None}; clip with Python-number bounds ({@code min}, {@code max},
 * either null); where with a Python number for one or both branches ({@code x}, {@code y}); flip
 * with a tuple of axes; median with a tuple of axes and {@code keepdims}; zeros_like, ones_like
 * and full_like ({@code fill_value}, {@code dtype}); asarray_chkfinite and ascontiguousarray;
 * apply_along_axis ({@code func} cumsum, sort, max or flip, {@code axis}) and apply_over_axes
 * ({@code func} those or sum, {@code axes}).
 * Arguments NumPy refuses are drawn too (axes out of range or repeated, bad window shapes, a
 * diag of a 3-d array, blocks that do not join, a bound past an integer type, a non-bool where,
 * NaN or Inf for asarray_chkfinite).
 *
 * <p>Everything is compared bit for bit except the float sums and means (the suite's reduction
 * bound with an error scale), the zero signs of unique values, clip, median, max and min (which
 * zero a tie keeps, initial's included, is the loop's), and the order of unique_values (NumPy 2.4 hashes integers and returns
 * them unordered; jtensor sorts: compared sorted). Float products draw factors 0, ±1/2, ±1, ±2
 * (and non-finite ones), whose products are exact in any order.
 */
final class RandomExtraCases {

    private RandomExtraCases() {
    }

    /** The family's ops, drawn uniformly. */
    static final String[] OPS = {"sum", "prod", "mean", "all", "any", "max", "min", "reduce", "cumsum", "cumprod",
        "diag", "tri", "identity", "indices", "nonzero", "place", "fix", "positive", "isposinf", "isneginf", "real",
        "imag", "angle", "unique_all", "unique_counts", "unique_inverse", "unique_values", "sliding_window_view",
        "block", "concatenate", "clip", "where", "flip", "median", "zeros_like", "ones_like", "full_like",
        "asarray_chkfinite", "ascontiguousarray", "apply_along_axis", "apply_over_axes", "conj", "conjugate",
        "iscomplex", "isreal"};

    /** The functions apply_along_axis and apply_over_axes call, by NumPy's names. */
    private static final String[] FUNCS = {"cumsum", "sort", "max", "flip", "sum"};

    private static final String[] UFUNCS = {"add", "multiply", "maximum", "minimum", "logical_and", "logical_or"};

    /** Draws one case of the family with {@code d}'s generator. */
    static RandomCase draw(RandomCase.Drawer d) {
        String op = OPS[d.random.nextInt(OPS.length)];
        SortedMap<String, Object> params = new TreeMap<>();
        List<RandomCase.Operand> inputs = new ArrayList<>();
        switch (op) {
            case "sum", "prod", "mean", "all", "any", "max", "min" -> {
                long[] shape = d.shape(0);
                boolean extreme = op.equals("max") || op.equals("min");
                boolean logical = op.equals("all") || op.equals("any");
                boolean masked = extreme || logical || d.random.nextBoolean();
                DType dtype = masked ? null : resultType(d);
                inputs.add(reduced(d, op, d.dtype(), shape, dtype));
                params.put("axis", axes(d, shape.length));
                params.put("keepdims", d.random.nextBoolean());
                if (extreme) {
                    int form = d.random.nextInt(6);
                    params.put("initial", form == 0 ? d.floatValue() : form == 1 ? d.random.nextInt(-8, 9) * 0.5
                            : (double) d.random.nextInt(-300, 301));
                }
                if (masked && (!extreme || d.random.nextInt(4) != 0)) {
                    DType tw = d.random.nextInt(20) == 0 ? DType.INT32 : DType.BOOL;
                    long[] ws = d.random.nextInt(25) == 0 ? d.shape(0) : d.broadcastSource(shape);
                    inputs.add(d.operand(tw, ws, false));
                } else if (dtype != null) {
                    params.put("dtype", dtype.numpyName());
                }
            }
            case "reduce" -> {
                long[] shape = d.shape(0);
                String ufunc = UFUNCS[d.random.nextInt(UFUNCS.length)];
                params.put("ufunc", ufunc);
                boolean defaultAxis = d.random.nextInt(4) == 0;
                DType dtype = !defaultAxis && !ufunc.startsWith("logical") && d.random.nextInt(3) == 0
                        ? resultType(d) : null;
                inputs.add(reduced(d, ufunc.equals("multiply") ? "prod" : "sum", d.dtype(), shape, dtype));
                params.put("default_axis", defaultAxis);
                if (!defaultAxis) {
                    params.put("axis", axes(d, shape.length));
                    params.put("keepdims", d.random.nextBoolean());
                    if (dtype != null) {
                        params.put("dtype", dtype.numpyName());
                    }
                }
            }
            case "cumsum", "cumprod" -> {
                long[] shape = d.shape(0);
                DType dtype = resultType(d);
                inputs.add(reduced(d, op.equals("cumsum") ? "sum" : "prod", d.dtype(), shape, dtype));
                int n = shape.length;
                params.put("axis", n == 0 || d.random.nextInt(3) == 0 ? null
                        : d.random.nextInt(20) == 0 ? n : d.signedAxis(d.random.nextInt(n), n));
                params.put("dtype", dtype.numpyName());
            }
            case "diag" -> {
                int form = d.random.nextInt(10);
                long[] shape = form == 0 ? d.shape(0) : form < 5 ? new long[] {d.random.nextInt(5)}
                        : new long[] {d.random.nextInt(5), d.random.nextInt(5)};
                inputs.add(d.operand(d.dtype(), shape, false));
                params.put("k", (long) d.random.nextInt(-5, 6));
            }
            case "tri" -> {
                inputs.add(null);
                params.put("N", (long) d.random.nextInt(d.random.nextInt(15) == 0 ? -1 : 0, 5));
                if (d.random.nextBoolean()) {
                    params.put("M", (long) d.random.nextInt(0, 6));
                }
                params.put("k", (long) d.random.nextInt(-5, 6));
                params.put("dtype", d.dtype().numpyName());
            }
            case "identity" -> {
                inputs.add(null);
                params.put("n", (long) d.random.nextInt(d.random.nextInt(15) == 0 ? -1 : 0, 5));
                params.put("dtype", d.dtype().numpyName());
            }
            case "indices" -> {
                inputs.add(null);
                long[] dims = new long[d.random.nextInt(4)];
                for (int i = 0; i < dims.length; i++) {
                    dims[i] = d.random.nextInt(30) == 0 ? -1 : d.random.nextInt(4);
                }
                params.put("dimensions", dims);
                params.put("dtype", new DType[] {DType.INT64, DType.INT32, DType.INT8, DType.UINT8, DType.FLOAT64,
                    DType.FLOAT16, DType.BOOL}[d.random.nextInt(7)].numpyName());
            }
            case "nonzero" -> {
                long[] shape = d.shape(d.random.nextInt(10) == 0 ? 0 : 1);
                inputs.add(d.operand(d.dtype(), shape, false));
                params.put("part", d.random.nextInt(Math.max(shape.length, 1)));
            }
            case "place" -> {
                long[] shape = d.shape(0);
                RandomCase.Operand a = d.operand(d.dtype(), shape, false);
                if (a.views().stream().anyMatch(v -> v instanceof RandomCase.Broadcast) && d.random.nextInt(6) != 0) {
                    a = d.operand(a.dtype(), shape, List.of(), false);
                }
                inputs.add(a);
                long[] ms = d.random.nextInt(20) == 0 ? d.shape(0) : shape;
                inputs.add(d.operand(d.random.nextInt(10) == 0 ? d.dtype() : DType.BOOL, ms, false));
                inputs.add(d.operand(d.random.nextInt(3) == 0 ? a.dtype() : d.dtype(),
                        d.random.nextInt(6) == 0 ? d.shape(0) : new long[] {d.random.nextInt(5)}, false));
            }
            case "fix", "positive", "isposinf", "isneginf", "real", "imag", "asarray_chkfinite",
                 "ascontiguousarray", "conj", "conjugate", "iscomplex", "isreal" ->
                    inputs.add(d.operand(d.dtype(), d.shape(0), false));
            case "angle" -> {
                inputs.add(d.operand(d.dtype(), d.shape(0), false));
                params.put("deg", d.random.nextBoolean());
            }
            case "unique_all", "unique_counts", "unique_inverse", "unique_values" -> {
                long[] shape = d.shape(0);
                RandomCase.Operand x = d.operand(d.dtype(), shape, d.random.nextBoolean());
                inputs.add(x);
                int parts = switch (op) {
                    case "unique_all" -> 4;
                    case "unique_values" -> 1;
                    default -> 2;
                };
                params.put("part", d.random.nextInt(parts));
            }
            case "sliding_window_view" -> {
                long[] shape = d.shape(d.random.nextInt(10) == 0 ? 0 : 1);
                int n = shape.length;
                inputs.add(d.operand(d.dtype(), shape, false));
                int[] axis = null;
                if (n > 0 && d.random.nextBoolean()) {
                    axis = new int[1 + d.random.nextInt(Math.min(n, 2) + (d.random.nextInt(8) == 0 ? 1 : 0))];
                    for (int i = 0; i < axis.length; i++) {
                        axis[i] = d.random.nextInt(25) == 0 ? n : d.signedAxis(d.random.nextInt(n), n);
                    }
                }
                int count = axis == null ? n + (d.random.nextInt(20) == 0 ? 1 : 0) : axis.length;
                long[] window = new long[count];
                for (int i = 0; i < count; i++) {
                    long length = axis == null ? (i < n ? shape[i] : 1)
                            : axis[i] >= -n && axis[i] < n ? shape[Math.floorMod(axis[i], n)] : 1;
                    window[i] = d.random.nextInt(15) == 0 ? (d.random.nextBoolean() ? -1 : length + 1)
                            : d.random.nextLong(0, length + 1);
                }
                params.put("window_shape", window);
                params.put("axis", axis);
            }
            case "block" -> {
                boolean nested = d.random.nextBoolean();
                int rows = nested ? 1 + d.random.nextInt(3) : 1;
                long[] rowLengths = new long[rows];
                long[] common = new long[1 + d.random.nextInt(3)];
                for (int i = 0; i < common.length; i++) {
                    common[i] = d.random.nextInt(4);
                }
                DType t = d.dtype();
                long[] first = null;
                for (int r = 0; r < rows; r++) {
                    rowLengths[r] = d.random.nextInt(25) == 0 ? 0 : 1 + d.random.nextInt(3);
                    for (int i = 0; i < rowLengths[r]; i++) {
                        long[] s = common.clone();
                        s[s.length - 1] = d.random.nextInt(4);
                        if (nested && s.length >= 2) {
                            if (first == null) {
                                first = s;
                            }
                            s[s.length - 2] = i == 0 ? d.random.nextInt(4) : first[s.length - 2];
                        }
                        if (d.random.nextInt(6) == 0 && s.length > 1) {
                            s = Arrays.copyOfRange(s, 1, s.length);
                        }
                        inputs.add(d.operand(d.random.nextInt(3) == 0 ? d.dtype() : t, s, false));
                    }
                    first = null;
                }
                if (nested) {
                    params.put("rows", rowLengths);
                }
            }
            case "concatenate" -> {
                int count = d.random.nextInt(20) == 0 ? 0 : 1 + d.random.nextInt(3);
                DType t = d.dtype();
                for (int i = 0; i < count; i++) {
                    inputs.add(d.operand(d.random.nextInt(3) == 0 ? d.dtype() : t, d.shape(0), false));
                }
                params.put("axis", null);
            }
            case "clip" -> {
                DType t = d.dtype();
                inputs.add(d.operand(t, d.shape(0), false));
                params.put("min", bound(d, t));
                params.put("max", d.random.nextInt(4) == 0 && params.get("min") != null ? null : bound(d, t));
            }
            case "where" -> {
                long[] shape = d.shape(0);
                inputs.add(d.operand(DType.BOOL, d.broadcastSource(shape), false));
                int form = d.random.nextInt(3);
                if (form == 0) {
                    params.put("x", scalar(d));
                    inputs.add(d.operand(d.dtype(), d.broadcastSource(shape), false));
                } else if (form == 1) {
                    inputs.add(d.operand(d.dtype(), d.broadcastSource(shape), false));
                    params.put("y", scalar(d));
                } else {
                    params.put("x", scalar(d));
                    params.put("y", scalar(d));
                }
            }
            case "flip" -> {
                long[] shape = d.shape(0);
                inputs.add(d.operand(d.dtype(), shape, false));
                params.put("axis", axes(d, shape.length));
            }
            case "median" -> {
                long[] shape = d.shape(0);
                inputs.add(d.operand(d.dtype(), shape, false));
                params.put("axis", axes(d, shape.length));
                params.put("keepdims", d.random.nextBoolean());
            }
            case "zeros_like", "ones_like", "full_like" -> {
                inputs.add(d.operand(d.dtype(), d.shape(0), false));
                if (op.equals("full_like")) {
                    params.put("fill_value", d.random.nextBoolean() ? d.floatValue()
                            : (Object) (long) d.random.nextInt(-300, 301));
                }
                if (d.random.nextBoolean()) {
                    params.put("dtype", d.dtype().numpyName());
                }
            }
            case "apply_along_axis", "apply_over_axes" -> {
                long[] shape = d.shape(d.random.nextInt(10) == 0 ? 0 : 1);
                int n = shape.length;
                String func = FUNCS[d.random.nextInt(FUNCS.length - (op.equals("apply_along_axis") ? 1 : 0))];
                params.put("func", func);
                inputs.add(d.operand(d.dtype(), shape, func.equals("sum") && d.random.nextInt(4) != 0));
                if (op.equals("apply_along_axis")) {
                    params.put("axis", n == 0 || d.random.nextInt(25) == 0 ? n : d.signedAxis(d.random.nextInt(n), n));
                } else {
                    int[] axes = axes(d, n);
                    params.put("axes", axes == null ? new int[0] : axes);
                }
            }
            default -> throw new IllegalStateException(op);
        }
        // a null input (tri, identity, indices) is skipped by RandomCaseRun
        return new RandomCase(d.seed, RandomCase.Family.EXTRA, op, Collections.unmodifiableList(inputs), null, null,
                null, false, 0, List.of(), params);
    }

    /**
     * An operand of type t for a sum or product in dtype (null: t's own): tame values three times
     * in four for a float sum (finite sums every order rounds alike within the bound); for a product
     * in a float type, factors 0, ±1/2, ±1, ±2 or non-finite (0, 1, 2 of an unsigned t), whose
     * products are exact in any order.
     */
    private static RandomCase.Operand reduced(RandomCase.Drawer d, String op, DType t, long[] shape, DType dtype) {
        if (op.equals("prod") && !t.isFloatingPoint() && dtype != null && dtype.isFloatingPoint()) {
            RandomCase.Operand x = d.operand(t, shape, false);
            long[] v = x.ints();
            long low = t == DType.BOOL || t.minValue() == 0 ? 0 : -2;
            for (int i = 0; i < v.length; i++) {
                v[i] = t == DType.BOOL ? d.random.nextInt(2) : d.random.nextLong(low, 3);
            }
            return x;
        }
        if (t.isFloatingPoint() && op.equals("prod")) {
            RandomCase.Operand x = d.operand(t, shape, true);
            double[] f = x.floats();
            double[] factors = {0, 0.5, -0.5, 1, -1, 2, -2, 2, -2, 1, Double.NaN, Double.POSITIVE_INFINITY, -0.0};
            for (int i = 0; i < f.length; i++) {
                f[i] = factors[d.random.nextInt(d.random.nextInt(4) == 0 ? factors.length : factors.length - 3)];
            }
            return x;
        }
        return d.operand(t, shape, t.isFloatingPoint() && d.random.nextInt(4) != 0);
    }

    /** A list of axes of an n-d array (sometimes repeated or out of range), or null for all. */
    private static int[] axes(RandomCase.Drawer d, int n) {
        if (n == 0 && d.random.nextInt(4) != 0 || d.random.nextInt(4) == 0) {
            return null;
        }
        List<Integer> chosen = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (d.random.nextBoolean()) {
                chosen.add(d.signedAxis(i, n));
            }
        }
        if (d.random.nextInt(20) == 0) {
            chosen.add(d.random.nextBoolean() && n > 0 ? d.signedAxis(d.random.nextInt(n), n) : n);
        }
        return chosen.stream().mapToInt(Integer::intValue).toArray();
    }

    private static DType resultType(RandomCase.Drawer d) {
        return d.random.nextInt(3) == 0 ? DType.FLOAT64 : d.dtype();
    }

    /** A clip bound: a Java long (sometimes past t's range), a double, or null. */
    private static Object bound(RandomCase.Drawer d, DType t) {
        int form = d.random.nextInt(8);
        if (form == 0) {
            return null;
        }
        if (form == 1 && !t.isFloatingPoint() && t != DType.BOOL) {
            return d.random.nextBoolean() ? t.maxValue() + d.random.nextInt(1, 300) : t.minValue() - d.random.nextInt(1, 300);
        }
        return form < 5 ? (Object) (long) d.random.nextInt(-30, 31) : (Object) d.floatValue();
    }

    /** A Python number for where: an int (sometimes large), a float, or a bool. */
    private static Object scalar(RandomCase.Drawer d) {
        int form = d.random.nextInt(6);
        return form == 0 ? (Object) d.random.nextBoolean() : form == 1 ? (Object) d.random.nextLong(-100000, 100000)
                : form == 2 ? (Object) d.floatValue() : (Object) (long) d.random.nextInt(-5, 6);
    }

    /** Calls the case's op; outputs not compared are closed here, in-place ops give their destination. */
    static Tensor call(RandomCase c, List<Tensor> in) {
        Tensor x = in.isEmpty() ? null : in.get(0);
        Tensor where = in.size() > 1 ? in.get(1) : null;
        int[] axes = c.param("axis") instanceof int[] a ? a : null;
        boolean keepdims = Boolean.TRUE.equals(c.param("keepdims"));
        DType dtype = c.param("dtype") == null ? null : ReferenceData.dtype((String) c.param("dtype"));
        return switch (c.op()) {
            case "sum" -> where != null ? Np.sum(x, axes, keepdims, where) : Np.sum(x, axes, keepdims, dtype, null);
            case "prod" -> where != null ? Np.prod(x, axes, keepdims, where) : Np.prod(x, axes, keepdims, dtype, null);
            case "mean" -> where != null ? Np.mean(x, axes, keepdims, where) : Np.mean(x, axes, keepdims, dtype, null);
            case "all" -> Np.all(x, axes, keepdims, where);
            case "any" -> Np.any(x, axes, keepdims, where);
            case "max" -> where != null ? Np.max(x, axes, keepdims, (Double) c.param("initial"), where)
                    : Np.max(x, axes, keepdims, (Double) c.param("initial"));
            case "min" -> where != null ? Np.min(x, axes, keepdims, (Double) c.param("initial"), where)
                    : Np.min(x, axes, keepdims, (Double) c.param("initial"));
            case "reduce" -> {
                BinaryOp op = ufunc((String) c.param("ufunc"));
                yield (Boolean) c.param("default_axis") ? Np.reduce(op, x)
                        : dtype != null ? Np.reduce(op, x, axes, keepdims, dtype, null) : Np.reduce(op, x, axes, keepdims);
            }
            case "cumsum" -> Np.cumsum(x, (Integer) c.param("axis"), dtype, null);
            case "cumprod" -> Np.cumprod(x, (Integer) c.param("axis"), dtype, null);
            case "diag" -> Np.diag(x, (Long) c.param("k"));
            case "tri" -> Np.tri((Long) c.param("N"), c.param("M") == null ? (Long) c.param("N") : (Long) c.param("M"),
                    (Long) c.param("k"), dtype);
            case "identity" -> Np.identity((Long) c.param("n"), dtype);
            case "indices" -> Np.indices((long[]) c.param("dimensions"), dtype);
            case "nonzero" -> RandomGatherCases.part(c, Np.nonzero(x));
            case "place" -> {
                Np.place(x, in.get(1), in.get(2));
                yield x;
            }
            case "fix" -> Np.fix(x);
            case "positive" -> Np.positive(x);
            case "isposinf" -> Np.isposinf(x);
            case "isneginf" -> Np.isneginf(x);
            case "real" -> Np.real(x);
            case "imag" -> Np.imag(x);
            case "conj" -> Np.conj(x);
            case "conjugate" -> Np.conjugate(x);
            case "iscomplex" -> Np.iscomplex(x);
            case "isreal" -> Np.isreal(x);
            case "angle" -> Np.angle(x, (Boolean) c.param("deg"));
            case "asarray_chkfinite" -> Np.asarrayChkfinite(x);
            case "ascontiguousarray" -> Np.ascontiguousarray(x);
            case "unique_all" -> RandomGatherCases.part(c, Np.uniqueAll(x));
            case "unique_counts" -> RandomGatherCases.part(c, Np.uniqueCounts(x));
            case "unique_inverse" -> RandomGatherCases.part(c, Np.uniqueInverse(x));
            case "unique_values" -> Np.uniqueValues(x);
            case "sliding_window_view" -> {
                long[] window = (long[]) c.param("window_shape");
                yield axes == null ? Np.slidingWindowView(x, window) : Np.slidingWindowView(x, window, axes);
            }
            case "block" -> {
                long[] rows = (long[]) c.param("rows");
                if (rows == null) {
                    yield Np.block(in.toArray(Tensor[]::new));
                }
                Tensor[][] parts = new Tensor[rows.length][];
                int next = 0;
                for (int r = 0; r < rows.length; r++) {
                    parts[r] = in.subList(next, next + (int) rows[r]).toArray(Tensor[]::new);
                    next += (int) rows[r];
                }
                yield Np.block(parts);
            }
            case "concatenate" -> Np.concatenateFlat(in.toArray(Tensor[]::new));
            case "clip" -> Np.clip(x, (Number) c.param("min"), (Number) c.param("max"));
            case "where" -> where(c, in);
            case "flip" -> axes == null ? Np.flip(x) : Np.flip(x, axes);
            case "median" -> Np.median(x, axes, keepdims);
            case "zeros_like" -> dtype == null ? Np.zerosLike(x) : Np.zerosLike(x, dtype);
            case "ones_like" -> dtype == null ? Np.onesLike(x) : Np.onesLike(x, dtype);
            case "full_like" -> switch (c.param("fill_value")) {
                case Long v when dtype == null -> Np.fullLike(x, (long) v);
                case Long v -> Np.fullLike(x, (long) v, dtype);
                case Double v when dtype == null -> Np.fullLike(x, (double) v);
                case Double v -> Np.fullLike(x, (double) v, dtype);
                default -> throw new IllegalStateException("full_like: fill_value " + c.param("fill_value"));
            };
            case "apply_along_axis", "apply_over_axes" -> apply(c, x);
            default -> throw new IllegalArgumentException("unknown extra-family op " + c.op());
        };
    }

    /** apply_along_axis or apply_over_axes with a function by NumPy's name; its own results closed after. */
    private static Tensor apply(RandomCase c, Tensor x) {
        String func = (String) c.param("func");
        List<Tensor> made = new ArrayList<>();
        java.util.function.BiFunction<Tensor, Integer, Tensor> f = (v, axis) -> {
            Tensor r = switch (func) {
                case "cumsum" -> axis == null ? Np.cumsum(v) : Np.cumsum(v, axis);
                case "sort" -> Np.sort(v, axis == null ? -1 : axis);
                case "max" -> axis == null ? Np.max(v) : Np.max(v, axis);
                case "flip" -> axis == null ? Np.flip(v) : Np.flip(v, axis);
                default -> axis == null ? Np.sum(v) : Np.sum(v, axis);
            };
            made.add(r);
            return r;
        };
        Tensor result = null;
        try {
            result = c.op().equals("apply_along_axis")
                    ? Np.applyAlongAxis(v -> f.apply(v, null), (Integer) c.param("axis"), x)
                    : Np.applyOverAxes(f, x, (int[]) c.param("axes"));
            return result;
        } finally {
            for (Tensor t : made) {
                if (t != result) {
                    t.close();
                }
            }
        }
    }

    /**
     * where with Python-number branches: a Java long or double, or a Python bool as a 0-d bool
     * tensor (NumPy's bool is of the lowest kind, like a bool array); two Python ints as a 0-d int64
     * and a long (NumPy's int64 for two ints).
     */
    private static Tensor where(RandomCase c, List<Tensor> in) {
        Tensor cond = in.get(0);
        Object a = c.param("x");
        Object b = c.param("y");
        if (a == null) {
            return switch (b) {
                case Long v -> Np.where(cond, in.get(1), (long) v);
                case Double v -> Np.where(cond, in.get(1), (double) v);
                default -> {
                    try (Tensor tb = zeroD(b)) {
                        yield Np.where(cond, in.get(1), tb);
                    }
                }
            };
        }
        if (b == null) {
            return switch (a) {
                case Long v -> Np.where(cond, (long) v, in.get(1));
                case Double v -> Np.where(cond, (double) v, in.get(1));
                default -> {
                    try (Tensor ta = zeroD(a)) {
                        yield Np.where(cond, ta, in.get(1));
                    }
                }
            };
        }
        if (a instanceof Double || b instanceof Double) {
            return Np.where(cond, number(a), number(b));
        }
        try (Tensor ta = zeroD(a)) {
            if (b instanceof Long v) {
                return Np.where(cond, ta, (long) v);
            }
            try (Tensor tb = zeroD(b)) {
                return Np.where(cond, ta, tb);
            }
        }
    }

    private static double number(Object v) {
        return v instanceof Boolean b ? (b ? 1.0 : 0.0) : ((Number) v).doubleValue();
    }

    /** A Python bool or int as a 0-d bool or int64 tensor. */
    private static Tensor zeroD(Object v) {
        try (Tensor flat = v instanceof Boolean b ? Np.array(new boolean[] {b}) : Np.array(new long[] {(Long) v})) {
            return flat.reshape();
        }
    }

    private static BinaryOp ufunc(String name) {
        return switch (name) {
            case "add" -> BinaryOp.ADD;
            case "multiply" -> BinaryOp.MULTIPLY;
            case "maximum" -> BinaryOp.MAXIMUM;
            case "minimum" -> BinaryOp.MINIMUM;
            case "logical_and" -> BinaryOp.LOGICAL_AND;
            default -> BinaryOp.LOGICAL_OR;
        };
    }

    /**
     * The float sums and means (add.reduce and a summing apply_over_axes too) within the suite's
     * reduction bound with {@link #scales}; the zero signs of unique values, clip, median and the
     * maxima and minima not compared; the rest bit for bit.
     */
    static Tolerance tolerance(ConformanceSuite suite, RandomCase c, DType type) {
        return switch (c.op()) {
            case "sum", "mean" -> type.isFloatingPoint() ? suite.reductionTolerance(c.op(), type) : Tolerance.EXACT;
            case "reduce" -> type.isFloatingPoint() && c.param("ufunc").equals("add")
                    ? suite.reductionTolerance("sum", type)
                    : c.param("ufunc").equals("maximum") || c.param("ufunc").equals("minimum")
                    ? new Tolerance(0, 0, false) : Tolerance.EXACT;
            case "apply_along_axis", "apply_over_axes" -> type.isFloatingPoint() && c.param("func").equals("sum")
                    ? suite.reductionTolerance("sum", type)
                    : c.param("func").equals("max") ? new Tolerance(0, 0, false) : Tolerance.EXACT;
            case "unique_all", "unique_counts", "unique_inverse", "unique_values", "clip", "median", "max", "min" ->
                    new Tolerance(0, 0, false);
            default -> Tolerance.EXACT;
        };
    }

    /**
     * The error scale of each element: for the float sums Σ|x| over the finite base values (they
     * bound any selection's), for the means max|x|; {@link RandomCaseRun#ORDER_DEPENDENT} (not
     * compared) where the sum could pass the result type's range, or the float product's partial
     * products could leave its normal range (the base values' exponents above 0, or below,
     * summed), whose overflow and underflow depend on the order; 0 (bit for bit) for the others.
     */
    static double[] scales(RandomCase c, int size) {
        double[] s = new double[size];
        DType in = c.inputs().getFirst() == null ? DType.FLOAT64 : c.inputs().getFirst().dtype();
        DType type = c.param("dtype") != null ? ReferenceData.dtype((String) c.param("dtype"))
                : in.isFloatingPoint() ? in : DType.FLOAT64;
        boolean sum = c.op().equals("sum") || c.op().equals("reduce") && c.param("ufunc").equals("add")
                || c.op().equals("apply_over_axes") && c.param("func").equals("sum");
        boolean product = c.op().equals("prod") || c.op().equals("reduce") && c.param("ufunc").equals("multiply");
        if (!(sum || product || c.op().equals("mean")) || !type.isFloatingPoint()) {
            return s;
        }
        RandomCase.Operand x = c.inputs().getFirst();
        double[] values = x.floats() != null ? x.floats() : Arrays.stream(x.ints()).asDoubleStream().toArray();
        if (product) {
            // partial products past the normal range: overflow (then inf·0) and gradual underflow
            // depend on the order of the multiplications
            double up = 0;
            double down = 0;
            for (double v : values) {
                if (Double.isFinite(v) && v != 0) {
                    up += Math.max(0, Math.log(Math.abs(v)) / Math.log(2));
                    down += Math.min(0, Math.log(Math.abs(v)) / Math.log(2));
                }
            }
            int maxExp = type == DType.FLOAT16 ? 15 : type == DType.FLOAT32 ? Float.MAX_EXPONENT : Double.MAX_EXPONENT;
            int minExp = type == DType.FLOAT16 ? -14 : type == DType.FLOAT32 ? Float.MIN_EXPONENT : Double.MIN_EXPONENT;
            Arrays.fill(s, up >= maxExp || down <= minExp ? RandomCaseRun.ORDER_DEPENDENT : 0);
            return s;
        }
        double total = Arrays.stream(values).filter(Double::isFinite).map(Math::abs).sum();
        double max = Arrays.stream(values).filter(Double::isFinite).map(Math::abs).max().orElse(0);
        double largest = type == DType.FLOAT16 ? 65504 : type == DType.FLOAT32 ? Float.MAX_VALUE : Double.MAX_VALUE;
        Arrays.fill(s, total >= largest / 2 ? RandomCaseRun.ORDER_DEPENDENT : sum ? total : max);
        return s;
    }
}
