package io.jtensor.opencl;

import io.jtensor.kernels.Dialect;
import io.jtensor.kernels.KernelCatalog;
import io.jtensor.kernels.KernelSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An injected compile error: a generated program with a broken line fails with an
 * {@link OpenClException} that names the program (op family and compute type), the device and
 * the compiler's log, and the device keeps building good programs afterwards.
 */
class OpenClBuildFailureTest {

    @Test
    void aKernelThatFailsToCompileNamesOpTypeAndCompilerLog() {
        OpenClDevice device = OpenClDevice.open();
        KernelSource good = KernelCatalog.all(Dialect.OPENCL, device.fp64).stream()
                .filter(s -> s.description().startsWith("map float32")).findFirst().orElseThrow();
        KernelSource broken = new KernelSource(good.description(),
                good.source() + "\n__kernel void injected_fault(void) { undeclared_identifier_42 = 1; }\n",
                good.kernelNames(), good.usesFloat64());
        OpenClException e = assertThrows(OpenClException.class, () -> new OpenClCompiler(device, broken).compile());
        String message = e.getMessage();
        assertTrue(message.contains("OpenCL build of 'map float32"), message);
        assertTrue(message.contains(device.description()), message);
        assertTrue(message.contains("Build log:") && message.contains("undeclared_identifier_42"), message);

        OpenClProgram program = new OpenClCompiler(device, good).compile().program();
        assertTrue(program.kernels().size() == good.kernelNames().size());
        program.release();
    }
}
