package io.jtensor.conformance;

import io.jtensor.DType;
import io.jtensor.Np;
import io.jtensor.Shape;
import io.jtensor.Slice;
import io.jtensor.Tensor;
import io.jtensor.TensorScope;
import io.jtensor.conformance.ReferenceData.Row;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static io.jtensor.conformance.ReferenceData.dtype;
import static io.jtensor.conformance.ReferenceData.parseDouble;
import static io.jtensor.conformance.ReferenceData.parseShape;
import static io.jtensor.conformance.ReferenceData.tokens;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Small models written with jtensor, compared with the same programs written with NumPy
 * (models.csv, from {@code generate.py models}), in float16, float32 and float64: a network trained
 * end to end, a transformer encoder block, a convolution layer and layers common in training code.
 * They check what op-by-op tests
 * miss: ops fed by other ops' results (views, broadcasts, {@code out=} into a tensor in use, scopes
 * closing intermediates) in the shapes real code uses. Inputs and weights are small dyadic fractions
 * built here with jtensor's integer ops ({@link #dyadic}), exact in every type, so both sides start
 * from the same bits. Every model runs in a {@link TensorScope}, and the backend's bytes in use must
 * be back where they were afterwards.
 *
 * <p><b>Training.</b> Two layers, a tanh hidden layer, softmax cross-entropy, full-batch gradient
 * descent with in-place ({@code out=}) updates, each step in a {@link TensorScope}; after training
 * every byte the run took is given back. From the same start the results differ only by summation
 * order and the backend's exp, log and tanh, and gradient descent on this problem does not amplify
 * such differences: NumPy's float32 and float64 runs stay within 3 float32 ULPs of each other's
 * weights after the 30 steps, and the CPU, OpenCL and simulated CUDA backends end within 1.5 eps of
 * NumPy's values times the row's largest magnitude (float16 too, whose every op rounds a float32
 * result once, as NumPy's half loops). So every loss and weight must be within
 * {@link #TOLERANCE_EPS} eps of the type ({@link #FLOAT16_TOLERANCE_EPS} for float16, whose eps is
 * 2<sup>-10</sup>) times that magnitude (a wrong gradient moves the weights by some
 * 10<sup>-2</sup>; a learning rate off by one part in a million fails the float64 run), and the
 * labels and the trained network's predictions must be NumPy's exactly (each prediction wins by a
 * margin far above that).
 *
 * <p><b>Transformer block.</b> Causal two-head self-attention (projections, heads split by reshape
 * and transpose, scores by a batched einsum, a -inf mask by {@code where} over {@code triu}, softmax,
 * heads merged), a residual, layer norm by mean and var with keepdims, a ReLU feed-forward and a
 * second residual; the attention probabilities and the output within the same bound.
 *
 * <p><b>Convolution layer.</b> 3x3 windows by {@code slidingWindowView} over two axes, contracted
 * with the filters by a six-operand-axis einsum, a broadcast bias, ReLU and 2x2 max pooling by
 * reshape and a two-axis max: every sum is of dyadic fractions and exact, so the result must be
 * NumPy's bit for bit (zero signs aside: the sign of an exact zero sum depends on the order).
 *
 * <p><b>Common layers.</b> An embedding lookup by an integer index array (exact), a five-step tanh
 * RNN, cross-entropy by {@code takeAlongAxis} over a log-softmax, one-hot rows of {@code eye}
 * (exact), batch norm over the batch axis, gradient clipping by the global norm, and the PCA
 * spectrum ({@code eigvalsh} of the covariance; float32 and float64, as NumPy's linalg refuses
 * float16), within the same bound (measured: 4 eps times the largest eigenvalue for the
 * covariance's zero eigenvalue in float64, at most 1.5 elsewhere).
 */
public abstract class ModelConformance extends ConformanceCase {

    /** Allowed error in eps of the type times the row's largest magnitude (see the class comment). */
    static final double TOLERANCE_EPS = 64;
    /** {@link #TOLERANCE_EPS} for float16. */
    static final double FLOAT16_TOLERANCE_EPS = 16;

    private static final int STEPS = 30;
    private static final double LEARNING_RATE = 0.5;

    private static Row row(DType type, String name) {
        return ReferenceData.table("models.csv").rows().stream()
                .filter(r -> r.get("dtype").equals(type.numpyName()) && r.get("name").equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("models.csv has no row " + type + " " + name));
    }

    /**
     * ((i * a + j * b) % m - c) / scale over the rows i and columns j of {@code shape} seen as a matrix
     * (its last axis the columns), in {@code type}: generate.py's {@code dyadic}.
     */
    static Tensor dyadic(DType type, long[] shape, long a, long b, long m, long c, double scale) {
        long cols = shape[shape.length - 1];
        long rows = Shape.size(shape) / cols;
        try (TensorScope scope = Np.scope()) {
            Tensor i = Np.arange(rows).reshape(rows, 1);
            Tensor j = Np.arange(cols).reshape(1, cols);
            Tensor ints = Np.subtract(Np.remainder(Np.add(Np.multiply(i, a), Np.multiply(j, b)), m), c);
            return scope.keep(Np.divide(ints, scale).astype(type).reshape(shape));
        }
    }

    private long inUse() {
        return backend().memoryUsage().bytesInUse();
    }

    private void expect(DType type, String name, Tensor actual) {
        expect(type, name, actual, Tolerance.of(0, type == DType.FLOAT16 ? FLOAT16_TOLERANCE_EPS : TOLERANCE_EPS));
    }

    private void expect(DType type, String name, Tensor actual, Tolerance tolerance) {
        Row row = row(type, name);
        String[] expected = tokens(row.get("expected"));
        double scale = 0;
        for (String token : expected) {
            scale = Math.max(scale, Math.abs(parseDouble(token)));
        }
        String context = row.where() + " " + type + " " + name;
        assertOnBackend(context, actual);
        Check.tokens(context, actual, dtype(row.get("result_dtype")), parseShape(row.get("shape")), expected,
                tolerance, scale);
    }

    @ParameterizedTest
    @EnumSource(names = {"FLOAT16", "FLOAT32", "FLOAT64"})
    void aTwoLayerNetworkTrainsAsInNumPy(DType type) {
        long before = inUse();
        int n = 96;
        int d = 6;
        int h = 12;
        int k = 3;
        Tensor losses;
        try (TensorScope setup = Np.scope()) {
            Tensor x = dyadic(type, new long[] {n, d}, 7, 13, 17, 8, 8);
            Tensor labels = Np.argmax(Np.matmul(x.astype(DType.FLOAT64), dyadic(DType.INT64, new long[] {d, k}, 5, 3, 7, 3, 1)), 1);
            Tensor onehot = Np.equal(labels.reshape(n, 1), Np.arange(k).reshape(1, k)).astype(type);
            Tensor w1 = dyadic(type, new long[] {d, h}, 5, 3, 11, 5, 16);
            Tensor b1 = Np.zeros(new long[] {h}, type);
            Tensor w2 = dyadic(type, new long[] {h, k}, 3, 7, 13, 6, 32);
            Tensor b2 = Np.zeros(new long[] {k}, type);
            losses = Np.zeros(new long[] {STEPS}, type);
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
        }
        assertTrue(losses.isClosed(), "the setup scope closed what the run made");
        assertEquals(before, inUse(), "every byte of the run given back");
    }

    @ParameterizedTest
    @EnumSource(names = {"FLOAT16", "FLOAT32", "FLOAT64"})
    void aTransformerBlockComputesAsInNumPy(DType type) {
        long before = inUse();
        long b = 2;
        long t = 5;
        long d = 8;
        long heads = 2;
        long dh = d / heads;
        try (TensorScope scope = Np.scope()) {
            Tensor x = dyadic(type, new long[] {b, t, d}, 7, 3, 11, 5, 8);
            long[][] projections = {{3, 5}, {5, 7}, {7, 3}, {9, 5}};
            Tensor[] w = new Tensor[projections.length];
            for (int p = 0; p < w.length; p++) {
                w[p] = dyadic(type, new long[] {d, d}, projections[p][0], projections[p][1], 13, 6, 16);
            }
            Tensor[] qkv = new Tensor[3];
            for (int p = 0; p < qkv.length; p++) {
                qkv[p] = Np.matmul(x, w[p]).reshape(b, t, heads, dh).transpose(0, 2, 1, 3);
            }
            Tensor scores = Np.divide(Np.einsum("bhtd,bhsd->bhts", qkv[0], qkv[1]), Math.sqrt(dh));
            Tensor causal = Np.triu(Np.ones(new long[] {t, t}, DType.BOOL), 1);
            Tensor probs = Np.softmax(Np.where(causal, Double.NEGATIVE_INFINITY, scores), -1);
            Tensor heads2 = Np.matmul(probs, qkv[2]).transpose(0, 2, 1, 3).reshape(b, t, d);
            Tensor h = Np.add(x, Np.matmul(heads2, w[3]));
            Tensor centred = Np.subtract(h, Np.mean(h, new int[] {-1}, true));
            Tensor spread = Np.sqrt(Np.add(Np.var(h, new int[] {-1}, true), 1e-5));
            Tensor gamma = dyadic(type, new long[] {d}, 1, 1, 3, -2, 4);
            Tensor beta = dyadic(type, new long[] {d}, 1, 5, 7, 3, 8);
            Tensor normed = Np.add(Np.multiply(Np.divide(centred, spread), gamma), beta);
            Tensor w1 = dyadic(type, new long[] {d, 2 * d}, 5, 3, 9, 4, 16);
            Tensor b1 = dyadic(type, new long[] {2 * d}, 1, 3, 5, 2, 8);
            Tensor w2 = dyadic(type, new long[] {2 * d, d}, 3, 7, 9, 4, 16);
            Tensor out = Np.add(h, Np.matmul(Np.maximum(Np.add(Np.matmul(normed, w1), b1), 0.0), w2));
            expect(type, "attention", probs);
            expect(type, "block", out);
        }
        assertEquals(before, inUse(), "every byte given back");
    }

    @ParameterizedTest
    @EnumSource(names = {"FLOAT16", "FLOAT32", "FLOAT64"})
    void aConvolutionLayerComputesAsInNumPy(DType type) {
        long before = inUse();
        long n = 2;
        long c = 3;
        long side = 6;
        long o = 4;
        try (TensorScope scope = Np.scope()) {
            Tensor x = dyadic(type, new long[] {n, c, side, side}, 5, 3, 13, 6, 8);
            Tensor w = dyadic(type, new long[] {o, c, 3, 3}, 3, 5, 7, 3, 8);
            Tensor bias = dyadic(type, new long[] {o}, 1, 3, 5, 2, 4);
            Tensor windows = Np.slidingWindowView(x, new long[] {3, 3}, new int[] {2, 3});
            Tensor act = Np.maximum(Np.add(Np.einsum("nchwij,ocij->nohw", windows, w), bias.reshape(1, o, 1, 1)), 0.0);
            Tensor pooled = Np.max(act.reshape(n, o, 2, 2, 2, 2), new int[] {3, 5}, false);
            expect(type, "conv", act, Tolerance.EXACT.ignoringZeroSign());
            expect(type, "pooled", pooled, Tolerance.EXACT.ignoringZeroSign());
        }
        assertEquals(before, inUse(), "every byte given back");
    }

    @ParameterizedTest
    @EnumSource(names = {"FLOAT16", "FLOAT32", "FLOAT64"})
    void layersCommonInTrainingCodeComputeAsInNumPy(DType type) {
        long before = inUse();
        long vocab = 10;
        long eDim = 4;
        long b = 3;
        long t = 5;
        long hidden = 6;
        try (TensorScope scope = Np.scope()) {
            Tensor emb = dyadic(type, new long[] {vocab, eDim}, 3, 5, 7, 3, 8);
            Tensor tokens = dyadic(DType.INT64, new long[] {b, t}, 3, 7, vocab, 0, 1);
            Tensor wx = dyadic(type, new long[] {eDim, hidden}, 5, 3, 9, 4, 16);
            Tensor wh = dyadic(type, new long[] {hidden, hidden}, 3, 5, 11, 5, 16);
            Tensor bias = dyadic(type, new long[] {hidden}, 1, 3, 5, 2, 8);
            Tensor wo = dyadic(type, new long[] {hidden, vocab}, 7, 3, 13, 6, 16);
            Tensor e = emb.get(tokens);
            Tensor h = Np.zeros(new long[] {b, hidden}, type);
            for (long step = 0; step < t; step++) {
                h = Np.tanh(Np.add(Np.add(Np.matmul(e.get(Slice.ALL, step), wx), Np.matmul(h, wh)), bias));
            }
            Tensor labels = tokens.get(Slice.ALL, -1L);
            Tensor logp = Np.logSoftmax(Np.matmul(h, wo), 1);
            Tensor loss = Np.negative(Np.mean(Np.takeAlongAxis(logp, labels.reshape(b, 1), 1)));
            Tensor flat = e.reshape(b * t, eDim);
            Tensor centred = Np.subtract(flat, Np.mean(flat, 0));
            Tensor normed = Np.divide(centred, Np.sqrt(Np.add(Np.var(flat, 0), 1e-5)));
            Tensor g = Np.concatenate(wx.ravel(), wh.ravel());
            Tensor clipped = Np.multiply(g, Np.minimum(Np.divide(0.5, Np.sqrt(Np.sum(Np.multiply(g, g)))), 1.0));
            expect(type, "embed", e, Tolerance.EXACT);
            expect(type, "rnn", h);
            expect(type, "xent", loss);
            expect(type, "onehot", Np.eye(vocab, vocab, 0, type).get(labels), Tolerance.EXACT);
            expect(type, "batchnorm", normed);
            expect(type, "clipped", clipped);
            if (type != DType.FLOAT16) {
                expect(type, "pca", Np.eigvalsh(Np.divide(Np.matmul(centred.T(), centred), (double) (b * t - 1))));
            }
        }
        assertEquals(before, inUse(), "every byte given back");
    }
}
