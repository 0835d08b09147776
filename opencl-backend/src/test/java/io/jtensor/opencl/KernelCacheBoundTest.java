package io.jtensor.opencl;

import io.jtensor.DType;
import io.jtensor.Np;
import io.jtensor.Tensor;
import io.jtensor.backend.Backends;
import io.jtensor.kernels.Dialect;
import io.jtensor.kernels.KernelCache;
import io.jtensor.kernels.KernelCatalog;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The program cache stays bounded in a long run: once every kernel family a workload uses is
 * built, more of the same work with other shapes, dtypes, layouts and values builds nothing more
 * (programs are keyed on the device, source and options, never on a launch's sizes).
 */
class KernelCacheBoundTest {

    private static void workload(int round) {
        long n = 1000 + 37L * round;
        for (DType type : List.of(DType.FLOAT32, DType.FLOAT64, DType.INT32, DType.INT64, DType.BOOL)) {
            try (Tensor x = Np.arange(n).astype(type); Tensor grid = x.reshape(-1, n % 2 == 0 ? 2 : 1);
                 Tensor view = grid.T(); Tensor e = Np.exp(x); Tensor s = Np.add(view, 1.0);
                 Tensor sum = Np.sum(grid, 0); Tensor max = Np.max(x); Tensor soft = Np.softmax(grid, 0);
                 Tensor mask = Np.greater(x, round); Tensor masked = Np.sqrt(x, null, mask);
                 Tensor square = Np.arange(16).astype(type).reshape(4, 4); Tensor product = Np.matmul(square, square)) {
                assertEquals(n, e.size());
                assertEquals(n, s.size());
                assertEquals(n, masked.size());
                assertEquals(16, product.size());
                assertTrue(sum.size() > 0 && max.size() == 1 && soft.size() == n);
            }
        }
    }

    @Test
    void aLongRunOfMixedWorkBuildsEachProgramOnce() {
        OpenClBackend backend = (OpenClBackend) Backends.get("opencl");
        KernelCache<?> cache = backend.kernelCache();
        try (var scope = Np.useBackend(backend)) {
            workload(0);
            long built = cache.compilations() + cache.diskHits();
            List<Object> programs = new ArrayList<>();
            cache.programs().forEach(programs::add);
            for (int round = 1; round <= 50; round++) {
                workload(round);
            }
            List<Object> after = new ArrayList<>();
            cache.programs().forEach(after::add);
            assertEquals(built, cache.compilations() + cache.diskHits(), "programs built after the first round");
            assertEquals(programs.size(), after.size(), "programs held after 50 more rounds");
            int catalog = KernelCatalog.all(Dialect.OPENCL, backend.supports(DType.FLOAT64)).size();
            assertTrue(after.size() <= 2 * catalog, after.size() + " programs held; the catalog has " + catalog
                    + " (plus vectorised map variants)");
        }
    }
}
