package io.jtensor.conformance;

import io.jtensor.backend.Backend;
import io.jtensor.backend.Backends;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Concurrency: {@value #THREADS} threads issue the same mixed random cases (every op family,
 * views, out/where) at once, each on every available backend in its own order, and every result
 * must be bit for bit the one a single thread gets; the whole run must finish within a timeout
 * (no deadlock) and leave no memory in use.
 */
class ConcurrencyTest {

    static final int THREADS = 8;
    private static final int CASES = 150;
    private static final long RUN_SEED = 88;

    @Test
    void eightThreadsOnEveryBackendGiveTheSingleThreadResults() throws Exception {
        List<Backend> backends = Backends.available();
        long[] before = new long[backends.size()];
        for (int b = 0; b < backends.size(); b++) {
            before[b] = HostileInputTest.settledBytesInUse(backends.get(b));
        }
        RandomCase[] cases = new RandomCase[CASES];
        RandomCaseRun.Outcome[][] single = new RandomCaseRun.Outcome[backends.size()][CASES];
        for (int i = 0; i < CASES; i++) {
            cases[i] = RandomCase.of(RandomCase.caseSeed(RUN_SEED, i));
            for (int b = 0; b < backends.size(); b++) {
                single[b][i] = RandomCaseRun.run(cases[i], backends.get(b));
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Integer>> threads = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                threads.add(pool.submit(() -> {
                    int compared = 0;
                    for (int k = 0; k < CASES * backends.size(); k++) {
                        // each thread walks the cases from a different start and alternates backends
                        int i = (k * 7 + thread * 31) % CASES;
                        int b = (k + thread) % backends.size();
                        RandomCaseRun.Outcome expected = single[b][i];
                        RandomCaseRun.Outcome actual = RandomCaseRun.run(cases[i], backends.get(b));
                        String where = "thread " + thread + ", " + backends.get(b).name() + ", RandomCase.of("
                                + cases[i].seed() + "L)";
                        if (expected.error() != null) {
                            assertEquals(String.valueOf(expected.error()), String.valueOf(actual.error()), where);
                        } else {
                            assertNull(actual.error(), where);
                            assertEquals(expected.dtype(), actual.dtype(), where);
                            assertArrayEquals(expected.shape(), actual.shape(), where);
                            assertArrayEquals(bits(expected.values()), bits(actual.values()), where);
                        }
                        compared++;
                    }
                    return compared;
                }));
            }
            int total = 0;
            for (Future<Integer> f : threads) {
                total += f.get(300, TimeUnit.SECONDS);
            }
            assertEquals(THREADS * CASES * backends.size(), total);
            System.out.printf("concurrency: %d threads, %d results compared bit for bit on %s%n", THREADS, total,
                    backends.stream().map(Backend::name).toList());
        } finally {
            pool.shutdownNow();
            assertTrue(pool.awaitTermination(60, TimeUnit.SECONDS), "threads finished");
        }
        for (int b = 0; b < backends.size(); b++) {
            assertEquals(before[b], HostileInputTest.settledBytesInUse(backends.get(b)),
                    backends.get(b).name() + ": no memory left in use");
        }
    }

    private static long[] bits(double[] values) {
        return Arrays.stream(values).mapToLong(Double::doubleToRawLongBits).toArray();
    }
}
