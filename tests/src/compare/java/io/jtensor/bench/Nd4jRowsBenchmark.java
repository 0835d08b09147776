package io.jtensor.bench;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.reduce.custom.LogSumExp;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.util.concurrent.TimeUnit;

/** {@link CpuRowsBenchmark} on ND4J: row softmax and row logSumExp of 4096 × 4096. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class Nd4jRowsBenchmark {

    @Param({"float32", "float64"})
    public String dtype;

    private INDArray x;

    @Setup(Level.Trial)
    public void setUp() {
        DataType type = dtype.equals("float32") ? DataType.FLOAT : DataType.DOUBLE;
        Nd4j.getRandom().setSeed(42);
        x = Nd4j.rand(type, CpuRowsBenchmark.SIDE, CpuRowsBenchmark.SIDE).muli(8).subi(4);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        x.close();
    }

    @Benchmark
    public void softmaxRows() {
        Transforms.softmax(x, true).close();
    }

    @Benchmark
    public void logSumExpRows() {
        Nd4j.exec(new LogSumExp(x, 1))[0].close();
    }
}
