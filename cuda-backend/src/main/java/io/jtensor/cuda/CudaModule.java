package io.jtensor.cuda;

import jcuda.driver.CUfunction;
import jcuda.driver.CUmodule;

import java.util.Map;

/**
 * A loaded program and its kernels by name.
 *
 * @param module    the CUDA module
 * @param functions its kernels by name
 */
record CudaModule(CUmodule module, Map<String, CUfunction> functions) {

    /** The kernel of this name. */
    CUfunction function(String name) {
        CUfunction function = functions.get(name);
        if (function == null) {
            throw new IllegalStateException("CUDA module has no kernel " + name + " (has " + functions.keySet() + ")");
        }
        return function;
    }
}
