package io.jtensor;

import java.util.Arrays;

/**
 * Index arrays derived from a tensor ({@code numpy/lib/_index_tricks_impl.py} and
 * {@code _twodim_base_impl.py}): {@code diag_indices_from}, {@code tril_indices_from},
 * {@code triu_indices_from} (with NumPy's shape checks, on the tensor's backend) and {@code ix_}
 * (open-mesh views of its inputs).
 */
final class IndicesFrom {

    private IndicesFrom() {
    }

    /** {@code np.diag_indices_from(a)}: a must be at least 2-d with all dimensions equal. */
    static Tensor[] diagIndicesFrom(Tensor a) {
        String name = "diagIndicesFrom";
        check(name, a);
        if (a.ndim() < 2) {
            throw new IllegalArgumentException(name + ": input array must be at least 2-d, got shape "
                    + Arrays.toString(a.shape()));
        }
        long[] shape = a.shape();
        for (long d : shape) {
            if (d != shape[0]) {
                throw new IllegalArgumentException(name + ": all dimensions of input must be of equal length, got shape "
                        + Arrays.toString(shape));
            }
        }
        return IndexArrays.diagIndices(a.backend(), shape[0], a.ndim());
    }

    /** {@code np.tril_indices_from(a, k)} / {@code np.triu_indices_from(a, k)}: a must be 2-d. */
    static Tensor[] triangleIndicesFrom(Tensor a, long k, boolean lower) {
        String name = lower ? "trilIndicesFrom" : "triuIndicesFrom";
        check(name, a);
        if (a.ndim() != 2) {
            throw new IllegalArgumentException(name + ": input array must be 2-d, got shape " + Arrays.toString(a.shape()));
        }
        return IndexArrays.triangleIndices(a.backend(), a.shape(0), k, a.shape(1), lower);
    }

    /**
     * {@code np.ix_(*seqs)}: sequence k reshaped to (1, .., n_k, .., 1); a bool sequence stands for
     * its nonzero positions; others are views. (NumPy casts an empty Python sequence to intp, but
     * keeps an empty ndarray's type, as here.)
     */
    static Tensor[] ix(Tensor... seqs) {
        String name = "ix";
        if (seqs == null) {
            throw new IllegalArgumentException(name + ": seqs is null");
        }
        int nd = seqs.length;
        Tensor[] result = new Tensor[nd];
        try {
            for (int k = 0; k < nd; k++) {
                Tensor seq = seqs[k];
                check(name, seq);
                if (seq.ndim() != 1) {
                    throw new IllegalArgumentException(name + ": cross index must be 1 dimensional, sequence " + k
                            + " has shape " + Arrays.toString(seq.shape()));
                }
                Tensor line;
                if (seq.dtype() == DType.BOOL) {
                    Tensor[] positions = Np.nonzero(seq);
                    line = positions[0];
                } else {
                    line = seq;
                }
                long[] shape = new long[nd];
                Arrays.fill(shape, 1);
                shape[k] = line.size();
                result[k] = line.reshape(shape);
                if (line != seq) {
                    line.close();
                }
            }
            return result;
        } catch (RuntimeException | Error e) {
            Temporaries.closeBuilt(result);
            throw e;
        }
    }

    private static void check(String name, Tensor a) {
        if (a == null) {
            throw new IllegalArgumentException(name + ": the tensor is null");
        }
    }
}
