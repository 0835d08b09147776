package io.jtensor.cpu;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * Per-thread native scratch memory for kernels that stage data between reading and writing it
 * (the tiled and masked map paths). Native, like every storage, so the vectorised loops that read
 * it stay monomorphic in their segment type. Each thread's block grows on demand and is freed
 * with the thread.
 */
final class ScratchMemory {

    private static final ThreadLocal<MemorySegment> BLOCKS = ThreadLocal.withInitial(() -> MemorySegment.NULL);

    private ScratchMemory() {
    }

    /**
     * At least {@code bytes} bytes, 64-byte aligned, contents undefined; valid on the calling
     * thread until its next call.
     */
    static MemorySegment get(long bytes) {
        MemorySegment block = BLOCKS.get();
        if (block.byteSize() < bytes) {
            block = Arena.ofAuto().allocate(Math.max(bytes, 2 * block.byteSize()), 64);
            BLOCKS.set(block);
        }
        return block;
    }
}
