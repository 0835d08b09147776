package io.jtensor.cuda;

import jcuda.driver.CUdeviceptr;
import jcuda.driver.CUresult;
import jcuda.driver.JCudaDriver;

/**
 * {@link DeviceMemory} on the CUDA driver: {@code cuMemAlloc}, and {@code cuMemFree} after the
 * backend's stream has drained (a cached block may still be read by a queued kernel). Called with
 * the device's context current.
 */
final class DriverMemory implements DeviceMemory {

    /** Reads the address {@code cuMemAlloc} wrote, which JCuda keeps in a protected field. */
    private static final class AllocatedPointer extends CUdeviceptr {
        long address() {
            return getNativePointer();
        }
    }

    private final CudaDevice device;

    DriverMemory(CudaDevice device) {
        this.device = device;
    }

    @Override
    public long allocate(long bytes) throws OutOfDeviceMemory {
        AllocatedPointer pointer = new AllocatedPointer();
        int status = JCudaDriver.cuMemAlloc(pointer, bytes);
        if (status == CUresult.CUDA_ERROR_OUT_OF_MEMORY) {
            throw new OutOfDeviceMemory("cuMemAlloc of " + bytes + " bytes: CUDA_ERROR_OUT_OF_MEMORY");
        }
        CudaDevice.check("allocate " + bytes + " bytes: cuMemAlloc", status);
        return pointer.address();
    }

    @Override
    public void free(long address) {
        CudaDevice.check("cuStreamSynchronize (before cuMemFree)", JCudaDriver.cuStreamSynchronize(device.stream));
        CudaDevice.check("cuMemFree", JCudaDriver.cuMemFree(CudaKernels.pointer(address)));
    }

    @Override
    public long freeBytes() {
        long[] free = new long[1];
        long[] total = new long[1];
        return JCudaDriver.cuMemGetInfo(free, total) == CUresult.CUDA_SUCCESS ? free[0] : -1;
    }

    @Override
    public long totalBytes() {
        return device.totalMemory;
    }
}
