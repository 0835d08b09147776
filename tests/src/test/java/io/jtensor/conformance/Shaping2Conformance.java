package io.jtensor.conformance;

import io.jtensor.DType;
import io.jtensor.Np;
import io.jtensor.Slice;
import io.jtensor.Tensor;
import io.jtensor.TensorScope;
import io.jtensor.op.BinaryOp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.lang.reflect.Method;
import java.util.List;
import java.util.function.Supplier;

import static io.jtensor.DType.BOOL;
import static io.jtensor.DType.FLOAT16;
import static io.jtensor.DType.FLOAT32;
import static io.jtensor.DType.FLOAT64;
import static io.jtensor.DType.INT32;
import static io.jtensor.DType.INT64;
import static io.jtensor.DType.INT8;
import static io.jtensor.conformance.Check.throwsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * NumPy keyword forms of creation and numeric functions added after {@link ShapingConformance}:
 * linspace, logspace and geomspace with array end points, {@code dtype}, {@code axis},
 * {@code retstep} and an array base; cov's frequency and analytic weights and cov's and corrcoef's
 * {@code dtype}; gradient's spacings (per axis, NumPy scalars, coordinates) and axis tuples;
 * nancumsum/nancumprod into an out of every type; frexp with one out or an out over x; divmod's
 * and modf's outs and where; asarray's dtype and copy; fromiter's conversions; diff's
 * prepend and append; sort's and argsort's kind; polyint's
 * integration constants; expandDims' required axis.
 * Every expected value is NumPy 2.4's (the call is in the comment above it).
 */
public abstract class Shaping2Conformance extends ConformanceCase {

    private static IllegalArgumentException iae(Executable code, String... fragments) {
        return throwsWith(IllegalArgumentException.class, code, fragments);
    }

    private static Tensor f16(double... values) {
        return Np.array(values).astype(FLOAT16);
    }

    private Tolerance power(DType type) {
        return RandomCaseRun.plus(suite().binaryTolerance(BinaryOp.POWER, type), Tolerance.ulps(1));
    }

    // ---- linspace -------------------------------------------------------------------------------

    @Test
    void linspaceOfArrayEndPointsAlongAnAxis() {
        // np.linspace([0, 1], [10, 20], 5, axis=1)
        assertDoubles(Np.linspace(f64(0, 1), f64(10, 20), 5, true, null, 1), FLOAT64, shape(2, 5),
                0, 2.5, 5, 7.5, 10, 1, 5.75, 10.5, 15.25, 20);
        // np.linspace(0, [[1, 2], [3, 4]], 3, axis=1, endpoint=False)
        assertDoubles(Np.linspace(Np.scalar(0.0), f64(1, 2, 3, 4).reshape(2, 2), 3, false, null, 1), FLOAT64,
                shape(2, 3, 2), 0, 0, 0.3333333333333333, 0.6666666666666666, 0.6666666666666666,
                1.3333333333333333, 0, 0, 1, 1.3333333333333333, 2, 2.6666666666666665);
        // np.linspace(0, [1, 2], 0, axis=-1)
        assertDoubles(Np.linspace(Np.scalar(0.0), f64(1, 2), 0, true, null, -1), FLOAT64, shape(2, 0));
        // np.linspace(np.array([0, 5], np.int32), np.int64(10), 3): integers compute in float64
        assertDoubles(Np.linspace(i32(0, 5), Np.scalar(10, INT64), 3, true, null, 0), FLOAT64, shape(3, 2),
                0, 5, 5, 7.5, 10, 10);
        // np.linspace([0., 0], [5e-324, 0.7], 11)[:, 1]: one zero step makes every column divide first
        // (NumPy's denormal path: (i / 10) * 0.7, where np.linspace(0, 0.7, 11) has i * 0.07)
        Tensor both = Np.linspace(f64(0, 0), f64(Double.MIN_VALUE, 0.7), 11, true, null, 0);
        assertDoubles(both.slice(1, 1, 2, 1).reshape(11), FLOAT64, shape(11), 0, 0.06999999999999999,
                0.13999999999999999, 0.21, 0.27999999999999997, 0.35, 0.42, 0.48999999999999994, 0.5599999999999999,
                0.63, 0.7);
        assertDoubles(both.slice(1, 0, 1, 1).reshape(11), FLOAT64, shape(11), 0, 0, 0, 0, 0, 0,
                Double.MIN_VALUE, Double.MIN_VALUE, Double.MIN_VALUE, Double.MIN_VALUE, Double.MIN_VALUE);
    }

    @Test
    void linspaceKeepsFloat32AndFloat16() {
        // np.linspace(np.float32(0.1), np.float32(0.7), 7)
        Tensor samples = Np.linspace(Np.scalar(0.1, FLOAT32), Np.scalar(0.7, FLOAT32), 7, true, null, 0);
        assertDoubles(samples, FLOAT32, shape(7), 0.10000000149011612, 0.19999998807907104, 0.29999998211860657,
                0.3999999761581421, 0.4999999701976776, 0.5999999642372131, 0.699999988079071);
        // np.linspace(np.array([0.1, 1], np.float16), np.array([0.7, 3], np.float16), 4)
        assertDoubles(Np.linspace(f16(0.1, 1), f16(0.7, 3), 4, true, null, 0), FLOAT16, shape(4, 2),
                0.0999755859375, 1.0, 0.300048828125, 1.666015625, 0.5, 2.33203125, 0.7001953125, 3.0);
    }

    @Test
    void linspaceWithAnIntegerDtypeFloors() {
        // np.linspace(0, 10, 4, dtype=np.int64), np.linspace(-1, -10, 4, dtype=np.int8)
        assertLongs(Np.linspace(0, 10, 4, true, INT64), INT64, shape(4), 0, 3, 6, 10);
        assertLongs(Np.linspace(-1, -10, 4, true, INT8), INT8, shape(4), -1, -4, -7, -10);
        // np.linspace(np.float32(-1), np.float32(1), 5, dtype=np.int32): -0.5 floors to -1
        assertLongs(Np.linspace(Np.scalar(-1, FLOAT32), Np.scalar(1, FLOAT32), 5, true, INT32, 0), INT32, shape(5),
                -1, -1, 0, 0, 1);
        // np.linspace(0, [1, 2], 3, dtype=bool)
        assertLongs(Np.linspace(Np.scalar(0.0), f64(1, 2), 3, true, BOOL, 0), BOOL, shape(3, 2), 0, 0, 1, 1, 1, 1);
        assertDoubles(Np.linspace(0, 1, 5, true, null), FLOAT64, shape(5), 0, 0.25, 0.5, 0.75, 1);
    }

    @Test
    void linspaceReturnsItsStep() {
        // np.linspace(0, [1, 2], 3, retstep=True)
        Tensor[] withStep = Np.linspaceWithStep(Np.scalar(0.0), f64(1, 2), 3, true, null, 0);
        assertDoubles(withStep[0], FLOAT64, shape(3, 2), 0, 0, 0.5, 1, 1, 2);
        assertDoubles(withStep[1], FLOAT64, shape(2), 0.5, 1);
        // np.linspace(np.float32(0), np.float32(1), 3, endpoint=False, retstep=True)[1]: np.float32(1/3)
        Tensor[] f32 = Np.linspaceWithStep(Np.scalar(0, FLOAT32), Np.scalar(1, FLOAT32), 3, false, null, 0);
        assertDoubles(f32[1], FLOAT32, shape(), (float) (1.0 / 3));
        // np.linspace(0, 1, 1, retstep=True): ([0.], nan)
        Tensor[] single = Np.linspaceWithStep(Np.scalar(0.0), Np.scalar(1.0), 1, true, null, 0);
        assertDoubles(single[0], FLOAT64, shape(1), 0);
        assertDoubles(single[1], FLOAT64, shape(), Double.NaN);
    }

    @Test
    void linspaceRefusals() {
        // np.linspace(0, 1, -1): ValueError; np.linspace(0, 1, 3, axis=2): AxisError;
        // np.linspace([0, 1], [1, 2, 3], 3): broadcast error
        iae(() -> Np.linspace(Np.scalar(0.0), Np.scalar(1.0), -1, true, null, 0), "linspace", "non-negative", "-1");
        iae(() -> Np.linspace(Np.scalar(0.0), Np.scalar(1.0), 3, true, null, 1), "linspace", "axis");
        iae(() -> Np.linspace(Np.scalar(0.0), f64(1, 2), 3, true, null, -3), "linspace", "axis");
        iae(() -> Np.linspace(f64(0, 1), f64(1, 2, 3), 3, true, null, 0), "linspace", "(2,)", "(3,)");
    }

    // ---- logspace and geomspace --------------------------------------------------------------------

    @Test
    void logspaceWithAnArrayBase() {
        // np.logspace(0, [1, 2], 3, base=[2, 10]) and with axis=1
        assertDoubles("base [2, 10]", Np.logspace(Np.scalar(0.0), f64(1, 2), 3, true, f64(2, 10), null, 0),
                FLOAT64, shape(3, 2), power(FLOAT64), 1, 1, 1.4142135623730951, 10, 2, 100);
        assertDoubles("axis 1", Np.logspace(Np.scalar(0.0), f64(1, 2), 3, true, f64(2, 10), null, 1),
                FLOAT64, shape(2, 3), power(FLOAT64), 1, 1.4142135623730951, 2, 1, 10, 100);
        // np.logspace(0, [1, 2], 3, base=[[2], [10]], axis=-1): the base broadcasts to (2, 2)
        assertDoubles("base [[2], [10]]", Np.logspace(Np.scalar(0.0), f64(1, 2), 3, true,
                f64(2, 10).reshape(2, 1), null, -1), FLOAT64, shape(2, 2, 3), power(FLOAT64),
                1, 1.4142135623730951, 2, 1, 2, 4, 1, 3.1622776601683795, 10, 1, 10, 100);
        // np.logspace(np.float32(0), np.float32(1), 3, base=np.float64(2)): a 0-d base is float64
        assertDoubles("0-d base", Np.logspace(Np.scalar(0, FLOAT32), Np.scalar(1, FLOAT32), 3, true,
                Np.scalar(2.0), null, 0), FLOAT64, shape(3), power(FLOAT64), 1, 1.4142135623730951, 2);
        iae(() -> Np.logspace(Np.scalar(0.0), f64(1, 2), 3, true, f64(2, 3, 4), null, 0), "logspace", "(2,)", "(3,)");
    }

    @Test
    void logspaceTypes() {
        // np.logspace(np.float32(0), np.float32(2), 5): the number base keeps float32
        assertDoubles("float32", Np.logspace(Np.scalar(0, FLOAT32), Np.scalar(2, FLOAT32), 5, true, 10, null, 0),
                FLOAT32, shape(5), power(FLOAT32), 1, 3.1622776985168457, 10, 31.62277603149414, 100);
        // np.logspace(0, 2, 3, dtype=int)
        assertLongs(Np.logspace(Np.scalar(0.0), Np.scalar(2.0), 3, true, 10, INT64, 0), INT64, shape(3), 1, 10, 100);
    }

    @Test
    void geomspaceOfArrays() {
        // np.geomspace(np.array([1., -1]), np.array([1000., -1000]), 4, axis=1)
        assertDoubles("signs", Np.geomspace(f64(1, -1), f64(1000, -1000), 4, true, null, 1), FLOAT64, shape(2, 4),
                power(FLOAT64), 1, 10, 100, 1000, -1, -10, -100, -1000);
        // np.geomspace(np.array([1, 10]), 100, 3, endpoint=False)
        assertDoubles("no end point", Np.geomspace(i64(1, 10), Np.scalar(100, INT64), 3, false, null, 0), FLOAT64,
                shape(3, 2), RandomCaseRun.plus(power(FLOAT64), Tolerance.of(1, 4)), 1, 10, 4.641588833612778,
                21.544346900318832, 21.544346900318832, 46.41588833612777);
        // np.geomspace(-1, 1000, 3): opposite signs give NaN inside
        assertDoubles("opposite signs", Np.geomspace(Np.scalar(-1.0), Np.scalar(1000.0), 3, true, null, 0),
                FLOAT64, shape(3), Tolerance.EXACT, -1, Double.NaN, 1000);
    }

    @Test
    void geomspaceTypes() {
        // np.geomspace(np.float32(1), np.float32(1000), 4) is float64 (NumPy's zeros((), None))
        assertDoubles("float32 ends", Np.geomspace(Np.scalar(1, FLOAT32), Np.scalar(1000, FLOAT32), 4, true, null, 0),
                FLOAT64, shape(4), power(FLOAT64), 1, 10, 100, 1000);
        // np.geomspace(1, 1000, 4, dtype=np.float32)
        assertDoubles("dtype float32", Np.geomspace(Np.scalar(1.0), Np.scalar(1000.0), 4, true, FLOAT32, 0),
                FLOAT32, shape(4), power(FLOAT32), 1, 10, 100, 1000);
        // np.geomspace(1, 1000, 4, dtype=np.int32)
        assertLongs(Np.geomspace(Np.scalar(1.0), Np.scalar(1000.0), 4, true, INT32, 0), INT32, shape(4),
                1, 10, 100, 1000);
        // np.geomspace([1, 0], 10, 3): ValueError "Geometric sequence cannot include zero"
        iae(() -> Np.geomspace(f64(1, 0), Np.scalar(10.0), 3, true, null, 0), "geomspace", "zero");
        iae(() -> Np.geomspace(Np.scalar(1.0), Np.scalar(10.0), -2, true, null, 0), "geomspace", "non-negative");
    }

    // ---- cov weights and dtype --------------------------------------------------------------------

    private static Tensor observations() {
        return Np.array(new double[] {0, 1, 2, 4, 2, 1, 0, 3}, 2, 4);
    }

    private Tolerance cov(DType type) {
        return suite().linalgTolerance("decomposition", type);
    }

    @Test
    void covWithFrequencyAndAnalyticWeights() {
        Tensor m = observations();
        Tensor f = i64(1, 2, 1, 3);
        Tensor a = f64(0.5, 1, 2, 0.25);
        // np.cov(m, fweights=[1, 2, 1, 3]); the same with rowvar=False on m.T
        assertDoubles("fweights", Np.cov(m, null, true, false, null, f, null, null), FLOAT64, shape(2, 2), cov(FLOAT64),
                2.904761904761904, 1.380952380952381, 1.380952380952381, 1.4761904761904763);
        assertDoubles("rowvar=False", Np.cov(m.T(), null, false, false, null, f, null, null), FLOAT64, shape(2, 2),
                cov(FLOAT64), 2.904761904761904, 1.380952380952381, 1.380952380952381, 1.4761904761904763);
        // np.cov(m, aweights=[0.5, 1, 2, 0.25]); np.cov(m[0], m[1], aweights=...)
        double[] analytic = {1.4571428571428573, -0.17142857142857149, -0.17142857142857149, 1.3857142857142857};
        assertDoubles("aweights", Np.cov(m, null, true, false, null, null, a, null), FLOAT64, shape(2, 2),
                cov(FLOAT64), analytic);
        assertDoubles("aweights with y", Np.cov(m.select(0, 0), m.select(0, 1), true, false, null, null, a, null), FLOAT64,
                shape(2, 2), cov(FLOAT64), analytic);
        // np.cov(m, fweights=..., aweights=...), with ddof=0, and fweights with bias=True
        assertDoubles("both", Np.cov(m, null, true, false, null, f, a, null), FLOAT64, shape(2, 2), cov(FLOAT64),
                1.6331360946745561, 0.49704142011834307, 0.49704142011834307, 1.3668639053254437);
        assertDoubles("both ddof=0", Np.cov(m, null, true, false, 0, f, a, null), FLOAT64, shape(2, 2), cov(FLOAT64),
                1.2517006802721087, 0.3809523809523808, 0.3809523809523808, 1.0476190476190474);
        assertDoubles("bias", Np.cov(m, null, true, true, null, f, null, null), FLOAT64, shape(2, 2), cov(FLOAT64),
                2.4897959183673466, 1.183673469387755, 1.183673469387755, 1.2653061224489797);
        // np.cov(np.array([1, 2, 4]), fweights=[0, 0, 2]): one weighted observation, 0-d
        assertDoubles("zero frequencies", Np.cov(i64(1, 2, 4), null, true, false, null, i64(0, 0, 2), null, null),
                FLOAT64, shape(), cov(FLOAT64), 0);
    }

    @Test
    void covAndCorrcoefInADtype() {
        Tensor m = observations();
        // np.cov(m, dtype=np.float32), and of float32 data
        double[] f32 = {2.9166667461395264, 0.8333333134651184, 0.8333333134651184, 1.6666666269302368};
        assertDoubles("dtype float32", Np.cov(m, null, true, false, null, null, null, FLOAT32), FLOAT32, shape(2, 2),
                cov(FLOAT32), f32);
        assertDoubles("float32 data", Np.cov(m.astype(FLOAT32), null, true, false, null, null, null, FLOAT32), FLOAT32,
                shape(2, 2), cov(FLOAT32), f32);
        // np.cov(m, dtype=np.float32, aweights=...): the float64 weights make it float64
        assertDoubles("dtype float32 with weights", Np.cov(m, null, true, false, null, null,
                f64(0.5, 1, 2, 0.25), FLOAT32), FLOAT64, shape(2, 2), cov(FLOAT32), 1.4571429388863715,
                -0.17142856887408697, -0.17142856887408697, 1.3857142925262456);
        // np.corrcoef(m, dtype=np.float32)
        assertDoubles("corrcoef float32", Np.corrcoef(m, null, true, FLOAT32), FLOAT32, shape(2, 2), cov(FLOAT32),
                0.9999999403953552, 0.37796446681022644, 0.37796443700790405, 1.0);
        // np.cov(m, dtype=np.int64): UFuncTypeError
        iae(() -> Np.cov(m, null, true, false, null, null, null, INT64), "cov", "dtype", "floating");
        iae(() -> Np.corrcoef(m, null, true, INT32), "corrcoef", "dtype", "floating");
    }

    @Test
    void covRefusesBadWeights() {
        Tensor m = observations();
        // np.cov(m, fweights=[1, 2.5, 1, 3]): TypeError "fweights must be integer" (also for NaN)
        iae(() -> Np.cov(m, null, true, false, null, f64(1, 2.5, 1, 3), null, null), "cov", "fweights must be integer");
        iae(() -> Np.cov(m, null, true, false, null, f64(1, Double.NaN, 1, 1), null, null), "cov", "integer");
        // negative weights: ValueError
        iae(() -> Np.cov(m, null, true, false, null, i64(1, -2, 1, 3), null, null), "cov", "fweights", "negative");
        iae(() -> Np.cov(m, null, true, false, null, null, f64(1, -2, 1, 3), null), "cov", "aweights", "negative");
        // wrong length or dimensions: RuntimeError
        iae(() -> Np.cov(m, null, true, false, null, i64(1, 2, 1), null, null), "cov", "incompatible", "fweights");
        iae(() -> Np.cov(m, null, true, false, null, null, f64(1, 2, 1), null), "cov", "incompatible", "aweights");
        iae(() -> Np.cov(m, null, true, false, null, i64(1, 2, 1, 3).reshape(1, 4), null, null), "cov",
                "multidimensional fweights");
        // np.cov(m, aweights=[0, 0, 0, 0]): ZeroDivisionError
        iae(() -> Np.cov(m, null, true, false, null, null, f64(0, 0, 0, 0), null), "cov", "sum to zero");
    }

    // ---- gradient spacings --------------------------------------------------------------------

    private static Tensor grid() {
        return Np.array(new double[] {1, 2, 4, 7, 3, 1, 0, 5, 2, 2, 8, 1}, 3, 4);
    }

    @Test
    void gradientWithASpacingPerAxis() {
        // np.gradient(np.array([1., 2, 4, 7, 11, 16]).reshape(2, 3), 2, 0.5)
        Tensor[] g = Np.gradient(f64(1, 2, 4, 7, 11, 16).reshape(2, 3), new double[] {2, 0.5}, null, 1);
        assertDoubles(g[0], FLOAT64, shape(2, 3), 3, 4.5, 6, 3, 4.5, 6);
        assertDoubles(g[1], FLOAT64, shape(2, 3), 2, 3, 4, 8, 9, 10);
        // np.gradient(f, axis=(1, 0)): the given order
        Tensor[] o = Np.gradient(grid(), new double[0], new int[] {1, 0}, 1);
        assertDoubles(o[0], FLOAT64, shape(3, 4), 1, 1.5, 2.5, 3, -2, -1.5, 2, 5, 0, 3, -0.5, -7);
        assertDoubles(o[1], FLOAT64, shape(3, 4), 2, -1, -4, -2, 0.5, 0, 2, -3, -1, 1, 8, -4);
        // np.gradient(f.astype(np.float32), 0.3, axis=1, edge_order=2): a Python float keeps float32
        assertDoubles(Np.gradient(grid().astype(FLOAT32), new double[] {0.3}, new int[] {1}, 2)[0], FLOAT32,
                shape(3, 4), 1.6666665077209473, 5.0, 8.333333015441895, 11.666667938232422, -8.333333969116211, -5.0,
                6.666666507720947, 26.66666603088379, -10.0, 10.0, -1.6666666269302368, -45.0);
        // np.gradient(f.astype(np.float32), np.float64(0.3), axis=1, edge_order=2): a NumPy scalar is float64
        assertDoubles(Np.gradient(grid().astype(FLOAT32), new Tensor[] {Np.scalar(0.3)}, new int[] {1}, 2)[0],
                FLOAT32, shape(3, 4), 1.6666666269302368, 5.0, 8.333333015441895, 11.666666984558105,
                -8.333333015441895, -5.0, 6.666666507720947, 26.66666603088379, -10.0, 10.0, -1.6666666269302368,
                -45.0);
    }

    @Test
    void gradientWithCoordinates() {
        // np.gradient([1., 2, 4, 7, 11], [0, 1, 1.5, 3.5, 4]) and with edge_order=2
        Tensor y = f64(1, 2, 4, 7, 11);
        Tensor x = f64(0, 1, 1.5, 3.5, 4);
        assertDoubles(Np.gradient(y, new Tensor[] {x}, null, 1)[0], FLOAT64, shape(5),
                1, 2.9999999999999996, 3.5, 6.700000000000001, 8);
        assertDoubles(Np.gradient(y, new Tensor[] {x}, null, 2)[0], FLOAT64, shape(5),
                -1, 2.9999999999999996, 3.5, 6.700000000000001, 9.299999999999997);
        // np.gradient(f, np.array([0., 1, 3]), np.float64(2), axis=(0, 1), edge_order=2): mixed forms
        Tensor[] m = Np.gradient(grid(), new Tensor[] {f64(0, 1, 3), Np.scalar(2.0)}, new int[] {0, 1}, 2);
        assertDoubles(m[0], FLOAT64, shape(3, 4), 2.8333333333333335, -1.4999999999999998, -6.666666666666666,
                -1.999999999999999, 1.1666666666666667, -0.49999999999999994, -1.3333333333333333,
                -1.9999999999999993, -2.166666666666667, 1.5, 9.333333333333334, -2.0000000000000004);
        assertDoubles(m[1], FLOAT64, shape(3, 4), 0.25, 0.75, 1.25, 1.75, -1.25, -0.75, 1, 4, -1.5, 1.5, -0.25, -6.75);
        // np.gradient(f.astype(np.float32), np.array([0., 0.5, 2, 3.1]), axis=1, edge_order=2): float64
        // coefficients, float32 result
        assertDoubles(Np.gradient(grid().astype(FLOAT32), new Tensor[] {f64(0, 0.5, 2, 3.1)}, new int[] {1}, 2)[0],
                FLOAT32, shape(3, 4), 2.1666667461395264, 1.8333333730697632, 2.137529134750366, 3.317016363143921,
                -4.833333492279053, -3.1666667461395264, 2.3403263092041016, 6.750582695007324, -1.0, 1.0,
                -1.9790209531784058, -10.748251914978027);
        // np.gradient(f.astype(np.float32), np.array([0, 1, 2, 3]), axis=1): equal differences are the
        // scalar np.float64(1)
        assertDoubles(Np.gradient(grid().astype(FLOAT32), new Tensor[] {i64(0, 1, 2, 3)}, new int[] {1}, 1)[0],
                FLOAT32, shape(3, 4), 1, 1.5, 2.5, 3, -2, -1.5, 2, 5, 0, 3, -0.5, -7);
        // np.gradient(np.array([True, False, True, True]), np.array([0., 1, 3, 4.5]), edge_order=2) and with
        // float32 coordinates: no difference of f, so NumPy takes bool f (float64 out)
        Tensor flags = bools(true, false, true, true);
        assertDoubles(Np.gradient(flags, new Tensor[] {f64(0, 1, 3, 4.5)}, null, 2)[0], FLOAT64, shape(4),
                -1.5, -0.5, 0.21428571428571427, -0.2142857142857144);
        assertDoubles(Np.gradient(flags, new Tensor[] {f32(0, 1, 3, 4.5f)}, null, 2)[0], FLOAT64, shape(4),
                -1.5, -0.5, 0.2142857164144516, -0.21428567171096802);
        // with edge order 1 or even coordinates NumPy subtracts bools: TypeError
        iae(() -> Np.gradient(flags, new Tensor[] {f64(0, 1, 3, 4.5)}, null, 1), "gradient", "bool");
        iae(() -> Np.gradient(flags, new Tensor[] {f64(0, 1, 2, 3)}, null, 2), "gradient", "bool");
        // np.gradient(np.array([1, 4, 9, 16]), np.array([1, 2, 4, 8]), edge_order=2): integers as float64
        assertDoubles(Np.gradient(i64(1, 4, 9, 16), new Tensor[] {i64(1, 2, 4, 8)}, null, 2)[0], FLOAT64, shape(4),
                3.166666666666667, 2.8333333333333335, 2.25, 1.25);
    }

    @Test
    void gradientRefusals() {
        Tensor f = grid();
        // np.gradient(f, 1, 2, 3) and np.gradient(f, np.array([0., 1, 2])): TypeError "invalid number of arguments"
        iae(() -> Np.gradient(f, new double[] {1, 2, 3}, null, 1), "gradient", "invalid number");
        iae(() -> Np.gradient(f, new Tensor[] {f64(0, 1, 2)}, null, 1), "gradient", "invalid number");
        // np.gradient(f, np.ones((2, 2)), axis=0): "distances must be either scalars or 1d"
        iae(() -> Np.gradient(f, new Tensor[] {Np.ones(2, 2)}, new int[] {0}, 1), "gradient", "scalars or 1d");
        // np.gradient(f, np.array([0, 1]), axis=0): "when 1d, distances must match the length ..."
        iae(() -> Np.gradient(f, new Tensor[] {i64(0, 1)}, new int[] {0}, 1), "gradient", "must match the length");
        // np.gradient(f, axis=(0, 0)): "repeated axis"; axis 2: AxisError
        iae(() -> Np.gradient(f, new double[0], new int[] {0, -2}, 1), "gradient", "repeated axis");
        iae(() -> Np.gradient(f, new double[0], new int[] {2}, 1), "gradient", "axis 2");
        iae(() -> Np.gradient(f, new Tensor[] {bools(true, false, true)}, new int[] {0}, 1), "gradient", "bool");
        // np.gradient(f, [0., 1, 3], axis=0, edge_order=2) on 2 rows: too small
        iae(() -> Np.gradient(f.slice(0, 0, 2, 1), new Tensor[] {f64(0, 1)}, new int[] {0}, 2), "gradient",
                "at least edge order + 1");
    }

    // ---- nancumsum / nancumprod out= ---------------------------------------------------------------

    /**
     * Every input type into an out of its own type and of two others (each out type three times), as
     * NumPy 2.4 computes them (it takes every pair): the scan runs in the out's type (a bool out is
     * a running logical or / and). x is [1, nan, 2, 3] for floats, [1, 0, 2, 3] for integers and
     * [True, False, True, True] for bool.
     */
    @Test
    void nanScansIntoAnOutOfEveryType() {
        DType[] types = DType.values();
        for (int i = 0; i < types.length; i++) {
            DType xType = types[i];
            Tensor x = xType == BOOL ? bools(true, false, true, true)
                    : xType.isFloatingPoint() ? f64(1, Double.NaN, 2, 3).astype(xType) : i64(1, 0, 2, 3).astype(xType);
            for (int shift : new int[] {0, 1, 5}) {
                DType outType = types[(i + shift) % types.length];
                String what = xType + " into " + outType;
                Tensor sumOut = Np.zeros(shape(4), outType);
                Tensor prodOut = Np.zeros(shape(4), outType);
                // for x in types: for o in types: np.nancumsum(x, out=np.zeros(4, o)), np.nancumprod(...)
                long[] sums = outType == BOOL ? new long[] {1, 1, 1, 1}
                        : xType == BOOL ? new long[] {1, 1, 2, 3} : new long[] {1, 1, 3, 6};
                long[] products = xType.isFloatingPoint() ? outType == BOOL ? new long[] {1, 1, 1, 1}
                        : new long[] {1, 1, 2, 6} : new long[] {1, 0, 0, 0};
                assertTrue(Np.nancumsum(x, null, null, sumOut) == sumOut, what);
                Check.longs("nancumsum " + what, sumOut.astype(INT64), INT64, shape(4), sums);
                assertTrue(Np.nancumprod(x, null, null, prodOut) == prodOut, what);
                Check.longs("nancumprod " + what, prodOut.astype(INT64), INT64, shape(4), products);
            }
        }
    }

    // ---- frexp outs -------------------------------------------------------------------------------

    @Test
    void frexpWithOneOutAndAnExponentOutOverX() {
        // np.frexp(x, out=(m, None)): m and a new int32 exponent
        Tensor x = f64(1.5, -3, 0.25);
        Tensor m = Np.zeros(3);
        Tensor[] r = Np.frexp(x, m, null);
        assertTrue(r[0] == m);
        assertDoubles(m, FLOAT64, shape(3), 0.75, -0.75, 0.5);
        assertLongs(r[1], INT32, shape(3), 1, 2, -1);
        // np.frexp(x, out=(None, x)): the exponents as float64 into x, the mantissas from x's old values
        Tensor[] overX = Np.frexp(x, null, x);
        assertDoubles(overX[0], FLOAT64, shape(3), 0.75, -0.75, 0.5);
        assertTrue(overX[1] == x);
        assertDoubles(x, FLOAT64, shape(3), 1, 2, -1);
        // np.frexp(y, out=(m, y)) and np.frexp(y, out=(m, y[::-1])): read from a copy of y
        Tensor y = f64(1.5, -3, 0.25);
        Np.frexp(y, m, y);
        assertDoubles(m, FLOAT64, shape(3), 0.75, -0.75, 0.5);
        assertDoubles(y, FLOAT64, shape(3), 1, 2, -1);
        Tensor z = f64(1.5, -3, 0.25);
        Np.frexp(z, m, Np.flip(z), null);
        assertDoubles(m, FLOAT64, shape(3), 0.75, -0.75, 0.5);
        assertDoubles(z, FLOAT64, shape(3), -1, 2, 1);
        // np.frexp(x, m, None, where=[True, False, True]) keeps m[1]; the new exponent there is 0 here
        Tensor kept = f64(9, 9, 9);
        Tensor[] masked = Np.frexp(f64(1.5, -3, 0.25), kept, null, bools(true, false, true));
        assertDoubles(kept, FLOAT64, shape(3), 0.75, 9, 0.5);
        assertLongs(masked[1], INT32, shape(3), 1, 0, -1);
        iae(() -> Np.frexp(f64(1), m, m), "frexp", "same tensor");
    }

    // ---- divmod and modf outs --------------------------------------------------------------------

    @Test
    void divmodIntoOutsThatBroadcastCastAndAliasItsInputs() {
        // q = np.zeros(3, np.int64); r = np.zeros(3, np.int64); np.divmod([7, -7, 5], [2, 2, -3], out=(q, r))
        Tensor q = Np.zeros(new long[] {3}, INT64);
        Tensor r = Np.zeros(new long[] {3}, INT64);
        Tensor[] qr = Np.divmod(i64(7, -7, 5), i64(2, 2, -3), q, r);
        assertTrue(qr[0] == q && qr[1] == r);
        assertLongs(q, INT64, shape(3), 3, -4, -2);
        assertLongs(r, INT64, shape(3), 1, 1, -1);
        // a = np.array([7., -7., 5.5]); np.divmod(a, [2., 2., -3.], out=(a, None)): r from a's old values
        Tensor a = f64(7, -7, 5.5);
        Tensor[] overA = Np.divmod(a, f64(2, 2, -3), a, null);
        assertTrue(overA[0] == a);
        assertDoubles(a, FLOAT64, shape(3), 3, -4, -2);
        assertDoubles(overA[1], FLOAT64, shape(3), 1, 1, -0.5);
        // np.divmod(int8 [100, -100], int8 [3, 3], out=(np.zeros(2, np.int32), None)): int8 loop, cast after
        Tensor wide = Np.zeros(new long[] {2}, INT32);
        Tensor[] narrow = Np.divmod(i64(100, -100).astype(INT8), i64(3, 3).astype(INT8), wide, null);
        assertLongs(wide, INT32, shape(2), 33, -34);
        assertLongs(narrow[1], INT8, shape(2), 1, 2);
        // q = np.zeros((2, 2), np.int64); np.divmod([7, -7], [2], out=(q, None)): the new r is (2, 2) too
        Tensor big = Np.zeros(new long[] {2, 2}, INT64);
        Tensor[] broadcast = Np.divmod(i64(7, -7), i64(2), big, null);
        assertLongs(big, INT64, shape(2, 2), 3, -4, 3, -4);
        assertLongs(broadcast[1], INT64, shape(2, 2), 1, 1, 1, 1);
        // q = np.full(3, 9); np.divmod([7, -7, 5], [2, 2, -3], out=(q, None), where=[True, False, True])
        Tensor kept = Np.full(new long[] {3}, 9L, INT64);
        Tensor[] masked = Np.divmod(i64(7, -7, 5), i64(2, 2, -3), kept, null, bools(true, false, true));
        assertLongs(kept, INT64, shape(3), 3, 9, -2);
        assertLongs(masked[1], INT64, shape(3), 1, 0, -1);
        // float64 quotient into an int64 out: UFuncTypeError (same_kind); a (2,) out for a (3,) result
        iae(() -> Np.divmod(f64(1.5), f64(2), Np.zeros(new long[] {1}, INT64), null), "divmod", "same_kind");
        iae(() -> Np.divmod(i64(1, 2, 3), i64(2), null, Np.zeros(new long[] {2}, INT64)), "divmod");
        // np.divmod([1, 2], [2], out=(q[0:2], q[0:2])): two views of the same memory, the remainder written last
        Np.divmod(i64(1, 2), i64(2), q.get(Slice.of(0, 2)), q.get(Slice.of(0, 2)));
        assertLongs(q, INT64, shape(3), 1, 0, -2);
        // NumPy also takes out=(q, q) (q ends as the remainder): refused here, as frexp's (README)
        iae(() -> Np.divmod(i64(1, 2), i64(2), q, q), "divmod", "same tensor");
        iae(() -> Np.divmod(i64(1, 2), i64(2), null, null, i64(1, 0)), "divmod", "where");
        // nothing written when the second out is refused
        Tensor untouched = Np.full(new long[] {3}, 5L, INT64);
        iae(() -> Np.divmod(f64(1, 2, 3), f64(2), untouched, Np.zeros(new long[] {3}, INT8)), "divmod", "same_kind");
        assertLongs(untouched, INT64, shape(3), 5, 5, 5);
    }

    @Test
    void modfIntoOutsThatBroadcastCastAndAliasItsInput() {
        // x = np.array([-2.5, 3.75, np.inf]); f = np.zeros(3); np.modf(x, out=(f, x))
        Tensor x = f64(-2.5, 3.75, Double.POSITIVE_INFINITY);
        Tensor f = Np.zeros(3);
        Tensor[] parts = Np.modf(x, f, x);
        assertTrue(parts[0] == f && parts[1] == x);
        assertDoubles(f, FLOAT64, shape(3), -0.5, 0.75, 0);
        assertDoubles(x, FLOAT64, shape(3), -2, 3, Double.POSITIVE_INFINITY);
        // np.modf(np.array([3, -4], np.int8), out=(np.zeros(2, np.float32), None)): float16 parts, cast
        Tensor f32 = Np.zeros(new long[] {2}, FLOAT32);
        Tensor[] fromInt8 = Np.modf(i64(3, -4).astype(INT8), f32, null);
        assertDoubles(f32, FLOAT32, shape(2), 0, -0.0);
        assertDoubles(fromInt8[1], FLOAT16, shape(2), 3, -4);
        // np.modf([1.5, -0.25], out=(None, np.zeros((3, 2)))): both parts (3, 2)
        Tensor integral = Np.zeros(new long[] {3, 2}, FLOAT64);
        Tensor[] rows = Np.modf(f64(1.5, -0.25), null, integral);
        assertDoubles(rows[0], FLOAT64, shape(3, 2), 0.5, -0.25, 0.5, -0.25, 0.5, -0.25);
        assertDoubles(integral, FLOAT64, shape(3, 2), 1, -0.0, 1, -0.0, 1, -0.0);
        // where: only the selected elements change
        Tensor keptF = f64(9, 9);
        Np.modf(f64(1.5, -0.25), keptF, null, bools(false, true));
        assertDoubles(keptF, FLOAT64, shape(2), 9, -0.25);
        // UFuncTypeError: Cannot cast ufunc 'modf' output 1 from float64 to int64 (same_kind)
        iae(() -> Np.modf(f64(1.5), Np.zeros(new long[] {1}, INT64), null), "modf", "same_kind");
        iae(() -> Np.modf(f64(1.5), f, f), "modf", "same tensor");
    }

    // ---- asarray and fromiter ---------------------------------------------------------------------

    @Test
    void asarrayViewsConvertsOrCopiesAsAsked() {
        Tensor x = f64(1.5, -2);
        Tensor view = Np.asarray(x);
        assertTrue(Np.sharesMemory(view, x));
        Tensor same = Np.asarray(x, FLOAT64, false);
        assertTrue(Np.sharesMemory(same, x));
        // np.asarray(x, np.float32): a converted copy
        Tensor f = Np.asarray(x, FLOAT32);
        assertDoubles(f, FLOAT32, shape(2), 1.5, -2);
        // np.asarray(x, copy=True) is not x
        Tensor copied = Np.asarray(x, null, true);
        assertFalse(Np.sharesMemory(copied, x));
        assertDoubles(copied, FLOAT64, shape(2), 1.5, -2);
        // np.asarray(x, np.float32, copy=False): ValueError: Unable to avoid copy while creating an array
        iae(() -> Np.asarray(x, FLOAT32, false), "asarray", "unable to avoid copy");
    }

    @Test
    void fromiterConvertsEachItemAsNumPy() {
        // np.fromiter([2.7, -1.5], np.int64); np.fromiter([-2.9], np.int8): truncated toward zero
        assertLongs(Np.fromiter(List.of(2.7, -1.5), INT64), INT64, shape(2), 2, -1);
        assertLongs(Np.fromiter(List.of(-2.9), INT8), INT8, shape(1), -2);
        // np.fromiter([0.0, np.nan, -0.0, 2], bool)
        Tensor truth = Np.fromiter(List.of(0.0, Double.NaN, -0.0, 2), BOOL);
        assertEquals(BOOL, truth.dtype());
        assertArrayEquals(new boolean[] {false, true, false, true}, truth.toBooleanArray());
        // np.fromiter([0.1, 1/3], np.float32): rounded once
        assertDoubles(Np.fromiter(List.of(0.1, 1.0 / 3), FLOAT32), FLOAT32, shape(2), 0.10000000149011612,
                0.3333333432674408);
        // np.fromiter([True, 2], np.float16); np.fromiter([2**32 - 1, 0], np.uint32); np.fromiter([], float)
        assertDoubles(Np.fromiter(List.of(true, 2), FLOAT16), FLOAT16, shape(2), 1, 2);
        assertLongs(Np.fromiter(List.of(4294967295L, 0), DType.UINT32), DType.UINT32, shape(2), 4294967295L, 0);
        assertDoubles(Np.fromiter(List.of(), FLOAT64), FLOAT64, shape(0));
        // it = iter(range(10)); np.fromiter(it, np.int64, 4) -> [0 1 2 3], and next(it) is 4
        java.util.Iterator<Integer> it = java.util.stream.IntStream.range(0, 10).boxed().iterator();
        assertLongs(Np.fromiter(() -> it, INT64, 4), INT64, shape(4), 0, 1, 2, 3);
        assertEquals(4, it.next());
        // OverflowError for -1 into uint32, 2**63 into int64, 300 into int8; inf into int64
        iae(() -> Np.fromiter(List.of(-1), DType.UINT32), "fromiter", "out of bounds");
        iae(() -> Np.fromiter(List.of(java.math.BigInteger.ONE.shiftLeft(63)), INT64), "fromiter", "out of bounds");
        iae(() -> Np.fromiter(List.of(300), INT8), "fromiter", "out of bounds");
        iae(() -> Np.fromiter(List.of(Double.POSITIVE_INFINITY), INT64), "fromiter", "integer");
        // np.fromiter([1, 2, 3], float, count=5): ValueError: iterator too short
        iae(() -> Np.fromiter(List.of(1, 2, 3), FLOAT64, 5), "fromiter", "too short", "5", "3");
        iae(() -> Np.fromiter(java.util.Arrays.asList(1, null), FLOAT64), "fromiter", "item 1", "null");
        iae(() -> Np.fromiter(List.of("1"), FLOAT64), "fromiter", "String");
    }

    // ---- diff prepend/append, sort kind ---------------------------------------------------------

    @Test
    void diffWithPrependAndAppend() {
        // np.diff(np.array([3, 1, 2]), prepend=0, append=[9, 10])
        assertLongs(Np.diff(i64(3, 1, 2), 1, -1, Np.scalar(0, INT64), i64(9, 10)), INT64, shape(5), 3, -2, 1, 7, 1);
        // np.diff(np.array([[1, 2], [3, 5]]), axis=0, prepend=np.array([[0, 0]]))
        assertLongs(Np.diff(i64(1, 2, 3, 5).reshape(2, 2), 1, 0, i64(0, 0).reshape(1, 2), null), INT64, shape(2, 2),
                1, 2, 2, 3);
        // np.diff(np.array([[1., 2], [3, 5]]), axis=0, append=np.array([[0.5, 0]]), n=2)
        assertDoubles(Np.diff(f64(1, 2, 3, 5).reshape(2, 2), 2, 0, null, f64(0.5, 0).reshape(1, 2)), FLOAT64,
                shape(1, 2), -4.5, -8);
        // np.diff(np.int8([1, 2]), prepend=1000): concatenate's int64; with np.int8(100): int8
        assertLongs(Np.diff(Np.array(new byte[] {1, 2}), 1, -1, Np.scalar(1000, INT64), null), INT64, shape(2), -999, 1);
        assertLongs(Np.diff(Np.array(new byte[] {1, 2}), 1, -1, Np.scalar(100, INT8), null), INT8, shape(2), -99, 1);
        // np.diff(np.array([True, False]), prepend=True): != for bool
        assertLongs(Np.diff(bools(true, false), 1, -1, Np.scalar(1, BOOL), null), BOOL, shape(2), 0, 1);
        // np.diff(np.array([1., 4]), n=0, prepend=3): x itself
        assertDoubles(Np.diff(f64(1, 4), 0, -1, Np.scalar(3.0), null), FLOAT64, shape(2), 1, 4);
        // a 1-d append to a 2-d x: "all the input arrays must have same number of dimensions"
        iae(() -> Np.diff(f64(1, 2, 3, 5).reshape(2, 2), 1, 0, null, f64(0.5, 0, 1)), "diff");
    }

    @Test
    void sortAndArgsortTakeNumpysKinds() {
        // np.sort(x, kind=k) for k in ('quicksort', 'H', 'Mergesort', 'stable', None); 'zz' and '' refused
        Tensor x = f64(3, 1, 2, 1);
        for (String kind : new String[] {"quicksort", "H", "Mergesort", "stable", null}) {
            assertDoubles(Np.sort(x, 0, kind), FLOAT64, shape(4), 1, 1, 2, 3);
            assertLongs(Np.argsort(x, -1, kind), INT64, shape(4), 1, 3, 2, 0);
        }
        iae(() -> Np.sort(x, 0, "zz"), "sort", "sort kind must be one of 'quick', 'heap', or 'stable' (got 'zz')");
        iae(() -> Np.argsort(x, 0, ""), "argsort", "sort kind");
    }

    // ---- temporaries ------------------------------------------------------------------------------

    @Test
    void newFormsCloseTheirTemporaries() {
        Tensor m = observations();
        Tensor f = grid();
        Tensor zero = Np.scalar(0.0);
        Tensor one = Np.scalar(1.0);
        Tensor pair = f64(1, 2);
        Tensor zeros = f64(0, 0);
        Tensor tiny = f64(1, Double.MIN_VALUE);
        Tensor base = f64(2, 10).reshape(2, 1);
        Tensor signs = f64(1, -1);
        Tensor ends = f64(1000, -1000);
        Tensor y = f64(1, 2, 3, 4);
        Tensor frequencies = i64(1, 2, 1, 3);
        Tensor analytic = f64(0.5, 1, 2, 0.25);
        Tensor rows = f64(0, 1, 3);
        Tensor even = i64(0, 2, 4, 6);
        Tensor uneven = f64(0, 0.5, 2, 3.1);
        Tensor mantissas = f64(1.5, 3);
        Tensor exponents = f64(0, 0);
        List<Supplier<Object>> calls = List.of(
                () -> Np.linspaceWithStep(zero, pair, 3, true, INT64, -1),
                () -> Np.linspace(zeros, tiny, 3, true, null, 0),
                () -> Np.logspace(zero, pair, 3, true, base, null, 1),
                () -> Np.geomspace(signs, ends, 4, true, INT32, 1),
                () -> Np.cov(m, y, true, false, 1, frequencies, analytic, FLOAT32),
                () -> Np.corrcoef(m, null, false, FLOAT32),
                () -> Np.gradient(f, new Tensor[] {rows, even}, null, 2),
                () -> Np.gradient(f, new Tensor[] {uneven, rows}, new int[] {-1, 0}, 1),
                () -> Np.diff(f, 2, 0, one, f),
                () -> Np.polyint(pair, 3, 1, 2, 3),
                () -> Np.frexp(mantissas, null, exponents));
        for (Supplier<Object> call : calls) {
            try (TensorScope scope = Np.scope()) {
                Object result = call.get();
                for (Tensor t : result instanceof Tensor[] many ? many : new Tensor[] {(Tensor) result}) {
                    t.close();
                }
                assertEquals(0, scope.openTensors(), "tensors left open");
            }
        }
        // refused after the coordinates' differences were made: a bool f, edge order 3
        Tensor flags = bools(true, false, true);
        for (Executable refused : List.<Executable>of(
                () -> Np.gradient(flags, new Tensor[] {rows}, null, 1),
                () -> Np.gradient(f, new Tensor[] {rows, uneven}, null, 3))) {
            try (TensorScope scope = Np.scope()) {
                iae(refused, "gradient");
                assertEquals(0, scope.openTensors(), "tensors left open by a refusal");
            }
        }
    }

    // ---- polyint constants ----------------------------------------------------------------------

    @Test
    void polyintWithConstants() {
        // np.polyint([6, 2], 2, [1, 5]), np.polyint([1], 2, 3), np.polyint([1., 2], 1, [4, 5, 6])
        assertDoubles(Np.polyint(i64(6, 2), 2, 1, 5), FLOAT64, shape(4), 1, 1, 1, 5);
        assertDoubles(Np.polyint(f64(1), 2, 3), FLOAT64, shape(3), 0.5, 3, 3);
        assertDoubles(Np.polyint(f64(1, 2), 1, 4, 5, 6), FLOAT64, shape(3), 0.5, 2, 4);
        // np.polyint([1, 2], 0, []) is p
        assertDoubles(Np.polyint(f64(1, 2), 0), FLOAT64, shape(2), 1, 2);
        assertDoubles(Np.polyint(f64(1, 2), 0, new double[0]), FLOAT64, shape(2), 1, 2);
        // np.polyint([1, 2], 3, [1, 2]) and np.polyint([1, 2], 2, []): ValueError
        iae(() -> Np.polyint(f64(1, 2), 3, 1, 2), "polyint", "k must be", "2 constants");
        iae(() -> Np.polyint(f64(1, 2), 2, new double[0]), "polyint", "k must be");
    }

    // ---- expandDims -------------------------------------------------------------------------------

    @Test
    void expandDimsNeedsAnAxis() throws NoSuchMethodException {
        Method tuple = Np.class.getMethod("expandDims", Tensor.class, int[].class);
        Method axes = Np.class.getMethod("expandDims", Tensor.class, int.class, int[].class);
        assertFalse(tuple.isVarArgs(), "expandDims(x) without an axis must not compile (NumPy requires one)");
        assertTrue(axes.isVarArgs());
        Tensor x = Np.zeros(2, 3);
        // np.expand_dims(x, (0, -1)).shape, np.expand_dims(x, ()).shape
        assertArrayEquals(shape(1, 2, 3, 1), Np.expandDims(x, 0, -1).shape());
        assertArrayEquals(shape(1, 2, 3), Np.expandDims(x, -3).shape());
        assertArrayEquals(shape(2, 3), Np.expandDims(x, new int[0]).shape());
        // np.expand_dims(x, (0, -4)) and (0, 0): "repeated axis"; (4,): AxisError
        iae(() -> Np.expandDims(x, 0, -4), "expandDims", "repeated axis");
        iae(() -> Np.expandDims(x, new int[] {0, 0}), "expandDims", "repeated axis");
        iae(() -> Np.expandDims(x, 3), "expandDims", "axis 3");
    }
}
