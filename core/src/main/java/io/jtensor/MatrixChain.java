package io.jtensor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code np.linalg.multi_dot}: the product of a chain of matrices, multiplied in the order with the
 * fewest scalar multiplications. Three matrices choose between (AB)C and A(BC) by NumPy's cost
 * formula; longer chains use its dynamic program (Cormen's matrix-chain order), ties resolved as
 * NumPy's (the first split with the strictly lowest cost), so the products, and their rounding,
 * are NumPy's.
 */
final class MatrixChain {

    private MatrixChain() {
    }

    static Tensor multiDot(Tensor... arrays) {
        Objects.requireNonNull(arrays, "multiDot: arrays is null");
        if (arrays.length < 2) {
            throw new IllegalArgumentException("multiDot: needs at least 2 arrays, got " + arrays.length);
        }
        for (int i = 0; i < arrays.length; i++) {
            Objects.requireNonNull(arrays[i], "multiDot: array " + i + " is null");
            arrays[i].checkOpen("multiDot");
        }
        Elementwise.commonBackend("multiDot", List.of(arrays));
        if (arrays.length == 2) {
            return LinearAlgebra.dot(arrays[0], arrays[1]);
        }
        int n = arrays.length;
        boolean firstVector = arrays[0].ndim() == 1;
        boolean lastVector = arrays[n - 1].ndim() == 1;
        List<Tensor> views = new ArrayList<>();
        try {
            Tensor[] matrices = arrays.clone();
            if (firstVector) {
                matrices[0] = keep(views, arrays[0].reshape(1, arrays[0].shape()[0]));
            }
            if (lastVector) {
                matrices[n - 1] = keep(views, arrays[n - 1].reshape(arrays[n - 1].shape()[0], 1));
            }
            for (int i = 0; i < n; i++) {
                if (matrices[i].ndim() != 2) {
                    throw new LinAlgException("multiDot: array " + i + " is " + matrices[i].ndim()
                            + "-d (shape " + Shape.toString(arrays[i].shape()) + "); every array must be 2-d,"
                            + " except that the first and the last may be 1-d");
                }
            }
            for (int i = 0; i + 1 < n; i++) {
                if (matrices[i].shape()[1] != matrices[i + 1].shape()[0]) {
                    throw new IllegalArgumentException("multiDot: shapes do not chain: array " + i + " has shape "
                            + Shape.toString(arrays[i].shape()) + " and array " + (i + 1) + " has shape "
                            + Shape.toString(arrays[i + 1].shape())
                            + " (a 1-d first array is a row, a 1-d last array a column)");
                }
            }
            Tensor result = n == 3 ? three(matrices) : chain(matrices, order(matrices), 0, n - 1);
            if (!firstVector && !lastVector) {
                return result;
            }
            try (result) {
                return firstVector && lastVector ? result.reshape() : result.reshape(result.size());
            }
        } finally {
            views.forEach(Tensor::close);
        }
    }

    /**
     * {@code np.linalg.multi_dot(arrays, out=out)}: the product written into out, which must be a
     * C-contiguous tensor of the result's type and shape (see {@link LinearAlgebra#intoExactOut}).
     */
    static Tensor multiDot(Tensor[] arrays, Tensor out) {
        Objects.requireNonNull(out, "multiDot: out is null");
        out.checkOpen("multiDot");
        try (Tensor result = multiDot(arrays)) {
            return LinearAlgebra.intoExactOut("multiDot", result, out);
        }
    }

    private static Tensor keep(List<Tensor> views, Tensor view) {
        views.add(view);
        return view;
    }

    private static Tensor three(Tensor[] m) {
        long a0 = m[0].shape()[0];
        long a1b0 = m[0].shape()[1];
        long b1c0 = m[2].shape()[0];
        long c1 = m[2].shape()[1];
        long leftFirst = a0 * b1c0 * (a1b0 + c1);
        long rightFirst = a1b0 * c1 * (a0 + b1c0);
        if (leftFirst < rightFirst) {
            try (Tensor ab = LinearAlgebra.dot(m[0], m[1])) {
                return LinearAlgebra.dot(ab, m[2]);
            }
        }
        try (Tensor bc = LinearAlgebra.dot(m[1], m[2])) {
            return LinearAlgebra.dot(m[0], bc);
        }
    }

    /** split[i][j]: where the optimal product of matrices i..j splits; costs in double, as NumPy's. */
    private static int[][] order(Tensor[] m) {
        int n = m.length;
        double[] p = new double[n + 1];
        for (int i = 0; i < n; i++) {
            p[i] = m[i].shape()[0];
        }
        p[n] = m[n - 1].shape()[1];
        double[][] cost = new double[n][n];
        int[][] split = new int[n][n];
        for (int length = 1; length < n; length++) {
            for (int i = 0; i < n - length; i++) {
                int j = i + length;
                cost[i][j] = Double.POSITIVE_INFINITY;
                for (int k = i; k < j; k++) {
                    double q = cost[i][k] + cost[k + 1][j] + p[i] * p[k + 1] * p[j + 1];
                    if (q < cost[i][j]) {
                        cost[i][j] = q;
                        split[i][j] = k;
                    }
                }
            }
        }
        return split;
    }

    private static Tensor chain(Tensor[] m, int[][] split, int i, int j) {
        if (i == j) {
            return m[i].reshape(m[i].shape());
        }
        try (Tensor left = chain(m, split, i, split[i][j]); Tensor right = chain(m, split, split[i][j] + 1, j)) {
            return LinearAlgebra.dot(left, right);
        }
    }
}
