package io.jtensor.conformance;

import io.jtensor.DType;
import io.jtensor.Np;
import io.jtensor.Tensor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * The shape-manipulation family of the fuzzer ({@link RandomCase.Family#SHAPE}): reshape, transposes
 * and axis moves, squeeze and expand_dims, the joining functions (concatenate, stack, h/v/dstack,
 * column_stack, append, insert), the splitting ones (split, array_split, h/v/dsplit, unstack),
 * tile, repeat with per-element counts, pad in every mode jtensor has, rot90, flips, triangles,
 * diagonal, trace, ravel/flatten, atleast_nd, broadcast_to/broadcast_arrays, delete, resize,
 * trim_zeros, roll over several axes and rollaxis. Keywords are in {@link RandomCase#params()} by
 * NumPy's names ({@code axis}, {@code shape}, {@code pad_width}, {@code mode}, ...); the extra
 * operands (values to insert or append, the other arrays joined) are inputs. An op that returns
 * several arrays is compared through {@code piece}, the index of one of them, and jtensor must return
 * {@code pieces} of them (the count NumPy's call gives). Arguments NumPy refuses are drawn some of
 * the time (axes out of range or repeated, sizes that do not fit, widths of the wrong form): both
 * must refuse. Results are exact, dtypes included; the ops jtensor documents as views must share
 * memory with their input.
 */
final class RandomShapeCases {

    private RandomShapeCases() {
    }

    /** The ops, by NumPy's names. */
    static final String[] OPS = {"reshape", "transpose", "swapaxes", "moveaxis", "squeeze", "expand_dims",
        "concatenate", "stack", "hstack", "vstack", "dstack", "column_stack", "split", "array_split", "hsplit",
        "vsplit", "dsplit", "tile", "repeat", "pad", "pad", "rot90", "flipud", "fliplr", "triu", "tril", "diagonal",
        "trace", "ravel", "flatten", "atleast_1d", "atleast_2d", "atleast_3d", "broadcast_to", "broadcast_arrays",
        "insert", "delete", "append", "resize", "trim_zeros", "roll", "rollaxis", "unstack"};

    /** The ops jtensor documents as returning views of their (first) input. */
    private static final Set<String> VIEWS = Set.of("transpose", "swapaxes", "moveaxis", "squeeze", "expand_dims",
            "split", "array_split", "hsplit", "vsplit", "dsplit", "rot90", "flipud", "fliplr", "diagonal",
            "atleast_1d", "atleast_2d", "atleast_3d", "broadcast_to", "broadcast_arrays", "trim_zeros", "rollaxis",
            "unstack");

    private static final Set<String> DIRECTIONAL_SPLITS = Set.of("hsplit", "vsplit", "dsplit");

    private static final String[] PAD_MODES = {"constant", "edge", "reflect", "symmetric", "wrap", "maximum",
        "minimum", "mean", "median", "linear_ramp"};

    /**
     * One case from the drawer's generator: an op of {@link #OPS} (pad twice as often, for its modes),
     * x of 0 to 5 dimensions (3 for the joins, pad and the editing functions) and the op's keywords.
     */
    static RandomCase draw(RandomCase.Drawer d) {
        SplittableRandom r = d.random;
        String op = OPS[r.nextInt(OPS.length)];
        DType xt = d.dtype();
        SortedMap<String, Object> p = new TreeMap<>();
        List<RandomCase.Operand> in = new ArrayList<>();
        long[] s = switch (op) {
            case "pad", "insert", "delete", "append", "trim_zeros", "hstack", "vstack", "dstack", "column_stack" ->
                    upTo(d.shape(0), 3);
            default -> d.shape(0);
        };
        int n = s.length;
        switch (op) {
            case "reshape" -> p.put("shape", reshapeTarget(r, s));
            case "transpose" -> {
                int form = r.nextInt(6);
                if (form == 0) {
                    p.put("axes", null);
                } else {
                    int[] perm = d.permutation(n);
                    for (int i = 0; i < n; i++) {
                        perm[i] = d.signedAxis(perm[i], n);
                    }
                    if (form == 5) {
                        perm = n == 0 || r.nextBoolean() ? Arrays.copyOf(perm, n + 1) : perm;
                        perm[r.nextInt(perm.length)] = n == 0 || r.nextBoolean() ? n : perm[(r.nextInt(n) + 1) % n];
                    }
                    p.put("axes", perm);
                }
            }
            case "swapaxes" -> {
                p.put("axis1", axis(d, n));
                p.put("axis2", axis(d, n));
            }
            case "rollaxis" -> {
                p.put("axis", axis(d, n));
                p.put("start", r.nextInt(15) == 0 ? n + 1 : r.nextInt(-n, n + 1));
            }
            case "moveaxis" -> {
                if (r.nextBoolean() || n == 0) {
                    p.put("source", axis(d, n));
                    p.put("destination", axis(d, n));
                } else {
                    int k = r.nextInt(n + 1);
                    int[] from = Arrays.copyOf(d.permutation(n), k);
                    int[] to = Arrays.copyOf(d.permutation(n), k);
                    for (int i = 0; i < k; i++) {
                        from[i] = d.signedAxis(from[i], n);
                        to[i] = d.signedAxis(to[i], n);
                    }
                    if (k >= 2 && r.nextInt(8) == 0) {
                        from[1] = from[0];
                    }
                    if (r.nextInt(15) == 0) {
                        to = Arrays.copyOf(to, k + 1);
                    }
                    p.put("source", from);
                    p.put("destination", to);
                }
            }
            case "squeeze" -> {
                List<Integer> ones = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    if (s[i] == 1 && r.nextBoolean() || r.nextInt(12) == 0) {
                        ones.add(d.signedAxis(i, n));
                    }
                }
                if (!ones.isEmpty() && r.nextInt(12) == 0) {
                    ones.add(ones.getFirst());
                }
                // an empty tuple is NumPy's "squeeze nothing", jtensor's no-argument call squeezes all
                p.put("axis", ones.isEmpty() || r.nextInt(3) == 0 ? null : ones.stream().mapToInt(i -> i).toArray());
            }
            case "expand_dims" -> {
                int k = r.nextInt(4);
                int[] axes = new int[k];
                for (int i = 0; i < k; i++) {
                    axes[i] = r.nextInt(20) == 0 ? n + k : d.signedAxis(r.nextInt(n + k), n + k);
                }
                if (k >= 2 && r.nextInt(6) == 0) {
                    axes[1] = axes[0];
                }
                p.put("axis", axes);
            }
            case "concatenate", "stack", "append" -> {
                int k = op.equals("append") ? 2 : 1 + r.nextInt(3);
                Integer axis = op.equals("stack") ? (Integer) (r.nextInt(15) == 0 ? n + 1 : r.nextInt(-n - 1, n + 1))
                        : n == 0 || r.nextInt(4) == 0 ? null : (Integer) axis(d, n);
                p.put("axis", axis);
                for (int i = 0; i < k; i++) {
                    long[] si = s.clone();
                    if (!op.equals("stack") && axis != null && axis >= -n && axis < n && r.nextBoolean()) {
                        si[Math.floorMod(axis, n)] = r.nextInt(4);
                    }
                    in.add(d.operand(d.dtype(), r.nextInt(15) == 0 ? d.shape(0) : si, false));
                }
            }
            case "hstack", "vstack", "dstack", "column_stack" -> {
                int axis = switch (op) {
                    case "hstack" -> n >= 2 ? 1 : 0;
                    case "vstack" -> n >= 2 ? 0 : -1;
                    case "dstack" -> n >= 3 ? 2 : -1;
                    default -> n >= 2 ? 1 : -1;
                };
                int k = 1 + r.nextInt(3);
                for (int i = 0; i < k; i++) {
                    long[] si = s.clone();
                    if (axis >= 0 && axis < n && r.nextBoolean()) {
                        si[axis] = r.nextInt(4);
                    }
                    in.add(d.operand(d.dtype(), r.nextInt(12) == 0 ? upTo(d.shape(0), 3) : si, false));
                }
            }
            case "split", "array_split", "hsplit", "vsplit", "dsplit" -> {
                if (DIRECTIONAL_SPLITS.contains(op) && r.nextInt(6) != 0) {
                    int need = op.equals("hsplit") ? 1 : op.equals("vsplit") ? 2 : 3;
                    s = atLeast(d, s, need);
                    n = s.length;
                }
                if (op.equals("split") || op.equals("array_split")) {
                    p.put("axis", n == 0 ? 0 : axis(d, n));
                }
                int pieces;
                if (r.nextBoolean()) {
                    int sections = r.nextInt(25) == 0 ? 0 : 1 + r.nextInt(4);
                    p.put("indices_or_sections", sections);
                    pieces = sections;
                } else {
                    long[] indices = new long[r.nextInt(4)];
                    for (int i = 0; i < indices.length; i++) {
                        indices[i] = r.nextInt(-5, 6);
                    }
                    p.put("indices_or_sections", indices);
                    pieces = indices.length + 1;
                }
                p.put("pieces", pieces);
                p.put("piece", r.nextInt(Math.max(pieces, 1)));
            }
            case "unstack" -> {
                int axis = n == 0 ? 0 : axis(d, n);
                p.put("axis", axis);
                int pieces = axis >= -n && axis < n ? (int) s[Math.floorMod(axis, n)] : 0;
                p.put("pieces", pieces);
                p.put("piece", r.nextInt(Math.max(pieces, 1)));
            }
            case "tile" -> {
                long[] reps = new long[r.nextInt(5)];
                for (int i = 0; i < reps.length; i++) {
                    reps[i] = r.nextInt(4);
                }
                if (reps.length > 0 && r.nextInt(15) == 0) {
                    reps[r.nextInt(reps.length)] = -1;
                }
                p.put("reps", reps);
            }
            case "repeat" -> {
                Integer axis = n == 0 || r.nextInt(3) == 0 ? null : (Integer) axis(d, n);
                long length = axis == null ? Arrays.stream(s).reduce(1, Math::multiplyExact)
                        : axis >= -n && axis < n ? s[Math.floorMod(axis, n)] : 1;
                long[] repeats = new long[r.nextInt(4) == 0 ? 1 : r.nextInt(12) == 0 ? (int) length + 1 : (int) length];
                for (int i = 0; i < repeats.length; i++) {
                    repeats[i] = r.nextInt(20) == 0 ? -1 : r.nextInt(4);
                }
                p.put("axis", axis);
                p.put("repeats", repeats);
            }
            case "pad" -> drawPad(d, s, xt, p);
            case "rot90" -> {
                p.put("k", r.nextInt(-5, 6));
                p.put("axes", r.nextInt(3) == 0 ? null : new int[] {axis(d, n), axis(d, n)});
            }
            case "triu", "tril" -> p.put("k", r.nextInt(-4, 5));
            case "diagonal", "trace" -> {
                p.put("offset", r.nextInt(-4, 5));
                if (r.nextInt(3) != 0) {
                    p.put("axis1", axis(d, n));
                    p.put("axis2", axis(d, n));
                }
            }
            case "broadcast_to" -> p.put("shape", broadcastTarget(r, s));
            case "broadcast_arrays" -> {
                int k = 1 + r.nextInt(3);
                for (int i = 0; i < k; i++) {
                    in.add(d.operand(d.dtype(), r.nextInt(12) == 0 ? d.shape(0) : d.broadcastSource(s), false));
                }
                p.put("pieces", k);
                p.put("piece", r.nextInt(k));
            }
            case "insert", "delete" -> {
                Integer axis = n == 0 || r.nextInt(3) == 0 ? null : (Integer) axis(d, n);
                long length = axis == null ? Arrays.stream(s).reduce(1, Math::multiplyExact)
                        : axis >= -n && axis < n ? s[Math.floorMod(axis, n)] : 1;
                p.put("axis", axis);
                int form = r.nextInt(op.equals("delete") ? 3 : 2);
                if (form == 0) {
                    long lo = -length - (r.nextInt(10) == 0 ? 2 : 0);
                    long hi = length + (op.equals("insert") ? 1 : 0) + (r.nextInt(10) == 0 ? 2 : 0);
                    p.put("obj", r.nextLong(lo, Math.max(hi, lo + 1)));
                } else if (form == 1) {
                    long[] indices = new long[r.nextInt(4)];
                    for (int i = 0; i < indices.length; i++) {
                        indices[i] = r.nextLong(-length - 1, length + 2);
                    }
                    p.put("obj", indices);
                } else {
                    p.put("slice", Arrays.asList(r.nextBoolean() ? null : (long) r.nextInt(-5, 6),
                            r.nextBoolean() ? null : (long) r.nextInt(-5, 6), r.nextBoolean() ? null : (long) r.nextInt(-3, 4)));
                }
                if (op.equals("insert")) {
                    long[] vs = r.nextBoolean() ? upTo(d.shape(0), 1) : s.clone();
                    if (vs.length == n && axis != null && axis >= -n && axis < n) {
                        vs[Math.floorMod(axis, n)] = 1 + r.nextInt(2);
                    }
                    in.add(d.operand(d.dtype(), vs, false));
                }
            }
            case "resize" -> {
                long[] shape = new long[r.nextInt(4)];
                for (int i = 0; i < shape.length; i++) {
                    shape[i] = r.nextInt(20) == 0 ? -1 : r.nextInt(5);
                }
                p.put("new_shape", shape);
            }
            case "trim_zeros" -> p.put("trim", new String[] {"f", "b", "fb", "bf", "B", "x"}[r.nextInt(r.nextInt(8) == 0 ? 6 : 4)]);
            case "roll" -> {
                if (r.nextInt(3) == 0 || n == 0) {
                    p.put("shift", (long) r.nextInt(-6, 7));
                    p.put("axis", null);
                } else {
                    int k = 1 + r.nextInt(3);
                    int[] axes = new int[k];
                    for (int i = 0; i < k; i++) {
                        axes[i] = axis(d, n);
                    }
                    long[] shifts = new long[r.nextInt(4) == 0 ? 1 : r.nextInt(12) == 0 ? k + 1 : k];
                    for (int i = 0; i < shifts.length; i++) {
                        shifts[i] = r.nextInt(-6, 7);
                    }
                    p.put("shift", shifts);
                    p.put("axis", axes);
                }
            }
            default -> {
                // flipud, fliplr, ravel, flatten, atleast_nd: x alone
            }
        }
        if (in.isEmpty() || op.equals("insert")) {
            // a mean of int64 values beyond 2^53 depends on the order of the float64 sum, in NumPy too
            boolean tame = xt == DType.INT64 && "mean".equals(p.get("mode"));
            RandomCase.Operand x = op.equals("trim_zeros") ? zeroHeavy(d, xt, s)
                    : tame ? d.operand(xt, s, List.of(), true) : d.operand(xt, s, false);
            if (op.equals("insert")) {
                in.set(0, castable(d, x.dtype(), in.getFirst()));
            }
            in.addFirst(x);
        }
        return new RandomCase(d.seed, RandomCase.Family.SHAPE, op, in, null, null, null, false, 0, List.of(), p);
    }

    /** An axis of an n-d array, signed either way; one time in fifteen out of range (refused). */
    private static int axis(RandomCase.Drawer d, int n) {
        if (n == 0 || d.random.nextInt(15) == 0) {
            return d.random.nextBoolean() ? n : -n - 1;
        }
        return d.signedAxis(d.random.nextInt(n), n);
    }

    private static long[] upTo(long[] shape, int dims) {
        return shape.length <= dims ? shape : Arrays.copyOf(shape, dims);
    }

    /** {@code shape} given leading size-1..3 axes up to {@code dims} dimensions. */
    private static long[] atLeast(RandomCase.Drawer d, long[] shape, int dims) {
        if (shape.length >= dims) {
            return shape;
        }
        long[] s = new long[dims];
        for (int i = 0; i < dims - shape.length; i++) {
            s[i] = 1 + d.random.nextInt(3);
        }
        System.arraycopy(shape, 0, s, dims - shape.length, shape.length);
        return s;
    }

    /** A shape of x's size (or, sometimes, not), with one -1 sometimes and two or a -2 rarely. */
    private static long[] reshapeTarget(SplittableRandom r, long[] s) {
        long size = Arrays.stream(s).reduce(1, Math::multiplyExact);
        int n = r.nextInt(5);
        long[] t = new long[n];
        if (size == 0) {
            for (int i = 0; i < n; i++) {
                t[i] = r.nextInt(4);
            }
            if (n == 0) {
                t = new long[] {0};
            } else {
                t[r.nextInt(n)] = 0;
            }
        } else {
            if (n == 0 && size != 1) {
                t = new long[1];
                n = 1;
            }
            long left = size;
            for (int i = 0; i < n - 1; i++) {
                List<Long> divisors = new ArrayList<>();
                for (long v = 1; v <= left; v++) {
                    if (left % v == 0) {
                        divisors.add(v);
                    }
                }
                t[i] = divisors.get(r.nextInt(divisors.size()));
                left /= t[i];
            }
            if (n > 0) {
                t[n - 1] = left;
            }
        }
        n = t.length;
        int m = r.nextInt(20);
        if (m < 6 && n > 0) {
            t[r.nextInt(n)] = -1;
        } else if (m == 6 && n >= 2) {
            t[0] = -1;
            t[n - 1] = -1;
        } else if (m == 7 && n > 0) {
            t[r.nextInt(n)] += 1;
        } else if (m == 8 && n > 0) {
            t[r.nextInt(n)] = -2;
        }
        return t;
    }

    /** A shape x broadcasts to: up to two leading axes, size-1 axes stretched; sometimes one it does not. */
    private static long[] broadcastTarget(SplittableRandom r, long[] s) {
        int lead = r.nextInt(3);
        long[] t = new long[lead + s.length];
        for (int i = 0; i < lead; i++) {
            t[i] = r.nextInt(4);
        }
        for (int i = 0; i < s.length; i++) {
            t[lead + i] = s[i] == 1 && r.nextBoolean() ? r.nextInt(4) : s[i];
        }
        if (t.length > 0 && r.nextInt(10) == 0) {
            int i = r.nextInt(t.length);
            t[i] = r.nextInt(15) == 0 ? -1 : t[i] + 2;
        }
        return t;
    }

    private static void drawPad(RandomCase.Drawer d, long[] s, DType xt, SortedMap<String, Object> p) {
        SplittableRandom r = d.random;
        int n = s.length;
        String mode = r.nextInt(40) == 0 ? "empty" : PAD_MODES[r.nextInt(PAD_MODES.length)];
        p.put("mode", mode);
        int form = r.nextInt(4);
        if (form == 0) {
            p.put("pad_width", r.nextInt(4));
        } else {
            // no pairs at all NumPy refuses even for a 0-d x, jtensor reads as one per axis (README)
            int pairs = form == 3 ? (r.nextInt(20) == 0 ? n + 1 : Math.max(n, 1)) : 1;
            List<int[]> width = new ArrayList<>();
            for (int i = 0; i < pairs; i++) {
                width.add(form == 1 || r.nextInt(6) == 0 ? new int[] {r.nextInt(4)}
                        : new int[] {r.nextInt(4), r.nextInt(4)});
            }
            if (r.nextInt(25) == 0 && !width.isEmpty()) {
                width.getFirst()[0] = -1;
            }
            p.put("pad_width", width);
        }
        switch (mode) {
            case "constant" -> {
                if (r.nextBoolean()) {
                    // a negative float's conversion to an unsigned type is undefined in NumPy (C's cast)
                    double v = new double[] {0, 1, 2.5, 7, -1.5, -3}[r.nextInt(6)];
                    p.put("constant_values", xt.isUnsigned() ? Math.abs(v) : v);
                }
            }
            case "reflect", "symmetric" -> {
                if (r.nextInt(3) == 0) {
                    p.put("reflect_type", r.nextInt(4) == 0 ? "even" : "odd");
                }
            }
            case "maximum", "minimum", "mean", "median" -> {
                if (r.nextInt(3) == 0) {
                    p.put("stat_length", pairs(r, n, 1, 4));
                }
            }
            case "linear_ramp" -> {
                if (r.nextBoolean()) {
                    int pairs = r.nextInt(3) == 0 ? n : 1;
                    List<double[]> ends = new ArrayList<>();
                    for (int i = 0; i < Math.max(pairs, 1); i++) {
                        ends.add(r.nextBoolean() && pairs == 1 ? new double[] {r.nextInt(-8, 9) * 0.5}
                                : new double[] {r.nextInt(-8, 9) * 0.5, r.nextInt(-8, 9) * 0.5});
                    }
                    p.put("end_values", ends);
                }
            }
            default -> {
            }
        }
    }

    /** One {@code [v]} or {@code [a, b]} for all axes or one pair per axis, values in [lo, hi). */
    private static List<int[]> pairs(SplittableRandom r, int n, int lo, int hi) {
        int count = r.nextBoolean() || n == 0 ? 1 : n;
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            pairs.add(r.nextBoolean() ? new int[] {r.nextInt(lo, hi)} : new int[] {r.nextInt(lo, hi), r.nextInt(lo, hi)});
        }
        return pairs;
    }

    /** x with about half its elements zero, the leading and trailing ones more often. */
    private static RandomCase.Operand zeroHeavy(RandomCase.Drawer d, DType t, long[] s) {
        RandomCase.Operand plain = d.operand(t, s, List.of(), false);
        int size = plain.floats() != null ? plain.floats().length : plain.ints().length;
        for (int i = 0; i < size; i++) {
            boolean edge = i < size / 3 || i >= size - size / 3;
            if (d.random.nextInt(edge ? 4 : 2) != 0) {
                if (plain.floats() != null) {
                    plain.floats()[i] = d.random.nextInt(8) == 0 ? -0.0 : 0.0;
                } else {
                    plain.ints()[i] = 0;
                }
            }
        }
        return d.withView(plain);
    }

    /**
     * {@code values} redrawn in a type whose conversion to {@code target} NumPy defines (no float to
     * integer): insert casts values unsafely to arr's type.
     */
    private static RandomCase.Operand castable(RandomCase.Drawer d, DType target, RandomCase.Operand values) {
        if (target.isFloatingPoint() || target == DType.BOOL || !values.dtype().isFloatingPoint()) {
            return values;
        }
        return d.operand(DType.INT64, values.baseShape(), false);
    }

    // ---- running -------------------------------------------------------------------------------

    /** The call on the current backend; pieces other than the one compared are closed. */
    static Tensor call(RandomCase c, List<Tensor> in) {
        Tensor x = in.getFirst();
        Tensor result = switch (c.op()) {
            case "reshape" -> Np.reshape(x, (long[]) c.param("shape"));
            case "transpose" -> c.param("axes") == null ? Np.transpose(x) : Np.transpose(x, (int[]) c.param("axes"));
            case "swapaxes" -> Np.swapaxes(x, integer(c, "axis1"), integer(c, "axis2"));
            case "rollaxis" -> Np.rollaxis(x, integer(c, "axis"), integer(c, "start"));
            case "moveaxis" -> c.param("source") instanceof int[] from
                    ? Np.moveaxis(x, from, (int[]) c.param("destination"))
                    : Np.moveaxis(x, integer(c, "source"), integer(c, "destination"));
            case "squeeze" -> c.param("axis") == null ? Np.squeeze(x) : Np.squeeze(x, (int[]) c.param("axis"));
            case "expand_dims" -> Np.expandDims(x, (int[]) c.param("axis"));
            case "concatenate" -> c.param("axis") == null ? Np.concatenateFlat(array(in))
                    : Np.concatenate(array(in), integer(c, "axis"));
            case "stack" -> Np.stack(array(in), integer(c, "axis"));
            case "append" -> c.param("axis") == null ? Np.append(x, in.get(1)) : Np.append(x, in.get(1), integer(c, "axis"));
            case "hstack" -> Np.hstack(array(in));
            case "vstack" -> Np.vstack(array(in));
            case "dstack" -> Np.dstack(array(in));
            case "column_stack" -> Np.columnStack(array(in));
            case "split", "array_split", "hsplit", "vsplit", "dsplit" -> piece(c, split(c, x));
            case "unstack" -> piece(c, Np.unstack(x, integer(c, "axis")));
            case "broadcast_arrays" -> piece(c, Np.broadcastArrays(array(in)));
            case "tile" -> Np.tile(x, (long[]) c.param("reps"));
            case "repeat" -> c.param("axis") == null ? Np.repeat(x, (long[]) c.param("repeats"))
                    : Np.repeat(x, (long[]) c.param("repeats"), integer(c, "axis"));
            case "pad" -> pad(c, x);
            case "rot90" -> c.param("axes") == null ? Np.rot90(x, integer(c, "k"))
                    : Np.rot90(x, integer(c, "k"), (int[]) c.param("axes"));
            case "flipud" -> Np.flipud(x);
            case "fliplr" -> Np.fliplr(x);
            case "triu" -> Np.triu(x, integer(c, "k"));
            case "tril" -> Np.tril(x, integer(c, "k"));
            case "diagonal" -> c.param("axis1") == null ? Np.diagonal(x, integer(c, "offset"), 0, 1)
                    : Np.diagonal(x, integer(c, "offset"), integer(c, "axis1"), integer(c, "axis2"));
            case "trace" -> c.param("axis1") == null ? Np.trace(x, integer(c, "offset"), 0, 1)
                    : Np.trace(x, integer(c, "offset"), integer(c, "axis1"), integer(c, "axis2"));
            case "ravel" -> Np.ravel(x);
            case "flatten" -> x.flatten();
            case "atleast_1d" -> Np.atleast1d(x);
            case "atleast_2d" -> Np.atleast2d(x);
            case "atleast_3d" -> Np.atleast3d(x);
            case "broadcast_to" -> Np.broadcastTo(x, (long[]) c.param("shape"));
            case "insert" -> insert(c, x, in.get(1));
            case "delete" -> delete(c, x);
            case "resize" -> Np.resize(x, (long[]) c.param("new_shape"));
            case "trim_zeros" -> Np.trimZeros(x, (String) c.param("trim"));
            case "roll" -> c.param("axis") == null ? Np.roll(x, (Long) c.param("shift"))
                    : Np.roll(x, (long[]) c.param("shift"), (int[]) c.param("axis"));
            default -> throw new IllegalArgumentException("unknown shape function " + c.op());
        };
        if (c.op().equals("ravel") && result.size() > 0 && Np.mayShareMemory(result, x) != x.isContiguous()) {
            result.close();
            throw new AssertionError(c + ": ravel must view exactly a C-contiguous x, as NumPy's");
        }
        if (VIEWS.contains(c.op()) && result.size() > 0) {
            Tensor source = c.op().equals("broadcast_arrays") ? in.get(integer(c, "piece")) : x;
            if (!Np.mayShareMemory(result, source)) {
                result.close();
                throw new AssertionError(c + ": jtensor documents " + c.op() + " as a view, the result is a copy");
            }
        }
        return result;
    }

    private static int integer(RandomCase c, String name) {
        return ((Number) c.param(name)).intValue();
    }

    private static Tensor[] array(List<Tensor> in) {
        return in.toArray(Tensor[]::new);
    }

    private static Tensor[] split(RandomCase c, Tensor x) {
        Object spec = c.param("indices_or_sections");
        return switch (c.op()) {
            case "split" -> spec instanceof long[] i ? Np.split(x, i, integer(c, "axis"))
                    : Np.split(x, integer(c, "indices_or_sections"), integer(c, "axis"));
            case "array_split" -> spec instanceof long[] i ? Np.split(x, i, integer(c, "axis"))
                    : Np.arraySplit(x, integer(c, "indices_or_sections"), integer(c, "axis"));
            case "hsplit" -> spec instanceof long[] i ? Np.hsplit(x, i) : Np.hsplit(x, integer(c, "indices_or_sections"));
            case "vsplit" -> spec instanceof long[] i ? Np.vsplit(x, i) : Np.vsplit(x, integer(c, "indices_or_sections"));
            default -> spec instanceof long[] i ? Np.dsplit(x, i) : Np.dsplit(x, integer(c, "indices_or_sections"));
        };
    }

    /**
     * Piece {@code piece} of the arrays an op returned, the others closed; refused (as NumPy's
     * reference refuses an index past the pieces) when there is no such piece. The count must be
     * NumPy's.
     */
    private static Tensor piece(RandomCase c, Tensor[] pieces) {
        int k = integer(c, "piece");
        Tensor kept = k < pieces.length ? pieces[k] : null;
        for (Tensor t : pieces) {
            if (t != kept) {
                t.close();
            }
        }
        if (pieces.length != integer(c, "pieces")) {
            if (kept != null) {
                kept.close();
            }
            throw new IllegalStateException(c.op() + " returned " + pieces.length + " arrays, NumPy " + c.param("pieces"));
        }
        if (kept == null) {
            throw new IllegalStateException(c.op() + " returned no arrays: none to compare");
        }
        return kept;
    }

    private static Tensor pad(RandomCase c, Tensor x) {
        String mode = (String) c.param("mode");
        int[][] width = c.param("pad_width") instanceof Number w ? new int[][] {{w.intValue()}} : ints(c.param("pad_width"));
        if (c.param("constant_values") != null) {
            return Np.pad(x, width, ((Number) c.param("constant_values")).doubleValue());
        }
        if (c.param("reflect_type") != null) {
            return Np.pad(x, width, mode, (String) c.param("reflect_type"));
        }
        if (c.param("stat_length") != null) {
            return Np.pad(x, width, mode, ints(c.param("stat_length")));
        }
        if (c.param("end_values") != null) {
            @SuppressWarnings("unchecked")
            List<double[]> ends = (List<double[]>) c.param("end_values");
            return Np.pad(x, width, mode, ends.toArray(double[][]::new));
        }
        return c.param("pad_width") instanceof Number w ? Np.pad(x, w.intValue(), mode) : Np.pad(x, width, mode);
    }

    @SuppressWarnings("unchecked")
    private static int[][] ints(Object list) {
        return ((List<int[]>) list).toArray(int[][]::new);
    }

    private static Tensor insert(RandomCase c, Tensor x, Tensor values) {
        Object obj = c.param("obj");
        Integer axis = c.param("axis") == null ? null : integer(c, "axis");
        if (obj instanceof long[] indices) {
            return axis == null ? Np.insert(x, indices, values) : Np.insert(x, indices, values, axis);
        }
        long index = ((Number) obj).longValue();
        return axis == null ? Np.insert(x, index, values) : Np.insert(x, index, values, axis);
    }

    private static Tensor delete(RandomCase c, Tensor x) {
        Object obj = c.param("obj");
        Integer axis = c.param("axis") == null ? null : integer(c, "axis");
        if (obj instanceof long[] indices) {
            return axis == null ? Np.delete(x, indices) : Np.delete(x, indices, axis);
        }
        if (c.param("slice") instanceof List<?> slice) {
            Long start = (Long) slice.get(0);
            Long stop = (Long) slice.get(1);
            Long step = (Long) slice.get(2);
            return axis == null ? Np.delete(x, start, stop, step) : Np.delete(x, start, stop, step, axis);
        }
        long index = ((Number) obj).longValue();
        return axis == null ? Np.delete(x, index) : Np.delete(x, index, axis);
    }

    /**
     * Exact, dtypes included, except for floats: trace and pad's "mean" compare within the suite's
     * bound for sum and mean with the error scale of {@link #scales}, pad's "maximum" and "minimum"
     * as max and min (the zero sign aside).
     */
    static Tolerance tolerance(ConformanceSuite suite, RandomCase c, DType type) {
        if (!type.isFloatingPoint() || !c.op().equals("pad") && !c.op().equals("trace")) {
            return Tolerance.EXACT;
        }
        return switch (c.op().equals("trace") ? "sum" : (String) c.param("mode")) {
            case "sum", "mean" -> suite.reductionTolerance(c.op().equals("trace") ? "sum" : "mean", type);
            // which of 0.0 and -0.0 a max or min keeps is the loop's choice (README: reductions)
            case "maximum", "minimum" -> suite.reductionTolerance("max", type);
            default -> Tolerance.EXACT;
        };
    }

    /**
     * The error scale of each element: for trace and pad's "mean" of floats 4·max|x| over x's finite
     * values (a sum of at most 4 diagonal elements; a mean of at most 10), else 0.
     */
    static double[] scales(RandomCase c, int size) {
        double[] scale = new double[size];
        double[] values = c.inputs().getFirst().floats();
        if (summed(c) && values != null) {
            Arrays.fill(scale, 4 * Arrays.stream(values).filter(Double::isFinite).map(Math::abs).max().orElse(0));
        }
        return scale;
    }

    private static boolean summed(RandomCase c) {
        return c.op().equals("trace") || c.op().equals("pad") && "mean".equals(c.param("mode"));
    }
}
