package io.jtensor.opencl;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A second JVM reuses the kernels the first one compiled: it loads every program from the disk
 * cache, compiles none, and spends less time building. Each child gets its own empty PoCL cache,
 * so only jtensor's disk cache can make the second one faster.
 */
class DiskCacheReuseTest {

    private static final Pattern REPORT = Pattern.compile("compilations=(\\d+) diskHits=(\\d+) buildMillis=(\\d+)");

    @Test
    void secondProcessLoadsEveryProgramFromTheDiskCache(@TempDir Path temp) throws Exception {
        Path cache = temp.resolve("kernels");
        long[] first = runChild(cache, temp.resolve("pocl-first"));
        long[] second = runChild(cache, temp.resolve("pocl-second"));
        System.out.printf("disk cache reuse: first JVM compiled %d programs in %d ms; second JVM loaded %d "
                + "from disk in %d ms%n", first[0], first[2], second[1], second[2]);
        assertTrue(first[0] > 0, "the first process compiles");
        assertEquals(0, first[1], "the first process finds an empty cache");
        assertEquals(0, second[0], "the second process compiles nothing");
        assertEquals(first[0], second[1], "the second process loads every program from disk");
        assertTrue(second[2] < first[2], "loading from disk is faster than compiling: " + second[2] + " ms vs "
                + first[2] + " ms");
    }

    private static long[] runChild(Path cache, Path poclCache) throws IOException, InterruptedException {
        Files.createDirectories(poclCache);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), "-Djtensor.cache.dir=" + cache, "-Djtensor.cache.write=true",
                DiskCacheProbe.class.getName()).redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.put("POCL_CACHE_DIR", poclCache.toString());
        Path jsig = Path.of(System.getProperty("java.home"), "lib", "libjsig.so");
        if (Files.exists(jsig)) {
            environment.put("LD_PRELOAD", jsig.toString());
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), "child JVM failed:\n" + output);
        Matcher matcher = REPORT.matcher(output);
        assertTrue(matcher.find(), "no report from the child JVM:\n" + output);
        return List.of(1, 2, 3).stream().mapToLong(g -> Long.parseLong(matcher.group(g))).toArray();
    }
}
