package io.jtensor.cuda;

import io.jtensor.backend.Backend;
import io.jtensor.kernels.KernelCache;
import io.jtensor.kernels.KernelKey;
import io.jtensor.kernels.KernelSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * A CUDA device simulated on the host, after Numba's CUDA simulator: the {@link CudaBackend}
 * itself (allocator, launches, reductions, transfers) runs unchanged, and the generated CUDA C++
 * programs, the very source NVRTC compiles, are compiled by the host's C++ compiler with
 * {@code simulator.h} standing in for the CUDA toolchain. Device memory is host memory between
 * guard pages; the "stream" runs each launch to completion; the threads of a block are fibers
 * switched at {@code __syncthreads()}.
 *
 * <p>What it checks: the CUDA dialect of every template, the backend's launch geometry and
 * arguments, its use of memory and the allocator (with a capacity, so out-of-memory paths run),
 * barrier use (a barrier that only part of a block reaches fails the launch; shared memory starts
 * each block poisoned and the thread order alternates, so a missing barrier shows), and memory
 * bounds (a kernel touching memory outside its allocations fails the launch, naming the address
 * and the allocation it missed, where the JVM's libjsig is preloaded; elsewhere the JVM stops with
 * SIGSEGV). With the caching allocator off ({@link #backend(boolean)}) every tensor is its own
 * allocation of exactly its size, so an access one element past a tensor is caught. What it cannot:
 * the GPU's math library (host libm is used: CUDA's documented bounds are looser), the driver,
 * NVRTC's code generation, memory models and timing. A simulator result is not a GPU result.
 *
 * <pre>{@code
 * Backend cuda = CudaSimulator.backend();   // needs g++ (or -Djtensor.cuda.simulator.cxx=..., JTENSOR_CXX)
 * }</pre>
 */
@SuppressWarnings("restricted")
public final class CudaSimulator implements CudaDriver {

    /** The backend's name. */
    public static final String NAME = "cuda-simulator";
    /** System property naming the host C++ compiler (default {@code g++}). */
    public static final String CXX_PROPERTY = "jtensor.cuda.simulator.cxx";
    /** Environment variable naming the host C++ compiler, read when {@value #CXX_PROPERTY} is not set. */
    public static final String CXX_ENVIRONMENT = "JTENSOR_CXX";
    /**
     * System property with extra compiler flags, split at spaces: {@code -fsanitize=undefined}
     * reports undefined behaviour in the kernels on standard error, and with
     * {@code -fno-sanitize-recover=undefined} (what CI uses) the JVM stops at the first case, which
     * fails the build. On a GPU such code has no defined result either.
     */
    public static final String FLAGS_PROPERTY = "jtensor.cuda.simulator.flags";
    /** Environment variable with the extra flags, read when {@value #FLAGS_PROPERTY} is not set. */
    public static final String FLAGS_ENVIRONMENT = "JTENSOR_CXXFLAGS";
    /** System property giving the simulated device memory in bytes (default 8 GiB). */
    public static final String MEMORY_PROPERTY = "jtensor.cuda.simulator.memory";

    private static final Linker LINKER = Linker.nativeLinker();
    private static final MethodHandle MMAP = LINKER.downcallHandle(LINKER.defaultLookup().find("mmap").orElseThrow(),
            FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_LONG));
    private static final MethodHandle MPROTECT = LINKER.downcallHandle(
            LINKER.defaultLookup().find("mprotect").orElseThrow(),
            FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG, JAVA_INT));
    private static final MethodHandle MUNMAP = LINKER.downcallHandle(LINKER.defaultLookup().find("munmap").orElseThrow(),
            FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG));
    /** Linux's values (x86-64 and aarch64 alike). */
    private static final int PROT_NONE = 0;
    private static final int PROT_READ_WRITE = 3;
    private static final int MAP_PRIVATE_ANONYMOUS_NORESERVE = 0x02 | 0x20 | 0x4000;
    private static final long PAGE = pageSize();

    private static long pageSize() {
        try {
            return (int) LINKER.downcallHandle(LINKER.defaultLookup().find("getpagesize").orElseThrow(),
                    FunctionDescriptor.of(JAVA_INT)).invokeExact();
        } catch (Throwable t) {
            throw new IllegalStateException("getpagesize", t);
        }
    }
    private static final FunctionDescriptor LAUNCH = FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT,
            JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS, ADDRESS);
    private static final List<String> OPTIONS = options();

    private static List<String> options() {
        List<String> options = new ArrayList<>(List.of("-std=c++17", "-O1", "-fPIC", "-shared", "-fvisibility=hidden",
                "-ffp-contract=off", "-fno-fast-math"));
        String extra = System.getProperty(FLAGS_PROPERTY, Objects.requireNonNullElse(System.getenv(FLAGS_ENVIRONMENT), ""))
                .trim();
        if (!extra.isEmpty()) {
            options.addAll(List.of(extra.split("\\s+")));
        }
        return List.copyOf(options);
    }

    /** A kernel: the program's launcher and the kernel's invoker. */
    private record Function(MethodHandle launch, MemorySegment invoke) {
    }

    private static final String HEADER = header();
    /**
     * Libraries built in this JVM, by key: every simulated device loads its own copy (its own
     * statics), but a program that another device here already compiled is not compiled again. The
     * test JVMs hold several devices (the registered backend, the conformance suite's, small ones)
     * and each used to run g++ for the same programs, with UBSan several seconds each.
     */
    private static final Map<KernelKey, byte[]> LIBRARIES = new ConcurrentHashMap<>();

    private final String compiler;
    private final String compilerVersion;
    private final long capacity;
    private final Path workDirectory;
    /** An allocation: its bytes, inside a mapping that has an inaccessible page at each end. */
    private record Allocation(long bytes, long mapping, long mappingBytes) {
    }

    private final Map<Long, Allocation> allocations = new HashMap<>();
    /**
     * Each allocation costs the process about two memory mappings, and Linux allows 65530 by default
     * ({@code vm.max_map_count}); past that even the JVM's own mmap fails and it stops.
     */
    private static final int LIVE_ALLOCATIONS_BEFORE_GC = 8192;
    private long allocated;
    private long allocationCount;
    /** Live allocations at which the next allocation asks for a garbage collection (see {@link #allocate}). */
    private int collectAt = LIVE_ALLOCATIONS_BEFORE_GC;
    private final java.util.concurrent.atomic.AtomicLong clearedBytes = new java.util.concurrent.atomic.AtomicLong();

    private CudaSimulator(String compiler, String compilerVersion, long capacity, Path workDirectory) {
        this.compiler = compiler;
        this.compilerVersion = compilerVersion;
        this.capacity = capacity;
        this.workDirectory = workDirectory;
    }

    /**
     * A CUDA backend on a simulated device of {@code capacity} bytes.
     *
     * @throws IllegalStateException when the host C++ compiler does not run, saying which was tried
     */
    public static Backend backend(long capacity) {
        return new CudaBackend(NAME, driver(capacity));
    }

    /**
     * A CUDA backend on a simulated device of {@value #MEMORY_PROPERTY} bytes (default 8 GiB) whose
     * allocator caches or not ({@link CudaBackend#CACHING_PROPERTY}): without caching every tensor
     * lies between guard pages of its own, so a kernel's access just past its bytes fails the
     * launch instead of passing unseen.
     */
    public static Backend backend(boolean caching) {
        return new CudaBackend(NAME, driver(configuredMemory()), caching);
    }

    /** The simulated device itself, for tests of the driver layer. */
    static CudaSimulator driver(long capacity) {
        String compiler = configuredCompiler().orElse("g++");
        String version = compilerVersion(compiler);
        try {
            Path work = Files.createTempDirectory("jtensor-cuda-simulator");
            work.toFile().deleteOnExit();
            return new CudaSimulator(compiler, version, capacity, work);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A CUDA backend on a simulated device with {@value #MEMORY_PROPERTY} bytes (default 8 GiB). */
    public static Backend backend() {
        return backend(configuredMemory());
    }

    private static long configuredMemory() {
        return Long.getLong(MEMORY_PROPERTY, 8L << 30);
    }

    /**
     * Why the simulator cannot run here, or empty when it can.
     *
     * @throws IllegalStateException when a compiler was configured ({@value #CXX_PROPERTY} or
     *                               {@value #CXX_ENVIRONMENT}, as CI does) but does not run: that is
     *                               a failure, not a reason to skip
     */
    public static Optional<String> unavailableReason() {
        Optional<String> configured = configuredCompiler();
        try {
            compilerVersion(configured.orElse("g++"));
            return Optional.empty();
        } catch (IllegalStateException e) {
            if (configured.isPresent()) {
                throw e;
            }
            return Optional.of(e.getMessage());
        }
    }

    /** The compiler named by {@value #CXX_PROPERTY} or {@value #CXX_ENVIRONMENT}, if any. */
    private static Optional<String> configuredCompiler() {
        String property = System.getProperty(CXX_PROPERTY);
        String environment = System.getenv(CXX_ENVIRONMENT);
        return Optional.ofNullable(property != null && !property.isBlank() ? property
                : environment != null && !environment.isBlank() ? environment : null);
    }

    private static String compilerVersion(String compiler) {
        try {
            Process process = new ProcessBuilder(compiler, "--version").redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("the host C++ compiler '" + compiler + "' failed: " + output);
            }
            return output.lines().findFirst().orElse(compiler);
        } catch (IOException e) {
            throw new IllegalStateException("no host C++ compiler '" + compiler + "' (set -D" + CXX_PROPERTY
                    + "=PATH or " + CXX_ENVIRONMENT + "): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + compiler, e);
        }
    }

    @Override
    public String description() {
        return String.format(Locale.ROOT, "CUDA simulator on the host (%.1f GiB, kernels by %s)",
                capacity / (double) (1L << 30), compilerVersion);
    }

    @Override
    public void makeCurrent() {
    }

    /**
     * Device memory between two inaccessible pages, so a kernel that reads or writes past its
     * allocation stops the process with SIGSEGV (on a GPU: an illegal-address error, or silently
     * another tensor's data). Allocations alternate between ending at the upper guard page (start
     * aligned to 8 bytes, the largest element) and starting just after the lower one, so overruns
     * and underruns are both caught. With the backend's caching allocator the allocation is the
     * block's size class; with caching off ({@link #backend(boolean)}) it is the tensor's.
     * New memory is filled with all-one bits, not zeros.
     */
    @Override
    public synchronized long allocate(long bytes) throws OutOfDeviceMemory {
        if (allocations.size() >= collectAt) {
            // tensors a test dropped without close() are freed by their Cleaner only after a garbage
            // collection, which a small heap rarely needs: ask for one before the mappings run out
            System.gc();
            collectAt = allocations.size() + LIVE_ALLOCATIONS_BEFORE_GC / 2;
        }
        if (bytes > capacity - allocated) {
            throw new OutOfDeviceMemory("simulated device: " + bytes + " bytes asked, " + (capacity - allocated)
                    + " free");
        }
        long pages = (bytes + PAGE - 1) / PAGE * PAGE;
        long mappingBytes = pages + 2 * PAGE;
        long mapping;
        try {
            mapping = (long) MMAP.invokeExact(0L, mappingBytes, PROT_NONE, MAP_PRIVATE_ANONYMOUS_NORESERVE, -1, 0L);
            if (mapping == -1) {
                throw new OutOfDeviceMemory("simulated device: host mmap of " + mappingBytes + " bytes failed");
            }
            if ((int) MPROTECT.invokeExact(mapping + PAGE, pages, PROT_READ_WRITE) != 0) {
                int ignored = (int) MUNMAP.invokeExact(mapping, mappingBytes);
                throw new OutOfDeviceMemory("simulated device: host mprotect of " + pages + " bytes failed");
            }
        } catch (OutOfDeviceMemory e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("mmap", t);
        }
        long address = allocationCount++ % 2 == 0 ? (mapping + PAGE + pages - bytes) & ~7L : mapping + PAGE;
        // cuMemAlloc's memory holds whatever was there: a kernel that reads before writing sees NaN or -1
        device(address, bytes).fill((byte) 0xFF);
        allocations.put(address, new Allocation(bytes, mapping, mappingBytes));
        allocated += bytes;
        return address;
    }

    /** Takes {@code bytes} of the simulated device, as another process using the GPU would. */
    synchronized void occupy(long bytes) {
        allocated += bytes;
    }

    @Override
    public synchronized void free(long address) {
        Allocation allocation = allocations.remove(address);
        if (allocation == null) {
            throw new IllegalStateException("simulated device: free of " + address + ", which is not allocated");
        }
        allocated -= allocation.bytes();
        if (allocations.size() < LIVE_ALLOCATIONS_BEFORE_GC / 2) {
            collectAt = LIVE_ALLOCATIONS_BEFORE_GC;
        }
        try {
            if ((int) MUNMAP.invokeExact(allocation.mapping(), allocation.mappingBytes()) != 0) {
                throw new IllegalStateException("simulated device: munmap failed");
            }
        } catch (Throwable t) {
            throw new IllegalStateException("munmap", t);
        }
    }

    @Override
    public synchronized long freeBytes() {
        return capacity - allocated;
    }

    @Override
    public long totalBytes() {
        return capacity;
    }

    @Override
    public void clear(long address, long bytes) {
        clearedBytes.addAndGet(bytes);
        device(address, bytes).fill((byte) 0);
    }

    /** Bytes zeroed by {@link #clear} so far: the fills a GPU would spend memory traffic on. */
    long clearedBytes() {
        return clearedBytes.get();
    }

    @Override
    public void copyToDevice(long address, MemorySegment host) {
        device(address, host.byteSize()).copyFrom(host);
    }

    @Override
    public void copyToDevice(long address, long[] values) {
        device(address, (long) values.length * Long.BYTES).copyFrom(MemorySegment.ofArray(values));
    }

    @Override
    public void copyToHost(MemorySegment host, long address) {
        host.copyFrom(device(address, host.byteSize()));
    }

    @Override
    public void synchronize() {
    }

    @Override
    public KernelKey key(KernelSource source) {
        return KernelKey.of(NAME, HEADER + source.source(), String.join(" ", OPTIONS), compilerVersion);
    }

    @Override
    public KernelCache.Compiler<CudaModule> compiler(KernelSource source) {
        return new KernelCache.Compiler<>() {
            @Override
            public KernelCache.Compiled<CudaModule> compile() throws Exception {
                KernelKey key = key(source);
                byte[] built = LIBRARIES.get(key);
                if (built == null) {
                    built = build(source);
                    LIBRARIES.putIfAbsent(key, built);
                }
                byte[] library = built;
                return new KernelCache.Compiled<>(CudaSimulator.this.load(source, library), () -> library);
            }

            @Override
            public Optional<CudaModule> load(byte[] binary) {
                return Optional.of(CudaSimulator.this.load(source, binary));
            }
        };
    }

    @Override
    public void launch(String op, Object function, long[] blocks, int[] threads, long[] values, int[] sizes) {
        Function kernel = (Function) function;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment slots = arena.allocate(8L * Math.max(1, values.length), 8);
            MemorySegment pointers = arena.allocate(ADDRESS, Math.max(1, values.length));
            for (int i = 0; i < values.length; i++) {
                MemorySegment slot = slots.asSlice(8L * i, 8);
                switch (sizes[i]) {
                    case 8 -> slot.set(JAVA_LONG, 0, values[i]);
                    case 4 -> slot.set(JAVA_INT, 0, (int) values[i]);
                    case 1 -> slot.set(JAVA_BYTE, 0, (byte) values[i]);
                    default -> throw new IllegalArgumentException(op + ": kernel argument " + i + " has size " + sizes[i]);
                }
                pointers.setAtIndex(ADDRESS, i, slot);
            }
            MemorySegment fault = arena.allocate(ADDRESS);
            int status = (int) kernel.launch().invokeExact(kernel.invoke(), (int) blocks[0], (int) blocks[1],
                    (int) blocks[2], threads[0], threads[1], threads[2], pointers, fault);
            if (status != 0) {
                throw new CudaException(op + ": simulated launch failed: " + switch (status) {
                    case 1 -> "the threads of a block disagreed on a __syncthreads() (some waited, others had returned)";
                    case 3 -> "a thread touched memory outside the device buffers: "
                            + describeFault(fault.get(ADDRESS, 0).address());
                    default -> "no memory for " + threads[0] * threads[1] * threads[2] + " thread stacks";
                }, status);
            }
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(op + ": simulated launch", t);
        }
    }

    /** Where {@code address} lies relative to the allocation whose guard page it is in. */
    private synchronized String describeFault(long address) {
        for (Map.Entry<Long, Allocation> entry : allocations.entrySet()) {
            long start = entry.getKey();
            Allocation allocation = entry.getValue();
            if (address >= allocation.mapping() && address < allocation.mapping() + allocation.mappingBytes()) {
                long end = start + allocation.bytes();
                return String.format(Locale.ROOT, "address 0x%x, %s a %,d-byte allocation at 0x%x", address,
                        address >= end ? String.format(Locale.ROOT, "%,d bytes past the end of", address - end)
                                : String.format(Locale.ROOT, "%,d bytes before the start of", start - address),
                        allocation.bytes(), start);
            }
        }
        return String.format(Locale.ROOT, "address 0x%x, next to no allocation", address);
    }

    private static MemorySegment device(long address, long bytes) {
        return MemorySegment.ofAddress(address).reinterpret(bytes);
    }

    /** Compiles {@code source} with the simulator header and a trampoline per kernel to a shared library. */
    private byte[] build(KernelSource source) throws IOException, InterruptedException {
        StringBuilder program = new StringBuilder(HEADER).append('\n').append(source.source()).append('\n');
        for (String name : source.kernelNames()) {
            program.append("JT_SIM_EXPORT void jt_sim_invoke_").append(name).append("(void** args) { jt_sim::apply(&")
                    .append(name).append(", args); }\n");
        }
        Path directory = Files.createTempDirectory(workDirectory, "build");
        Path file = directory.resolve("program.cpp");
        Path library = directory.resolve("program.so");
        Files.writeString(file, program);
        List<String> command = new ArrayList<>(List.of(compiler));
        command.addAll(OPTIONS);
        command.addAll(List.of("-o", library.toString(), file.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(600, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new CudaException("simulator: " + compiler + " could not compile '" + source.description() + "' ("
                    + file + "):\n" + log, 0);
        }
        byte[] bytes = Files.readAllBytes(library);
        Files.delete(library);
        Files.delete(file);
        Files.delete(directory);
        return bytes;
    }

    private CudaModule load(KernelSource source, byte[] library) {
        try {
            Path file = Files.createTempFile(workDirectory, "module", ".so");
            Files.write(file, library);
            SymbolLookup symbols = SymbolLookup.libraryLookup(file, Arena.global());
            Files.delete(file);   // the loaded library stays mapped
            MethodHandle launch = LINKER.downcallHandle(symbols.find("jt_sim_launch").orElseThrow(), LAUNCH);
            Map<String, Object> functions = new HashMap<>();
            for (String name : source.kernelNames()) {
                functions.put(name, new Function(launch, symbols.find("jt_sim_invoke_" + name).orElseThrow(
                        () -> new IllegalStateException("simulated module lacks kernel " + name))));
            }
            return new CudaModule(file, Map.copyOf(functions));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The simulator's runtime header, which the compiled library contains (so it is part of the cache key). */
    private static String header() {
        try (InputStream in = CudaSimulator.class.getResourceAsStream("simulator.h")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
