package io.jtensor.bench;

import io.jtensor.BackendScope;
import io.jtensor.DType;
import io.jtensor.Np;
import io.jtensor.Tensor;
import io.jtensor.backend.Backends;

import java.util.Arrays;
import java.util.function.BinaryOperator;

/**
 * Times every call of each op, in the order given, in one JVM with a plain {@link System#nanoTime}
 * loop (not JMH): what the first calls of an op cost when other ops have already run and been
 * compiled. Run by hand on the bench class path with {@code --add-modules jdk.incubator.vector}:
 * {@code CpuFirstCallsTiming float32 add,maximum,sqrt 200 1048576}. Per op it prints the median
 * of the first 20 calls, the median of the last 100, the total and the number of calls before the
 * first within 2x of the final median.
 */
public final class CpuFirstCallsTiming {

    private CpuFirstCallsTiming() {
    }

    /** Runs the timing: dtype, comma-separated ops, calls per op, elements. */
    public static void main(String[] args) {
        DType type = DType.valueOf(args[0].toUpperCase());
        String[] ops = args[1].split(",");
        int calls = Integer.parseInt(args[2]);
        int size = Integer.parseInt(args[3]);
        try (BackendScope scope = Np.useBackend(Backends.get("cpu"));
             Tensor a = Np.random(42).uniform(0.5, 1.5, size); Tensor b = Np.random(7).uniform(0.5, 1.5, size);
             Tensor x = a.astype(type); Tensor y = b.astype(type)) {
            System.out.printf("%s, %d elements, %d calls per op%n", type, size, calls);
            System.out.printf("%-12s %14s %14s %12s %14s%n", "op", "median 1-20", "median last100", "total",
                    "calls to 2x");
            for (String op : ops) {
                BinaryOperator<Tensor> f = CpuMixedOpsBenchmark.function(op);
                double[] ms = new double[calls];
                for (int c = 0; c < calls; c++) {
                    long t0 = System.nanoTime();
                    try (Tensor r = f.apply(x, y)) {
                        ms[c] = (System.nanoTime() - t0) / 1e6;
                    }
                }
                double last = median(Arrays.copyOfRange(ms, Math.max(0, calls - 100), calls));
                int settled = 0;
                while (settled < calls && ms[settled] > 2 * last) {
                    settled++;
                }
                System.out.printf("%-12s %11.3f ms %11.3f ms %9.1f ms %14d%n", op,
                        median(Arrays.copyOfRange(ms, 0, Math.min(20, calls))), last, Arrays.stream(ms).sum(), settled);
            }
        }
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
