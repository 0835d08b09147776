package io.jtensor;

import io.jtensor.Elementwise.Arg;
import io.jtensor.op.BinaryOp;
import io.jtensor.op.ReduceOp;
import io.jtensor.op.ScanOp;
import io.jtensor.op.UnaryOp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Weighted and density histograms ({@code np.histogram(..., weights, density)}),
 * {@code np.bincount(x, weights)}, {@code np.histogram_bin_edges} and {@code np.histogramdd}, on
 * the data's backend. A weighted bin is a difference of two prefix sums of the weights taken in
 * the data's (or the bin index's) stable sort order, the way NumPy sums weights over explicit
 * edges; integer weights are summed in int64 and are exact.
 */
final class Histograms {

    private Histograms() {
    }

    /** {@code f} of bool data binned as NumPy 2.4 bins it: as uint8 (True is 1). */
    private static <T> T asUint8(Tensor x, java.util.function.Function<Tensor, T> f) {
        try (Tensor data = x.astype(DType.UINT8)) {
            return f.apply(data);
        }
    }

    /** {@code np.histogram(x, bins, range, weights, density)}: {@code [values, edges]}. */
    static Tensor[] histogram(Tensor x, long bins, double[] range, Tensor weights, boolean density) {
        Binning.checkData("histogram", x);
        if (x.dtype == DType.BOOL) {
            return asUint8(x, data -> histogram(data, bins, range, weights, density));
        }
        Binning.checkBins("histogram", bins);
        checkWeights(x, weights);
        Tensor edges = Binning.equalEdges("histogram", x, bins, Binning.outerEdges("histogram", x, range), true);
        try (Tensor data = Elementwise.contiguous("histogram", x, edges.dtype)) {
            return new Tensor[] {values(data, edges, weights, density, true), edges};
        } catch (RuntimeException | Error e) {
            edges.close();
            throw e;
        }
    }

    /** {@code np.histogram(x, bins=edges, weights, density)}: {@code [values, a copy of edges]}. */
    static Tensor[] histogram(Tensor x, Tensor edges, Tensor weights, boolean density) {
        Binning.checkData("histogram", x);
        if (x.dtype == DType.BOOL) {
            return asUint8(x, data -> histogram(data, edges, weights, density));
        }
        checkWeights(x, weights);
        Tensor copy = Binning.checkedEdges(edges);
        try {
            return new Tensor[] {values(x, copy, weights, density, false), copy};
        } catch (RuntimeException | Error e) {
            copy.close();
            throw e;
        }
    }

    /** {@code np.histogram(x, bins=estimator, range, weights, density)}: {@code [values, edges]}. */
    static Tensor[] histogram(Tensor x, String estimator, double[] range, Tensor weights, boolean density) {
        Binning.checkData("histogram", x);
        if (x.dtype == DType.BOOL) {
            return asUint8(x, data -> histogram(data, estimator, range, weights, density));
        }
        BinEstimators.check("histogram", estimator);
        checkWeights(x, weights);
        if (weights != null) {
            throw new IllegalArgumentException("histogram: automated estimation of the number of bins (\""
                    + estimator + "\") is not supported for weighted data (as NumPy); pass a bin count or edges");
        }
        return histogram(x, BinEstimators.binCount("histogram", estimator, x, range), range, null, density);
    }

    /** {@code np.histogram_bin_edges(x, bins, range)}. */
    static Tensor binEdges(Tensor x, long bins, double[] range) {
        Binning.checkData("histogram_bin_edges", x);
        if (x.dtype == DType.BOOL) {
            return asUint8(x, data -> binEdges(data, bins, range));
        }
        Binning.checkBins("histogram_bin_edges", bins);
        return Binning.equalEdges("histogram_bin_edges", x, bins,
                Binning.outerEdges("histogram_bin_edges", x, range), true);
    }

    /** {@code np.histogram_bin_edges(x, bins, range, weights)}: weights checked, then not used. */
    static Tensor binEdges(Tensor x, long bins, double[] range, Tensor weights) {
        Binning.checkData("histogram_bin_edges", x);
        checkWeights("histogram_bin_edges", x, weights);
        return binEdges(x, bins, range);
    }

    /** {@code np.histogram_bin_edges(x, bins=estimator, range, weights)}: weights must be null, as NumPy. */
    static Tensor binEdges(Tensor x, String estimator, double[] range, Tensor weights) {
        Binning.checkData("histogram_bin_edges", x);
        checkWeights("histogram_bin_edges", x, weights);
        BinEstimators.check("histogram_bin_edges", estimator);
        if (weights != null) {
            throw new IllegalArgumentException("histogram_bin_edges: automated estimation of the number of bins (\""
                    + estimator + "\") is not supported for weighted data (as NumPy); pass a bin count");
        }
        return binEdges(x, estimator, range);
    }

    /** {@code np.histogram_bin_edges(x, bins=estimator, range)}. */
    static Tensor binEdges(Tensor x, String estimator, double[] range) {
        Binning.checkData("histogram_bin_edges", x);
        if (x.dtype == DType.BOOL) {
            return asUint8(x, data -> binEdges(data, estimator, range));
        }
        BinEstimators.check("histogram_bin_edges", estimator);
        return binEdges(x, BinEstimators.binCount("histogram_bin_edges", estimator, x, range), range);
    }

    /** {@code np.bincount(x, weights, minlength)}: float64 sums of the weights of each value. */
    static Tensor bincount(Tensor x, Tensor weights, long minlength) {
        long length = Binning.bincountLength(x, minlength);
        Objects.requireNonNull(weights, "bincount: weights is null");
        weights.checkOpen("bincount");
        if (x.size() == 0) {
            // NumPy's quirk: an empty x gives int64 zeros even with weights, of any shape
            return Elementwise.full(x.backend(), new long[] {length}, 0, DType.INT64);
        }
        if (!Arrays.equals(weights.shape, x.shape)) {
            throw new IllegalArgumentException("bincount: the weights and x don't have the same length: weights has shape "
                    + Shape.toString(weights.shape) + ", x " + Shape.toString(x.shape));
        }
        Elementwise.commonBackend("bincount", List.of(x, weights));
        try (Tensor keys = x.astype(DType.INT64);
             Tensor w = Elementwise.contiguous("bincount", weights, DType.FLOAT64)) {
            return keyedSums(keys, w, length);
        }
    }

    private static void checkWeights(Tensor x, Tensor weights) {
        checkWeights("histogram", x, weights);
    }

    private static void checkWeights(String op, Tensor x, Tensor weights) {
        if (weights == null) {
            return;
        }
        weights.checkOpen(op);
        if (!Arrays.equals(weights.shape, x.shape)) {
            throw new IllegalArgumentException(op + ": weights should have the same shape as x: weights "
                    + Shape.toString(weights.shape) + ", x " + Shape.toString(x.shape));
        }
        Elementwise.commonBackend(op, List.of(x, weights));
    }

    /** Counts or weight sums of data in the bins of edges, as a density when asked. */
    private static Tensor values(Tensor data, Tensor edges, Tensor weights, boolean density, boolean uniform) {
        Tensor n = weights == null ? Binning.counts(data, edges) : weightSums(data, edges, weights, uniform);
        if (!density) {
            return n;
        }
        try (n; Tensor total = Reductions.reduce(ReduceOp.SUM, n, null, false, 0, "histogram");
             Tensor widths = widths(edges);
             Tensor perWidth = Elementwise.binary(BinaryOp.DIVIDE, Arg.of(n), Arg.of(widths), null, null)) {
            return Elementwise.binary(BinaryOp.DIVIDE, Arg.of(perWidth), Arg.of(total), null, null);
        }
    }

    /** NumPy's {@code np.array(np.diff(edges), float)}: the differences in the edges' type, then float64. */
    private static Tensor widths(Tensor edges) {
        try (Tensor d = Differencing.diff(edges, 1, 0)) {
            return d.astype(DType.FLOAT64);
        }
    }

    /**
     * The weights summed per bin in the weights' type: float sums in float64 (float32 rounded
     * once at the end, as NumPy's equal-bin path), integer sums in int64, bool weights as NumPy's
     * {@code n += bincount(...).astype(bool)}: whether a bin holds a non-zero weight. An infinite
     * or NaN weight: equal bins as NumPy's bincount (only its own bin), explicit edges as NumPy's
     * cumulative-sum differences (every later bin NaN or infinite too).
     */
    private static Tensor weightSums(Tensor data, Tensor edges, Tensor weights, boolean uniform) {
        if (weights.dtype == DType.BOOL && !uniform) {
            throw new IllegalArgumentException("histogram: bool weights cannot be summed over explicit edges (NumPy's "
                    + "cumulative sum of bools is int64, which it cannot add into a bool result); cast the weights "
                    + "with astype(DType.INT64)");
        }
        DType accumulate = weights.dtype.isFloatingPoint() ? DType.FLOAT64 : DType.INT64;
        long n = edges.size();
        try (Tensor flat = data.reshape(-1);
             Tensor order = Sorting.argsort(flat, 0);
             Tensor sorted = Indexing.take(flat, order, null);
             Tensor w = Elementwise.contiguous("histogram", weights, accumulate);
             Tensor sortedWeights = Indexing.take(w, order, null);
             Tensor lower = edges.slice(0, 0, n - 1, 1);
             Tensor upper = edges.slice(0, n - 1, n, 1);
             Tensor before = Searching.searchsorted(sorted, Arg.of(lower), "left", null);
             Tensor through = Searching.searchsorted(sorted, Arg.of(upper), "right", null);
             Tensor positions = Joining.concatenate("histogram", new Tensor[] {before, through}, 0, null);
             Tensor sums = uniform ? sumsBetween(sortedWeights, positions)
                     : finiteSumsBetween(sortedWeights, positions)) {
            if (weights.dtype == DType.BOOL) {
                return Elementwise.binary(BinaryOp.NOT_EQUAL, Arg.of(sums), Arg.of(0L), null, null);
            }
            return sums.astype(weights.dtype);
        }
    }

    /**
     * s[i] = sum of w[positions[i] .. positions[i+1]) as prefix-sum differences, in w's type; a
     * segment holding +inf, -inf or NaN gets NumPy's sum of them (±inf, NaN for NaN or both
     * infinities), without spoiling the other segments.
     */
    private static Tensor sumsBetween(Tensor w, Tensor positions) {
        try (Tensor finite = Elementwise.unary(UnaryOp.ISFINITE, w, null, null)) {
            try (Tensor all = Reductions.reduce(ReduceOp.ALL, finite, null, false, 0, "histogram")) {
                if (all.item() != 0) {
                    return finiteSumsBetween(w, positions);
                }
            }
            return nonFiniteSumsBetween(w, finite, positions);
        }
    }

    /**
     * {@link #sumsBetween} of weights holding an infinity or NaN ({@code finite} marks the others):
     * a prefix sum past one would make every later difference NaN, so the finite weights are summed
     * apart and each segment's infinities and NaNs counted and applied after.
     */
    private static Tensor nonFiniteSumsBetween(Tensor w, Tensor finite, Tensor positions) {
        try (Tensor finiteWeights = Elementwise.where(finite, Arg.of(w), Arg.of(0.0));
             Tensor sums = finiteSumsBetween(finiteWeights, positions);
             Tensor up = countsBetween(w, BinaryOp.EQUAL, Double.POSITIVE_INFINITY, positions);
             Tensor down = countsBetween(w, BinaryOp.EQUAL, Double.NEGATIVE_INFINITY, positions);
             Tensor nan = countsBetween(w, BinaryOp.NOT_EQUAL, Double.NaN, positions);
             Tensor anyUp = Elementwise.binary(BinaryOp.GREATER, Arg.of(up), Arg.of(0L), null, null);
             Tensor anyDown = Elementwise.binary(BinaryOp.GREATER, Arg.of(down), Arg.of(0L), null, null);
             Tensor anyNan = Elementwise.binary(BinaryOp.GREATER, Arg.of(nan), Arg.of(0L), null, null);
             Tensor both = Elementwise.binary(BinaryOp.LOGICAL_AND, Arg.of(anyUp), Arg.of(anyDown), null, null);
             Tensor undefined = Elementwise.binary(BinaryOp.LOGICAL_OR, Arg.of(anyNan), Arg.of(both), null, null);
             Tensor withDown = Elementwise.where(anyDown, Arg.of(Double.NEGATIVE_INFINITY), Arg.of(sums));
             Tensor withUp = Elementwise.where(anyUp, Arg.of(Double.POSITIVE_INFINITY), Arg.of(withDown))) {
            return Elementwise.where(undefined, Arg.of(Double.NaN), Arg.of(withUp));
        }
    }

    /** How many elements of each segment of w are in {@code relation} to {@code value} (NaN != NaN finds NaN). */
    private static Tensor countsBetween(Tensor w, BinaryOp relation, double value, Tensor positions) {
        try (Tensor hits = relation == BinaryOp.NOT_EQUAL
                ? Elementwise.binary(relation, Arg.of(w), Arg.of(w), null, null)
                : Elementwise.binary(relation, Arg.of(w), Arg.of(value), null, null);
             Tensor counted = hits.astype(DType.INT64)) {
            return finiteSumsBetween(counted, positions);
        }
    }

    /** The plain prefix-sum differences, as NumPy's explicit-edge histogram (a non-finite weight spreads to later segments). */
    private static Tensor finiteSumsBetween(Tensor w, Tensor positions) {
        try (Tensor zero = Elementwise.full(w.backend(), new long[] {1}, 0, w.dtype);
             Tensor running = Scanning.scan(ScanOp.CUMSUM, w, 0);
             Tensor prefix = Joining.concatenate("histogram", new Tensor[] {zero, running}, 0, null);
             Tensor atPositions = Indexing.take(prefix, positions, null)) {
            return Differencing.diff(atPositions, 1, 0);
        }
    }

    /** The sums of w (float64) over the elements of each key 0..length-1 (int64 keys, 1-d). */
    private static Tensor keyedSums(Tensor keys, Tensor w, long length) {
        try (Tensor order = Sorting.argsort(keys, 0);
             Tensor sorted = Indexing.take(keys, order, null);
             Tensor sortedWeights = Indexing.take(w, order, null);
             Tensor values = Creation.generateIntegers(keys.backend(), DType.INT64, new long[] {length + 1}, i -> i);
             Tensor positions = Searching.searchsorted(sorted, Arg.of(values), "left", null)) {
            return sumsBetween(sortedWeights, positions);
        }
    }

    /**
     * {@code np.histogramdd(sample, bins, range, weights, density)}: {@code [hist (float64),
     * edges_0, ..., edges_D-1]}; exactly one of {@code bins} (a count per dimension) and
     * {@code edges} is given.
     */
    static Tensor[] histogramdd(String name, Tensor sample, long[] bins, Tensor[] edges, double[][] range,
                                Tensor weights, boolean density) {
        Objects.requireNonNull(sample, name + ": sample is null");
        sample.checkOpen(name);
        if (sample.ndim() != 1 && sample.ndim() != 2) {
            throw new IllegalArgumentException(name + ": sample must be (N, D) or 1-d (N points in 1 dimension), got shape "
                    + Shape.toString(sample.shape));
        }
        if (sample.dtype == DType.BOOL) {
            return asUint8(sample, data -> histogramdd(name, data, bins, edges, range, weights, density));
        }
        long points = sample.shape[0];
        int dims = sample.ndim() == 1 ? 1 : Math.toIntExact(sample.shape[1]);
        if (dims == 0) {
            throw new IllegalArgumentException(name + ": the sample has shape " + Shape.toString(sample.shape)
                    + ", points of 0 dimensions; it needs at least one column (NumPy fails on it too)");
        }
        int given = bins != null ? bins.length : edges.length;
        if (given != dims) {
            throw new IllegalArgumentException(name + ": the dimension of bins must be equal to the dimension of the sample: "
                    + given + " bin specifications for " + dims + " dimensions");
        }
        if (range != null && range.length != dims) {
            throw new IllegalArgumentException(name + ": range must have one entry per dimension: " + range.length
                    + " entries for " + dims + " dimensions");
        }
        if (weights != null) {
            weights.checkOpen(name);
            // NumPy's bincount checks the weights only where there are points
            if (points > 0 && (weights.ndim() != 1 || weights.size() != points)) {
                throw new IllegalArgumentException(name + ": the weights and the sample don't have the same length: "
                        + "weights has shape " + Shape.toString(weights.shape) + ", the sample " + points + " points");
            }
            Elementwise.commonBackend(name, List.of(sample, weights));
        }
        List<Tensor> edgeList = new ArrayList<>();
        long[] nbin = new long[dims];
        try (Tensor matrix = sample.ndim() == 1 ? sample.reshape(points, 1) : sample.reshape(sample.shape)) {
            Tensor flat = Creation.generateIntegers(sample.backend(), DType.INT64, new long[] {points}, i -> 0);
            try {
                // edges first, dimension by dimension, so errors come in NumPy's order
                for (int i = 0; i < dims; i++) {
                    try (Tensor slice = matrix.slice(1, i, i + 1, 1); Tensor column = slice.reshape(points)) {
                        edgeList.add(bins != null ? countEdges(name, i, column, bins[i], range == null ? null : range[i])
                                : givenEdges(name, i, edges[i]));
                        nbin[i] = edgeList.get(i).size() + 1;
                    }
                }
                long volume = 1;
                for (int i = dims - 1; i >= 0; i--) {
                    try (Tensor slice = matrix.slice(1, i, i + 1, 1); Tensor column = slice.reshape(points);
                         Tensor index = binIndex(column, edgeList.get(i));
                         Tensor scaled = Elementwise.binary(BinaryOp.MULTIPLY, Arg.of(index), Arg.of(volume), null, null);
                         Tensor previous = flat) {
                        flat = Elementwise.binary(BinaryOp.ADD, Arg.of(previous), Arg.of(scaled), null, null);
                    }
                    try {
                        volume = Math.multiplyExact(volume, nbin[i]);
                    } catch (ArithmeticException overflow) {
                        throw new IllegalArgumentException(name + ": the histogram of " + Arrays.toString(nbin)
                                + " bins (outlier bins included) is too large");
                    }
                }
                if (volume > Integer.MAX_VALUE - 8) {
                    throw new IllegalArgumentException(name + ": the histogram of " + volume
                            + " bins (outlier bins included) is more than a tensor of this library holds");
                }
                Tensor hist = histogramOf(flat, points == 0 ? null : weights, volume, nbin, dims);
                if (density) {
                    hist = densityOf(hist, edgeList, nbin);
                }
                Tensor[] result = new Tensor[dims + 1];
                result[0] = hist;
                for (int i = 0; i < dims; i++) {
                    result[i + 1] = edgeList.get(i);
                }
                return result;
            } finally {
                flat.close();
            }
        } catch (RuntimeException | Error e) {
            edgeList.forEach(Tensor::close);
            throw e;
        }
    }

    private static Tensor countEdges(String name, int dim, Tensor column, long bins, double[] range) {
        if (bins < 1) {
            throw new IllegalArgumentException(name + ": bins[" + dim + "] must be positive, when an integer, got " + bins);
        }
        return Binning.equalEdges(name, column, bins, Binning.outerEdges(name, column, range), false);
    }

    private static Tensor givenEdges(String name, int dim, Tensor edges) {
        Objects.requireNonNull(edges, name + ": edges[" + dim + "] is null");
        edges.checkOpen(name);
        if (edges.ndim() != 1) {
            throw new IllegalArgumentException(name + ": bins[" + dim + "] must be a scalar or 1d array, got shape "
                    + Shape.toString(edges.shape));
        }
        if (edges.size() == 0) {
            throw new IndexOutOfBoundsException(name + ": bins[" + dim + "] is empty; edges need at least one value "
                    + "(as NumPy, which fails indexing its last edge)");
        }
        if (!Binning.monotonic(edges, BinaryOp.GREATER)) {
            throw new IllegalArgumentException(name + ": bins[" + dim + "] must be monotonically increasing, when an array");
        }
        return edges.copy();
    }

    /**
     * NumPy's bin of each coordinate with its outliers: searchsorted(edges, x, right), points on
     * the last edge moved into the last bin; 0 and len(edges) are the outlier bins (NaN lands in
     * the upper one).
     */
    private static Tensor binIndex(Tensor column, Tensor edges) {
        long n = edges.size();
        try (Tensor right = Searching.searchsorted(edges, Arg.of(column), "right", null);
             Tensor last = edges.slice(0, n - 1, n, 1);
             Tensor onEdge = Elementwise.binary(BinaryOp.EQUAL, Arg.of(column), Arg.of(last), null, null);
             Tensor shift = onEdge.astype(DType.INT64)) {
            return Elementwise.binary(BinaryOp.SUBTRACT, Arg.of(right), Arg.of(shift), null, null);
        }
    }

    /** bincount of the flat indices (weighted or not) as float64, reshaped and stripped of the outlier bins. */
    private static Tensor histogramOf(Tensor flat, Tensor weights, long volume, long[] nbin, int dims) {
        Tensor full;
        if (weights == null) {
            try (Tensor counts = Binning.bincount(flat, volume)) {
                full = counts.astype(DType.FLOAT64);
            }
        } else {
            try (Tensor w = Elementwise.contiguous("histogramdd", weights, DType.FLOAT64)) {
                full = keyedSums(flat, w, volume);
            }
        }
        try (full; Tensor shaped = full.reshape(nbin)) {
            Tensor core = shaped;
            List<Tensor> views = new ArrayList<>();
            try {
                for (int i = 0; i < dims; i++) {
                    core = core.slice(i, 1, nbin[i] - 1, 1);
                    views.add(core);
                }
                return core.copy();
            } finally {
                views.forEach(Tensor::close);
            }
        }
    }

    /** NumPy's density: hist divided by each dimension's widths in turn, then by the total. */
    private static Tensor densityOf(Tensor hist, List<Tensor> edges, long[] nbin) {
        try (Tensor total = Reductions.reduce(ReduceOp.SUM, hist, null, false, 0, "histogramdd")) {
            Tensor current = hist;
            for (int i = 0; i < edges.size(); i++) {
                long[] shape = new long[nbin.length];
                Arrays.fill(shape, 1);
                shape[i] = nbin[i] - 2;
                try (Tensor w = widths(edges.get(i)); Tensor shaped = w.reshape(shape); Tensor previous = current) {
                    current = Elementwise.binary(BinaryOp.DIVIDE, Arg.of(previous), Arg.of(shaped), null, null);
                }
            }
            try (Tensor previous = current) {
                return Elementwise.binary(BinaryOp.DIVIDE, Arg.of(previous), Arg.of(total), null, null);
            }
        }
    }
}
