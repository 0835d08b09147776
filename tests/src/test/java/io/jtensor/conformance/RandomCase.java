package io.jtensor.conformance;

import io.jtensor.DType;
import io.jtensor.Float16;
import io.jtensor.Np;
import io.jtensor.Tensor;
import io.jtensor.op.BinaryOp;
import io.jtensor.op.RowOp;
import io.jtensor.op.UnaryOp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.StringJoiner;

/**
 * One randomly drawn API call, fully determined by its seed: {@code RandomCase.of(seed)} always
 * draws the same op, operands (values, dtype, base shape and the views taken of it), axes and
 * out/where. The seed is the one-line reproducer a failing differential or NumPy-parity test
 * prints; {@link #toString()} describes the case in NumPy terms.
 *
 * <p>What is drawn: operands of 0 to 5 dimensions with sizes 0 to 4 (0 and 1 often); every dtype
 * (int8, uint8, int16, uint16 and uint32 one time in eight);
 * views (a permutation of the axes, a slice with a negative or &gt;1 step along one axis, an
 * explicit broadcast); values that are mostly small, sometimes the dtype's extremes, and for floats
 * sometimes NaN, ±Inf, ±0, subnormals and huge magnitudes. Families: unary ufuncs with optional
 * {@code out} (float64 or the input's dtype, sometimes a transposed view) and {@code where}; binary
 * ufuncs with two independently broadcast operands; reductions with axis / axes (also empty and
 * negative) / keepdims / ddof; softmax, log-softmax and log-sum-exp of finite rows; (batched)
 * matmul of small-integer-valued operands; and the array functions of {@link #ARRAY_OPS} (sorting,
 * scans, differences, flips, rolls, repeats, take, concatenate, three-operand where, casts to every
 * type, clip with tensor bounds (a null operand: no bound), median, unique, argwhere, count_nonzero,
 * round, and in place copyto, put and putmask), whose axis is {@code axes[0]} (null: the flattened array) and whose count (diff's n,
 * roll's shift, repeat's repeats, round's decimals) is {@code ddof}.
 */
record RandomCase(long seed, Family family, String op, List<Operand> inputs, Operand out, Operand where,
                  int[] axes, boolean keepdims, int ddof) {

    /** The op families, as the differential and parity tests count them. */
    enum Family { UNARY, BINARY, REDUCE, ROWS, MATMUL, ARRAY }

    private static final DType[] DTYPES = {DType.BOOL, DType.INT32, DType.INT64, DType.FLOAT32, DType.FLOAT64,
        DType.FLOAT16};
    /** The integer storage types (8 and 16 bits, uint32), drawn one time in eight. */
    private static final DType[] SMALL_INTS = {DType.INT8, DType.UINT8, DType.INT16, DType.UINT16, DType.UINT32};
    /** The public unary ufuncs, in token order. */
    private static final UnaryOp[] UNARY_OPS = Ops.UNARY.keySet().toArray(UnaryOp[]::new);
    /** The public binary ufuncs, in token order (NEXTAFTER_FLOAT16 is core's, so the draw stays as it was). */
    private static final BinaryOp[] BINARY_OPS = java.util.Arrays.stream(BinaryOp.values())
            .filter(op -> op != BinaryOp.NEXTAFTER_FLOAT16).toArray(BinaryOp[]::new);
    /** The array functions of {@link Family#ARRAY}: exact results, so NumPy's bits are expected. */
    static final String[] ARRAY_OPS = {"sort", "argsort", "cumsum", "cumprod", "diff", "flip", "roll", "repeat",
            "take", "concatenate", "where", "astype", "astype", "clip", "median", "unique", "argwhere",
            "count_nonzero", "round", "copyto", "put", "putmask"};
    /** The targets of {@code astype}, drawn into the op's name ({@code astype_uint8}). */
    private static final DType[] CAST_TARGETS = DType.values();
    private static final String[] REDUCTIONS = {"sum", "prod", "mean", "max", "min", "argmax", "argmin", "var", "std",
            "all", "any"};

    /** A view taken of a base array, applied in order. */
    sealed interface View permits Transpose, Slice, Broadcast {
    }

    /** {@code np.transpose(x, perm)}. */
    record Transpose(int[] perm) implements View {
        @Override
        public String toString() {
            return "transpose" + Arrays.toString(perm).replace(',', ' ');
        }
    }

    /** {@code x[..., start:stop:step, ...]} along {@code axis}; Long.MIN/MAX_VALUE are open ends. */
    record Slice(int axis, long start, long stop, long step) implements View {
        @Override
        public String toString() {
            return "slice(axis " + axis + " " + bound(start) + ":" + bound(stop) + ":" + step + ")";
        }

        private static String bound(long v) {
            return v == Long.MIN_VALUE || v == Long.MAX_VALUE ? "" : Long.toString(v);
        }
    }

    /** {@code np.broadcast_to(x, shape)}. */
    record Broadcast(long[] shape) implements View {
        @Override
        public String toString() {
            return "broadcast_to" + Arrays.toString(shape).replace(',', ' ');
        }
    }

    /**
     * A base array (C order; floats in {@code floats}, integers and bools as 0/1 in {@code ints})
     * and the views taken of it.
     */
    record Operand(DType dtype, long[] baseShape, double[] floats, long[] ints, List<View> views) {

        /** The tensor on the current backend; the caller closes it (views share the base's memory). */
        Tensor build() {
            // created flat, then shaped: Np.array(data) with an empty shape would be 1-d, not 0-d
            Tensor flat = switch (dtype) {
                case FLOAT64 -> Np.array(floats);
                case FLOAT16 -> {
                    try (Tensor wide = Np.array(floats)) {
                        yield wide.astype(DType.FLOAT16);
                    }
                }
                case FLOAT32 -> {
                    float[] f = new float[floats.length];
                    for (int i = 0; i < f.length; i++) {
                        f[i] = (float) floats[i];
                    }
                    yield Np.array(f);
                }
                case INT64 -> Np.array(ints);
                case INT32 -> Np.array(Arrays.stream(ints).mapToInt(v -> (int) v).toArray());
                case INT8, UINT8, INT16, UINT16, UINT32 -> {
                    try (Tensor wide = Np.array(ints)) {
                        yield wide.astype(dtype);
                    }
                }
                case BOOL -> {
                    boolean[] b = new boolean[ints.length];
                    for (int i = 0; i < b.length; i++) {
                        b[i] = ints[i] != 0;
                    }
                    yield Np.array(b);
                }
            };
            Tensor base = flat.reshape(baseShape);
            flat.close();
            Tensor t = base;
            for (View v : views) {
                Tensor next = switch (v) {
                    case Transpose p -> t.transpose(p.perm());
                    case Slice s -> t.slice(s.axis(), s.start(), s.stop(), s.step());
                    case Broadcast b -> t.broadcastTo(b.shape());
                };
                t.close();
                t = next;
            }
            return t;
        }

        @Override
        public String toString() {
            StringBuilder s = new StringBuilder(dtype.numpyName()).append(Arrays.toString(baseShape).replace(',', ' '));
            for (View v : views) {
                s.append('.').append(v);
            }
            return s.toString();
        }
    }

    /** The case drawn from {@code seed}. */
    static RandomCase of(long seed) {
        return new Drawer(seed).draw();
    }

    /** The seeds of the {@code count} cases of run {@code runSeed} (case i of a run is reproducible alone). */
    static long caseSeed(long runSeed, long index) {
        return new SplittableRandom(runSeed * 0x9E3779B97F4A7C15L + index).nextLong();
    }

    @Override
    public String toString() {
        StringJoiner j = new StringJoiner(" ");
        j.add("seed=" + seed).add(op + "(" + String.join("; ", inputs.stream().map(String::valueOf).toList()) + ")");
        if (family == Family.REDUCE || family == Family.ROWS || family == Family.ARRAY) {
            j.add("axes=" + (axes == null ? "none" : Arrays.toString(axes).replace(',', ' ')));
        }
        if (family == Family.REDUCE) {
            j.add("keepdims=" + keepdims).add("ddof=" + ddof);
        }
        if (family == Family.ARRAY && ddof != 0) {
            j.add("count=" + ddof);
        }
        if (out != null) {
            j.add("out=" + out);
        }
        if (where != null) {
            j.add("where=" + where);
        }
        return j.toString();
    }

    /** Draws one case; every random choice comes from one generator seeded with the case seed. */
    private static final class Drawer {
        private final long seed;
        private final SplittableRandom random;

        Drawer(long seed) {
            this.seed = seed;
            this.random = new SplittableRandom(seed);
        }

        RandomCase draw() {
            int pick = random.nextInt(100);
            if (pick < 31) {
                return unary();
            }
            if (pick < 58) {
                return binary();
            }
            if (pick < 76) {
                return reduce();
            }
            if (pick < 83) {
                return rows();
            }
            if (pick < 89) {
                return matmul();
            }
            return array();
        }

        /**
         * An array function: the axis one of x's (sometimes out of range, which both NumPy and
         * jtensor refuse) or, for the functions that flatten without one, sometimes none.
         */
        private RandomCase array() {
            String op = ARRAY_OPS[random.nextInt(ARRAY_OPS.length)];
            long[] shape = shape(0);
            int n = shape.length;
            boolean flattens = switch (op) {
                case "cumsum", "cumprod", "flip", "roll", "repeat", "take", "median", "count_nonzero" -> true;
                default -> false;
            };
            int[] axes;
            if (op.equals("astype")) {
                op = "astype_" + CAST_TARGETS[random.nextInt(CAST_TARGETS.length)].numpyName();
            }
            if (op.equals("where") || op.startsWith("astype") || op.equals("clip") || op.equals("unique")
                    || op.equals("argwhere") || op.equals("round") || op.startsWith("put") || op.equals("copyto")) {
                axes = null;
            } else if (flattens && (n == 0 || random.nextInt(4) == 0)) {
                axes = null;
            } else if (random.nextInt(25) == 0) {
                axes = new int[] {n + random.nextInt(2)};
            } else {
                axes = new int[] {n == 0 ? 0 : signedAxis(random.nextInt(n), n)};
            }
            int count = switch (op) {
                case "diff" -> random.nextInt(4);
                case "roll" -> random.nextInt(-6, 7);
                case "repeat" -> random.nextInt(4);
                case "round" -> random.nextInt(-3, 5);
                default -> 0;
            };
            Operand x = operand(dtype(), shape, false);
            List<Operand> inputs = switch (op) {
                case "take" -> {
                    long size = axes == null ? Arrays.stream(shape).reduce(1, Math::multiplyExact)
                            : axes[0] >= -n && axes[0] < n ? shape[Math.floorMod(axes[0], n)] : 1;
                    long[] ishape = shape(0);
                    long isize = Arrays.stream(ishape).reduce(1, Math::multiplyExact);
                    if (isize * Arrays.stream(shape).reduce(1, Math::multiplyExact) > 1024) {
                        ishape = new long[] {random.nextInt(4)};
                    }
                    // mostly in range, negative from the end too; one time in ten a position past either end
                    long[] idx = new long[(int) Arrays.stream(ishape).reduce(1, Math::multiplyExact)];
                    for (int i = 0; i < idx.length; i++) {
                        idx[i] = random.nextInt(10) == 0 ? (random.nextBoolean() ? size : -size - 1)
                                : size == 0 ? 0 : random.nextLong(-size, size);
                    }
                    yield List.of(x, withView(new Operand(DType.INT64, ishape, null, idx, List.of())));
                }
                case "concatenate" -> {
                    long[] yshape = shape.clone();
                    if (n > 0 && axes[0] >= -n && axes[0] < n) {
                        yshape[Math.floorMod(axes[0], n)] = random.nextInt(4);
                    }
                    DType ty = random.nextInt(3) == 0 ? x.dtype() : dtype();
                    yield List.of(x, operand(ty, yshape, false));
                }
                case "where" -> {
                    DType ty = random.nextInt(3) == 0 ? x.dtype() : dtype();
                    yield List.of(operand(DType.BOOL, broadcastSource(shape), false), x,
                            operand(ty, broadcastSource(shape), false));
                }
                case "clip" -> {
                    // bounds of x's type or another, broadcasting to x; one of them sometimes absent (a 0-d
                    // operand of shape [-1] would not do: absence is an empty bound list)
                    List<Operand> clipped = new ArrayList<>(List.of(x));
                    for (int b = 0; b < 2; b++) {
                        clipped.add(random.nextInt(5) == 0 ? null
                                : operand(random.nextInt(2) == 0 ? x.dtype() : dtype(), broadcastSource(shape), false));
                    }
                    if (clipped.get(1) == null && clipped.get(2) == null) {
                        clipped.set(1, operand(x.dtype(), broadcastSource(shape), false));
                    }
                    yield java.util.Collections.unmodifiableList(clipped);
                }
                // in place: x (a view of a fresh base; NumPy refuses to write a broadcast one) is the result
                case "copyto" -> {
                    DType ts = random.nextInt(3) == 0 ? x.dtype() : dtype();
                    List<Operand> copied = new ArrayList<>(List.of(x, operand(ts, broadcastSource(shape), false)));
                    copied.add(random.nextBoolean() ? null : operand(DType.BOOL, broadcastSource(shape), false));
                    yield java.util.Collections.unmodifiableList(copied);
                }
                case "put" -> {
                    long size = Arrays.stream(shape).reduce(1, Math::multiplyExact);
                    long[] idx = new long[random.nextInt(6)];
                    for (int i = 0; i < idx.length; i++) {
                        idx[i] = random.nextInt(10) == 0 ? (random.nextBoolean() ? size : -size - 1)
                                : size == 0 ? 0 : random.nextLong(-size, size);
                    }
                    Operand values = operand(random.nextInt(3) == 0 ? x.dtype() : dtype(),
                            new long[] {random.nextInt(4)}, false);
                    yield List.of(x, new Operand(DType.INT64, new long[] {idx.length}, null, idx, List.of()), values);
                }
                case "putmask" -> {
                    Operand values = operand(random.nextInt(3) == 0 ? x.dtype() : dtype(),
                            new long[] {random.nextInt(5)}, false);
                    yield List.of(x, operand(DType.BOOL, shape, false), values);
                }
                default -> List.of(x);
            };
            return new RandomCase(seed, Family.ARRAY, op, inputs, null, null, axes, false, count);
        }

        private RandomCase unary() {
            UnaryOp op = UNARY_OPS[random.nextInt(UNARY_OPS.length)];
            long[] shape = shape(0);
            Operand x = operand(dtype(), shape, false);
            return withOutWhere(Family.UNARY, op.numpyName(), List.of(x), shape);
        }

        private RandomCase binary() {
            BinaryOp op = BINARY_OPS[random.nextInt(BINARY_OPS.length)];
            long[] shape = shape(0);
            DType ta = dtype();
            DType tb = random.nextInt(3) == 0 ? ta : dtype();
            // one operand has the full shape (so that out and where fit the result exactly), the
            // other broadcasts to it from either side
            boolean full = random.nextBoolean();
            Operand a = operand(ta, full ? shape : broadcastSource(shape), false);
            Operand b = operand(tb, full ? broadcastSource(shape) : shape, op == BinaryOp.POWER);
            return withOutWhere(Family.BINARY, op.numpyName(), List.of(a, b), shape);
        }

        private RandomCase withOutWhere(Family family, String op, List<Operand> inputs, long[] shape) {
            Operand out = null;
            Operand where = null;
            int combo = random.nextInt(6);
            if (combo == 1 || combo == 3) {
                // float64 takes every result under same_kind; the first input's dtype sometimes
                // does not, and then both NumPy and jtensor must refuse
                DType t = random.nextInt(4) == 0 ? inputs.get(0).dtype() : DType.FLOAT64;
                out = random.nextBoolean() || shape.length < 2 ? operand(t, shape, List.of(), false)
                        : transposedOut(t, shape);
            }
            if (combo >= 2 && combo <= 3) {
                where = operand(DType.BOOL, broadcastSource(shape), false);
            }
            return new RandomCase(seed, family, op, inputs, out, where, null, false, 0);
        }

        private Operand transposedOut(DType t, long[] shape) {
            int n = shape.length;
            int[] perm = permutation(n);
            long[] base = new long[n];
            for (int i = 0; i < n; i++) {
                base[perm[i]] = shape[i];
            }
            return operand(t, base, List.of(new Transpose(perm)), false);
        }

        private RandomCase reduce() {
            String op = REDUCTIONS[random.nextInt(REDUCTIONS.length)];
            long[] shape = shape(0);
            Operand x = operand(dtype(), shape, false);
            int n = shape.length;
            int[] axes;
            int form = random.nextInt(4);
            if (form == 0 || n == 0) {
                axes = null;
            } else if (form == 1 || op.startsWith("arg")) {
                axes = new int[] {signedAxis(random.nextInt(n), n)};
            } else {
                List<Integer> chosen = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    if (random.nextBoolean()) {
                        chosen.add(signedAxis(i, n));
                    }
                }
                axes = chosen.stream().mapToInt(Integer::intValue).toArray();
            }
            int ddof = op.equals("var") || op.equals("std") ? random.nextInt(3) : 0;
            return new RandomCase(seed, Family.REDUCE, op, List.of(x), null, null, axes, random.nextBoolean(), ddof);
        }

        private RandomCase rows() {
            RowOp op = RowOp.values()[random.nextInt(RowOp.values().length)];
            long[] shape = shape(1);
            DType t = random.nextInt(4) == 0 ? (random.nextBoolean() ? DType.INT32 : DType.INT64)
                    : (random.nextBoolean() ? DType.FLOAT32 : DType.FLOAT64);
            Operand x = operand(t, shape, List.of(), true);
            x = withView(x);
            int n = shape.length;
            int[] axes;
            if (op == RowOp.LOG_SUM_EXP && random.nextBoolean()) {
                axes = random.nextBoolean() ? null : new int[] {signedAxis(0, n), signedAxis(n - 1, n)};
                if (axes != null && n == 1) {
                    axes = new int[] {signedAxis(0, n)};
                }
            } else {
                axes = new int[] {signedAxis(random.nextInt(n), n)};
            }
            return new RandomCase(seed, Family.ROWS, op.numpyName(), List.of(x), null, null, axes, false, 0);
        }

        private RandomCase matmul() {
            int m = random.nextInt(5);
            int k = random.nextInt(5);
            int p = random.nextInt(5);
            int form = random.nextInt(4);
            long[] batch = form == 3 ? new long[] {random.nextInt(3)} : new long[0];
            long[] sa = form == 0 ? new long[] {k} : concat(batch, new long[] {m, k});
            long[] sb = form == 1 ? new long[] {k} : concat(random.nextBoolean() ? batch : new long[0], new long[] {k, p});
            DType ta = dtype();
            DType tb = random.nextInt(3) == 0 ? ta : dtype();
            Operand a = withView(operand(ta, sa, List.of(), true));
            Operand b = withView(operand(tb, sb, List.of(), true));
            return new RandomCase(seed, Family.MATMUL, "matmul", List.of(a, b), null, null, null, false, 0);
        }

        private static long[] concat(long[] a, long[] b) {
            long[] r = Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, r, a.length, b.length);
            return r;
        }

        private int signedAxis(int axis, int ndim) {
            return random.nextBoolean() ? axis : axis - ndim;
        }

        private DType dtype() {
            if (random.nextInt(8) == 0) {
                return SMALL_INTS[random.nextInt(SMALL_INTS.length)];
            }
            return DTYPES[random.nextInt(DTYPES.length)];
        }

        /** 0-d to 5-d (at least {@code minDims}), each size 0 to 4 with 0 and 1 frequent; at most 256 elements. */
        private long[] shape(int minDims) {
            int n = minDims + random.nextInt(6 - minDims);
            long[] s = new long[n];
            long size = 1;
            for (int i = 0; i < n; i++) {
                int r = random.nextInt(10);
                s[i] = r == 0 ? 0 : r < 3 ? 1 : 2 + random.nextInt(3);
                size *= Math.max(s[i], 1);
                if (size > 256) {
                    s[i] = 1;
                }
            }
            return s;
        }

        /** A shape that broadcasts to {@code target}: leading axes dropped, some sizes set to 1. */
        private long[] broadcastSource(long[] target) {
            int drop = random.nextInt(4) == 0 ? random.nextInt(target.length + 1) : 0;
            long[] s = Arrays.copyOfRange(target, drop, target.length);
            for (int i = 0; i < s.length; i++) {
                if (random.nextInt(4) == 0) {
                    s[i] = 1;
                }
            }
            return s;
        }

        /** An operand of logical shape {@code shape}, often a view of a larger or permuted base. */
        private Operand operand(DType t, long[] shape, boolean smallExponent) {
            return withView(operand(t, shape, List.of(), smallExponent));
        }

        private Operand operand(DType t, long[] shape, List<View> views, boolean tame) {
            int size = (int) Arrays.stream(shape).reduce(1, Math::multiplyExact);
            double[] floats = t.isFloatingPoint() ? new double[size] : null;
            long[] ints = t.isFloatingPoint() ? null : new long[size];
            for (int i = 0; i < size; i++) {
                if (t.isFloatingPoint()) {
                    double v = tame ? random.nextInt(-8, 9) * 0.25 : floatValue();
                    floats[i] = switch (t) {
                        case FLOAT32 -> (float) v;
                        case FLOAT16 -> Float16.round(v);
                        default -> v;
                    };
                } else {
                    ints[i] = intValue(t, tame);
                }
            }
            return new Operand(t, shape, floats, ints, views);
        }

        /** Re-expresses {@code plain} (no views yet) as a view of another base with the same logical shape. */
        private Operand withView(Operand plain) {
            long[] shape = plain.baseShape();
            int n = shape.length;
            int kind = random.nextInt(5);
            if (kind == 0 && n >= 2) {
                int[] perm = permutation(n);
                long[] base = new long[n];
                for (int i = 0; i < n; i++) {
                    base[perm[i]] = shape[i];
                }
                Operand b = operand(plain.dtype(), base, List.of(), plain.ints() == null && isTame(plain));
                return new Operand(b.dtype(), base, b.floats(), b.ints(), List.of(new Transpose(perm)));
            }
            if (kind == 1 && n >= 1) {
                int axis = random.nextInt(n);
                long count = shape[axis];
                long step = new long[] {-2, -1, 2, 3}[random.nextInt(4)];
                long extra = random.nextInt(3);
                long[] base = shape.clone();
                long length = count == 0 ? extra : (count - 1) * Math.abs(step) + 1 + extra;
                base[axis] = length;
                long first = step > 0 ? random.nextLong(extra + 1) : length - 1 - random.nextLong(extra + 1);
                long start = random.nextBoolean() ? first : first - length;
                long last = first + (count - 1) * step;
                long stop = count == 0 ? first : last + (step > 0 ? 1 : -1);
                if (stop < 0) {
                    stop = Long.MIN_VALUE;
                } else if (random.nextBoolean() && stop < length) {
                    stop -= length;
                }
                if (count == 0) {
                    start = 0;
                    stop = 0;
                }
                Operand b = operand(plain.dtype(), base, List.of(), isTame(plain));
                return new Operand(b.dtype(), base, b.floats(), b.ints(),
                        List.of(new Slice(signedAxis(axis, n), start, stop, step)));
            }
            if (kind == 2 && n >= 1) {
                long[] source = broadcastSource(shape);
                Operand b = operand(plain.dtype(), source, List.of(), isTame(plain));
                return new Operand(b.dtype(), source, b.floats(), b.ints(), List.of(new Broadcast(shape.clone())));
            }
            return plain;
        }

        private static boolean isTame(Operand o) {
            if (o.floats() != null) {
                return Arrays.stream(o.floats()).allMatch(v -> Math.abs(v) <= 2 && v * 4 == Math.rint(v * 4));
            }
            return Arrays.stream(o.ints()).allMatch(v -> v >= -8 && v <= 8);
        }

        private int[] permutation(int n) {
            int[] p = new int[n];
            for (int i = 0; i < n; i++) {
                p[i] = i;
            }
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = p[i];
                p[i] = p[j];
                p[j] = t;
            }
            return p;
        }

        private double floatValue() {
            int r = random.nextInt(40);
            return switch (r) {
                case 0 -> Double.NaN;
                case 1 -> Double.POSITIVE_INFINITY;
                case 2 -> Double.NEGATIVE_INFINITY;
                case 3 -> 0.0;
                case 4 -> -0.0;
                case 5 -> (random.nextBoolean() ? 1 : -1) * Double.MIN_NORMAL * random.nextDouble();
                case 6 -> (random.nextBoolean() ? 1 : -1) * Math.scalb(1 + random.nextDouble(), random.nextInt(60, 1000));
                case 7, 8 -> random.nextInt(-5, 6);
                case 9 -> (random.nextBoolean() ? 1 : -1) * 710 * random.nextDouble();
                default -> random.nextGaussian() * Math.scalb(1.0, random.nextInt(-4, 5));
            };
        }

        private long intValue(DType t, boolean tame) {
            if (t == DType.BOOL) {
                return random.nextInt(2);
            }
            if (tame) {
                return random.nextInt(0, 5);
            }
            int r = random.nextInt(30);
            if (r == 0) {
                return t.minValue();
            }
            if (r == 1) {
                return t.maxValue();
            }
            if (r == 2) {
                return t == DType.INT64 ? random.nextLong() : random.nextLong(t.minValue(), t.maxValue() + 1);
            }
            // small values; for an unsigned type, the negative ones wrapped (-3 is uint8 253)
            return t.wrap(random.nextInt(-20, 21));
        }
    }
}
