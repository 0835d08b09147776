package io.jtensor.cuda;

import io.jtensor.backend.Storage;

/**
 * A block of device memory from the backend's {@link CachingAllocator}. Releasing it returns the
 * block to the pool without a driver call, so it is safe from any thread; kernels already queued
 * on the backend's single stream finish before any later user of the block runs.
 */
final class CudaStorage implements Storage {

    final long address;
    private final long byteSize;
    private final CachingAllocator.Block block;
    private final CachingAllocator allocator;

    CudaStorage(CachingAllocator.Block block, long byteSize, CachingAllocator allocator) {
        this.address = block.address();
        this.block = block;
        this.byteSize = byteSize;
        this.allocator = allocator;
    }

    @Override
    public long byteSize() {
        return byteSize;
    }

    @Override
    public void release() {
        allocator.release(block);
    }
}
