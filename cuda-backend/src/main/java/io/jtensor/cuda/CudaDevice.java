package io.jtensor.cuda;

import io.jtensor.kernels.KernelCache;
import io.jtensor.kernels.KernelKey;
import io.jtensor.kernels.KernelSource;
import jcuda.Pointer;
import jcuda.driver.CUcontext;
import jcuda.driver.CUdevice;
import jcuda.driver.CUdevice_attribute;
import jcuda.driver.CUdeviceptr;
import jcuda.driver.CUfunction;
import jcuda.driver.CUresult;
import jcuda.driver.CUstream;
import jcuda.driver.CUstream_flags;
import jcuda.driver.JCudaDriver;

import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The chosen CUDA device with its primary context and the backend's stream: the
 * {@link CudaDriver} on JCuda's driver API, with kernels compiled by NVRTC for the device's
 * {@link CudaTarget}. Memory comes from {@code cuMemAlloc}, and {@code cuMemFree} runs after the
 * stream has drained (a cached block may still be read by a queued kernel).
 *
 * <p>Choice: the system property {@value #DEVICE_PROPERTY} (an index, as {@code nvidia-smi} and
 * {@code CUDA_VISIBLE_DEVICES} number them), else device 0. The context is the device's primary
 * context, shared with any other CUDA code in the process; each thread makes it current before
 * its driver calls ({@link #makeCurrent()}).
 */
final class CudaDevice implements CudaDriver {

    /** System property choosing the device by index. */
    static final String DEVICE_PROPERTY = "jtensor.cuda.device";

    final int index;
    final CUdevice device;
    final CUcontext context;
    final CUstream stream;
    final String name;
    /** Compute capability as major·10 + minor, e.g. 90 for an H100. */
    final int architecture;
    final long totalMemory;
    final int multiprocessors;
    /** The driver's CUDA version, e.g. 13000. */
    final int driverVersion;
    private final Nvrtc nvrtc;
    private final CudaTarget target;
    private final List<String> options;
    private final String compilerVersion;

    /** A device address of 0, from which {@link #pointer} derives any address. */
    private static final CUdeviceptr ZERO = new CUdeviceptr();

    /** Reads the address {@code cuMemAlloc} wrote, which JCuda keeps in a protected field. */
    private static final class AllocatedPointer extends CUdeviceptr {
        long address() {
            return getNativePointer();
        }
    }

    private CudaDevice(int index, Supplier<Nvrtc> nvrtcLoader) {
        this.index = index;
        this.device = new CUdevice();
        check("cuDeviceGet", JCudaDriver.cuDeviceGet(device, index));
        byte[] nameBytes = new byte[256];
        check("cuDeviceGetName", JCudaDriver.cuDeviceGetName(nameBytes, nameBytes.length, device));
        int end = 0;
        while (end < nameBytes.length && nameBytes[end] != 0) {
            end++;
        }
        this.name = new String(nameBytes, 0, end, StandardCharsets.UTF_8).trim();
        this.architecture = attribute(CUdevice_attribute.CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR) * 10
                + attribute(CUdevice_attribute.CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR);
        this.multiprocessors = attribute(CUdevice_attribute.CU_DEVICE_ATTRIBUTE_MULTIPROCESSOR_COUNT);
        long[] total = new long[1];
        check("cuDeviceTotalMem", JCudaDriver.cuDeviceTotalMem(total, device));
        this.totalMemory = total[0];
        int[] version = new int[1];
        check("cuDriverGetVersion", JCudaDriver.cuDriverGetVersion(version));
        this.driverVersion = version[0];
        // NVRTC before the context, so that a missing NVRTC leaves no context retained
        this.nvrtc = nvrtcLoader.get();
        this.target = CudaTarget.choose(architecture, nvrtc.supportedArchitectures());
        this.options = CudaCompiler.options(target);
        int[] nvrtcVersion = nvrtc.version();
        this.compilerVersion = "NVRTC " + nvrtcVersion[0] + "." + nvrtcVersion[1] + " / driver " + driverVersion;
        this.context = new CUcontext();
        check("cuDevicePrimaryCtxRetain", JCudaDriver.cuDevicePrimaryCtxRetain(context, device));
        makeCurrent();
        this.stream = new CUstream();
        check("cuStreamCreate", JCudaDriver.cuStreamCreate(stream, CUstream_flags.CU_STREAM_NON_BLOCKING));
    }

    /**
     * Initialises the driver, opens the chosen device, then loads NVRTC (in that order, so a
     * machine without a GPU is told so before anything about NVRTC).
     *
     * @throws CudaException when there is no device ({@code cuInit} returns 100 with a driver but no GPU)
     *                       or the property names none
     */
    static CudaDevice open(Supplier<Nvrtc> nvrtcLoader) {
        int status = JCudaDriver.cuInit(0);
        if (status != CUresult.CUDA_SUCCESS) {
            throw new CudaException("no CUDA device: cuInit returned " + CUresult.stringFor(status) + " (" + status
                    + ")" + (status == CUresult.CUDA_ERROR_NO_DEVICE ? "; the NVIDIA driver sees no GPU" : ""), status);
        }
        int[] count = new int[1];
        check("cuDeviceGetCount", JCudaDriver.cuDeviceGetCount(count));
        if (count[0] == 0) {
            throw new CudaException("no CUDA device: cuDeviceGetCount found none", CUresult.CUDA_ERROR_NO_DEVICE);
        }
        String wanted = System.getProperty(DEVICE_PROPERTY);
        int index = 0;
        if (wanted != null && !wanted.isBlank()) {
            try {
                index = Integer.parseInt(wanted.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(DEVICE_PROPERTY + "=" + wanted + " is not a device index (0.."
                        + (count[0] - 1) + ")", e);
            }
            if (index < 0 || index >= count[0]) {
                throw new IllegalArgumentException(DEVICE_PROPERTY + "=" + wanted + " but there are only " + count[0]
                        + " CUDA devices (valid: 0.." + (count[0] - 1) + ")");
            }
        }
        return new CudaDevice(index, nvrtcLoader);
    }

    /** Makes the device's context current on the calling thread. */
    @Override
    public void makeCurrent() {
        check("cuCtxSetCurrent", JCudaDriver.cuCtxSetCurrent(context));
    }

    /** The device in words: name, compute capability, memory, multiprocessors, driver, and what NVRTC compiles for. */
    @Override
    public String description() {
        int[] version = nvrtc.version();
        return String.format(Locale.ROOT, "%s (CUDA device %d, compute capability %d.%d, %.1f GiB, %d SMs, driver CUDA %d.%d)",
                name, index, architecture / 10, architecture % 10, totalMemory / (double) (1L << 30), multiprocessors,
                driverVersion / 1000, driverVersion % 1000 / 10) + ", NVRTC " + version[0] + "." + version[1] + " -> "
                + (target.cubin() ? "cubin sm_" : "PTX compute_") + target.architecture();
    }

    @Override
    public long allocate(long bytes) throws OutOfDeviceMemory {
        AllocatedPointer pointer = new AllocatedPointer();
        int status = JCudaDriver.cuMemAlloc(pointer, bytes);
        if (status == CUresult.CUDA_ERROR_OUT_OF_MEMORY) {
            throw new OutOfDeviceMemory("cuMemAlloc of " + bytes + " bytes: CUDA_ERROR_OUT_OF_MEMORY");
        }
        check("allocate " + bytes + " bytes: cuMemAlloc", status);
        return pointer.address();
    }

    @Override
    public void free(long address) {
        check("cuStreamSynchronize (before cuMemFree)", JCudaDriver.cuStreamSynchronize(stream));
        check("cuMemFree", JCudaDriver.cuMemFree(pointer(address)));
    }

    @Override
    public long freeBytes() {
        long[] free = new long[1];
        long[] total = new long[1];
        return JCudaDriver.cuMemGetInfo(free, total) == CUresult.CUDA_SUCCESS ? free[0] : -1;
    }

    @Override
    public long totalBytes() {
        return totalMemory;
    }

    @Override
    public void clear(long address, long bytes) {
        check("cuMemsetD8Async", JCudaDriver.cuMemsetD8Async(pointer(address), (byte) 0, bytes, stream));
    }

    @Override
    public void copyToDevice(long address, MemorySegment host) {
        check("copy to device: cuMemcpyHtoDAsync", JCudaDriver.cuMemcpyHtoDAsync(pointer(address),
                Pointer.to(host.asByteBuffer()), host.byteSize(), stream));
    }

    @Override
    public void copyToDevice(long address, long[] values) {
        // from pageable memory the call returns once the values are staged, so the array may be reused
        check("cuMemcpyHtoDAsync (layout)", JCudaDriver.cuMemcpyHtoDAsync(pointer(address), Pointer.to(values),
                (long) values.length * Long.BYTES, stream));
    }

    @Override
    public void copyToHost(MemorySegment host, long address) {
        check("copy to host: cuMemcpyDtoHAsync", JCudaDriver.cuMemcpyDtoHAsync(Pointer.to(host.asByteBuffer()),
                pointer(address), host.byteSize(), stream));
        synchronize();
    }

    @Override
    public void synchronize() {
        check("cuStreamSynchronize", JCudaDriver.cuStreamSynchronize(stream));
    }

    @Override
    public KernelKey key(KernelSource source) {
        return KernelKey.of(name + " sm_" + architecture, source.source(), String.join(" ", options), compilerVersion);
    }

    @Override
    public KernelCache.Compiler<CudaModule> compiler(KernelSource source) {
        return new CudaCompiler(nvrtc, options, source);
    }

    @Override
    public void launch(String op, Object function, long[] blocks, int[] threads, long[] values, int[] sizes) {
        Pointer[] arguments = new Pointer[values.length];
        for (int i = 0; i < values.length; i++) {
            arguments[i] = switch (sizes[i]) {
                case 8 -> Pointer.to(new long[] {values[i]});
                case 4 -> Pointer.to(new int[] {(int) values[i]});
                case 1 -> Pointer.to(new byte[] {(byte) values[i]});
                default -> throw new IllegalArgumentException(op + ": kernel argument " + i + " has size " + sizes[i]);
            };
        }
        check(op + ": cuLaunchKernel", JCudaDriver.cuLaunchKernel((CUfunction) function,
                (int) blocks[0], (int) blocks[1], (int) blocks[2], threads[0], threads[1], threads[2],
                0, stream, Pointer.to(arguments), null));
    }

    /** A JCuda device pointer to {@code address}. */
    static CUdeviceptr pointer(long address) {
        return ZERO.withByteOffset(address);
    }

    private int attribute(int attribute) {
        int[] value = new int[1];
        check("cuDeviceGetAttribute", JCudaDriver.cuDeviceGetAttribute(value, attribute, device));
        return value[0];
    }

    /** Throws a {@link CudaException} naming {@code op} unless {@code status} is CUDA_SUCCESS. */
    static void check(String op, int status) {
        if (status != CUresult.CUDA_SUCCESS) {
            throw new CudaException(op + ": CUDA error " + CUresult.stringFor(status) + " (" + status + ")", status);
        }
    }
}
