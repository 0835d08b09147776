package io.jtensor.conformance;

import io.jtensor.DType;
import io.jtensor.backend.Backends;
import io.jtensor.backend.Backend;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * NumPy parity on random cases: every line of {@code reference/random.csv} (the cases of
 * {@link RandomCase} drawn from run seed {@link RandomCaseExport#PARITY_RUN_SEED}, with at least
 * {@link RandomCaseExport#PARITY_MIN_PER_FAMILY} of each family (see {@link RandomCaseExport#seeds()}), evaluated with
 * NumPy by {@code tests/reference/random_cases.py}) is redrawn from its seed, run on every
 * available backend and compared with NumPy's result within that backend's conformance-suite tolerance for the op. A case
 * NumPy refuses must throw. Transcendental ops get one extra ULP: their reference is computed one
 * precision up and rounded once more (see the script). {@code -Djtensor.fuzz.parity.file=F} replays a
 * long run's file instead (see {@link RandomCaseExport}).
 */
class RandomCaseParityTest {

    private static final Set<String> ROUNDED_TWICE = Set.of("exp", "expm1", "exp2", "log", "log1p", "log2", "log10",
            "sin", "cos", "tan", "tanh", "sigmoid", "power", "arcsin", "arccos", "arctan", "sinh", "cosh", "arcsinh",
            "arccosh", "arctanh", "cbrt", "arctan2", "hypot", "logaddexp", "logaddexp2");

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.jtensor.conformance.RandomCaseRun#backendNames")
    void numpyParity(String backendName) {
        Backend backend = Backends.get(backendName);
        ConformanceSuite suite = RandomCaseRun.suite(backendName);
        String file = System.getProperty("jtensor.fuzz.parity.file", "");
        ReferenceData.Table table = file.isEmpty() ? ReferenceData.table("random.csv") : ReferenceData.tableAt(Path.of(file));
        List<Long> seeds = RandomCaseExport.seeds();
        assertEquals(seeds.size(), table.rows().size(), table.file() + " holds every exported case");
        RandomCaseStats stats = new RandomCaseStats("NumPy parity on " + backend.name());
        for (int i = 0; i < seeds.size(); i++) {
            ReferenceData.Row row = table.rows().get(i);
            assertEquals(seeds.get(i), Long.parseLong(row.get("seed")), () -> row.where() + ": the run no longer "
                    + "draws this seed here (rerun tests/reference/random_cases.py, see RandomCaseExport)");
            RandomCase c = RandomCase.of(seeds.get(i));
            assertEquals(row.get("op"), c.op(), () -> row.where() + ": the generator no longer draws this case "
                    + "(rerun tests/reference/random_cases.py, see RandomCaseExport)");
            RandomCaseRun.Outcome expected = expected(row);
            RandomCaseRun.Outcome actual = RandomCaseRun.run(c, backend);
            long[] worst = {0};
            String failure;
            if (expected.error() != null) {
                failure = actual.error() != null ? null : "NumPy refuses this call, jtensor gave " + actual;
            } else {
                DType type = RandomCaseRun.computeType(c, expected.dtype());
                Tolerance tol = RandomCaseRun.tolerance(suite, c, type);
                if (ROUNDED_TWICE.contains(c.op()) && type.isFloatingPoint()) {
                    tol = RandomCaseRun.plus(tol, Tolerance.ulps(1));
                }
                double[] scale = RandomCaseRun.scales(c, Backends.get("cpu"), expected.values().length);
                failure = RandomCaseRun.compare(c, expected, actual, tol, scale, worst);
            }
            stats.add(c, failure, worst[0]);
        }
        System.out.println(stats.table());
        assertTrue(stats.cases() > 0);
        assertEquals(0, stats.mismatches(), stats::failures);
    }

    private static RandomCaseRun.Outcome expected(ReferenceData.Row row) {
        String type = row.get("result_dtype");
        if (type.equals("error")) {
            return new RandomCaseRun.Outcome(null, null, null, new IllegalArgumentException("NumPy refuses"));
        }
        DType dtype = ReferenceData.dtype(type);
        String[] tokens = ReferenceData.tokens(row.get("expected"));
        double[] values = new double[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            values[i] = dtype.isFloatingPoint() || dtype == DType.BOOL ? ReferenceData.parseDouble(tokens[i])
                    : Double.longBitsToDouble(ReferenceData.parseLong(tokens[i]));
        }
        return new RandomCaseRun.Outcome(dtype, ReferenceData.parseShape(row.get("shape")), values, null);
    }
}
