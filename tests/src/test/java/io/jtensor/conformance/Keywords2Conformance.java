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
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * NumPy keywords of existing functions that jtensor lacked before: take's {@code mode} and
 * {@code out}. Every expected value is NumPy 2.4's (the call is in the
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
}
