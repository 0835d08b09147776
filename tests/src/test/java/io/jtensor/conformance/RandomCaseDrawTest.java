package io.jtensor.conformance;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The fuzzer's drawer itself: every seed draws a case (a crash in a family's draw would otherwise
 * surface only in the long runs that reach its seed, as the gradient draw's did).
 */
class RandomCaseDrawTest {

    /** A gradient draw whose shape was redrawn with another rank read its coordinates' length off the old one. */
    @Test
    void aRedrawnGradientShapeGivesCoordinatesOfItsOwnRank() {
        RandomCase c = assertDoesNotThrow(() -> RandomCase.of(-3456653726137143302L));
        assertEquals(RandomCase.Family.NUMERIC, c.family());
    }

    @Test
    void twentyThousandSeedsOfOneRunEachDrawACase() {
        List<String> failures = new ArrayList<>();
        for (long i = 0; i < 20_000; i++) {
            long seed = RandomCase.caseSeed(20261202, i);
            try {
                RandomCase.of(seed);
            } catch (RuntimeException e) {
                failures.add("RandomCase.of(" + seed + "L): " + e);
            }
        }
        assertEquals(List.of(), failures.subList(0, Math.min(10, failures.size())), failures.size() + " seeds failed");
    }
}
