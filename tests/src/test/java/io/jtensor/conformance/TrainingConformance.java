package io.jtensor.conformance;

import io.jtensor.DType;
import io.jtensor.Np;
import io.jtensor.Tensor;
import io.jtensor.TensorScope;
import io.jtensor.conformance.ReferenceData.Row;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;

import static io.jtensor.conformance.ReferenceData.dtype;
import static io.jtensor.conformance.ReferenceData.parseDouble;
import static io.jtensor.conformance.ReferenceData.parseShape;
import static io.jtensor.conformance.ReferenceData.tokens;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A small neural network trained end to end on the backend, step for step as NumPy trains it
 * (training.csv, from {@code generate.py training}): two layers, a tanh hidden layer, softmax
 * cross-entropy, full-batch gradient descent with in-place ({@code out=}) updates, in float16, float32
 * and float64. Each step runs inside a {@link TensorScope}; after training every byte the run took is
 * given back.
 *
 * <p>The data and the initial weights are small dyadic fractions, built here with jtensor's own
 * integer arithmetic, so both sides start from the same bits. From there the results differ only
 * by summation order and the backend's exp, log and tanh, and gradient descent on this problem does
 * not amplify such differences: NumPy's float32 and float64 runs stay within 3 float32 ULPs of each
 * other's weights after the 30 steps, and the CPU, OpenCL and simulated CUDA backends end within
 * 1.5 eps of NumPy's values times the row's largest magnitude (float16 too, whose every op rounds a
 * float32 result once, as NumPy's half loops). So every loss and weight must be within
 * {@link #TOLERANCE_EPS} eps of the type (16 for float16, whose eps is 2<sup>-10</sup>) times that
 * magnitude (a wrong gradient moves the
 * weights by some 10<sup>-2</sup>; a learning rate off by one part in a million fails the float64
 * run), and the labels and the trained network's predictions must be NumPy's exactly (each
 * prediction wins by a margin far above that).
 */
public abstract class TrainingConformance extends ConformanceCase {

    /** Allowed error in eps of the type times the row's largest magnitude (see the class comment). */
    static final double TOLERANCE_EPS = 64;
    private static final double FLOAT16_TOLERANCE_EPS = 16;

    private static final int STEPS = 30;
    private static final double LEARNING_RATE = 0.5;

    private static Row row(DType type, String name) {
        return ReferenceData.table("training.csv").rows().stream()
                .filter(r -> r.get("dtype").equals(type.numpyName()) && r.get("name").equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("training.csv has no row " + type + " " + name));
    }

    /** (i * a + j * b) % m - c for i over {@code rows}, j over {@code cols}, as an int64 matrix. */
    private static Tensor pattern(long rows, long cols, long a, long b, long m, long c) {
        try (TensorScope scope = Np.scope()) {
            Tensor i = Np.arange(rows).reshape(rows, 1);
            Tensor j = Np.arange(cols).reshape(1, cols);
            return scope.keep(Np.subtract(Np.remainder(Np.add(Np.multiply(i, a), Np.multiply(j, b)), m), c));
        }
    }

    private void expect(DType type, String name, Tensor actual) {
        Row row = row(type, name);
        String[] expected = tokens(row.get("expected"));
        double scale = 0;
        for (String token : expected) {
            scale = Math.max(scale, Math.abs(parseDouble(token)));
        }
        String context = row.where() + " " + type + " " + name;
        assertOnBackend(context, actual);
        Check.tokens(context, actual, dtype(row.get("result_dtype")), parseShape(row.get("shape")), expected,
                Tolerance.of(0, type == DType.FLOAT16 ? FLOAT16_TOLERANCE_EPS : TOLERANCE_EPS), scale);
    }

    @ParameterizedTest
    @EnumSource(names = {"FLOAT16", "FLOAT32", "FLOAT64"})
    void aTwoLayerNetworkTrainsAsInNumPy(DType type) {
        long before = backend().memoryUsage().bytesInUse();
        int n = 96;
        int d = 6;
        int h = 12;
        int k = 3;
        List<Tensor> owned = new ArrayList<>();
        try (TensorScope setup = Np.scope()) {
            Tensor x = Np.divide(pattern(n, d, 7, 13, 17, 8), 8.0).astype(type);
            Tensor labels = Np.argmax(Np.matmul(x.astype(DType.FLOAT64), pattern(d, k, 5, 3, 7, 3)), 1);
            Tensor onehot = Np.equal(labels.reshape(n, 1), Np.arange(k).reshape(1, k)).astype(type);
            Tensor w1 = Np.divide(pattern(d, h, 5, 3, 11, 5), 16.0).astype(type);
            Tensor b1 = Np.zeros(new long[] {h}, type);
            Tensor w2 = Np.divide(pattern(h, k, 3, 7, 13, 6), 32.0).astype(type);
            Tensor b2 = Np.zeros(new long[] {k}, type);
            Tensor losses = Np.zeros(new long[] {STEPS}, type);
            expect(type, "labels", labels);
            for (int step = 0; step < STEPS; step++) {
                try (TensorScope scope = Np.scope()) {
                    Tensor z1 = Np.add(Np.matmul(x, w1), b1);
                    Tensor a1 = Np.tanh(z1);
                    Tensor logits = Np.add(Np.matmul(a1, w2), b2);
                    Tensor logp = Np.logSoftmax(logits, 1);
                    Np.copyto(losses.get((long) step), Np.negative(Np.mean(Np.sum(Np.multiply(logp, onehot), 1))));
                    Tensor g = Np.divide(Np.subtract(Np.exp(logp), onehot), (double) n);
                    Tensor gz1 = Np.multiply(Np.matmul(g, w2.T()), Np.subtract(1, Np.multiply(a1, a1)));
                    Np.subtract(w1, Np.multiply(Np.matmul(x.T(), gz1), LEARNING_RATE), w1);
                    Np.subtract(b1, Np.multiply(Np.sum(gz1, 0), LEARNING_RATE), b1);
                    Np.subtract(w2, Np.multiply(Np.matmul(a1.T(), g), LEARNING_RATE), w2);
                    Np.subtract(b2, Np.multiply(Np.sum(g, 0), LEARNING_RATE), b2);
                }
            }
            expect(type, "loss", losses);
            expect(type, "w1", w1);
            expect(type, "b1", b1);
            expect(type, "w2", w2);
            expect(type, "b2", b2);
            Tensor predicted = Np.argmax(Np.add(Np.matmul(Np.tanh(Np.add(Np.matmul(x, w1), b1)), w2), b2), 1);
            expect(type, "predicted", predicted);
            owned.add(losses);
        }
        assertTrue(owned.get(0).isClosed(), "the setup scope closed what the run made");
        assertEquals(before, backend().memoryUsage().bytesInUse(), "every byte of the run given back");
    }
}
