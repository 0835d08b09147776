package io.jtensor.cpu;

import io.jtensor.DType;
import io.jtensor.backend.Operand;
import io.jtensor.backend.ReducePlan;
import io.jtensor.op.ReduceOp;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Random;

import static io.jtensor.cpu.TestSupport.*;
import static org.junit.jupiter.api.Assertions.*;

/** Full reductions of permuted, reversed and sliced views, which run over dense memory in order when they can. */
class MemoryOrderTest {

    /** A view: shape, offset and strides over a base of C-ordered {@code base} shape. */
    private record View(String name, long[] base, long[] shape, long offset, long[] strides) {
        long size() {
            return TestSupport.size(shape);
        }

        long index(long flat) {
            return TestSupport.viewIndex(offset, shape, strides, flat);
        }
    }

    private static View[] views() {
        return new View[]{
                new View("transpose 300x517", new long[]{300, 517}, new long[]{517, 300}, 0, new long[]{1, 517}),
                new View("transpose 1x40", new long[]{1, 40}, new long[]{40, 1}, 0, new long[]{1, 40}),
                new View("reversed 1001", new long[]{1001}, new long[]{1001}, 1000, new long[]{-1}),
                new View("reversed rows, transposed 33x70", new long[]{33, 70}, new long[]{70, 33}, 32 * 70,
                        new long[]{1, -70}),
                new View("permute (2,0,1) of 9x31x17", new long[]{9, 31, 17}, new long[]{17, 9, 31}, 0,
                        new long[]{1, 527, 17}),
                new View("reversed axis of permute (1,2,0) of 9x31x17", new long[]{9, 31, 17},
                        new long[]{31, 17, 9}, 16, new long[]{17, -1, 527}),
                new View("every other row, transposed 64x100 (not dense)", new long[]{64, 100},
                        new long[]{100, 32}, 0, new long[]{1, 200}),
                new View("C order 20x30", new long[]{20, 30}, new long[]{20, 30}, 0, new long[]{30, 1}),
        };
    }

    private static double reduce(CpuBackend backend, ReduceOp op, CpuStorage s, DType type, View v, DType outType,
                                 DType compute) {
        CpuStorage out = CpuStorage.allocate(outType, 1);
        backend.reduce(new ReducePlan(op, Operand.of(s, type, v.offset(), v.strides()), new long[0], v.shape(),
                Operand.of(out, outType, 0, new long[0]), compute, 0));
        double r = get(out, outType, 0);
        out.release();
        return r;
    }

    private static long product(long[] shape) {
        long n = 1;
        for (long d : shape) {
            n *= d;
        }
        return n;
    }

    @Test
    void fullReductionsOfViewsMatchTheElementByElementValues() {
        Random rnd = new Random(21);
        for (DType type : new DType[]{DType.FLOAT32, DType.FLOAT64, DType.INT32, DType.INT64}) {
            for (View v : views()) {
                int n = (int) product(v.base());
                CpuStorage s = random(type, n, rnd);
                BigDecimal exact = BigDecimal.ZERO;
                double max = Double.NEGATIVE_INFINITY;
                double min = Double.POSITIVE_INFINITY;
                long argmax = -1;
                boolean all = true;
                boolean any = false;
                for (long i = 0; i < v.size(); i++) {
                    double x = get(s, type, v.index(i));
                    exact = exact.add(new BigDecimal(x));
                    if (x > max) {
                        max = x;
                        argmax = i;
                    }
                    min = Math.min(min, x);
                    all &= x != 0;
                    any |= x != 0;
                }
                boolean floating = Conversions.isFloatFamily(type);
                for (CpuBackend backend : new CpuBackend[]{CPU, SCALAR}) {
                    String what = type + " " + v.name() + (backend == SCALAR ? " (scalar)" : "");
                    double sum = reduce(backend, ReduceOp.SUM, s, type, v, type, type);
                    double tolerance = floating ? 1e-12 * v.size() * 40 : 0;
                    assertEquals(exact.doubleValue(), sum, type == DType.FLOAT32 ? 1e-4 * 40 : tolerance, what);
                    double mean = reduce(backend, ReduceOp.MEAN, s, type, v, DType.FLOAT64, DType.FLOAT64);
                    assertEquals(exact.doubleValue() / v.size(), mean, 1e-6, what);
                    assertEquals(max, reduce(backend, ReduceOp.MAX, s, type, v, type, type), 0.0, what);
                    assertEquals(min, reduce(backend, ReduceOp.MIN, s, type, v, type, type), 0.0, what);
                    assertEquals(argmax, reduce(backend, ReduceOp.ARGMAX, s, type, v, DType.INT64, type), 0.0,
                            what + " argmax is a C-order position of the view");
                    assertEquals(all ? 1 : 0, reduce(backend, ReduceOp.ALL, s, type, v, DType.BOOL, DType.BOOL), 0.0,
                            what);
                    assertEquals(any ? 1 : 0, reduce(backend, ReduceOp.ANY, s, type, v, DType.BOOL, DType.BOOL), 0.0,
                            what);
                }
                s.release();
            }
        }
    }

    @Test
    void floatSumsOfPermutedDenseViewsEqualTheSumOfTheirMemoryInOrder() {
        Random rnd = new Random(22);
        for (DType type : new DType[]{DType.FLOAT32, DType.FLOAT64}) {
            for (View v : views()) {
                if (v.name().contains("not dense")) {
                    continue;
                }
                int n = (int) product(v.base());
                CpuStorage s = random(type, n, rnd);
                View memory = new View("memory", v.base(), new long[]{n}, 0, new long[]{1});
                for (CpuBackend backend : new CpuBackend[]{CPU, SCALAR}) {
                    for (ReduceOp op : new ReduceOp[]{ReduceOp.SUM, ReduceOp.MEAN, ReduceOp.VAR, ReduceOp.PROD}) {
                        assertEquals(reduce(backend, op, s, type, memory, type, type),
                                reduce(backend, op, s, type, v, type, type), 0.0, op + " " + type + " " + v.name());
                    }
                }
                s.release();
            }
        }
    }

    @Test
    void onlyDenseFullReductionsAreRewritten() {
        CpuStorage s = CpuStorage.allocate(DType.FLOAT32, 64 * 100);
        CpuStorage out = CpuStorage.allocate(DType.FLOAT32, 100);
        Operand scalarOut = Operand.of(out, DType.FLOAT32, 0, new long[0]);
        ReducePlan transposed = new ReducePlan(ReduceOp.SUM, Operand.of(s, DType.FLOAT32, 0, new long[]{1, 100}),
                new long[0], new long[]{100, 64}, scalarOut, DType.FLOAT32, 0);
        ReducePlan flat = MemoryOrder.dense(transposed);
        assertArrayEquals(new long[]{6400}, flat.reducedShape());
        assertArrayEquals(new long[]{1}, flat.input().strides());
        ReducePlan reversed = new ReducePlan(ReduceOp.MAX, Operand.of(s, DType.FLOAT32, 6399, new long[]{-100, -1}),
                new long[0], new long[]{64, 100}, scalarOut, DType.FLOAT32, 0);
        assertEquals(0, MemoryOrder.dense(reversed).input().offset());
        ReducePlan strided = new ReducePlan(ReduceOp.SUM, Operand.of(s, DType.FLOAT32, 0, new long[]{1, 200}),
                new long[0], new long[]{100, 32}, scalarOut, DType.FLOAT32, 0);
        assertSame(strided, MemoryOrder.dense(strided));
        ReducePlan arg = new ReducePlan(ReduceOp.ARGMAX, transposed.input(), new long[0], new long[]{100, 64},
                scalarOut, DType.FLOAT32, 0);
        assertSame(arg, MemoryOrder.dense(arg));
        ReducePlan perAxis = new ReducePlan(ReduceOp.SUM, Operand.of(s, DType.FLOAT32, 0, new long[]{1, 100}),
                new long[]{100}, new long[]{64}, Operand.of(out, DType.FLOAT32, 0, new long[]{1}), DType.FLOAT32, 0);
        assertSame(perAxis, MemoryOrder.dense(perAxis));
        s.release();
        out.release();
    }
}
