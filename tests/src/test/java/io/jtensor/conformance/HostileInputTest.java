package io.jtensor.conformance;

import io.jtensor.DType;
import io.jtensor.Np;
import io.jtensor.Tensor;
import io.jtensor.backend.Backend;
import io.jtensor.backend.Backends;
import io.jtensor.backend.MemoryUsage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static io.jtensor.conformance.Check.throwsWith;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile input on every available backend, beyond {@link ErrorConformance}: negative and
 * overflowing shapes, allocations larger than the device, integer division by zero, closing a
 * tensor from another thread while it is used, NaN and infinities through every op family. Each
 * must end in a Java exception that names the op (or NumPy's result), never a crash, and leave
 * the backend usable.
 */
class HostileInputTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.jtensor.conformance.RandomCaseRun#backendNames")
    void negativeAndOverflowingShapesNameTheOp(String backendName) {
        try (var scope = Np.useBackend(backendName)) {
            Map<String, Supplier<Tensor>> calls = new LinkedHashMap<>();
            calls.put("zeros: negative dimension -1 in shape (2, -1)", () -> Np.zeros(2, -1));
            calls.put("ones: negative dimension -3", () -> Np.ones(-3));
            calls.put("full: negative dimension", () -> Np.full(new long[] {-1}, 1.0));
            calls.put("zeros: shape (9223372036854775807, 2) has more than Long.MAX_VALUE elements",
                    () -> Np.zeros(Long.MAX_VALUE, 2));
            calls.put("ones: shape (4294967296, 4294967296) has more than Long.MAX_VALUE elements",
                    () -> Np.ones(1L << 32, 1L << 32));
            calls.put("array: negative dimension", () -> Np.array(new double[] {1, 2}, -1, -2));
            calls.put("broadcastTo: negative dimension", () -> Np.zeros(1).broadcastTo(-4));
            calls.put("broadcastTo: shape (9223372036854775807, 3) has more than Long.MAX_VALUE elements",
                    () -> Np.zeros(1).broadcastTo(Long.MAX_VALUE, 3));
            calls.put("reshape:", () -> Np.zeros(4).reshape(-2, -2));
            assertAll(calls.entrySet().stream().map(e -> () -> {
                throwsWith(IllegalArgumentException.class, e.getValue()::get, e.getKey());
            }));
            assertUsable();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.jtensor.conformance.RandomCaseRun#backendNames")
    void allocationLargerThanTheDeviceNamesBytesAskedAndAvailable(String backendName) {
        Backend backend = Backends.get(backendName);
        try (var scope = Np.useBackend(backend)) {
            MemoryUsage before = backend.memoryUsage();
            assertTrue(before.bytesTotal() > 0, backendName + " reports its memory: " + before);
            // more than the device has, yet within one allocation's limit where the device has one
            long elements = Math.min(before.bytesTotal() / 8 + (1L << 20), backend.maxAllocationBytes() / 8);
            if (elements * 8 <= before.bytesAvailable()) {
                // the device's single-allocation limit is below its memory (PoCL: 2 GiB of the
                // RAM), so that limit is what a huge tensor meets first
                Throwable t = throwsWith(UnsupportedOperationException.class, () -> Np.zeros(Long.MAX_VALUE / 16),
                        "allocate: a float64 tensor of shape (576460752303423487,) needs 4611686018427387896 bytes",
                        "allows at most " + backend.maxAllocationBytes() + " bytes in one allocation");
                assertTrue(t.getMessage().contains(backendName), t.getMessage());
            } else {
                long asked = elements * 8;
                throwsWith(OutOfMemoryError.class, () -> Np.zeros(asked / 8),
                        "allocate: a float64 tensor of shape (" + elements + ",) needs " + asked + " bytes",
                        "the " + backendName + " backend has ", " bytes available (" + before.bytesTotal() + " in total");
            }
            if (backend.maxAllocationBytes() == Long.MAX_VALUE) {
                throwsWith(OutOfMemoryError.class, () -> Np.zeros(Long.MAX_VALUE / 8 / 2, 2),
                        "needs 9223372036854775792 bytes, but the " + backendName + " backend has");
            }
            // a garbage collection meanwhile may run the cleaners of tensors other tests forgot,
            // so bytes in use may shrink but must not grow
            long after = backend.memoryUsage().bytesInUse();
            assertTrue(after <= before.bytesInUse(),
                    backendName + ": nothing stays allocated, in use before " + before.bytesInUse() + ", after " + after);
            assertUsable();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.jtensor.conformance.RandomCaseRun#backendNames")
    void integerDivisionByZeroGivesNumpysResult(String backendName) {
        try (var scope = Np.useBackend(backendName);
             Tensor a = Np.array(new int[] {1, 0, -1, Integer.MIN_VALUE});
             Tensor zero = Np.zeros(new long[] {4}, DType.INT32);
             Tensor quotient = Np.divide(a, zero);
             Tensor reciprocal = Np.reciprocal(Np.array(new int[] {0, 1, -1, 2, Integer.MIN_VALUE}));
             Tensor reciprocal64 = Np.reciprocal(Np.array(new long[] {0, Long.MIN_VALUE, -1}));
             Tensor minOverMinusOne = Np.divide(Np.array(new long[] {Long.MIN_VALUE}), -1L)) {
            // np.divide is true division: float64, ±inf and nan, never a trap
            assertEquals(DType.FLOAT64, quotient.dtype());
            assertArrayEquals(new double[] {Double.POSITIVE_INFINITY, Double.NaN, Double.NEGATIVE_INFINITY,
                    Double.NEGATIVE_INFINITY}, quotient.toDoubleArray());
            // np.reciprocal of integers on x86-64 NumPy 2: 1 // 0 gives the type's minimum
            assertArrayEquals(new long[] {Integer.MIN_VALUE, 1, -1, 0, 0}, reciprocal.toLongArray());
            assertArrayEquals(new long[] {Long.MIN_VALUE, 0, -1}, reciprocal64.toLongArray());
            assertEquals(9.223372036854775808E18, minOverMinusOne.toDoubleArray()[0]);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.jtensor.conformance.RandomCaseRun#backendNames")
    void nanAndInfinityThroughEveryFamily(String backendName) {
        double nan = Double.NaN;
        double inf = Double.POSITIVE_INFINITY;
        try (var scope = Np.useBackend(backendName);
             Tensor x = Np.array(new double[] {nan, inf, -inf, 0, -0.0, 1});
             Tensor specials = Np.array(new double[] {nan, inf, -inf, 0, -0.0});
             Tensor m = x.reshape(2, 3);
             Tensor sum = Np.sum(x);
             Tensor max = Np.max(m, 1);
             Tensor argmax = Np.argmax(m, 1);
             Tensor soft = Np.softmax(m, 1);
             Tensor lse = Np.logSumExp(Np.array(new double[] {inf, inf, -inf}));
             Tensor product = Np.matmul(m, m.T());
             Tensor exp = Np.exp(specials);
             Tensor cmp = Np.equal(x, x)) {
            assertTrue(Double.isNaN(sum.item()), "sum with NaN is NaN");
            assertArrayEquals(new double[] {nan, 1}, max.toDoubleArray(), "max propagates NaN like NumPy");
            assertArrayEquals(new long[] {0, 2}, argmax.toLongArray(), "argmax is the first NaN, else the max");
            double[] s = soft.toDoubleArray();
            assertTrue(Double.isNaN(s[0]) && Double.isNaN(s[1]) && Double.isNaN(s[2]), "a row with NaN is NaN");
            assertEquals(inf, lse.item(), "logsumexp(inf, inf, -inf) = inf (SciPy)");
            assertTrue(Double.isNaN(product.toDoubleArray()[0]));
            assertArrayEquals(new double[] {nan, inf, 0, 1, 1}, exp.toDoubleArray());
            assertArrayEquals(new boolean[] {false, true, true, true, true, true}, cmp.toBooleanArray());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.jtensor.conformance.RandomCaseRun#backendNames")
    void closingFromAnotherThreadWhileInUseNeverCrashes(String backendName) throws Exception {
        Backend backend = Backends.get(backendName);
        long inUse = settledBytesInUse(backend);
        double expected = 0;
        for (int i = 0; i < 4096; i++) {
            expected += Math.exp(i * 1e-3);
        }
        double sum = expected;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (var scope = Np.useBackend(backend)) {
            for (int round = 0; round < 200; round++) {
                Tensor x = Np.arange(0.0, 4096.0, 1.0);
                CountDownLatch go = new CountDownLatch(1);
                Future<Double> user = pool.submit(() -> {
                    go.await();
                    try (var s = Np.useBackend(backend); Tensor m = Np.multiply(x, 1e-3); Tensor e = Np.exp(m);
                         Tensor y = Np.sum(e)) {
                        return y.item();
                    } catch (IllegalStateException closed) {
                        assertTrue(closed.getMessage().contains("is closed"), closed.getMessage());
                        return Double.NaN;
                    }
                });
                Future<?> closer = pool.submit(() -> {
                    go.await();
                    x.close();
                    return null;
                });
                go.countDown();
                closer.get(30, TimeUnit.SECONDS);
                double value = user.get(30, TimeUnit.SECONDS);
                assertTrue(Double.isNaN(value) || Math.abs(value - sum) < 1e-9 * sum, "sum " + value + ", expected " + sum);
            }
        } finally {
            pool.shutdown();
            assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
        }
        assertUsable();
        assertEquals(inUse, settledBytesInUse(backend), "every tensor of the race was freed");
    }

    /**
     * The backend's bytes in use once the garbage of earlier tests has been collected and its
     * Cleaner actions have run (the figure stops changing).
     */
    static long settledBytesInUse(Backend backend) throws InterruptedException {
        long last = -1;
        int stable = 0;
        for (int i = 0; i < 100 && stable < 3; i++) {
            System.gc();
            Thread.sleep(20);
            long now = backend.memoryUsage().bytesInUse();
            stable = now == last ? stable + 1 : 0;
            last = now;
        }
        return last;
    }

    /** A small computation still gives the right answer. */
    private static void assertUsable() {
        try (Tensor x = Np.array(new double[] {1, 2, 3}); Tensor s = Np.sum(Np.multiply(x, x))) {
            assertEquals(14.0, s.item());
        }
    }
}
