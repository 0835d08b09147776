package io.jtensor.conformance;

import io.jtensor.DType;
import io.jtensor.Np;
import io.jtensor.Tensor;
import io.jtensor.TensorScope;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link TensorScope} and {@link Np#tidy}: what a scope closes and keeps, nesting, threads, and that
 * the backend's bytes in use come back exactly to where they were.
 */
public abstract class ScopeConformance extends ConformanceCase {

    private long inUse() {
        return backend().memoryUsage().bytesInUse();
    }

    /**
     * Bytes in use are back at (or below) {@code before}: below when the Cleaner meanwhile freed
     * tensors an earlier test class dropped (a collection may run at any allocation).
     */
    private void assertNothingMoreInUse(long before) {
        long now = inUse();
        assertTrue(now <= before, "bytes in use " + now + ", before " + before);
    }

    @Test
    void aScopeClosesEveryIntermediateResultAndFreesTheirMemory() {
        try (Tensor x = range(64, 64); Tensor w = range(64, 64)) {
            long before = inUse();
            Tensor matmul;
            Tensor sum;
            Tensor view;
            Tensor kept;
            try (TensorScope scope = Np.scope()) {
                matmul = Np.matmul(x, w);
                sum = Np.add(matmul, 1.0);
                view = sum.T();
                kept = scope.keep(Np.tanh(Np.multiply(view, 1e-6)));
                assertEquals(4, scope.openTensors(), "matmul's, add's and multiply's results and the view; no temporary left open");
                assertTrue(inUse() > before);
            }
            assertTrue(matmul.isClosed() && sum.isClosed() && view.isClosed(), "the intermediates are closed");
            assertFalse(kept.isClosed(), "the kept result is open");
            assertFalse(x.isClosed() || w.isClosed(), "tensors created before the scope are not touched");
            assertEquals(before + 64 * 64 * 8, inUse(), "only the kept result's memory is still in use");
            double dot = 0;
            for (int k = 0; k < 64; k++) {
                dot += (double) (63 * 64 + k) * (k * 64 + 2);
            }
            assertEquals(Math.tanh(1e-6 * (dot + 1)), kept.getDouble(2, 63), 1e-15);
            throwsIllegalState(() -> Np.exp(sum), "exp: the tensor (64, 64) float64 is closed");
            kept.close();
            assertNothingMoreInUse(before);
        }
    }

    @Test
    void keepHandsATensorToTheEnclosingScope() {
        long before = inUse();
        Tensor inner;
        Tensor outer;
        try (TensorScope outerScope = Np.scope()) {
            try (TensorScope innerScope = Np.scope()) {
                inner = innerScope.keep(Np.ones(16));
                outer = Np.zeros(16);
                assertEquals(1, outerScope.openTensors(), "the kept tensor now belongs to the outer scope");
                assertEquals(1, innerScope.openTensors());
            }
            assertFalse(inner.isClosed(), "kept by the inner scope");
            assertTrue(outer.isClosed(), "created in the inner scope, so closed with it");
            assertEquals(16.0, Np.sum(inner).item());
        }
        assertTrue(inner.isClosed(), "the outer scope closed what the inner one kept");
        assertNothingMoreInUse(before);
    }

    @Test
    void closingAnOuterScopeClosesTheInnerScopesStillOpen() {
        long before = inUse();
        TensorScope outer = Np.scope();
        Tensor a = Np.ones(8);
        TensorScope inner = Np.scope();
        Tensor b = Np.ones(8);
        outer.close();
        assertTrue(inner.isClosed() && outer.isClosed());
        assertTrue(a.isClosed() && b.isClosed());
        assertNothingMoreInUse(before);
        Tensor after = Np.ones(8);
        try (TensorScope next = Np.scope()) {
            assertEquals(0, next.openTensors(), "a tensor created after the scopes closed belongs to none of them");
        }
        assertFalse(after.isClosed());
        after.close();
        inner.close();
        outer.close();
        throwsIllegalState(() -> outer.keep(after), "TensorScope.keep: the scope is closed");
    }

    @Test
    void tidyKeepsWhatTheBodyReturnsAndClosesTheRest() {
        long before = inUse();
        List<Tensor> seen = new ArrayList<>();
        Tensor loss = Np.tidy(() -> {
            Tensor p = Np.array(new double[] {1, 2, 3});
            Tensor t = Np.array(new double[] {1, 0, 5});
            Tensor d = Np.subtract(p, t);
            Tensor s = Np.square(d);
            seen.addAll(List.of(p, t, d, s));
            return Np.mean(s);
        });
        assertEquals((0 + 4 + 4) / 3.0, loss.item());
        assertTrue(seen.stream().allMatch(Tensor::isClosed), "every intermediate is closed");
        Tensor[] split = Np.tidy(() -> Np.split(Np.arange(0.0, 6.0, 1.0), 3));
        List<Tensor> listed = Np.tidy(() -> List.of(Np.ones(2), Np.zeros(3)));
        Map<String, Tensor> named = Np.tidy(() -> Map.of("w", Np.ones(4)));
        for (Tensor t : split) {
            assertFalse(t.isClosed());
            t.close();
        }
        listed.forEach(t -> {
            assertFalse(t.isClosed());
            t.close();
        });
        assertFalse(named.get("w").isClosed());
        named.get("w").close();
        loss.close();
        assertNothingMoreInUse(before);
    }

    @Test
    void tidyClosesEverythingWhenTheBodyThrows() {
        long before = inUse();
        List<Tensor> seen = new ArrayList<>();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Np.tidy(() -> {
            Tensor a = Np.ones(3);
            Tensor b = Np.ones(4);
            seen.addAll(List.of(a, b));
            return Np.add(a, b);
        }));
        assertTrue(e.getMessage().contains("(3,)") && e.getMessage().contains("(4,)"), e.getMessage());
        assertTrue(seen.stream().allMatch(Tensor::isClosed));
        assertNothingMoreInUse(before);
        throwsIllegalState(() -> Np.tidy(() -> {
            Tensor t = Np.ones(3);
            t.close();
            return t;
        }), "keep: the tensor (3,) float64 is closed");
        assertNothingMoreInUse(before);
    }

    @Test
    void aKeptViewKeepsItsBasesMemoryAfterTheBaseIsClosed() {
        long before = inUse();
        Tensor[] base = new Tensor[1];
        Tensor row = Np.tidy(() -> {
            base[0] = Np.arange(0.0, 6.0, 1.0).reshape(2, 3);
            return base[0].get(1);
        });
        assertTrue(base[0].isClosed(), "the base was closed with the scope");
        assertDoubles("the kept row", row, DType.FLOAT64, shape(3), Tolerance.EXACT, 3, 4, 5);
        assertEquals(before + 6 * 8, inUse(), "the row holds the base's memory");
        row.close();
        assertNothingMoreInUse(before);
    }

    @Test
    void aTensorReturnedByTidyThatWasCreatedOutsideStaysOpen() {
        try (Tensor x = Np.ones(5)) {
            Tensor same = Np.tidy(() -> x);
            assertSame(x, same);
            assertFalse(x.isClosed());
        }
    }

    @Test
    void aScopeRegistersOnlyItsOwnThreadsTensorsAndRefusesOtherThreads() throws Exception {
        long before = inUse();
        try (TensorScope scope = Np.scope()) {
            var backend = backend();
            Tensor fromOtherThread = CompletableFuture.supplyAsync(() -> {
                try (var s = Np.useBackend(backend)) {
                    return Np.ones(32);
                }
            }).get();
            assertEquals(0, scope.openTensors(), "a tensor of another thread is not this scope's");
            AtomicReference<Throwable> refused = new AtomicReference<>();
            Thread other = new Thread(() -> {
                try {
                    scope.close();
                } catch (Throwable t) {
                    refused.set(t);
                }
            }, "other");
            other.start();
            other.join();
            assertTrue(refused.get() instanceof IllegalStateException, String.valueOf(refused.get()));
            assertTrue(refused.get().getMessage().contains("TensorScope.close: the scope belongs to thread"),
                    refused.get().getMessage());
            assertFalse(scope.isClosed());
            scope.close();
            assertFalse(fromOtherThread.isClosed());
            fromOtherThread.close();
        } catch (ExecutionException e) {
            throw new AssertionError(e.getCause());
        }
        assertNothingMoreInUse(before);
    }

    @Test
    void tensorsClosedInsideAScopeDoNotPileUpInALongLoop() {
        long before = inUse();
        try (TensorScope scope = Np.scope()) {
            Tensor acc = Np.zeros(new long[] {4}, DType.INT64);
            for (int i = 0; i < 5000; i++) {
                Tensor next = Np.add(acc, 1);
                acc.close();
                acc = next;
            }
            assertEquals(5000L, acc.getLong(3));
            assertEquals(1, scope.openTensors());
        }
        assertNothingMoreInUse(before);
    }

    /** Ops the fuzzer caught leaving a temporary open: each call leaves its result alone (NumPy's values). */
    @Test
    void flattenAndLinearRampPadLeaveOnlyTheirResultOpen() {
        long before = inUse();
        try (Tensor x = Np.array(new byte[] {1, 2, 3, 4}, 2, 2); Tensor row = Np.array(new double[] {1, 2, 3})) {
            try (TensorScope scope = Np.scope()) {
                Tensor flat = x.T().flatten();
                assertArrayEquals(new long[] {1, 3, 2, 4}, flat.toLongArray());
                assertEquals(DType.INT8, flat.dtype());
                assertEquals(2, scope.openTensors(), "the transposed view and flatten's result");
            }
            try (TensorScope scope = Np.scope()) {
                // np.pad([1., 2, 3], (2, 3), "linear_ramp", end_values=(5, 0))
                Tensor padded = Np.pad(row, new int[][] {{2, 3}}, "linear_ramp", new double[][] {{5, 0}});
                assertArrayEquals(new double[] {5, 3, 1, 2, 3, 2, 1, 0}, padded.toDoubleArray());
                assertEquals(1, scope.openTensors(), "pad's result");
            }
        }
        assertNothingMoreInUse(before);
    }

    private static void throwsIllegalState(org.junit.jupiter.api.function.Executable code, String message) {
        IllegalStateException e = assertThrows(IllegalStateException.class, code);
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }
}
