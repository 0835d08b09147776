package io.jtensor.cpu;

import io.jtensor.DType;
import io.jtensor.backend.Backend;
import io.jtensor.backend.BackendProvider;
import io.jtensor.backend.Backends;
import org.junit.jupiter.api.Test;

import java.util.ServiceLoader;

import static org.junit.jupiter.api.Assertions.*;

class CpuBackendProviderTest {

    @Test
    void theServiceLoaderFindsTheCpuBackend() {
        BackendProvider provider = ServiceLoader.load(BackendProvider.class).stream()
                .map(ServiceLoader.Provider::get).filter(p -> p.name().equals("cpu")).findFirst().orElseThrow();
        assertEquals(100, provider.priority());
        Backend backend = Backends.get("cpu");
        assertInstanceOf(CpuBackend.class, backend);
        assertEquals("cpu", backend.name());
        assertTrue(backend.deviceDescription().startsWith("CPU ("), backend.deviceDescription());
        assertTrue(backend.deviceDescription().contains("thread"), backend.deviceDescription());
        for (DType t : DType.values()) {
            assertTrue(backend.supports(t));
        }
    }
}
