package io.jtensor.bench;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Exp;
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

/**
 * The operations of {@link CpuOpsBenchmark} on ND4J's CPU backend (nd4j-native, OpenMP over all
 * cores), same parameters and method names. ND4J has no {@code where=}, so {@code expWhere} has no
 * counterpart. Fresh results are closed at once, as the jtensor benchmarks close theirs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class Nd4jOpsBenchmark {

    @Param({"float32", "float64"})
    public String dtype;

    @Param({"1024", "1048576", "16777216"})
    public int size;

    private INDArray x;
    private INDArray out;
    private INDArray row;
    private INDArray transposed;

    @Setup(Level.Trial)
    public void setUp() {
        DataType type = dtype.equals("float32") ? DataType.FLOAT : DataType.DOUBLE;
        long side = BenchData.side(size);
        Nd4j.getRandom().setSeed(42);
        x = Nd4j.rand(type, side, side).muli(8).subi(4);
        out = Nd4j.create(type, side, side);
        row = Nd4j.rand(type, 1, side).muli(2).subi(1);
        transposed = x.transpose();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        x.close();
        out.close();
        row.close();
    }

    @Benchmark
    public void expFresh() {
        Transforms.exp(x, true).close();
    }

    @Benchmark
    public INDArray expOut() {
        Nd4j.getExecutioner().exec(new Exp(x, out));
        return out;
    }

    @Benchmark
    public void expStrided() {
        Transforms.exp(transposed, true).close();
    }

    @Benchmark
    public void addRowBroadcast() {
        x.addRowVector(row).close();
    }

    @Benchmark
    public double sumAll() {
        return x.sumNumber().doubleValue();
    }

    @Benchmark
    public void sumAxis0() {
        x.sum(0).close();
    }

    @Benchmark
    public void sumAxis1() {
        x.sum(1).close();
    }

    @Benchmark
    public double sumStrided() {
        return transposed.sumNumber().doubleValue();
    }

    @Benchmark
    public double maxAll() {
        return x.maxNumber().doubleValue();
    }
}
