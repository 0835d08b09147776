package io.jtensor.cuda;

import jcuda.driver.CUcontext;
import jcuda.driver.CUdevice;
import jcuda.driver.CUdevice_attribute;
import jcuda.driver.CUresult;
import jcuda.driver.CUstream;
import jcuda.driver.CUstream_flags;
import jcuda.driver.JCudaDriver;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The chosen CUDA device with its primary context and the backend's stream.
 *
 * <p>Choice: the system property {@value #DEVICE_PROPERTY} (an index, as {@code nvidia-smi} and
 * {@code CUDA_VISIBLE_DEVICES} number them), else device 0. The context is the device's primary
 * context, shared with any other CUDA code in the process; each thread makes it current before
 * its driver calls ({@link #makeCurrent()}).
 */
final class CudaDevice {

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

    private CudaDevice(int index) {
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
        this.context = new CUcontext();
        check("cuDevicePrimaryCtxRetain", JCudaDriver.cuDevicePrimaryCtxRetain(context, device));
        makeCurrent();
        this.stream = new CUstream();
        check("cuStreamCreate", JCudaDriver.cuStreamCreate(stream, CUstream_flags.CU_STREAM_NON_BLOCKING));
    }

    /**
     * Initialises the driver and opens the chosen device.
     *
     * @throws CudaException when there is no device ({@code cuInit} returns 100 with a driver but no GPU)
     *                       or the property names none
     */
    static CudaDevice open() {
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
        return new CudaDevice(index);
    }

    /** Makes the device's context current on the calling thread. */
    void makeCurrent() {
        check("cuCtxSetCurrent", JCudaDriver.cuCtxSetCurrent(context));
    }

    /** The device in words: name, compute capability, memory, multiprocessors, driver. */
    String description() {
        return String.format(Locale.ROOT, "%s (CUDA device %d, compute capability %d.%d, %.1f GiB, %d SMs, driver CUDA %d.%d)",
                name, index, architecture / 10, architecture % 10, totalMemory / (double) (1L << 30), multiprocessors,
                driverVersion / 1000, driverVersion % 1000 / 10);
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
