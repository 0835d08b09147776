package io.jtensor.conformance;

import io.jtensor.backend.Backend;
import io.jtensor.backend.BackendStatus;
import io.jtensor.backend.Backends;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;

/**
 * The conformance suite on the CUDA backend, with the CUDA C++ Programming Guide's accuracy bounds
 * (appendix "Mathematical Functions", maximum ULP error without {@code --use_fast_math}) where they
 * are looser than the CPU backend's 1 ULP. Skipped, printing the probe's reason, where the CUDA
 * backend is unavailable (no driver, no GPU, no NVRTC): that is the only skip.
 *
 * <p>Bounds in ULP of the result type, float32 / float64:
 * <ul>
 *   <li>exp, exp2 2 / 1; expm1, log, log2, log1p 1 / 1; log10 2 / 1; sin, cos 2 / 2; tan 4 / 2;
 *       tanh 2 / 1; pow 4 / 2; asin, acos, atan 2 / 2; asinh 3 / 3; acosh 4 / 3; atanh 3 / 2;
 *       sinh 3 / 2; cosh 2 / 1; cbrt 1 / 1; atan2 3 / 2; hypot 3 / 2.</li>
 *   <li>logaddexp, logaddexp2 (NumPy's formula on exp / exp2 and log1p): 3 ULP or 3 eps absolutely
 *       in float32, 2 / 3 ULP or 2 eps in float64 as on the CPU (see {@link ConformanceSuite}).</li>
 *   <li>sigmoid, computed as 1 / (1 + exp(-x)) or exp(x) / (1 + exp(x)): 4 (exp's bound, scaled
 *       by e/(1+e) &lt; 1, plus two roundings).</li>
 *   <li>+ - * /, 1/x and sqrt: exact (NVRTC's defaults {@code -prec-div=true -prec-sqrt=true}; the
 *       backend compiles with {@code --fmad=false}, so no contraction changes the last bit).</li>
 *   <li>softmax, log-softmax, log-sum-exp: 6 ULP or 6 eps·max|x| (exp 2 and log 1 on top of the
 *       CPU's 4).</li>
 *   <li>reductions and products: as on the CPU.</li>
 * </ul>
 * These bounds are taken from NVIDIA's documentation; the suite has not yet run on a GPU.
 */
class CudaConformanceTest extends CudaToleranceSuite {

    @BeforeAll
    static void requireCuda() {
        BackendStatus status = Backends.statuses().stream().filter(s -> s.name().equals("cuda")).findFirst()
                .orElseThrow(() -> new AssertionError("no 'cuda' backend provider on the class path"));
        if (!status.available()) {
            System.out.println("CUDA conformance suite SKIPPED: " + status.reason());
        } else {
            System.out.println("CUDA conformance suite on " + status.backend().orElseThrow().deviceDescription());
        }
        Assumptions.assumeTrue(status.available(), () -> "CUDA backend unavailable: " + status.reason());
    }

    @Override
    protected Backend backend() {
        return Backends.get("cuda");
    }
}
