package io.jtensor.cuda;

import io.jtensor.backend.BackendStatus;
import io.jtensor.backend.Backends;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the CUDA probe reports when it cannot open a device, as Backends shows it. */
class CudaProbeTest {

    @Test
    void aMissingDriverSaysSoAndKeepsTheLinkError() {
        UnsatisfiedLinkError link = new UnsatisfiedLinkError("libcuda.so.1: cannot open shared object file");
        Throwable explained = CudaBackendProvider.explain(link);
        assertTrue(explained.getMessage().startsWith("no NVIDIA driver: "), explained.getMessage());
        assertTrue(explained.getMessage().contains("libcuda.so.1: cannot open shared object file"));
        assertSame(link, explained.getCause());
    }

    @Test
    void jcudasMultiLineLinkErrorIsCutToTheMissingLibrary() {
        String jcuda = """
                Error while loading native library "JCudaDriver-12.6.0-linux-x86_64"
                Operating system name: Linux
                ---(start of nested stack traces)---
                Stack trace from the attempt to load the library as a file:
                java.lang.UnsatisfiedLinkError: no JCudaDriver-12.6.0-linux-x86_64 in java.library.path: /usr/lib
                Stack trace from the attempt to load the library as a resource:
                java.lang.UnsatisfiedLinkError: /tmp/libJCudaDriver-12.6.0-linux-x86_64.so: libcuda.so.1: cannot open shared object file: No such file or directory
                ---(end of nested stack traces)---
                """;
        assertEquals("no NVIDIA driver: JCuda's driver binding could not be loaded, it needs libcuda.so.1 "
                        + "(/tmp/libJCudaDriver-12.6.0-linux-x86_64.so: libcuda.so.1: cannot open shared object file: "
                        + "No such file or directory)",
                CudaBackendProvider.explain(new UnsatisfiedLinkError(jcuda)).getMessage());
        assertEquals("first line", CudaBackendProvider.essence("first line\nsecond"));
    }

    @Test
    void aLaterClassErrorSaysJCudaIsUnusable() {
        Throwable explained = CudaBackendProvider.explain(new NoClassDefFoundError("Could not initialize class jcuda.driver.JCudaDriver"));
        assertTrue(explained.getMessage().startsWith("JCuda is unusable: Could not initialize class"), explained.getMessage());
    }

    @Test
    void noDeviceAndOtherFailuresPassThroughUnchanged() {
        CudaException noDevice = new CudaException("no CUDA device: cuInit returned CUDA_ERROR_NO_DEVICE (100)", 100);
        assertSame(noDevice, CudaBackendProvider.explain(noDevice));
        Exception e = assertThrows(CudaException.class, () -> CudaBackendProvider.unwrap(noDevice));
        assertSame(noDevice, e);
        assertThrows(UnsatisfiedLinkError.class, () -> CudaBackendProvider.unwrap(new UnsatisfiedLinkError("x")));
    }

    @Test
    void backendsListsCudaWithTheProbesReasonOrItsDevice() throws Exception {
        BackendStatus status = Backends.statuses().stream().filter(s -> s.name().equals("cuda")).findFirst()
                .orElseThrow(() -> new AssertionError("the cuda provider is not found by ServiceLoader"));
        assertEquals(CudaBackendProvider.PRIORITY, status.priority());
        if (status.available()) {
            System.out.println("CUDA backend available: " + status.backend().orElseThrow().deviceDescription());
            assertTrue(status.backend().orElseThrow().deviceDescription().contains("compute capability"));
            return;
        }
        System.out.println("CUDA backend unavailable here: " + status.reason());
        assertFalse(status.reason().isBlank());
        Throwable failure = status.failure().orElseThrow();
        assertEquals(failure.getClass().getSimpleName() + ": " + failure.getMessage(), status.reason());
        // probed once: a second create() rethrows the same failure, not a NoClassDefFoundError
        Throwable again = assertThrows(Throwable.class, () -> new CudaBackendProvider().create());
        assertSame(failure, again);
    }
}
