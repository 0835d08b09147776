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
 * roll's shift, repeat's repeats, round's decimals) is {@code ddof}; and NumPy indexing ({@link Family#INDEX}):
 * {@code x[index]} ("getitem") and {@code x[index] = v} ("setitem", v cast unsafely, sometimes a Java
 * scalar: ddof 1) with the items of {@link #index()}. Families drawn and run by classes of their
 * own: the shape functions ({@link Family#SHAPE}: reshape, joins, splits, pad, ...;
 * {@link RandomShapeCases}), linear algebra and contractions ({@link Family#LINALG};
 * {@link RandomLinalgCases}), searching, sets, binning, nan-reductions and quantiles
 * ({@link Family#SEARCH}; {@link RandomSearchCases}), the numeric helpers: gradients, polynomials,
 * windows, spacings, scans, closeness tests, cov and multi-dimensional histograms
 * ({@link Family#NUMERIC}; {@link RandomNumericCases}), and index utilities, gathers, scatters, bit
 * packing and the small vector products ({@link Family#GATHER}; {@link RandomGatherCases}), and
 * the functions and keyword forms no other family reaches ({@link Family#EXTRA}; {@link RandomExtraCases}). A
 * family whose call takes keywords the fields above do not hold (a mode, a side, subscripts) puts
 * them in {@link #params()}, by their NumPy names; the export writes them as the JSON object
 * {@code params}.
 */
record RandomCase(long seed, Family family, String op, List<Operand> inputs, Operand out, Operand where,
                  int[] axes, boolean keepdims, int ddof, List<IndexItem> index, java.util.SortedMap<String, Object> params) {

    /** A case without named parameters. */
    RandomCase(long seed, Family family, String op, List<Operand> inputs, Operand out, Operand where, int[] axes,
               boolean keepdims, int ddof, List<IndexItem> index) {
        this(seed, family, op, inputs, out, where, axes, keepdims, ddof, index, java.util.Collections.emptySortedMap());
    }

    /** The named parameter {@code name} (a NumPy keyword such as {@code side} or {@code mode}), or null. */
    Object param(String name) {
        return params.get(name);
    }

    /** The op families, as the differential and parity tests count them. */
    enum Family { UNARY, BINARY, REDUCE, ROWS, MATMUL, ARRAY, INDEX, SHAPE, LINALG, SEARCH, NUMERIC, GATHER, EXTRA }

    /** One item of an {@link Family#INDEX} case's {@code x[...]}. */
    sealed interface IndexItem permits IntItem, SliceItem, MarkerItem, ArrayItem {
    }

    /** An integer ({@code x[-1]}); it may be out of range. */
    record IntItem(long value) implements IndexItem {
        @Override
        public String toString() {
            return Long.toString(value);
        }
    }

    /** A slice; null bounds are open ends, a null step is 1, a step of 0 is refused. */
    record SliceItem(Long start, Long stop, Long step) implements IndexItem {
        @Override
        public String toString() {
            return (start == null ? "" : start) + ":" + (stop == null ? "" : stop) + (step == null ? "" : ":" + step);
        }
    }

    /** {@code None} or {@code ...}. */
    record MarkerItem(io.jtensor.Index marker) implements IndexItem {
        @Override
        public String toString() {
            return marker == io.jtensor.Index.ELLIPSIS ? "..." : "None";
        }
    }

    /**
     * An integer array or a bool mask; {@code java}: passed as a Java {@code long[]}/{@code boolean[]}
     * (1-d) or a Java {@code boolean} (0-d bool) rather than as a tensor.
     */
    record ArrayItem(Operand array, boolean java) implements IndexItem {
        @Override
        public String toString() {
            return (java ? "java " : "") + array;
        }
    }

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
    /** The array functions that also run without an axis (on the flattened array). */
    private static final java.util.Set<String> FLATTENING_OPS = java.util.Set.of("cumsum", "cumprod", "flip", "roll",
            "repeat", "take", "median", "count_nonzero");
    /** The array functions that take no axis ({@code astype_*} too). */
    private static final java.util.Set<String> AXISLESS_OPS = java.util.Set.of("where", "clip", "unique", "argwhere",
            "round", "copyto", "put", "putmask");
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
        if (family == Family.REDUCE || family == Family.ROWS || family == Family.ARRAY || family == Family.SEARCH) {
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
        if (family == Family.INDEX) {
            j.add("index=[" + String.join(", ", index.stream().map(String::valueOf).toList()) + "]");
        }
        params.forEach((k, v) -> j.add(k + "=" + RandomCaseExport.jsonValue(v)));
        return j.toString();
    }

    /**
     * Draws one case; every random choice comes from one generator seeded with the case seed. The
     * package-private helpers (dtype, shape, operand, withView, ...) are shared with the families drawn
     * in classes of their own.
     */
    static final class Drawer {
        final long seed;
        final SplittableRandom random;

        Drawer(long seed) {
            this.seed = seed;
            this.random = new SplittableRandom(seed);
        }

        /** How many families share the draw's last 11 %, one {@code case} each below. */
        private static final int TAIL_FAMILIES = 8;

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
            return switch (random.nextInt(TAIL_FAMILIES)) {
                case 0 -> index();
                case 2 -> RandomShapeCases.draw(this);
                case 3 -> RandomLinalgCases.draw(this);
                case 4 -> RandomSearchCases.draw(this);
                case 5 -> RandomNumericCases.draw(this);
                case 6 -> RandomGatherCases.draw(this);
                case 7 -> RandomExtraCases.draw(this);
                default -> array();
            };
        }

        /**
         * An array function: the axis one of x's (sometimes out of range, which both NumPy and
         * jtensor refuse) or, for the functions that flatten without one, sometimes none.
         */
        private RandomCase array() {
            String op = ARRAY_OPS[random.nextInt(ARRAY_OPS.length)];
            long[] shape = shape(0);
            int n = shape.length;
            boolean flattens = FLATTENING_OPS.contains(op);
            int[] axes;
            if (op.equals("astype")) {
                op = "astype_" + CAST_TARGETS[random.nextInt(CAST_TARGETS.length)].numpyName();
            }
            if (AXISLESS_OPS.contains(op) || op.startsWith("astype")) {
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
            return new RandomCase(seed, Family.ARRAY, op, inputs, null, null, axes, false, count, List.of());
        }

        /**
         * {@code x[index]} ("getitem") or {@code x[index] = v} ("setitem", the result is x): the
         * items integers (negative, one time in fifteen out of range), slices (any bounds and step, sometimes
         * step 0), new axes, at most one ellipsis (rarely two), integer arrays broadcasting together
         * (sometimes not) and bool masks (sometimes of the wrong shape, sometimes 0-d), adjacent or
         * separated; sometimes one item too many. The value broadcasts to the indexed shape (often
         * exactly, sometimes with extra leading 1s, sometimes not at all), is of any type and
         * sometimes a Java scalar; x is sometimes a broadcast (read-only) view.
         */
        private RandomCase index() {
            boolean set = random.nextBoolean();
            long[] shape = shape(0);
            int n = shape.length;
            Operand x = operand(dtype(), shape, false);
            if (set && x.views().stream().anyMatch(v -> v instanceof Broadcast) && random.nextInt(3) != 0) {
                // a read-only broadcast target one time in three: both refuse it whatever the index
                x = operand(x.dtype(), shape, List.of(), false);
            }
            // the kinds first (0 int, 1 slice, 2 new axis, 3 int array, 4 mask, 5 0-d mask), then the axes they index
            int consuming = random.nextInt(4) == 0 ? random.nextInt(n + 1) : n;
            if (random.nextInt(30) == 0) {
                consuming++;
            }
            List<Integer> kinds = new ArrayList<>();
            boolean wantsAdvanced = random.nextInt(3) != 0;
            int used = 0;
            while (used < consuming) {
                int r = random.nextInt(100);
                int kind = r < 22 ? 0 : r < 50 ? 1 : !wantsAdvanced ? (r < 75 ? 0 : 1) : r < 78 ? 3 : 4;
                if (kind == 4 && consuming - used >= 2 && random.nextInt(3) == 0) {
                    int d = 2 + random.nextInt(consuming - used - 1);
                    kinds.add(10 + d);
                    used += d;
                    continue;
                }
                kinds.add(kind);
                used++;
            }
            for (int k = random.nextInt(3) == 0 ? 1 + random.nextInt(2) : 0; k > 0; k--) {
                kinds.add(random.nextInt(kinds.size() + 1), 2);
            }
            if (wantsAdvanced && random.nextInt(15) == 0) {
                kinds.add(random.nextInt(kinds.size() + 1), 5);
            }
            int ellipsis = random.nextInt(3) == 0 ? random.nextInt(kinds.size() + 1) : -1;
            int after = 0;
            for (int k = Math.max(ellipsis, 0); ellipsis >= 0 && k < kinds.size(); k++) {
                after += consumes(kinds.get(k));
            }
            // one shape for the index arrays to broadcast to
            long[] common = new long[random.nextInt(3)];
            for (int d = 0; d < common.length; d++) {
                common[d] = random.nextInt(8) == 0 ? 0 : 1 + random.nextInt(3);
            }
            List<IndexItem> items = new ArrayList<>();
            int axis = 0;
            for (int k = 0; k < kinds.size(); k++) {
                if (k == ellipsis) {
                    items.add(new MarkerItem(io.jtensor.Index.ELLIPSIS));
                    axis = n - after;
                }
                int kind = kinds.get(k);
                long length = axis >= 0 && axis < n ? shape[axis] : 3;
                switch (kind) {
                    case 0 -> items.add(new IntItem(position(length, random.nextInt(15) == 0)));
                    case 1 -> items.add(new SliceItem(random.nextInt(3) == 0 ? null : bound(length),
                            random.nextInt(3) == 0 ? null : bound(length),
                            random.nextInt(3) == 0 ? null : random.nextInt(40) == 0 ? 0L
                                    : (long) new int[] {-3, -2, -1, 1, 1, 2, 3}[random.nextInt(7)]));
                    case 2 -> items.add(new MarkerItem(io.jtensor.Index.NEW_AXIS));
                    case 3 -> items.add(intArray(common, length));
                    case 5 -> items.add(new ArrayItem(operand(DType.BOOL, new long[0], List.of(), false),
                            random.nextBoolean()));
                    default -> {
                        int d = kind == 4 ? 1 : kind - 10;
                        long[] ms = new long[d];
                        for (int j = 0; j < d; j++) {
                            ms[j] = axis + j >= 0 && axis + j < n ? shape[axis + j] : 1;
                        }
                        if (random.nextInt(20) == 0) {
                            ms[random.nextInt(d)] += 1;
                        }
                        Operand mask = operand(DType.BOOL, ms, List.of(), false);
                        items.add(new ArrayItem(d == 1 && random.nextInt(5) == 0 ? mask : withView(mask),
                                d == 1 && random.nextInt(5) == 0));
                    }
                }
                axis += consumes(kind);
            }
            if (ellipsis == kinds.size()) {
                items.add(new MarkerItem(io.jtensor.Index.ELLIPSIS));
            }
            if (ellipsis >= 0 && random.nextInt(40) == 0) {
                items.add(random.nextInt(items.size() + 1), new MarkerItem(io.jtensor.Index.ELLIPSIS));
            }
            if (!set) {
                return new RandomCase(seed, Family.INDEX, "getitem", List.of(x), null, null, null, false, 0,
                        List.copyOf(items));
            }
            long[] target = indexedShape(shape, items);
            long[] vshape;
            int form = random.nextInt(10);
            if (target == null || form == 0) {
                vshape = new long[random.nextInt(2)];
                for (int d = 0; d < vshape.length; d++) {
                    vshape[d] = random.nextInt(4);
                }
            } else if (form < 3) {
                vshape = new long[0];
            } else if (form < 5) {
                vshape = target;
            } else if (form == 5) {
                vshape = concat(new long[] {1}, target);
            } else {
                vshape = broadcastSource(target);
            }
            DType tv = random.nextInt(3) == 0 ? x.dtype() : dtype();
            Operand value = vshape.length == 0 && random.nextInt(3) == 0
                    ? operand(tv, vshape, List.of(), false) : operand(tv, vshape, false);
            // a 0-d value with no views is sometimes passed as a Java scalar (ddof 1)
            int scalar = vshape.length == 0 && value.views().isEmpty() && random.nextBoolean() ? 1 : 0;
            return new RandomCase(seed, Family.INDEX, "setitem", List.of(x, value), null, null, null, false, scalar,
                    List.copyOf(items));
        }

        private static int consumes(int kind) {
            return switch (kind) {
                case 0, 1, 3, 4 -> 1;
                case 2, 5 -> 0;
                default -> kind - 10;
            };
        }

        /** A position along an axis of {@code length}: in range (negative too) unless {@code outside}, then just past either end. */
        private long position(long length, boolean outside) {
            if (outside || length == 0) {
                return random.nextBoolean() ? length : -length - 1;
            }
            return random.nextLong(-length, length);
        }

        private long bound(long length) {
            return random.nextLong(-length - 2, length + 3);
        }

        /**
         * An integer index array of a shape broadcasting to {@code common} (one time in twenty
         * another), of int64 mostly, else another integer type or rarely float64; sometimes a
         * transposed or broadcast view, sometimes a Java {@code long[]}.
         */
        private ArrayItem intArray(long[] common, long length) {
            long[] s = random.nextInt(20) == 0 ? new long[] {1 + random.nextInt(4)} : broadcastSource(common);
            DType t = switch (random.nextInt(10)) {
                case 0 -> DType.INT32;
                case 1 -> new DType[] {DType.INT8, DType.UINT8, DType.INT16, DType.UINT16, DType.UINT32}[random.nextInt(5)];
                case 2 -> random.nextInt(10) == 0 ? DType.FLOAT64 : DType.INT64;
                default -> DType.INT64;
            };
            boolean java = t == DType.INT64 && s.length == 1 && random.nextInt(4) == 0;
            int form = java ? 0 : random.nextInt(4);
            long[] base = s;
            int[] perm = null;
            if (form == 1 && s.length >= 2) {
                perm = permutation(s.length);
                base = new long[s.length];
                for (int i = 0; i < s.length; i++) {
                    base[perm[i]] = s[i];
                }
            } else if (form == 2 && s.length >= 1) {
                base = broadcastSource(s);
            }
            int size = (int) Arrays.stream(base).reduce(1, Math::multiplyExact);
            long[] values = new long[size];
            // one array in eight has one position out of range
            int outside = random.nextInt(8) == 0 && size > 0 ? random.nextInt(size) : -1;
            for (int i = 0; i < size; i++) {
                long v = position(length, i == outside);
                values[i] = t.isUnsigned() ? t.wrap(v < 0 ? v + length : v) : v;
            }
            List<View> views = perm != null ? List.of(new Transpose(perm))
                    : base != s ? List.of(new Broadcast(s.clone())) : List.of();
            if (t.isFloatingPoint()) {
                return new ArrayItem(new Operand(t, base, Arrays.stream(values).asDoubleStream().toArray(), null, views),
                        false);
            }
            return new ArrayItem(new Operand(t, base, null, values, views), java);
        }

        /**
         * The shape {@code x[items]} has by NumPy's rules, or null where the index is refused (or
         * this sketch cannot tell): only a hint for the value's shape.
         */
        private static long[] indexedShape(long[] shape, List<IndexItem> items) {
            List<IndexItem> expanded = new ArrayList<>();
            int consumed = 0;
            int ellipses = 0;
            for (IndexItem item : items) {
                consumed += switch (item) {
                    case IntItem i -> 1;
                    case SliceItem s -> 1;
                    case MarkerItem m -> 0;
                    case ArrayItem a -> a.array().dtype() == DType.BOOL ? logicalShape(a.array()).length : 1;
                };
                ellipses += item instanceof MarkerItem m && m.marker() == io.jtensor.Index.ELLIPSIS ? 1 : 0;
            }
            if (consumed > shape.length || ellipses > 1) {
                return null;
            }
            for (IndexItem item : items) {
                if (item instanceof MarkerItem m && m.marker() == io.jtensor.Index.ELLIPSIS) {
                    for (int k = consumed; k < shape.length; k++) {
                        expanded.add(new SliceItem(null, null, null));
                    }
                    expanded.add(null);
                } else {
                    expanded.add(item);
                }
            }
            for (int k = consumed; ellipses == 0 && k < shape.length; k++) {
                expanded.add(new SliceItem(null, null, null));
            }
            boolean advanced = items.stream().anyMatch(i -> i instanceof ArrayItem);
            List<Long> out = new ArrayList<>();
            long[] broadcast = new long[0];
            int first = -1;
            int last = -1;
            int count = 0;
            int place = 0;
            int axis = 0;
            for (int k = 0; k < expanded.size(); k++) {
                IndexItem item = expanded.get(k);
                if (item == null) {
                    continue;
                }
                long[] itemShape = null;
                switch (item) {
                    case IntItem i -> {
                        long length = shape[axis++];
                        if (i.value() < -length || i.value() >= length) {
                            return null;
                        }
                        itemShape = advanced ? new long[0] : null;
                    }
                    case SliceItem s -> {
                        if (s.step() != null && s.step() == 0) {
                            return null;
                        }
                        out.add(sliceLength(shape[axis++], s));
                    }
                    case MarkerItem m -> out.add(1L);
                    case ArrayItem a -> {
                        if (a.array().dtype() == DType.BOOL) {
                            long[] ms = logicalShape(a.array());
                            for (int j = 0; j < ms.length; j++) {
                                if (ms[j] != shape[axis + j]) {
                                    return null;
                                }
                            }
                            axis += ms.length;
                            if (!a.array().views().isEmpty()) {
                                return null;
                            }
                            itemShape = new long[] {Arrays.stream(a.array().ints()).filter(v -> v != 0).count()};
                        } else {
                            itemShape = logicalShape(a.array());
                            axis++;
                        }
                    }
                }
                if (itemShape != null) {
                    broadcast = broadcastTogether(broadcast, itemShape);
                    if (broadcast == null) {
                        return null;
                    }
                    first = first < 0 ? k : first;
                    place = first == k ? out.size() : place;
                    last = k;
                    count++;
                }
            }
            if (!advanced) {
                return out.stream().mapToLong(Long::longValue).toArray();
            }
            int at = last - first + 1 == count ? place : 0;
            long[] r = new long[out.size() + broadcast.length];
            for (int i = 0, j = 0; i < r.length; i++) {
                r[i] = i >= at && i < at + broadcast.length ? broadcast[i - at] : out.get(j++);
            }
            return r;
        }

        private static long[] logicalShape(Operand o) {
            long[] s = o.baseShape();
            for (View v : o.views()) {
                if (v instanceof Broadcast b) {
                    s = b.shape();
                } else if (v instanceof Transpose t) {
                    long[] p = new long[s.length];
                    for (int i = 0; i < p.length; i++) {
                        p[i] = s[t.perm()[i]];
                    }
                    s = p;
                } else if (v instanceof Slice sl) {
                    s = s.clone();
                    int a = Math.floorMod(sl.axis(), s.length);
                    s[a] = sliceLength(s[a], new SliceItem(sl.start() == Long.MIN_VALUE ? null : sl.start(),
                            sl.stop() == Long.MIN_VALUE || sl.stop() == Long.MAX_VALUE ? null : sl.stop(), sl.step()));
                }
            }
            return s;
        }

        /** Python's {@code len(range(*slice.indices(length)))}. */
        private static long sliceLength(long length, SliceItem s) {
            long step = s.step() == null ? 1 : s.step();
            long lower = step < 0 ? -1 : 0;
            long upper = step < 0 ? length - 1 : length;
            long start = s.start() == null ? (step < 0 ? upper : lower) : clampBound(s.start(), length, lower, upper);
            long stop = s.stop() == null ? (step < 0 ? lower : upper) : clampBound(s.stop(), length, lower, upper);
            long span = step > 0 ? stop - start : start - stop;
            return span <= 0 ? 0 : (span - 1) / Math.abs(step) + 1;
        }

        private static long clampBound(long v, long length, long lower, long upper) {
            long b = v < 0 ? v + length : v;
            return Math.max(lower, Math.min(upper, b));
        }

        private static long[] broadcastTogether(long[] a, long[] b) {
            int n = Math.max(a.length, b.length);
            long[] r = new long[n];
            for (int i = 0; i < n; i++) {
                long x = i - (n - a.length) >= 0 ? a[i - (n - a.length)] : 1;
                long y = i - (n - b.length) >= 0 ? b[i - (n - b.length)] : 1;
                if (x != y && x != 1 && y != 1) {
                    return null;
                }
                r[i] = x == 1 ? y : x;
            }
            return r;
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
            return new RandomCase(seed, family, op, inputs, out, where, null, false, 0, List.of());
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
            return new RandomCase(seed, Family.REDUCE, op, List.of(x), null, null, axes, random.nextBoolean(), ddof,
                    List.of());
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
            return new RandomCase(seed, Family.ROWS, op.numpyName(), List.of(x), null, null, axes, false, 0, List.of());
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
            return new RandomCase(seed, Family.MATMUL, "matmul", List.of(a, b), null, null, null, false, 0, List.of());
        }

        static long[] concat(long[] a, long[] b) {
            long[] r = Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, r, a.length, b.length);
            return r;
        }

        int signedAxis(int axis, int ndim) {
            return random.nextBoolean() ? axis : axis - ndim;
        }

        DType dtype() {
            if (random.nextInt(8) == 0) {
                return SMALL_INTS[random.nextInt(SMALL_INTS.length)];
            }
            return DTYPES[random.nextInt(DTYPES.length)];
        }

        /** 0-d to 5-d (at least {@code minDims}), each size 0 to 4 with 0 and 1 frequent; at most 256 elements. */
        long[] shape(int minDims) {
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
        long[] broadcastSource(long[] target) {
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
        Operand operand(DType t, long[] shape, boolean smallExponent) {
            return withView(operand(t, shape, List.of(), smallExponent));
        }

        Operand operand(DType t, long[] shape, List<View> views, boolean tame) {
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
        Operand withView(Operand plain) {
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

        static boolean isTame(Operand o) {
            if (o.floats() != null) {
                return Arrays.stream(o.floats()).allMatch(v -> Math.abs(v) <= 2 && v * 4 == Math.rint(v * 4));
            }
            return Arrays.stream(o.ints()).allMatch(v -> v >= -8 && v <= 8);
        }

        int[] permutation(int n) {
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

        double floatValue() {
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

        long intValue(DType t, boolean tame) {
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
