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
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static io.jtensor.cpu.TestSupport.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The Vector API paths against the scalar paths (forced off in the same JVM, and in a JVM without
 * the {@code jdk.incubator.vector} module): results are bit-identical, except float32
 * transcendental functions, which may differ by at most one ULP.
 */
class VectorParityTest {

    private static final int[] LENGTHS = {1, 3, 8, 31, 64, 1000, 4097};
    private static final DType[] FLOATS = {DType.FLOAT32, DType.FLOAT64};

    @Test
    void theVectorApiIsInUseWhenPresent() {
        assertTrue(CPU.usesVectorApi(), CPU.deviceDescription());
        assertFalse(SCALAR.usesVectorApi());
        assertTrue(SCALAR.deviceDescription().contains("scalar loops"), SCALAR.deviceDescription());
    }

    private static void assertSame(CpuStorage a, CpuStorage b, DType t, double maxUlps, String what) {
        double[] x = all(a, t);
        double[] y = all(b, t);
        for (int i = 0; i < x.length; i++) {
            if (maxUlps == 0) {
                assertEquals(Double.doubleToLongBits(x[i]), Double.doubleToLongBits(y[i]),
                        what + " at " + i + ": " + x[i] + " vs " + y[i]);
            } else {
                assertTrue(ulps(x[i], y[i], t == DType.FLOAT32) <= maxUlps, what + " at " + i);
            }
        }
    }

    private static CpuStorage data(DType t, int n, Random rnd) {
        CpuStorage s = random(t, n, rnd);
        if (n > 5) {
            set(s, t, 1, Double.NaN);
            set(s, t, 2, -0.0);
            set(s, t, 3, Double.POSITIVE_INFINITY);
            set(s, t, 4, 0.0);
        }
        return s;
    }

    @Test
    void elementWiseOps() {
        Random rnd = new Random(21);
        for (DType t : FLOATS) {
            for (int n : LENGTHS) {
                CpuStorage a = data(t, n, rnd);
                CpuStorage b = data(t, n, rnd);
                for (UnaryOp op : UnaryOp.values()) {
                    if (!op.definedOnFloats()) {
                        continue;
                    }
                    DType outType = op.givesBool() ? DType.BOOL : t;
                    CpuStorage x = CpuStorage.allocate(outType, n);
                    CpuStorage y = CpuStorage.allocate(outType, n);
                    CPU.map(map(op, new long[]{n}, dense(x, outType, n), t, dense(a, t, n)));
                    SCALAR.map(map(op, new long[]{n}, dense(y, outType, n), t, dense(a, t, n)));
                    // float32 exp is FloatExp on both paths: bit-identical like the exact ops
                    boolean transcendental = UnaryOp.Kind.FLOATING == op.kind() && op != UnaryOp.SQRT
                            && op != UnaryOp.EXP;
                    assertSame(x, y, outType, t == DType.FLOAT32 && transcendental ? 1 : 0, op + " " + t + " n=" + n);
                }
                for (BinaryOp op : BinaryOp.values()) {
                    if (!op.definedOnFloats()) {
                        continue;
                    }
                    DType outType = op.givesBool() ? DType.BOOL : t;
                    for (int mode = 0; mode < 3; mode++) {
                        Operand ao = mode == 1 ? Operand.scalar(t, 0.3) : dense(a, t, n);
                        Operand bo = mode == 2 ? Operand.of(b, t, 0, new long[]{0}) : dense(b, t, n);
                        CpuStorage x = CpuStorage.allocate(outType, n);
                        CpuStorage y = CpuStorage.allocate(outType, n);
                        CPU.map(map(op, new long[]{n}, dense(x, outType, n), t, ao, bo));
                        SCALAR.map(map(op, new long[]{n}, dense(y, outType, n), t, ao, bo));
                        assertSame(x, y, outType, 0, op + " " + t + " n=" + n + " mode " + mode);
                    }
                }
            }
        }
    }

    /**
     * The float comparisons into BOOL on lanes ({@link FloatComparisons}) against the scalar loop,
     * with operands drawn from a few values so that equal pairs, -0.0 against 0.0, NaN against
     * anything and infinities meet often; tensor and scalar operands on either side, every tail
     * length and an offset output.
     */
    @Test
    void floatComparisonsOnLanesMatchTheScalarLoop() {
        Random rnd = new Random(29);
        double[] values = {Double.NaN, Double.NEGATIVE_INFINITY, -1.5, -0.0, 0.0, Double.MIN_VALUE, 1.5,
                Double.POSITIVE_INFINITY};
        BinaryOp[] comparisons = {BinaryOp.EQUAL, BinaryOp.NOT_EQUAL, BinaryOp.LESS, BinaryOp.LESS_EQUAL,
                BinaryOp.GREATER, BinaryOp.GREATER_EQUAL};
        for (DType t : FLOATS) {
            for (int n : new int[] {1, 3, 4, 7, 8, 9, 15, 16, 17, 33, 1000, 4099}) {
                CpuStorage a = CpuStorage.allocate(t, n);
                CpuStorage b = CpuStorage.allocate(t, n);
                for (int i = 0; i < n; i++) {
                    set(a, t, i, values[rnd.nextInt(values.length)]);
                    set(b, t, i, values[rnd.nextInt(values.length)]);
                }
                for (BinaryOp op : comparisons) {
                    for (int mode = 0; mode < 4; mode++) {
                        double scalar = values[mode + 2];
                        Operand ao = mode == 1 ? Operand.scalar(t, scalar) : dense(a, t, n);
                        Operand bo = mode >= 2 ? Operand.scalar(t, mode == 3 ? Double.NaN : scalar) : dense(b, t, n);
                        CpuStorage x = CpuStorage.allocate(DType.BOOL, n + 5);
                        CpuStorage y = CpuStorage.allocate(DType.BOOL, n + 5);
                        CPU.map(map(op, new long[] {n}, Operand.of(x, DType.BOOL, 5, new long[] {1}), t, ao, bo));
                        SCALAR.map(map(op, new long[] {n}, Operand.of(y, DType.BOOL, 5, new long[] {1}), t, ao, bo));
                        assertSame(x, y, DType.BOOL, 0, op + " " + t + " n=" + n + " mode " + mode);
                    }
                }
            }
        }
    }

    /**
     * Float64 exp is {@link ExpDouble} on both paths: bit-identical over the whole range (overflow,
     * subnormal results, underflow to 0, special values), for every tail length.
     */
    @Test
    void float64ExpIsBitIdenticalToTheScalarFunction() {
        Random rnd = new Random(23);
        double[] specials = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0, -0.0,
                Double.MIN_VALUE, -Double.MIN_VALUE, 709.782712893384, 709.7827128933841, -745.1332191019411,
                -745.1332191019412, -708.3964185322641, Double.MAX_VALUE, -Double.MAX_VALUE, 1e-300, -1e-300};
        int[] lengths = {1, 2, 3, 5, 7, 8, 9, 15, 16, 17, 33, 1000, 4097, 1_000_003};
        for (int n : lengths) {
            CpuStorage a = CpuStorage.allocate(DType.FLOAT64, n);
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = switch (rnd.nextInt(4)) {
                    case 0 -> -750 + 1462 * rnd.nextDouble();
                    case 1 -> rnd.nextGaussian() * 5;
                    case 2 -> -745.2 + 37 * rnd.nextDouble();
                    default -> specials[rnd.nextInt(specials.length)];
                };
                set(a, DType.FLOAT64, i, x[i]);
            }
            CpuStorage v = CpuStorage.allocate(DType.FLOAT64, n);
            CpuStorage s = CpuStorage.allocate(DType.FLOAT64, n);
            CPU.map(map(UnaryOp.EXP, new long[]{n}, dense(v, DType.FLOAT64, n), DType.FLOAT64, dense(a, DType.FLOAT64, n)));
            SCALAR.map(map(UnaryOp.EXP, new long[]{n}, dense(s, DType.FLOAT64, n), DType.FLOAT64,
                    dense(a, DType.FLOAT64, n)));
            assertSame(v, s, DType.FLOAT64, 0, "exp float64 n=" + n);
            double[] y = all(v, DType.FLOAT64);
            for (int i = 0; i < n; i++) {
                assertEquals(Double.doubleToLongBits(ExpDouble.exp(x[i])), Double.doubleToLongBits(y[i]),
                        "exp(" + x[i] + ") at " + i + " of " + n);
            }
            // A strided view goes through the buffered path: Simd.exp on the double work buffer for
            // float64, FloatExp for float32 (what the float lanes compute).
            for (DType t : FLOATS) {
                CpuStorage a2 = CpuStorage.allocate(t, 2L * n);
                for (int i = 0; i < n; i++) {
                    set(a2, t, 2L * i, x[i]);
                }
                Operand strided = Operand.of(a2, t, 0, new long[]{2});
                CpuStorage vs = CpuStorage.allocate(t, n);
                CpuStorage ss = CpuStorage.allocate(t, n);
                CPU.map(map(UnaryOp.EXP, new long[]{n}, dense(vs, t, n), t, strided));
                SCALAR.map(map(UnaryOp.EXP, new long[]{n}, dense(ss, t, n), t, strided));
                assertSame(vs, ss, t, 0, "strided exp " + t + " n=" + n);
                double[] z = all(vs, t);
                for (int i = 0; i < n; i++) {
                    double xi = get(a2, t, 2L * i);
                    double expected = t == DType.FLOAT32 ? FloatExp.exp((float) xi) : ExpDouble.exp(xi);
                    assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(z[i]),
                            "strided exp " + t + " (" + xi + ") at " + i + " of " + n);
                }
            }
        }
    }

    /**
     * Maps whose operands are contiguous only along rows (row and column broadcasts, slices of a
     * wider matrix, a sliced output, a 3-d broadcast), run row by row on the vector path, against
     * the buffered scalar path; output elements outside a sliced output stay untouched.
     */
    @Test
    void rowWiseMapsMatchTheScalarPath() {
        Random rnd = new Random(23);
        for (DType t : FLOATS) {
            for (int rows : new int[]{1, 3, 50}) {
                for (int cols : new int[]{15, 16, 17, 33, 100}) {
                    int pitch = cols + 5;
                    CpuStorage a = data(t, rows * cols, rnd);
                    CpuStorage wide = data(t, rows * pitch + 2, rnd);
                    CpuStorage rowVec = data(t, cols, rnd);
                    CpuStorage colVec = data(t, rows, rnd);
                    long[] shape = {rows, cols};
                    Operand[] others = {
                        Operand.of(rowVec, t, 0, new long[]{0, 1}),
                        Operand.of(colVec, t, 0, new long[]{1, 0}),
                        Operand.of(wide, t, 2, new long[]{pitch, 1}),
                        Operand.scalar(t, -1.25)};
                    for (BinaryOp op : new BinaryOp[]{BinaryOp.ADD, BinaryOp.SUBTRACT, BinaryOp.MULTIPLY,
                            BinaryOp.DIVIDE, BinaryOp.MAXIMUM, BinaryOp.MINIMUM, BinaryOp.POWER}) {
                        for (int k = 0; k < others.length; k++) {
                            for (boolean swap : new boolean[]{false, true}) {
                                Operand x0 = swap ? others[k] : dense(a, t, shape);
                                Operand x1 = swap ? dense(a, t, shape) : others[k];
                                String what = op + " " + t + " " + rows + "x" + cols + " operand " + k + " swap " + swap;
                                CpuStorage x = CpuStorage.allocate(t, (long) rows * pitch);
                                CpuStorage y = CpuStorage.allocate(t, (long) rows * pitch);
                                fill(x, t, rows * pitch, 7.5);
                                fill(y, t, rows * pitch, 7.5);
                                Operand outX = Operand.of(x, t, 0, new long[]{pitch, 1});
                                Operand outY = Operand.of(y, t, 0, new long[]{pitch, 1});
                                CPU.map(map(op, shape, outX, t, x0, x1));
                                SCALAR.map(map(op, shape, outY, t, x0, x1));
                                assertSame(x, y, t, 0, what);
                                assertEquals(7.5, all(x, t)[cols], what + ": beyond the sliced output");
                            }
                        }
                    }
                    for (UnaryOp op : new UnaryOp[]{UnaryOp.EXP, UnaryOp.SQRT, UnaryOp.NEGATIVE, UnaryOp.TANH}) {
                        CpuStorage x = CpuStorage.allocate(t, (long) rows * cols);
                        CpuStorage y = CpuStorage.allocate(t, (long) rows * cols);
                        CPU.map(map(op, shape, dense(x, t, shape), t, others[2]));
                        SCALAR.map(map(op, shape, dense(y, t, shape), t, others[2]));
                        boolean transcendental = op == UnaryOp.TANH;
                        assertSame(x, y, t, t == DType.FLOAT32 && transcendental ? 1 : 0, op + " " + t + " sliced");
                    }
                    long[] shape3 = {2, rows, cols};
                    CpuStorage a3 = data(t, 2 * rows * cols, rnd);
                    CpuStorage x = CpuStorage.allocate(t, 2L * rows * cols);
                    CpuStorage y = CpuStorage.allocate(t, 2L * rows * cols);
                    Operand row3 = Operand.of(rowVec, t, 0, new long[]{0, 0, 1});
                    CPU.map(map(BinaryOp.ADD, shape3, dense(x, t, shape3), t, dense(a3, t, shape3), row3));
                    SCALAR.map(map(BinaryOp.ADD, shape3, dense(y, t, shape3), t, dense(a3, t, shape3), row3));
                    assertSame(x, y, t, 0, "3-d row broadcast " + t + " " + rows + "x" + cols);
                }
            }
        }
    }

    private static void fill(CpuStorage s, DType t, int n, double value) {
        for (int i = 0; i < n; i++) {
            set(s, t, i, value);
        }
    }

    /** Both vector leaf kernels (512- and 256-bit; the hardware picks one) keep the scalar leaf's association bit for bit. */
    @Test
    void bothLeafSumKernelsMatchTheScalarLeaf() {
        Random rnd = new Random(24);
        for (DType t : FLOATS) {
            boolean f32 = t == DType.FLOAT32;
            for (int n : new int[]{32, 33, 63, 64, 100, 511, 512}) {
                CpuStorage data = random(t, n, rnd);
                for (int i = 0; i < n; i += 7) {
                    set(data, t, i, get(data, t, i) * 1e6);
                }
                double want = PairwiseSum.leaf(all(data, t), 0, n);
                double narrow = VectorSimd.leafSum256(data.segment(), f32, t.byteSize(), 0, n);
                assertEquals(Double.doubleToLongBits(want), Double.doubleToLongBits(narrow), t + " n=" + n + " 256-bit");
                if (jdk.incubator.vector.DoubleVector.SPECIES_PREFERRED.length() == 8) {
                    double wide = VectorSimd.leafSum512(data.segment(), f32, t.byteSize(), 0, n);
                    assertEquals(Double.doubleToLongBits(want), Double.doubleToLongBits(wide), t + " n=" + n + " 512-bit");
                }
            }
        }
    }

    @Test
    void reductionsRowsAndMatmul() {
        Random rnd = new Random(22);
        for (DType t : FLOATS) {
            for (int n : new int[]{1, 7, 8, 129, 1000, 100_003, 400_000}) {
                CpuStorage a = random(t, n, rnd);
                for (ReduceOp op : new ReduceOp[]{ReduceOp.SUM, ReduceOp.MEAN, ReduceOp.VAR, ReduceOp.MAX,
                        ReduceOp.MIN, ReduceOp.ARGMAX, ReduceOp.PROD}) {
                    DType outType = op.isArg() ? DType.INT64 : t;
                    CpuStorage x = CpuStorage.allocate(outType, 1);
                    CpuStorage y = CpuStorage.allocate(outType, 1);
                    CPU.reduce(new ReducePlan(op, dense(a, t, n), new long[0], new long[]{n},
                            Operand.of(x, outType, 0, new long[0]), t, 0));
                    SCALAR.reduce(new ReducePlan(op, dense(a, t, n), new long[0], new long[]{n},
                            Operand.of(y, outType, 0, new long[0]), t, 0));
                    assertSame(x, y, outType, 0, op + " " + t + " n=" + n);
                }
            }
            int rows = 37;
            int cols = 301;
            CpuStorage logits = random(t, rows * cols, rnd);
            for (RowOp op : RowOp.values()) {
                long size = op.reducesRow() ? rows : (long) rows * cols;
                CpuStorage x = CpuStorage.allocate(t, size);
                CpuStorage y = CpuStorage.allocate(t, size);
                CPU.rows(new RowPlan(op, dense(logits, t, rows * cols), rows, cols, dense(x, t, size), t));
                SCALAR.rows(new RowPlan(op, dense(logits, t, rows * cols), rows, cols, dense(y, t, size), t));
                assertSame(x, y, t, t == DType.FLOAT32 ? 1 : 0, op + " " + t);
            }
            int m = 70;
            int k = 300;
            int n = 50;
            CpuStorage p = random(t, m * k, rnd);
            CpuStorage q = random(t, k * n, rnd);
            CpuStorage x = CpuStorage.allocate(t, m * n);
            CpuStorage y = CpuStorage.allocate(t, m * n);
            CPU.matmul(new MatmulPlan(new long[0], m, k, n, dense(p, t, m, k), dense(q, t, k, n), dense(x, t, m, n), t));
            SCALAR.matmul(new MatmulPlan(new long[0], m, k, n, dense(p, t, m, k), dense(q, t, k, n), dense(y, t, m, n), t));
            assertSame(x, y, t, 0, "matmul " + t);
        }
    }

    /** Runs {@link NoVectorMain} in a JVM without {@code --add-modules jdk.incubator.vector}. */
    @Test
    void worksWithoutTheVectorModule() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                NoVectorMain.class.getName()));
        pb.redirectErrorStream(true);
        Process process = pb.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
        assertTrue(output.contains("Vector API absent"), output);
        assertTrue(output.contains("OK"), output);
    }
}
