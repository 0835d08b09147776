package io.jtensor.kernels;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Compiles every CUDA program of the catalog to PTX with {@code nvcc} when it is on the PATH
 * (skipped, with the reason printed, where it is not). The catalog is a dozen large programs, so
 * each goes to its own nvcc process, one per core at a time.
 */
class CudaCompileCheckTest {

    private static final int BATCH = 1;

    @Test
    void everyGeneratedCudaProgramCompilesWithNvcc(@TempDir Path dir) throws Exception {
        Optional<Path> nvcc = onPath("nvcc");
        if (nvcc.isEmpty()) {
            System.out.println("CUDA dialect check SKIPPED: nvcc is not on the PATH");
        }
        Assumptions.assumeTrue(nvcc.isPresent(), "nvcc is not on the PATH; the CUDA dialect was not compile-checked");
        String version = run(List.of(nvcc.get().toString(), "--version"), dir).lines()
                .filter(l -> l.contains("release")).findFirst().orElse("unknown version");
        List<KernelSource> sources = KernelCatalog.all(Dialect.CUDA, true);
        List<List<String>> batches = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            Path file = dir.resolve("program" + i + ".cu");
            Files.writeString(file, "// " + sources.get(i).description() + "\n" + sources.get(i).source());
            if (i % BATCH == 0) {
                batches.add(new ArrayList<>(List.of(nvcc.get().toString(), "-ptx", "-arch=sm_90", "-odir",
                        dir.toString())));
            }
            batches.getLast().add(file.toString());
        }
        long start = System.nanoTime();
        List<String> failures = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors())) {
            List<Future<String>> results = batches.stream().map(b -> pool.submit(() -> run(b, dir))).toList();
            for (Future<String> result : results) {
                String output = result.get();
                if (output.contains("error")) {
                    failures.add(output);
                }
            }
        }
        long ptx;
        try (var files = Files.list(dir)) {
            ptx = files.filter(f -> f.toString().endsWith(".ptx")).count();
        }
        System.out.printf("CUDA dialect checked by %s (%s): %d programs compiled to PTX for sm_90 in %.1f s%n",
                nvcc.get(), version.trim(), ptx, (System.nanoTime() - start) / 1e9);
        assertEquals(List.of(), failures);
        assertEquals(sources.size(), ptx);
    }

    private static String run(List<String> command, Path dir) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = process.waitFor();
        return code == 0 ? output : "error: exit " + code + " from " + command.getFirst() + "\n" + output;
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String entry : path.split(File.pathSeparator)) {
            Path candidate = Path.of(entry, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
