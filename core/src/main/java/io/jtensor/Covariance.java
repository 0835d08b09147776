package io.jtensor;

import io.jtensor.Elementwise.Arg;
import io.jtensor.op.BinaryOp;
import io.jtensor.op.ReduceOp;
import io.jtensor.op.UnaryOp;

import java.util.List;
import java.util.Objects;

/**
 * {@code np.cov} (with frequency and analytic weights) and {@code np.corrcoef}, composed of a
 * (weighted) mean, a subtraction and one matrix product in the order NumPy's Python code runs
 * them; float64 by default, as NumPy's {@code result_type(m, float64)} is for bool, integer,
 * float32 and float64 input, else in {@code dtype} (float64 again once weights multiply in).
 */
final class Covariance {

    private Covariance() {
    }

    /**
     * The covariance matrix of the variables in m (and y): rows are variables when
     * {@code rowvar}, else columns; normalised by N - ddof ({@code ddof} null: 1, or 0 when
     * {@code bias}). A single variable gives a 0-d result, as NumPy's squeeze does.
     */
    static Tensor cov(String name, Tensor m, Tensor y, boolean rowvar, boolean bias, Integer ddof) {
        return cov(name, m, y, rowvar, bias, ddof, null, null, null);
    }

    /**
     * {@code np.cov(m, y, rowvar, bias, ddof, fweights, aweights, dtype)}: the weights (nullable,
     * 1-d, one per observation) multiply into w, the mean is w's weighted average and the
     * normalisation NumPy's {@code fact}; a null dtype is float64.
     */
    static Tensor cov(String name, Tensor m, Tensor y, boolean rowvar, boolean bias, Integer ddof, Tensor fweights,
                      Tensor aweights, DType dtype) {
        Objects.requireNonNull(m, name + ": m is null");
        m.checkOpen(name);
        List<Tensor> operands = new java.util.ArrayList<>(List.of(m));
        for (Tensor t : new Tensor[] {y, fweights, aweights}) {
            if (t != null) {
                t.checkOpen(name);
                operands.add(t);
            }
        }
        Elementwise.commonBackend(name, operands);
        DType type = dtype == null ? DType.FLOAT64 : dtype;
        if (!type.isFloatingPoint()) {
            throw new IllegalArgumentException(name + ": dtype must be a floating type, got " + type
                    + " (NumPy cannot subtract the float mean in place)");
        }
        try (Tensor x = observations(name, "m", m, rowvar, m.ndim() != 1, type)) {
            if (x.shape()[0] == 0) {
                // NumPy returns before it looks at y or the weights
                return Tensor.allocate(m.backend(), DType.FLOAT64, new long[] {0, 0});
            }
            if (y == null) {
                return covariance(name, x, ddof, bias, fweights, aweights);
            }
            try (Tensor both = joined(name, x, y, rowvar, type)) {
                return covariance(name, both, ddof, bias, fweights, aweights);
            }
        }
    }

    /** The covariance of the variables in the rows of the floating matrix {@code both}. */
    private static Tensor covariance(String name, Tensor both, Integer ddof, boolean bias, Tensor fweights,
                                     Tensor aweights) {
        long count = both.shape()[1];
        int delta = ddof != null ? ddof : bias ? 0 : 1;
        double[] frequencies = weights(name, "fweights", fweights, count, true);
        double[] analytic = weights(name, "aweights", aweights, count, false);
        if (frequencies == null && analytic == null) {
            double fact = count - delta;
            try (Tensor mean = Reductions.reduce(ReduceOp.MEAN, both, new int[] {1}, true, 0, name);
                 Tensor centred = Elementwise.binary(BinaryOp.SUBTRACT, Arg.of(both), Arg.of(mean), null, null);
                 Tensor transposed = centred.T();
                 Tensor product = LinearAlgebra.matmul(centred, transposed)) {
                return scaled(product, fact);
            }
        }
        double[] w = frequencies == null ? analytic : frequencies;
        if (frequencies != null && analytic != null) {
            for (int i = 0; i < w.length; i++) {
                w[i] *= analytic[i];
            }
        }
        try (Temporaries t = new Temporaries()) {
            Tensor weights = t.add(Creation.fromDoubles(both.backend(), w, new long[] {1, count}));
            double sum = t.add(Reductions.reduce(ReduceOp.SUM, weights, null, false, 0, name)).item();
            if (sum == 0) {
                throw new IllegalArgumentException(name + ": the weights sum to zero, they cannot be normalized");
            }
            double fact;
            if (delta == 0) {
                fact = sum;
            } else if (analytic == null) {
                fact = sum - delta;
            } else {
                // NumPy's Python sum(w * aweights): left to right
                double products = 0;
                for (int i = 0; i < w.length; i++) {
                    products += w[i] * analytic[i];
                }
                fact = sum - delta * products / sum;
            }
            Tensor weighted = t.add(Elementwise.binary(BinaryOp.MULTIPLY, Arg.of(both), Arg.of(weights), null, null));
            Tensor totals = t.add(Reductions.reduce(ReduceOp.SUM, weighted, new int[] {1}, true, 0, name));
            Tensor mean = t.add(Elementwise.binary(BinaryOp.DIVIDE, Arg.of(totals), Arg.of(sum), null, null));
            Tensor deviations = t.add(Elementwise.binary(BinaryOp.SUBTRACT, Arg.of(both), Arg.of(mean), null, null));
            // NumPy's X -= avg stores the float64 deviations in X's type
            Tensor centred = t.add(deviations.astype(both.dtype()));
            Tensor wide = t.add(centred.astype(DType.FLOAT64));
            Tensor scaledRows = t.add(Elementwise.binary(BinaryOp.MULTIPLY, Arg.of(wide), Arg.of(weights), null, null));
            Tensor product = t.add(LinearAlgebra.matmul(wide, t.add(scaledRows.T())));
            return scaled(product, fact);
        }
    }

    /** {@code c * (1 / fact)} squeezed; NumPy warns "Degrees of freedom <= 0" and takes fact 0 (a product by infinity). */
    private static Tensor scaled(Tensor product, double fact) {
        try (Tensor scaled = Elementwise.binary(BinaryOp.MULTIPLY, Arg.of(product),
                Arg.of(1 / (fact <= 0 ? 0.0 : fact)), null, null)) {
            return scaled.squeeze();
        }
    }

    /**
     * The weights as float64 on the host, checked as NumPy checks them (in its order): integral
     * for frequencies, 1-d, one per observation, none negative; null when {@code weights} is null.
     */
    private static double[] weights(String name, String what, Tensor weights, long count, boolean frequencies) {
        if (weights == null) {
            return null;
        }
        weights.checkOpen(name);
        double[] w = weights.toDoubleArray();
        if (frequencies) {
            for (double v : w) {
                if (v != Math.rint(v)) {
                    throw new IllegalArgumentException(name + ": fweights must be integer, got " + v);
                }
            }
        }
        if (weights.ndim() > 1) {
            throw new IllegalArgumentException(name + ": cannot handle multidimensional " + what + " (shape "
                    + Shape.toString(weights.shape()) + "); pass one weight per observation");
        }
        if (weights.ndim() == 0 || w.length != count) {
            throw new IllegalArgumentException(name + ": incompatible numbers of samples (" + count + ") and " + what
                    + " (shape " + Shape.toString(weights.shape()) + ")");
        }
        for (double v : w) {
            if (v < 0) {
                throw new IllegalArgumentException(name + ": " + what + " cannot be negative, got " + v);
            }
        }
        return w;
    }

    /**
     * The correlation coefficients {@code cov[i][j] / sqrt(cov[i][i] cov[j][j])}, clipped to
     * [-1, 1]; a single variable gives {@code c / c} (1, or NaN for a constant one).
     */
    static Tensor corrcoef(Tensor x, Tensor y, boolean rowvar, DType dtype) {
        try (Tensor c = cov("corrcoef", x, y, rowvar, false, null, null, null, dtype)) {
            if (c.ndim() == 0) {
                return Elementwise.binary(BinaryOp.DIVIDE, Arg.of(c), Arg.of(c), null, null);
            }
            long n = c.shape()[0];
            try (Tensor flat = c.reshape(-1);
                 Tensor positions = Creation.generateIntegers(c.backend(), DType.INT64, new long[] {n}, i -> i * (n + 1));
                 Tensor variances = Indexing.take(flat, positions, null);
                 Tensor deviations = Elementwise.unary(UnaryOp.SQRT, variances, null, null);
                 Tensor column = deviations.reshape(n, 1);
                 Tensor row = deviations.reshape(1, n);
                 Tensor byRow = Elementwise.binary(BinaryOp.DIVIDE, Arg.of(c), Arg.of(column), null, null);
                 Tensor both = Elementwise.binary(BinaryOp.DIVIDE, Arg.of(byRow), Arg.of(row), null, null)) {
                return Clipping.clip(both, Arg.of(-1.0), Arg.of(1.0), null);
            }
        }
    }

    /** t as {@code type} with at least 2 dimensions, variables as rows. */
    private static Tensor observations(String name, String what, Tensor t, boolean rowvar, boolean transpose,
                                       DType type) {
        if (t.ndim() > 2) {
            throw new IllegalArgumentException(name + ": " + what + " has more than 2 dimensions (shape "
                    + Shape.toString(t.shape()) + "); pass 1-d or 2-d data");
        }
        long[] shape = t.ndim() == 2 ? t.shape() : new long[] {1, t.ndim() == 1 ? t.shape()[0] : 1};
        try (Tensor floats = t.astype(type); Tensor matrix = floats.reshape(shape);
             Tensor variables = !rowvar && transpose ? matrix.T() : matrix.reshape(shape)) {
            return variables.copy();
        }
    }

    /** x with y's variables appended as rows; both must have the same number of observations. */
    private static Tensor joined(String name, Tensor x, Tensor y, boolean rowvar, DType type) {
        try (Tensor ys = observations(name, "y", y, rowvar, y.ndim() == 2 && y.shape()[0] != 1, type)) {
            if (ys.shape()[1] != x.shape()[1]) {
                throw new IllegalArgumentException(name + ": m has " + x.shape()[1] + " observations and y has "
                        + ys.shape()[1] + " (variables as " + (rowvar ? "rows" : "columns")
                        + "); they must have the same number");
            }
            return Joining.concatenate(name, new Tensor[] {x, ys}, 0, null);
        }
    }
}
