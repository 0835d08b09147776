package io.jtensor.opencl;

import io.jtensor.Np;
import io.jtensor.Tensor;
import io.jtensor.backend.Backends;

/**
 * The child process of {@link DiskCacheReuseTest}: runs a fixed set of ops on OpenCL and prints
 * one line with what the kernel cache did.
 */
public final class DiskCacheProbe {

    private DiskCacheProbe() {
    }

    /** Runs the workload and prints {@code compilations=N diskHits=N buildMillis=N}. */
    public static void main(String[] args) {
        OpenClBackend backend = (OpenClBackend) Backends.get("opencl");
        // Reductions, rows and matmul only: three of the smaller programs keep the first (writing)
        // JVM quick, since fetching a binary makes PoCL compile every kernel of the program.
        try (Tensor host = Np.array(new float[] {1, 2, 3, 4, 5, 6}, 2, 3); Tensor x = host.to(backend);
             Tensor hostRight = Np.array(new float[] {1, 0, 0, 1, 1, 1}, 3, 2); Tensor right = hostRight.to(backend);
             Tensor s = Np.sum(x, 1); Tensor m = Np.argmax(x, 0); Tensor soft = Np.softmax(x, 1);
             Tensor p = Np.matmul(x, right); Tensor v = Np.var(x, 0)) {
            s.toFloatArray();
            m.toLongArray();
            soft.toFloatArray();
            p.toFloatArray();
            v.toFloatArray();
        }
        var cache = backend.kernelCache();
        System.out.println("compilations=" + cache.compilations() + " diskHits=" + cache.diskHits()
                + " buildMillis=" + cache.buildNanos() / 1_000_000);
    }
}
