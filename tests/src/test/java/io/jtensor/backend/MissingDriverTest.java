package io.jtensor.backend;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Injected native faults, each in a child JVM: an OpenCL ICD loader that finds no driver (an empty
 * {@code OCL_ICD_VENDORS} directory), and no loadable {@code libOpenCL} at all (the library path
 * starts with a folder whose {@code libOpenCL.so.1} is not a shared object). Either way the OpenCL
 * backend is reported unavailable with the reason, and the CPU backend still works (the command
 * line's {@code info} and a CPU computation succeed).
 */
class MissingDriverTest {

    @Test
    void withoutAnOpenClDriverOpenClIsUnavailableWithTheReasonAndCpuWorks(@TempDir Path noDrivers) throws Exception {
        Map<String, String> environment = Map.of("OCL_ICD_VENDORS", noDrivers.toString(),
                "OPENCL_VENDOR_PATH", noDrivers.toString());
        String info = run(environment, "io.jtensor.cli.JTensor", "info");
        assertTrue(info.matches("(?s).*\\n\\s*opencl\\s+priority\\s+\\d+\\s+unavailable\\s+\\S.*"), info);
        assertTrue(info.contains("CL_PLATFORM_NOT_FOUND_KHR") || info.contains("no OpenCL platform"), info);
        assertTrue(info.matches("(?s).*\\n\\s*cpu\\s+priority\\s+\\d+\\s+available.*"), info);
        String demo = run(environment, "io.jtensor.demo.Demo");
        assertTrue(demo.contains("sigmoid"), demo);
    }

    @Test
    void withoutALoadableLibOpenClOpenClIsUnavailableWithTheReasonAndCpuWorks(@TempDir Path libraries)
            throws Exception {
        for (String name : List.of("libOpenCL.so.1", "libOpenCL.so")) {
            Files.writeString(libraries.resolve(name), "not a shared object");
        }
        Map<String, String> environment = Map.of("LD_LIBRARY_PATH", libraries.toString());
        String info = run(environment, "io.jtensor.cli.JTensor", "info");
        assertTrue(info.matches("(?s).*\\n\\s*opencl\\s+priority\\s+\\d+\\s+unavailable\\s+\\S.*"), info);
        String openClLine = info.lines().filter(l -> l.startsWith("  opencl")).findFirst().orElseThrow();
        assertTrue(openClLine.contains("no loadable OpenCL library") && openClLine.contains("libOpenCL.so.1"),
                "the reason names the library: " + openClLine);
        assertTrue(info.matches("(?s).*\\n\\s*cpu\\s+priority\\s+\\d+\\s+available.*"), info);
        assertTrue(run(environment, "io.jtensor.demo.Demo").contains("sigmoid"));
    }

    private static String run(Map<String, String> environment, String main, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), main));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove(Backends.ENVIRONMENT);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "finished: " + output);
        assertEquals(0, process.exitValue(), output);
        return output;
    }
}
