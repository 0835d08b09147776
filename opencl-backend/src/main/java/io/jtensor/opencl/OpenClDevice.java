package io.jtensor.opencl;

import org.jocl.CL;
import org.jocl.Pointer;
import org.jocl.Sizeof;
import org.jocl.cl_command_queue;
import org.jocl.cl_context;
import org.jocl.cl_context_properties;
import org.jocl.cl_device_id;
import org.jocl.cl_platform_id;
import org.jocl.cl_queue_properties;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The chosen OpenCL device with its context and in-order command queue.
 *
 * <p>Choice: the system property {@value #DEVICE_PROPERTY} picks a device by index (in platform
 * order, then device order) or by a case-insensitive substring of the device or platform name;
 * otherwise the first GPU, else the first accelerator, else the first CPU device.
 */
final class OpenClDevice {

    /** System property that overrides the device choice (index or name substring). */
    static final String DEVICE_PROPERTY = "jtensor.opencl.device";

    private record Candidate(cl_platform_id platform, cl_device_id device, String name, String platformName,
                             long type) {
    }

    final cl_device_id device;
    final cl_context context;
    final cl_command_queue queue;
    final String name;
    final String platformName;
    final long type;
    final boolean fp64;
    final int maxWorkGroupSize;
    final int computeUnits;
    /** The largest single buffer the device allows (CL_DEVICE_MAX_MEM_ALLOC_SIZE), in bytes. */
    final long maxAllocation;
    /** Platform, device and driver versions: what the compiler's output depends on. */
    final String compilerVersion;
    /** CL_DEVICE_GLOBAL_MEM_SIZE, in bytes. */
    final long globalMemory;
    /** CL_DEVICE_VERSION, e.g. "OpenCL 3.0 PoCL HSTR: ...". */
    final String openClVersion;

    private OpenClDevice(Candidate chosen) {
        this.device = chosen.device();
        this.name = chosen.name();
        this.platformName = chosen.platformName();
        this.type = chosen.type();
        String extensions = deviceString(device, CL.CL_DEVICE_EXTENSIONS);
        this.fp64 = extensions.contains("cl_khr_fp64");
        this.maxWorkGroupSize = (int) Math.min(Integer.MAX_VALUE, deviceLong(device, CL.CL_DEVICE_MAX_WORK_GROUP_SIZE,
                Sizeof.size_t));
        this.computeUnits = (int) deviceLong(device, CL.CL_DEVICE_MAX_COMPUTE_UNITS, Sizeof.cl_uint);
        this.maxAllocation = deviceLong(device, CL.CL_DEVICE_MAX_MEM_ALLOC_SIZE, Sizeof.cl_ulong);
        this.openClVersion = deviceString(device, CL.CL_DEVICE_VERSION);
        this.globalMemory = deviceLong(device, CL.CL_DEVICE_GLOBAL_MEM_SIZE, Sizeof.cl_ulong);
        this.compilerVersion = platformString(chosen.platform(), CL.CL_PLATFORM_VERSION) + " / "
                + openClVersion + " / driver " + deviceString(device, CL.CL_DRIVER_VERSION);
        cl_context_properties properties = new cl_context_properties();
        properties.addProperty(CL.CL_CONTEXT_PLATFORM, chosen.platform());
        this.context = CL.clCreateContext(properties, 1, new cl_device_id[] {device}, null, null, null);
        this.queue = CL.clCreateCommandQueueWithProperties(context, device, new cl_queue_properties(), null);
    }

    /**
     * Finds the platforms and devices and opens the chosen one.
     *
     * @throws IllegalStateException when there is no device, or the property matches none
     */
    static OpenClDevice open() {
        CL.setExceptionsEnabled(true);
        List<Candidate> candidates = candidates();
        if (candidates.isEmpty()) {
            throw new IllegalStateException("no OpenCL device found (an ICD is installed but lists no devices; "
                    + "for PoCL check that POCL_CACHE_DIR is writable)");
        }
        String wanted = System.getProperty(DEVICE_PROPERTY);
        if (wanted != null && !wanted.isBlank()) {
            return new OpenClDevice(select(candidates, wanted.trim()));
        }
        return new OpenClDevice(candidates.stream().min(Comparator.comparingInt(c -> rank(c.type()))).orElseThrow());
    }

    private static Candidate select(List<Candidate> candidates, String wanted) {
        if (wanted.chars().allMatch(Character::isDigit)) {
            int index = Integer.parseInt(wanted);
            if (index >= candidates.size()) {
                throw new IllegalStateException(DEVICE_PROPERTY + "=" + wanted + " but there are only "
                        + candidates.size() + " OpenCL devices: " + names(candidates));
            }
            return candidates.get(index);
        }
        String needle = wanted.toLowerCase(Locale.ROOT);
        return candidates.stream()
                .filter(c -> c.name().toLowerCase(Locale.ROOT).contains(needle)
                        || c.platformName().toLowerCase(Locale.ROOT).contains(needle))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(DEVICE_PROPERTY + "=" + wanted
                        + " matches no OpenCL device: " + names(candidates)));
    }

    private static String names(List<Candidate> candidates) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            names.add(i + ": " + candidates.get(i).name() + " (" + candidates.get(i).platformName() + ")");
        }
        return String.join(", ", names);
    }

    private static int rank(long type) {
        if ((type & CL.CL_DEVICE_TYPE_GPU) != 0) {
            return 0;
        }
        if ((type & CL.CL_DEVICE_TYPE_ACCELERATOR) != 0) {
            return 1;
        }
        return (type & CL.CL_DEVICE_TYPE_CPU) != 0 ? 2 : 3;
    }

    private static List<Candidate> candidates() {
        int[] count = new int[1];
        CL.clGetPlatformIDs(0, null, count);
        cl_platform_id[] platforms = new cl_platform_id[count[0]];
        CL.clGetPlatformIDs(platforms.length, platforms, null);
        List<Candidate> result = new ArrayList<>();
        for (cl_platform_id platform : platforms) {
            int[] devices = new int[1];
            try {
                CL.clGetDeviceIDs(platform, CL.CL_DEVICE_TYPE_ALL, 0, null, devices);
            } catch (org.jocl.CLException e) {
                if (e.getStatus() == CL.CL_DEVICE_NOT_FOUND) {
                    continue;
                }
                throw e;
            }
            cl_device_id[] ids = new cl_device_id[devices[0]];
            CL.clGetDeviceIDs(platform, CL.CL_DEVICE_TYPE_ALL, ids.length, ids, null);
            String platformName = platformString(platform, CL.CL_PLATFORM_NAME);
            for (cl_device_id id : ids) {
                result.add(new Candidate(platform, id, deviceString(id, CL.CL_DEVICE_NAME), platformName,
                        deviceLong(id, CL.CL_DEVICE_TYPE, Sizeof.cl_ulong)));
            }
        }
        return result;
    }

    /** True for GPUs and accelerators, false for CPU devices such as PoCL's. */
    boolean isGpuOrAccelerator() {
        return rank(type) < 2;
    }

    /**
     * What identifies the device for the kernel cache: name and platform. Unlike
     * {@link #description()} it leaves out the memory sizes, which PoCL derives from the host's
     * free memory at start-up (6.7 GiB in one process, 11.5 GiB in another on this machine),
     * so that keying on them made a second process miss every cached program.
     */
    String identity() {
        return name + " (" + platformName + ")";
    }

    /** The device in words. */
    String description() {
        String kind = switch (rank(type)) {
            case 0 -> "GPU";
            case 1 -> "accelerator";
            case 2 -> "CPU";
            default -> "device";
        };
        String version = openClVersion.startsWith("OpenCL ") ? openClVersion.split(" ")[0] + " "
                + openClVersion.split(" ")[1] : openClVersion;
        return name + " (" + platformName + ", " + kind + ", " + version + ", " + computeUnits + " compute units, "
                + String.format(java.util.Locale.ROOT, "%.1f GiB", globalMemory / (double) (1L << 30))
                + " global memory, " + String.format(java.util.Locale.ROOT, "%.1f GiB", maxAllocation / (double) (1L << 30))
                + " largest buffer" + (fp64 ? "" : ", no float64") + ")";
    }

    static String deviceString(cl_device_id device, int parameter) {
        long[] size = new long[1];
        CL.clGetDeviceInfo(device, parameter, 0, null, size);
        byte[] bytes = new byte[(int) size[0]];
        CL.clGetDeviceInfo(device, parameter, bytes.length, Pointer.to(bytes), null);
        return text(bytes);
    }

    private static String platformString(cl_platform_id platform, int parameter) {
        long[] size = new long[1];
        CL.clGetPlatformInfo(platform, parameter, 0, null, size);
        byte[] bytes = new byte[(int) size[0]];
        CL.clGetPlatformInfo(platform, parameter, bytes.length, Pointer.to(bytes), null);
        return text(bytes);
    }

    private static long deviceLong(cl_device_id device, int parameter, int size) {
        long[] value = new long[1];
        if (size == Sizeof.cl_uint) {
            int[] small = new int[1];
            CL.clGetDeviceInfo(device, parameter, size, Pointer.to(small), null);
            return Integer.toUnsignedLong(small[0]);
        }
        CL.clGetDeviceInfo(device, parameter, size, Pointer.to(value), null);
        return value[0];
    }

    private static String text(byte[] bytes) {
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] == 0) {
            end--;
        }
        return new String(bytes, 0, end, StandardCharsets.UTF_8).trim();
    }
}
