package io.jtensor.conformance;

import io.jtensor.BackendScope;
import io.jtensor.DType;
import io.jtensor.Np;
import io.jtensor.Tensor;
import io.jtensor.TensorScope;
import io.jtensor.backend.Backend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Base of every conformance family: links the family to its {@link ConformanceSuite} (the
 * backend and its tolerances), makes that backend current for the duration of each test
 * ({@code try (var scope = Np.useBackend(backend()))} around every test method, as a
 * before/after pair on the test's thread) and offers short creation and assertion helpers that
 * also check a result lives on the backend under test. Each test also runs in a
 * {@link TensorScope}: every tensor it creates on its thread is closed after it, and the backend's
 * bytes in use must then be back where they were (memory an op allocated outside any tensor, or a
 * tensor created on another thread and never closed, fails the test that leaked it).
 */
public abstract class ConformanceCase {

    private BackendScope scope;
    private TensorScope tensors;
    private long bytesBefore;

    /** The suite this family belongs to. */
    protected abstract ConformanceSuite suite();

    /** The backend under test. */
    protected final Backend backend() {
        return suite().backend();
    }

    @BeforeEach
    final void enterBackend() {
        scope = Np.useBackend(backend());
        assertSame(backend(), Np.currentBackend(), "useBackend made the backend under test current");
        bytesBefore = backend().memoryUsage().bytesInUse();
        tensors = Np.scope();
    }

    @AfterEach
    final void leaveBackend() {
        tensors.close();
        scope.close();
        // a garbage collection meanwhile may free what an earlier test's other threads dropped, so
        // the bytes in use may shrink but must not grow
        long after = backend().memoryUsage().bytesInUse();
        assertTrue(after <= bytesBefore, () -> "the test left " + (after - bytesBefore) + " bytes in use on "
                + backend().name() + " after closing every tensor it created (" + bytesBefore + " before, " + after
                + " after)");
    }

    // ---- creation -----------------------------------------------------------------------------

    static Tensor f64(double... values) {
        return Np.array(values);
    }

    static Tensor f32(float... values) {
        return Np.array(values);
    }

    static Tensor i32(int... values) {
        return Np.array(values);
    }

    static Tensor i64(long... values) {
        return Np.array(values);
    }

    static Tensor bools(boolean... values) {
        return Np.array(values);
    }

    static long[] shape(long... dims) {
        return dims;
    }

    /** 0, 1, ..., n-1 as float64 in the given shape. */
    static Tensor range(long... shape) {
        long n = 1;
        for (long d : shape) {
            n *= d;
        }
        double[] v = new double[(int) n];
        for (int i = 0; i < v.length; i++) {
            v[i] = i;
        }
        return Np.array(v, shape);
    }

    /**
     * Sets element {@code index} (C order) of a contiguous tensor to {@code value}, through the
     * public API: {@code maximum(v, v, out=view)} copies a one-element tensor into a reshaped view.
     */
    static void put(Tensor t, long index, double value) {
        Tensor view = t.reshape(t.size()).slice(0, index, index + 1, 1);
        Tensor source = Np.full(shape(1), value, t.dtype());
        Np.maximum(source, source, view);
    }

    // ---- assertions ---------------------------------------------------------------------------

    /** Asserts a float tensor exactly (signed zeros included), and that it lives on the backend under test. */
    protected final void assertDoubles(Tensor actual, DType dtype, long[] shape, double... expected) {
        assertDoubles("result", actual, dtype, shape, Tolerance.EXACT, expected);
    }

    /** Asserts a float tensor within a tolerance. */
    protected final void assertDoubles(String context, Tensor actual, DType dtype, long[] shape, Tolerance tol,
                                       double... expected) {
        assertOnBackend(context, actual);
        Check.doubles(context, actual, dtype, shape, expected, tol);
    }

    /** Asserts an integer tensor exactly. */
    protected final void assertLongs(Tensor actual, DType dtype, long[] shape, long... expected) {
        assertOnBackend("result", actual);
        Check.longs("result", actual, dtype, shape, expected);
    }

    /** Asserts a bool tensor exactly. */
    protected final void assertBools(Tensor actual, long[] shape, boolean... expected) {
        assertOnBackend("result", actual);
        Check.bools("result", actual, shape, expected);
    }

    /** Asserts that the tensor's memory is on the backend under test. */
    protected final void assertOnBackend(String context, Tensor actual) {
        assertSame(backend(), actual.backend(), () -> context + ": result is on backend " + actual.backend().name()
                + ", not on the backend under test");
    }
}
