package io.jtensor.cpu;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.*;

class ParallelLoopTest {

    @Test
    void everyChunkRunsExactlyOnceEvenWhenNested() {
        int outer = 16;
        int inner = 9;
        AtomicIntegerArray runs = new AtomicIntegerArray(outer * inner);
        ParallelLoop.forChunks(outer, o -> ParallelLoop.forChunks(inner, i -> runs.incrementAndGet(o * inner + i)));
        for (int i = 0; i < outer * inner; i++) {
            assertEquals(1, runs.get(i));
        }
    }

    @Test
    void rangesCoverEverythingOnAlignedBoundaries() {
        long n = 10_000_019;
        AtomicLong covered = new AtomicLong();
        ParallelLoop.forRange(n, 1000, 1024, (s, e) -> {
            assertTrue(s % 1024 == 0 && s < e && e <= n);
            covered.addAndGet(e - s);
        });
        assertEquals(n, covered.get());
    }

    @Test
    void failuresReachTheCaller() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ParallelLoop.forChunks(8, c -> {
            if (c == 5) {
                throw new IllegalStateException("chunk 5");
            }
        }));
        assertEquals("chunk 5", e.getMessage());
    }

    @Test
    void theSystemPropertyTurnsTheVectorApiOff() {
        String old = System.getProperty(SimdLoader.PROPERTY);
        try {
            System.setProperty(SimdLoader.PROPERTY, "false");
            SimdLoader.Result off = SimdLoader.load();
            assertNull(off.simd());
            assertTrue(off.reason().contains("off"), off.reason());
            System.setProperty(SimdLoader.PROPERTY, "true");
            assertNotNull(SimdLoader.load().simd());
        } finally {
            if (old == null) {
                System.clearProperty(SimdLoader.PROPERTY);
            } else {
                System.setProperty(SimdLoader.PROPERTY, old);
            }
        }
    }
}
