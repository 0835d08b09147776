package io.jtensor.backend;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How {@link Backends} finds, reports and chooses backends. The property/environment choice is
 * read once per JVM, so those cases run the demo in a child JVM and read what it prints.
 */
class BackendSelectionTest {

    @Test
    void cpuIsFoundAvailableAndReportedWithItsDevice() {
        BackendStatus cpu = Backends.statuses().stream().filter(s -> s.name().equals("cpu")).findFirst().orElseThrow();
        assertTrue(cpu.available(), cpu.reason());
        assertEquals("", cpu.reason());
        assertSame(Backends.get("cpu"), Backends.get("CPU"));
        assertTrue(Backends.available().contains(Backends.get("cpu")));
        assertTrue(Backends.get("cpu").deviceDescription().startsWith("CPU"), Backends.get("cpu").deviceDescription());
    }

    @Test
    void unknownBackendNameSaysWhichAreKnown() {
        var e = assertThrows(BackendUnavailableException.class, () -> Backends.get("tpu"));
        assertTrue(e.getMessage().startsWith("jtensor backend 'tpu' is not on the class path (known: "), e.getMessage());
        assertTrue(e.getMessage().contains("cpu"), e.getMessage());
    }

    @Test
    void systemPropertyChoosesTheDefault() throws Exception {
        ChildRun run = runDemo(List.of("-Djtensor.backend=cpu"), Map.of());
        assertEquals(0, run.exitCode(), run.output());
        assertTrue(run.output().contains("chosen by: system property jtensor.backend=cpu"), run.output());
    }

    @Test
    void environmentVariableChoosesTheDefaultWhenNoPropertyIsSet() throws Exception {
        ChildRun run = runDemo(List.of(), Map.of(Backends.ENVIRONMENT, "cpu"));
        assertEquals(0, run.exitCode(), run.output());
        assertTrue(run.output().contains("chosen by: environment variable JTENSOR_BACKEND=cpu"), run.output());
    }

    @Test
    void namingAMissingBackendFailsWithTheReason() throws Exception {
        ChildRun run = runDemo(List.of("-Djtensor.backend=quantum"), Map.of());
        assertTrue(run.exitCode() != 0, run.output());
        assertTrue(run.output().contains("jtensor backend 'quantum' is not on the class path"), run.output());
    }

    private record ChildRun(int exitCode, String output) {
    }

    private static ChildRun runDemo(List<String> jvmOptions, Map<String, String> environment)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("--enable-native-access=ALL-UNNAMED");
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("io.jtensor.demo.Demo");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove(Backends.ENVIRONMENT);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("demo did not finish in 60 s:\n" + output);
        }
        return new ChildRun(process.exitValue(), output);
    }
}
