package io.jtensor.cpu;

import io.jtensor.BackendScope;
import io.jtensor.DType;
import io.jtensor.Np;
import io.jtensor.Tensor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Large blocks from the C library, reused from {@link LargeBlockCache} or freed, and the
 * collections {@link io.jtensor.backend.CollectionNudge} asks for: zeros where {@link CpuStorage#allocate} promises
 * them, no zeroing where {@link CpuStorage#allocateUninitialized} does not, exact accounting, and
 * the blocks of tensors nobody closed coming back. Sizes are odd so that other tests' cached
 * blocks do not match.
 */
class LargeBlocksTest {

    private static final String[] PROPERTIES = {"jtensor.cpu.allocator", "jtensor.cpu.gcNudgeBytes",
            "jtensor.cpu.blockCacheBytes"};

    @AfterEach
    void restoreProperties() {
        for (String p : PROPERTIES) {
            System.clearProperty(p);
        }
    }

    @Test
    void theTestJvmUsesTheCLibraryAllocator() {
        assertTrue(NativeMemory.available(), "run with --enable-native-access=ALL-UNNAMED on Linux or macOS");
        CpuStorage s = CpuStorage.allocateUninitialized(DType.INT8, CpuStorage.POOL_LIMIT + 1);
        assertEquals(0, s.segment().address() % 64, "aligned to 64 bytes");
        s.release();
    }

    @Test
    void zeroedAllocationsReadAsZerosAfterReuseAndAfterTheCLibraryReusedTheMemory() {
        for (String cache : new String[] {"0", null}) {
            if (cache != null) {
                System.setProperty("jtensor.cpu.blockCacheBytes", cache);
            } else {
                System.clearProperty("jtensor.cpu.blockCacheBytes");
            }
            raiseTheCLibraryMapThreshold();
            for (long bytes : new long[] {CpuStorage.POOL_LIMIT + 8, 1_000_008, 3_000_016}) {
                long elements = bytes / 8;
                for (int round = 0; round < 4; round++) {
                    CpuStorage dirty = CpuStorage.allocateUninitialized(DType.FLOAT64, 2 * elements);
                    dirty.segmentForOverwrite().fill((byte) 0x5A);
                    dirty.release();
                    CpuStorage zeros = CpuStorage.allocate(DType.FLOAT64, elements);
                    MemorySegment memory = zeros.segment();
                    for (long i = 0; i < elements; i += 61) {
                        assertEquals(0L, memory.getAtIndex(ValueLayout.JAVA_LONG, i), "cache " + cache + ", element " + i);
                    }
                    assertEquals(0L, memory.getAtIndex(ValueLayout.JAVA_LONG, elements - 1));
                    zeros.segment().fill((byte) 0x33);
                    zeros.release();
                }
            }
        }
    }

    /**
     * Without the cache, free() hands a block back to the C library; glibc maps a fresh (zero)
     * block for requests at or above its mmap threshold, which rises to the size of the largest
     * mapped block freed (up to 32 MiB): after a 12 MiB block is freed, smaller requests come from
     * its heap, and one smaller than a block freed just before comes dirty from that block.
     */
    private static void raiseTheCLibraryMapThreshold() {
        String cache = System.getProperty("jtensor.cpu.blockCacheBytes");
        System.setProperty("jtensor.cpu.blockCacheBytes", "0");
        CpuStorage.allocateUninitialized(DType.INT8, 12L << 20).release();
        if (cache == null) {
            System.clearProperty("jtensor.cpu.blockCacheBytes");
        } else {
            System.setProperty("jtensor.cpu.blockCacheBytes", cache);
        }
    }

    @Test
    void theCLibraryGivesBackDirtyMemoryWithoutTheCacheSoTheZerosAboveAreNotLuck() {
        raiseTheCLibraryMapThreshold();
        System.setProperty("jtensor.cpu.blockCacheBytes", "0");
        long elements = 1_000_008 / 8;
        int dirtyRounds = 0;
        for (int round = 0; round < 4; round++) {
            CpuStorage dirty = CpuStorage.allocateUninitialized(DType.FLOAT64, 2 * elements);
            dirty.segmentForOverwrite().fill((byte) 0x5A);
            dirty.release();
            CpuStorage again = CpuStorage.allocateUninitialized(DType.FLOAT64, elements);
            if (again.segmentForOverwrite().getAtIndex(ValueLayout.JAVA_LONG, elements / 2) == 0x5A5A5A5A5A5A5A5AL) {
                dirtyRounds++;
            }
            again.release();
        }
        assertTrue(dirtyRounds > 0, "glibc reuses a freed block for a smaller request");
    }

    /**
     * The pool hands blocks out first in, first out, so a block released now comes back only after
     * the rest of its slab: hold and dirty more blocks than a slab has, then take them all again.
     */
    @Test
    void pooledBlocksComeBackZeroedOnceTheyAreReused() {
        long elements = 500;
        int blocks = 600;
        List<CpuStorage> dirty = new ArrayList<>();
        for (int i = 0; i < blocks; i++) {
            CpuStorage s = CpuStorage.allocateUninitialized(DType.INT64, elements);
            s.segment().fill((byte) -1);
            dirty.add(s);
        }
        dirty.forEach(CpuStorage::release);
        List<CpuStorage> again = new ArrayList<>();
        for (int i = 0; i < 2 * blocks; i++) {
            CpuStorage s = CpuStorage.allocate(DType.INT64, elements);
            for (long e = 0; e < elements; e += 13) {
                assertEquals(0L, s.segment().getAtIndex(ValueLayout.JAVA_LONG, e), "block " + i + ", element " + e);
            }
            again.add(s);
        }
        again.forEach(CpuStorage::release);
    }

    @Test
    void uninitializedAllocationsAreNotZeroedAndOverwritesSkipTheLazyZeroing() {
        long elements = 700_001;
        CpuStorage first = CpuStorage.allocateUninitialized(DType.INT32, elements);
        first.segmentForOverwrite().fill((byte) 0x11);
        long address = first.segmentForOverwrite().address();
        first.release();
        CpuStorage reused = CpuStorage.allocateUninitialized(DType.INT32, elements);
        assertEquals(address, reused.segment().address(), "the cached block came back");
        assertEquals(0x11111111, reused.segment().getAtIndex(ValueLayout.JAVA_INT, elements - 1),
                "not zeroed: the caller writes it whole");
        reused.release();

        CpuStorage zeroed = CpuStorage.allocate(DType.INT32, elements);
        assertEquals(address, zeroed.segmentForOverwrite().address());
        assertEquals(0x11111111, zeroed.segmentForOverwrite().getAtIndex(ValueLayout.JAVA_INT, 5),
                "segmentForOverwrite skips the zeroing");
        zeroed.segmentForOverwrite().fill((byte) 0x22);
        assertEquals(0x22222222, zeroed.segment().getAtIndex(ValueLayout.JAVA_INT, 5),
                "once overwritten, segment() does not zero what the kernel wrote");
        zeroed.release();
    }

    @Test
    void theArenaSwitchRestoresZeroFilledUninitializedAllocations() {
        long elements = 700_003;
        CpuStorage first = CpuStorage.allocateUninitialized(DType.INT32, elements);
        first.segmentForOverwrite().fill((byte) 0x11);
        first.release();
        System.setProperty("jtensor.cpu.allocator", "arena");
        CpuStorage again = CpuStorage.allocateUninitialized(DType.INT32, elements);
        assertEquals(0, again.segment().getAtIndex(ValueLayout.JAVA_INT, elements / 3));
        again.release();
        List<CpuStorage> small = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            CpuStorage s = CpuStorage.allocateUninitialized(DType.INT32, 1001);
            s.segment().fill((byte) 0x44);
            small.add(s);
        }
        small.forEach(CpuStorage::release);
        small.clear();
        for (int i = 0; i < 1200; i++) {
            CpuStorage s = CpuStorage.allocateUninitialized(DType.INT32, 1001);
            assertEquals(0, s.segment().getAtIndex(ValueLayout.JAVA_INT, 1000), "small block " + i);
            small.add(s);
        }
        small.forEach(CpuStorage::release);
    }

    /**
     * Waits until the Cleaner has freed the tensors the nudge tests dropped (bytes in use unchanged
     * for 100 ms after a collection), so that exact accounting is not disturbed by it.
     */
    private static long settledBytesInUse() throws InterruptedException {
        System.gc();
        long last = CpuStorage.bytesInUse();
        for (int quiet = 0; quiet < 10; ) {
            Thread.sleep(10);
            long now = CpuStorage.bytesInUse();
            quiet = now == last ? quiet + 1 : 0;
            last = now;
        }
        return last;
    }

    @Test
    void bytesInUseCountEveryKindOfBlockExactly() throws InterruptedException {
        long start = settledBytesInUse();
        List<CpuStorage> held = new ArrayList<>();
        long expected = 0;
        long[] counts = {1, 999, 16_385, 16_384, 250_001, 1 << 20};
        for (String allocator : new String[] {"arena", null}) {
            if (allocator != null) {
                System.setProperty("jtensor.cpu.allocator", allocator);
            } else {
                System.clearProperty("jtensor.cpu.allocator");
            }
            for (long n : counts) {
                held.add(CpuStorage.allocate(DType.FLOAT32, n));
                held.add(CpuStorage.allocateUninitialized(DType.FLOAT32, n));
                expected += 2 * 4 * n;
                assertEquals(start + expected, CpuStorage.bytesInUse());
            }
        }
        for (CpuStorage s : held) {
            s.release();
            s.release();
            expected -= s.byteSize();
            assertEquals(start + expected, CpuStorage.bytesInUse());
        }
        assertEquals(start, CpuStorage.bytesInUse());
    }

    @Test
    void threadsAllocatingAndReleasingTogetherNeverShareABlock() throws Exception {
        long start = settledBytesInUse();
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int id = t + 1;
                futures.add(pool.submit(() -> {
                    go.await();
                    SplittableRandom random = new SplittableRandom(id);
                    long[] sizes = {100, 9_000, 20_000, 300_001, 1_200_007};
                    for (int round = 0; round < 60; round++) {
                        long n = sizes[random.nextInt(sizes.length)];
                        boolean zeroed = random.nextBoolean();
                        CpuStorage s = zeroed ? CpuStorage.allocate(DType.INT64, n)
                                : CpuStorage.allocateUninitialized(DType.INT64, n);
                        MemorySegment memory = zeroed ? s.segment() : s.segmentForOverwrite();
                        if (zeroed) {
                            assertEquals(0L, memory.getAtIndex(ValueLayout.JAVA_LONG, random.nextLong(n)));
                        }
                        long mark = id * 1_000_003L + round;
                        for (long i = 0; i < n; i++) {
                            memory.setAtIndex(ValueLayout.JAVA_LONG, i, mark);
                        }
                        Thread.yield();
                        for (long i = 0; i < n; i += 7) {
                            assertEquals(mark, memory.getAtIndex(ValueLayout.JAVA_LONG, i), "another thread wrote here");
                        }
                        s.release();
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(start, CpuStorage.bytesInUse());
    }

    @Test
    void aReleasedFreshBlockRefusesAccessInsteadOfReachingFreedMemory() {
        System.setProperty("jtensor.cpu.blockCacheBytes", "0");
        CpuStorage s = CpuStorage.allocateUninitialized(DType.FLOAT64, 200_003);
        MemorySegment memory = s.segmentForOverwrite();
        memory.fill((byte) 1);
        s.release();
        assertThrows(IllegalStateException.class, () -> memory.get(ValueLayout.JAVA_BYTE, 0),
                "the arena bound to the block was closed when it was freed");
        assertThrows(IllegalStateException.class, s::segment);
    }

    @Test
    void tensorsNobodyClosesComeBackThroughTheCacheAfterACollection() throws InterruptedException {
        System.setProperty("jtensor.cpu.gcNudgeBytes", String.valueOf(16L << 20));
        int elements = (1 << 20) + 11;
        int rounds = 200;
        long collectionsBefore = CpuStorage.NUDGE.collections();
        long hitsBefore = LargeBlockCache.hits();
        long start = CpuStorage.bytesInUse();
        long peak = 0;
        double total = 0;
        try (BackendScope scope = Np.useBackend(TestSupport.CPU); Tensor x = Np.full(new long[] {elements}, 0.5)) {
            for (int i = 0; i < rounds; i++) {
                Tensor dropped = Np.multiply(x, (double) i);
                total += dropped.getDouble(elements - 1);
                peak = Math.max(peak, CpuStorage.bytesInUse() - start);
            }
        }
        assertEquals(0.5 * rounds * (rounds - 1) / 2, total);
        long collections = CpuStorage.NUDGE.collections() - collectionsBefore;
        long hits = LargeBlockCache.hits() - hitsBefore;
        long bytes = 8L * elements;
        assertTrue(collections > 0, "no collection was asked for");
        assertTrue(hits > rounds / 4, "only " + hits + " of " + rounds + " results reused a collected block");
        assertTrue(peak < rounds * bytes / 2, "peak " + peak + " bytes in use for " + rounds + " results of " + bytes);
        assertNotEquals(0, peak);
        settledBytesInUse();
    }

    @Test
    void withoutTheNudgeNoCollectionIsAskedFor() throws InterruptedException {
        System.setProperty("jtensor.cpu.gcNudgeBytes", "0");
        long collectionsBefore = CpuStorage.NUDGE.collections();
        try (BackendScope scope = Np.useBackend(TestSupport.CPU); Tensor x = Np.full(new long[] {(1 << 20) + 13}, 0.5)) {
            for (int i = 0; i < 40; i++) {
                Np.multiply(x, (double) i).close();
                Np.multiply(x, (double) i);
            }
        }
        assertEquals(collectionsBefore, CpuStorage.NUDGE.collections());
        settledBytesInUse();
    }
}
