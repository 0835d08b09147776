package io.jtensor.cuda;

import io.jtensor.kernels.KernelCache;
import io.jtensor.kernels.KernelKey;
import io.jtensor.kernels.KernelSource;

import java.lang.foreign.MemorySegment;

/**
 * What the CUDA backend asks of a device: memory, copies, kernel builds and launches, all in the
 * order of one stream. {@link CudaDevice} implements it on the CUDA driver (JCuda) with NVRTC; the
 * tests' CUDA simulator implements it on the host, compiling the same CUDA C++ kernels with a host
 * C++ compiler, so the backend's own code runs without a GPU.
 *
 * <p>Work is ordered as on one CUDA stream: a launch or copy sees the effects of every earlier one.
 * Calls come from one thread at a time (the backend's lock), after {@link #makeCurrent()}.
 */
interface CudaDriver extends DeviceMemory {

    /** The device in words, as {@code Backend.deviceDescription()} reports it. */
    String description();

    /** Prepares the calling thread for driver calls (makes the CUDA context current). */
    void makeCurrent();

    /** Sets {@code bytes} bytes at {@code address} to zero, in stream order. */
    void clear(long address, long bytes);

    /**
     * Copies {@code host} (native memory) to {@code address}, in stream order; {@code host} must
     * stay valid until {@link #synchronize()} returns.
     */
    void copyToDevice(long address, MemorySegment host);

    /** Copies {@code values} to {@code address}, in stream order; the array may be reused on return. */
    void copyToDevice(long address, long[] values);

    /** Copies {@code host.byteSize()} bytes at {@code address} into {@code host} (native memory) and waits for them. */
    void copyToHost(MemorySegment host, long address);

    /** Waits until all work queued so far has finished. */
    void synchronize();

    /** The cache key of {@code source} built for this device. */
    KernelKey key(KernelSource source);

    /** Builds {@code source} into a loaded module, or loads the binary a cache kept. */
    KernelCache.Compiler<CudaModule> compiler(KernelSource source);

    /**
     * Queues {@code function} over a {@code blocks} grid of {@code threads}-thread blocks with the
     * given arguments: argument {@code i} is the low {@code sizes[i]} bytes (1, 4 or 8) of
     * {@code values[i]}, as the kernel's parameter {@code i} has.
     *
     * @param op what is launched, for error messages
     */
    void launch(String op, Object function, long[] blocks, int[] threads, long[] values, int[] sizes);
}
