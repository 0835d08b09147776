package io.jtensor.kernels;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Compiled programs of one device, in memory and on disk, shared by the GPU backends.
 *
 * <p>{@link #get} returns the program for a key from memory; else it asks the {@link Compiler} to
 * load the binary the {@link DiskKernelCache} holds; else it compiles the source and stores the
 * binary. Counters say what happened, so a test can see the disk cache at work.
 *
 * <pre>{@code
 * KernelCache<Program> cache = new KernelCache<>(DiskKernelCache.configured());
 * Program p = cache.get(KernelKey.of(device, source, options, driverVersion), compiler);
 * }</pre>
 *
 * @param <P> the backend's program handle (a {@code cl_program}, a {@code CUmodule})
 */
public final class KernelCache<P> {

    /**
     * How a backend turns source or a cached binary into a program.
     *
     * @param <P> the program handle
     */
    public interface Compiler<P> {

        /** Compiles from source; returns the program and its binary for the disk cache. */
        Compiled<P> compile() throws Exception;

        /** Loads a binary from the disk cache, or returns empty when the driver rejects it. */
        Optional<P> load(byte[] binary) throws Exception;
    }

    /**
     * A freshly compiled program.
     *
     * @param program the handle
     * @param binary  fetches its binary for the disk cache (empty when the driver has none to give);
     *                only called when the disk cache is writable, because on some drivers it is
     *                expensive (PoCL compiles every kernel of the program to machine code for it)
     * @param <P>     the program handle
     */
    public record Compiled<P>(P program, Supplier<byte[]> binary) {
    }

    private final DiskKernelCache disk;
    private final ConcurrentHashMap<KernelKey, P> memory = new ConcurrentHashMap<>();
    private final AtomicLong compilations = new AtomicLong();
    private final AtomicLong diskHits = new AtomicLong();
    private final AtomicLong buildNanos = new AtomicLong();

    /** A cache backed by {@code disk}. */
    public KernelCache(DiskKernelCache disk) {
        this.disk = disk;
    }

    /**
     * The program for {@code key}, built at most once per key in this process.
     *
     * @throws Exception what the compiler throws (with the build log)
     */
    public P get(KernelKey key, Compiler<P> compiler) throws Exception {
        P cached = memory.get(key);
        if (cached != null) {
            return cached;
        }
        synchronized (memory) {
            cached = memory.get(key);
            if (cached != null) {
                return cached;
            }
            long start = System.nanoTime();
            P program = null;
            Optional<byte[]> binary = disk.load(key);
            if (binary.isPresent()) {
                program = compiler.load(binary.get()).orElse(null);
                if (program != null) {
                    diskHits.incrementAndGet();
                }
            }
            if (program == null) {
                Compiled<P> compiled = compiler.compile();
                program = compiled.program();
                compilations.incrementAndGet();
                if (disk.writable()) {
                    byte[] bytes = compiled.binary().get();
                    if (bytes.length > 0) {
                        disk.store(key, bytes);
                    }
                }
            }
            buildNanos.addAndGet(System.nanoTime() - start);
            memory.put(key, program);
            return program;
        }
    }

    /** The programs held in memory. */
    public Iterable<P> programs() {
        return memory.values();
    }

    /** How many programs were compiled from source. */
    public long compilations() {
        return compilations.get();
    }

    /** How many programs were loaded from the disk cache. */
    public long diskHits() {
        return diskHits.get();
    }

    /** Total time spent compiling or loading programs, in nanoseconds. */
    public long buildNanos() {
        return buildNanos.get();
    }
}
