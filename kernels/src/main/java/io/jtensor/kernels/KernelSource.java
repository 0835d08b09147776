package io.jtensor.kernels;

import java.util.List;

/**
 * A generated, self-contained program: the dialect header, the prelude, the plan's definitions and
 * the family's template, ready for the OpenCL driver or NVRTC.
 *
 * @param description what the program computes, for logs and error messages, e.g. {@code "map exp float32"}
 * @param source      the complete source text
 * @param kernelNames the entry points the program defines
 * @param usesFloat64 whether it needs double precision (OpenCL's {@code cl_khr_fp64})
 */
public record KernelSource(String description, String source, List<String> kernelNames, boolean usesFloat64) {
}
