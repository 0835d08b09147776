package io.jtensor.opencl;

import io.jtensor.kernels.Dialect;
import io.jtensor.kernels.KernelCatalog;
import io.jtensor.kernels.KernelSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Every program of the kernel catalog builds on this machine's OpenCL device (PoCL in CI). Builds
 * run on one thread per core: OpenCL allows concurrent builds of different programs.
 */
class KernelCatalogBuildTest {

    @Test
    void everyGeneratedOpenClProgramBuilds() throws Exception {
        OpenClDevice device = OpenClDevice.open();
        List<KernelSource> sources = KernelCatalog.all(Dialect.OPENCL, device.fp64);
        long start = System.nanoTime();
        List<String> failures;
        try (ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors())) {
            List<Future<String>> results = sources.stream().map(source -> pool.submit(() -> build(device, source)))
                    .toList();
            failures = results.stream().map(KernelCatalogBuildTest::join).filter(Objects::nonNull).toList();
        }
        System.out.printf("built %d OpenCL programs on %s in %.1f s%n", sources.size(), device.description(),
                (System.nanoTime() - start) / 1e9);
        assertFalse(sources.isEmpty());
        assertEquals(List.of(), failures);
    }

    private static String build(OpenClDevice device, KernelSource source) {
        try {
            OpenClProgram program = new OpenClCompiler(device, source).compile().program();
            int kernels = program.kernels().size();
            program.release();
            return kernels == source.kernelNames().size() ? null : source.description() + ": missing kernels";
        } catch (OpenClException e) {
            return e.getMessage();
        }
    }

    private static String join(Future<String> result) {
        try {
            return result.get();
        } catch (Exception e) {
            return e.toString();
        }
    }
}
