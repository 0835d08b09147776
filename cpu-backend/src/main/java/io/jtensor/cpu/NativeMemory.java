package io.jtensor.cpu;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Optional;

/**
 * Large blocks from the C library's {@code aligned_alloc}, not zero-filled, freed by {@code free}
 * when the arena they are bound to is closed.
 *
 * <p>{@link Arena#allocate} zero-fills every block it returns, a full pass over the memory before
 * the kernel that produces a result writes it again; for a fresh result the pass is also where
 * the operating system maps the pages. A block bound to its own shared arena this way keeps what
 * the arena gives: any access after the arena is closed throws {@link IllegalStateException}
 * instead of reaching freed memory.
 *
 * <p>Unavailable (and {@link Arena#allocate} used instead) where the C library has no
 * {@code aligned_alloc} (Windows) or where this module may not call native code (the JVM runs
 * without {@code --enable-native-access} for it): the JVM would then print a warning on first use.
 */
final class NativeMemory {

    private static final MethodHandle ALIGNED_ALLOC;
    private static final MethodHandle FREE;

    static {
        MethodHandle alignedAlloc = null;
        MethodHandle free = null;
        if (NativeMemory.class.getModule().isNativeAccessEnabled()) {
            Linker linker = Linker.nativeLinker();
            SymbolLookup libc = linker.defaultLookup();
            Optional<MemorySegment> allocSymbol = libc.find("aligned_alloc");
            Optional<MemorySegment> freeSymbol = libc.find("free");
            if (allocSymbol.isPresent() && freeSymbol.isPresent()) {
                alignedAlloc = linker.downcallHandle(allocSymbol.get(),
                        FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG));
                free = linker.downcallHandle(freeSymbol.get(), FunctionDescriptor.ofVoid(ValueLayout.ADDRESS));
            }
        }
        ALIGNED_ALLOC = alignedAlloc;
        FREE = free;
    }

    private NativeMemory() {
    }

    /** Whether {@link #allocate} can be used in this JVM. */
    static boolean available() {
        return ALIGNED_ALLOC != null;
    }

    /**
     * {@code bytes} bytes of undefined contents aligned to {@code alignment} (a power of two),
     * freed when {@code arena} is closed.
     *
     * @throws OutOfMemoryError when the C library has no room
     * @throws IllegalStateException when {@link #available()} is false
     */
    static MemorySegment allocate(long bytes, long alignment, Arena arena) {
        if (!available()) {
            throw new IllegalStateException("the C library allocator is not available in this JVM");
        }
        // C11 wants the size to be a multiple of the alignment
        long rounded = Math.max(alignment, (bytes + alignment - 1) & -alignment);
        MemorySegment address;
        try {
            address = (MemorySegment) ALIGNED_ALLOC.invokeExact(alignment, rounded);
        } catch (Throwable e) {
            throw new IllegalStateException("aligned_alloc failed", e);
        }
        if (address.address() == 0) {
            throw new OutOfMemoryError("allocate: the C library could not allocate " + rounded + " bytes");
        }
        return address.reinterpret(bytes, arena, NativeMemory::free);
    }

    private static void free(MemorySegment address) {
        try {
            FREE.invokeExact(address);
        } catch (Throwable e) {
            throw new IllegalStateException("free failed", e);
        }
    }
}
