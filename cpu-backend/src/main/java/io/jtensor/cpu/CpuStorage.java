package io.jtensor.cpu;

import io.jtensor.DType;
import io.jtensor.backend.CollectionNudge;
import io.jtensor.backend.Storage;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.channels.FileChannel;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A block of off-heap memory: in its own shared arena (freed by {@link #release()}, or kept a while
 * by {@link LargeBlockCache} for the next allocation of that size), or, below {@link #POOL_LIMIT}
 * bytes, a block recycled by {@link BlockPool}, because closing a shared arena is comparatively
 * slow. All storages are native segments, so the kernels' memory accesses stay monomorphic.
 *
 * <p>A fresh large block comes from the C library ({@link NativeMemory}), not zero-filled, and is
 * bound to its arena, so that an access after release still throws rather than reaching freed
 * memory; {@code -Djtensor.cpu.allocator=arena} takes it zero-filled from {@link Arena#allocate}
 * instead. A large block of {@link #allocate} (fresh or reused) is zeroed on first access through
 * {@link #segment()}, not when it is allocated: a kernel that writes every byte of a fresh result
 * asks for {@link #segmentForOverwrite()} instead and the zeroing, a full extra pass over the
 * memory, never happens. A block of {@link #allocateUninitialized} is never zeroed. Before a large
 * allocation, {@link CollectionNudge} may run a garbage collection so that the blocks of tensors
 * nobody closed come back to the cache.
 *
 * <p>A storage of {@link #mapped} is a file's pages in an arena of its own: released, it is unmapped
 * (it never goes to the pool or the cache, and does not count in {@link #bytesInUse()}).
 */
public final class CpuStorage implements Storage {

    /** Allocations of at most this many bytes come from the block pool. */
    public static final long POOL_LIMIT = 1L << BlockPool.MAX_SHIFT;

    private static final long ALIGNMENT = 64;

    /** Bytes of every storage not yet released (pooled blocks count while a tensor holds them). */
    private static final AtomicLong IN_USE = new AtomicLong();
    /** Collects before a large allocation once the bytes in use have grown by {@code jtensor.cpu.gcNudgeBytes}. */
    static final CollectionNudge NUDGE = new CollectionNudge("jtensor.cpu.gcNudgeBytes");

    private static final boolean POISON = Boolean.getBoolean("jtensor.cpu.poisonUninitialized");

    private final MemorySegment segment;
    private final LargeBlockCache.Block large;
    private final MemorySegment block;
    private final int blockShift;
    /** The arena of a file mapping, closed (unmapping it) on release; null for memory. */
    private final Arena mapping;
    private final AtomicBoolean released = new AtomicBoolean();
    /** True while a large block meant to read as zeros may still hold other bytes (zeroed on first access). */
    private volatile boolean stale;

    private CpuStorage(MemorySegment segment, LargeBlockCache.Block large, MemorySegment block, int blockShift) {
        this(segment, large, block, blockShift, null);
    }

    private CpuStorage(MemorySegment segment, LargeBlockCache.Block large, MemorySegment block, int blockShift,
                       Arena mapping) {
        this.segment = segment;
        this.large = large;
        this.block = block;
        this.blockShift = blockShift;
        this.mapping = mapping;
    }

    /**
     * {@code bytes} bytes of {@code file} from {@code offset} mapped in {@code mode} into a shared
     * arena of their own ({@link FileChannel#map(FileChannel.MapMode, long, long, Arena)}); a
     * read-only mapping refuses writes. Released, the mapping is unmapped.
     *
     * @throws IOException when the operating system refuses the mapping
     */
    static CpuStorage mapped(FileChannel file, FileChannel.MapMode mode, long offset, long bytes) throws IOException {
        Arena arena = Arena.ofShared();
        try {
            return new CpuStorage(file.map(mode, offset, bytes, arena), null, null, 0, arena);
        } catch (IOException | RuntimeException | Error e) {
            arena.close();
            throw e;
        }
    }

    /**
     * Allocates zero-filled memory for {@code elements} elements of {@code dtype} (a large block is
     * zeroed lazily, by the first {@link #segment()}).
     *
     * @throws IllegalArgumentException if {@code elements} is negative or the size overflows
     * @throws OutOfMemoryError         when the machine has no room
     */
    public static CpuStorage allocate(DType dtype, long elements) {
        return allocate(dtype, elements, true);
    }

    /**
     * Allocates memory of undefined contents for {@code elements} elements of {@code dtype}, for a
     * result that the next operation writes whole ({@link io.jtensor.backend.Backend#allocateUninitialized}):
     * neither a fresh nor a reused block is zeroed. With {@code -Djtensor.cpu.allocator=arena} it
     * is zero-filled as {@link #allocate} (the behaviour before the C library allocator was used);
     * with {@code -Djtensor.cpu.poisonUninitialized=true} every byte is 0xFF (NaN, -1), so that a
     * test finds an operation that reads such memory before writing it.
     *
     * @throws IllegalArgumentException if {@code elements} is negative or the size overflows
     * @throws OutOfMemoryError         when the machine has no room
     */
    public static CpuStorage allocateUninitialized(DType dtype, long elements) {
        if (arenaAllocator()) {
            return allocate(dtype, elements, true);
        }
        CpuStorage storage = allocate(dtype, elements, false);
        if (POISON) {
            storage.segment.fill((byte) 0xFF);
        }
        return storage;
    }

    private static CpuStorage allocate(DType dtype, long elements, boolean zeroed) {
        if (elements < 0) {
            throw new IllegalArgumentException("negative element count " + elements);
        }
        long bytes = Math.multiplyExact(elements, (long) dtype.byteSize());
        if (bytes <= POOL_LIMIT) {
            int shift = BlockPool.shiftFor(bytes);
            MemorySegment block = BlockPool.take(shift, zeroed);
            IN_USE.addAndGet(bytes);
            return new CpuStorage(block.asSlice(0, bytes), null, block, shift);
        }
        NUDGE.beforeAllocating(IN_USE.get() + bytes);
        LargeBlockCache.Block reused = LargeBlockCache.take(bytes);
        if (reused != null) {
            IN_USE.addAndGet(bytes);
            CpuStorage storage = new CpuStorage(reused.memory().asSlice(0, bytes), reused, null, 0);
            storage.stale = zeroed;
            return storage;
        }
        boolean fromLibc = !arenaAllocator() && NativeMemory.available();
        Arena arena = Arena.ofShared();
        try {
            MemorySegment memory = fromLibc ? NativeMemory.allocate(bytes, ALIGNMENT, arena)
                    : arena.allocate(bytes, ALIGNMENT);
            IN_USE.addAndGet(bytes);
            CpuStorage storage = new CpuStorage(memory, new LargeBlockCache.Block(arena, memory), null, 0);
            storage.stale = zeroed && fromLibc;
            return storage;
        } catch (RuntimeException | Error e) {
            arena.close();
            throw e;
        }
    }

    /** True under {@code -Djtensor.cpu.allocator=arena}; read on every allocation, so that a benchmark may switch. */
    private static boolean arenaAllocator() {
        return "arena".equals(System.getProperty("jtensor.cpu.allocator"));
    }

    /**
     * The memory: zero-filled until written, unless it came from {@link #allocateUninitialized}.
     *
     * @throws IllegalStateException after {@link #release()}
     */
    public MemorySegment segment() {
        checkLive();
        if (stale) {
            zeroStale();
        }
        return segment;
    }

    /**
     * The memory for a caller that is about to write every byte of it (its current contents may
     * be garbage: a reused block is not zeroed first).
     *
     * @throws IllegalStateException after {@link #release()}
     */
    MemorySegment segmentForOverwrite() {
        checkLive();
        stale = false;
        return segment;
    }

    private void checkLive() {
        if (released.get()) {
            throw new IllegalStateException("the memory of this tensor was already released");
        }
    }

    private synchronized void zeroStale() {
        if (stale) {
            segment.fill((byte) 0);
            stale = false;
        }
    }

    @Override
    public long byteSize() {
        return segment.byteSize();
    }

    /**
     * Frees the memory at once (a pooled block goes back to the pool); safe to call more than once
     * and from any thread.
     */
    @Override
    public void release() {
        if (released.compareAndSet(false, true)) {
            if (mapping != null) {
                mapping.close();
                return;
            }
            long inUse = IN_USE.addAndGet(-segment.byteSize());
            if (large != null) {
                LargeBlockCache.give(large);
                NUDGE.released(inUse);
            } else {
                BlockPool.give(block, blockShift);
            }
        }
    }

    /** Bytes of all storages allocated and not yet released, in this JVM. */
    public static long bytesInUse() {
        return IN_USE.get();
    }

    /** True once {@link #release()} has been called. */
    public boolean isReleased() {
        return released.get();
    }

    @Override
    public String toString() {
        return "CpuStorage(" + segment.byteSize() + " bytes, " + (mapping != null ? "mapped file" : large == null ? "pooled" : "arena")
                + (released.get() ? ", released" : "") + ")";
    }
}
