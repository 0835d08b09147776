package io.jtensor.conformance;

import io.jtensor.Np;
import io.jtensor.Tensor;
import io.jtensor.backend.Backend;
import io.jtensor.backend.Backends;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Leaks and long runs, per backend: memory in use ({@link Backend#memoryUsage()}) returns to its
 * starting value after many closed tensors, and tensors that are never closed are reclaimed by
 * the Cleaner once garbage collected.
 *
 * <p>CI runs a short version (10<sup>4</sup> small ops, 10<sup>2</sup> large ones). The soak
 * run is opt-in:
 * <pre>
 * mvn -B -o -pl tests -am test -Dtest=SoakTest -Dsurefire.failIfNoSpecifiedTests=false -Djtensor.fuzz.skip=true \
 *     -Djtensor.soak=full
 * </pre>
 * (10<sup>6</sup> small ops and 10<sup>4</sup> ops on 2<sup>20</sup>-element tensors). Each run
 * prints the bytes in use before, at the peak of the forgotten tensors, and after.
 */
class SoakTest {

    private static final boolean FULL = "full".equals(System.getProperty("jtensor.soak"));
    private static final int SMALL_OPS = FULL ? 1_000_000 : 10_000;
    private static final int LARGE_OPS = FULL ? 10_000 : 100;
    private static final int LARGE = 1 << 20;
    private static final int FORGOTTEN = FULL ? 100_000 : 2_000;

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.jtensor.conformance.RandomCaseRun#backendNames")
    void memoryReturnsToTheStartAfterCloseAndAfterGc(String backendName) throws InterruptedException {
        Backend backend = Backends.get(backendName);
        long start = HostileInputTest.settledBytesInUse(backend);
        long begun = System.nanoTime();
        double check = 0;
        try (var scope = Np.useBackend(backend);
             Tensor small = Np.arange(0.0, 16.0, 1.0);
             Tensor large = Np.full(new long[] {LARGE}, 0.5)) {
            for (int i = 0; i < SMALL_OPS; i++) {
                try (Tensor y = Np.add(small, (double) i)) {
                    if (i % 1000 == 0) {
                        check += y.getDouble(15);
                    }
                }
            }
            for (int i = 0; i < LARGE_OPS; i++) {
                try (Tensor e = Np.exp(large); Tensor s = Np.sum(e)) {
                    assertEquals(LARGE * Math.exp(0.5), s.item(), 1e-9 * LARGE * Math.exp(0.5));
                }
            }
        }
        long afterClose = HostileInputTest.settledBytesInUse(backend);
        double expected = 0;
        for (int i = 0; i < SMALL_OPS; i += 1000) {
            expected += 15 + i;
        }
        assertEquals(expected, check, "the small ops computed what they should");

        long peak = forget(backend);
        long afterGc = HostileInputTest.settledBytesInUse(backend);
        System.out.printf("soak %s: %d small ops, %d ops on %d elements, %d forgotten tensors in %.1f s; bytes in use:"
                        + " start %d, after close %d, forgotten peak %d, after GC %d%n", backendName, SMALL_OPS,
                LARGE_OPS, LARGE, FORGOTTEN, (System.nanoTime() - begun) / 1e9, start, afterClose, peak, afterGc);
        assertEquals(start, afterClose, "every closed tensor's memory was freed");
        assertTrue(peak >= start + FORGOTTEN * 64L * 8, "the forgotten tensors held memory: " + peak);
        assertEquals(start, afterGc, "the Cleaner freed every forgotten tensor");
    }

    /** Creates tensors and drops them unclosed; returns the bytes in use while they were all reachable. */
    private static long forget(Backend backend) {
        Tensor[] kept = new Tensor[FORGOTTEN];
        try (var scope = Np.useBackend(backend)) {
            for (int i = 0; i < FORGOTTEN; i++) {
                kept[i] = Np.full(new long[] {64}, i);
            }
        }
        long peak = backend.memoryUsage().bytesInUse();
        assertEquals(FORGOTTEN - 1.0, kept[FORGOTTEN - 1].getDouble(63));
        return peak;
    }
}
