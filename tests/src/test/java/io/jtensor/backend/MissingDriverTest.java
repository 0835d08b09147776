package io.jtensor.backend;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An injected missing driver: a JVM whose OpenCL ICD loader finds no driver (an empty
 * {@code OCL_ICD_VENDORS} directory) reports the OpenCL backend unavailable with the reason, and
 * the CPU backend still works (the command line's {@code info} and a CPU computation succeed).
 */
class MissingDriverTest {

    @Test
    void withoutAnOpenClDriverOpenClIsUnavailableWithTheReasonAndCpuWorks(@TempDir Path noDrivers) throws Exception {
        String info = run(noDrivers, "io.jtensor.cli.JTensor", "info");
        assertTrue(info.matches("(?s).*\\n\\s*opencl\\s+priority\\s+\\d+\\s+unavailable\\s+\\S.*"), info);
        assertTrue(info.contains("CL_PLATFORM_NOT_FOUND_KHR") || info.contains("no OpenCL platform"), info);
        assertTrue(info.matches("(?s).*\\n\\s*cpu\\s+priority\\s+\\d+\\s+available.*"), info);
        String demo = run(noDrivers, "io.jtensor.demo.Demo");
        assertTrue(demo.contains("sigmoid"), demo);
    }

    private static String run(Path icdDirectory, String main, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), main));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove(Backends.ENVIRONMENT);
        builder.environment().put("OCL_ICD_VENDORS", icdDirectory.toString());
        builder.environment().put("OPENCL_VENDOR_PATH", icdDirectory.toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "finished: " + output);
        assertEquals(0, process.exitValue(), output);
        return output;
    }
}
