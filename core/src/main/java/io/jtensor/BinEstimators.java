package io.jtensor;

import io.jtensor.Elementwise.Arg;
import io.jtensor.op.BinaryOp;
import io.jtensor.op.ReduceOp;

import java.math.BigInteger;
import java.util.List;

/**
 * NumPy's bin-width estimators for {@code histogram(x, bins="auto")} and friends
 * ({@code np.lib._histograms_impl._hist_bin_*}): the data's extremes, standard deviation, mean,
 * quartiles and skew are reduced on x's backend and brought to the host as scalars; the width
 * formulas and the count {@code ceil(range / width)} are then evaluated on the host in the types
 * NumPy evaluates them in (float32 scalars for float32 data where NumPy's weak Python floats keep
 * them float32: rice, scott and stone's widths; fd's quartiles are float64 as NumPy's percentile of
 * a list), so the number of bins, and hence the edges, are NumPy's.
 */
final class BinEstimators {

    static final List<String> NAMES = List.of("auto", "fd", "doane", "scott", "stone", "rice", "sturges", "sqrt");

    private BinEstimators() {
    }

    /** A width and whether NumPy holds it as a float32 scalar. */
    private record Width(double value, boolean single) {
    }

    static void check(String name, String estimator) {
        if (estimator == null) {
            throw new IllegalArgumentException(name + ": bins estimator is null (valid: " + String.join(", ", NAMES) + ")");
        }
        if (!NAMES.contains(estimator)) {
            throw new IllegalArgumentException(name + ": \"" + estimator + "\" is not a valid estimator for bins (valid: "
                    + String.join(", ", NAMES) + ")");
        }
    }

    /** The number of equal-width bins estimator picks for x (trimmed to range when given). */
    static long binCount(String name, String estimator, Tensor x, double[] range) {
        Binning.Outer outer = Binning.outerEdges(name, x, range);
        Tensor data = trimmed(name, x, range, outer);
        try (data) {
            long n = data.size();
            if (n == 0) {
                return 1;
            }
            Width width = estimator.equals("stone") ? stone(name, data, n, outer) : width(estimator, data, n);
            if (width.value() == 0) {
                return 1;
            }
            boolean integral = !x.dtype.isFloatingPoint();
            if (integral && width.value() < 1) {
                width = new Width(1, false);
            }
            Width delta = delta(x, outer);
            double count = delta.single() && width.single()
                    ? Math.ceil((float) delta.value() / (float) width.value())
                    : Math.ceil(delta.value() / width.value());
            if (!(count < Integer.MAX_VALUE - 8)) {
                throw new IllegalArgumentException(name + ": the \"" + estimator + "\" estimator asks for " + count
                        + " bins, more than the edges a Java array holds");
            }
            return (long) count;
        }
    }

    /** x flattened, and with a range only the values in [first, last], as NumPy keeps for the estimate. */
    private static Tensor trimmed(String name, Tensor x, double[] range, Binning.Outer outer) {
        if (range == null) {
            return x.reshape(-1);
        }
        try (Tensor low = Elementwise.binary(BinaryOp.GREATER_EQUAL, Arg.of(x), Arg.of(outer.first()), null, null);
             Tensor high = Elementwise.binary(BinaryOp.LESS_EQUAL, Arg.of(x), Arg.of(outer.last()), null, null);
             Tensor keep = Elementwise.binary(BinaryOp.LOGICAL_AND, Arg.of(low), Arg.of(high), null, null)) {
            return Indexing.extract(keep, x);
        }
    }

    /**
     * NumPy's {@code _unsigned_subtract(last_edge, first_edge)}: float32 for float32 data whose
     * edges come from the data, the exact unsigned difference of integer extremes, else float64.
     */
    private static Width delta(Tensor x, Binning.Outer outer) {
        if (!outer.fromData()) {
            return new Width(outer.last() - outer.first(), false);
        }
        if (x.dtype == DType.FLOAT32) {
            return new Width((float) outer.last() - (float) outer.first(), true);
        }
        if (x.dtype.isFloatingPoint() || outer.first() != Math.rint(outer.first())) {
            // float64 data, or integer extremes that were equal and moved by 0.5 in float64
            return new Width(outer.last() - outer.first(), false);
        }
        long[] extremes = integerExtremes(x);
        return new Width(unsigned(extremes[1] - extremes[0]), false);
    }

    private static Width width(String estimator, Tensor data, long n) {
        return switch (estimator) {
            case "sqrt" -> sqrt(data, n);
            case "sturges" -> sturges(data, n);
            case "rice" -> rice(data, n);
            case "scott" -> scott(data, n);
            case "fd" -> fd(data, n);
            case "doane" -> doane(data, n);
            case "auto" -> auto(data, n);
            default -> throw new IllegalStateException("unchecked estimator " + estimator);
        };
    }

    private static Width sqrt(Tensor data, long n) {
        return new Width(ptp(data) / Math.sqrt(n), false);
    }

    private static Width sturges(Tensor data, long n) {
        return new Width(ptp(data) / (log2(n) + 1.0), false);
    }

    private static Width rice(Tensor data, long n) {
        double divisor = 2.0 * Math.pow(n, 1.0 / 3);
        return single(data) ? new Width((float) ptp(data) / (float) divisor, true) : new Width(ptp(data) / divisor, false);
    }

    private static Width scott(Tensor data, long n) {
        double factor = Math.pow(24.0 * Math.pow(Math.PI, 0.5) / n, 1.0 / 3.0);
        double std = std(data);
        return single(data) ? new Width((float) factor * (float) std, true) : new Width(factor * std, false);
    }

    /** NumPy's "fd": its percentile of a list of q is float64 even for float32 data, so the width is float64. */
    private static Width fd(Tensor data, long n) {
        double[] quartiles;
        try (Tensor values = Elementwise.contiguous("histogram", data, DType.FLOAT64);
             Tensor q = Np.percentile(values, new double[] {75, 25}, null, false)) {
            quartiles = q.toDoubleArray();
        }
        return new Width(2.0 * (quartiles[0] - quartiles[1]) * Math.pow(n, -1.0 / 3.0), false);
    }

    private static Width doane(Tensor data, long n) {
        if (n > 2) {
            double sg1 = Math.sqrt(6.0 * (n - 2) / ((n + 1.0) * (n + 3)));
            try (Tensor values = floating(data);
                 Tensor sigma = Reductions.std(values, null, false, 0)) {
                if (sigma.item() > 0.0) {
                    double g1;
                    try (Tensor mean = Reductions.reduce(ReduceOp.MEAN, values, null, false, 0, "histogram");
                         Tensor centred = Elementwise.binary(BinaryOp.SUBTRACT, Arg.of(values), Arg.of(mean), null, null);
                         Tensor scaled = Elementwise.binary(BinaryOp.DIVIDE, Arg.of(centred), Arg.of(sigma), null, null);
                         Tensor cubed = Elementwise.binary(BinaryOp.POWER, Arg.of(scaled), Arg.of(3L), null, null);
                         Tensor skew = Reductions.reduce(ReduceOp.MEAN, cubed, null, false, 0, "histogram")) {
                        g1 = skew.item();
                    }
                    return new Width(ptp(data) / (1.0 + log2(n) + log2(1.0 + Math.abs(g1) / sg1)), false);
                }
            }
        }
        return new Width(0.0, false);
    }

    /**
     * NumPy's "stone": the nbins in 1..max(100, floor(sqrt(n))) minimising the cross-validation
     * estimate (2 - (n + 1) sum p_k<sup>2</sup>) / (ptp / nbins), p_k the fraction of the data in
     * bin k of nbins equal bins over the outer edges (the first minimum, as Python's min); the
     * counts come from the backend, the score is evaluated on the host.
     */
    private static Width stone(String name, Tensor data, long n, Binning.Outer outer) {
        double ptp = ptp(data);
        if (n <= 1 || ptp == 0) {
            return new Width(0, false);
        }
        long upper = Math.max(100, (long) Math.sqrt(n));
        long best = 1;
        double bestScore = Double.POSITIVE_INFINITY;
        for (long bins = 1; bins <= upper; bins++) {
            long[] counts;
            try (Tensor edges = Binning.equalEdges(name, data, bins, outer, true);
                 Tensor values = Elementwise.contiguous(name, data, edges.dtype);
                 Tensor c = Binning.counts(values, edges)) {
                counts = c.toLongArray();
            }
            double sumOfSquares = 0;
            for (long count : counts) {
                double p = (double) count / n;
                sumOfSquares += p * p;
            }
            double binWidth = single(data) ? (float) ptp / (float) bins : ptp / bins;
            double score = (2 - (n + 1) * sumOfSquares) / binWidth;
            if (score < bestScore) {
                bestScore = score;
                best = bins;
            }
        }
        return single(data) ? new Width((float) ptp / (float) best, true) : new Width(ptp / best, false);
    }

    /** NumPy's "auto": min(max(fd, sqrt / 2), sturges), with Python's max/min keeping the first on ties. */
    private static Width auto(Tensor data, long n) {
        Width fd = fd(data, n);
        Width sturges = sturges(data, n);
        Width halfSqrt = new Width(sqrt(data, n).value() / 2, false);
        Width corrected = halfSqrt.value() > fd.value() ? halfSqrt : fd;
        return sturges.value() < corrected.value() ? sturges : corrected;
    }

    private static boolean single(Tensor data) {
        return data.dtype == DType.FLOAT32;
    }

    /** The data as NumPy's std and mean see it: its own floating type, integers as float64. */
    private static Tensor floating(Tensor data) {
        return Elementwise.contiguous("histogram", data, data.dtype.isFloatingPoint() ? data.dtype : DType.FLOAT64);
    }

    private static double std(Tensor data) {
        try (Tensor values = floating(data); Tensor s = Reductions.std(values, null, false, 0)) {
            return s.item();
        }
    }

    /** NumPy's {@code _ptp}: max - min in the data's type, unsigned (exact, then rounded to float64) for integers. */
    private static double ptp(Tensor data) {
        if (!data.dtype.isFloatingPoint()) {
            long[] extremes = integerExtremes(data);
            return unsigned(extremes[1] - extremes[0]);
        }
        try (Tensor min = Reductions.reduce(ReduceOp.MIN, data, null, false, 0, "histogram");
             Tensor max = Reductions.reduce(ReduceOp.MAX, data, null, false, 0, "histogram")) {
            return single(data) ? (float) max.item() - (float) min.item() : max.item() - min.item();
        }
    }

    private static long[] integerExtremes(Tensor x) {
        try (Tensor min = Reductions.reduce(ReduceOp.MIN, x, null, false, 0, "histogram");
             Tensor max = Reductions.reduce(ReduceOp.MAX, x, null, false, 0, "histogram");
             Tensor low = min.astype(DType.INT64); Tensor high = max.astype(DType.INT64)) {
            return new long[] {low.toLongArray()[0], high.toLongArray()[0]};
        }
    }

    /** An unsigned 64-bit difference as the nearest double, as NumPy's uint64 to float64 conversion. */
    private static double unsigned(long difference) {
        return difference >= 0 ? difference : new BigInteger(Long.toUnsignedString(difference)).doubleValue();
    }

    /** log2 of a count: exact for powers of two, as C's log2. */
    private static double log2(double v) {
        int exponent = Math.getExponent(v);
        if (v == Math.scalb(1.0, exponent)) {
            return exponent;
        }
        return Math.log(v) / Math.log(2.0);
    }
}
