package io.jtensor.cuda;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where the NVRTC loader looks, in which order, and what it says when it finds nothing. */
class NvrtcLocatorTest {

    @Test
    void searchesPropertyEnvironmentCudaHomeThenPythonPackagesInOrder(@TempDir Path root) throws IOException {
        Path venv = root.resolve("venv");
        Files.createDirectories(venv.resolve("lib/python3.12/site-packages/nvidia/cu13/lib"));
        Files.createDirectories(venv.resolve("lib/python3.12/site-packages/nvidia/cublas/lib"));
        NvrtcLocator locator = new NvrtcLocator("/opt/nvrtc", Map.of(NvrtcLocator.PATH_ENVIRONMENT, "/ci/nvrtc",
                "CUDA_HOME", "/opt/cuda", "CUDA_PATH", "/opt/cuda-path", "VIRTUAL_ENV", venv.toString()), List.of());
        assertEquals(List.of(Path.of("/opt/nvrtc"), Path.of("/ci/nvrtc"), Path.of("/opt/cuda/lib64"),
                Path.of("/opt/cuda-path/lib64"), Path.of("/usr/local/cuda/lib64"),
                venv.resolve("lib/python3.12/site-packages/nvidia/cu13/lib"),
                venv.resolve("lib/python3.12/site-packages/nvidia/cublas/lib")), locator.places());
    }

    @Test
    void findsTheLibraryInAPythonWheelFolderWithItsBuiltins(@TempDir Path root) throws IOException {
        Path lib = Files.createDirectories(root.resolve("usr/lib/python3/dist-packages/nvidia/cu13/lib"));
        Path library = Files.writeString(lib.resolve("libnvrtc.so.13"), "");
        Files.writeString(lib.resolve("libnvrtc.alt.so.13"), "");
        Path builtins = Files.writeString(lib.resolve("libnvrtc-builtins.so.13.0"), "");
        Files.writeString(lib.resolve("libnvrtc-builtins.alt.so.13.0"), "");
        NvrtcLocator.Found found = new NvrtcLocator(null, Map.of(), List.of(root.resolve("usr"))).locate();
        assertEquals(new NvrtcLocator.Found(library, Optional.of(builtins)), found);
    }

    @Test
    void prefersSo13OverSo12AndAcceptsAFileAsTheProperty(@TempDir Path root) throws IOException {
        Path lib = Files.createDirectories(root.resolve("lib64"));
        Files.writeString(lib.resolve("libnvrtc.so.12"), "");
        Path so13 = Files.writeString(lib.resolve("libnvrtc.so.13"), "");
        assertEquals(so13, new NvrtcLocator(lib.toString(), Map.of(), List.of()).locate().library());
        Path so12 = lib.resolve("libnvrtc.so.12");
        NvrtcLocator.Found explicit = new NvrtcLocator(so12.toString(), Map.of(), List.of()).locate();
        assertEquals(so12, explicit.library());
        assertEquals(Optional.empty(), explicit.builtins(), "no libnvrtc-builtins.so.12* beside it");
    }

    @Test
    void failureNamesEveryPlaceSearchedAndHowToFixIt(@TempDir Path root) {
        Path missing = root.resolve("nothing-here");
        Assumptions.assumeFalse(Files.exists(Path.of("/usr/local/cuda/lib64/libnvrtc.so.13"))
                || Files.exists(Path.of("/usr/local/cuda/lib64/libnvrtc.so.12")), "this machine has a CUDA toolkit");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new NvrtcLocator(missing.toString(), Map.of("CUDA_HOME", "/no/cuda"), List.of()).locate());
        assertTrue(e.getMessage().startsWith("NVRTC not found: no libnvrtc.so.13 or libnvrtc.so.12 in ["
                + missing + ", /no/cuda/lib64, /usr/local/cuda/lib64]"), e.getMessage());
        assertTrue(e.getMessage().contains("-Djtensor.nvrtc.path="), e.getMessage());
        assertTrue(e.getMessage().contains("pip install nvidia-cuda-nvrtc"), e.getMessage());
    }
}
