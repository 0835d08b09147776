package io.jtensor.cuda;

import java.util.Map;

/**
 * A loaded program and its kernels by name, as its {@link CudaDriver} represents them (a CUDA
 * module and its {@code CUfunction}s on the driver).
 *
 * @param module    the driver's handle of the loaded program
 * @param functions its kernels by name, as {@link CudaDriver#launch} takes them
 */
record CudaModule(Object module, Map<String, Object> functions) {

    /** The kernel of this name. */
    Object function(String name) {
        Object function = functions.get(name);
        if (function == null) {
            throw new IllegalStateException("CUDA module has no kernel " + name + " (has " + functions.keySet() + ")");
        }
        return function;
    }
}
