package io.jtensor.cuda;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which architecture NVRTC compiles for, and whether to cubin or PTX. */
class CudaTargetTest {

    private static final int[] NVRTC_13 = {75, 80, 86, 87, 88, 89, 90, 100, 103, 110, 120, 121};

    @Test
    void anExactlySupportedDeviceGetsCubinForItsArchitecture() {
        assertEquals(new CudaTarget(90, true), CudaTarget.choose(90, NVRTC_13));
        assertEquals("-arch=sm_90", CudaTarget.choose(90, NVRTC_13).option());
        assertEquals(new CudaTarget(86, true), CudaTarget.choose(86, NVRTC_13));
    }

    @Test
    void aNewerMinorOfASupportedMajorGetsCubinOfTheNewestSameMajor() {
        assertEquals(new CudaTarget(121, true), CudaTarget.choose(122, NVRTC_13));
        assertEquals(new CudaTarget(80, true), CudaTarget.choose(82, new int[] {80, 90}));
    }

    @Test
    void aDeviceNewerThanEveryMajorNvrtcKnowsGetsPtxForTheNewestBelow() {
        CudaTarget target = CudaTarget.choose(130, NVRTC_13);
        assertEquals(new CudaTarget(121, false), target);
        assertEquals("-arch=compute_121", target.option());
    }

    @Test
    void aDeviceOlderThanEverySupportedArchitectureIsRefusedWithTheList() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> CudaTarget.choose(70, NVRTC_13));
        assertTrue(e.getMessage().contains("none at or below the device's sm_70"), e.getMessage());
        assertTrue(e.getMessage().contains("[75, 80"), e.getMessage());
    }
}
