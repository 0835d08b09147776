package io.jtensor.cpu;

import io.jtensor.op.BinaryOp;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@link FloatOps}' maximum, minimum, fmax and fmin bit for bit against NumPy's per-element rules
 * (written here as the compare-and-select they are), over every pair of special values (signed
 * zeros, infinities, subnormals, the extremes, NaNs of both signs and several payloads) and
 * random ones, in blocks with and without NaN, often enough for the JIT to compile the loops.
 */
class FloatExtremesTest {

    private static final BinaryOp[] OPS = {BinaryOp.MAXIMUM, BinaryOp.MINIMUM, BinaryOp.FMAX, BinaryOp.FMIN};

    private static double expected(BinaryOp op, double x, double y) {
        return switch (op) {
            case MAXIMUM -> x != x || x > y ? x : y;
            case MINIMUM -> x != x || x < y ? x : y;
            case FMAX -> x >= y || y != y ? x : y;
            case FMIN -> x <= y || y != y ? x : y;
            default -> throw new IllegalArgumentException(op.toString());
        };
    }

    private static double[] values() {
        List<Double> v = new ArrayList<>(List.of(0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 3.0, -3.0, Double.MIN_VALUE,
                -Double.MIN_VALUE, Double.MIN_NORMAL, -Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, (double) Float.MAX_VALUE, (double) Float.MIN_VALUE,
                Math.nextUp(1.0), Math.nextDown(-1.0), 1e300, -1e300));
        Random random = new Random(11);
        for (int i = 0; i < 12; i++) {
            v.add((random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(20) - 10));
        }
        double[] result = new double[v.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = v.get(i);
        }
        return result;
    }

    private static final double[] NANS = {Double.NaN, -Double.NaN, Double.longBitsToDouble(0x7ff0000000000001L),
            Double.longBitsToDouble(0xfff8000000000123L), Double.longBitsToDouble(0x7ff4000000000000L)};

    @Test
    void matchesNumpysRulesBitForBit() {
        double[] ordered = values();
        double[] all = new double[ordered.length + NANS.length];
        System.arraycopy(ordered, 0, all, 0, ordered.length);
        System.arraycopy(NANS, 0, all, ordered.length, NANS.length);
        List<double[][]> blocks = new ArrayList<>();
        blocks.add(pairs(ordered, ordered));
        blocks.add(pairs(all, all));
        blocks.add(pairs(NANS, ordered));
        Random random = new Random(5);
        double[][] mixed = new double[2][MapKernels.BLOCK];
        for (int i = 0; i < MapKernels.BLOCK; i++) {
            mixed[0][i] = random.nextInt(50) == 0 ? NANS[random.nextInt(NANS.length)] : random.nextGaussian();
            mixed[1][i] = random.nextInt(8) == 0 ? -0.0 : random.nextGaussian();
        }
        blocks.add(mixed);
        for (int round = 0; round < 400; round++) {
            for (double[][] block : blocks) {
                int n = block[0].length;
                double[] r = new double[n];
                for (BinaryOp op : OPS) {
                    FloatOps.binary(op, false, block[0], block[1], r, n);
                    if (round % 100 == 0 || round == 399) {
                        for (int i = 0; i < n; i++) {
                            double x = block[0][i];
                            double y = block[1][i];
                            long want = Double.doubleToRawLongBits(expected(op, x, y));
                            long got = Double.doubleToRawLongBits(r[i]);
                            int at = i;
                            assertEquals(want, got, () -> op + "(" + x + " [" + Long.toHexString(
                                    Double.doubleToRawLongBits(x)) + "], " + y + " [" + Long.toHexString(
                                    Double.doubleToRawLongBits(y)) + "]) at " + at + ": got " + r[at]);
                        }
                    }
                }
            }
        }
    }

    /** Every (x, y) with x from {@code xs} and y from {@code ys}, as two columns. */
    private static double[][] pairs(double[] xs, double[] ys) {
        double[][] p = new double[2][xs.length * ys.length];
        int k = 0;
        for (double x : xs) {
            for (double y : ys) {
                p[0][k] = x;
                p[1][k] = y;
                k++;
            }
        }
        return p;
    }
}
