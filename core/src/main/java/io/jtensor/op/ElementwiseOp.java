package io.jtensor.op;

/**
 * An element-wise operation token: a {@link UnaryOp}, a {@link BinaryOp} or a {@link TernaryOp}.
 *
 * <p>Tokens carry metadata only (NumPy name, arity, the scalar C expression the kernel generator
 * uses); each backend maps a token to code.
 */
public sealed interface ElementwiseOp permits UnaryOp, BinaryOp, TernaryOp {

    /** The NumPy (or, for ops NumPy lacks, the conventional) name, e.g. {@code "exp"}. */
    String numpyName();

    /** How many input operands the op takes. */
    int arity();

    /**
     * Whether the result is bool whatever the inputs' type: comparisons, logical ops and
     * predicates such as {@code isnan}. Such ops compute in the inputs' (promoted) type and store
     * 0 or 1.
     */
    boolean givesBool();

    /**
     * Whether NumPy defines the op on floating-point input: false for the bitwise, shift,
     * {@code gcd} and {@code lcm} ops, which core refuses on floats.
     */
    boolean definedOnFloats();

    /**
     * Which inputs and results report which floating-point error category ({@code Np.seterr}), or
     * null for an op whose errors jtensor does not check (see the README's list of covered ops).
     */
    default FloatErrorRule floatErrorRule() {
        return null;
    }
}
