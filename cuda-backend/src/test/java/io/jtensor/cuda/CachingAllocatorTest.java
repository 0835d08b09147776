package io.jtensor.cuda;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pool's size classes, reuse, accounting and out-of-memory path, on a fake device. */
class CachingAllocatorTest {

    /** A device of {@code capacity} bytes that hands out increasing addresses and records calls. */
    private static final class FakeDevice implements DeviceMemory {
        final long capacity;
        long used;
        long next = 0x1000_0000L;
        final List<Long> allocations = new ArrayList<>();
        final List<Long> frees = new ArrayList<>();
        final java.util.Map<Long, Long> sizes = new java.util.HashMap<>();

        FakeDevice(long capacity) {
            this.capacity = capacity;
        }

        @Override
        public long allocate(long bytes) throws OutOfDeviceMemory {
            if (used + bytes > capacity) {
                throw new OutOfDeviceMemory("fake out of memory");
            }
            used += bytes;
            allocations.add(bytes);
            long address = next;
            next += bytes;
            sizes.put(address, bytes);
            return address;
        }

        @Override
        public void free(long address) {
            frees.add(address);
            used -= sizes.remove(address);
        }

        @Override
        public long freeBytes() {
            return capacity - used;
        }

        @Override
        public long totalBytes() {
            return capacity;
        }
    }

    @Test
    void smallRequestsRoundUpToMultiplesOf512() {
        assertEquals(512, CachingAllocator.sizeClass(0));
        assertEquals(512, CachingAllocator.sizeClass(1));
        assertEquals(512, CachingAllocator.sizeClass(512));
        assertEquals(1024, CachingAllocator.sizeClass(513));
        assertEquals(1 << 20, CachingAllocator.sizeClass((1 << 20) - 1));
        assertEquals(1 << 20, CachingAllocator.sizeClass(1 << 20));
    }

    @Test
    void largeRequestsTakeOneOfEightClassesPerDoubling() {
        long mib = 1 << 20;
        assertEquals(mib + mib / 8, CachingAllocator.sizeClass(mib + 1));
        assertEquals(2 * mib, CachingAllocator.sizeClass(2 * mib));
        assertEquals(2 * mib + mib / 4, CachingAllocator.sizeClass(2 * mib + 1));
        assertEquals(3L << 30, CachingAllocator.sizeClass(3L << 30));
        assertEquals((4L << 30) + (512L << 20), CachingAllocator.sizeClass((4L << 30) + 1));
    }

    @Test
    void classesAreMonotoneAndWasteAtMostAnEighthAboveTheSmallLimit() {
        long previous = 0;
        for (long bytes = 1; bytes < (1L << 34); bytes = bytes * 3 / 2 + 7) {
            long size = CachingAllocator.sizeClass(bytes);
            assertTrue(size >= bytes, "class " + size + " < request " + bytes);
            assertTrue(size >= previous, "classes must not shrink: " + bytes + " -> " + size);
            if (bytes > CachingAllocator.SMALL_LIMIT) {
                assertTrue(size - bytes <= size / 8, "waste of " + (size - bytes) + " on " + bytes);
            }
            previous = size;
        }
    }

    @Test
    void aReleasedBlockIsReusedForTheSameClassWithoutADriverCall() {
        FakeDevice device = new FakeDevice(1 << 30);
        CachingAllocator pool = new CachingAllocator(device, true);
        CachingAllocator.Block first = pool.allocate(1000, "test");
        assertEquals(1024, first.classBytes());
        assertEquals(1024, pool.bytesInUse());
        pool.release(first);
        assertEquals(0, pool.bytesInUse());
        assertEquals(1024, pool.bytesCached());
        CachingAllocator.Block second = pool.allocate(600, "test");
        assertEquals(first.address(), second.address());
        assertEquals(List.of(1024L), device.allocations);
        assertEquals(0, pool.bytesCached());
        CachingAllocator.Block other = pool.allocate(5000, "test");
        assertNotEquals(first.address(), other.address());
        assertEquals(List.of(1024L, 5120L), device.allocations);
        assertEquals(1024 + 5120, pool.bytesInUse());
    }

    @Test
    void emptyCacheFreesOnlyCachedBlocks() {
        FakeDevice device = new FakeDevice(1 << 30);
        CachingAllocator pool = new CachingAllocator(device, true);
        CachingAllocator.Block kept = pool.allocate(100, "test");
        CachingAllocator.Block a = pool.allocate(100, "test");
        CachingAllocator.Block b = pool.allocate(2 << 20, "test");
        pool.release(a);
        pool.release(b);
        pool.emptyCache();
        assertEquals(Set.of(a.address(), b.address()), new HashSet<>(device.frees));
        assertEquals(0, pool.bytesCached());
        assertEquals(kept.classBytes(), pool.bytesInUse());
        assertEquals(512, device.used);
    }

    @Test
    void outOfMemoryFreesTheCacheAndRetriesOnce() {
        FakeDevice device = new FakeDevice(4 << 20);
        CachingAllocator pool = new CachingAllocator(device, true);
        pool.release(pool.allocate(3 << 20, "test"));
        CachingAllocator.Block big = pool.allocate(2 << 20, "test");
        assertEquals(2 << 20, big.classBytes());
        assertEquals(1, device.frees.size(), "the cached 3 MiB block was freed to make room");
        assertEquals(0, pool.bytesCached());
    }

    @Test
    void outOfMemoryAfterTheRetryNamesTheOpAndTheBytes() {
        FakeDevice device = new FakeDevice(4 << 20);
        CachingAllocator pool = new CachingAllocator(device, true);
        pool.allocate(3 << 20, "test");
        CudaOutOfMemoryException e = assertThrows(CudaOutOfMemoryException.class,
                () -> pool.allocate(2_000_000, "allocate 500000 float32"));
        assertTrue(e.getMessage().startsWith("allocate 500000 float32: CUDA device out of memory asking for 2,000,000 bytes"),
                e.getMessage());
        assertTrue(e.getMessage().contains("1,048,576 of 4,194,304 bytes free"), e.getMessage());
        assertTrue(e.getMessage().contains("3,145,728 bytes in live tensors"), e.getMessage());
        assertEquals(3 << 20, pool.bytesInUse(), "a failed allocation holds nothing");
    }

    @Test
    void withoutCachingBlocksHaveExactSizesAndAreFreedAtTheNextAllocation() {
        FakeDevice device = new FakeDevice(1 << 30);
        CachingAllocator pool = new CachingAllocator(device, false);
        CachingAllocator.Block first = pool.allocate(1000, "test");
        CachingAllocator.Block empty = pool.allocate(0, "test");
        assertEquals(1000, first.classBytes());
        assertEquals(1, empty.classBytes(), "a zero-byte tensor still gets a distinct address");
        pool.release(first);
        assertEquals(List.of(), device.frees, "not freed from the releasing thread");
        assertEquals(1000, pool.bytesCached());
        CachingAllocator.Block second = pool.allocate(1000, "test");
        assertEquals(List.of(first.address()), device.frees);
        assertNotEquals(first.address(), second.address());
        assertEquals(List.of(1000L, 1L, 1000L), device.allocations);
        assertEquals(0, pool.bytesCached());
        assertEquals(1001, pool.bytesInUse());
        pool.release(second);
        pool.emptyCache();
        assertEquals(List.of(first.address(), second.address()), device.frees);
    }
}
