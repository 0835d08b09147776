package io.jtensor.conformance;

import io.jtensor.DType;
import io.jtensor.Np;
import io.jtensor.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import static io.jtensor.DType.BOOL;
import static io.jtensor.DType.FLOAT16;
import static io.jtensor.DType.FLOAT32;
import static io.jtensor.DType.FLOAT64;
import static io.jtensor.DType.INT32;
import static io.jtensor.DType.INT64;
import static io.jtensor.DType.INT8;
import static io.jtensor.DType.UINT32;
import static io.jtensor.conformance.Check.throwsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * NumPy keywords of existing functions that jtensor lacked before: take's {@code mode} and
 * {@code out}; sum's, prod's, nansum's and nanprod's {@code initial} (with dtype, out and where);
 * argmax's and argmin's {@code out}; var's, std's, nanvar's and nanstd's real {@code correction}
 * (ddof) and precomputed {@code mean}; intersect1d's {@code assumeUnique} and
 * {@code returnIndices}, setdiff1d's and setxor1d's {@code assumeUnique}, isin's {@code kind},
 * unique's {@code sorted}; meshgrid's {@code sparse} and {@code copy}; indices' {@code sparse};
 * interp's {@code period}; trimZeros' {@code axis}; lexsort's {@code axis}; quantile's and
 * percentile's {@code weights}; trace's, cumulativeSum's and cumulativeProd's {@code dtype} and
 * {@code out}; dot's, matmul's and outer's {@code out}; concatenate's, hstack's and vstack's
 * {@code dtype} and {@code casting}; median's and einsum's {@code out}; polyfit's {@code rcond},
 * {@code full}, {@code w} and {@code cov}; nanquantile's and nanpercentile's {@code weights}; isin's
 * {@code assumeUnique}. Every expected value is NumPy 2.4's (the call is in the
 * comment above it); errors are NumPy's, as IllegalArgumentException (ValueError, TypeError,
 * OverflowError) or IndexOutOfBoundsException (IndexError) naming the op.
 */
public abstract class Keywords2Conformance extends ConformanceCase {

    private static IllegalArgumentException iae(Executable code, String... fragments) {
        return throwsWith(IllegalArgumentException.class, code, fragments);
    }

    private static Tensor idx(long... values) {
        return Np.array(values);
    }

    // ---- take: mode and out ---------------------------------------------------------------------

    @Test
    void takeWrapsOrClipsIndicesAsNumPy() {
        Tensor x = range(3, 4);
        // np.take(x, [[-5, 4], [1, 7]], axis=1, mode='wrap')
        assertDoubles(Np.take(x, idx(-5, 4, 1, 7).reshape(2, 2), 1, "wrap"), FLOAT64, shape(3, 2, 2),
                3, 0, 1, 3, 7, 4, 5, 7, 11, 8, 9, 11);
        // np.take(x, [-5, 4, 1], axis=0, mode='clip'): a negative index clips to 0, not from the end
        assertDoubles(Np.take(x, idx(-5, 4, 1), 0, "clip"), FLOAT64, shape(3, 4),
                0, 1, 2, 3, 8, 9, 10, 11, 4, 5, 6, 7);
        // np.take(np.arange(6, dtype=np.int8), [-1, 6, 13], mode='wrap')
        assertLongs(Np.take(Np.arange(6).astype(INT8), idx(-1, 6, 13), null, "wrap"), INT8, shape(3), 5, 0, 1);
        // np.take(np.arange(6, dtype=np.int8), np.array(-1), mode='clip'): a 0-d result
        assertLongs(Np.take(Np.arange(6).astype(INT8), i64(-1).reshape(), null, "clip"), INT8, shape(), 0);
        // np.take(np.array([True, False]), [5, -5], mode='clip')
        assertBools(Np.take(bools(true, false), idx(5, -5), null, "clip"), shape(2), false, true);
        // np.take(np.array(3.5), [0, 2, -1], mode='wrap'): a 0-d x is taken from as its ravel
        assertDoubles(Np.take(Np.scalar(3.5), idx(0, 2, -1), null, "wrap"), FLOAT64, shape(3), 3.5, 3.5, 3.5);
        // np.take(np.array([1, 2, 3], np.uint32), [5, -1], mode='wrap')
        assertLongs(Np.take(i64(1, 2, 3).astype(UINT32), idx(5, -1), null, "wrap"), UINT32, shape(2), 3, 3);
        // np.take(np.array([1., 2]), np.array([True, False]), mode='wrap'): bools index as 1 and 0
        assertDoubles(Np.take(f64(1, 2), bools(true, false), null, "wrap"), FLOAT64, shape(2), 2, 1);
        // np.take(np.zeros((0, 2)), [], axis=1, mode='wrap') and of (2, 0) along axis 0: nothing to take
        assertDoubles(Np.take(Np.zeros(0, 2), idx(), 0, "clip"), FLOAT64, shape(0, 2));
        assertDoubles(Np.take(Np.zeros(2, 0), idx(5), 0, "wrap"), FLOAT64, shape(1, 0));
        // default mode is raise: np.take(x, [4], axis=0, mode='raise') is an IndexError
        throwsWith(IndexOutOfBoundsException.class, () -> Np.take(x, idx(4), 0, "raise"), "take", "4");
    }

    @Test
    void takeRefusesWhatNumPyRefuses() {
        Tensor x = f64(1, 2, 3);
        // np.take(x, [0], mode='foo'): ValueError: clipmode must be one of 'clip', 'raise', or 'wrap'
        iae(() -> Np.take(x, idx(0), null, "foo"), "take", "mode", "foo");
        // np.take(np.zeros(0), [1], mode='clip'): IndexError: cannot do a non-empty take from an empty axes.
        throwsWith(IndexOutOfBoundsException.class, () -> Np.take(Np.zeros(0), idx(1), null, "clip"), "take", "empty");
        throwsWith(IndexOutOfBoundsException.class, () -> Np.take(Np.zeros(2, 0), idx(1), 1, "wrap"), "take", "empty");
        // np.take(x, np.array([0., 1]), mode='clip'): TypeError (float indices)
        iae(() -> Np.take(x, f64(0, 1), null, "clip"), "take", "float64");
        // np.take(x, [0, 1], out=np.zeros(3)) and out=np.zeros((1, 2)): ValueError: output array does not match
        iae(() -> Np.take(x, idx(0, 1), null, "raise", Np.zeros(3)), "take", "shape");
        iae(() -> Np.take(x, idx(0, 1), null, "raise", Np.zeros(1, 2)), "take", "shape");
        // np.take(np.arange(3, dtype=np.int8), [0], out=np.zeros(1, np.int64)): TypeError (int64 to int8 is not safe)
        iae(() -> Np.take(Np.arange(3).astype(INT8), idx(0), null, "raise", Np.zeros(shape(1), INT64)), "take",
                "int64", "int8", "safe");
        // np.take(x.astype(np.float32), [0], out=np.zeros(1)): float64 does not cast safely to float32
        iae(() -> Np.take(x.astype(FLOAT32), idx(0), null, "wrap", Np.zeros(1)), "take", "float64", "float32");
        // out must be writable
        iae(() -> Np.take(x, idx(0, 1), null, "raise", Np.zeros(1).broadcastTo(2)), "take", "out");
    }

    @Test
    void takeIntoOutCastsAsNumPy() {
        // np.take(np.arange(5.), [0, -1], out=np.zeros(2, np.int64)): int64 casts safely to float64
        Tensor out = Np.zeros(shape(2), INT64);
        assertSame(out, Np.take(range(5), idx(0, -1), null, "raise", out));
        assertLongs(out, INT64, shape(2), 0, 4);
        // np.take(np.array([1.5, np.nan, -2.7]), [1, 2, 3], out=np.zeros(3, np.int32), mode='clip')
        Tensor ints = Np.zeros(shape(3), INT32);
        Np.take(f64(1.5, Double.NaN, -2.7), idx(1, 2, 3), null, "clip", ints);
        assertLongs(ints, INT32, shape(3), Integer.MIN_VALUE, -2, -2);
        // np.take(np.arange(5.), [1, 2], out=np.zeros(2, bool)) and out float16
        Tensor truth = Np.zeros(shape(2), BOOL);
        Np.take(range(5), idx(0, 2), null, "raise", truth);
        assertBools(truth, shape(2), false, true);
        Tensor halves = Np.zeros(shape(2), FLOAT16);
        Np.take(f64(0.1, 2), idx(0, 1), null, "wrap", halves);
        assertDoubles(halves, FLOAT16, shape(2), 0.0999755859375, 2);
        // o = np.arange(5.); np.take(o, [4, 3, 2, 1, 0], out=o): the gather reads before it writes
        Tensor o = range(5);
        Np.take(o, idx(4, 3, 2, 1, 0), null, "raise", o);
        assertDoubles(o, FLOAT64, shape(5), 4, 3, 2, 1, 0);
        // x = np.arange(6.).reshape(2, 3); np.take(x, [2, 0], axis=1, out=x[:, :2]): a strided out view
        Tensor x = range(2, 3);
        Np.take(x, idx(2, 0), 1, "raise", x.slice(1, 0, 2, 1));
        assertDoubles(x, FLOAT64, shape(2, 3), 2, 0, 2, 5, 3, 5);
    }

    // ---- sum, prod, nansum, nanprod: initial --------------------------------------------------

    @Test
    void sumAndProdStartFromInitial() {
        // np.sum([[1., 2], [3, 4]], axis=1, keepdims=True, initial=10)
        assertDoubles(Np.sum(f64(1, 2, 3, 4).reshape(2, 2), new int[] {1}, true, 10), FLOAT64, shape(2, 1), 13, 17);
        // np.sum(np.zeros((0, 3)), axis=0, initial=1.5): an empty line gives initial
        assertDoubles(Np.sum(Np.zeros(0, 3), new int[] {0}, false, 1.5), FLOAT64, shape(3), 1.5, 1.5, 1.5);
        // np.sum(np.zeros((2, 0), np.int32), axis=1, initial=-3)
        assertLongs(Np.sum(Np.zeros(shape(2, 0), INT32), new int[] {1}, false, -3), INT64, shape(2), -3, -3);
        // np.sum(np.array([1, 2]), initial=2.5): initial is int(2.5) for an int64 sum
        assertLongs(Np.sum(i64(1, 2), null, false, 2.5), INT64, shape(), 5);
        // np.sum(np.array([100, 100]), dtype=np.int8, initial=100): wraps in int8
        assertLongs(Np.sum(i64(100, 100), null, false, INT8, null, 100, null), INT8, shape(), 44);
        // np.prod(np.array([2, 3], np.int8), dtype=np.int8, initial=50)
        assertLongs(Np.prod(i64(2, 3).astype(INT8), null, false, INT8, null, 50, null), INT8, shape(), 44);
        // np.prod(np.zeros((0, 2)), axis=0, initial=-2.)
        assertDoubles(Np.prod(Np.zeros(0, 2), new int[] {0}, false, -2), FLOAT64, shape(2), -2, -2);
        // np.prod(np.array([[1.5, 2], [3, 4]], np.float32), axis=0, initial=0.1)
        assertDoubles("prod float32", Np.prod(f32(1.5f, 2, 3, 4).reshape(2, 2), new int[] {0}, false, 0.1), FLOAT32,
                shape(2), suite().reductionTolerance("prod", FLOAT32), 0.45000002f, 0.8f);
        // np.sum(np.array([1, 2], np.float16), initial=0.1)
        assertDoubles(Np.sum(f64(1, 2).astype(FLOAT16), null, false, 0.1), FLOAT16, shape(), 3.099609375);
        // np.sum(np.array([True, False, True]), initial=2); bool dtype: logical or / and
        assertLongs(Np.sum(bools(true, false, true), null, false, 2), INT64, shape(), 4);
        assertBools(Np.sum(bools(true, false), null, false, BOOL, null, 0, null), shape(), true);
        // np.prod(np.array([True, True]), dtype=bool, initial=0)
        assertBools(Np.prod(bools(true, true), null, false, BOOL, null, 0, null), shape(), false);
        // np.sum(np.array([1., 2]), initial=np.nan); np.sum(np.array(5.), initial=1)
        assertDoubles(Np.sum(f64(1, 2), null, false, Double.NaN), FLOAT64, shape(), Double.NaN);
        assertDoubles(Np.sum(Np.scalar(5.0), null, false, 1), FLOAT64, shape(), 6);
        // np.sum(np.array([1, 2], np.uint32), initial=2): NumPy's uint64, jtensor's sum type of uint32
        Tensor unsigned = Np.sum(i64(1, 2).astype(UINT32), null, false, 2);
        assertLongs(unsigned, Np.sum(i64(1, 2).astype(UINT32)).dtype(), shape(), 5);
    }

    @Test
    void initialWithWhereAndOut() {
        // np.sum([[1., 2], [3, 4]], axis=0, where=[True, False], initial=10)
        assertDoubles(Np.sum(f64(1, 2, 3, 4).reshape(2, 2), new int[] {0}, false, null, null, 10, bools(true, false)),
                FLOAT64, shape(2), 14, 10);
        // np.nansum([[1., nan], [3, 4]], axis=1, where=[[True], [False]], initial=0.5)
        assertDoubles(Np.nansum(f64(1, Double.NaN, 3, 4).reshape(2, 2), new int[] {1}, false, null, null, 0.5,
                bools(true, false).reshape(2, 1)), FLOAT64, shape(2), 1.5, 0.5);
        // o = np.zeros(2, np.int32); np.sum(np.array([[1., nan], [2, 3]]).T, axis=1, out=o, initial=0.5)
        Tensor o = Np.zeros(shape(2), INT32);
        assertSame(o, Np.sum(f64(1, Double.NaN, 2, 3).reshape(2, 2).transpose(), new int[] {1}, false, null, o, 0.5,
                null));
        assertLongs(o, INT32, shape(2), 3, Integer.MIN_VALUE);
        // o = np.zeros(2, np.int32); np.nansum([[1.5, nan], [2., 3]], axis=1, out=o, initial=0.5): initial is
        // stored into the int32 out first (0), so the first line is int(1.5 + 0) = 1
        Np.nansum(f64(1.5, Double.NaN, 2, 3).reshape(2, 2), new int[] {1}, false, null, o, 0.5, null);
        assertLongs(o, INT32, shape(2), 1, 5);
        // np.sum(np.array([0.6]), out=np.zeros((), np.int8), initial=300): 300 cast unsafely into int8 is 44
        Tensor small = Np.zeros(shape(), INT8);
        Np.sum(f64(0.6), null, false, null, small, 300, null);
        assertLongs(small, INT8, shape(), 44);
        // np.sum(np.array([0.6]), out=np.zeros((), np.int32), initial=np.nan): no error, int32's minimum + 0.6
        Tensor minimum = Np.zeros(shape(), INT32);
        Np.sum(f64(0.6), null, false, null, minimum, Double.NaN, null);
        assertLongs(minimum, INT32, shape(), -2147483647);
        // np.prod(np.array([2, 3]), out=np.zeros((), np.float32), initial=0.5)
        Tensor single = Np.zeros(shape(), FLOAT32);
        Np.prod(i64(2, 3), null, false, null, single, 0.5, null);
        assertDoubles(single, FLOAT32, shape(), 3);
        // np.sum(np.array([1, 2], np.int8), out=np.zeros(()), initial=0.5): the float64 loop keeps 0.5
        Tensor wide = Np.zeros(shape(), FLOAT64);
        Np.sum(i64(1, 2).astype(INT8), null, false, null, wide, 0.5, null);
        assertDoubles(wide, FLOAT64, shape(), 3.5);
    }

    @Test
    void nanReductionsStartFromInitial() {
        // np.nansum([[nan, 1.], [nan, nan]], axis=1, initial=2)
        assertDoubles(Np.nansum(f64(Double.NaN, 1, Double.NaN, Double.NaN).reshape(2, 2), new int[] {1}, false, 2),
                FLOAT64, shape(2), 3, 2);
        // np.nanprod([nan, 3.], initial=2); np.nanprod(np.zeros(0), initial=7)
        assertDoubles(Np.nanprod(f64(Double.NaN, 3), null, false, 2), FLOAT64, shape(), 6);
        assertDoubles(Np.nanprod(Np.zeros(0), null, false, 7), FLOAT64, shape(), 7);
        // np.nansum(np.array([1, 2], np.int8), initial=2.9): integers as sum, int(2.9) is 2
        assertLongs(Np.nansum(i64(1, 2).astype(INT8), null, false, 2.9), INT64, shape(), 5);
        // np.nansum([nan], initial=np.inf)
        assertDoubles(Np.nansum(f64(Double.NaN), null, false, Double.POSITIVE_INFINITY), FLOAT64, shape(),
                Double.POSITIVE_INFINITY);
    }

    @Test
    void initialRefusedAsNumPy() {
        // np.sum([1, 2], initial=np.nan): ValueError: cannot convert float NaN to integer
        iae(() -> Np.sum(i64(1, 2), null, false, Double.NaN), "sum", "initial", "integer");
        // np.sum([1, 2], initial=np.inf): OverflowError
        iae(() -> Np.prod(i64(1, 2), null, false, Double.POSITIVE_INFINITY), "prod", "initial");
        // np.sum(np.array([1, 2], np.int8), dtype=np.int8, initial=300): OverflowError
        iae(() -> Np.sum(i64(1, 2).astype(INT8), null, false, INT8, null, 300, null), "sum", "300", "int8");
        // np.nansum(np.array([1, 2], np.uint32), dtype=np.uint32, initial=-1): OverflowError
        iae(() -> Np.nansum(i64(1, 2).astype(UINT32), null, false, UINT32, null, -1, null), "nansum", "uint32");
        // where must broadcast to x's shape and be bool
        iae(() -> Np.sum(i64(1, 2), null, false, null, null, 1, bools(true, false).reshape(1, 2)), "sum", "where");
        iae(() -> Np.nanprod(f64(1, 2), null, false, null, null, 1, i64(1, 0)), "nanprod", "where", "bool");
        // out of the wrong shape: ValueError
        iae(() -> Np.sum(f64(1, 2), null, false, null, Np.zeros(1), 1, null), "sum", "out");
    }

    // ---- argmax, argmin: out ------------------------------------------------------------------

    @Test
    void argExtremesIntoOut() {
        Tensor x = f64(1, 5, 2, 7, 0, 7).reshape(2, 3);
        // np.argmax(x, axis=1, out=np.zeros(2, np.int32))
        Tensor o32 = Np.zeros(shape(2), INT32);
        assertSame(o32, Np.argmax(x, 1, false, o32));
        assertLongs(o32, INT32, shape(2), 1, 0);
        // np.argmax(x, axis=1, keepdims=True, out=np.zeros((2, 1), np.int64))
        Tensor kept = Np.zeros(shape(2, 1), INT64);
        Np.argmax(x, 1, true, kept);
        assertLongs(kept, INT64, shape(2, 1), 1, 0);
        // np.argmax(x, out=np.zeros((), np.int64)): the flat index
        Tensor flat = Np.zeros(shape(), INT64);
        Np.argmax(x, null, false, flat);
        assertLongs(flat, INT64, shape(), 3);
        // np.argmin(x, axis=0, out=np.zeros(3, np.uint32)); into a bool out: np.argmin(x, axis=1, out=bool)
        Tensor unsigned = Np.zeros(shape(3), UINT32);
        Np.argmin(x, 0, false, unsigned);
        assertLongs(unsigned, UINT32, shape(3), 0, 1, 0);
        Tensor truth = Np.zeros(shape(2), BOOL);
        Np.argmin(x, -1, false, truth);
        assertBools(truth, shape(2), false, true);
        // np.argmin([nan, 1.], out=np.zeros((), np.int8)): NaN wins
        Tensor small = Np.zeros(shape(), INT8);
        Np.argmin(f64(Double.NaN, 1), null, false, small);
        assertLongs(small, INT8, shape(), 0);
        // out null: a new int64 tensor
        assertLongs(Np.argmax(x, 0, true, null), INT64, shape(1, 3), 1, 0, 1);
        // np.argmax(x, axis=1, out=np.zeros(2)): TypeError: float64 to int64 is not 'safe'
        iae(() -> Np.argmax(x, 1, false, Np.zeros(2)), "argmax", "float64", "int64");
        // np.argmax(x, axis=1, out=np.zeros((2, 1), np.int64)): ValueError: output array does not match
        iae(() -> Np.argmax(x, 1, false, Np.zeros(shape(2, 1), INT64)), "argmax", "shape");
        iae(() -> Np.argmin(x, null, false, Np.zeros(shape(1), INT64)), "argmin", "shape");
        // np.argmin(np.zeros(0), out=...): ValueError: attempt to get argmin of an empty sequence
        iae(() -> Np.argmin(Np.zeros(0), null, false, Np.zeros(shape(), INT64)), "argmin");
    }

    // ---- var, std, nanvar, nanstd: correction and mean ----------------------------------------

    private Tolerance var(DType type) {
        return suite().reductionTolerance("var", type);
    }

    @Test
    void varianceWithARealCorrection() {
        Tensor x = f64(1, 2, 4);
        // np.var([1., 2, 4], ddof=0.5); correction=1 is ddof=1
        assertDoubles("var 0.5", Np.var(x, null, false, 0.5), FLOAT64, shape(), var(FLOAT64), 1.8666666666666665);
        assertDoubles("var 1", Np.var(x, null, false, 1.0), FLOAT64, shape(), var(FLOAT64), 2.333333333333333);
        // np.std([1., 2, 4], ddof=0.5)
        assertDoubles("std 0.5", Np.std(x, null, false, 0.5), FLOAT64, shape(), var(FLOAT64), 1.3662601021279464);
        // np.var([1., 2, 4], ddof=3.5): max(3 - 3.5, 0) is 0; ddof=-0.5; ddof=nan
        assertDoubles(Np.var(x, null, false, 3.5), FLOAT64, shape(), Double.POSITIVE_INFINITY);
        assertDoubles("var -0.5", Np.var(x, null, false, -0.5), FLOAT64, shape(), var(FLOAT64), 1.3333333333333333);
        assertDoubles(Np.var(x, null, false, Double.NaN), FLOAT64, shape(), Double.NaN);
        // np.var(np.zeros(0), ddof=0.5)
        assertDoubles(Np.var(Np.zeros(0), null, false, 0.5), FLOAT64, shape(), Double.NaN);
        // np.var([1, 2, 4], dtype=np.float32, ddof=0.5); np.var(np.array([1, 2, 4], np.float16), ddof=0.5)
        assertDoubles("var f32", Np.var(i64(1, 2, 4), null, false, 0.5, FLOAT32, null, null), FLOAT32, shape(),
                var(FLOAT32), 1.8666667938232422);
        assertDoubles("var f16", Np.var(f64(1, 2, 4).astype(FLOAT16), null, false, 0.5), FLOAT16, shape(),
                var(FLOAT16), 1.8671875);
        // np.var([True, False], ddof=0.5)
        assertDoubles("var bool", Np.var(bools(true, false), null, false, 0.5), FLOAT64, shape(), var(FLOAT64),
                0.3333333333333333);
        // np.var([1., 2, 4], out=np.zeros((), np.int32), ddof=0.5)
        Tensor o = Np.zeros(shape(), INT32);
        assertSame(o, Np.var(x, null, false, 0.5, null, o, null));
        assertLongs(o, INT32, shape(), 1);
    }

    @Test
    void varianceAroundAGivenMean() {
        // np.var([1, 2, 4], mean=np.array([2])); mean=np.array([2.5])
        assertDoubles("int mean", Np.var(i64(1, 2, 4), null, false, 0, null, null, i64(2)), FLOAT64, shape(),
                var(FLOAT64), 1.6666666666666667);
        assertDoubles("float mean", Np.var(i64(1, 2, 4), null, false, 0, null, null, f64(2.5)), FLOAT64, shape(),
                var(FLOAT64), 1.5833333333333333);
        // np.var(np.array([1, 2, 4], np.float32), mean=np.array([2.5])): the float64 mean makes it float64
        Tensor single = f32(1, 2, 4);
        assertDoubles("f32 x f64 mean", Np.var(single, null, false, 0, null, null, f64(2.5)), FLOAT64, shape(),
                var(FLOAT64), 1.5833333333333333);
        // np.var(np.array([1, 2, 4], np.float32), mean=np.array([2.5], np.float32), correction=0.5)
        assertDoubles("f32", Np.var(single, null, false, 0.5, null, null, f32(2.5f)), FLOAT32, shape(), var(FLOAT32),
                1.899999976158142);
        // np.std(np.array([1, 2, 4], np.float32), mean=np.array([2.5]), correction=0.5)
        assertDoubles("std f32 x f64 mean", Np.std(single, null, false, 0.5, null, null, f64(2.5)), FLOAT64, shape(),
                var(FLOAT64), 1.378404875209022);
        Tensor m = f64(1, 2, 4, 8).reshape(2, 2);
        // np.var(m, axis=1, mean=np.array([[1.5], [6]]), correction=1.5)
        assertDoubles("rows", Np.var(m, new int[] {1}, false, 1.5, null, null, f64(1.5, 6).reshape(2, 1)), FLOAT64,
                shape(2), var(FLOAT64), 1, 16);
        // np.var(m, axis=1, mean=np.array([1.5, 6])): a mean of the wrong layout broadcasts along the rows
        assertDoubles("broadcast", Np.var(m, new int[] {1}, false, 0, null, null, f64(1.5, 6)), FLOAT64, shape(2),
                var(FLOAT64), 8.125, 5.125);
        // np.std([1., 2, 4], mean=np.array([0.]))
        assertDoubles("std", Np.std(f64(1, 2, 4), null, false, 0, null, null, f64(0)), FLOAT64, shape(), var(FLOAT64),
                2.6457513110645907);
        // np.var(m, axis=1, mean=np.array([1., 2, 3])): ValueError (does not broadcast)
        iae(() -> Np.var(m, new int[] {1}, false, 0, null, null, f64(1, 2, 3)), "var", "mean", "broadcast");
        iae(() -> Np.nanstd(m, new int[] {1}, false, 0, null, null, f64(1, 2, 3)), "nanstd", "mean");
    }

    @Test
    void nanVarianceWithCorrectionAndMean() {
        // np.nanvar([1., nan, 4], ddof=0.5); np.nanvar([1., nan, 4], mean=np.array([2.]))
        Tensor x = f64(1, Double.NaN, 4);
        assertDoubles("nanvar", Np.nanvar(x, null, false, 0.5), FLOAT64, shape(), var(FLOAT64), 3);
        assertDoubles("nanvar mean", Np.nanvar(x, null, false, 0, null, null, f64(2)), FLOAT64, shape(), var(FLOAT64),
                2.5);
        // np.nanstd([1., nan, 4], ddof=0.5)
        assertDoubles("nanstd", Np.nanstd(x, null, false, 0.5), FLOAT64, shape(), var(FLOAT64), 1.7320508075688772);
        // np.nanstd([[1., nan], [4, 6]], axis=1, keepdims=True, mean=np.array([[1.], [5]]), correction=0.5)
        Tensor m = f64(1, Double.NaN, 4, 6).reshape(2, 2);
        assertDoubles("nanstd rows", Np.nanstd(m, new int[] {1}, true, 0.5, null, null, f64(1, 5).reshape(2, 1)),
                FLOAT64, shape(2, 1), var(FLOAT64), 0, 1.1547005383792515);
        // np.nanvar([[nan, nan], [4, 6]], axis=1, correction=1.5): no degrees of freedom is NaN
        assertDoubles("nanvar 1.5", Np.nanvar(f64(Double.NaN, Double.NaN, 4, 6).reshape(2, 2), new int[] {1}, false,
                1.5), FLOAT64, shape(2), var(FLOAT64), Double.NaN, 4);
        // np.nanvar(np.array([1., nan, 4], np.float32), mean=np.array([2.2]), correction=0.5): deviations in float32
        assertDoubles("nanvar f32", Np.nanvar(x.astype(FLOAT32), null, false, 0.5, null, null, f64(2.2)), FLOAT32,
                shape(), var(FLOAT32), 3.119999885559082);
        // np.nanstd([[1., nan], [4, 6]], axis=1, out=np.zeros(2, np.float32), correction=0.5)
        Tensor o = Np.zeros(shape(2), FLOAT32);
        Np.nanstd(m, new int[] {1}, false, 0.5, null, o, null);
        assertDoubles("nanstd out", o, FLOAT32, shape(2), var(FLOAT32), 0, 1.154700517654419);
        // np.nanvar(np.array([1, 2, 4]), mean=np.array([2.]), ddof=0.5): integers as var
        assertDoubles("nanvar int", Np.nanvar(i64(1, 2, 4), null, false, 0.5, null, null, f64(2)), FLOAT64, shape(),
                var(FLOAT64), 2);
    }

    // ---- sets: assumeUnique, returnIndices, kind, sorted ----------------------------------------

    @Test
    void intersect1dReturnsIndicesOfFirstOccurrences() {
        // np.intersect1d([[5, 1], [3, 1]], [1., 3, 7, 3], return_indices=True): promoted values, flat positions
        Tensor[] r = Np.intersect1d(i64(5, 1, 3, 1).reshape(2, 2), f64(1, 3, 7, 3), false, true);
        assertDoubles(r[0], FLOAT64, shape(2), 1, 3);
        assertLongs(r[1], INT64, shape(2), 1, 2);
        assertLongs(r[2], INT64, shape(2), 0, 1);
        // np.intersect1d([1., nan, 2], [nan, 2.], return_indices=True): NaN is in no intersection
        r = Np.intersect1d(f64(1, Double.NaN, 2), f64(Double.NaN, 2), false, true);
        assertDoubles(r[0], FLOAT64, shape(1), 2);
        assertLongs(r[1], INT64, shape(1), 2);
        assertLongs(r[2], INT64, shape(1), 1);
        // np.intersect1d([-0., 1], [0., 1], return_indices=True): a's zero is kept
        r = Np.intersect1d(f64(-0.0, 1), f64(0, 1), false, true);
        assertDoubles(r[0], FLOAT64, shape(2), -0.0, 1);
        assertLongs(r[2], INT64, shape(2), 0, 1);
        // np.intersect1d([4, 1, 9], [9, 4], assume_unique=True, return_indices=True)
        r = Np.intersect1d(i64(4, 1, 9), i64(9, 4), true, true);
        assertLongs(r[0], INT64, shape(2), 4, 9);
        assertLongs(r[1], INT64, shape(2), 0, 2);
        assertLongs(r[2], INT64, shape(2), 1, 0);
        // np.intersect1d([1, 1, 2], [1, 3], assume_unique=True, return_indices=True): NumPy's answer for
        // input that is not unique, reproduced (its stable sort pairs a's two 1s)
        r = Np.intersect1d(i64(1, 1, 2), i64(1, 3), true, true);
        assertLongs(r[0], INT64, shape(2), 1, 1);
        assertLongs(r[1], INT64, shape(2), 0, 1);
        assertLongs(r[2], INT64, shape(2), -2, 0);
        assertLongs(Np.intersect1d(i64(1, 1, 2), i64(1, 3), true), INT64, shape(2), 1, 1);
        // np.intersect1d(np.array([], np.int64), [1, 2], return_indices=True)
        r = Np.intersect1d(i64(), i64(1, 2), false, true);
        assertLongs(r[0], INT64, shape(0));
        assertLongs(r[1], INT64, shape(0));
        assertLongs(r[2], INT64, shape(0));
        assertEquals(1, Np.intersect1d(i64(1), i64(1), false, false).length);
    }

    @Test
    void setRoutinesAssumingUniqueInput() {
        // np.setdiff1d(np.array([[3, 1], [3, 5]], np.int8), [1, 7], assume_unique=True): a's order, repeats kept
        assertLongs(Np.setdiff1d(i64(3, 1, 3, 5).reshape(2, 2).astype(INT8), i64(1, 7), true), INT8, shape(3), 3, 3, 5);
        assertLongs(Np.setdiff1d(i64(3, 1, 3, 5), i64(1, 7), false), INT64, shape(2), 3, 5);
        // np.setxor1d([1, 1, 2], [2, 3], assume_unique=True)
        assertLongs(Np.setxor1d(i64(1, 1, 2), i64(2, 3), true), INT64, shape(1), 3);
        assertLongs(Np.setxor1d(i64(1, 1, 2), i64(2, 3), false), INT64, shape(2), 1, 3);
        // np.setxor1d([4., 1], [1, nan], assume_unique=True)
        assertDoubles(Np.setxor1d(f64(4, 1), f64(1, Double.NaN), true), FLOAT64, shape(2), 4, Double.NaN);
    }

    @Test
    void isinKindsAgree() {
        Tensor element = i64(1, 5, 7, 2).reshape(2, 2).astype(INT8);
        // np.isin(np.array([[1, 5], [7, 2]], np.int8), [5, 7, 300], invert=True, kind=k) for every kind
        for (String kind : new String[] {null, "sort", "table"}) {
            assertBools(Np.isin(element, i64(5, 7, 300), true, kind), shape(2, 2), true, false, false, true);
        }
        // np.isin([True, False], [1], kind='table')
        assertBools(Np.isin(bools(true, false), i64(1), false, "table"), shape(2), true, false);
        // np.isin([1., 2], [1, 2], kind='table'): ValueError (only bool or integer arrays); also for an empty float
        iae(() -> Np.isin(f64(1, 2), i64(1, 2), false, "table"), "isin", "table", "float64");
        iae(() -> Np.isin(i64(1, 2), Np.zeros(0), false, "table"), "isin", "table");
        // np.isin([1], [1], kind='hash'): ValueError: Invalid kind
        iae(() -> Np.isin(i64(1), i64(1), false, "hash"), "isin", "kind", "hash");
    }

    @Test
    void uniqueSortedFalseReturnsNumPysSet() {
        // np.unique([3, 1, 2, 1], sorted=False) is [2 1 3] on NumPy 2.4 (a hash table's order, unspecified);
        // jtensor returns the same values sorted, with indices, inverse and counts of that order
        Tensor[] r = Np.unique(i64(3, 1, 2, 1), true, true, true, true, false);
        assertLongs(r[0], INT64, shape(3), 1, 2, 3);
        assertLongs(r[1], INT64, shape(3), 1, 2, 0);
        assertLongs(r[2], INT64, shape(4), 2, 0, 1, 0);
        assertLongs(r[3], INT64, shape(3), 2, 1, 1);
        // np.unique([3., nan, 1, nan], equal_nan=False, sorted=False)
        assertDoubles(Np.unique(f64(3, Double.NaN, 1, Double.NaN), false, false, false, false, false)[0], FLOAT64,
                shape(4), 1, 3, Double.NaN, Double.NaN);
    }

    // ---- meshgrid sparse and copy; indices sparse ---------------------------------------------

    @Test
    void sparseAndViewMeshgrids() {
        // np.meshgrid(np.arange(3), np.arange(2), np.array([5., 6]), sparse=True)
        Tensor[] g = Np.meshgrid(new Tensor[] {Np.arange(3), Np.arange(2), f64(5, 6)}, "xy", true, true);
        assertLongs(g[0], INT64, shape(1, 3, 1), 0, 1, 2);
        assertLongs(g[1], INT64, shape(2, 1, 1), 0, 1);
        assertDoubles(g[2], FLOAT64, shape(1, 1, 2), 5, 6);
        // np.meshgrid(np.arange(3), np.arange(2), sparse=True, indexing='ij')
        g = Np.meshgrid(new Tensor[] {Np.arange(3), Np.arange(2)}, "ij", true, true);
        assertLongs(g[0], INT64, shape(3, 1), 0, 1, 2);
        assertLongs(g[1], INT64, shape(1, 2), 0, 1);
        // x = np.array([1., 2]); y = np.array([7, 8, 9], np.int8); g = np.meshgrid(x, y, copy=False); x[0] = 10
        Tensor x = f64(1, 2);
        Tensor y = i64(7, 8, 9).astype(INT8);
        g = Np.meshgrid(new Tensor[] {x, y}, "xy", false, false);
        assertTrue(Np.sharesMemory(g[0], x));
        put(x, 0, 10);
        assertDoubles(g[0], FLOAT64, shape(3, 2), 10, 2, 10, 2, 10, 2);
        assertLongs(g[1], INT8, shape(3, 2), 7, 7, 8, 8, 9, 9);
        // np.meshgrid(x, sparse=True, copy=False): the input itself, reshaped
        Tensor[] one = Np.meshgrid(new Tensor[] {x}, "xy", true, false);
        assertTrue(Np.sharesMemory(one[0], x));
        assertDoubles(one[0], FLOAT64, shape(2), 10, 2);
        // copies share nothing
        Tensor[] copies = Np.meshgrid(new Tensor[] {x, y}, "ij", true, true);
        assertFalse(Np.sharesMemory(copies[0], x));
        iae(() -> Np.meshgrid(new Tensor[] {x}, "yx", true, false), "meshgrid", "indexing");
        assertEquals(0, Np.meshgrid(new Tensor[0], "ij", true, false).length);
    }

    @Test
    void sparseIndices() {
        // np.indices((2, 3), sparse=True)
        Tensor[] ij = Np.indices(new long[] {2, 3}, INT64, true);
        assertEquals(2, ij.length);
        assertLongs(ij[0], INT64, shape(2, 1), 0, 1);
        assertLongs(ij[1], INT64, shape(1, 3), 0, 1, 2);
        // np.indices((2, 3), np.int8, sparse=True)[1]; np.indices((0, 2), sparse=True); np.indices((), sparse=True)
        assertLongs(Np.indices(new long[] {2, 3}, INT8, true)[1], INT8, shape(1, 3), 0, 1, 2);
        Tensor[] empty = Np.indices(new long[] {0, 2}, INT64, true);
        assertLongs(empty[0], INT64, shape(0, 1));
        assertLongs(empty[1], INT64, shape(1, 2), 0, 1);
        assertEquals(0, Np.indices(new long[0], INT64, true).length);
        // sparse=False: the dense np.indices((2, 2)) as the only element
        Tensor[] dense = Np.indices(new long[] {2, 2}, INT32, false);
        assertEquals(1, dense.length);
        assertLongs(dense[0], INT32, shape(2, 2, 2), 0, 0, 1, 1, 0, 1, 0, 1);
        // np.indices((3,), bool, sparse=True): ValueError (arange of bool longer than 2)
        iae(() -> Np.indices(new long[] {3}, BOOL, true), "indices", "bool");
    }

    // ---- interp period, trimZeros axis, lexsort axis ------------------------------------------

    @Test
    void periodicInterpolation() {
        // np.interp([[0.5, 359.5], [720., -1]], [350., 10, 180], [0., 1, 5], period=-360): xp unsorted, wraps
        assertDoubles(Np.interp(f64(0.5, 359.5, 720, -1).reshape(2, 2), f64(350, 10, 180), f64(0, 1, 5), null, null,
                -360.0), FLOAT64, shape(2, 2), 0.525, 0.47500000000000003, 0.5, 0.45);
        // np.interp([1., 2], [0., 1], [1., 2], left=-5, right=9, period=1.5): left and right ignored
        assertDoubles(Np.interp(f64(1, 2), f64(0, 1), f64(1, 2), -5.0, 9.0, 1.5), FLOAT64, shape(2), 2, 1.5);
        // np.interp([nan, 0.25], [0.], [7.], period=1)
        assertDoubles(Np.interp(f64(Double.NaN, 0.25), f64(0), f64(7), null, null, 1.0), FLOAT64, shape(2),
                Double.NaN, 7);
        // np.interp(np.array([1, 2], np.int8), np.array([0, 3], np.int32), np.array([0, 3], np.float32), period=4)
        assertDoubles(Np.interp(i64(1, 2).astype(INT8), i64(0, 3).astype(INT32), f32(0, 3), null, null, 4.0), FLOAT64,
                shape(2), 1, 2);
        // without a period, left and right as before: np.interp([-1., 2], [0., 1], [1., 2], left=-5)
        assertDoubles(Np.interp(f64(-1, 2), f64(0, 1), f64(1, 2), -5.0, null, null), FLOAT64, shape(2), -5, 2);
        // np.interp([1.], [0., 1], [1., 2], period=0): ValueError
        iae(() -> Np.interp(f64(1), f64(0, 1), f64(1, 2), null, null, 0.0), "interp", "period");
        iae(() -> Np.interp(f64(1), f64(0, 1), f64(1), null, null, 1.0), "interp", "same length");
    }

    @Test
    void trimZerosAlongGivenAxes() {
        Tensor m = i64(0, 0, 0, 0, 1, 0, 0, 0, 2).reshape(3, 3);
        // np.trim_zeros(m, 'f', axis=1)
        assertLongs(Np.trimZeros(m, "f", new int[] {1}), INT64, shape(3, 2), 0, 0, 1, 0, 0, 2);
        // np.trim_zeros([[0, 0, 0], [0, 1, 0], [0, 0, 0]], axis=0)
        assertLongs(Np.trimZeros(i64(0, 0, 0, 0, 1, 0, 0, 0, 0).reshape(3, 3), "fb", new int[] {0}), INT64,
                shape(1, 3), 0, 1, 0);
        // np.trim_zeros(np.zeros((2, 3)), axis=1); axis=(0, 1); axis=() leaves it
        assertDoubles(Np.trimZeros(Np.zeros(2, 3), "fb", new int[] {1}), FLOAT64, shape(2, 0));
        assertDoubles(Np.trimZeros(Np.zeros(2, 3), "fb", new int[] {0, 1}), FLOAT64, shape(0, 0));
        assertLongs(Np.trimZeros(i64(0, 1, 0, 0).reshape(2, 2), "fb", new int[0]), INT64, shape(2, 2), 0, 1, 0, 0);
        // np.trim_zeros([0, 0, 1.5, 0], 'b', axis=-1); np.trim_zeros(np.array(0.)) (no axes)
        assertDoubles(Np.trimZeros(f64(0, 0, 1.5, 0), "b", new int[] {-1}), FLOAT64, shape(3), 0, 0, 1.5);
        assertDoubles(Np.trimZeros(Np.scalar(0.0), "fb", null), FLOAT64, shape(), 0);
        // np.trim_zeros(np.array(5), axis=0): AxisError; axis=(0, 0): ValueError: repeated axis
        iae(() -> Np.trimZeros(Np.scalar(5.0), "fb", new int[] {0}), "trimZeros", "axis");
        iae(() -> Np.trimZeros(Np.zeros(2, 2), "fb", new int[] {0, 0}), "trimZeros", "repeated");
    }

    @Test
    void lexsortAlongAnAxis() {
        Tensor a = i64(3, 1, 2, 1, 1, 0).reshape(2, 3);
        Tensor b = i64(0, 1, 0, 1, 0, 0).reshape(2, 3);
        // np.lexsort((a, b), axis=0); axis=1; axis=-2
        assertLongs(Np.lexsort(new Tensor[] {a, b}, 0), INT64, shape(2, 3), 0, 1, 1, 1, 0, 0);
        assertLongs(Np.lexsort(new Tensor[] {a, b}, 1), INT64, shape(2, 3), 2, 0, 1, 2, 1, 0);
        assertLongs(Np.lexsort(new Tensor[] {a, b}, -2), INT64, shape(2, 3), 0, 1, 1, 1, 0, 0);
        // np.lexsort(([2., nan, 1, -0.], [1, 1, 1, 1]), axis=0): NaN last
        assertLongs(Np.lexsort(new Tensor[] {f64(2, Double.NaN, 1, -0.0), i64(1, 1, 1, 1)}, 0), INT64, shape(4),
                3, 2, 0, 1);
        // np.lexsort((np.zeros((0, 3)),), axis=0); np.lexsort((np.array(3),), axis=0)
        assertLongs(Np.lexsort(new Tensor[] {Np.zeros(0, 3)}, 0), INT64, shape(0, 3));
        assertLongs(Np.lexsort(new Tensor[] {Np.scalar(3.0)}, 0), INT64, shape(), 0);
        // np.lexsort((a, b), axis=2); np.lexsort((np.array(3),), axis=1): AxisError
        iae(() -> Np.lexsort(new Tensor[] {a, b}, 2), "lexsort", "axis");
        iae(() -> Np.lexsort(new Tensor[] {Np.scalar(3.0)}, 1), "lexsort", "axis");
    }

    // ---- quantile and percentile: weights -----------------------------------------------------

    @Test
    void weightedQuantilesByTheInvertedCdf() {
        String cdf = "inverted_cdf";
        // np.quantile([1., 2, 3, 4], 0.5, method='inverted_cdf', weights=[1., 1, 1, 3])
        assertDoubles(Np.quantile(f64(1, 2, 3, 4), 0.5, null, false, cdf, f64(1, 1, 1, 3)), FLOAT64, shape(), 3);
        // np.quantile([[3, 1, 2], [6, 5, 4]], [0, 0.25, 0.5, 1], axis=1, method='inverted_cdf', weights=[0, 1, 2]):
        // a leading zero weight is never picked
        Tensor m = i64(3, 1, 2, 6, 5, 4).reshape(2, 3);
        assertLongs(Np.quantile(m, new double[] {0, 0.25, 0.5, 1}, new int[] {1}, false, cdf, i64(0, 1, 2)), INT64,
                shape(4, 2), 1, 4, 1, 4, 2, 4, 2, 5);
        // np.quantile(m, 0.5, axis=0, keepdims=True, method='inverted_cdf', weights=[[1, 0, 1], [2, 1, 1]])
        assertLongs(Np.quantile(m, 0.5, new int[] {0}, true, cdf, i64(1, 0, 1, 2, 1, 1).reshape(2, 3)), INT64,
                shape(1, 3), 6, 5, 2);
        // np.quantile(np.arange(6.).reshape(2, 3), 0.5, axis=(1, 0), method='inverted_cdf',
        //             weights=[[1, 1], [1, 5], [1, 1]]): weights along the axes in the order given
        assertDoubles(Np.quantile(range(2, 3), 0.5, new int[] {1, 0}, false, cdf, i64(1, 1, 1, 5, 1, 1).reshape(3, 2)),
                FLOAT64, shape(), 4);
        // np.quantile([1., 2, 3], [0, 0.5], method='inverted_cdf', weights=[0, 1, 1]): q=0 skips the zero weight
        assertDoubles(Np.quantile(f64(1, 2, 3), new double[] {0, 0.5}, null, false, cdf, i64(0, 1, 1)), FLOAT64,
                shape(2), 2, 2);
        // np.quantile([1., nan, 3], 0.5, method='inverted_cdf', weights=[1, 1, 1])
        assertDoubles(Np.quantile(f64(1, Double.NaN, 3), 0.5, null, false, cdf, i64(1, 1, 1)), FLOAT64, shape(),
                Double.NaN);
        // np.quantile(np.array([1., 2, 3], np.float32), 0.3, method='inverted_cdf', weights=[0.5, 0.2, 0.3])
        assertDoubles(Np.quantile(f32(1, 2, 3), 0.3, null, false, cdf, f64(0.5, 0.2, 0.3)), FLOAT32, shape(), 1);
        // np.percentile([1, 2, 3, 4], 50, method='inverted_cdf', weights=[1, 1, 1, 1])
        assertLongs(Np.percentile(i64(1, 2, 3, 4), 50, null, false, cdf, i64(1, 1, 1, 1)), INT64, shape(), 2);
        // weights null: the unweighted quantile
        assertDoubles(Np.quantile(f64(1, 2, 3, 4), 0.5, null, false, "linear", null), FLOAT64, shape(), 2.5);
    }

    @Test
    void weightedQuantilesRefusedAsNumPy() {
        Tensor x = f64(1, 2);
        // np.quantile([1., 2], 0.5, weights=[1, 1]): ValueError: Only method 'inverted_cdf' supports weights
        iae(() -> Np.quantile(x, 0.5, null, false, "linear", i64(1, 1)), "quantile", "inverted_cdf", "linear");
        // weights=[1, -1]: ValueError: Weights must be non-negative; [0, 0] and [1, inf]: NaN, inf or all zero
        iae(() -> Np.quantile(x, 0.5, null, false, "inverted_cdf", i64(1, -1)), "quantile", "non-negative");
        iae(() -> Np.quantile(x, 0.5, null, false, "inverted_cdf", i64(0, 0)), "quantile", "zero");
        iae(() -> Np.percentile(x, 50, null, false, "inverted_cdf", f64(1, Double.POSITIVE_INFINITY)), "percentile",
                "inf");
        // np.quantile([[1., 2], [3, 4]], 0.5, ..., weights=[1, 0]): TypeError: Axis must be specified
        Tensor m = f64(1, 2, 3, 4).reshape(2, 2);
        iae(() -> Np.quantile(m, 0.5, null, false, "inverted_cdf", i64(1, 0)), "quantile", "axes");
        // axis=1, weights=[1, 0, 1]: ValueError: Shape of weights must be consistent
        iae(() -> Np.quantile(m, 0.5, new int[] {1}, false, "inverted_cdf", i64(1, 0, 1)), "quantile", "weights");
        iae(() -> Np.quantile(x, 1.5, null, false, "inverted_cdf", i64(1, 1)), "quantile", "range");
    }

    // ---- trace: dtype and out -----------------------------------------------------------------

    @Test
    void traceWithDtypeAndOut() {
        Tensor hundreds = Np.full(shape(3, 3), 100, INT8);
        // np.trace(np.full((3, 3), 100, np.int8), dtype=np.int8); without dtype int64
        assertLongs(Np.trace(hundreds, 0, 0, 1, INT8, null), INT8, shape(), 44);
        assertLongs(Np.trace(hundreds, 0, 0, 1, null, null), INT64, shape(), 300);
        // o = np.zeros(2, np.int32); np.trace(np.arange(8.).reshape(2, 2, 2) / 2, axis1=1, axis2=2, out=o)
        Tensor o = Np.zeros(shape(2), INT32);
        assertSame(o, Np.trace(Np.divide(range(2, 2, 2), 2.0), 0, 1, 2, null, o));
        assertLongs(o, INT32, shape(2), 1, 5);
        // np.trace(np.eye(3, dtype=bool), dtype=bool); np.trace(np.zeros((2, 0)), dtype=np.float32)
        assertBools(Np.trace(Np.eye(3).astype(BOOL), 0, 0, 1, BOOL, null), shape(), true);
        assertDoubles(Np.trace(Np.zeros(2, 0), 0, 0, 1, FLOAT32, null), FLOAT32, shape(), 0);
        // np.trace(np.eye(2), out=np.zeros(1)): ValueError (wrong number of dimensions)
        iae(() -> Np.trace(Np.eye(2), 0, 0, 1, null, Np.zeros(1)), "trace", "out");
    }

    // ---- cumulativeSum, cumulativeProd: dtype and out -----------------------------------------

    @Test
    void cumulativeScansWithDtypeAndOut() {
        // np.cumulative_sum(np.array([100, 100, 100], np.int8), dtype=np.int8)
        assertLongs(Np.cumulativeSum(i64(100, 100, 100).astype(INT8), null, INT8, false, null), INT8, shape(3),
                100, -56, 44);
        // np.cumulative_sum([1.5, 2.5], include_initial=True, out=np.zeros(3, np.int32))
        Tensor o = Np.zeros(shape(3), INT32);
        assertSame(o, Np.cumulativeSum(f64(1.5, 2.5), null, null, true, o));
        assertLongs(o, INT32, shape(3), 0, 1, 4);
        // np.cumulative_prod([[1, 2, 3], [4, 5, 6]], axis=1, dtype=np.float32, include_initial=True)
        assertDoubles(Np.cumulativeProd(i64(1, 2, 3, 4, 5, 6).reshape(2, 3), 1, FLOAT32, true, null), FLOAT32,
                shape(2, 4), 1, 1, 2, 6, 1, 4, 20, 120);
        // np.cumulative_prod([[1, 2], [3, 4]], axis=0, out=np.zeros((2, 2), np.int8))
        Tensor small = Np.zeros(shape(2, 2), INT8);
        Np.cumulativeProd(i64(1, 2, 3, 4).reshape(2, 2), 0, null, false, small);
        assertLongs(small, INT8, shape(2, 2), 1, 2, 3, 8);
        // np.cumulative_sum(np.array(5.), dtype=np.int32, include_initial=True); bool dtype: logical or
        assertLongs(Np.cumulativeSum(Np.scalar(5.0), null, INT32, true, null), INT32, shape(2), 0, 5);
        assertBools(Np.cumulativeSum(bools(true, true), null, BOOL, false, null), shape(2), true, true);
        // out of the wrong shape: ValueError, with and without include_initial
        iae(() -> Np.cumulativeSum(i64(1, 2), null, null, false, Np.zeros(3)), "cumulativeSum", "out");
        iae(() -> Np.cumulativeSum(i64(1, 2), null, null, true, Np.zeros(2)), "cumulativeSum", "out");
    }

    // ---- dot, matmul, outer: out --------------------------------------------------------------

    @Test
    void productsIntoOut() {
        Tensor a = f64(1, 2, 3, 4).reshape(2, 2);
        // np.dot(a, a, out=np.zeros((2, 2)))
        Tensor o = Np.zeros(2, 2);
        assertSame(o, Np.dot(a, a, o));
        assertDoubles(o, FLOAT64, shape(2, 2), 7, 10, 15, 22);
        // np.dot(a, a, out=np.zeros((2, 2), np.float32)), out=np.zeros((2, 2)).T, out=np.zeros((1, 2, 2)):
        // ValueError: output array is not acceptable
        iae(() -> Np.dot(a, a, Np.zeros(shape(2, 2), FLOAT32)), "dot", "float32");
        iae(() -> Np.dot(a, a, Np.zeros(2, 2).transpose()), "dot", "contiguous");
        iae(() -> Np.dot(a, a, Np.zeros(1, 2, 2)), "dot", "shape");
        // np.matmul(a, a, out=np.zeros((2, 2), np.float32)); out=np.zeros((1, 2, 2)) broadcasts
        Tensor single = Np.zeros(shape(2, 2), FLOAT32);
        assertSame(single, Np.matmul(a, a, single));
        assertDoubles(single, FLOAT32, shape(2, 2), 7, 10, 15, 22);
        Tensor wide = Np.zeros(1, 2, 2);
        Np.matmul(a, a, wide);
        assertDoubles(wide, FLOAT64, shape(1, 2, 2), 7, 10, 15, 22);
        // np.matmul([1., 2], [3., 4], out=np.zeros(())); a @ a into a itself
        Tensor scalar = Np.zeros(shape(), FLOAT64);
        Np.matmul(f64(1, 2), f64(3, 4), scalar);
        assertDoubles(scalar, FLOAT64, shape(), 11);
        Tensor self = f64(1, 2, 3, 4).reshape(2, 2);
        Np.matmul(self, self, self);
        assertDoubles(self, FLOAT64, shape(2, 2), 7, 10, 15, 22);
        // np.matmul(a, a, out=np.zeros((2, 2), np.int64)): UFuncTypeError (same_kind)
        iae(() -> Np.matmul(a, a, Np.zeros(shape(2, 2), INT64)), "matmul", "int64");
        // np.outer([1, 2], [3., 4, 5], out=np.zeros((2, 3), np.float32)); np.outer([[1, 2]], [3, 4], out=int8)
        Tensor products = Np.zeros(shape(2, 3), FLOAT32);
        assertSame(products, Np.outer(i64(1, 2), f64(3, 4, 5), products));
        assertDoubles(products, FLOAT32, shape(2, 3), 3, 4, 5, 6, 8, 10);
        Tensor bytes = Np.zeros(shape(2, 2), INT8);
        Np.outer(i64(1, 2).reshape(1, 2), i64(3, 4), bytes);
        assertLongs(bytes, INT8, shape(2, 2), 3, 4, 6, 8);
        // np.outer([1, 2], [3, 4], out=np.zeros((3, 2, 2))): broadcast into out
        Tensor stacked = Np.zeros(3, 2, 2);
        Np.outer(i64(1, 2), i64(3, 4), stacked);
        assertDoubles(stacked, FLOAT64, shape(3, 2, 2), 3, 4, 6, 8, 3, 4, 6, 8, 3, 4, 6, 8);
        // np.outer([1, 2], [3., 4, 5], out=np.zeros((2, 3), np.int64)): UFuncTypeError
        iae(() -> Np.outer(i64(1, 2), f64(3, 4, 5), Np.zeros(shape(2, 3), INT64)), "multiply", "int64");
    }

    // ---- concatenate, hstack, vstack: dtype and casting ---------------------------------------

    @Test
    void joiningIntoADtype() {
        // np.concatenate([[1], [2.7]], dtype=np.int32, casting='unsafe'); same_kind refuses float64 to int32
        Tensor[] mixed = {i64(1), f64(2.7)};
        assertLongs(Np.concatenate(mixed, 0, INT32, "unsafe"), INT32, shape(2), 1, 2);
        iae(() -> Np.concatenate(mixed, 0, INT32, "same_kind"), "concatenate", "float64", "int32", "same_kind");
        // np.concatenate([np.array([1], np.int8), np.array([2], np.int16)], dtype=np.float32)
        assertDoubles(Np.concatenate(new Tensor[] {i64(1).astype(INT8), i64(2).astype(DType.INT16)}, 0, FLOAT32,
                "same_kind"), FLOAT32, shape(2), 1, 2);
        // np.concatenate([[[1], [2]], [[3], [4]]], axis=1, dtype=np.float16)
        assertDoubles(Np.concatenate(new Tensor[] {i64(1, 2).reshape(2, 1), i64(3, 4).reshape(2, 1)}, 1, FLOAT16,
                "same_kind"), FLOAT16, shape(2, 2), 1, 3, 2, 4);
        // casting='no': int64 stays, int32 to int64 refused; an unknown casting: ValueError
        assertLongs(Np.concatenate(new Tensor[] {i64(1)}, 0, INT64, "no"), INT64, shape(1), 1);
        iae(() -> Np.concatenate(new Tensor[] {i32(1)}, 0, INT64, "no"), "concatenate", "int32", "'no'");
        iae(() -> Np.concatenate(new Tensor[] {i64(1)}, 0, INT64, "bogus"), "concatenate", "casting", "bogus");
        // np.hstack([[1, 2], [3.5]], dtype=np.float32)
        assertDoubles(Np.hstack(new Tensor[] {i64(1, 2), f64(3.5)}, FLOAT32, "same_kind"), FLOAT32, shape(3), 1, 2,
                3.5);
        // np.vstack([[1, 2], [True, False]], dtype=bool, casting='unsafe'); same_kind: TypeError
        assertBools(Np.vstack(new Tensor[] {i64(1, 2), bools(true, false)}, BOOL, "unsafe"), shape(2, 2), true, true,
                true, false);
        iae(() -> Np.vstack(new Tensor[] {i64(1, 2), i64(3, 4)}, BOOL, "same_kind"), "vstack", "int64", "bool");
    }

    // ---- median: out --------------------------------------------------------------------------

    @Test
    void medianIntoOut() {
        // np.median([1, 2.5, 4, 9], out=np.zeros((), np.int32))
        Tensor o = Np.zeros(shape(), INT32);
        assertSame(o, Np.median(f64(1, 2.5, 4, 9), null, false, o));
        assertLongs(o, INT32, shape(), 3);
        // np.median([[1., nan, 3], [4, 5, 7]], axis=1, out=np.zeros(2, np.float32))
        Tensor f = Np.zeros(shape(2), FLOAT32);
        Np.median(f64(1, Double.NaN, 3, 4, 5, 7).reshape(2, 3), new int[] {1}, false, f);
        assertDoubles(f, FLOAT32, shape(2), Double.NaN, 5);
        // np.median([[1, 2, 3], [4, 5, 7]], axis=0, keepdims=True, out=np.zeros((1, 3), np.int8))
        Tensor b = Np.zeros(shape(1, 3), INT8);
        Np.median(i64(1, 2, 3, 4, 5, 7).reshape(2, 3), new int[] {0}, true, b);
        assertLongs(b, INT8, shape(1, 3), 2, 3, 5);
        // np.median([1., 2], out=np.zeros(1)): ValueError; a NaN median into an int64 out: TypeError
        iae(() -> Np.median(f64(1, 2), null, false, Np.zeros(1)), "median", "out");
        iae(() -> Np.median(f64(1, Double.NaN, 4, 6).reshape(2, 2), new int[] {1}, false, Np.zeros(shape(2), INT64)),
                "median", "NaN", "int64");
    }

    // ---- einsum: out --------------------------------------------------------------------------

    @Test
    void einsumIntoOut() {
        Tensor a = f64(1, 2, 3, 4).reshape(2, 2);
        // np.einsum('ij,jk->ik', a, a, out=np.zeros((2, 2)))
        Tensor o = Np.zeros(2, 2);
        assertSame(o, Np.einsum("ij,jk->ik", new Tensor[] {a, a}, o));
        assertDoubles(o, FLOAT64, shape(2, 2), 7, 10, 15, 22);
        // np.einsum('ii', [[1, 2], [3, 4]], out=np.zeros(())): int64 into float64 is safe
        Tensor trace = Np.zeros(shape(), FLOAT64);
        Np.einsum("ii", new Tensor[] {i64(1, 2, 3, 4).reshape(2, 2)}, trace);
        assertDoubles(trace, FLOAT64, shape(), 5);
        // np.einsum('ij,jk->ik', a, a, out=np.zeros((2, 2), np.float32)); 'ii' into int32: TypeError ('safe')
        iae(() -> Np.einsum("ij,jk->ik", new Tensor[] {a, a}, Np.zeros(shape(2, 2), FLOAT32)), "einsum", "float32",
                "safe");
        iae(() -> Np.einsum("ii", new Tensor[] {i64(1, 2, 3, 4).reshape(2, 2)}, Np.zeros(shape(), INT32)), "einsum",
                "int32");
        // np.einsum('ij->j', a, out=np.zeros(3)) and out=np.zeros((1, 2)): ValueError
        iae(() -> Np.einsum("ij->j", new Tensor[] {a}, Np.zeros(3)), "einsum", "shape");
        iae(() -> Np.einsum("ij->j", new Tensor[] {a}, Np.zeros(1, 2)), "einsum", "shape");
    }

    // ---- polyfit: rcond, full, w, cov ---------------------------------------------------------

    /**
     * lstsq's accuracy on these small, well-scaled fits: NumPy's LAPACK is itself up to 6 eps off
     * the exact 0.6, -0.4 and 1.0, the CPU backend within 16 eps of NumPy; 64 eps absolutely.
     */
    private static final Tolerance FIT = new Tolerance(0, 0, false, 64);

    private static final double[] FIT_X = {0, 1, 2, 3, 4};
    private static final double[] FIT_Y = {1, 2.5, 2, 4.5, 7};

    @Test
    void polyfitWeightsAndFullOutput() {
        Tensor x = f64(FIT_X);
        Tensor y = f64(FIT_Y);
        // np.polyfit(x, y, 2, w=[1, 0, 2, 1, 1], full=True)
        Tensor[] fit = Np.polyfit(x, y, 2, null, true, f64(1, 0, 2, 1, 1), null);
        assertEquals(5, fit.length);
        assertDoubles("c", fit[0], FLOAT64, shape(3), FIT, 0.4939759036144577, -0.4277108433734943, 0.9518072289156625);
        assertDoubles("residuals", fit[1], FLOAT64, shape(1), FIT, 0.19277108433735016);
        assertLongs(fit[2], INT32, shape(), 3);
        assertDoubles("s", fit[3], FLOAT64, shape(3), FIT, 1.6576762562167993, 0.48391888975412517, 0.13391018525187176);
        // rcond = len(x) * finfo(float64).eps
        assertDoubles(fit[4], FLOAT64, shape(), 1.1102230246251565e-15);
        // np.polyfit(x, y, 2, w=[1, 0, 2, 1, 1]): the coefficients alone, equal to the full form's
        assertDoubles("c", Np.polyfit(x, y, 2, null, f64(1, 0, 2, 1, 1)), FLOAT64, shape(3), FIT, 0.4939759036144577,
                -0.4277108433734943, 0.9518072289156625);
        // null rcond and w: the plain fit; neither full nor cov: {c}
        assertDoubles("c", Np.polyfit(x, y, 1, null, null), FLOAT64, shape(2), FIT, 1.4, 0.6);
        assertEquals(1, Np.polyfit(x, y, 1, null, false, null, null).length);
        // np.polyfit(x, Y, 1, w=[2, 1, 1, 0.5, 1], full=True), Y = stack([y, [0, 1, -1, 2, 3]], 1)
        Tensor stacked = Np.stack(new Tensor[] {y, f64(0, 1, -1, 2, 3)}, 1);
        Tensor[] columns = Np.polyfit(x, stacked, 1, null, true, f64(2, 1, 1, 0.5, 1), null);
        assertDoubles("c", columns[0], FLOAT64, shape(2, 2), FIT, 1.3433179723502302, 0.5852534562211981,
                0.857142857142857, -0.14285714285714304);
        assertDoubles("residuals", columns[1], FLOAT64, shape(2), FIT, 3.184331797235023, 5.184331797235022);
        assertLongs(columns[2], INT32, shape(), 2);
        assertDoubles("s", columns[3], FLOAT64, shape(2), FIT, 1.2636957689417667, 0.6348803064819986);
        // np.polyfit(float32 [0, 1, 2, 3], float32 [1, 2, 2, 5], 1, w=[1, 0.1, 1, 1], full=True):
        // rcond = 4 * float32 eps, a float32
        Tensor[] single = Np.polyfit(f64(0, 1, 2, 3).astype(FLOAT32), f64(1, 2, 2, 5).astype(FLOAT32), 1, null, true,
                f64(1, 0.1, 1, 1), null);
        assertDoubles("c", single[0], FLOAT64, shape(2), FIT, 1.2140825035137945, 0.6436699859448201);
        assertDoubles("residuals", single[1], FLOAT64, shape(1), FIT, 1.785917496528598);
        assertDoubles(single[4], FLOAT32, shape(), 4.7683716e-07);
        // np.polyfit(x, y, 1, rcond=0.5, full=True): the second singular value 0.428 < 0.5 * 1.348 is cut
        Tensor[] cut = Np.polyfit(x, y, 1, 0.5, true, null, null);
        assertDoubles("c", cut[0], FLOAT64, shape(2), FIT, 0.8224744871391588, 2.014642819948225);
        assertDoubles(cut[1], FLOAT64, shape(0));
        assertLongs(cut[2], INT32, shape(), 1);
        assertDoubles(cut[4], FLOAT64, shape(), 0.5);
    }

    @Test
    void polyfitEdgeCases() {
        // np.polyfit([0., 1, 2], [1., 2, 3], 0, full=True): degree 0 fits the mean
        Tensor[] flat = Np.polyfit(f64(0, 1, 2), f64(1, 2, 3), 0, null, true, null, null);
        assertDoubles("c", flat[0], FLOAT64, shape(1), FIT, 2);
        assertDoubles("residuals", flat[1], FLOAT64, shape(1), FIT, 2);
        assertLongs(flat[2], INT32, shape(), 1);
        assertDoubles(flat[4], FLOAT64, shape(), 6.661338147750939e-16);
        // np.polyfit([0., 1, 2], [1., 2, 3], 3, full=True): more coefficients than points, the
        // minimum-norm solution, rank 3 and no residuals (NumPy's RankWarning is not raised)
        Tensor[] wide = Np.polyfit(f64(0, 1, 2), f64(1, 2, 3), 3, null, true, null, null);
        assertDoubles("c", wide[0], FLOAT64, shape(4), FIT, -0.04201680672268904, 0.12605042016806733,
                0.9159663865546209, 0.9999999999999987);
        assertDoubles(wide[1], FLOAT64, shape(0));
        assertLongs(wide[2], INT32, shape(), 3);
        assertDoubles("s", wide[3], FLOAT64, shape(3), FIT, 1.8795791903995236, 0.6552195542914971, 0.1946006235630425);
        // np.polyfit([1., 1, 1], [1., 2, 3], 1, full=True): equal x, rank 1
        Tensor[] same = Np.polyfit(f64(1, 1, 1), f64(1, 2, 3), 1, null, true, null, null);
        assertDoubles("c", same[0], FLOAT64, shape(2), FIT, 0.9999999999999999, 1.0000000000000004);
        assertDoubles(same[1], FLOAT64, shape(0));
        assertLongs(same[2], INT32, shape(), 1);
        assertDoubles("s", same[3], FLOAT64, shape(2), FIT, 1.4142135623730954, 2.2204460492503126e-16);
        // np.polyfit(x, y, 1, w=[0, 0, 0, 1, 0], full=True): one weighted point, rank 1
        Tensor[] one = Np.polyfit(f64(FIT_X), f64(FIT_Y), 1, null, true, f64(0, 0, 0, 1, 0), null);
        assertDoubles("c", one[0], FLOAT64, shape(2), FIT, 0.7499999999999997, 2.249999999999999);
        assertLongs(one[2], INT32, shape(), 1);
        assertDoubles("s", one[3], FLOAT64, shape(2), FIT, 1.4142135623730951, 0);
        // np.polyfit(x, [1., nan, 2, 3, 4], 1) and with the NaN's weight 0 (NaN * 0 is NaN): NaN coefficients
        assertDoubles(Np.polyfit(f64(FIT_X), f64(1, Double.NaN, 2, 3, 4), 1), FLOAT64, shape(2), Double.NaN, Double.NaN);
        assertDoubles(Np.polyfit(f64(FIT_X), f64(1, Double.NaN, 2, 3, 4), 1, null, f64(1, 0, 1, 1, 1)), FLOAT64,
                shape(2), Double.NaN, Double.NaN);
        // np.polyfit(x, y, 1, w=np.zeros(5)): every column norm 0; NumPy's LAPACK raises LinAlgError (SVD did not
        // converge), jtensor returns NaN (documented deviation)
        assertDoubles(Np.polyfit(f64(FIT_X), f64(FIT_Y), 1, null, Np.zeros(5)), FLOAT64, shape(2), Double.NaN,
                Double.NaN);
    }

    @Test
    void polyfitCovariance() {
        Tensor x = f64(FIT_X);
        Tensor y = f64(FIT_Y);
        // np.polyfit(x, y, 2, cov=True): residuals / (len(x) - order)
        Tensor[] scaled = Np.polyfit(x, y, 2, null, false, null, "scaled");
        assertEquals(2, scaled.length);
        assertDoubles("c", scaled[0], FLOAT64, shape(3), FIT, 0.3571428571428574, -0.028571428571429802,
                1.3142857142857143);
        assertDoubles("cov", scaled[1], FLOAT64, shape(3, 3), FIT, 0.046938775510204214, -0.18775510204081705,
                0.09387755102040878, -0.18775510204081702, 0.8167346938775544, -0.5069387755102069,
                0.09387755102040865, -0.5069387755102064, 0.5820408163265325);
        // np.polyfit(x, y, 2, cov='unscaled')
        assertDoubles("cov", Np.polyfit(x, y, 2, null, false, null, "unscaled")[1], FLOAT64, shape(3, 3), FIT,
                0.07142857142857165, -0.28571428571428686, 0.14285714285714382, -0.2857142857142868,
                1.2428571428571482, -0.7714285714285759, 0.14285714285714363, -0.7714285714285751, 0.8857142857142888);
        // np.polyfit(x, y, 0, cov=True)
        assertDoubles("cov", Np.polyfit(x, y, 0, null, false, null, "scaled")[1], FLOAT64, shape(1, 1), FIT,
                1.1349999999999996);
        // np.polyfit(x, Y, 1, cov=True): (order, order, K); cov='unscaled': (order, order, 1)
        Tensor stacked = Np.stack(new Tensor[] {y, f64(0, 1, -1, 2, 3)}, 1);
        Tensor[] columns = Np.polyfit(x, stacked, 1, null, false, null, "scaled");
        assertDoubles("c", columns[0], FLOAT64, shape(2, 2), FIT, 1.4000000000000001, 0.7000000000000001,
                0.6000000000000011, -0.3999999999999993);
        assertDoubles("cov", columns[1], FLOAT64, shape(2, 2, 2), FIT, 0.1033333333333335, 0.17000000000000026,
                -0.20666666666666697, -0.34000000000000047, -0.206666666666667, -0.3400000000000005,
                0.6200000000000008, 1.0200000000000011);
        assertDoubles("cov", Np.polyfit(x, stacked, 1, null, false, null, "unscaled")[1], FLOAT64, shape(2, 2, 1), FIT,
                0.1000000000000001, -0.20000000000000018, -0.2000000000000002, 0.6000000000000004);
        // full wins over cov, as NumPy
        assertEquals(5, Np.polyfit(x, y, 1, null, true, null, "scaled").length);
    }

    @Test
    void polyfitRefusesWhatNumPyRefuses() {
        Tensor x = f64(FIT_X);
        Tensor y = f64(FIT_Y);
        // w=np.ones((5, 1)): TypeError: expected a 1-d array for weights; w=np.ones(4): expected w and y to have the same length
        iae(() -> Np.polyfit(x, y, 1, null, Np.ones(5, 1)), "polyfit", "1-d", "weights");
        iae(() -> Np.polyfit(x, y, 1, null, Np.ones(4)), "polyfit", "same length", "4");
        // np.polyfit([0., 1, 2], [1., 2, 3], 2, cov=True): ValueError: the number of data points must exceed order
        iae(() -> Np.polyfit(f64(0, 1, 2), f64(1, 2, 3), 2, null, false, null, "scaled"), "polyfit", "exceed order");
        // np.polyfit([1., 1, 1], [1., 2, 3], 1, cov=True) and cov='unscaled': LinAlgError: Singular matrix
        throwsWith(io.jtensor.LinAlgException.class,
                () -> Np.polyfit(f64(1, 1, 1), f64(1, 2, 3), 1, null, false, null, "unscaled"), "polyfit", "ingular");
        // np.polyfit(x, y, 1, rcond=0.5, cov=True): ValueError (no residuals to broadcast)
        iae(() -> Np.polyfit(x, y, 1, 0.5, false, null, "scaled"), "polyfit", "rank-deficient");
        // cov is NumPy's False/True/'unscaled': anything else is refused here
        iae(() -> Np.polyfit(x, y, 1, null, false, null, "bogus"), "polyfit", "cov", "bogus");
        // deviation: NumPy's LAPACK takes rcond=-1 as machine precision; jtensor refuses it
        iae(() -> Np.polyfit(x, y, 1, -1.0, null), "polyfit", "rcond");
    }

    // ---- nanquantile and nanpercentile: weights ---------------------------------------------

    @Test
    void nanQuantileWeightsDropNaNsWithTheirWeights() {
        double nan = Double.NaN;
        // np.nanquantile([1., nan, 3, 2], 0.5, method='inverted_cdf', weights=[1, 5, 1, 3])
        assertDoubles(Np.nanquantile(f64(1, nan, 3, 2), 0.5, null, false, "inverted_cdf", f64(1, 5, 1, 3)), FLOAT64,
                shape(), 2);
        // np.nanquantile([[nan, nan], [1., 2]], [0.2, 1.0], axis=1, method='inverted_cdf', weights=ones((2, 2))):
        // an all-NaN line gives NaN
        Tensor m = f64(nan, nan, 1, 2).reshape(2, 2);
        assertDoubles(Np.nanquantile(m, new double[] {0.2, 1.0}, new int[] {1}, false, "inverted_cdf",
                Np.ones(2, 2)), FLOAT64, shape(2, 2), nan, 1, nan, 2);
        // np.nanpercentile([[1., nan, 3], [4, 5, nan]], [50, 100], axis=1, keepdims=True, method='inverted_cdf',
        //                  weights=[[1, 1, 1], [2, 1, 0]])
        Tensor r = f64(1, nan, 3, 4, 5, nan).reshape(2, 3);
        Tensor w = i64(1, 1, 1, 2, 1, 0).reshape(2, 3);
        assertDoubles(Np.nanpercentile(r, new double[] {50, 100}, new int[] {1}, true, "inverted_cdf", w), FLOAT64,
                shape(2, 2, 1), 1, 4, 3, 5);
        // the same over axis=(0, 1) and over all: 4.0
        assertDoubles(Np.nanquantile(r, 0.5, new int[] {0, 1}, false, "inverted_cdf", w), FLOAT64, shape(), 4);
        assertDoubles(Np.nanpercentile(r, 50, null, false, "inverted_cdf", w), FLOAT64, shape(), 4);
        // np.nanquantile([nan, 1., 2], [0, 0.5, 1], method='inverted_cdf', weights=[3, 0, 1]): 1.'s zero weight never reached
        assertDoubles(Np.nanquantile(f64(nan, 1, 2), new double[] {0, 0.5, 1}, null, false, "inverted_cdf",
                i64(3, 0, 1)), FLOAT64, shape(3), 2, 2, 2);
        // np.nanquantile([3., nan, 1], 1.0, method='inverted_cdf', weights=[1, 1, 1]): q=1 stops before the NaN
        assertDoubles(Np.nanquantile(f64(3, nan, 1), 1.0, null, false, "inverted_cdf", f64(1, 1, 1)), FLOAT64, shape(),
                3);
        // np.nanquantile([1., nan], 0.5, method='inverted_cdf', weights=[1, inf]): the Inf weight goes with its NaN
        assertDoubles(Np.nanquantile(f64(1, nan), 0.5, null, false, "inverted_cdf", f64(1, Double.POSITIVE_INFINITY)),
                FLOAT64, shape(), 1);
        // np.nanpercentile(float32 [[1., nan], [nan, nan], [2, 5]], [10, 90], axis=1, method='inverted_cdf',
        //                  weights=[[1, 1], [1, 1], [3, 1]]): x's type
        Tensor single = f64(1, nan, nan, nan, 2, 5).reshape(3, 2).astype(FLOAT32);
        assertDoubles(Np.nanpercentile(single, new double[] {10, 90}, new int[] {1}, false, "inverted_cdf",
                i64(1, 1, 1, 1, 3, 1).reshape(3, 2)), FLOAT32, shape(2, 3), 1, nan, 2, 1, nan, 5);
        // np.nanquantile([[2, 7, 1]], 0.5, axis=1, method='inverted_cdf', weights=[[1, 1, 5]]): integers have no NaN
        assertLongs(Np.nanquantile(i64(2, 7, 1).reshape(1, 3), 0.5, new int[] {1}, false, "inverted_cdf",
                i64(1, 1, 5).reshape(1, 3)), INT64, shape(1), 1);
        // np.nanquantile(np.zeros((0, 3)), 0.5, axis=0, method='inverted_cdf', weights=np.zeros((0, 3))): nanmean's NaN
        assertDoubles(Np.nanquantile(Np.zeros(0, 3), 0.5, new int[] {0}, false, "inverted_cdf", Np.zeros(0, 3)),
                FLOAT64, shape(3), nan, nan, nan);
        // weights along the axis only (NumPy 2.4 raises IndexError here); the answer of
        // np.nanquantile(r, 0.5, axis=1, method='inverted_cdf', weights=[[1, 2, 1], [1, 2, 1]])
        assertDoubles(Np.nanquantile(r, 0.5, new int[] {1}, false, "inverted_cdf", i64(1, 2, 1)), FLOAT64, shape(2), 1,
                5);
        // null weights: the unweighted nanquantile
        assertDoubles(Np.nanquantile(f64(1, nan, 3, 2), 0.5, null, false, "linear", null), FLOAT64, shape(), 2);
    }

    @Test
    void nanQuantileWeightsRefusedAsNumPy() {
        double nan = Double.NaN;
        // np.nanquantile([1., nan], 0.5, method='inverted_cdf', weights=[0, 1]): ValueError: Weights included NaN,
        // inf or were all zero (the weight left is 0)
        iae(() -> Np.nanquantile(f64(1, nan), 0.5, null, false, "inverted_cdf", i64(0, 1)), "nanquantile",
                "all zero");
        // weights=[-1, 1] with the -1 at the NaN: ValueError: Weights must be non-negative
        iae(() -> Np.nanquantile(f64(nan, 2), 0.5, null, false, "inverted_cdf", i64(-1, 1)), "nanquantile",
                "non-negative");
        // np.nanquantile([1., 2], 0.5, weights=[1, 1]): ValueError: Only method 'inverted_cdf' supports weights
        iae(() -> Np.nanpercentile(f64(1, 2), 50, null, false, "linear", i64(1, 1)), "nanpercentile", "inverted_cdf");
        // np.nanquantile([1., 2], 1.5, ...): ValueError: Quantiles must be in the range [0, 1]
        iae(() -> Np.nanquantile(f64(1, 2), 1.5, null, false, "inverted_cdf", i64(1, 1)), "nanquantile");
        // np.nanquantile([[1., 2], [3, 4]], 0.5, method='inverted_cdf', weights=[1, 0]): TypeError (give the axis)
        iae(() -> Np.nanquantile(f64(1, 2, 3, 4).reshape(2, 2), 0.5, null, false, "inverted_cdf", i64(1, 0)),
                "nanquantile", "axes");
    }

    // ---- isin: assumeUnique ------------------------------------------------------------------

    @Test
    void isinAcceptsAssumeUnique() {
        Tensor test = Np.arange(2.0, 100.0, 1.0);
        // np.isin([3., 1.5, 7, 50], np.arange(2., 100), assume_unique=True): NumPy's sorting path
        assertBools(Np.isin(f64(3, 1.5, 7, 50), test, true, false, null), shape(4), true, false, true, true);
        // ... invert=True
        assertBools(Np.isin(f64(3, 1.5, 7, 50), test, true, true, "sort"), shape(4), false, true, false, false);
        // np.isin([[3, 1], [2, 7]], [2, 7, 9], True, True)
        assertBools(Np.isin(i64(3, 1, 2, 7).reshape(2, 2), i64(2, 7, 9), true, true, null), shape(2, 2), true, true,
                false, false);
        // np.isin([1., nan, -0.], [nan, 0., 1.], assume_unique=True, kind='sort')
        assertBools(Np.isin(f64(1, Double.NaN, -0.0), f64(Double.NaN, 0, 1), true, false, "sort"), shape(3), true,
                false, true);
        // np.isin([4, 1], [1, 2], assume_unique=True, kind='table'); a float table: ValueError
        assertBools(Np.isin(i64(4, 1), i64(1, 2), true, false, "table"), shape(2), false, true);
        iae(() -> Np.isin(f64(4, 1), i64(1, 2), true, false, "table"), "isin", "table");
        // repeated elements: the true membership, where NumPy's assume_unique path answers [True, False, True]
        assertBools(Np.isin(f64(1, 1, 5), test, true, false, null), shape(3), false, false, true);
    }
}
