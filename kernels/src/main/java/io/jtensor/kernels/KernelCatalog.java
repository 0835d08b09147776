package io.jtensor.kernels;

import io.jtensor.DType;

import java.util.ArrayList;
import java.util.List;

/**
 * Every program jtensor builds, in either dialect: the element-wise program of each compute type,
 * the reduction program of each accumulator type, the row program, the matmul program, the gather
 * program, the scan program and the sort program. The
 * tests compile the whole table for each dialect (PoCL for OpenCL; NVRTC and nvcc for CUDA); a backend builds
 * each program the first time an op needs it.
 *
 * <p>Programs are few and large on purpose: every build pays the driver's front end once (about 2 s
 * for the float32 element-wise program on PoCL, which then compiles each kernel to machine code,
 * about 0.2 s, at its first launch), so one build of every unary, binary and where kernel of a type
 * is far cheaper than one build per (op, operand types): a cold conformance run needed about 700
 * programs that way and needs 12 this way.
 */
public final class KernelCatalog {

    /** The work-group size the catalog's reduction and row programs use. */
    public static final int GROUP_SIZE = 256;

    private KernelCatalog() {
    }

    /**
     * Every program of the table in {@code dialect}.
     *
     * @param float64 whether the device has float64; without it the float64 programs and operands are left out
     */
    public static List<KernelSource> all(Dialect dialect, boolean float64) {
        List<KernelSource> sources = new ArrayList<>();
        for (DType type : DType.values()) {
            // float16 and the 8- and 16-bit integers are storage types: element-wise plans compute
            // them as float32/int32 and reductions accumulate them in float32/int32/int64, so they
            // have no map or reduce program of their own
            if ((type != DType.FLOAT64 || float64) && type.computeType() == type) {
                sources.add(MapKernels.program(dialect, type, float64));
                sources.add(ReduceKernels.program(dialect, type, float64, GROUP_SIZE));
            }
        }
        sources.add(RowKernels.program(dialect, float64, GROUP_SIZE));
        sources.add(MatmulKernels.program(dialect, float64));
        sources.add(GatherKernels.program(dialect));
        sources.add(ScanKernels.program(dialect, float64));
        sources.add(SortKernels.program(dialect, float64));
        return sources;
    }
}
