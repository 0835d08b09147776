package io.jtensor;

import io.jtensor.Elementwise.Arg;
import io.jtensor.op.BinaryOp;
import io.jtensor.op.ReduceOp;

import java.lang.foreign.MemorySegment;
import java.util.Objects;

/**
 * {@code np.histogram}, {@code np.bincount} and {@code np.digitize}, counted with a sort and
 * {@code searchsorted} on the backend: the number of elements in [e<sub>i</sub>, e<sub>i+1</sub>)
 * is the difference of two insertion positions in the sorted data, so no atomic scatter is needed
 * and the counts are exact. Equal-width edges are computed on the host with NumPy's
 * {@code linspace} arithmetic in NumPy's type, so they are NumPy's bit for bit.
 */
final class Binning {

    private Binning() {
    }

    /**
     * {@code np.histogram(x, bins, range)}: {@code [counts (int64), edges]}; {@code range} null
     * takes x's minimum and maximum.
     */
    static Tensor[] histogram(Tensor x, long bins, double[] range) {
        checkData("histogram", x);
        if (x.dtype == DType.BOOL) {
            try (Tensor data = x.astype(DType.UINT8)) {
                return histogram(data, bins, range);
            }
        }
        checkBins("histogram", bins);
        Tensor edgeTensor = equalEdges("histogram", x, bins, outerEdges("histogram", x, range), true);
        try (Tensor data = Elementwise.contiguous("histogram", x, edgeTensor.dtype)) {
            return new Tensor[] {counts(data, edgeTensor), edgeTensor};
        } catch (RuntimeException | Error e) {
            edgeTensor.close();
            throw e;
        }
    }

    /**
     * NumPy's {@code _get_outer_edges}: the first and last edge from {@code range} or from x's
     * minimum and maximum, widened by 0.5 on each side when equal. {@code type} is the type
     * NumPy's linspace computes the edges in (x's floating type when they come from the data,
     * float64 for a Python range or integer data), {@code fromData} whether they come from x.
     */
    record Outer(double first, double last, DType type, boolean fromData) {
    }

    static Outer outerEdges(String name, Tensor x, double[] range) {
        double first;
        double last;
        DType computeType = DType.FLOAT64;
        boolean fromData = false;
        if (range != null) {
            if (range.length != 2) {
                throw new IllegalArgumentException(name + ": range must be {min, max}, got " + range.length + " values");
            }
            first = range[0];
            last = range[1];
            if (first > last) {
                throw new IllegalArgumentException(name + ": max must be larger than min in range, got [" + first
                        + ", " + last + "]");
            }
            if (!Double.isFinite(first) || !Double.isFinite(last)) {
                throw new IllegalArgumentException(name + ": supplied range of [" + first + ", " + last
                        + "] is not finite");
            }
        } else if (x.size() == 0) {
            first = 0;
            last = 1;
        } else {
            try (Tensor min = Reductions.reduce(ReduceOp.MIN, x, null, false, 0, name);
                 Tensor max = Reductions.reduce(ReduceOp.MAX, x, null, false, 0, name)) {
                first = min.item();
                last = max.item();
            }
            if (!Double.isFinite(first) || !Double.isFinite(last)) {
                throw new IllegalArgumentException(name + ": autodetected range of [" + first + ", " + last
                        + "] is not finite; pass a range or remove NaN and infinities");
            }
            computeType = x.dtype.isFloatingPoint() ? x.dtype : DType.FLOAT64;
            fromData = true;
        }
        if (first == last) {
            first = computeType == DType.FLOAT32 ? (float) first - 0.5f
                    : computeType == DType.FLOAT16 ? Float16.round(first - 0.5) : first - 0.5;
            last = computeType == DType.FLOAT32 ? (float) last + 0.5f
                    : computeType == DType.FLOAT16 ? Float16.round(last + 0.5) : last + 0.5;
        }
        return new Outer(first, last, computeType, fromData);
    }

    /**
     * {@code bins} equal-width edges over {@code outer} on x's backend, computed as NumPy's linspace
     * in {@code outer.type()}; with {@code histogramType} they are stored in NumPy's histogram bin
     * type (x's floating type, else float64) and must be strictly increasing, as
     * {@code np.histogram} demands; without, they stay in the linspace type unchecked, as
     * {@code np.histogramdd} leaves them.
     */
    static Tensor equalEdges(String name, Tensor x, long bins, Outer outer, boolean histogramType) {
        checkBins(name, bins);
        DType binType = !histogramType ? outer.type() : x.dtype.isFloatingPoint() ? x.dtype : DType.FLOAT64;
        double[] edges = linspace(outer.first(), outer.last(), (int) bins + 1, outer.type());
        for (int i = 0; histogramType && i < bins; i++) {
            double lower = binType == DType.FLOAT32 ? (float) edges[i] : edges[i];
            double upper = binType == DType.FLOAT32 ? (float) edges[i + 1] : edges[i + 1];
            if (!(lower < upper)) {
                throw new IllegalArgumentException(name + ": too many bins for the data range: cannot create "
                        + bins + " finite-sized bins in [" + outer.first() + ", " + outer.last() + "]");
            }
        }
        return upload(x, edges, binType);
    }

    static void checkBins(String name, long bins) {
        if (bins < 1) {
            throw new IllegalArgumentException(name + ": bins must be positive, got " + bins);
        }
        if (bins > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(name + ": " + bins + " bins are more than the edges a Java array holds");
        }
    }

    /** {@code np.histogram(x, bins=edges)}: {@code [counts (int64), a copy of edges]}. */
    static Tensor[] histogram(Tensor x, Tensor edges) {
        checkData("histogram", x);
        if (x.dtype == DType.BOOL) {
            try (Tensor data = x.astype(DType.UINT8)) {
                return histogram(data, edges);
            }
        }
        Tensor copy = checkedEdges(edges);
        try {
            return new Tensor[] {counts(x, copy), copy};
        } catch (RuntimeException | Error e) {
            copy.close();
            throw e;
        }
    }

    /** A copy of histogram's explicit edges, checked to be a non-empty, non-decreasing 1-d tensor. */
    static Tensor checkedEdges(Tensor edges) {
        Objects.requireNonNull(edges, "histogram: edges is null");
        edges.checkOpen("histogram");
        if (edges.ndim() != 1 || edges.size() == 0) {
            throw new IllegalArgumentException("histogram: bin edges must be a non-empty 1-d tensor, got shape "
                    + Shape.toString(edges.shape));
        }
        if (!monotonic(edges, BinaryOp.GREATER)) {
            throw new IllegalArgumentException("histogram: bin edges must increase monotonically");
        }
        return edges.copy();
    }

    /**
     * {@code np.bincount(x, minlength)}: how often each of 0..n-1 occurs in the non-negative
     * integers x, n = max(max(x) + 1, minlength).
     */
    static Tensor bincount(Tensor x, long minlength) {
        long length = bincountLength(x, minlength);
        try (Tensor values = Creation.generateIntegers(x.backend(), DType.INT64, new long[] {length}, i -> i);
             Tensor sorted = Sorting.sort(x, 0);
             Tensor before = Searching.searchsorted(sorted, Arg.of(values), "left", null);
             Tensor upTo = Searching.searchsorted(sorted, Arg.of(values), "right", null)) {
            return Elementwise.binary(BinaryOp.SUBTRACT, Arg.of(upTo), Arg.of(before), null, null);
        }
    }

    /** bincount's argument checks and result length, max(max(x) + 1, minlength). */
    static long bincountLength(Tensor x, long minlength) {
        Objects.requireNonNull(x, "bincount: x is null");
        x.checkOpen("bincount");
        if (x.ndim() != 1) {
            throw new IllegalArgumentException("bincount: x must be 1-d, got shape " + Shape.toString(x.shape));
        }
        if (x.dtype.isFloatingPoint()) {
            throw new IllegalArgumentException("bincount: x must hold integers or bools, got " + x.dtype.numpyName()
                    + " (cast with astype(DType.INT64))");
        }
        if (minlength < 0) {
            throw new IllegalArgumentException("bincount: minlength must not be negative, got " + minlength);
        }
        long length = minlength;
        if (x.size() > 0) {
            try (Tensor min = Reductions.reduce(ReduceOp.MIN, x, null, false, 0, "bincount");
                 Tensor max = Reductions.reduce(ReduceOp.MAX, x, null, false, 0, "bincount");
                 Tensor minimum = min.astype(DType.INT64); Tensor maximum = max.astype(DType.INT64)) {
                long smallest = minimum.toLongArray()[0];
                if (smallest < 0) {
                    throw new IllegalArgumentException("bincount: x must have no negative elements, found " + smallest);
                }
                length = Math.max(length, maximum.toLongArray()[0] + 1);
            }
        }
        return length;
    }

    /**
     * {@code np.digitize(x, bins, right)}: for increasing bins the i with bins[i-1] &le; x &lt;
     * bins[i] (with {@code right}, bins[i-1] &lt; x &le; bins[i]); decreasing bins mirror it.
     */
    static Tensor digitize(Tensor x, Tensor bins, boolean right) {
        Objects.requireNonNull(x, "digitize: x is null");
        Objects.requireNonNull(bins, "digitize: bins is null");
        x.checkOpen("digitize");
        bins.checkOpen("digitize");
        if (bins.ndim() != 1) {
            throw new IllegalArgumentException("digitize: bins must be 1-d, got shape " + Shape.toString(bins.shape));
        }
        String side = right ? "left" : "right";
        int monotonicity = monotonicity(bins);
        if (monotonicity == 0) {
            throw new IllegalArgumentException("digitize: bins must be monotonically increasing or decreasing");
        }
        if (monotonicity > 0) {
            return Searching.searchsorted(bins, Arg.of(x), side, null);
        }
        try (Tensor reversed = bins.slice(0, Long.MAX_VALUE, Long.MIN_VALUE, -1);
             Tensor mirrored = Searching.searchsorted(reversed, Arg.of(x), side, null)) {
            return Elementwise.binary(BinaryOp.SUBTRACT, Arg.of(bins.size()), Arg.of(mirrored), null, null);
        }
    }

    /**
     * NumPy's {@code _monotonicity(bins)} (its C {@code check_array_monotonic}), step for step on
     * the bins as float64: 1 for increasing (also constant or empty), -1 for decreasing, 0 for
     * neither. Leading repeats are skipped; the first different neighbour decides the direction
     * (a NaN there, which compares unequal and not less, means decreasing), and any later step
     * against it is a violation (NaN never is one).
     */
    static int monotonicity(Tensor bins) {
        double[] a;
        try (Tensor wide = bins.astype(DType.FLOAT64)) {
            a = wide.toDoubleArray();
        }
        if (a.length == 0) {
            return 1;
        }
        double last = a[0];
        int i = 1;
        while (i < a.length && a[i] == last) {
            i++;
        }
        if (i == a.length) {
            return 1;
        }
        double next = a[i];
        boolean increasing = last < next;
        for (i++; i < a.length; i++) {
            last = next;
            next = a[i];
            if (increasing ? last > next : last < next) {
                return 0;
            }
        }
        return increasing ? 1 : -1;
    }

    /**
     * Checks histogram data; bool data is binned as uint8 by the callers, as NumPy converts it
     * ("for compatibility", with a RuntimeWarning).
     */
    static void checkData(String name, Tensor x) {
        Objects.requireNonNull(x, name + ": x is null");
        x.checkOpen(name);
    }

    /** Counts of the flattened data in [e_i, e_i+1), the last bin closed, as NumPy's sorted search. */
    static Tensor counts(Tensor data, Tensor edges) {
        long n = edges.size();
        try (Tensor flat = data.reshape(-1);
             Tensor sorted = Sorting.sort(flat, 0);
             Tensor lower = edges.slice(0, 0, n - 1, 1);
             Tensor upper = edges.slice(0, n - 1, n, 1);
             Tensor before = Searching.searchsorted(sorted, Arg.of(lower), "left", null);
             Tensor through = Searching.searchsorted(sorted, Arg.of(upper), "right", null);
             Tensor positions = Joining.concatenate("histogram", new Tensor[] {before, through}, 0, null)) {
            return Differencing.diff(positions, 1, 0);
        }
    }

    /** Whether no neighbours e[i], e[i+1] are in the relation {@code violation} (as NumPy, NaN breaks no order). */
    static boolean monotonic(Tensor t, BinaryOp violation) {
        long n = t.size();
        if (n < 2) {
            return true;
        }
        try (Tensor earlier = t.slice(0, 0, n - 1, 1);
             Tensor later = t.slice(0, 1, n, 1);
             Tensor breaks = Elementwise.binary(violation, Arg.of(earlier), Arg.of(later), null, null);
             Tensor any = Reductions.reduce(ReduceOp.ANY, breaks, null, false, 0, "monotonic")) {
            return any.item() == 0;
        }
    }

    /**
     * {@code np.linspace(first, last, count)} evaluated as NumPy does in {@code type} (float16,
     * float32 or float64): {@code i * step + first} with {@code step = (last - first) / (count - 1)}, the last
     * point exactly {@code last}.
     */
    static double[] linspace(double first, double last, int count, DType type) {
        double[] y = new double[count];
        int div = count - 1;
        if (type == DType.FLOAT32) {
            float start = (float) first;
            float delta = (float) last - start;
            float step = delta / div;
            for (int i = 0; i < count; i++) {
                y[i] = (step == 0 ? (float) i / div * delta : (float) i * step) + start;
            }
        } else if (type == DType.FLOAT16) {
            // each step a float16 ufunc: computed exactly (or in float32) and rounded once to float16
            double delta = Float16.round(last - first);
            double step = Float16.round(delta / div);
            for (int i = 0; i < count; i++) {
                double index = Float16.round(i);
                y[i] = Float16.round((step == 0 ? Float16.round(Float16.round(index / div) * delta)
                        : Float16.round(index * step)) + first);
            }
        } else {
            double delta = last - first;
            double step = delta / div;
            for (int i = 0; i < count; i++) {
                y[i] = (step == 0 ? (double) i / div * delta : i * step) + first;
            }
        }
        y[div] = last;
        return y;
    }

    private static Tensor upload(Tensor x, double[] edges, DType type) {
        if (type == DType.FLOAT64) {
            return Creation.fromDoubles(x.backend(), edges, new long[] {edges.length});
        }
        if (type == DType.FLOAT16) {
            try (Tensor wide = Creation.fromDoubles(x.backend(), edges, new long[] {edges.length})) {
                return wide.astype(DType.FLOAT16);
            }
        }
        float[] floats = new float[edges.length];
        for (int i = 0; i < edges.length; i++) {
            floats[i] = (float) edges[i];
        }
        return Creation.fromHost(x.backend(), DType.FLOAT32, MemorySegment.ofArray(floats), new long[] {floats.length});
    }
}
