package io.jtensor.cuda;

import java.util.Arrays;

/**
 * What NVRTC is asked to emit for a device: cubin for the device's exact architecture when NVRTC
 * supports it, else cubin for the newest supported architecture of the same major version (a cubin
 * runs on later minor versions of its major), else PTX for the newest supported architecture below
 * the device, which the driver compiles at load time. This is CuPy's rule: a newer NVRTC never
 * produces PTX of an ISA version the installed driver rejects, since cubin needs no driver JIT.
 *
 * @param architecture the SM number compiled for, e.g. 90
 * @param cubin        true for cubin ({@code -arch=sm_XX}), false for PTX ({@code -arch=compute_XX})
 */
public record CudaTarget(int architecture, boolean cubin) {

    /**
     * The target for a device of compute capability {@code deviceArchitecture} (major·10 + minor).
     *
     * @param supported what {@code nvrtcGetSupportedArchs} lists
     * @throws IllegalStateException when NVRTC supports nothing at or below the device's architecture
     */
    public static CudaTarget choose(int deviceArchitecture, int[] supported) {
        int[] sorted = supported.clone();
        Arrays.sort(sorted);
        int best = -1;
        for (int arch : sorted) {
            if (arch <= deviceArchitecture) {
                best = arch;
            }
        }
        if (best < 0) {
            throw new IllegalStateException("NVRTC supports architectures " + Arrays.toString(sorted)
                    + ", none at or below the device's sm_" + deviceArchitecture);
        }
        return new CudaTarget(best, best / 10 == deviceArchitecture / 10);
    }

    /** The NVRTC option, {@code -arch=sm_90} or {@code -arch=compute_90}. */
    public String option() {
        return "-arch=" + (cubin ? "sm_" : "compute_") + architecture;
    }
}
