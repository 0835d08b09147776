package io.jtensor.opencl;

import io.jtensor.Np;
import io.jtensor.Tensor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The kernels on a device whose work-groups hold only 16 items (as some embedded GPUs): a backend
 * capped at 16 runs reductions and softmax in groups of 16 and matmul in 4 x 4 tiles, on any device.
 */
class SmallWorkGroupTest {

    private static OpenClBackend small;

    @BeforeAll
    static void open() {
        small = new OpenClBackend(OpenClDevice.open(), 16);
    }

    @AfterAll
    static void close() {
        small = null;
    }

    private static double[] values(int n, int seed) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = ((i * 37 + seed * 11) % 23) - 11;
        }
        return v;
    }

    @Test
    void batchedMatmulInFourByFourTiles() {
        int batch = 3;
        int m = 13;
        int k = 9;
        int n = 7;
        double[] a = values(batch * m * k, 1);
        double[] b = values(k * n, 2);
        double[] expected = new double[batch * m * n];
        for (int p = 0; p < batch; p++) {
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    double acc = 0;
                    for (int t = 0; t < k; t++) {
                        acc += a[(p * m + i) * k + t] * b[t * n + j];
                    }
                    expected[(p * m + i) * n + j] = acc;
                }
            }
        }
        try (Tensor x = Np.array(a, batch, m, k).to(small); Tensor y = Np.array(b, k, n).to(small);
             Tensor product = Np.matmul(x, y)) {
            assertEquals(small, product.backend());
            assertArrayEquals(new long[] {batch, m, n}, product.shape());
            assertArrayEquals(expected, product.toDoubleArray());
        }
        assertEquals(4, small.matmulTile());
    }

    @Test
    void reductionsAndSoftmaxInGroupsOfSixteen() {
        int rows = 5;
        int cols = 1000;
        double[] v = values(rows * cols, 3);
        double[] sums = new double[rows];
        double[] firstRowSoftmax = new double[cols];
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < cols; c++) {
            max = Math.max(max, v[c]);
        }
        double total = 0;
        for (int c = 0; c < cols; c++) {
            total += Math.exp(v[c] - max);
        }
        for (int c = 0; c < cols; c++) {
            firstRowSoftmax[c] = Math.exp(v[c] - max) / total;
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                sums[r] += v[r * cols + c];
            }
        }
        try (Tensor x = Np.array(v, rows, cols).to(small); Tensor s = Np.sum(x, 1); Tensor p = Np.softmax(x, 1);
             Tensor first = p.select(0, 0)) {
            assertArrayEquals(sums, s.toDoubleArray());
            assertArrayEquals(firstRowSoftmax, first.toDoubleArray(), 1e-15);
        }
    }
}
