package io.jtensor.backend;

/**
 * A snapshot of one backend's memory: the bytes held by live jtensor storages, and the device's
 * total memory (physical memory for the CPU backend, {@code CL_DEVICE_GLOBAL_MEM_SIZE} for
 * OpenCL). Either is {@link #UNKNOWN} when a backend does not track it.
 *
 * <p>Use it to check for leaks ({@code bytesInUse} returns to its starting value once every
 * tensor is closed) and to see how much room is left:
 *
 * <pre>{@code
 * long before = backend.memoryUsage().bytesInUse();
 * try (Tensor t = Np.zeros(1000)) { ... }
 * assert backend.memoryUsage().bytesInUse() == before;
 * }</pre>
 *
 * @param bytesInUse bytes allocated for tensors and not yet freed
 * @param bytesTotal the device's memory in bytes
 */
public record MemoryUsage(long bytesInUse, long bytesTotal) {

    /** A figure a backend does not know. */
    public static final long UNKNOWN = -1;

    /** Nothing known. */
    public static final MemoryUsage UNTRACKED = new MemoryUsage(UNKNOWN, UNKNOWN);

    /** {@code bytesTotal - bytesInUse} (an upper bound: other programs use memory too), or {@link #UNKNOWN}. */
    public long bytesAvailable() {
        return bytesTotal == UNKNOWN || bytesInUse == UNKNOWN ? UNKNOWN : Math.max(0, bytesTotal - bytesInUse);
    }
}
