package io.jtensor.cpu;

import io.jtensor.backend.Backend;
import io.jtensor.backend.BackendProvider;

/** The {@link java.util.ServiceLoader} entry of the CPU backend: name {@code "cpu"}, priority 100. */
public final class CpuBackendProvider implements BackendProvider {

    /** Creates the provider (called by the service loader). */
    public CpuBackendProvider() {
    }

    @Override
    public String name() {
        return "cpu";
    }

    @Override
    public int priority() {
        return 100;
    }

    @Override
    public Backend create() {
        return new CpuBackend();
    }
}
