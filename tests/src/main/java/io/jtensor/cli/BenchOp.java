package io.jtensor.cli;

import io.jtensor.DType;
import io.jtensor.Np;
import io.jtensor.Tensor;
import io.jtensor.TensorRandom;

import java.util.function.Function;

/**
 * The operations {@code jtensor bench} measures, each on float32 inputs of a fixed size, with the
 * amount of work one run does: bytes moved to and from memory for the memory-bound ones, floating
 * point operations for matmul.
 */
enum BenchOp {
    /** {@code np.exp(x)}: reads and writes every element. */
    EXP("exp", Sizes.VECTOR + " float32", "GB/s", 2.0 * Sizes.VECTOR * Float.BYTES,
            random -> new Tensor[] {random.uniform(-1, 1, DType.FLOAT32, Sizes.VECTOR)},
            in -> Np.exp(in[0])),
    /** {@code np.sum(x)}: reads every element. */
    SUM("sum", Sizes.VECTOR + " float32", "GB/s", (double) Sizes.VECTOR * Float.BYTES,
            random -> new Tensor[] {random.uniform(-1, 1, DType.FLOAT32, Sizes.VECTOR)},
            in -> Np.sum(in[0])),
    /** {@code softmax(x, axis=1)}: reads and writes every element (the passes over a row stay in cache). */
    SOFTMAX("softmax", Sizes.ROWS + " x " + Sizes.COLUMNS + " float32, axis 1", "GB/s",
            2.0 * Sizes.ROWS * Sizes.COLUMNS * Float.BYTES,
            random -> new Tensor[] {random.uniform(-5, 5, DType.FLOAT32, Sizes.ROWS, Sizes.COLUMNS)},
            in -> Np.softmax(in[0], 1)),
    /** {@code a @ b} for square matrices: 2 n^3 floating point operations. */
    MATMUL("matmul", Sizes.MATRIX + " x " + Sizes.MATRIX + " float32", "GFLOP/s",
            2.0 * Sizes.MATRIX * Sizes.MATRIX * Sizes.MATRIX,
            random -> new Tensor[] {random.uniform(-1, 1, DType.FLOAT32, Sizes.MATRIX, Sizes.MATRIX),
                    random.uniform(-1, 1, DType.FLOAT32, Sizes.MATRIX, Sizes.MATRIX)},
            in -> Np.matmul(in[0], in[1]));

    /** The input sizes: large enough to leave the caches, small enough for a two-core laptop. */
    private static final class Sizes {
        static final int VECTOR = 1 << 22;
        static final int ROWS = 1 << 10;
        static final int COLUMNS = 1 << 12;
        static final int MATRIX = 512;
    }

    private final String label;
    private final String size;
    private final String unit;
    private final double work;
    private final Function<TensorRandom, Tensor[]> inputs;
    private final Function<Tensor[], Tensor> operation;

    BenchOp(String label, String size, String unit, double work, Function<TensorRandom, Tensor[]> inputs,
            Function<Tensor[], Tensor> operation) {
        this.label = label;
        this.size = size;
        this.unit = unit;
        this.work = work;
        this.inputs = inputs;
        this.operation = operation;
    }

    /** The NumPy name, e.g. "exp". */
    String label() {
        return label;
    }

    /** The input size in words. */
    String size() {
        return size;
    }

    /** The throughput unit: "GB/s" or "GFLOP/s". */
    String unit() {
        return unit;
    }

    /** Throughput in {@link #unit()} of one run that took {@code nanos}. */
    double throughput(double nanos) {
        return work / nanos;
    }

    /** Fresh random inputs on the current backend. */
    Tensor[] inputs(TensorRandom random) {
        return inputs.apply(random);
    }

    /** Runs the operation once. */
    Tensor apply(Tensor[] in) {
        return operation.apply(in);
    }
}
