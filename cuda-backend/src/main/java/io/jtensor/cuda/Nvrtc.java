package io.jtensor.cuda;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * NVRTC, the CUDA run-time compiler, called through the Foreign Function &amp; Memory API.
 *
 * <p>JCuda's own NVRTC binding links {@code libnvrtc.so.12} and fails on CUDA 13, so jtensor binds
 * the dozen C functions it needs itself. The builtins library of the same folder is loaded first:
 * NVRTC 13 opens it by its soname at compile time and, outside the dynamic linker's search path,
 * would not find it otherwise.
 *
 * <pre>{@code
 * Nvrtc nvrtc = Nvrtc.load(NvrtcLocator.fromSystem().locate());
 * Nvrtc.Output cubin = nvrtc.compile("map float32", source, List.of("-arch=sm_90"));
 * }</pre>
 *
 * <p>Thread-safe: NVRTC programs are independent, and each call uses its own native memory.
 */
// Binding a native library is what the FFM API calls restricted; the JVM runs with
// --enable-native-access=ALL-UNNAMED (root pom's jtensor.jvm.args).
@SuppressWarnings("restricted")
public final class Nvrtc {

    /**
     * What NVRTC produced.
     *
     * @param binary the cubin (an ELF image) or the PTX text with its terminating NUL
     * @param cubin  whether {@code binary} is cubin
     * @param log    NVRTC's log (warnings), empty when there were none
     */
    public record Output(byte[] binary, boolean cubin, String log) {
    }

    private static final Linker LINKER = Linker.nativeLinker();

    private final NvrtcLocator.Found found;
    private final MethodHandle version;
    private final MethodHandle numSupportedArchs;
    private final MethodHandle supportedArchs;
    private final MethodHandle createProgram;
    private final MethodHandle compileProgram;
    private final MethodHandle destroyProgram;
    private final MethodHandle logSize;
    private final MethodHandle log;
    private final MethodHandle cubinSize;
    private final MethodHandle cubin;
    private final MethodHandle ptxSize;
    private final MethodHandle ptx;
    private final MethodHandle errorString;

    private Nvrtc(NvrtcLocator.Found found, SymbolLookup library) {
        this.found = found;
        FunctionDescriptor intPtrPtr = FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS);
        FunctionDescriptor intPtr = FunctionDescriptor.of(JAVA_INT, ADDRESS);
        this.version = bind(library, "nvrtcVersion", intPtrPtr);
        this.numSupportedArchs = bind(library, "nvrtcGetNumSupportedArchs", intPtr);
        this.supportedArchs = bind(library, "nvrtcGetSupportedArchs", intPtr);
        this.createProgram = bind(library, "nvrtcCreateProgram",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS, JAVA_INT, ADDRESS, ADDRESS));
        this.compileProgram = bind(library, "nvrtcCompileProgram",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, ADDRESS));
        this.destroyProgram = bind(library, "nvrtcDestroyProgram", intPtr);
        this.logSize = bind(library, "nvrtcGetProgramLogSize", intPtrPtr);
        this.log = bind(library, "nvrtcGetProgramLog", intPtrPtr);
        this.cubinSize = bind(library, "nvrtcGetCUBINSize", intPtrPtr);
        this.cubin = bind(library, "nvrtcGetCUBIN", intPtrPtr);
        this.ptxSize = bind(library, "nvrtcGetPTXSize", intPtrPtr);
        this.ptx = bind(library, "nvrtcGetPTX", intPtrPtr);
        this.errorString = bind(library, "nvrtcGetErrorString", FunctionDescriptor.of(ADDRESS, JAVA_INT));
    }

    /**
     * Loads NVRTC from where the locator found it (builtins first). The libraries stay loaded for the
     * life of the JVM.
     *
     * @throws IllegalStateException when a library cannot be loaded or lacks a function, naming the file
     */
    public static Nvrtc load(NvrtcLocator.Found found) {
        try {
            found.builtins().ifPresent(builtins -> SymbolLookup.libraryLookup(builtins, Arena.global()));
            return new Nvrtc(found, SymbolLookup.libraryLookup(found.library(), Arena.global()));
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new IllegalStateException("cannot load NVRTC from " + found.library()
                    + found.builtins().map(b -> " (builtins " + b + ")").orElse(" (no libnvrtc-builtins beside it)")
                    + ": " + e.getMessage(), e);
        }
    }

    /** Where the library was loaded from. */
    public NvrtcLocator.Found location() {
        return found;
    }

    /** NVRTC's version as {major, minor}, e.g. {13, 0}. */
    public int[] version() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment major = arena.allocate(JAVA_INT);
            MemorySegment minor = arena.allocate(JAVA_INT);
            check("nvrtcVersion", (int) version.invokeExact(major, minor));
            return new int[] {major.get(JAVA_INT, 0), minor.get(JAVA_INT, 0)};
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** The real architectures NVRTC can emit cubin for, as SM numbers (75, 80, ..., 90, 100, ...), ascending. */
    public int[] supportedArchitectures() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment count = arena.allocate(JAVA_INT);
            check("nvrtcGetNumSupportedArchs", (int) numSupportedArchs.invokeExact(count));
            int n = count.get(JAVA_INT, 0);
            MemorySegment archs = arena.allocate(JAVA_INT, Math.max(1, n));
            check("nvrtcGetSupportedArchs", (int) supportedArchs.invokeExact(archs));
            int[] result = archs.asSlice(0, (long) n * Integer.BYTES).toArray(JAVA_INT);
            Arrays.sort(result);
            return result;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /**
     * Compiles {@code source} with {@code options}; an {@code -arch=sm_XX} option gives cubin, an
     * {@code -arch=compute_XX} one PTX.
     *
     * @param name what the program is, for the log and errors
     * @throws NvrtcException with NVRTC's log when compilation fails
     */
    public Output compile(String name, String source, List<String> options) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment programHolder = arena.allocate(ADDRESS);
            check("nvrtcCreateProgram", (int) createProgram.invokeExact(programHolder, arena.allocateFrom(source),
                    arena.allocateFrom(name.replace(' ', '_') + ".cu"), 0, MemorySegment.NULL, MemorySegment.NULL));
            MemorySegment program = programHolder.get(ADDRESS, 0);
            try {
                MemorySegment optionArray = arena.allocate(ADDRESS, Math.max(1, options.size()));
                for (int i = 0; i < options.size(); i++) {
                    optionArray.setAtIndex(ADDRESS, i, arena.allocateFrom(options.get(i)));
                }
                int result = (int) compileProgram.invokeExact(program, options.size(), optionArray);
                String text = read(arena, program, logSize, log).trim();
                if (result != 0) {
                    throw new NvrtcException("NVRTC (" + found.library() + ") failed to compile '" + name + "' with "
                            + options + ": " + errorName(result) + "\n" + text);
                }
                boolean isCubin = options.stream().anyMatch(o -> o.startsWith("-arch=sm_") || o.startsWith("--gpu-architecture=sm_"));
                byte[] binary = isCubin ? readBytes(arena, program, cubinSize, cubin)
                        : readBytes(arena, program, ptxSize, ptx);
                return new Output(binary, isCubin, text);
            } finally {
                int ignored = (int) destroyProgram.invokeExact(programHolder);
            }
        } catch (NvrtcException e) {
            throw e;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    private static String read(Arena arena, MemorySegment program, MethodHandle size, MethodHandle get)
            throws Throwable {
        byte[] bytes = readBytes(arena, program, size, get);
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] == 0) {
            end--;
        }
        return new String(bytes, 0, end, StandardCharsets.UTF_8);
    }

    private static byte[] readBytes(Arena arena, MemorySegment program, MethodHandle size, MethodHandle get)
            throws Throwable {
        MemorySegment length = arena.allocate(JAVA_LONG);
        int status = (int) size.invokeExact(program, length);
        if (status != 0) {
            throw new NvrtcException("NVRTC: reading a compiled program's output failed with status " + status);
        }
        long n = length.get(JAVA_LONG, 0);
        if (n <= 0) {
            return new byte[0];
        }
        MemorySegment buffer = arena.allocate(n);
        status = (int) get.invokeExact(program, buffer);
        if (status != 0) {
            throw new NvrtcException("NVRTC: reading a compiled program's output failed with status " + status);
        }
        return buffer.toArray(ValueLayout.JAVA_BYTE);
    }

    private void check(String function, int status) {
        if (status != 0) {
            throw new NvrtcException(function + " failed: " + errorName(status) + " (NVRTC " + found.library() + ")");
        }
    }

    private String errorName(int status) {
        try {
            MemorySegment text = (MemorySegment) errorString.invokeExact(status);
            return text.reinterpret(256).getString(0) + " (" + status + ")";
        } catch (Throwable t) {
            return "status " + status;
        }
    }

    private static MethodHandle bind(SymbolLookup library, String function, FunctionDescriptor descriptor) {
        MemorySegment symbol = library.find(function).orElseThrow(
                () -> new IllegalStateException("the NVRTC library has no function " + function));
        return LINKER.downcallHandle(symbol, descriptor);
    }

    private static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException e) {
            return e;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(t);
    }
}
