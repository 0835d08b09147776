package io.jtensor.cuda;

import io.jtensor.kernels.Dialect;
import io.jtensor.kernels.KernelCatalog;
import io.jtensor.kernels.KernelSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Compiles every generated CUDA program with NVRTC through jtensor's own FFM binding, to cubin for
 * sm_90 (the H100/H200; NVRTC needs no GPU for that), with the options the backend uses. Where
 * NVRTC comes from, and when its absence fails or skips: {@link TestNvrtc} (the {@code nvcc} check
 * in {@code kernels} still covers the dialect where nvcc is installed).
 */
class NvrtcCatalogCompileTest {

    private static final int ARCHITECTURE = TestNvrtc.ARCHITECTURE;
    private static final byte[] ELF_MAGIC = {0x7f, 'E', 'L', 'F'};

    private static Nvrtc nvrtc;

    @BeforeAll
    static void loadNvrtc() {
        nvrtc = TestNvrtc.load();
    }

    @Test
    void everyCatalogProgramCompilesToCubinForSm90() throws Exception {
        int[] supported = nvrtc.supportedArchitectures();
        CudaTarget target = CudaTarget.choose(ARCHITECTURE, supported);
        assertEquals(new CudaTarget(ARCHITECTURE, true), target);
        List<String> options = CudaCompiler.options(target);
        List<KernelSource> sources = KernelCatalog.all(Dialect.CUDA, true);
        long start = System.nanoTime();
        List<Nvrtc.Output> outputs = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors())) {
            List<Future<Nvrtc.Output>> futures = sources.stream()
                    .map(s -> pool.submit(() -> nvrtc.compile(s.description(), s.source(), options))).toList();
            for (Future<Nvrtc.Output> future : futures) {
                outputs.add(future.get());
            }
        }
        for (int i = 0; i < sources.size(); i++) {
            Nvrtc.Output output = outputs.get(i);
            assertTrue(output.cubin(), sources.get(i).description());
            assertArrayEquals(ELF_MAGIC, Arrays.copyOf(output.binary(), 4), sources.get(i).description() + " is not an ELF cubin");
            String symbols = new String(output.binary(), StandardCharsets.ISO_8859_1);
            for (String kernel : sources.get(i).kernelNames()) {
                assertTrue(symbols.contains(kernel), sources.get(i).description() + " lacks kernel " + kernel);
            }
        }
        int[] version = nvrtc.version();
        System.out.printf("CUDA kernels checked by NVRTC %d.%d (%s, via FFM): %d programs compiled to cubin for sm_%d"
                        + " with %s in %.1f s%n", version[0], version[1], nvrtc.location().library(), sources.size(),
                ARCHITECTURE, options, (System.nanoTime() - start) / 1e9);
    }

    @Test
    void ptxFallbackAndCompileErrorsCarryNvrtcOutput() {
        Nvrtc.Output ptx = nvrtc.compile("ptx probe", "extern \"C\" __global__ void probe(float* x) { x[0] = expf(x[0]); }",
                List.of(new CudaTarget(ARCHITECTURE, false).option()));
        assertFalse(ptx.cubin());
        String text = new String(ptx.binary(), StandardCharsets.US_ASCII);
        assertTrue(text.contains(".target sm_90"), text);
        assertTrue(text.contains(".entry probe"), text);
        NvrtcException e = assertThrows(NvrtcException.class,
                () -> nvrtc.compile("broken", "__global__ void broken() { undeclared_name = 1; }", List.of("-arch=sm_90")));
        assertTrue(e.getMessage().contains("'broken'"), e.getMessage());
        assertTrue(e.getMessage().contains("NVRTC_ERROR_COMPILATION"), e.getMessage());
        assertTrue(e.getMessage().contains("undeclared_name"), e.getMessage());
    }

    @Test
    void theCudaDialectNeverUsesFastMath() {
        for (KernelSource source : KernelCatalog.all(Dialect.CUDA, true)) {
            assertFalse(source.source().contains("__expf"), source.description());
        }
        assertFalse(CudaCompiler.options(new CudaTarget(ARCHITECTURE, true)).toString().contains("fast_math"));
    }
}
