package io.jtensor.cuda;

/**
 * The raw device allocator under {@link CachingAllocator}: {@code cuMemAlloc}/{@code cuMemFree} on
 * the GPU, a fake in tests.
 */
interface DeviceMemory {

    /**
     * Allocates {@code bytes} of device memory and returns its address.
     *
     * @throws OutOfDeviceMemory when the device has not enough free memory
     */
    long allocate(long bytes) throws OutOfDeviceMemory;

    /** Frees a block {@link #allocate} returned. */
    void free(long address);

    /** The device's free memory in bytes, as the driver reports it. */
    long freeBytes();

    /** The device's total memory in bytes. */
    long totalBytes();

    /** The device said out of memory ({@code CUDA_ERROR_OUT_OF_MEMORY}). */
    final class OutOfDeviceMemory extends Exception {

        private static final long serialVersionUID = 1L;

        /** Creates the exception. */
        OutOfDeviceMemory(String message) {
            super(message);
        }
    }
}
