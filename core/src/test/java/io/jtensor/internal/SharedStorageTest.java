package io.jtensor.internal;

import io.jtensor.backend.Storage;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The user count of a storage: released once, at the last user, and never brought back. */
class SharedStorageTest {

    /** Counts its releases. */
    private static final class CountingStorage implements Storage {
        final AtomicInteger releases = new AtomicInteger();

        @Override
        public long byteSize() {
            return 8;
        }

        @Override
        public void release() {
            releases.incrementAndGet();
        }
    }

    @Test
    void theLastUserOutReleasesOnce() {
        CountingStorage memory = new CountingStorage();
        SharedStorage shared = new SharedStorage(null, memory);
        shared.retain();
        shared.retain();
        shared.release();
        assertEquals(0, memory.releases.get());
        assertFalse(shared.isReleased());
        shared.release();
        assertEquals(1, memory.releases.get());
        assertTrue(shared.isReleased());
    }

    @Test
    void aViewOfReleasedMemoryIsRefusedNotResurrected() {
        CountingStorage memory = new CountingStorage();
        SharedStorage shared = new SharedStorage(null, memory);
        shared.retain();
        shared.release();
        IllegalStateException e = assertThrows(IllegalStateException.class, shared::retain);
        assertTrue(e.getMessage().contains("already released"), e.getMessage());
        assertFalse(shared.tryRetain());
        assertTrue(shared.isReleased());
        assertEquals(1, memory.releases.get());
    }

    @Test
    void retainsRacingTheLastReleaseNeverFreeMemoryInUse() throws InterruptedException {
        for (int round = 0; round < 2000; round++) {
            CountingStorage memory = new CountingStorage();
            SharedStorage shared = new SharedStorage(null, memory);
            shared.retain();
            AtomicInteger views = new AtomicInteger();
            Thread viewer = Thread.ofPlatform().start(() -> {
                try {
                    shared.retain();
                    views.incrementAndGet();
                } catch (IllegalStateException refused) {
                    // the base was released first
                }
            });
            shared.release();
            viewer.join();
            if (views.get() == 1) {
                assertEquals(0, memory.releases.get(), "round " + round + ": released under a live view");
                shared.release();
            }
            assertEquals(1, memory.releases.get(), "round " + round);
            assertTrue(shared.isReleased());
        }
    }
}
