package io.jtensor.cpu;

import io.jtensor.DType;
import io.jtensor.backend.MatmulPlan;
import io.jtensor.backend.Operand;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static io.jtensor.cpu.TestSupport.*;
import static org.junit.jupiter.api.Assertions.*;

class MatmulKernelTest {

    /** (m, k, n) triples: tiny, tails, several k slices (k &gt; 256), wide n (&gt; 2048), parallel sizes. */
    private static final int[][] SHAPES = {{1, 1, 1}, {4, 4, 4}, {7, 5, 3}, {33, 17, 65}, {64, 300, 70},
            {13, 40, 2100}, {200, 200, 200}, {1, 600, 1}};

    private record Mat(CpuStorage storage, Operand operand) {
    }

    /** A rows x cols matrix, C-ordered (0), transposed (1), with padded rows (2) or every other column (3), at an offset. */
    private static Mat matrix(DType t, int rows, int cols, int layout, Random rnd) {
        int pad = 3;
        long offset = 5;
        long size = offset + (long) rows * (cols + pad) + (long) cols * rows;
        CpuStorage s = CpuStorage.allocate(t, size);
        for (long i = 0; i < size; i++) {
            set(s, t, i, t.isFloatingPoint() ? rnd.nextGaussian() : rnd.nextInt(21) - 10);
        }
        long[] strides = switch (layout) {
            case 0 -> new long[]{cols, 1};
            case 1 -> new long[]{1, rows};
            case 2 -> new long[]{cols + pad, 1};
            case 4 -> new long[]{1, rows + pad};
            default -> new long[]{2L * cols, 2};
        };
        return new Mat(s, Operand.of(s, t, offset, strides));
    }

    private static double at(Mat m, DType t, long i, long j) {
        Operand o = m.operand();
        return get(m.storage(), t, o.offset() + i * o.strides()[o.strides().length - 2]
                + j * o.strides()[o.strides().length - 1]);
    }

    /**
     * FLOAT32 packed products accumulate in float32 per 256-deep slice: against a float64
     * reference, within the documented bound (KC + k / KC + 2) eps(float32) times the sum of |a·b|,
     * on a deep product (k = 5000) of values that do not cancel exactly, and on the vector and the
     * scalar kernels alike.
     */
    @Test
    void float32ProductsStayWithinTheSliceBound() {
        Random rnd = new Random(81);
        int m = 13;
        int k = 5000;
        int n = 70;
        for (CpuBackend backend : new CpuBackend[]{CPU, SCALAR}) {
            Mat a = matrix(DType.FLOAT32, m, k, 0, rnd);
            Mat b = matrix(DType.FLOAT32, k, n, 1, rnd);
            Mat c = matrix(DType.FLOAT32, m, n, 0, rnd);
            backend.matmul(new MatmulPlan(new long[0], m, k, n, a.operand(), b.operand(), c.operand(), DType.FLOAT32));
            double[][] av = read(a, DType.FLOAT32, m, k);
            double[][] bv = read(b, DType.FLOAT32, k, n);
            double bound = (MatmulKernel.KC + (double) k / MatmulKernel.KC + 2) * Math.ulp(1.0f) / 2;
            double worst = 0;
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    double[] ref = dotAndAbs(av, bv, i, j, k);
                    double err = Math.abs(at(c, DType.FLOAT32, i, j) - ref[0]) / ref[1];
                    assertTrue(err <= bound, "C[" + i + "][" + j + "] relative error " + err + " > " + bound);
                    worst = Math.max(worst, err);
                }
            }
            // far below the worst case, and clearly a float32 (not a float64) accumulation
            assertTrue(worst > 1e-9 && worst < bound / 10, "worst " + worst);
        }
    }

    @Test
    void floatProductsMatchANaiveTripleLoop() {
        Random rnd = new Random(8);
        for (DType t : new DType[]{DType.FLOAT64, DType.FLOAT32}) {
            for (int[] shape : SHAPES) {
                int m = shape[0];
                int k = shape[1];
                int n = shape[2];
                for (int layout = 0; layout < 3; layout++) {
                    Mat a = matrix(t, m, k, layout, rnd);
                    Mat b = matrix(t, k, n, (layout + 1) % 3, rnd);
                    Mat c = matrix(t, m, n, (layout + 2) % 3, rnd);
                    Mat c2 = matrix(t, m, n, (layout + 2) % 3, rnd);
                    CPU.matmul(new MatmulPlan(new long[0], m, k, n, a.operand(), b.operand(), c.operand(), t));
                    SCALAR.matmul(new MatmulPlan(new long[0], m, k, n, a.operand(), b.operand(), c2.operand(), t));
                    double[][] av = read(a, t, m, k);
                    double[][] bv = read(b, t, k, n);
                    for (int i = 0; i < m; i++) {
                        for (int j = 0; j < n; j++) {
                            double[] ref = dotAndAbs(av, bv, i, j, k);
                            double tolerance = (t == DType.FLOAT32 ? 1e-6 : 1e-13) * (ref[1] + 1);
                            assertEquals(ref[0], at(c, t, i, j), tolerance, t + " " + m + "x" + k + "x" + n);
                            assertEquals(at(c, t, i, j), at(c2, t, i, j), 0.0, "vector and scalar kernels agree");
                        }
                    }
                }
            }
        }
    }

    private static double[][] read(Mat m, DType t, int rows, int cols) {
        double[][] v = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                v[i][j] = at(m, t, i, j);
            }
        }
        return v;
    }

    /**
     * A transposed A or B (unit row stride) is packed a column at a time; the packed panels, and so
     * the products, are bit for bit those of the same values in C order (packed row by row). The
     * 7-row product with a transposed B is packed only under {@code packTransposedB} (without it,
     * {@link #fewRowsTimesTransposedBTransposePanelsInPlace}), set here for every product.
     */
    @Test
    void transposedOperandsPackToTheSameBitsAsCOrder() {
        System.setProperty(MatmulKernel.PACK_TRANSPOSED_B, "true");
        try {
            transposedOperandsPack();
        } finally {
            System.clearProperty(MatmulKernel.PACK_TRANSPOSED_B);
        }
    }

    private static void transposedOperandsPack() {
        Random rnd = new Random(14);
        for (DType t : new DType[] {DType.FLOAT32, DType.FLOAT64}) {
            for (int[] shape : new int[][] {{33, 300, 70}, {200, 200, 200}, {7, 600, 65}, {97, 513, 9}}) {
                int m = shape[0];
                int k = shape[1];
                int n = shape[2];
                Mat at = matrix(t, m, k, 1, rnd);
                Mat ac = matrix(t, m, k, 0, rnd);
                for (int i = 0; i < m; i++) {
                    for (int p = 0; p < k; p++) {
                        set(ac.storage(), t, ac.operand().offset() + (long) i * k + p, at(at, t, i, p));
                    }
                }
                Mat bt = matrix(t, k, n, 1, rnd);
                Mat bc = matrix(t, k, n, 0, rnd);
                for (int p = 0; p < k; p++) {
                    for (int j = 0; j < n; j++) {
                        set(bc.storage(), t, bc.operand().offset() + (long) p * n + j, at(bt, t, p, j));
                    }
                }
                Mat cc = matrix(t, m, n, 0, rnd);
                CPU.matmul(new MatmulPlan(new long[0], m, k, n, ac.operand(), bc.operand(), cc.operand(), t));
                for (Mat[] ab : new Mat[][] {{at, bc}, {ac, bt}, {at, bt}}) {
                    Mat ct = matrix(t, m, n, 0, rnd);
                    CPU.matmul(new MatmulPlan(new long[0], m, k, n, ab[0].operand(), ab[1].operand(), ct.operand(), t));
                    for (int i = 0; i < m; i++) {
                        for (int j = 0; j < n; j++) {
                            assertEquals(Double.doubleToLongBits(at(cc, t, i, j)),
                                    Double.doubleToLongBits(at(ct, t, i, j)), t + " " + m + "x" + k + "x" + n + " A "
                                    + (ab[0] == at ? "T" : "C") + " B " + (ab[1] == bt ? "T" : "C") + " C[" + i + "][" + j
                                    + "]");
                        }
                    }
                }
            }
        }
    }

    /**
     * Products with few columns or a short k and many rows (a convolution by windows is 14400 x 144
     * by 144 x 32) take the packed path, A copied row-major: n and k from 1 to 70 around the
     * register tile's edges (6 rows; 4, 8, 16 or 32 columns; n·k at least 12, so that m stays
     * under 3000), m past a multiple of 6, A C-ordered,
     * transposed, with padded rows or strided columns, B C-ordered (read in place when m is at most
     * {@link MatmulKernel#IN_PLACE_ROWS}) or transposed. Each element is within the documented bound
     * of a plain double loop, and bit for bit what the scalar kernels and the interleaved panels of
     * before session 17 give.
     */
    @Test
    void skinnyProductsAroundTheTileEdgesMatchAPlainLoop() {
        Random rnd = new Random(17);
        int[] sizes = {1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 15, 16, 17, 23, 24, 25, 31, 32, 33, 40, 47, 48, 49, 63, 64, 65, 70};
        int combination = 0;
        for (DType t : new DType[]{DType.FLOAT32, DType.FLOAT64}) {
            double eps = t == DType.FLOAT32 ? Math.ulp(1.0f) : Math.ulp(1.0);
            for (int n : sizes) {
                for (int ki = combination % 4; ki < sizes.length; ki += 4, combination++) {
                    int k = sizes[ki];
                    if (n * k < 12) {
                        continue;
                    }
                    int m = (int) Math.max(40, MatmulKernel.SMALL / ((long) n * k) + 1) + combination % 6;
                    int layoutA = combination % 4;
                    int layoutB = (combination / 4) % 2;
                    check(t, m, k, n, layoutA, layoutB, false, eps, rnd, MatmulKernel.LEGACY_PACKING,
                            "interleaved panels");
                }
            }
        }
    }

    /**
     * A B with contiguous rows ({@code x @ w}) is read in place when A has at most
     * {@link MatmulKernel#IN_PLACE_ROWS} rows and copied in bulk into panels otherwise: m from 2 to
     * 70 (across the threshold and the 6-row tile; m = 1 is a matrix-vector product), n and k from
     * 1 to 70 around the tile's edges and past a 256-deep slice, B C-ordered or with padded rows,
     * A in four layouts, C C-ordered or transposed, sizes large enough to be split over threads.
     * Each element is within the documented bound of a plain double loop, and bit for bit what the
     * scalar kernels and B gathered through double and packed (before session 18) give.
     */
    @Test
    void fewRowsReadContiguousRowsOfBInPlace() {
        Random rnd = new Random(18);
        int[] ms = {2, 3, 5, 6, 7, 8, 12, 13, 31, 47, 63, 64, 65, 70};
        int[] sizes = {1, 2, 3, 4, 7, 8, 9, 15, 16, 17, 24, 31, 32, 33, 47, 48, 49, 63, 64, 65, 70};
        int combination = 0;
        for (DType t : new DType[]{DType.FLOAT32, DType.FLOAT64}) {
            double eps = t == DType.FLOAT32 ? Math.ulp(1.0f) : Math.ulp(1.0);
            for (int n : sizes) {
                for (int ki = combination % 3; ki < sizes.length; ki += 3, combination++) {
                    int k = combination % 17 == 0 ? 300 + sizes[ki] : sizes[ki];
                    int m = ms[combination % ms.length];
                    if ((long) m * n * k <= MatmulKernel.SMALL && k <= MatmulKernel.KC) {
                        k += MatmulKernel.KC;
                    }
                    check(t, m, k, n, combination % 4, combination % 2 == 0 ? 0 : 2, combination % 3 == 0, eps, rnd,
                            MatmulKernel.GATHER_B, "B gathered and packed");
                }
            }
            check(t, 40, 260, 300, 0, 0, false, eps, rnd, MatmulKernel.GATHER_B, "B gathered and packed");
            check(t, 9, 300, 900, 2, 2, true, eps, rnd, MatmulKernel.GATHER_B, "B gathered and packed");
        }
    }

    /**
     * A with at most {@code TRANSPOSED_ROWS} rows times a transposed B ({@code x @ w.T}, w C-ordered
     * or with padded rows) transposes B's panels as they are used: m 1 to 70 (across the threshold
     * and the tiles), n and k 1 to 70 and past a slice and past {@code DOTS_DEPTH}, four layouts of
     * A, C C-ordered or transposed: within the packed bound of a plain double loop, and bit for bit
     * the packed path ({@code packTransposedB}), the scalar kernel and (m and n above 1: not a
     * matrix-vector product, whose form depends on the layout) the same product with a C-ordered
     * copy of B. Under {@code dotsTransposedB} the session-18 dot products keep their
     * documented association (2 to {@code DOTS_ROWS} rows, k up to {@code DOTS_DEPTH}).
     */
    @Test
    void fewRowsTimesTransposedBTransposePanelsInPlace() {
        Random rnd = new Random(1818);
        int[] ms = {1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 32, 33, 64, 70};
        int[] sizes = {1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 24, 31, 33, 64, 70};
        int combination = 0;
        for (DType t : new DType[]{DType.FLOAT32, DType.FLOAT64}) {
            for (int n : sizes) {
                for (int ki = combination % 3; ki < sizes.length; ki += 3, combination++) {
                    int k = combination % 7 == 0 ? 250 + sizes[ki] : sizes[ki];
                    int m = ms[combination % ms.length];
                    if ((long) m * n * k <= MatmulKernel.SMALL && k <= MatmulKernel.KC) {
                        k += MatmulKernel.KC;
                    }
                    checkTransposedB(t, m, k, n, combination % 4, combination % 2 == 0 ? 1 : 4,
                            combination % 3 == 0, rnd);
                }
            }
            checkTransposedB(t, 8, 784, 128, 0, 1, false, rnd);
            checkTransposedB(t, 16, MatmulKernel.DOTS_DEPTH, 37, 3, 4, true, rnd);
            checkTransposedB(t, 6, MatmulKernel.DOTS_DEPTH + 1, 40, 0, 1, false, rnd);
            checkTransposedB(t, 3, 700, 1500, 2, 1, false, rnd);
            checkTransposedB(t, 32, 1031, 203, 1, 4, false, rnd);
        }
    }

    /** {@link #fewRowsTimesTransposedBTransposePanelsInPlace} for one shape and layout. */
    private static void checkTransposedB(DType t, int m, int k, int n, int layoutA, int layoutB, boolean transposedC,
                                         Random rnd) {
        boolean f32 = t == DType.FLOAT32;
        double eps = f32 ? Math.ulp(1.0f) : Math.ulp(1.0);
        Mat a = matrix(t, m, k, layoutA, rnd);
        Mat b = matrix(t, k, n, layoutB, rnd);
        Mat bc = cOrderedCopy(b, t, k, n);
        String what = t + " " + m + "x" + k + "x" + n + " A layout " + layoutA + " B layout " + layoutB
                + (transposedC ? " C transposed" : "");
        Mat c = product(CPU, t, m, k, n, a, b, null, transposedC);
        Mat scalar = product(SCALAR, t, m, k, n, a, b, null, transposedC);
        Mat packed = product(CPU, t, m, k, n, a, b, MatmulKernel.PACK_TRANSPOSED_B, transposedC);
        Mat cOrdered = product(CPU, t, m, k, n, a, bc, null, transposedC);
        Mat dots = product(CPU, t, m, k, n, a, b, MatmulKernel.DOTS_TRANSPOSED_B, transposedC);
        double[][] av = read(a, t, m, k);
        double[][] bv = read(b, t, k, n);
        boolean dotsPath = m > 1 && n > 1 && m <= MatmulKernel.DOTS_ROWS && k <= MatmulKernel.DOTS_DEPTH;
        int lanes = f32 ? GemmMicroKernel.DOT_LANES_FLOAT : GemmMicroKernel.DOT_LANES_DOUBLE;
        double packedBound = (Math.min(k, MatmulKernel.KC) + (double) k / MatmulKernel.KC + 2) * eps / 2;
        double dotsBound = ((k + lanes - 1) / lanes + Integer.numberOfTrailingZeros(lanes) + 1) * eps / 2;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double[] ref = dotAndAbs(av, bv, i, j, k);
                double got = at(c, t, i, j);
                double viaDots = at(dots, t, i, j);
                int row = i;
                int col = j;
                assertTrue(Math.abs(got - ref[0]) <= packedBound * ref[1],
                        () -> what + " C[" + row + "][" + col + "] = " + got + ", plain loop " + ref[0]);
                assertEquals(Double.doubleToLongBits(at(packed, t, i, j)), Double.doubleToLongBits(got),
                        () -> what + " C[" + row + "][" + col + "]: the packed bits");
                if (m > 1 && n > 1) {
                    assertEquals(Double.doubleToLongBits(at(cOrdered, t, i, j)), Double.doubleToLongBits(got),
                            () -> what + " C[" + row + "][" + col + "]: the bits of a C-ordered B");
                }
                assertEquals(Double.doubleToLongBits(at(scalar, t, i, j)), Double.doubleToLongBits(got),
                        () -> what + " scalar kernel C[" + row + "][" + col + "]");
                if (dotsPath) {
                    double expected = documentedDot(av[i], bv, j, k, f32);
                    assertTrue(Math.abs(viaDots - ref[0]) <= dotsBound * ref[1],
                            () -> what + " dots C[" + row + "][" + col + "] = " + viaDots + ", plain loop " + ref[0]);
                    assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(viaDots),
                            () -> what + " dots C[" + row + "][" + col + "] = " + viaDots
                                    + ", documented association " + expected);
                } else {
                    assertEquals(Double.doubleToLongBits(at(packed, t, i, j)), Double.doubleToLongBits(viaDots),
                            () -> what + " C[" + row + "][" + col + "] outside the dots path: the packed bits");
                }
            }
        }
    }

    /** A C-ordered copy (layout 0) of a rows x cols matrix. */
    private static Mat cOrderedCopy(Mat m, DType t, int rows, int cols) {
        CpuStorage s = CpuStorage.allocate(t, (long) rows * cols);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                set(s, t, (long) i * cols + j, at(m, t, i, j));
            }
        }
        return new Mat(s, dense(s, t, rows, cols));
    }

    /**
     * {@link GemmMicroKernel#transposePanel} of the vector and the scalar kernels writes each
     * column of B (read at an offset, with padded columns) as a panel column, element for element
     * (bits as they are, NaN payloads included), and zeros past {@code cols}: depths across the
     * 8 x 8 and 4 x 4 blocks and their tails, 1 to {@code nr} columns, the panel's previous
     * contents overwritten.
     */
    @Test
    void transposedPanelsHoldBsColumnsBitForBit() {
        Simd simd = SimdLoader.load().simd();
        assertNotNull(simd, "the Vector API is expected in the tests");
        Random rnd = new Random(1919);
        for (GemmMicroKernel kernel : new GemmMicroKernel[]{simd.gemmKernel(), new GemmMicroKernel.Scalar()}) {
            for (int kc : new int[]{1, 3, 4, 5, 7, 8, 9, 11, 12, 13, 15, 16, 17, 20, 23, 24, 31, 100, 255, 256}) {
                for (int pad : new int[]{0, 5}) {
                    for (DType t : new DType[]{DType.FLOAT32, DType.FLOAT64}) {
                        boolean f32 = t == DType.FLOAT32;
                        int nr = f32 ? kernel.nrFloat() : kernel.nr();
                        for (int cols : new int[]{1, nr - 1, nr}) {
                            checkPanel(kernel, t, kc, kc + pad, cols, nr, rnd);
                        }
                    }
                }
            }
        }
    }

    private static void checkPanel(GemmMicroKernel kernel, DType t, int kc, int ldb, int cols, int nr, Random rnd) {
        long off = 7;
        CpuStorage s = random(t, (int) (off + (long) nr * ldb + 8), rnd);
        java.lang.foreign.MemorySegment seg = s.segment();
        long nan = off + ldb + kc / 2;
        if (t == DType.FLOAT32) {
            seg.setAtIndex(ElementIO.FLOAT, nan, Float.intBitsToFloat(0x7fc0_1234));
            float[] panel = new float[kc * nr];
            java.util.Arrays.fill(panel, 3f);
            kernel.transposePanel(kc, seg, off, ldb, cols, panel);
            for (int p = 0; p < kc; p++) {
                for (int j = 0; j < nr; j++) {
                    float want = j < cols ? seg.getAtIndex(ElementIO.FLOAT, off + (long) j * ldb + p) : 0f;
                    assertEquals(Float.floatToRawIntBits(want), Float.floatToRawIntBits(panel[p * nr + j]),
                            kernel.getClass().getSimpleName() + " float32 kc " + kc + " ldb " + ldb + " cols " + cols
                                    + " panel[" + p + "][" + j + "]");
                }
            }
        } else {
            seg.setAtIndex(ElementIO.DOUBLE, nan, Double.longBitsToDouble(0x7ff8_0000_0000_1234L));
            double[] panel = new double[kc * nr];
            java.util.Arrays.fill(panel, 3.0);
            kernel.transposePanel(kc, seg, off, ldb, cols, panel);
            for (int p = 0; p < kc; p++) {
                for (int j = 0; j < nr; j++) {
                    double want = j < cols ? seg.getAtIndex(ElementIO.DOUBLE, off + (long) j * ldb + p) : 0.0;
                    assertEquals(Double.doubleToRawLongBits(want), Double.doubleToRawLongBits(panel[p * nr + j]),
                            kernel.getClass().getSimpleName() + " float64 kc " + kc + " ldb " + ldb + " cols " + cols
                                    + " panel[" + p + "][" + j + "]");
                }
            }
        }
    }

    /** The dot of row {@code a} and column {@code j} of {@code bv} as {@link GemmMicroKernel#dots} documents it. */
    private static double documentedDot(double[] a, double[][] bv, int j, int k, boolean f32) {
        if (f32) {
            float[] s = new float[8];
            for (int p = 0; p < k; p++) {
                s[p % 8] = Math.fma((float) a[p], (float) bv[p][j], s[p % 8]);
            }
            return ((s[0] + s[4]) + (s[2] + s[6])) + ((s[1] + s[5]) + (s[3] + s[7]));
        }
        double[] s = new double[4];
        for (int p = 0; p < k; p++) {
            s[p % 4] = Math.fma(a[p], bv[p][j], s[p % 4]);
        }
        return (s[0] + s[2]) + (s[1] + s[3]);
    }

    /**
     * A batch of few-row products times one transposed B, broadcast over the batch
     * ({@code (B, m, k) @ w.T}): each product as the unbatched one gives, bit for bit.
     */
    @Test
    void batchedFewRowsTimesTransposedB() {
        Random rnd = new Random(1819);
        for (DType t : new DType[]{DType.FLOAT32, DType.FLOAT64}) {
            int batch = 5;
            int m = 7;
            int k = 300;
            int n = 45;
            CpuStorage a = random(t, batch * m * k, rnd);
            CpuStorage w = random(t, n * k, rnd);
            CpuStorage c = CpuStorage.allocate(t, (long) batch * m * n);
            Operand bo = Operand.of(w, t, 0, new long[]{0, 1, k});
            CPU.matmul(new MatmulPlan(new long[]{batch}, m, k, n, Operand.of(a, t, 0, new long[]{(long) m * k, k, 1}),
                    bo, Operand.of(c, t, 0, new long[]{(long) m * n, n, 1}), t));
            for (int q = 0; q < batch; q++) {
                CpuStorage one = CpuStorage.allocate(t, (long) m * n);
                CPU.matmul(new MatmulPlan(new long[0], m, k, n, Operand.of(a, t, (long) q * m * k, new long[]{k, 1}),
                        Operand.of(w, t, 0, new long[]{1, k}), Operand.of(one, t, 0, new long[]{n, 1}), t));
                for (long e = 0; e < (long) m * n; e++) {
                    assertEquals(Double.doubleToLongBits(get(one, t, e)),
                            Double.doubleToLongBits(get(c, t, (long) q * m * n + e)), t + " batch " + q + " element " + e);
                }
            }
        }
    }

    /**
     * A (m x k, {@code layoutA}) times B (k x n, {@code layoutB}) into a C-ordered or transposed C:
     * within the slice bound of a plain double loop, and bit for bit what the scalar kernels and the
     * CPU kernels with the system property {@code old} set to true ({@code oldName}) give.
     */
    private static void check(DType t, int m, int k, int n, int layoutA, int layoutB, boolean transposedC, double eps,
                              Random rnd, String old, String oldName) {
        Mat a = matrix(t, m, k, layoutA, rnd);
        Mat b = matrix(t, k, n, layoutB, rnd);
        String what = t + " " + m + "x" + k + "x" + n + " A layout " + layoutA + " B layout " + layoutB
                + (transposedC ? " C transposed" : "");
        Mat c = product(CPU, t, m, k, n, a, b, null, transposedC);
        Mat scalar = product(SCALAR, t, m, k, n, a, b, null, transposedC);
        Mat before = product(CPU, t, m, k, n, a, b, old, transposedC);
        double[][] av = read(a, t, m, k);
        double[][] bv = read(b, t, k, n);
        double bound = (Math.min(k, MatmulKernel.KC) + (double) k / MatmulKernel.KC + 2) * eps / 2;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double[] ref = dotAndAbs(av, bv, i, j, k);
                double got = at(c, t, i, j);
                int row = i;
                int col = j;
                assertTrue(Math.abs(got - ref[0]) <= bound * ref[1],
                        () -> what + " C[" + row + "][" + col + "] = " + got + ", plain loop " + ref[0]);
                assertEquals(Double.doubleToLongBits(got), Double.doubleToLongBits(at(scalar, t, i, j)),
                        () -> what + " scalar kernel C[" + row + "][" + col + "]");
                assertEquals(Double.doubleToLongBits(got), Double.doubleToLongBits(at(before, t, i, j)),
                        () -> what + " " + oldName + " C[" + row + "][" + col + "]");
            }
        }
    }

    /** C = A B into a fresh C (C-ordered, or a transposed view), with the system property {@code old} set to true if not null. */
    private static Mat product(CpuBackend backend, DType t, int m, int k, int n, Mat a, Mat b, String old,
                               boolean transposedC) {
        CpuStorage out = CpuStorage.allocate(t, (long) m * n);
        Mat c = new Mat(out, transposedC ? Operand.of(out, t, 0, new long[]{1, m}) : dense(out, t, m, n));
        MatmulPlan plan = new MatmulPlan(new long[0], m, k, n, a.operand(), b.operand(), c.operand(), t);
        if (old != null) {
            System.setProperty(old, "true");
        }
        try {
            backend.matmul(plan);
        } finally {
            if (old != null) {
                System.clearProperty(old);
            }
        }
        return c;
    }

    @Test
    void batchedWithBroadcastBatchDimensions() {
        Random rnd = new Random(12);
        DType t = DType.FLOAT64;
        int m = 5;
        int k = 7;
        int n = 3;
        // a: batch (2, 1) broadcast over the second batch dim; b: batch (1, 3) broadcast over the first
        CpuStorage a = random(t, 2 * m * k, rnd);
        CpuStorage b = random(t, 3 * k * n, rnd);
        CpuStorage c = CpuStorage.allocate(t, 6 * m * n);
        Operand ao = Operand.of(a, t, 0, new long[]{(long) m * k, 0, k, 1});
        Operand bo = Operand.of(b, t, 0, new long[]{0, (long) k * n, n, 1});
        Operand co = Operand.of(c, t, 0, new long[]{3L * m * n, (long) m * n, n, 1});
        CPU.matmul(new MatmulPlan(new long[]{2, 3}, m, k, n, ao, bo, co, t));
        for (int x = 0; x < 2; x++) {
            for (int y = 0; y < 3; y++) {
                for (int i = 0; i < m; i++) {
                    for (int j = 0; j < n; j++) {
                        double ref = 0;
                        for (int p = 0; p < k; p++) {
                            ref += get(a, t, (long) x * m * k + (long) i * k + p) * get(b, t, (long) y * k * n + (long) p * n + j);
                        }
                        assertEquals(ref, get(c, t, (x * 3L + y) * m * n + (long) i * n + j), 1e-12);
                    }
                }
            }
        }
        // many small products: split over the batch
        int batch = 3000;
        CpuStorage sa = random(DType.FLOAT32, batch * 16, rnd);
        CpuStorage sc = CpuStorage.allocate(DType.FLOAT32, batch * 16);
        CPU.matmul(new MatmulPlan(new long[]{batch}, 4, 4, 4, Operand.of(sa, DType.FLOAT32, 0, new long[]{16, 4, 1}),
                Operand.of(sa, DType.FLOAT32, 0, new long[]{16, 1, 4}), Operand.of(sc, DType.FLOAT32, 0,
                new long[]{16, 4, 1}), DType.FLOAT32));
        for (int q = 0; q < batch; q += 97) {
            for (int i = 0; i < 4; i++) {
                for (int j = 0; j < 4; j++) {
                    double ref = 0;
                    for (int p = 0; p < 4; p++) {
                        ref += get(sa, DType.FLOAT32, q * 16L + i * 4 + p) * get(sa, DType.FLOAT32, q * 16L + j * 4 + p);
                    }
                    assertEquals(ref, get(sc, DType.FLOAT32, q * 16L + i * 4 + j), 1e-5);
                }
            }
        }
    }

    @Test
    void emptyInnerDimensionGivesZeros() {
        for (DType t : new DType[]{DType.FLOAT32, DType.INT64}) {
            CpuStorage c = storage(t, 1, 2, 3, 4, 5, 6);
            CpuStorage none = CpuStorage.allocate(t, 0);
            CPU.matmul(new MatmulPlan(new long[0], 2, 0, 3, Operand.of(none, t, 0, new long[]{0, 1}),
                    Operand.of(none, t, 0, new long[]{3, 1}), dense(c, t, 2, 3), t));
            assertArrayEquals(new double[6], all(c, t));
        }
    }

    @Test
    void integerProductsWrap() {
        Random rnd = new Random(3);
        for (DType t : new DType[]{DType.INT32, DType.INT64}) {
            int m = 9;
            int k = 300;
            int n = 11;
            CpuStorage a = CpuStorage.allocate(t, (long) m * k);
            CpuStorage b = CpuStorage.allocate(t, (long) k * n);
            for (int i = 0; i < m * k; i++) {
                ElementIO.writeLong(a.segment(), t, i, t == DType.INT32 ? rnd.nextInt() : rnd.nextLong());
            }
            for (int i = 0; i < k * n; i++) {
                ElementIO.writeLong(b.segment(), t, i, t == DType.INT32 ? rnd.nextInt() : rnd.nextLong());
            }
            CpuStorage c = CpuStorage.allocate(t, (long) m * n);
            CPU.matmul(new MatmulPlan(new long[0], m, k, n, dense(a, t, m, k), dense(b, t, k, n), dense(c, t, m, n), t));
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    long ref = 0;
                    for (int p = 0; p < k; p++) {
                        ref += getLong(a, t, (long) i * k + p) * getLong(b, t, (long) p * n + j);
                    }
                    long want = t == DType.INT32 ? (int) ref : ref;
                    assertEquals(want, getLong(c, t, (long) i * n + j));
                }
            }
        }
        CpuStorage x = longs(DType.BOOL, 1, 0, 1, 1);
        CpuStorage y = longs(DType.BOOL, 1, 1, 0, 1);
        CpuStorage z = CpuStorage.allocate(DType.BOOL, 4);
        CPU.matmul(new MatmulPlan(new long[0], 2, 2, 2, dense(x, DType.BOOL, 2, 2), dense(y, DType.BOOL, 2, 2),
                dense(z, DType.BOOL, 2, 2), DType.BOOL));
        assertArrayEquals(new double[]{1, 1, 1, 1}, all(z, DType.BOOL));
    }

    /** Row i of a times column j of b in double, and the sum of the absolute products. */
    private static double[] dotAndAbs(double[][] av, double[][] bv, int i, int j, int k) {
        double ref = 0;
        double abs = 0;
        for (int p = 0; p < k; p++) {
            ref += av[i][p] * bv[p][j];
            abs += Math.abs(av[i][p] * bv[p][j]);
        }
        return new double[] {ref, abs};
    }
}
