package io.jtensor;

import io.jtensor.internal.Axes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * {@code np.linalg.tensorinv} and {@code np.linalg.tensorsolve}: a tensor read as a square matrix
 * (its leading axes as rows, the rest as columns), inverted or solved on the host by
 * {@link HostLinearAlgebra}'s LU, and the result given the tensor's axes back.
 */
final class TensorEquations {

    private TensorEquations() {
    }

    /** The inverse of a with respect to {@code tensordot(..., ind)}: shape a.shape[ind:] + a.shape[:ind]. */
    static Tensor tensorinv(Tensor a, int ind) {
        Objects.requireNonNull(a, "tensorinv: a is null");
        a.checkOpen("tensorinv");
        long[] shape = a.shape();
        if (ind <= 0) {
            throw new IllegalArgumentException("tensorinv: ind must be positive, got " + ind + " for a of shape "
                    + Shape.toString(shape));
        }
        if (Shape.size(shape) == 0) {
            // NumPy's a.reshape(prod(shape[ind:]), -1) refuses size 0 with no rows, inv a non-square (k, 0)
            throw new LinAlgException("tensorinv: a of shape " + Shape.toString(shape)
                    + " is empty; NumPy's tensorinv refuses every empty tensor");
        }
        int split = Math.min(ind, shape.length);
        long[] tail = Arrays.copyOfRange(shape, split, shape.length);
        long rows = Shape.size(tail);
        long columns = Shape.size(Arrays.copyOf(shape, split));
        if (rows != columns) {
            throw new LinAlgException("tensorinv: a of shape " + Shape.toString(shape) + " read with ind=" + ind
                    + " is a " + rows + "x" + columns + " matrix; it must be square"
                    + " (the product of shape[ind:] must equal the product of shape[:ind])");
        }
        long[] inverseShape = new long[shape.length];
        System.arraycopy(tail, 0, inverseShape, 0, tail.length);
        System.arraycopy(shape, 0, inverseShape, tail.length, split);
        try (Tensor matrix = a.reshape(rows, columns); Tensor inverse = HostLinearAlgebra.inv("tensorinv", matrix)) {
            return inverse.reshape(inverseShape);
        }
    }

    /**
     * The x of {@code tensordot(a, x, x.ndim) == b}; axes (may be null) are moved to the end of a first.
     * x has shape a.shape[b.ndim:] (after the move).
     */
    static Tensor tensorsolve(Tensor a, Tensor b, int[] axes) {
        Elementwise.checkPair("tensorsolve", a, b);
        int an = a.ndim();
        List<Tensor> temporaries = new ArrayList<>();
        try {
            Tensor moved = a;
            if (axes != null) {
                List<Integer> order = new ArrayList<>();
                for (int d = 0; d < an; d++) {
                    order.add(d);
                }
                for (int axis : axes) {
                    int normalized = Axes.normalize("tensorsolve", axis, an);
                    if (!order.remove(Integer.valueOf(normalized))) {
                        throw new IllegalArgumentException("tensorsolve: axis " + axis + " given twice in "
                                + Arrays.toString(axes));
                    }
                    order.add(normalized);
                }
                moved = a.transpose(order.stream().mapToInt(Integer::intValue).toArray());
                temporaries.add(moved);
            }
            long[] shape = moved.shape();
            // NumPy's a.shape[-(an - b.ndim):], Python's slice arithmetic included: the whole shape
            // when b has as many axes as a (then only a 1-element a passes the size check below)
            int bn = b.ndim();
            int first = an > bn ? bn : an == bn ? 0 : Math.min(bn - an, an);
            long[] solutionShape = Arrays.copyOfRange(shape, first, shape.length);
            long n = Shape.size(solutionShape);
            if (moved.size() != n * n) {
                throw new LinAlgException("tensorsolve: a of shape " + Shape.toString(shape) + " and b of shape "
                        + Shape.toString(b.shape()) + " must satisfy prod(a.shape[b.ndim:]) == prod(a.shape[:b.ndim])");
            }
            Tensor matrix = moved.reshape(n, n);
            temporaries.add(matrix);
            Tensor vector = b.reshape(b.size());
            temporaries.add(vector);
            try (Tensor x = HostLinearAlgebra.solve("tensorsolve", matrix, vector)) {
                return x.reshape(solutionShape);
            }
        } finally {
            temporaries.forEach(Tensor::close);
        }
    }
}
