package io.jtensor;

import java.util.List;

/**
 * The contraction order {@link Np#einsumPath} chose, as {@code np.einsum_path} returns it: the path
 * (each step the positions, in the current operand list, of the operands contracted together; the
 * result goes to the end of the list) and NumPy's printed report of the steps, scaling and FLOP
 * counts.
 *
 * <pre>{@code
 * EinsumPath p = Np.einsumPath("ij,jk,kl->il", "greedy", a, b, c);
 * p.path();     // [[1, 2], [0, 1]]: np.einsum_path's ['einsum_path', (1, 2), (0, 1)]
 * p.report();   // "  Complete contraction:  ij,jk,kl->il\n         Naive scaling:  4 ..."
 * }</pre>
 *
 * @param path   the steps, each the list of operand positions contracted
 * @param report NumPy's text, line for line
 */
public record EinsumPath(List<List<Integer>> path, String report) {

    /** Freezes the lists. */
    public EinsumPath {
        path = path.stream().map(List::copyOf).toList();
    }
}
