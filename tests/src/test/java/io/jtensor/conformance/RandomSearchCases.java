package io.jtensor.conformance;

import io.jtensor.DType;
import io.jtensor.Np;
import io.jtensor.Tensor;
import io.jtensor.backend.Backend;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The fuzzer's {@link RandomCase.Family#SEARCH} family: searching, binning, sets, partitions and
 * the NaN-ignoring and order statistics, drawn, called and compared here.
 *
 * <p>Ops ({@link #OPS}) and their keywords in {@link RandomCase#params()} (NumPy's names):
 * searchsorted (a sorted 1-d {@code a}, or an unsorted one with {@code sorter}; {@code v} an n-d
 * operand or a scalar param; {@code side}, sometimes invalid), bincount ({@code weights} as the
 * second operand, {@code minlength}), digitize (increasing or decreasing bins, {@code right}),
 * histogram ({@code bins} count with or without {@code range}, or explicit edges as the second
 * operand when {@code edges}; weights as the last operand, {@code density}; {@code part} 0 compares
 * the counts, 1 the edges), isin ({@code invert}), the four
 * {@code *1d} set ops, unique ({@code axis}, {@code return_index/inverse/counts}, {@code part}: the
 * position of the compared output), partition and argpartition ({@code kth}, axis in
 * {@code axes[0]}), lexsort (the operands are the keys), argmax/argmin, the nan-reductions,
 * quantile/percentile and their nan forms ({@code q} a scalar or a list, {@code method}), ptp,
 * average ({@code weights} as the second operand) and count_nonzero; axes, keepdims and ddof in
 * the case's own fields. Arguments NumPy refuses are drawn too (bad side, negative bincount input
 * or minlength, non-monotonic bins, q out of range, kth or axes out of range, mismatched shapes).
 *
 * <p>What is compared where NumPy leaves the result unspecified: partition and argpartition are
 * compared after sorting each part between the kth positions (the parts' contents and the kth
 * elements are specified, their order inside a part is not), argpartition through the values it
 * selects, after checking here that its positions are a permutation; which of -0.0 and 0.0 a set,
 * unique, max/min or partition result keeps is not compared. Bins are drawn so that NumPy searches
 * sorted ones: digitize's unsorted bins hold no NaN, sorted ones whose first step would be to NaN
 * (which NumPy takes as decreasing) get infinities instead.
 */
final class RandomSearchCases {

    private RandomSearchCases() {
    }

    /** The family's ops, drawn uniformly. */
    static final String[] OPS = {"searchsorted", "bincount", "digitize", "histogram", "isin", "intersect1d",
        "union1d", "setdiff1d", "setxor1d", "unique", "partition", "argpartition", "lexsort", "argmax", "argmin",
        "nansum", "nanprod", "nanmean", "nanvar", "nanstd", "nanmax", "nanmin", "nanargmax", "nanargmin",
        "nanmedian", "nanpercentile", "nanquantile", "percentile", "quantile", "ptp", "average", "count_nonzero"};

    /** NumPy's quantile methods, all of which jtensor has; "bogus" is refused by both. */
    static final String[] METHODS = {"linear", "inverted_cdf", "averaged_inverted_cdf", "closest_observation",
        "interpolated_inverted_cdf", "hazen", "weibull", "median_unbiased", "normal_unbiased", "lower", "higher",
        "midpoint", "nearest", "bogus"};

    private static final DType[] NUMERIC = {DType.INT32, DType.INT64, DType.FLOAT32, DType.FLOAT64, DType.FLOAT16};

    /** Draws one case of the family with {@code d}'s generator. */
    static RandomCase draw(RandomCase.Drawer d) {
        String op = OPS[d.random.nextInt(OPS.length)];
        SortedMap<String, Object> params = new TreeMap<>();
        List<RandomCase.Operand> inputs = new ArrayList<>();
        int[] axes = null;
        boolean keepdims = false;
        int ddof = 0;
        switch (op) {
            case "searchsorted" -> {
                DType t = d.dtype();
                boolean sorter = d.random.nextInt(4) == 0;
                long[] ashape = d.random.nextInt(20) == 0 ? d.shape(0) : new long[] {d.random.nextInt(7)};
                RandomCase.Operand a = d.operand(t, ashape, List.of(), false);
                if (!sorter) {
                    sortValues(a);
                }
                inputs.add(a);
                if (!sorter && d.random.nextInt(4) == 0) {
                    // jtensor's scalar v takes no sorter
                    inputs.add(null);
                    params.put("v", t.isFloatingPoint() || d.random.nextBoolean() ? (Object) d.floatValue()
                            : (Object) (long) d.random.nextInt(-10, 11));
                } else {
                    DType tv = d.random.nextInt(3) == 0 ? t : d.dtype();
                    inputs.add(d.operand(tv, d.shape(0), false));
                }
                if (sorter) {
                    long[] order = argsort(a);
                    if (d.random.nextInt(10) == 0) {
                        order = Arrays.copyOf(order, order.length + 1);
                    }
                    inputs.add(new RandomCase.Operand(DType.INT64, new long[] {order.length}, null, order, List.of()));
                }
                params.put("side", d.random.nextInt(20) == 0 ? "middle" : d.random.nextBoolean() ? "left" : "right");
            }
            case "bincount" -> {
                int kind = d.random.nextInt(10);
                DType t = kind == 0 ? DType.FLOAT64 : kind == 1 ? DType.BOOL
                        : new DType[] {DType.INT32, DType.INT64, DType.UINT8, DType.INT16, DType.UINT32}[d.random.nextInt(5)];
                long[] shape = d.random.nextInt(15) == 0 ? d.shape(0) : new long[] {d.random.nextInt(7)};
                RandomCase.Operand x = d.operand(t, shape, List.of(), true);
                if (x.ints() != null && x.ints().length > 0 && t.minValue() < 0 && d.random.nextInt(8) == 0) {
                    x.ints()[d.random.nextInt(x.ints().length)] = -d.random.nextInt(1, 3);
                }
                inputs.add(d.withView(x));
                if (d.random.nextInt(3) == 0) {
                    long[] wshape = d.random.nextInt(10) == 0 ? new long[] {shape.length == 0 ? 1 : shape[0] + 1} : shape;
                    inputs.add(d.operand(NUMERIC[d.random.nextInt(NUMERIC.length)], wshape, false));
                }
                if (d.random.nextBoolean()) {
                    params.put("minlength", (long) d.random.nextInt(-1, 7));
                }
            }
            case "digitize" -> {
                DType tb = d.dtype();
                RandomCase.Operand bins = d.operand(tb, d.random.nextInt(20) == 0 ? d.shape(0)
                        : new long[] {d.random.nextInt(6)}, List.of(), false);
                int order = d.random.nextInt(8);
                if (order < 7) {
                    sortValues(bins);
                    double[] f = bins.floats();
                    if (f != null && f.length > 0 && Double.isNaN(f[f.length - 1])
                            && Arrays.stream(f).filter(v -> !Double.isNaN(v)).distinct().count() < 2) {
                        // NumPy would take these as decreasing (the first step, to NaN, is not up)
                        // and search them reversed, NaN first: unspecified, so infinities instead
                        Arrays.setAll(f, i -> Double.isNaN(f[i]) ? Double.POSITIVE_INFINITY : f[i]);
                    }
                    if (order >= 4) {
                        reverse(bins);
                    }
                } else if (bins.floats() != null) {
                    // unsorted bins without NaN: NumPy's monotonicity check accepts only truly sorted ones
                    // (with NaN it can accept bins searchsorted is unspecified in, such as [2, 2, NaN])
                    Arrays.setAll(bins.floats(), i -> Double.isNaN(bins.floats()[i]) ? 0 : bins.floats()[i]);
                }
                DType tx = d.random.nextInt(3) == 0 ? tb : d.dtype();
                inputs.add(d.operand(tx, d.shape(0), false));
                inputs.add(bins);
                params.put("right", d.random.nextBoolean());
            }
            case "histogram" -> {
                DType t = d.random.nextInt(12) == 0 ? DType.BOOL : NUMERIC[d.random.nextInt(NUMERIC.length)];
                inputs.add(d.operand(t, d.shape(0), d.random.nextBoolean()));
                params.put("edges", d.random.nextInt(3) == 0);
                if ((Boolean) params.get("edges")) {
                    RandomCase.Operand edges = d.operand(NUMERIC[d.random.nextInt(NUMERIC.length)],
                            new long[] {d.random.nextInt(1, 6)}, List.of(), d.random.nextBoolean());
                    if (d.random.nextInt(8) != 0) {
                        sortValues(edges);
                    }
                    inputs.add(edges);
                } else {
                    params.put("bins", (long) d.random.nextInt(d.random.nextInt(15) == 0 ? -1 : 1, 6));
                    if (d.random.nextBoolean()) {
                        double lo = d.random.nextInt(-6, 4) * 0.5;
                        double hi = d.random.nextInt(10) == 0 ? lo - 1 : lo + d.random.nextInt(0, 8) * 0.5;
                        params.put("range", new double[] {lo, hi});
                    }
                }
                if (d.random.nextInt(3) == 0) {
                    long[] wshape = logicalShape(inputs.getFirst());
                    inputs.add(d.operand(NUMERIC[d.random.nextInt(NUMERIC.length)], d.random.nextInt(15) == 0
                            ? d.shape(0) : wshape, false));
                }
                params.put("density", d.random.nextInt(4) == 0);
                params.put("part", d.random.nextInt(2));
            }
            case "isin", "intersect1d", "union1d", "setdiff1d", "setxor1d" -> {
                DType t = d.dtype();
                inputs.add(d.operand(t, d.shape(0), true));
                inputs.add(d.operand(d.random.nextInt(3) == 0 ? t : d.dtype(), d.shape(0), true));
                if (op.equals("isin")) {
                    params.put("invert", d.random.nextBoolean());
                }
            }
            case "unique" -> {
                long[] shape = d.shape(0);
                inputs.add(d.operand(d.dtype(), shape, true));
                Integer axis = shape.length == 0 || d.random.nextInt(3) != 0 ? null
                        : d.random.nextInt(20) == 0 ? shape.length : d.signedAxis(d.random.nextInt(shape.length), shape.length);
                params.put("axis", axis);
                boolean index = d.random.nextBoolean();
                boolean inverse = d.random.nextBoolean();
                boolean counts = d.random.nextBoolean();
                params.put("return_index", index);
                params.put("return_inverse", inverse);
                params.put("return_counts", counts);
                params.put("part", d.random.nextInt(1 + (index ? 1 : 0) + (inverse ? 1 : 0) + (counts ? 1 : 0)));
            }
            case "partition", "argpartition" -> {
                long[] shape = d.shape(0);
                int n = shape.length;
                inputs.add(d.operand(d.dtype(), shape, false));
                int axis = n == 0 ? -1 : d.random.nextInt(25) == 0 ? n : d.signedAxis(d.random.nextInt(n), n);
                axes = new int[] {axis};
                long length = n == 0 ? 1 : axis >= -n && axis < n ? shape[Math.floorMod(axis, n)] : 1;
                int[] kth = new int[1 + d.random.nextInt(2)];
                for (int i = 0; i < kth.length; i++) {
                    int k = (int) d.random.nextLong(Math.max(length, 1));
                    kth[i] = d.random.nextInt(15) == 0 ? (int) length : d.random.nextBoolean() ? k : k - (int) length;
                }
                params.put("kth", kth);
            }
            case "lexsort" -> {
                long[] shape = d.shape(0);
                int keys = 1 + d.random.nextInt(3);
                for (int i = 0; i < keys; i++) {
                    long[] s = i > 0 && d.random.nextInt(15) == 0 ? d.shape(0) : shape;
                    inputs.add(d.operand(d.dtype(), s, true));
                }
            }
            default -> {
                // the reductions over axes
                boolean nan = op.startsWith("nan");
                DType t = nan && d.random.nextInt(4) != 0 ? new DType[] {DType.FLOAT16, DType.FLOAT32, DType.FLOAT64}[
                        d.random.nextInt(3)] : d.dtype();
                long[] shape = d.shape(0);
                RandomCase.Operand x = d.operand(t, shape, false);
                if (nan) {
                    addNans(d, x);
                }
                inputs.add(x);
                int n = shape.length;
                boolean oneAxis = op.endsWith("argmax") || op.endsWith("argmin");
                int form = d.random.nextInt(4);
                if (form == 0 || n == 0) {
                    axes = null;
                } else if (form == 1 || oneAxis) {
                    axes = new int[] {d.random.nextInt(25) == 0 ? n : d.signedAxis(d.random.nextInt(n), n)};
                } else {
                    List<Integer> chosen = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        if (d.random.nextBoolean()) {
                            chosen.add(d.signedAxis(i, n));
                        }
                    }
                    axes = chosen.stream().mapToInt(Integer::intValue).toArray();
                }
                // jtensor's nanargmax/nanargmin take keepdims only with an axis
                keepdims = d.random.nextBoolean() && !(op.startsWith("nanarg") && axes == null);
                if (op.equals("nanvar") || op.equals("nanstd")) {
                    ddof = d.random.nextInt(3);
                }
                if (op.contains("quantile") || op.contains("percentile")) {
                    double scale = op.contains("percentile") ? 100 : 1;
                    params.put("method", METHODS[d.random.nextInt(d.random.nextInt(4) == 0 ? METHODS.length : 1)]);
                    if (d.random.nextBoolean()) {
                        params.put("q", quantile(d, scale));
                    } else {
                        double[] q = new double[d.random.nextInt(4)];
                        for (int i = 0; i < q.length; i++) {
                            q[i] = quantile(d, scale);
                        }
                        params.put("q", q);
                    }
                }
                if (op.equals("average") && d.random.nextBoolean()) {
                    long[] wshape = shape;
                    if (axes != null && axes.length == 1 && n > 1 && d.random.nextBoolean()) {
                        wshape = new long[] {axes[0] >= -n && axes[0] < n ? shape[Math.floorMod(axes[0], n)] : 1};
                    } else if (d.random.nextInt(15) == 0) {
                        wshape = d.shape(0);
                    }
                    inputs.add(d.operand(NUMERIC[d.random.nextInt(NUMERIC.length)], wshape, List.of(), true));
                }
            }
        }
        // a null input (searchsorted's scalar v) is skipped by RandomCaseRun, so the list is not List.copyOf's
        return new RandomCase(d.seed, RandomCase.Family.SEARCH, op, java.util.Collections.unmodifiableList(inputs),
                null, null, axes, keepdims, ddof, List.of(), params);
    }

    /** The shape of an operand after its views. */
    private static long[] logicalShape(RandomCase.Operand o) {
        long[] s = o.baseShape();
        for (RandomCase.View v : o.views()) {
            s = switch (v) {
                case RandomCase.Broadcast b -> b.shape();
                case RandomCase.Transpose t -> Arrays.stream(t.perm()).mapToLong(i -> o.baseShape()[i]).toArray();
                case RandomCase.Slice sl -> {
                    long[] r = s.clone();
                    int a = Math.floorMod(sl.axis(), r.length);
                    r[a] = java.util.stream.LongStream.iterate(first(sl, r[a]), i -> i + sl.step())
                            .takeWhile(i -> sl.step() > 0 ? i < last(sl, r[a]) : i > last(sl, r[a])).count();
                    yield r;
                }
            };
        }
        return s;
    }

    /** Python's start of {@code slice.indices(n)} (Long.MIN/MAX_VALUE: an open end). */
    private static long first(RandomCase.Slice sl, long n) {
        long v = sl.start();
        if (v == Long.MIN_VALUE || v == Long.MAX_VALUE) {
            return sl.step() > 0 ? 0 : n - 1;
        }
        v = v < 0 ? v + n : v;
        return sl.step() > 0 ? Math.max(0, Math.min(n, v)) : Math.max(-1, Math.min(n - 1, v));
    }

    /** Python's stop of {@code slice.indices(n)}. */
    private static long last(RandomCase.Slice sl, long n) {
        long v = sl.stop();
        if (v == Long.MIN_VALUE || v == Long.MAX_VALUE) {
            return sl.step() > 0 ? n : -1;
        }
        v = v < 0 ? v + n : v;
        return sl.step() > 0 ? Math.max(0, Math.min(n, v)) : Math.max(-1, Math.min(n - 1, v));
    }

    private static double quantile(RandomCase.Drawer d, double scale) {
        int r = d.random.nextInt(25);
        if (r == 0) {
            return d.random.nextBoolean() ? -0.25 * scale : 1.25 * scale;
        }
        if (r == 1) {
            return Double.NaN;
        }
        if (r < 5) {
            return new double[] {0, 0.5, 1, 0.25, 0.75}[d.random.nextInt(5)] * scale;
        }
        return scale == 1 ? d.random.nextDouble() : d.random.nextInt(0, 1001) / 10.0;
    }

    /** NaN in some elements (one time in six, all of them), for the nan-reductions' all-NaN slices. */
    private static void addNans(RandomCase.Drawer d, RandomCase.Operand x) {
        double[] f = x.floats();
        if (f == null || d.random.nextInt(4) == 0) {
            return;
        }
        boolean all = d.random.nextInt(6) == 0;
        for (int i = 0; i < f.length; i++) {
            if (all || d.random.nextInt(3) == 0) {
                f[i] = Double.NaN;
            }
        }
    }

    /** Sorts a view-less operand's values in place (NaN last, -0.0 before 0.0: an ascending order for NumPy). */
    private static void sortValues(RandomCase.Operand o) {
        if (o.floats() != null) {
            Arrays.sort(o.floats());
        } else {
            Arrays.sort(o.ints());
        }
    }

    private static void reverse(RandomCase.Operand o) {
        int n = o.floats() != null ? o.floats().length : o.ints().length;
        for (int i = 0, j = n - 1; i < j; i++, j--) {
            if (o.floats() != null) {
                double t = o.floats()[i];
                o.floats()[i] = o.floats()[j];
                o.floats()[j] = t;
            } else {
                long t = o.ints()[i];
                o.ints()[i] = o.ints()[j];
                o.ints()[j] = t;
            }
        }
    }

    /** The stable ascending order of a view-less operand's values (NaN last). */
    private static long[] argsort(RandomCase.Operand o) {
        int n = o.floats() != null ? o.floats().length : o.ints().length;
        return java.util.stream.IntStream.range(0, n).boxed()
                .sorted((i, j) -> o.floats() != null ? Double.compare(o.floats()[i], o.floats()[j])
                        : Long.compare(o.ints()[i], o.ints()[j]))
                .mapToLong(Integer::longValue).toArray();
    }

    /** Calls the case's op; outputs not compared are closed here. */
    static Tensor call(RandomCase c, List<Tensor> in) {
        Tensor x = in.get(0);
        int[] axes = c.axes();
        boolean keep = c.keepdims();
        String method = (String) c.param("method");
        return switch (c.op()) {
            case "searchsorted" -> {
                String side = (String) c.param("side");
                if (in.get(1) == null) {
                    yield c.param("v") instanceof Long l ? Np.searchsorted(x, l, side)
                            : Np.searchsorted(x, (Double) c.param("v"), side);
                }
                yield in.size() > 2 ? Np.searchsorted(x, in.get(1), side, in.get(2)) : Np.searchsorted(x, in.get(1), side);
            }
            case "bincount" -> {
                long minlength = c.param("minlength") == null ? 0 : (Long) c.param("minlength");
                yield in.size() > 1 ? Np.bincount(x, in.get(1), minlength) : Np.bincount(x, minlength);
            }
            case "digitize" -> Np.digitize(x, in.get(1), (Boolean) c.param("right"));
            case "histogram" -> {
                double[] range = (double[]) c.param("range");
                boolean edges = (Boolean) c.param("edges");
                Tensor weights = in.size() > (edges ? 2 : 1) ? in.getLast() : null;
                boolean density = (Boolean) c.param("density");
                Tensor[] h;
                if (weights != null || density) {
                    h = edges ? Np.histogram(x, in.get(1), weights, density)
                            : Np.histogram(x, (Long) c.param("bins"), range, weights, density);
                } else {
                    h = edges ? Np.histogram(x, in.get(1)) : range == null ? Np.histogram(x, (Long) c.param("bins"))
                            : Np.histogram(x, (Long) c.param("bins"), range[0], range[1]);
                }
                yield pick(h, (Integer) c.param("part"));
            }
            case "isin" -> Np.isin(x, in.get(1), (Boolean) c.param("invert"));
            case "intersect1d" -> Np.intersect1d(x, in.get(1));
            case "union1d" -> Np.union1d(x, in.get(1));
            case "setdiff1d" -> Np.setdiff1d(x, in.get(1));
            case "setxor1d" -> Np.setxor1d(x, in.get(1));
            case "unique" -> {
                boolean index = (Boolean) c.param("return_index");
                boolean inverse = (Boolean) c.param("return_inverse");
                boolean counts = (Boolean) c.param("return_counts");
                Integer axis = (Integer) c.param("axis");
                Tensor[] u = axis == null ? Np.unique(x, index, inverse, counts) : Np.unique(x, axis, index, inverse, counts);
                yield pick(u, (Integer) c.param("part"));
            }
            case "partition" -> canonical(Np.partition(x, (int[]) c.param("kth"), axes[0]), (int[]) c.param("kth"),
                    axes[0]);
            case "argpartition" -> {
                int[] kth = (int[]) c.param("kth");
                Tensor positions = Np.argpartition(x, kth, axes[0]);
                try (Tensor line = x.ndim() == 0 ? x.reshape(1) : x.reshape(x.shape())) {
                    checkPermutation(c, positions, axes[0]);
                    yield canonical(Np.takeAlongAxis(line, positions, axes[0]), kth, axes[0]);
                } finally {
                    positions.close();
                }
            }
            case "lexsort" -> Np.lexsort(in.toArray(Tensor[]::new));
            case "argmax" -> Np.argmax(x, axes, keep);
            case "argmin" -> Np.argmin(x, axes, keep);
            case "nansum" -> Np.nansum(x, axes, keep);
            case "nanprod" -> Np.nanprod(x, axes, keep);
            case "nanmean" -> Np.nanmean(x, axes, keep);
            case "nanvar" -> Np.nanvar(x, axes, keep, c.ddof());
            case "nanstd" -> Np.nanstd(x, axes, keep, c.ddof());
            case "nanmax" -> Np.nanmax(x, axes, keep);
            case "nanmin" -> Np.nanmin(x, axes, keep);
            case "nanargmax" -> axes == null ? Np.nanargmax(x) : Np.nanargmax(x, axes[0], keep);
            case "nanargmin" -> axes == null ? Np.nanargmin(x) : Np.nanargmin(x, axes[0], keep);
            case "nanmedian" -> Np.nanmedian(x, axes, keep);
            case "quantile" -> c.param("q") instanceof double[] q ? Np.quantile(x, q, axes, keep, method)
                    : Np.quantile(x, (Double) c.param("q"), axes, keep, method);
            case "percentile" -> c.param("q") instanceof double[] q ? Np.percentile(x, q, axes, keep, method)
                    : Np.percentile(x, (Double) c.param("q"), axes, keep, method);
            case "nanquantile" -> c.param("q") instanceof double[] q ? Np.nanquantile(x, q, axes, keep, method)
                    : Np.nanquantile(x, (Double) c.param("q"), axes, keep, method);
            case "nanpercentile" -> c.param("q") instanceof double[] q ? Np.nanpercentile(x, q, axes, keep, method)
                    : Np.nanpercentile(x, (Double) c.param("q"), axes, keep, method);
            case "ptp" -> Np.ptp(x, axes, keep);
            case "average" -> Np.average(x, in.size() > 1 ? in.get(1) : null, axes, keep);
            case "count_nonzero" -> Np.countNonzero(x, axes, keep);
            default -> throw new IllegalArgumentException("unknown search-family op " + c.op());
        };
    }

    /** {@code outputs[part]}, the others closed. */
    private static Tensor pick(Tensor[] outputs, int part) {
        for (int i = 0; i < outputs.length; i++) {
            if (i != part) {
                outputs[i].close();
            }
        }
        return outputs[part];
    }

    /**
     * {@code y} (closed here) with each part between the kth positions sorted along the axis: the
     * same for every valid partition of the same data, and the full sort exactly when y is one.
     */
    static Tensor canonical(Tensor y, int[] kth, int axis) {
        if (y.ndim() == 0) {
            return y;
        }
        int a = Math.floorMod(axis, y.ndim());
        long n = y.shape()[a];
        java.util.TreeSet<Long> cuts = new java.util.TreeSet<>(List.of(0L, n));
        for (int k : kth) {
            long p = k < 0 ? k + n : k;
            cuts.add(p);
            cuts.add(Math.min(p + 1, n));
        }
        List<Tensor> parts = new ArrayList<>();
        try {
            Long previous = null;
            for (long cut : cuts) {
                if (previous != null && cut > previous) {
                    try (Tensor part = y.slice(a, previous, cut, 1)) {
                        parts.add(Np.sort(part, a));
                    }
                }
                previous = cut;
            }
            return parts.isEmpty() ? y.copy() : Np.concatenate(parts.toArray(Tensor[]::new), a);
        } finally {
            parts.forEach(Tensor::close);
            y.close();
        }
    }

    /** Fails the case when argpartition's positions along the axis are not a permutation of 0..n-1. */
    private static void checkPermutation(RandomCase c, Tensor positions, int axis) {
        int a = Math.floorMod(axis, positions.ndim());
        try (Tensor sorted = Np.sort(positions, a)) {
            long n = positions.shape()[a];
            long[] v = sorted.toLongArray();
            long inner = 1;
            for (int i = a + 1; i < positions.ndim(); i++) {
                inner *= positions.shape()[i];
            }
            for (int i = 0; i < v.length; i++) {
                if (v[i] != (i / inner) % n) {
                    throw new AssertionError(c + ": argpartition's positions are not a permutation along axis " + axis);
                }
            }
        }
    }

    /**
     * The tolerance of a result of type {@code type}: exact for positions, counts, booleans and
     * selected elements (the sign of a selected zero aside), the suite's reduction bounds for the
     * sums, means, variances and weighted sums (with {@link #scales}), 1 ULP for histogram edges.
     */
    static Tolerance tolerance(ConformanceSuite suite, RandomCase c, DType type) {
        return switch (c.op()) {
            case "nansum", "bincount" -> suite.reductionTolerance("sum", type);
            case "nanmean", "average" -> suite.reductionTolerance("mean", type);
            case "nanprod" -> suite.reductionTolerance("prod", type);
            case "nanvar" -> suite.reductionTolerance("var", type);
            case "nanstd" -> suite.reductionTolerance("std", type);
            case "histogram" -> Tolerance.of(1, 4);
            case "searchsorted", "digitize", "isin", "lexsort", "argmax", "argmin", "nanargmax", "nanargmin",
                 "count_nonzero" -> Tolerance.EXACT;
            default -> Tolerance.EXACT.ignoringZeroSign();
        };
    }

    /**
     * The error scale of each element of a floating sum-like result, from the finite inputs: nansum
     * Σ|x|, nanmean Σ|x|/count, nanvar Σx²/(count-ddof), nanstd its root (NaN left out of each,
     * plus the squares lost to underflow), nanprod as prod's with NaN as 1, bincount and average
     * with weights Σ|w| (all bins) and Σ|x·w|/|Σw|; 0 (ULPs only) for the others.
     */
    static double[] scales(RandomCase c, Backend cpu, int size) {
        double[] zeros = new double[size];
        String op = c.op();
        if (op.equals("nanprod")) {
            RandomCase.Operand x = c.inputs().getFirst();
            double[] f = x.floats() == null ? null : Arrays.stream(x.floats()).map(v -> Double.isNaN(v) ? 1 : v).toArray();
            RandomCase prod = new RandomCase(c.seed(), RandomCase.Family.REDUCE, "prod",
                    List.of(new RandomCase.Operand(x.dtype(), x.baseShape(), f, x.ints(), x.views())), null, null,
                    c.axes(), c.keepdims(), 0, List.of());
            return RandomCaseRun.scales(prod, cpu, size);
        }
        if (op.equals("histogram")) {
            // weighted counts and densities: N·Σ|w| over the finite weights (README's accuracy table)
            int weights = (Boolean) c.param("edges") ? 2 : 1;
            if (c.inputs().size() <= weights || (Integer) c.param("part") != 0) {
                return zeros;
            }
            // the base's values bound the view's: N·Σ|w| <= N²·max|w|
            RandomCase.Operand w = c.inputs().get(weights);
            double[] values = w.floats() != null ? w.floats() : Arrays.stream(w.ints()).asDoubleStream().toArray();
            double max = Arrays.stream(values).filter(Double::isFinite).map(Math::abs).max().orElse(0);
            double n = Arrays.stream(logicalShape(w)).reduce(1, Math::multiplyExact);
            Arrays.fill(zeros, max * n * n);
            return zeros;
        }
        if (!List.of("nansum", "nanmean", "nanvar", "nanstd", "bincount", "average").contains(op)
                || (op.equals("bincount") && c.inputs().size() < 2)) {
            return zeros;
        }
        List<Tensor> opened = new ArrayList<>();
        try (var scope = Np.useBackend(cpu)) {
            Tensor x = keep(opened, keep(opened, c.inputs().get(0).build()).astype(DType.FLOAT64));
            Tensor finite = keep(opened, Np.isfinite(x));
            Tensor a = keep(opened, Np.abs(keep(opened, Np.where(finite, x, 0.0))));
            Tensor present = keep(opened, Np.logicalNot(keep(opened, Np.isnan(x))));
            int[] axes = c.axes();
            Tensor count = keep(opened, Np.sum(present, axes, c.keepdims()));
            Tensor s = switch (op) {
                case "nansum" -> Np.sum(a, axes, c.keepdims());
                case "nanmean" -> Np.divide(keep(opened, Np.sum(a, axes, c.keepdims())),
                        keep(opened, Np.maximum(count, 1.0)));
                case "nanvar", "nanstd" -> RandomCaseRun.varianceScale(c, a, count, op.equals("nanstd"), opened);
                case "bincount" -> {
                    Tensor w = keep(opened, keep(opened, c.inputs().get(1).build()).astype(DType.FLOAT64));
                    yield Np.sum(keep(opened, Np.abs(keep(opened, Np.where(keep(opened, Np.isfinite(w)), w, 0.0)))));
                }
                default -> {
                    // average: Σ|x·w| / |Σw| (w = 1 without weights)
                    if (c.inputs().size() < 2) {
                        yield Np.divide(keep(opened, Np.sum(a, axes, c.keepdims())), keep(opened, Np.maximum(count, 1.0)));
                    }
                    Tensor w = keep(opened, keep(opened, c.inputs().get(1).build()).astype(DType.FLOAT64));
                    Tensor wb = w.ndim() == x.ndim() ? w : keep(opened, expandAlong(w, x.ndim(), axes[0]));
                    Tensor num = keep(opened, Np.sum(keep(opened, Np.abs(keep(opened, Np.multiply(a, wb)))), axes,
                            c.keepdims()));
                    Tensor den = keep(opened, Np.abs(keep(opened, Np.sum(keep(opened, Np.multiply(keep(opened,
                            Np.onesLike(a)), wb)), axes, c.keepdims()))));
                    yield Np.divide(num, keep(opened, Np.maximum(den, Double.MIN_NORMAL)));
                }
            };
            keep(opened, s);
            return RandomCaseRun.perElement(s.toDoubleArray(), size);
        } catch (RuntimeException e) {
            return zeros;
        } finally {
            for (Tensor t : opened) {
                t.close();
            }
        }
    }

    /** A 1-d w shaped to broadcast along {@code axis} of an {@code ndim}-d tensor. */
    private static Tensor expandAlong(Tensor w, int ndim, int axis) {
        long[] shape = new long[ndim];
        Arrays.fill(shape, 1);
        shape[Math.floorMod(axis, ndim)] = w.shape()[0];
        return w.reshape(shape);
    }

    private static Tensor keep(List<Tensor> opened, Tensor t) {
        if (!opened.contains(t)) {
            opened.add(t);
        }
        return t;
    }
}
