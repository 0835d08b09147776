package io.jtensor.cuda;

import io.jtensor.backend.Backend;
import io.jtensor.backend.BackendProvider;

/**
 * Registers the {@link CudaSimulator} as backend {@value CudaSimulator#NAME} wherever cuda-backend's
 * test classes are on the class path (its own tests and the tests module), so the tests that cover
 * every available backend (NumPy parity of random cases, the CUDA-vs-CPU differential, hostile
 * input, eight threads at once, the soak) also run the CUDA backend's code without a GPU. Priority
 * 10: never the default. Unavailable, with the reason, where no host C++ compiler runs.
 */
public final class CudaSimulatorProvider implements BackendProvider {

    /** Priority below every real backend. */
    public static final int PRIORITY = 10;

    private static final class Simulator {
        static final Backend BACKEND = CudaSimulator.backend();
    }

    /** Creates the provider; the simulator is set up on first use. */
    public CudaSimulatorProvider() {
    }

    @Override
    public String name() {
        return CudaSimulator.NAME;
    }

    @Override
    public int priority() {
        return PRIORITY;
    }

    @Override
    public Backend create() {
        CudaSimulator.unavailableReason().ifPresent(reason -> {
            throw new IllegalStateException(reason);
        });
        return Simulator.BACKEND;
    }
}
