package io.jtensor.kernels;

import io.jtensor.DType;
import io.jtensor.op.BinaryOp;
import io.jtensor.op.ReduceOp;
import io.jtensor.op.UnaryOp;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KernelGeneratorTest {

    private static String resource(String name) throws IOException {
        try (InputStream in = KernelTemplates.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The source without its dialect header and fp64 switch: what both dialects must share. */
    private static String body(Dialect dialect, KernelSource source) throws IOException {
        String text = source.source().replace(dialect.fp64Enable(), "");
        String header = resource(dialect.headerResource());
        assertTrue(text.contains(header), source.description() + " lacks its dialect header");
        return text.replace(header, "");
    }

    @Test
    void bothDialectsAreGeneratedFromTheSameTableAndDifferOnlyInTheDialectHeader() throws IOException {
        List<KernelSource> opencl = KernelCatalog.all(Dialect.OPENCL, true);
        List<KernelSource> cuda = KernelCatalog.all(Dialect.CUDA, true);
        assertEquals(opencl.size(), cuda.size());
        long kernels = opencl.stream().mapToLong(source -> source.kernelNames().size()).sum();
        assertTrue(kernels > 200, "catalog covers every op and type: " + kernels + " kernels");
        for (int i = 0; i < opencl.size(); i++) {
            assertEquals(opencl.get(i).description(), cuda.get(i).description());
            assertEquals(body(Dialect.OPENCL, opencl.get(i)), body(Dialect.CUDA, cuda.get(i)),
                    opencl.get(i).description());
        }
    }

    @Test
    void floatingPointKernelsUseTheTokensOwnExpression() {
        KernelSource float32 = MapKernels.program(Dialect.OPENCL, DType.FLOAT32, false);
        for (UnaryOp op : UnaryOp.values()) {
            if (!op.definedOnFloats()) {
                assertFalse(float32.kernelNames().contains(MapKernels.kernelName(op)), op.numpyName());
                continue;
            }
            String code = op.givesBool() ? "((jbool) (" + op.expression() + "))" : "(" + op.expression() + ")";
            assertTrue(float32.source().contains("#define JT_OP(x) " + code), op.numpyName());
            assertTrue(float32.kernelNames().contains(MapKernels.kernelName(op)), op.numpyName());
        }
        for (BinaryOp op : BinaryOp.values()) {
            if (!op.definedOnFloats()) {
                assertFalse(float32.kernelNames().contains(MapKernels.kernelName(op)), op.numpyName());
                continue;
            }
            ScalarExpressions.Expression e = ScalarExpressions.of(op, DType.FLOAT64);
            assertTrue(e.code().contains(op.expression()), op.numpyName());
            assertEquals(op.givesBool() ? DType.BOOL : DType.FLOAT64, e.resultType());
        }
    }

    @Test
    void integerArithmeticWrapsThroughTheUnsignedType() {
        assertEquals("((jint) ((juint) (a) + (juint) (b)))", ScalarExpressions.of(BinaryOp.ADD, DType.INT32).code());
        assertEquals("jt_power_int64(a, b)", ScalarExpressions.of(BinaryOp.POWER, DType.INT64).code());
        assertEquals("((x) == 0 ? JT_INT32_MIN : (jint) (1 / (x)))",
                ScalarExpressions.of(UnaryOp.RECIPROCAL, DType.INT32).code());
        assertEquals("((jbool) ((a) | (b)))", ScalarExpressions.of(BinaryOp.ADD, DType.BOOL).code());
        assertEquals("jt_floor_divide_int32(a, b)", ScalarExpressions.of(BinaryOp.FLOOR_DIVIDE, DType.INT32).code());
        assertEquals("jt_fmod_int64(a, b)", ScalarExpressions.of(BinaryOp.FMOD, DType.INT64).code());
    }

    /**
     * The bitwise, shift, gcd and lcm ops are in the bool (bitwise ops only) and integer programs,
     * with the token's expression cast back to the compute type (C computes bool and int operands
     * of &amp; | ^ ~ in int), and in no float program.
     */
    @Test
    void integerOnlyOpsUseTheTokensExpressionInIntegerPrograms() {
        assertEquals("((jint) ((a) & (b)))", ScalarExpressions.of(BinaryOp.BITWISE_AND, DType.INT32).code());
        assertEquals("((jbool) ((a) ^ (b)))", ScalarExpressions.of(BinaryOp.BITWISE_XOR, DType.BOOL).code());
        assertEquals("((jlong) jt_left_shift(a, b))", ScalarExpressions.of(BinaryOp.LEFT_SHIFT, DType.INT64).code());
        assertEquals("((jlong) (~(x)))", ScalarExpressions.of(UnaryOp.INVERT, DType.INT64).code());
        assertEquals("((jbool) ((x) == 0))", ScalarExpressions.of(UnaryOp.INVERT, DType.BOOL).code());
        for (BinaryOp op : List.of(BinaryOp.GCD, BinaryOp.LCM, BinaryOp.RIGHT_SHIFT)) {
            assertThrows(IllegalArgumentException.class, () -> ScalarExpressions.of(op, DType.FLOAT32));
            assertTrue(MapKernels.ops(DType.INT32).contains(op), op.numpyName());
            assertFalse(MapKernels.ops(DType.BOOL).contains(op), op.numpyName());
        }
        assertTrue(MapKernels.ops(DType.BOOL).containsAll(List.of(BinaryOp.BITWISE_OR, UnaryOp.INVERT)));
        assertThrows(IllegalArgumentException.class, () -> ScalarExpressions.of(UnaryOp.INVERT, DType.FLOAT64));
        String int64 = MapKernels.program(Dialect.OPENCL, DType.INT64, true).source();
        assertTrue(int64.contains("JT_INTEGER_BITS(jlong, julong, 64)"), "the prelude's overloads reach the program");
    }

    /**
     * bitwise_count is the dialect's popcount of the magnitude in the unsigned type (so |MIN| is one
     * bit), in the int32 and int64 programs only (core computes bool input as int8, in int32); the
     * value is stored into out's uint8 by the store helper.
     */
    @Test
    void bitwiseCountIsThePopcountOfTheMagnitude() {
        assertEquals("((jlong) JT_POPCOUNT64((x) < 0 ? 0 - (julong) (x) : (julong) (x)))",
                ScalarExpressions.of(UnaryOp.BITWISE_COUNT, DType.INT64).code());
        assertEquals(DType.INT32, ScalarExpressions.of(UnaryOp.BITWISE_COUNT, DType.INT32).resultType());
        assertTrue(MapKernels.ops(DType.INT32).contains(UnaryOp.BITWISE_COUNT));
        assertFalse(MapKernels.ops(DType.BOOL).contains(UnaryOp.BITWISE_COUNT));
        assertThrows(IllegalArgumentException.class, () -> ScalarExpressions.of(UnaryOp.BITWISE_COUNT, DType.FLOAT32));
        assertTrue(MapKernels.program(Dialect.OPENCL, DType.INT32, false).source()
                .contains("#define JT_POPCOUNT32(u) popcount(u)"));
        assertTrue(MapKernels.program(Dialect.CUDA, DType.INT64, true).source()
                .contains("#define JT_POPCOUNT64(u) __popcll(u)"));
    }

    @Test
    void predicatesOnIntegersAreConstantsOrSignTests() {
        assertEquals(DType.BOOL, ScalarExpressions.of(UnaryOp.ISNAN, DType.INT32).resultType());
        assertEquals("((jbool) 0)", ScalarExpressions.of(UnaryOp.ISINF, DType.INT64).code());
        assertEquals("((jbool) 1)", ScalarExpressions.of(UnaryOp.ISFINITE, DType.BOOL).code());
        assertEquals("((jbool) ((x) < 0))", ScalarExpressions.of(UnaryOp.SIGNBIT, DType.INT32).code());
        assertEquals("((jbool) ((x) == 0))", ScalarExpressions.of(UnaryOp.LOGICAL_NOT, DType.BOOL).code());
    }

    @Test
    void floatToIntegerCastsUseTheNumPyHelper() {
        assertEquals("jt_float64_to_int32(v)", Conversions.convert(DType.FLOAT64, DType.INT32, "v"));
        assertEquals("((jbool) ((v) != 0))", Conversions.convert(DType.FLOAT32, DType.BOOL, "v"));
        assertEquals("((double) (v))", Conversions.convert(DType.INT64, DType.FLOAT64, "v"));
        assertEquals("(v)", Conversions.convert(DType.INT32, DType.INT32, "v"));
    }

    @Test
    void float64IsEnabledOnlyWhenUsed() {
        KernelSource single = MapKernels.program(Dialect.OPENCL, DType.FLOAT32, false);
        KernelSource dbl = MapKernels.program(Dialect.OPENCL, DType.FLOAT32, true);
        assertFalse(single.usesFloat64());
        assertFalse(single.source().contains("cl_khr_fp64"));
        assertFalse(single.source().contains("double*"), "no float64 loads or stores without cl_khr_fp64");
        assertTrue(dbl.usesFloat64());
        assertTrue(dbl.source().contains("((GLOBAL const double*) p)[i]"), "float64 operands are readable");
        assertTrue(dbl.source().startsWith(Dialect.OPENCL.fp64Enable()));
    }

    @Test
    void rejectsOpsCoreNeverComputesInAType() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ScalarExpressions.of(UnaryOp.EXP, DType.INT32));
        assertTrue(e.getMessage().startsWith("exp: no kernel computes it in int32"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> ReduceKernels.program(Dialect.OPENCL, DType.FLOAT32, false, 100));
        assertThrows(IllegalArgumentException.class, () -> MapKernels.program(Dialect.OPENCL, DType.FLOAT64, false));
    }

    @Test
    void everyOpHasOneKernelPerComputeTypeWithOperandTypesChosenAtRunTime() {
        KernelSource float64 = MapKernels.program(Dialect.OPENCL, DType.FLOAT64, true);
        assertTrue(float64.kernelNames().contains("jt_map_exp"));
        assertTrue(float64.kernelNames().contains("jt_map_where"));
        assertEquals(float64.kernelNames().size(), Set.copyOf(float64.kernelNames()).size(), "names are unique");
        assertTrue(float64.source().contains("case " + TypedMemory.code(DType.INT32) + ": return ((double) ("
                + "((GLOBAL const jint*) p)[i]));"), "int32 operands load as double");
        KernelSource sums = ReduceKernels.program(Dialect.OPENCL, DType.INT64, true, 256);
        assertTrue(sums.kernelNames().containsAll(List.of(ReduceKernels.partialName(ReduceOp.SUM),
                ReduceKernels.finalName(ReduceOp.ARGMAX))));
        assertFalse(sums.kernelNames().contains(ReduceKernels.partialName(ReduceOp.ALL)));
    }

    @Test
    void matmulTilesShrinkToFitSmallWorkGroups() {
        assertEquals(16, MatmulKernels.tileFor(1024));
        assertEquals(16, MatmulKernels.tileFor(256));
        assertEquals(8, MatmulKernels.tileFor(255));
        assertEquals(8, MatmulKernels.tileFor(64));
        assertEquals(4, MatmulKernels.tileFor(16));
        assertEquals(1, MatmulKernels.tileFor(1));
        String source = MatmulKernels.program(Dialect.OPENCL, true, 4).source();
        assertTrue(source.contains("#define JT_TILE 4"), "the tile reaches the kernel");
        assertThrows(IllegalArgumentException.class, () -> MatmulKernels.program(Dialect.CUDA, true, 32));
    }

    /**
     * The store helpers convert a float value to every type but uint32 (no plan stores one there:
     * copies into uint32 are planned in int64), and an int64 value to uint32 too.
     */
    @Test
    void storeHelpersLeaveOutOnlyFloatValuesAsUint32() {
        String helpers = TypedMemory.helpers(Set.of(), Set.of(DType.FLOAT32, DType.INT64), true);
        String floats = function(helpers, "jt_store_float32");
        String longs = function(helpers, "jt_store_int64");
        for (DType to : DType.values()) {
            String store = "case " + TypedMemory.code(to) + ":";
            assertEquals(to != DType.UINT32, floats.contains(store), "float32 stored as " + to);
            assertTrue(longs.contains(store), "int64 stored as " + to);
        }
    }

    private static String function(String code, String name) {
        int start = code.indexOf(" " + name + "(");
        assertTrue(start >= 0, name + " missing");
        return code.substring(start, code.indexOf("\n}\n", start));
    }
}
