package io.jtensor;

import io.jtensor.internal.Broadcast;

import java.util.Arrays;

/**
 * NumPy 2.2's gufuncs {@code matvec} ({@code (m,n),(n)->(m)}) and {@code vecmat}
 * ({@code (n),(n,m)->(m)}), composed as {@link LinearAlgebra#matmul} of the vector made a column
 * (a row) and that axis dropped: batches broadcast, the result type is matmul's.
 */
final class VectorProducts {

    private VectorProducts() {
    }

    /** {@code np.matvec(a, v)}. */
    static Tensor matvec(Tensor a, Tensor v) {
        check("matvec", a, v, true);
        try (Tensor column = v.expandDims(-1); Tensor product = Np.matmul(a, column)) {
            return product.select(product.ndim() - 1, 0);
        }
    }

    /** {@code np.vecmat(v, a)}: conj(v) @ a, a no-op conjugation for jtensor's real types. */
    static Tensor vecmat(Tensor v, Tensor a) {
        check("vecmat", a, v, false);
        try (Tensor row = v.expandDims(-2); Tensor product = Np.matmul(row, a)) {
            return product.select(product.ndim() - 2, 0);
        }
    }

    private static void check(String name, Tensor a, Tensor v, boolean matrixFirst) {
        if (a == null || v == null) {
            throw new IllegalArgumentException(name + ": an operand is null");
        }
        String signature = matrixFirst ? "(m,n),(n)->(m)" : "(n),(n,m)->(m)";
        if (a.ndim() < 2) {
            throw new IllegalArgumentException(name + ": the matrix operand has shape " + Arrays.toString(a.shape())
                    + " but needs at least 2 dimensions (signature " + signature + ")");
        }
        if (v.ndim() < 1) {
            throw new IllegalArgumentException(name + ": the vector operand is 0-d but needs at least 1 dimension "
                    + "(signature " + signature + ")");
        }
        long n = a.shape(matrixFirst ? a.ndim() - 1 : a.ndim() - 2);
        long k = v.shape(v.ndim() - 1);
        if (n != k) {
            throw new IllegalArgumentException(name + ": core dimension mismatch: the vector has " + k
                    + " elements, the matrix " + Arrays.toString(a.shape()) + " needs " + n + " (signature "
                    + signature + ")");
        }
        // the batch dimensions, checked here so that the message names this op rather than matmul
        long[] matrixBatch = Arrays.copyOf(a.shape(), a.ndim() - 2);
        long[] vectorBatch = Arrays.copyOf(v.shape(), v.ndim() - 1);
        Broadcast.shapes(name + " (batch dimensions)", matrixFirst ? new long[][] {matrixBatch, vectorBatch}
                : new long[][] {vectorBatch, matrixBatch});
    }
}
