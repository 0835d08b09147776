package io.jtensor.cpu;

import io.jtensor.DType;
import io.jtensor.op.BinaryOp;
import io.jtensor.op.UnaryOp;

import java.lang.foreign.MemorySegment;

/**
 * Vectorised fast paths for contiguous FLOAT32/FLOAT64 data (argmax and argmin included), the
 * common integer element-wise ops, the sum, max, min, argmax and argmin of every integer type.
 * The only implementation, {@code VectorSimd}, uses the JDK Vector API and is loaded by
 * {@link SimdLoader} only when the {@code jdk.incubator.vector} module is present; every caller
 * has a scalar path for the cases this interface declines (a {@code false} result).
 *
 * <p>Contract: results are bit-identical to the scalar paths (FLOAT64 exp included: both are
 * {@link ExpDouble}), except FLOAT32 transcendental functions: exp is evaluated on float lanes
 * (within 0.833 ULP of the exact value, so at most one ULP from the correctly rounded float the
 * scalar path gives), the others evaluate the float64 function in vector lanes (within 1 ULP of
 * float64, so the float result is practically always the same correctly-rounded value). FLOAT32
 * softmax rows are within 2.2 ULP of the exact value. Integer results are exact two's-complement
 * wrapping arithmetic, as {@link LongOps} and {@link LongAccumulators} compute them. Offsets count
 * elements.
 */
interface Simd {

    /** What is used, e.g. "Vector API 256-bit lanes". */
    String description();

    /**
     * {@code out[i] = op(in[i])} for {@code i < n}, both contiguous of type {@code type}; with
     * {@code n == 0} it only answers whether the op is vectorised.
     *
     * @return false when the op is not vectorised (nothing was written)
     */
    boolean unary(UnaryOp op, DType type, MemorySegment in, long inOff, MemorySegment out, long outOff, long n);

    /**
     * {@code out[i] = a[i] op b[i]} for an arithmetic op, {@code i < n}. An input whose segment is
     * null is the scalar given next to it (already of {@code type}); the other inputs are
     * contiguous of type {@code type}. With {@code n == 0} it only answers whether the op is
     * vectorised.
     *
     * @return false when the op is not vectorised (nothing was written)
     */
    boolean binary(BinaryOp op, DType type, MemorySegment a, long aOff, double aScalar, MemorySegment b, long bOff,
                   double bScalar, MemorySegment out, long outOff, long n);

    /**
     * {@code out[i] = a[i] op b[i]} for the six comparisons of FLOAT32 or FLOAT64, {@code out} BOOL
     * (one byte, 0 or 1, per element): NaN compares false except under not_equal, -0.0 equals 0.0.
     * Inputs as in {@link #binary}. With {@code n == 0} it only answers whether the op is vectorised.
     *
     * @return false when the op or type is not vectorised (nothing was written)
     */
    boolean compare(BinaryOp op, DType type, MemorySegment a, long aOff, double aScalar, MemorySegment b, long bOff,
                    double bScalar, MemorySegment out, long outOff, long n);

    /**
     * {@code out[i] = op(in[i])} for {@code i < n}, both contiguous of the integer {@code type},
     * with wrapping arithmetic: {@code NEGATIVE}, {@code ABS} (the minimum value of a signed type
     * stays itself; a copy for an unsigned one), {@code SQUARE} and {@code INVERT}. For INT8,
     * UINT8, INT16 and UINT16 (planned in int32) and UINT32 (planned in int64) the results are the
     * wider results wrapped to the type. With {@code n == 0} it only answers whether the op is
     * vectorised.
     *
     * @return false when the op or type is not vectorised (nothing was written)
     */
    boolean integerUnary(UnaryOp op, DType type, MemorySegment in, long inOff, MemorySegment out, long outOff,
                         long n);

    /**
     * {@code out[i] = a[i] op b[i]} for {@code i < n} on the integer {@code type} with wrapping
     * arithmetic: add, subtract, multiply, maximum, minimum ({@code fmax}/{@code fmin} alike), the
     * bitwise and/or/xor and the six comparisons, whose {@code out} is BOOL (one byte, 0 or 1, per
     * element). For INT8, UINT8, INT16 and UINT16 (planned in int32) and UINT32 (planned in int64)
     * the results are the wider results wrapped to the type (maximum, minimum and the comparisons
     * unsigned for the unsigned types); maximum, minimum and the comparisons with a scalar outside
     * the type's range are declined. An input whose segment is null is the scalar given next to it,
     * exact and already wrapped to the compute type; the other inputs are contiguous of
     * {@code type}, and so is {@code out} for the ops that do not give bool. With {@code n == 0} it
     * only answers whether the op is vectorised (for these scalars).
     *
     * @return false when the op, type or scalar is not vectorised (nothing was written)
     */
    boolean integerBinary(BinaryOp op, DType type, MemorySegment a, long aOff, long aScalar, MemorySegment b,
                          long bOff, long bScalar, MemorySegment out, long outOff, long n);

    /**
     * The sum, wrapping in int64, of {@code n} contiguous elements of any integer type (INT8 and
     * INT16 sign-extended, UINT8, UINT16 and UINT32 zero-extended; wrapping addition is
     * associative, so any grouping gives the scalar loop's result).
     */
    long integerSum(MemorySegment s, DType type, long off, long n);

    /**
     * The maximum (or minimum) of {@code n} contiguous INT8, INT16, INT32 or INT64 elements, or of
     * UINT8, UINT16 or UINT32 ones (compared unsigned, returned zero-extended); the identity ({@link Long#MIN_VALUE} or {@link Long#MAX_VALUE}) when {@code n == 0}.
     */
    long integerExtreme(MemorySegment s, DType type, long off, long n, boolean max);

    /**
     * The position, within the run, of the first maximum (or minimum) of {@code n >= 1} contiguous
     * elements of any integer type of {@link #integerExtreme} (the same order: unsigned for UINT8,
     * UINT16 and UINT32), as NumPy's argmax and argmin pick it among equal extremes.
     */
    long integerArgExtreme(MemorySegment s, DType type, long off, long n, boolean max);

    /**
     * Copies a tile of raw 4- or 8-byte elements transposed:
     * {@code dst[t * width + j] = in[from + t + j * along]} for {@code t < rows}, {@code j < width},
     * offsets in elements.
     *
     * @return false when not vectorised for this element size or row count (nothing was written)
     */
    boolean transposeTile(int byteSize, MemorySegment in, long from, long along, int rows, int width,
                          MemorySegment dst);

    /**
     * {@code out[outOff + i] = src[srcOff + i]} where the BOOL {@code mask[maskOff + i]} is non-zero,
     * for {@code i < n}, all contiguous, {@code src} and {@code out} of FLOAT32, FLOAT64 or any
     * integer {@code type} (raw bits are moved); elements of {@code out} where the mask is zero keep
     * their bits (they may be rewritten with them).
     *
     * @return false when not vectorised for {@code type} on this hardware (nothing was written)
     */
    boolean maskedCopy(DType type, MemorySegment src, long srcOff, MemorySegment mask, long maskOff,
                       MemorySegment out, long outOff, long n);

    /**
     * The sum, in double, of {@code n} contiguous FLOAT32 or FLOAT64 elements with
     * {@link PairwiseSum#leaf}'s association (32 running sums over interleaved elements, folded
     * in a fixed order, then the remainder added in order), bit for bit.
     */
    double leafSum(MemorySegment s, DType type, long off, int n);

    /**
     * {@link #leafSum} of the squared deviations of {@code n} contiguous FLOAT32 or FLOAT64 elements
     * from {@code mean}, bit for bit the scalar {@code (v - mean)²} of each element (for FLOAT32 the
     * difference rounded to float and squared in float, as NumPy's {@code _var} squares float32
     * deviations) summed with {@link PairwiseSum#leaf}'s association. NaN or infinite elements or
     * mean give NaN or Inf as the scalar loop does.
     */
    double squaredDeviationLeaf(MemorySegment s, DType type, long off, int n, double mean);

    /** The longs in one vector: the lines {@link #compareExchangeRows} sorts at once. */
    int longLanes();

    /**
     * For each pair (i, j) of {@code network} in turn ({@code network[2c]}, {@code network[2c + 1]}),
     * the signed minimum of rows i and j of {@code a} into row i and the maximum into row j, lane by
     * lane, each row {@link #longLanes} longs ({@code a[i * longLanes() ..]}): a sorting network run
     * over that many lines at once, one per lane.
     */
    void compareExchangeRows(long[] a, int[] network);

    /**
     * {@link #compareExchangeRows(long[], int[])} of (key, position) pairs: rows i and j of
     * {@code keys} and of {@code positions} exchanged together, lane by lane, where row j's pair is
     * the smaller (signed key first, then position), so that each lane's pairs end in that order.
     */
    void compareExchangeRows(long[] keys, long[] positions, int[] network);

    /**
     * NumPy's argmax (or argmin) of {@code n >= 1} contiguous FLOAT32 or FLOAT64 elements, bit for
     * bit {@link FloatArg#first}: the position within the run of the first NaN, else of the first
     * maximum (minimum), -0.0 equal to 0.0.
     */
    long floatArgExtreme(MemorySegment s, DType type, long off, long n, boolean max);

    /**
     * {@link #floatArgExtreme} of {@code rows} short rows of {@code cols} FLOAT32 or FLOAT64
     * elements each, row {@code r} contiguous at {@code off + r * rowStride}, into
     * {@code dst[0 .. rows)}; bit for bit {@link FloatArg#first} of every row.
     *
     * @return false, with nothing written, when {@code cols} is outside the range this path takes
     * (rows too long, which {@link #floatArgExtreme} takes on lanes one by one, or of one element)
     */
    boolean floatArgRows(MemorySegment s, DType type, long off, long rowStride, int rows, int cols, boolean max,
                         long[] dst);

    /**
     * NumPy's argmax (or argmin) down each of {@code lanes} columns of {@code rows} rows of
     * FLOAT32, FLOAT64, INT32 or INT64 elements, element {@code j} of row {@code r} at
     * {@code off + r * rowStride + j}: {@code dst[j]} is the row of column {@code j}'s first NaN,
     * else of its first maximum (minimum), -0.0 equal to 0.0 ({@code x.argmax(0)} of a C-ordered
     * matrix, bit for bit {@link FloatArg#first} of each column).
     *
     * @return false, with nothing written, for another type or more rows than this path counts
     */
    boolean argColumns(MemorySegment s, DType type, long off, long rowStride, long rows, int lanes, boolean max,
                       long[] dst);

    /**
     * Folds {@code rows} rows of {@code lanes} FLOAT32 or FLOAT64 elements into
     * {@code acc[0 .. lanes)}, element {@code j} of row {@code r} at {@code off + r * rowStride + j},
     * one row after another in double: {@code ADD} ({@code acc[j] += x}), {@code MULTIPLY}
     * ({@code acc[j] *= x}), {@code MAXIMUM} or {@code MINIMUM} ({@link Math#max}/{@link Math#min}
     * rules: NaN wins, -0.0 below 0.0). Bit for bit the scalar loop over the rows in order
     * ({@code x.sum(0)} of a C-ordered matrix, one leaf of rows at a time).
     *
     * @return false, with nothing folded, for another type or op
     */
    boolean foldColumns(BinaryOp op, MemorySegment s, DType type, long off, long rowStride, int rows, int lanes,
                        double[] acc);

    /**
     * {@link #foldColumns} of INT32 or INT64 elements into long accumulators: {@code ADD} wrapping
     * in int64, {@code MAXIMUM} or {@code MINIMUM} (INT32 elements sign-extended).
     *
     * @return false, with nothing folded, for another type or op
     */
    boolean foldIntegerColumns(BinaryOp op, MemorySegment s, DType type, long off, long rowStride, int rows,
                               int lanes, long[] acc);

    /** The maximum (or minimum) of {@code n >= 1} contiguous elements, NaN if any is NaN ({@link Math#max} rules). */
    double extreme(MemorySegment s, DType type, long off, long n, boolean max);

    /**
     * {@code dst[pos + i] = exp(x[i] - shift)} in double for {@code n} contiguous FLOAT32 or FLOAT64
     * elements; FLOAT64 with {@link ExpDouble#exp} (bit-identical), FLOAT32 within 1 ULP of it.
     *
     * @return false when not vectorised for {@code type}
     */
    boolean expShifted(MemorySegment s, DType type, long off, int n, double shift, double[] dst, int pos);

    /**
     * {@code r[i] = ExpDouble.exp(x[i])} for {@code i < n} (bit-identical), on double work buffers.
     *
     * @return false when not vectorised
     */
    boolean exp(double[] x, double[] r, int n);

    /**
     * {@code out[outOff + i] = exp(in[off + i] - shift)} on float lanes for {@code n} contiguous
     * FLOAT32 elements (each within 0.85 ULP of the exact value, the difference taken exactly),
     * and returns the sum of those float results in double.
     */
    double expShiftedFloat(MemorySegment in, long off, int n, float shift, MemorySegment out, long outOff);

    /** {@code seg[off + i] = (float) (seg[off + i] * factor)} in double for {@code n} contiguous FLOAT32 elements. */
    void scaleFloat(MemorySegment seg, long off, long n, double factor);

    /**
     * {@code out[outOff + i] = (float) ((in[off + i] - a) - b)} in double for {@code n} contiguous
     * FLOAT32 elements.
     *
     * @return false when not vectorised
     */
    boolean shiftedFloat(MemorySegment in, long off, int n, double a, double b, MemorySegment out, long outOff);

    /**
     * {@code out[off + i] = src[i] / divisor} for {@code i < n}, FLOAT64 {@code out}.
     *
     * @return false when not vectorised
     */
    boolean storeDividedDouble(double[] src, int n, double divisor, MemorySegment out, long off);

    /**
     * {@code out[outOff + i] = (in[off + i] - a) - b} for {@code n} contiguous FLOAT64 elements.
     *
     * @return false when not vectorised
     */
    boolean shiftedDouble(MemorySegment in, long off, long n, double a, double b, MemorySegment out, long outOff);

    /** The register-blocked matrix-multiply micro-kernel. */
    GemmMicroKernel gemmKernel();

    /** The matrix-vector and dot-product kernels (bit-identical to {@link GemvKernel.Scalar}). */
    GemvKernel gemvKernel();
}
