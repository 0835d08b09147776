package io.jtensor.bench;

import io.jtensor.BackendScope;
import io.jtensor.DType;
import io.jtensor.Np;
import io.jtensor.Tensor;
import io.jtensor.backend.Backends;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Times a chain of element-wise ops ({@code sqrt(exp(x * 0.5 + 1))}, four results) and two copies
 * ({@code x.T().copy()}, {@code concatenate}) on the CPU backend with every result closed, closed
 * by try-with-resources, or left to the Cleaner, in one JVM with a plain {@link System#nanoTime}
 * loop. The variants alternate round by round; with {@code alternate} the allocator properties
 * {@code jtensor.cpu.allocator} and {@code jtensor.cpu.gcNudgeBytes} switch between the old and
 * the new behaviour every round as well. Between rounds, untimed, a garbage collection and a short
 * sleep let the Cleaner free what the round dropped, so that the machine's memory stays bounded.
 * Run by hand on the bench class path: {@code CpuUnclosedTiming float32,float64 1048576,16777216
 * 9 [alternate]}; prints the median milliseconds per iteration of each variant.
 */
public final class CpuUnclosedTiming {

    private CpuUnclosedTiming() {
    }

    /** Runs the timing: dtypes, sizes, rounds, and optionally {@code alternate}. */
    public static void main(String[] args) throws InterruptedException {
        String[] types = args[0].split(",");
        String[] sizes = args[1].split(",");
        int rounds = Integer.parseInt(args[2]);
        boolean alternate = args.length > 3 && args[3].equals("alternate");
        String[] allocators = alternate ? new String[] {"arena", "native"} : new String[] {System.getProperty(
                "jtensor.cpu.allocator", "default")};
        try (BackendScope scope = Np.useBackend(Backends.get("cpu"))) {
            for (String typeName : types) {
                DType type = DType.valueOf(typeName.toUpperCase());
                for (String sizeText : sizes) {
                    int size = Integer.parseInt(sizeText);
                    run(type, size, rounds, allocators);
                }
            }
        }
    }

    private static void run(DType type, int size, int rounds, String[] allocators) throws InterruptedException {
        int side = (int) Math.sqrt(size);
        int iterations = Math.max(2, (256 << 20) / (size * type.byteSize()));
        Map<String, List<Double>> times = new LinkedHashMap<>();
        try (Tensor a = Np.random(42).uniform(0.5, 1.5, size); Tensor x = a.astype(type);
             Tensor square = x.reshape(side, side)) {
            String[] variants = {"chain closed", "chain try-with-resources", "chain unclosed",
                    "T().copy() closed", "T().copy() unclosed", "concatenate closed", "concatenate unclosed"};
            for (int round = 0; round < rounds; round++) {
                for (String allocator : allocators) {
                    if (!allocator.equals("default")) {
                        System.setProperty("jtensor.cpu.allocator", allocator);
                        System.setProperty("jtensor.cpu.gcNudgeBytes", allocator.equals("arena") ? "0" : "");
                        if (allocator.equals("native")) {
                            System.clearProperty("jtensor.cpu.gcNudgeBytes");
                        }
                    }
                    for (String variant : variants) {
                        long t0 = System.nanoTime();
                        for (int i = 0; i < iterations; i++) {
                            once(variant, x, square);
                        }
                        double ms = (System.nanoTime() - t0) / 1e6 / iterations;
                        if (round > 0) {
                            times.computeIfAbsent(variant + " [" + allocator + "]", k -> new ArrayList<>()).add(ms);
                        }
                        System.gc();
                        Thread.sleep(100);
                    }
                }
            }
        }
        System.out.printf("%s, %d elements, %d iterations per round%n", type, size, iterations);
        for (Map.Entry<String, List<Double>> e : times.entrySet()) {
            System.out.printf("  %-40s %9.3f ms%n", e.getKey(), median(e.getValue()));
        }
    }

    private static void once(String variant, Tensor x, Tensor square) {
        switch (variant) {
            case "chain closed" -> {
                Tensor a = Np.multiply(x, 0.5);
                Tensor b = Np.add(a, 1.0);
                a.close();
                Tensor c = Np.exp(b);
                b.close();
                Tensor d = Np.sqrt(c);
                c.close();
                d.close();
            }
            case "chain try-with-resources" -> {
                try (Tensor a = Np.multiply(x, 0.5); Tensor b = Np.add(a, 1.0); Tensor c = Np.exp(b);
                     Tensor d = Np.sqrt(c)) {
                    consume(d);
                }
            }
            case "chain unclosed" -> consume(Np.sqrt(Np.exp(Np.add(Np.multiply(x, 0.5), 1.0))));
            case "T().copy() closed" -> {
                try (Tensor t = square.T(); Tensor c = t.copy()) {
                    consume(c);
                }
            }
            case "T().copy() unclosed" -> consume(square.T().copy());
            case "concatenate closed" -> {
                try (Tensor c = Np.concatenate(x, x)) {
                    consume(c);
                }
            }
            case "concatenate unclosed" -> consume(Np.concatenate(x, x));
            default -> throw new IllegalArgumentException(variant);
        }
    }

    private static volatile long sink;

    private static void consume(Tensor t) {
        sink += t.size();
    }

    private static double median(List<Double> values) {
        double[] s = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
