package io.jtensor;

import io.jtensor.Elementwise.Arg;
import io.jtensor.op.BinaryOp;
import io.jtensor.op.ReduceOp;
import io.jtensor.op.UnaryOp;

import java.util.List;
import java.util.Objects;

/**
 * {@code np.cov} and {@code np.corrcoef} (no frequency or analytic weights), composed of a mean,
 * a subtraction and one matrix product in the order NumPy's Python code runs them; always float64,
 * as NumPy's {@code result_type(m, float64)} is for bool, integer, float32 and float64 input.
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
        Objects.requireNonNull(m, name + ": m is null");
        m.checkOpen(name);
        if (y != null) {
            y.checkOpen(name);
            Elementwise.commonBackend(name, List.of(m, y));
        }
        try (Tensor x = observations(name, "m", m, rowvar, m.ndim() != 1)) {
            if (x.shape()[0] == 0) {
                // NumPy returns before it looks at y
                return Tensor.allocate(m.backend(), DType.FLOAT64, new long[] {0, 0});
            }
            if (y == null) {
                return covariance(name, x, ddof, bias);
            }
            try (Tensor both = joined(name, x, y, rowvar)) {
                return covariance(name, both, ddof, bias);
            }
        }
    }

    /** The covariance of the variables in the rows of the float64 matrix {@code both}. */
    private static Tensor covariance(String name, Tensor both, Integer ddof, boolean bias) {
        long count = both.shape()[1];
        double fact = count - (ddof != null ? ddof : bias ? 0 : 1);
        try (Tensor mean = Reductions.reduce(ReduceOp.MEAN, both, new int[] {1}, true, 0, name);
             Tensor centred = Elementwise.binary(BinaryOp.SUBTRACT, Arg.of(both), Arg.of(mean), null, null);
             Tensor transposed = centred.T();
             Tensor product = LinearAlgebra.matmul(centred, transposed);
             // NumPy warns "Degrees of freedom <= 0" and divides by 0 (a product by infinity)
             Tensor scaled = Elementwise.binary(BinaryOp.MULTIPLY, Arg.of(product),
                     Arg.of(1 / Math.max(fact, 0.0)), null, null)) {
            return scaled.squeeze();
        }
    }

    /**
     * The correlation coefficients {@code cov[i][j] / sqrt(cov[i][i] cov[j][j])}, clipped to
     * [-1, 1]; a single variable gives {@code c / c} (1, or NaN for a constant one).
     */
    static Tensor corrcoef(Tensor x, Tensor y, boolean rowvar) {
        try (Tensor c = cov("corrcoef", x, y, rowvar, false, null)) {
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

    /** t as float64 with at least 2 dimensions, variables as rows. */
    private static Tensor observations(String name, String what, Tensor t, boolean rowvar, boolean transpose) {
        if (t.ndim() > 2) {
            throw new IllegalArgumentException(name + ": " + what + " has more than 2 dimensions (shape "
                    + Shape.toString(t.shape()) + "); pass 1-d or 2-d data");
        }
        long[] shape = t.ndim() == 2 ? t.shape() : new long[] {1, t.ndim() == 1 ? t.shape()[0] : 1};
        try (Tensor floats = t.astype(DType.FLOAT64); Tensor matrix = floats.reshape(shape);
             Tensor variables = !rowvar && transpose ? matrix.T() : matrix.reshape(shape)) {
            return variables.copy();
        }
    }

    /** x with y's variables appended as rows; both must have the same number of observations. */
    private static Tensor joined(String name, Tensor x, Tensor y, boolean rowvar) {
        try (Tensor ys = observations(name, "y", y, rowvar, y.ndim() == 2 && y.shape()[0] != 1)) {
            if (ys.shape()[1] != x.shape()[1]) {
                throw new IllegalArgumentException(name + ": m has " + x.shape()[1] + " observations and y has "
                        + ys.shape()[1] + " (variables as " + (rowvar ? "rows" : "columns")
                        + "); they must have the same number");
            }
            return Joining.concatenate(name, new Tensor[] {x, ys}, 0, null);
        }
    }
}
