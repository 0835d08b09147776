package io.jtensor.opencl;

import org.jocl.CL;
import org.jocl.cl_kernel;
import org.jocl.cl_program;

import java.util.Map;

/**
 * A built program and its kernels, by name. Kernel objects hold argument state, so callers
 * set arguments and enqueue under the backend's lock.
 *
 * @param program the OpenCL program
 * @param kernels its kernels by name
 */
record OpenClProgram(cl_program program, Map<String, cl_kernel> kernels) {

    /** The kernel of this name. */
    cl_kernel kernel(String name) {
        cl_kernel kernel = kernels.get(name);
        if (kernel == null) {
            throw new IllegalStateException("program has no kernel " + name + " (has " + kernels.keySet() + ")");
        }
        return kernel;
    }

    /** Releases the kernels and the program (for programs that are not cached). */
    void release() {
        kernels.values().forEach(CL::clReleaseKernel);
        CL.clReleaseProgram(program);
    }
}
