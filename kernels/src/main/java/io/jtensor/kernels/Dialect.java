package io.jtensor.kernels;

/**
 * The two GPU source languages jtensor generates. Templates are written once against the macros
 * of a small dialect header ({@code KERNEL}, {@code GLOBAL}, {@code LOCAL_ARRAY}, {@code BARRIER},
 * {@code GLOBAL_ID}, ... and the {@code jint}/{@code jlong}/{@code jbool} types); each dialect
 * supplies that header and its fp64 switch.
 */
public enum Dialect {
    /** OpenCL C 1.2, compiled at run time by the OpenCL driver. */
    OPENCL("dialect_opencl.h", "#pragma OPENCL EXTENSION cl_khr_fp64 : enable\n"),
    /** CUDA C++, compiled by NVRTC at run time (or nvcc for checks). */
    CUDA("dialect_cuda.h", "");

    private final String headerResource;
    private final String fp64Enable;

    Dialect(String headerResource, String fp64Enable) {
        this.headerResource = headerResource;
        this.fp64Enable = fp64Enable;
    }

    /** The resource name of the dialect header, relative to this package. */
    String headerResource() {
        return headerResource;
    }

    /** The line that enables double precision (OpenCL's {@code cl_khr_fp64}); empty for CUDA. */
    String fp64Enable() {
        return fp64Enable;
    }
}
