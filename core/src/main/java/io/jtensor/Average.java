package io.jtensor;

/**
 * The pair {@code np.average(x, ..., returned=True)} returns: the average and the sum of the
 * weights over the same axes, broadcast to the average's shape in its type (without weights: the
 * number of elements averaged into each). {@code sumOfWeights} is null when the average was asked
 * for without {@code returned}. Closing the pair closes both tensors.
 *
 * <pre>{@code
 * try (Average a = Np.average(array(new double[] {1, 2, 3}), null, array(new double[] {3, 1, 0}), true, false)) {
 *     a.average();        // 1.25
 *     a.sumOfWeights();   // 4.0
 * }
 * }</pre>
 *
 * @param average      the (weighted) mean
 * @param sumOfWeights the sum of the weights of each average, or null
 */
public record Average(Tensor average, Tensor sumOfWeights) implements AutoCloseable {

    /** Closes the average and the sum of the weights (when present). */
    @Override
    public void close() {
        try (Tensor total = sumOfWeights) {
            average.close();
        }
    }
}
