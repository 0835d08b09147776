package io.jtensor.conformance;

import io.jtensor.DType;
import io.jtensor.backend.Backend;
import io.jtensor.op.BinaryOp;
import io.jtensor.op.RowOp;
import io.jtensor.op.UnaryOp;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;

/**
 * The backend conformance suite: every contract of the jtensor API, run against one backend.
 *
 * <p>A backend module tests itself by extending this class once (EJML {@code Generic*Tests}
 * style) and naming its backend:
 *
 * <pre>{@code
 * class OpenClConformanceTest extends ConformanceSuite {
 *     protected Backend backend() { return Backends.get("opencl"); }
 *     protected Tolerance unaryTolerance(UnaryOp op, DType type) { ... looser bounds of the device ... }
 * }
 * }</pre>
 *
 * <p>Each family carries a JUnit tag of its class name in lower case, so one family can be run
 * alone on one backend, e.g. {@code mvn -o surefire:test@default-test -Dtest=OpenClConformanceTest
 * -Dgroups=sorting} in {@code tests/} (after {@code test-compile}); surefire's {@code -Dtest} cannot
 * name a nested class of this abstract suite.
 *
 * <p>The cases live in the abstract families below, each run as a JUnit {@link Nested} class of
 * the concrete subclass: element-wise ufuncs, reductions, linear algebra, views and conversions,
 * array manipulation (joining, splitting, copyto, clip), error paths, the NumPy reference data,
 * shaping and statistics composed of existing ops (flip, roll, tile, repeat, triangles, meshgrid,
 * nanvar, average, ...), the random generator (the CPU backend's values for a seed, distributions
 * against scipy.stats), the NumPy tutorial and tensors of more than 2<sup>31</sup> elements. Every test runs with
 * {@link #backend()} made current for tensor creation ({@code Np.useBackend}) and checks that
 * results live on it.
 *
 * <p><b>Tolerances.</b> Every floating-point comparison goes through one of the overridable
 * methods below. The defaults are the CPU backend's documented contract: element-wise float64
 * and float32 results within 1 ULP of the correctly rounded value for the transcendental ops
 * (exp, expm1, exp2, log, log1p, log2, log10, sin, cos, tan, tanh, sigmoid, the inverse trigonometric
 * and hyperbolic functions, cbrt, power, arctan2, hypot; logaddexp and logaddexp2 as
 * {@link #binaryTolerance} says), bit-exact for the ops IEEE arithmetic defines exactly
 * (+ - * /, sqrt, floor, ceil, trunc, round, abs, negative, sign, square, reciprocal, relu,
 * maximum, minimum, fmax, fmin, floor_divide, remainder, fmod, copysign, heaviside, deg2rad and
 * rad2deg (one product by NumPy's rounded constant), comparisons, logical ops, predicates; integer
 * and bool results, such as the bitwise ops', always are). Reductions, row operations and
 * products depend on summation order, so they get a few ULP plus a multiple of eps times an error
 * scale carried by each reference case (see {@link Tolerance}). A GPU backend overrides these with
 * its device's documented bounds.
 */
public abstract class ConformanceSuite {

    /** The backend under test. */
    protected abstract Backend backend();

    /**
     * Tolerance of a unary ufunc whose result has type {@code type} (float32 or float64), against
     * the correctly rounded value. Default (CPU): exact for the exactly-defined ops, 1 ULP for
     * the transcendental ones.
     */
    protected Tolerance unaryTolerance(UnaryOp op, DType type) {
        return switch (op) {
            case EXP, EXPM1, EXP2, LOG, LOG1P, LOG2, LOG10, SIN, COS, TAN, TANH, SIGMOID, ARCSIN, ARCCOS, ARCTAN,
                 SINH, COSH, ARCSINH, ARCCOSH, ARCTANH, CBRT -> Tolerance.ulps(1);
            default -> Tolerance.EXACT;
        };
    }

    /**
     * Tolerance of a binary ufunc with a floating result of type {@code type}. Default (CPU): 1 ULP
     * of the correctly rounded value for power, arctan2 and hypot; logaddexp 2 ULP and logaddexp2
     * 3 ULP, or 2 eps absolutely (NumPy's formula max + log1p(·) adds the error of a term below 1
     * to max: about 1.3 ULP of that term for exp and log1p, 2.3 for logaddexp2's pow, log1p and
     * scaling, so where the sum cancels only the absolute bound holds); exact (as IEEE arithmetic is)
     * for the others; fmax and fmin of two zeros may give either sign.
     */
    protected Tolerance binaryTolerance(BinaryOp op, DType type) {
        return switch (op) {
            case POWER, ARCTAN2, HYPOT -> Tolerance.ulps(1);
            case LOGADDEXP -> Tolerance.ulpsOrAbsolute(2, 2);
            case LOGADDEXP2 -> Tolerance.ulpsOrAbsolute(3, 2);
            // fmax(-0.0, 0.0): NumPy returns either zero, depending on its loop (SIMD or not)
            case FMAX, FMIN -> Tolerance.EXACT.ignoringZeroSign();
            default -> Tolerance.EXACT;
        };
    }

    /**
     * Tolerance of a floating-point reduction ({@code op} is the NumPy name: sum, prod, mean, var,
     * std, max, min), against NumPy. Default (CPU): max/min exact; sum and mean 2 ULP or
     * 8 eps·Σ|x|; prod 2 ULP or 2 eps·n·|prod|; var and std 4 ULP or 16 eps·scale. The sign of a
     * zero result is not checked (NumPy's own sign of a zero sum depends on its loop order).
     */
    protected Tolerance reductionTolerance(String op, DType type) {
        return switch (op) {
            case "max", "min" -> Tolerance.EXACT.ignoringZeroSign();
            case "sum", "mean" -> Tolerance.of(2, 8);
            case "prod" -> Tolerance.of(2, 2);
            default -> Tolerance.of(4, 16);
        };
    }

    /**
     * Tolerance of softmax / log-softmax / log-sum-exp against the correctly rounded value.
     * Default (CPU): 4 ULP or 4 eps·max|x| (x - max loses up to eps·|x| before exp/log).
     */
    protected Tolerance rowTolerance(RowOp op, DType type) {
        return Tolerance.of(4, 4);
    }

    /**
     * Tolerance of matmul / dot ({@code op} "matmul", "dot", against NumPy, scale k·max(|a|@|b|)),
     * outer (exact), norm (scale: the norm) and the numpy.linalg factorizations ({@code op}
     * "decomposition": inv, solve, det, slogdet, matrix_power, cholesky, qr, eigh, svd, pinv against
     * NumPy, scale a condition-number-based bound carried by each reference case). Default (CPU):
     * products 2 ULP or 2 eps·scale, norms and decompositions 4 ULP or 16 eps·scale.
     */
    protected Tolerance linalgTolerance(String op, DType type) {
        return switch (op) {
            case "outer" -> Tolerance.EXACT;
            case "norm", "decomposition" -> Tolerance.of(4, 16);
            default -> Tolerance.of(2, 2);
        };
    }

    // ---- the families, run as nested classes of every concrete suite ---------------------------

    /** Element-wise ufuncs: promotion, broadcasting, out=, where=, aliasing, scalars. */
    @Nested
    @Tag("elementwise")
    @DisplayName("element-wise")
    class Elementwise extends ElementwiseConformance {
        @Override
        protected ConformanceSuite suite() {
            return ConformanceSuite.this;
        }
    }

    /** Reductions and the softmax family. */
    @Nested
    @Tag("reductions")
    @DisplayName("reductions")
    class Reductions extends ReductionConformance {
        @Override
        protected ConformanceSuite suite() {
            return ConformanceSuite.this;
        }
    }

    /** matmul, dot, outer, norm. */
    @Nested
    @Tag("linalg")
    @DisplayName("linear algebra")
    class Linalg extends LinalgConformance {
        @Override
        protected ConformanceSuite suite() {
            return ConformanceSuite.this;
        }
    }

    /** numpy.linalg: inv, solve, det, slogdet, matrixPower, matrixRank, cholesky, qr, eigh, svd, pinv. */
    @Nested
    @Tag("linalg2")
    @DisplayName("linear algebra: factorizations")
    class Linalg2 extends Linalg2Conformance {
        @Override
        protected ConformanceSuite suite() {
            return ConformanceSuite.this;
        }
    }

    /** numpy.linalg's keywords: qr's modes, svd's full_matrices and hermitian, UPLO, upper, rtol. */
    @Nested
    @Tag("linalgmodes")
    @DisplayName("linear algebra: NumPy 2's modes and keywords")
    class LinalgModes extends LinalgModesConformance {
        @Override
        protected ConformanceSuite suite() {
            return ConformanceSuite.this;
        }
    }

    /** Views, copies, conversions, creation, printing, lifecycle. */
    @Nested
    @Tag("views")
    @DisplayName("views, conversions, creation")
    class Views extends ViewConformance {
        @Override
        protected ConformanceSuite suite() {
            return ConformanceSuite.this;
        }
    }

    /** concatenate, stack, hstack, vstack, split, arraySplit, copyto, clip, fill. */
    @Nested
    @Tag("manipulation")
    @DisplayName("array manipulation")
    class Manipulation extends ManipulationConformance {
        @Override
        protected ConformanceSuite suite() {
            return ConformanceSuite.this;
        }
    }

    /** take, nonzero, flatnonzero, extract. */
    @Nested
    @Tag("indexing")
    @DisplayName("indexing")
    class Indexing extends IndexingConformance {
        @Override
        protected ConformanceSuite suite() {
            return ConformanceSuite.this;
        }
    }

    /** cumsum, cumprod. */
    @Nested
    @Tag("cumulative")
    @DisplayName("cumulative")
    class Cumulative extends CumulativeConformance {
        @Override
        protected ConformanceSuite suite() {
            return ConformanceSuite.this;
        }
    }

    /** dtype= and out= of the reductions and scans. */
    @Nested
    @Tag("typedreductions")
    @DisplayName("typedreductions")
    class TypedReductions extends TypedReductionConformance {
        @Override
        protected ConformanceSuite suite() {
            return ConformanceSuite.this;
        }
    }

    /** sort, argsort, unique, median, quantile, percentile, searchsorted. */
    @Nested
    @Tag("sorting")
    @DisplayName("sorting")
    class Sorting extends SortingConformance {
        @Override
        protected ConformanceSuite suite() {
            return ConformanceSuite.this;
        }
    }

    /**
     * isin, intersect1d, union1d, setdiff1d, setxor1d, partition, argpartition, pad, interp,
     * nanToNum, arrayEqual, arrayEquiv, logspace, geomspace, identity.
     */
    @Nested
    @Tag("sets")
    @DisplayName("sets, partition, pad, interp and small helpers")
    class Sets extends SetsConformance {
        @Override
        protected ConformanceSuite suite() {
            return ConformanceSuite.this;
        }
    }

    /** flip, roll, tile, repeat, swapaxes, atleast, triangles, meshgrid, *Like, nanvar, nanstd, ptp, average. */
    @Nested
    @Tag("shaping")
    @DisplayName("shaping and statistics")
    class Shaping extends ShapingConformance {
        @Override
        protected ConformanceSuite suite() {
            return ConformanceSuite.this;
        }
    }

    /** linspace, logspace, geomspace, polyint and expandDims in their NumPy keyword forms. */
    @Nested
    @Tag("shaping2")
    @DisplayName("shaping and creation keyword forms")
    class Shaping2 extends Shaping2Conformance {
        @Override
        protected ConformanceSuite suite() {
            return ConformanceSuite.this;
        }
    }

    /**
     * TensorRandom, NumPy's Generator: the same values as the CPU backend for a seed, and each
     * distribution against scipy.stats.
     */
    @Nested
    @Tag("random")
    @DisplayName("random generator")
    class Random extends RandomConformance {
        @Override
        protected ConformanceSuite suite() {
            return ConformanceSuite.this;
        }
    }

    @Nested
    @Tag("random")
    @DisplayName("NumPy's random stream")
    class RandomStream extends RandomStreamConformance {
        @Override
        protected ConformanceSuite suite() {
            return ConformanceSuite.this;
        }
    }

    /** diagonal, trace, diag, diagflat, tensordot, inner, vdot, kron, cross, einsum. */
    @Nested
    @Tag("contraction")
    @DisplayName("diagonals and contractions")
    class Contraction extends ContractionConformance {
        @Override
        protected ConformanceSuite suite() {
            return ConformanceSuite.this;
        }
    }

    /** put, putAlongAxis, place, putmask, addAt/at, fillDiagonal: writing into tensors by index. */
    @Nested
    @Tag("scatter")
    @DisplayName("writing by index (put family)")
    class Scatter extends ScatterConformance {
        @Override
        protected ConformanceSuite suite() {
            return ConformanceSuite.this;
        }
    }

    /**
     * append, insert, delete, resize, trimZeros, rollaxis, block, choose, select, compress,
     * lexsort, unravelIndex, ravelMultiIndex, indices, trilIndices, triuIndices, diagIndices.
     */
    @Nested
    @Tag("manipulation2")
    @DisplayName("editing, block, choose and index arrays")
    class Manipulation2 extends Manip2Conformance {
        @Override
        protected ConformanceSuite suite() {
            return ConformanceSuite.this;
        }
    }

    /** histogram weights, density and estimators, histogramBinEdges, bincount weights, histogram2d, histogramdd. */
    @Nested
    @Tag("histograms")
    @DisplayName("histograms")
    class Histograms extends HistogramsConformance {
        @Override
        protected ConformanceSuite suite() {
            return ConformanceSuite.this;
        }
    }

    /** nextafter, spacing, ldexp, frexp and sinc against NumPy's ufuncs.csv. */
    @Nested
    @Tag("ufuncs")
    @DisplayName("nextafter, spacing, ldexp, frexp, sinc")
    class Ufuncs extends UfuncsConformance {
        @Override
        protected ConformanceSuite suite() {
            return ConformanceSuite.this;
        }
    }

    /** savetxt and loadtxt against NumPy's textio.csv and the text files it names. */
    @Nested
    @Tag("textio")
    @DisplayName("savetxt, loadtxt")
    class TextIo extends TextIoConformance {
        @Override
        protected ConformanceSuite suite() {
            return ConformanceSuite.this;
        }
    }

    /**
     * hanning, hamming, blackman, bartlett, kaiser, i0, diag/tril/triuIndicesFrom, ix, unstack,
     * broadcastShapes, matvec, vecmat, unwrap, polydiv.
     */
    @Nested
    @Tag("windows")
    @DisplayName("window functions, i0 and small helpers")
    class Windows extends WindowsConformance {
        @Override
        protected ConformanceSuite suite() {
            return ConformanceSuite.this;
        }
    }

    /** formatFloatPositional/Scientific, array2string, arrayStr, arrayRepr and the print options. */
    @Nested
    @Tag("printing")
    @DisplayName("array printing and float formatting")
    class Printing extends PrintingConformance {
        @Override
        protected ConformanceSuite suite() {
            return ConformanceSuite.this;
        }
    }

    /**
     * piecewise, fromfunction, applyAlongAxis, applyOverAxes, sharesMemory, mayShareMemory, the
     * complex helpers on real tensors, asarrayChkfinite, ndim/shape/size, commonType, maskIndices,
     * poly, binaryRepr, baseRepr.
     */
    @Nested
    @Tag("functional")
    @DisplayName("functional helpers, real parts and small queries")
    class Functional extends FunctionalConformance {
        @Override
        protected ConformanceSuite suite() {
            return ConformanceSuite.this;
        }
    }

    /** x[index] and x[index] = value: Tensor.get(Object...) and Tensor.set(Object, Object...). */
    @Nested
    @Tag("indexing2")
    @DisplayName("NumPy indexing: x[index] and x[index] = value")
    class Indexing2 extends IndexingConformance2 {
        @Override
        protected ConformanceSuite suite() {
            return ConformanceSuite.this;
        }
    }

    /** NumPy keywords of existing functions: take's mode and out, the reductions' initial, argmax's out, ... */
    @Nested
    @Tag("keywords2")
    @DisplayName("NumPy keywords (take mode, initial, out, ...)")
    class Keywords2 extends Keywords2Conformance {
        @Override
        protected ConformanceSuite suite() {
            return ConformanceSuite.this;
        }
    }

    /** NumPy's ufunc keywords dtype= and casting= (with out= and where=) through Np.apply. */
    @Nested
    @Tag("ufunckeywords")
    @DisplayName("ufunc keywords dtype= and casting=")
    class UfuncKeywords extends UfuncKeywordsConformance {
        @Override
        protected ConformanceSuite suite() {
            return ConformanceSuite.this;
        }
    }

    /** NumPy keywords of the nineteenth session: fromstring's sep, nan_to_num's copy, out= of max/min/all/any, ... */
    @Nested
    @Tag("keywords3")
    @DisplayName("NumPy keywords (fromstring sep, nan_to_num copy, stable, out of max/all, shape of *_like, ...)")
    class Keywords3 extends Keywords3Conformance {
        @Override
        protected ConformanceSuite suite() {
            return ConformanceSuite.this;
        }
    }

    /** NumPy keywords of the nineteenth session, part 2: nanmax/nanmin out, initial and where; nanmean/nanvar/nanstd where. */
    @Nested
    @Tag("keywords4")
    @DisplayName("NumPy keywords (nanmax/nanmin out, initial, where; nanmean/nanvar/nanstd where)")
    class Keywords4 extends Keywords4Conformance {
        @Override
        protected ConformanceSuite suite() {
            return ConformanceSuite.this;
        }
    }

    /** NumPy keywords of the twentieth session, part 5: out of the statistics and selection functions, average's returned. */
    @Nested
    @Tag("keywords5")
    @DisplayName("NumPy keywords (out of nanargmax, quantiles, medians, ptp, round, isposinf, choose, compress; average returned)")
    class Keywords5 extends Keywords5Conformance {
        @Override
        protected ConformanceSuite suite() {
            return ConformanceSuite.this;
        }
    }

    /** NumPy keywords of the twentieth session: arange dtype, copy=, concat out, copyto casting, fft helpers, Generator out, ... */
    @Nested
    @Tag("keywords6")
    @DisplayName("NumPy keywords (arange dtype, astype/reshape/array copy, copyto casting, multi_dot out, fft helpers, Generator out)")
    class Keywords6 extends Keywords6Conformance {
        @Override
        protected ConformanceSuite suite() {
            return ConformanceSuite.this;
        }
    }

    /** NumPy functions and keywords of the twenty-first session: load mmap_mode, require, shares_memory max_work, ... */
    @Nested
    @Tag("keywords7")
    @DisplayName("NumPy keywords (load mmap_mode, open_memmap, asfortranarray, require, array ndmax, max_work, type codes, Generator methods)")
    class Keywords7 extends Keywords7Conformance {
        @Override
        protected ConformanceSuite suite() {
            return ConformanceSuite.this;
        }
    }

    /** numpy.linalg.eig, eigvals and np.roots for real spectra; complex spectra refused. */
    @Nested
    @Tag("eig")
    @DisplayName("eigenvalues of general matrices and polynomial roots")
    class Eig extends EigConformance {
        @Override
        protected ConformanceSuite suite() {
            return ConformanceSuite.this;
        }
    }

    /** numpy.testing's array assertions and their messages. */
    @Nested
    @Tag("testing")
    @DisplayName("numpy.testing array assertions")
    class Testing extends TestingConformance {
        @Override
        protected ConformanceSuite suite() {
            return ConformanceSuite.this;
        }
    }

    /** Every error path and its message. */
    @Nested
    @Tag("errors")
    @DisplayName("errors")
    class Errors extends ErrorConformance {
        @Override
        protected ConformanceSuite suite() {
            return ConformanceSuite.this;
        }
    }

    /** The NumPy reference files, line by line. */
    @Nested
    @Tag("reference")
    @DisplayName("NumPy reference data")
    class Reference extends ReferenceConformance {
        @Override
        protected ConformanceSuite suite() {
            return ConformanceSuite.this;
        }
    }

    /** The NumPy tutorial. */
    @Nested
    @Tag("tutorial")
    @DisplayName("NumPy tutorial")
    class Tutorial extends TutorialConformance {
        @Override
        protected ConformanceSuite suite() {
            return ConformanceSuite.this;
        }
    }

    /** Small models (a network trained end to end, a transformer block, a convolution layer) against NumPy. */
    @Nested
    @Tag("models")
    @DisplayName("small models")
    class Models extends ModelConformance {
        @Override
        protected ConformanceSuite suite() {
            return ConformanceSuite.this;
        }
    }

    /** Tensors of more than 2^31 elements. */
    @Nested
    @Tag("large")
    @DisplayName("more than 2^31 elements")
    class Large extends LargeTensorConformance {
        @Override
        protected ConformanceSuite suite() {
            return ConformanceSuite.this;
        }
    }

    /** Tensor scopes: what they close and keep, and the memory they give back. */
    @Nested
    @Tag("scopes")
    @DisplayName("tensor scopes")
    class Scopes extends ScopeConformance {
        @Override
        protected ConformanceSuite suite() {
            return ConformanceSuite.this;
        }
    }

    /** seterr, geterr, errstate and seterrcall against NumPy's float_errors.csv; scopes, threads and messages. */
    @Nested
    @Tag("floaterrors")
    @DisplayName("floating-point error handling")
    class FloatErrorHandling extends FloatErrorsConformance {
        @Override
        protected ConformanceSuite suite() {
            return ConformanceSuite.this;
        }
    }

    /** seterr for reductions and scans against NumPy's float_error_reductions.csv; float16 element-wise ops. */
    @Nested
    @Tag("floaterrors")
    @DisplayName("floating-point errors of reductions and scans")
    class FloatErrorReductions extends FloatErrorReductionsConformance {
        @Override
        protected ConformanceSuite suite() {
            return ConformanceSuite.this;
        }
    }
}
