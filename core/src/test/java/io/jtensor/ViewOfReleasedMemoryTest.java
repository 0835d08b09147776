package io.jtensor;

import io.jtensor.backend.Storage;
import io.jtensor.internal.SharedStorage;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A view whose source another thread closed after the view's open check: the interleaving the
 * conformance suite cannot force, made here by closing the source before calling the view
 * constructor, as the losing thread would see it.
 */
class ViewOfReleasedMemoryTest {

    private static final class CountingStorage implements Storage {
        final AtomicInteger releases = new AtomicInteger();

        @Override
        public long byteSize() {
            return 24;
        }

        @Override
        public void release() {
            releases.incrementAndGet();
        }
    }

    @Test
    void theRefusalNamesTheOpAndTheSource() {
        CountingStorage memory = new CountingStorage();
        Tensor source = new Tensor(new SharedStorage(null, memory), DType.FLOAT32, new long[] {2, 3},
                new long[] {3, 1}, 0);
        source.close();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new Tensor("reshape", source,
                DType.FLOAT32, new long[] {6}, new long[] {1}, 0, false));
        assertEquals("reshape: the tensor (2, 3) float32 was closed by another thread while this view of it was made",
                e.getMessage());
        assertInstanceOf(IllegalStateException.class, e.getCause());
        assertEquals(1, memory.releases.get());
    }

    @Test
    void aViewOfAnOpenSourceKeepsTheMemoryAfterTheSourceCloses() {
        CountingStorage memory = new CountingStorage();
        Tensor source = new Tensor(new SharedStorage(null, memory), DType.INT64, new long[] {3}, new long[] {1}, 0);
        Tensor view = new Tensor("slice", source, DType.INT64, new long[] {2}, new long[] {1}, 1, false);
        source.close();
        assertEquals(0, memory.releases.get());
        view.close();
        assertEquals(1, memory.releases.get());
    }
}
