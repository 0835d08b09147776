package io.jtensor.bench;

import io.jtensor.BackendScope;
import io.jtensor.DType;
import io.jtensor.Np;
import io.jtensor.Tensor;
import io.jtensor.backend.Backend;
import io.jtensor.backend.Backends;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Times {@code Np.clip(x, lo, hi)} with scalar bounds and with tensor bounds on one backend, the
 * path a clip with both bounds takes (one pass on OpenCL and CUDA, the steps in the backend on the
 * CPU) against core's two steps ({@code -Djtensor.clip.twoPass=true}), switched round by round in
 * one JVM so that a loaded machine slows both alike; each timed batch ends with
 * {@code synchronize()}, so a device's queued kernels are inside it. Run by hand on the bench class
 * path: {@code ClipTiming opencl float32,float64,int32 1048576,16777216 7}; prints the median
 * milliseconds per call of each path and their ratio.
 */
public final class ClipTiming {

    private ClipTiming() {
    }

    /** Runs the timing: backend, dtypes, sizes, rounds. */
    public static void main(String[] args) {
        Backend backend = Backends.get(args[0]);
        int rounds = Integer.parseInt(args[3]);
        System.out.printf("%s: %s%n", backend.name(), backend.deviceDescription());
        System.out.printf("%-8s %9s %-7s %10s %10s %6s%n", "dtype", "size", "bounds", "two-pass", "one-pass", "ratio");
        try (BackendScope scope = Np.useBackend(backend)) {
            for (String typeName : args[1].split(",")) {
                DType type = DType.valueOf(typeName.toUpperCase());
                for (String sizeText : args[2].split(",")) {
                    int size = Integer.parseInt(sizeText);
                    try (Tensor u = Np.random(42).uniform(-100, 100, size); Tensor x = u.astype(type);
                         Tensor lo = Np.full(new long[] {size}, -50.0).astype(type);
                         Tensor hi = Np.full(new long[] {size}, 50.0).astype(type)) {
                        time(backend, type, size, "scalar", rounds, () -> Np.clip(x, -50, 50));
                        time(backend, type, size, "tensor", rounds, () -> Np.clip(x, lo, hi));
                    }
                }
            }
        }
    }

    private static void time(Backend backend, DType type, int size, String bounds, int rounds,
                             java.util.function.Supplier<Tensor> op) {
        int iterations = Math.max(3, (64 << 20) / (size * type.byteSize()));
        List<List<Double>> times = List.of(new ArrayList<>(), new ArrayList<>());
        for (int round = 0; round <= rounds; round++) {
            for (int path = 0; path < 2; path++) {
                System.setProperty("jtensor.clip.twoPass", path == 0 ? "true" : "false");
                backend.synchronize();
                long t0 = System.nanoTime();
                for (int i = 0; i < iterations; i++) {
                    op.get().close();
                }
                backend.synchronize();
                if (round > 0) {
                    times.get(path).add((System.nanoTime() - t0) / 1e6 / iterations);
                }
            }
        }
        double old = median(times.get(0));
        double now = median(times.get(1));
        System.out.printf("%-8s %9d %-7s %10.3f %10.3f %5.2fx%n", type.numpyName(), size, bounds, old, now, old / now);
    }

    private static double median(List<Double> values) {
        Collections.sort(values);
        return values.get(values.size() / 2);
    }
}
