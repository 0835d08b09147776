package io.jtensor;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * {@code np.meshgrid}: input i, flattened, is viewed along its own axis of the grid and, for the
 * full copied grids, broadcast into a new tensor of the grid's shape by one COPY; sparse or
 * uncopied grids are views, as NumPy's.
 */
final class Gridding {

    private Gridding() {
    }

    /** {@code np.meshgrid(*xs, indexing)}: full, copied grids. */
    static Tensor[] meshgrid(Tensor[] xs, String indexing) {
        return meshgrid(xs, indexing, false, true);
    }

    /**
     * {@code np.meshgrid(*xs, indexing, sparse, copy)} as NumPy's code: input i (flattened) viewed
     * along its axis of the grid (1 elsewhere), broadcast to the grid's shape unless sparse, and
     * copied when copy (else the views: the broadcast ones read-only). With "ij" the grid's shape
     * is (n0, n1, ..., nk), with "xy" the first two axes are exchanged, (n1, n0, ..., nk).
     */
    static Tensor[] meshgrid(Tensor[] xs, String indexing, boolean sparse, boolean copy) {
        Objects.requireNonNull(xs, "meshgrid: xs is null");
        List<Tensor> inputs = xs.length == 0 ? List.of() : Joining.checkedInputs("meshgrid", xs, "grid");
        checkIndexing(indexing);
        if (inputs.isEmpty()) {
            return new Tensor[0];
        }
        var backend = Elementwise.commonBackend("meshgrid", inputs);
        int ndim = inputs.size();
        boolean cartesian = indexing.equals("xy") && ndim > 1;
        long[] shape = new long[ndim];
        for (int i = 0; i < ndim; i++) {
            shape[axisOf(i, cartesian)] = inputs.get(i).size();
        }
        Shape.size("meshgrid", shape);
        Tensor[] grids = new Tensor[ndim];
        try {
            for (int i = 0; i < ndim; i++) {
                Tensor x = inputs.get(i);
                long[] along = new long[ndim];
                Arrays.fill(along, 1);
                along[axisOf(i, cartesian)] = x.size();
                if (!sparse && copy) {
                    // one COPY into a new tensor of the grid's shape
                    grids[i] = Tensor.allocateUninitialized(backend, x.dtype, shape);
                    if (grids[i].size() > 0) {
                        try (Tensor line = x.reshape(along)) {
                            Elementwise.copyInto("meshgrid", line, grids[i]);
                        }
                    }
                    continue;
                }
                grids[i] = x.reshape(along);
                if (!sparse) {
                    grids[i] = replaced(grids[i], grids[i].broadcastTo(shape));
                }
                if (copy) {
                    grids[i] = replaced(grids[i], grids[i].copy());
                }
            }
            return grids;
        } catch (RuntimeException | Error e) {
            Temporaries.closeBuilt(grids);
            throw e;
        }
    }

    /** next, after closing the view it was made from. */
    private static Tensor replaced(Tensor view, Tensor next) {
        view.close();
        return next;
    }

    private static void checkIndexing(String indexing) {
        if (!"xy".equals(indexing) && !"ij".equals(indexing)) {
            throw new IllegalArgumentException("meshgrid: indexing must be \"xy\" or \"ij\", got "
                    + (indexing == null ? "null" : "\"" + indexing + "\""));
        }
    }

    /** Input i's axis of the grid: "xy" exchanges the first two. */
    private static int axisOf(int i, boolean cartesian) {
        return cartesian && i < 2 ? 1 - i : i;
    }
}
