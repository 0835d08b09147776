package io.jtensor.cpu;

import io.jtensor.DType;
import io.jtensor.backend.MatmulPlan;
import io.jtensor.backend.Operand;
import io.jtensor.backend.ReducePlan;
import io.jtensor.backend.RowPlan;
import io.jtensor.op.BinaryOp;
import io.jtensor.op.ReduceOp;
import io.jtensor.op.RowOp;
import io.jtensor.op.UnaryOp;

import static io.jtensor.cpu.TestSupport.*;

/** Exercises every kernel family; run by {@link VectorParityTest} in a JVM without the vector module. */
public final class NoVectorMain {

    private NoVectorMain() {
    }

    /** Prints the backend description and "OK", or fails with an exception. */
    public static void main(String[] args) {
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()) {
            throw new IllegalStateException("the vector module should be absent here");
        }
        CpuBackend cpu = new CpuBackend();
        System.out.println(cpu.deviceDescription());
        DType t = DType.FLOAT32;
        int n = 1000;
        CpuStorage a = storage(t, new double[n]);
        for (int i = 0; i < n; i++) {
            set(a, t, i, i * 0.5);
        }
        CpuStorage out = CpuStorage.allocate(t, n);
        cpu.map(map(BinaryOp.ADD, new long[]{n}, dense(out, t, n), t, dense(a, t, n), Operand.scalar(t, 1)));
        check(get(out, t, 999) == 500.5, "add");
        cpu.map(map(UnaryOp.EXP, new long[]{n}, dense(out, t, n), t, dense(a, t, n)));
        check(get(out, t, 2) == (float) Math.exp(1), "exp");
        CpuStorage sum = CpuStorage.allocate(DType.FLOAT64, 1);
        cpu.reduce(new ReducePlan(ReduceOp.SUM, dense(a, t, n), new long[0], new long[]{n},
                Operand.of(sum, DType.FLOAT64, 0, new long[0]), DType.FLOAT64, 0));
        check(get(sum, DType.FLOAT64, 0) == 0.5 * 999 * 1000 / 2, "sum");
        cpu.rows(new RowPlan(RowOp.SOFTMAX, dense(a, t, n), 10, 100, dense(out, t, n), t));
        check(Math.abs(get(out, t, 99) - (1 - Math.exp(-0.5))) < 1e-3, "softmax");
        CpuStorage c = CpuStorage.allocate(t, 4);
        cpu.matmul(new MatmulPlan(new long[0], 2, 2, 2, dense(a, t, 2, 2), dense(a, t, 2, 2), dense(c, t, 2, 2), t));
        check(get(c, t, 0) == 0.5 && get(c, t, 3) == 0.5 * 1 + 1.5 * 1.5, "matmul");
        CpuStorage d = CpuStorage.allocate(t, 1);
        cpu.matmul(new MatmulPlan(new long[0], 1, n, 1, dense(a, t, 1, n), dense(a, t, n, 1), dense(d, t, 1, 1), t));
        check(get(d, t, 0) == (float) (0.25 * 999 * 1000 * 1999 / 6), "dot");
        CpuStorage ints = longs(DType.INT64, Long.MAX_VALUE, 1, -5, 7, 9);
        CpuStorage intOut = CpuStorage.allocate(DType.INT64, 5);
        cpu.map(map(BinaryOp.ADD, new long[]{5}, dense(intOut, DType.INT64, 5), DType.INT64, dense(ints, DType.INT64, 5),
                Operand.integerScalar(DType.INT64, 1)));
        check(getLong(intOut, DType.INT64, 0) == Long.MIN_VALUE && getLong(intOut, DType.INT64, 4) == 10, "int64 add");
        CpuStorage intSum = CpuStorage.allocate(DType.INT64, 1);
        cpu.reduce(new ReducePlan(ReduceOp.SUM, dense(ints, DType.INT64, 5), new long[0], new long[]{5},
                Operand.of(intSum, DType.INT64, 0, new long[0]), DType.INT64, 0));
        check(getLong(intSum, DType.INT64, 0) == Long.MIN_VALUE + 11, "int64 sum");
        System.out.println("OK");
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError(what);
        }
    }
}
