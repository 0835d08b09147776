package io.jtensor.conformance;

import io.jtensor.DType;
import io.jtensor.backend.Backend;
import io.jtensor.backend.Backends;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Cross-backend differential testing: every available backend other than the CPU backend runs
 * the same {@link RandomCase}s as the CPU backend, and each result must agree within the sum of
 * the two backends' documented tolerances for the op (each is within its own bound of the true
 * value); a case one backend refuses the other must refuse with the same exception and message.
 *
 * <p>Default (CI): {@value #DEFAULT_CASES_PER_FAMILY} cases per op family (unary, binary,
 * reduce, rows, matmul, array, index, shape, linalg, search). The long run is opt-in:
 * <pre>
 * mvn -B -o -pl tests -am test -Dtest=CrossBackendDifferentialTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Djtensor.fuzz.casesPerFamily=100000 [-Djtensor.fuzz.seed=N]
 * </pre>
 * A mismatch prints {@code RandomCase.of(seed)}, which redraws the case alone.
 */
class CrossBackendDifferentialTest {

    static final int DEFAULT_CASES_PER_FAMILY = 1000;
    static final long DEFAULT_RUN_SEED = 20261130;

    @TestFactory
    List<DynamicTest> everyBackendAgreesWithTheCpuBackend() {
        List<Backend> others = Backends.available().stream().filter(b -> !b.name().equals("cpu")).toList();
        if (others.isEmpty()) {
            // OpenClConformanceTest needs OpenCL too (README: install PoCL): no silent skip here either.
            return List.of(DynamicTest.dynamicTest("no backend besides cpu", () -> fail(
                    "only the CPU backend is available, nothing to compare with: " + Backends.statuses())));
        }
        return others.stream().map(b -> DynamicTest.dynamicTest(b.name() + " vs cpu", () -> differential(b))).toList();
    }

    private static void differential(Backend backend) {
        int perFamily = Integer.getInteger("jtensor.fuzz.casesPerFamily", DEFAULT_CASES_PER_FAMILY);
        long runSeed = Long.getLong("jtensor.fuzz.seed", DEFAULT_RUN_SEED);
        Backend cpu = Backends.get("cpu");
        ConformanceSuite cpuSuite = RandomCaseRun.suite("cpu");
        ConformanceSuite suite = RandomCaseRun.suite(backend.name());
        RandomCaseStats stats = new RandomCaseStats(backend.name() + " vs cpu (run seed " + runSeed + ")");
        Map<RandomCase.Family, Integer> counts = new EnumMap<>(RandomCase.Family.class);
        int full = 0;
        long started = System.nanoTime();
        for (long i = 0; full < RandomCase.Family.values().length; i++) {
            RandomCase c = RandomCase.of(RandomCase.caseSeed(runSeed, i));
            int n = counts.merge(c.family(), 1, Integer::sum);
            if (n > perFamily) {
                continue;
            }
            if (n == perFamily) {
                full++;
            }
            RandomCaseRun.Outcome expected = RandomCaseRun.run(c, cpu);
            RandomCaseRun.Outcome actual = RandomCaseRun.run(c, backend);
            long[] worst = {0};
            String failure;
            if (expected.error() != null || actual.error() != null) {
                failure = expected.error() != null && actual.error() != null
                        && expected.error().getClass() == actual.error().getClass()
                        && Objects.equals(expected.error().getMessage(), actual.error().getMessage())
                        ? null : "cpu: " + expected + "; " + backend.name() + ": " + actual;
            } else {
                DType type = RandomCaseRun.computeType(c, expected.dtype());
                Tolerance tol = RandomCaseRun.plus(RandomCaseRun.tolerance(cpuSuite, c, type),
                        RandomCaseRun.tolerance(suite, c, type));
                double[] scale = RandomCaseRun.scales(c, cpu, expected.values().length);
                failure = RandomCaseRun.compare(c, expected, actual, tol, scale, worst);
            }
            stats.add(c, failure, worst[0]);
        }
        System.out.printf("%s%.1f s%n", stats.table(), (System.nanoTime() - started) / 1e9);
        assertEquals(0, stats.mismatches(), stats::failures);
    }
}
