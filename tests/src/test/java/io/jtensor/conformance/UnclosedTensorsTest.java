package io.jtensor.conformance;

import io.jtensor.Np;
import io.jtensor.Tensor;
import io.jtensor.TensorScope;
import io.jtensor.backend.Backends;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An allocation that does not fit first lets a garbage collection free the tensors dropped without
 * {@code close()}, then retries once; memory held by live tensors still gives the out-of-memory
 * error. Runs on a CPU-backed device of a few MiB ({@link ForeignBackend#withMemory}).
 */
class UnclosedTensorsTest {

    private static final long MIB = 1 << 20;

    /**
     * The CPU backend's bytes in use once the tensors other classes in this JVM dropped without
     * closing are reclaimed: the device's first collection would otherwise free them mid-test and
     * move the base the assertions count from.
     */
    private static long settledCpuBytesInUse() {
        long before;
        long after = Backends.get("cpu").memoryUsage().bytesInUse();
        int rounds = 0;
        do {
            before = after;
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            after = Backends.get("cpu").memoryUsage().bytesInUse();
        } while (after != before && ++rounds < 50);
        return after;
    }

    @Test
    void tensorsDroppedWithoutCloseAreFreedWhenTheDeviceIsFull() {
        long base = settledCpuBytesInUse();
        ForeignBackend device = ForeignBackend.withMemory(Backends.get("cpu"), base + 8 * MIB);
        double total = 0;
        try (var scope = Np.useBackend(device)) {
            for (int i = 0; i < 40; i++) {
                // 1 MiB each, never closed: 40 MiB through an 8 MiB device
                Tensor dropped = fullOrFail(i, MIB / 8);
                total += dropped.getDouble(0);
                assertTrue(device.memoryUsage().bytesInUse() <= base + 8 * MIB);
            }
        }
        assertEquals(39 * 40 / 2.0, total);
    }

    @Test
    void liveTensorsStillRunTheDeviceOutOfMemory() {
        long base = settledCpuBytesInUse();
        ForeignBackend device = ForeignBackend.withMemory(Backends.get("cpu"), base + 8 * MIB);
        List<Tensor> live = new ArrayList<>();
        try (var scope = Np.useBackend(device)) {
            for (int i = 0; i < 7; i++) {
                live.add(Np.zeros(MIB / 8));
            }
            long begun = System.nanoTime();
            OutOfMemoryError e = assertThrows(OutOfMemoryError.class, () -> Np.zeros(2 * MIB / 8));
            double seconds = (System.nanoTime() - begun) / 1e9;
            assertTrue(e.getMessage().startsWith("allocate: a float64 tensor of shape (262144,) needs 2097152 bytes,"
                    + " but the foreign backend has "), e.getMessage());
            assertTrue(seconds < 10, "gave up after " + seconds + " s");
            live.add(Np.zeros(MIB / 8));   // the last MiB still fits
            assertEquals(base + 8 * MIB, device.memoryUsage().bytesInUse());
        } finally {
            live.forEach(Tensor::close);
        }
        assertEquals(base, device.memoryUsage().bytesInUse());
    }

    @Test
    void theErrorNamesWhatOpenScopesHold() {
        long base = settledCpuBytesInUse();
        ForeignBackend device = ForeignBackend.withMemory(Backends.get("cpu"), base + 8 * MIB);
        try (var scope = Np.useBackend(device); TensorScope tensors = Np.scope()) {
            Tensor first = Np.zeros(MIB / 8);
            first.reshape(1024, 128);   // a view: the same memory, counted once
            for (int i = 1; i < 8; i++) {
                Np.zeros(MIB / 8);
            }
            OutOfMemoryError e = assertThrows(OutOfMemoryError.class, () -> Np.zeros(MIB / 8));
            assertTrue(e.getMessage().contains("; open TensorScopes of this thread hold 9 of them (8388608 bytes),"
                    + " which only closing the scope (or the tensors) frees"), e.getMessage());
        }
        assertEquals(base, Backends.get("cpu").memoryUsage().bytesInUse());
    }

    /** Np.full, an out-of-memory error turned into a test failure (JUnit would abort the run on it). */
    static Tensor fullOrFail(int i, long elements) {
        try {
            return Np.full(new long[] {elements}, (double) i);
        } catch (OutOfMemoryError e) {
            throw new AssertionError("tensor " + i + ": the dropped tensors were not freed: " + e.getMessage());
        }
    }
}
