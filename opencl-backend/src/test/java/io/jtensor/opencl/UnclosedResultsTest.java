package io.jtensor.opencl;

import io.jtensor.DType;
import io.jtensor.Np;
import io.jtensor.Tensor;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A loop of 256 KiB results nobody closes, three times the memory of a device limited to 64 MiB
 * (the backend's test-only cap): the device allocations run the collection nudge
 * ({@value OpenClBackend#GC_NUDGE_PROPERTY}, here 1 MiB), and with it off none; either way the loop
 * completes with every value right, since core collects and retries an allocation that does not
 * fit. How full the device gets is printed, not asserted: the nudge's collections are rate-limited
 * to a fifth of the time, and on a loaded machine one collection takes long enough (hundreds of ms)
 * for such a loop to fill the device in between.
 */
class UnclosedResultsTest {

    private static final long MIB = 1 << 20;
    private static final long LIMIT = 64 * MIB;
    private static final long RESULT = MIB / 4;
    private static final int ROUNDS = (int) (3 * LIMIT / RESULT);

    @Test
    void deviceAllocationsNudgeACollectionAndTheLoopCompletes() {
        Peak nudged = loop("1048576");
        Peak off = loop("0");
        System.out.println("opencl unclosed results, peak bytes in use of " + LIMIT + ": nudged " + nudged
                + ", nudge off " + off);
        assertTrue(nudged.collections() > 0, "the nudge collected: " + nudged);
        assertEquals(0, off.collections(), "no nudge: " + off);
    }

    @Test
    void liveTensorsBeyondTheLimitRunOutOfMemory() {
        OpenClBackend device = new OpenClBackend(OpenClDevice.open(), Integer.MAX_VALUE, LIMIT);
        assertEquals(LIMIT, device.memoryUsage().bytesTotal());
        try (var scope = Np.useBackend(device); Tensor most = Np.zeros(new long[] {(LIMIT - MIB) / 4}, DType.FLOAT32)) {
            OutOfMemoryError e = assertThrows(OutOfMemoryError.class,
                    () -> Np.zeros(new long[] {2 * MIB / 4}, DType.FLOAT32));
            assertTrue(e.getMessage().contains("needs 2097152 bytes, but the opencl backend has 1048576 bytes available"),
                    e.getMessage());
            Np.zeros(new long[] {MIB / 4}, DType.FLOAT32).close();
        }
        assertEquals(0, device.memoryUsage().bytesInUse());
    }

    private record Peak(long bytes, long collections) {
    }

    /** Runs the loop with the nudge's budget set to {@code budget}; returns the peak bytes in use and the nudge's collections. */
    private static Peak loop(String budget) {
        String previous = System.getProperty(OpenClBackend.GC_NUDGE_PROPERTY);
        System.setProperty(OpenClBackend.GC_NUDGE_PROPERTY, budget);
        try {
            OpenClBackend device = new OpenClBackend(OpenClDevice.open(), Integer.MAX_VALUE, LIMIT);
            long peak = 0;
            double sum = 0;
            try (var scope = Np.useBackend(device); Tensor x = Np.zeros(new long[] {RESULT / 4}, DType.FLOAT32)) {
                for (int i = 0; i < ROUNDS; i++) {
                    Tensor dropped = Np.add(x, (double) i);
                    sum += dropped.getDouble(RESULT / 4 - 1);
                    peak = Math.max(peak, device.memoryUsage().bytesInUse());
                }
            }
            assertEquals(ROUNDS * (ROUNDS - 1) / 2.0, sum, "every result was computed");
            return new Peak(peak, device.nudgedCollections());
        } finally {
            if (previous == null) {
                System.clearProperty(OpenClBackend.GC_NUDGE_PROPERTY);
            } else {
                System.setProperty(OpenClBackend.GC_NUDGE_PROPERTY, previous);
            }
        }
    }
}
