package io.jtensor.cuda;

import io.jtensor.DType;
import io.jtensor.backend.GatherPlan;
import io.jtensor.backend.MapPlan;
import io.jtensor.backend.MatmulPlan;
import io.jtensor.backend.Operand;
import io.jtensor.backend.ReducePlan;
import io.jtensor.backend.RowPlan;
import io.jtensor.backend.ScanPlan;
import io.jtensor.backend.SearchPlan;
import io.jtensor.backend.SortPlan;
import io.jtensor.backend.Storage;
import io.jtensor.kernels.Dialect;
import io.jtensor.kernels.GatherKernels;
import io.jtensor.kernels.KernelArguments;
import io.jtensor.kernels.KernelCatalog;
import io.jtensor.kernels.KernelSource;
import io.jtensor.kernels.MapKernels;
import io.jtensor.kernels.MatmulKernels;
import io.jtensor.kernels.ReduceKernels;
import io.jtensor.kernels.RowKernels;
import io.jtensor.kernels.ScanKernels;
import io.jtensor.kernels.SortKernels;
import io.jtensor.op.ElementwiseOp;
import io.jtensor.op.ReduceOp;
import io.jtensor.op.RowOp;
import io.jtensor.op.ScanOp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Checks, without a GPU, that every CUDA launch passes what its kernel declares. {@code cuLaunchKernel}
 * copies each parameter's size from the pointer it is given and checks nothing, so an argument of the
 * wrong size or type would shift or garble every later one. Here every catalog program is compiled by
 * NVRTC to PTX, whose {@code .entry} lists each kernel's parameters with their types; the argument
 * lists the backends build ({@link MapKernels#arguments}, {@link ReduceKernels#partialArguments}, ...,
 * the code {@link CudaLaunch} and the OpenCL backend both run) are recorded for plans that take
 * every branch (scalar and array inputs, masks, arg reductions, the vectorised kernels), and each
 * must match its kernel's list type for type. Every kernel of the catalog must be covered.
 */
class KernelSignatureTest {

    /** {@code .visible .entry name(} then the parameter lines, up to the closing parenthesis. */
    private static final Pattern ENTRY = Pattern.compile("\\.entry\\s+(\\w+)\\s*\\(([^)]*)\\)");
    /** {@code .param .u64 [.ptr .global .align 8] name}: the type is the first dotted word. */
    private static final Pattern PARAM = Pattern.compile("\\.param\\s+\\.(\\w+)");

    /** The PTX parameter types each recorded argument kind may have. */
    private static final Map<String, Set<String>> PTX_TYPES = Map.of(
            "memory", Set.of("u64", "b64"),
            "long", Set.of("u64", "s64", "b64"),
            "int", Set.of("u32", "s32", "b32"),
            "float", Set.of("f32"),
            "double", Set.of("f64"),
            "bool", Set.of("u8", "s8", "b8"));

    private static final Storage STORAGE = new Storage() {
        @Override
        public long byteSize() {
            return 1 << 20;
        }

        @Override
        public void release() {
        }
    };

    /** Kernel parameter types by program description, then kernel name. */
    private static Map<String, Map<String, List<String>>> entries;

    @BeforeAll
    static void compileToPtx() throws Exception {
        Nvrtc nvrtc = TestNvrtc.load();
        List<String> options = CudaCompiler.options(new CudaTarget(TestNvrtc.ARCHITECTURE, false));
        List<KernelSource> sources = KernelCatalog.all(Dialect.CUDA, true);
        Map<String, Map<String, List<String>>> parsed = new HashMap<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors())) {
            List<Future<Nvrtc.Output>> outputs = sources.stream()
                    .map(s -> pool.submit(() -> nvrtc.compile(s.description(), s.source(), options))).toList();
            for (int i = 0; i < sources.size(); i++) {
                Nvrtc.Output output = outputs.get(i).get();
                assertFalse(output.cubin());
                parsed.put(sources.get(i).description(), parameters(new String(output.binary(), StandardCharsets.US_ASCII)));
            }
        }
        entries = parsed;
    }

    /** Each {@code .entry}'s parameter types, in order. */
    static Map<String, List<String>> parameters(String ptx) {
        Map<String, List<String>> kernels = new HashMap<>();
        Matcher entry = ENTRY.matcher(ptx);
        while (entry.find()) {
            List<String> types = new ArrayList<>();
            Matcher param = PARAM.matcher(entry.group(2));
            while (param.find()) {
                types.add(param.group(1));
            }
            kernels.put(entry.group(1), types);
        }
        return kernels;
    }

    @Test
    void ptxParametersAreParsed() {
        String ptx = """
                .visible .entry jt_probe(
                	.param .u64 .ptr .global .align 8 jt_probe_param_0,
                	.param .u32 jt_probe_param_1,
                	.param .f64 jt_probe_param_2
                )
                {
                """;
        assertEquals(Map.of("jt_probe", List.of("u64", "u32", "f64")), parameters(ptx));
    }

    @Test
    void everyCatalogKernelIsLaunchedWithItsParameterTypes() {
        Set<String> covered = new TreeSet<>();
        List<String> mismatches = new ArrayList<>();
        for (DType compute : DType.values()) {
            if (compute.computeType() != compute) {
                continue;   // float16: a storage type, computed by the float32 programs
            }
            String program = MapKernels.program(Dialect.CUDA, compute, true).description();
            for (ElementwiseOp op : MapKernels.ops(compute)) {
                for (boolean scalars : new boolean[] {false, true}) {
                    MapPlan plan = mapPlan(op, compute, new long[] {2, 3}, new long[] {3, 1}, scalars, true);
                    Recorder general = new Recorder();
                    MapKernels.arguments(plan, compute, "layout", general);
                    check(program, MapKernels.kernelName(op), general, covered, mismatches);
                    if (MapKernels.vectorisable(op, compute)) {
                        MapPlan contiguous = mapPlan(op, compute, new long[] {6}, new long[] {1}, scalars, false);
                        Recorder vector = new Recorder();
                        MapKernels.vectorArguments(contiguous, compute, vector);
                        check(program, MapKernels.vectorKernelName(op), vector, covered, mismatches);
                    }
                }
            }
            String reduceProgram = ReduceKernels.program(Dialect.CUDA, compute, true, KernelCatalog.GROUP_SIZE)
                    .description();
            for (ReduceOp op : ReduceKernels.ops(compute)) {
                ReducePlan plan = new ReducePlan(op, Operand.of(STORAGE, DType.FLOAT32, 1, new long[] {3, 1}),
                        new long[] {2}, new long[] {3}, Operand.of(STORAGE, DType.INT64, 0, new long[] {1}), compute, 1);
                String mean = op == ReduceOp.VAR ? "mean" : null;
                String partialIndex = op.isArg() ? "partialIndex" : null;
                Recorder partial = new Recorder();
                ReduceKernels.partialArguments(plan, 4, 1, "layout", mean, "partial", partialIndex, partial);
                check(reduceProgram, ReduceKernels.partialName(op), partial, covered, mismatches);
                Recorder last = new Recorder();
                ReduceKernels.finalArguments(plan, 4, "layout", "partial", partialIndex, "out", 0, DType.INT64, last);
                check(reduceProgram, ReduceKernels.finalName(op), last, covered, mismatches);
            }
        }
        String rowProgram = RowKernels.program(Dialect.CUDA, true, KernelCatalog.GROUP_SIZE).description();
        for (DType dtype : List.of(DType.FLOAT32, DType.FLOAT64)) {
            for (RowOp op : RowOp.values()) {
                Recorder row = new Recorder();
                RowKernels.arguments(new RowPlan(op, Operand.of(STORAGE, dtype, 0, new long[] {3, 1}), 2, 3,
                        Operand.of(STORAGE, dtype, 0, new long[] {3, 1}), dtype), row);
                check(rowProgram, RowKernels.kernelName(op, dtype), row, covered, mismatches);
            }
        }
        String matmulProgram = MatmulKernels.program(Dialect.CUDA, true).description();
        for (DType dtype : List.of(DType.INT32, DType.INT64, DType.FLOAT32, DType.FLOAT64)) {
            MatmulPlan plan = new MatmulPlan(new long[] {2}, 3, 4, 5, Operand.of(STORAGE, dtype, 0, new long[] {12, 4, 1}),
                    Operand.of(STORAGE, dtype, 0, new long[] {0, 5, 1}), Operand.of(STORAGE, dtype, 0, new long[] {15, 5, 1}),
                    dtype);
            Recorder matmul = new Recorder();
            MatmulKernels.arguments(plan, 1, 2, "layout", matmul);
            check(matmulProgram, MatmulKernels.kernelName(dtype), matmul, covered, mismatches);
        }
        String gatherProgram = GatherKernels.program(Dialect.CUDA).description();
        for (DType dtype : DType.values()) {
            Recorder gather = new Recorder();
            GatherKernels.arguments(new GatherPlan(Operand.of(STORAGE, dtype, 0, new long[] {1}), 2, 3, 4,
                    Operand.of(STORAGE, DType.INT64, 0, new long[] {1}), 5, Operand.of(STORAGE, dtype, 0,
                            new long[] {1}), dtype), gather);
            check(gatherProgram, GatherKernels.kernelName(dtype), gather, covered, mismatches);
        }
        String scanProgram = ScanKernels.program(Dialect.CUDA, true).description();
        for (DType dtype : List.of(DType.INT64, DType.FLOAT16, DType.FLOAT32, DType.FLOAT64)) {
            for (ScanOp op : ScanOp.values()) {
                Recorder scan = new Recorder();
                ScanKernels.arguments(new ScanPlan(op, Operand.of(STORAGE, dtype, 0, new long[] {1}), 2, 3, 4,
                        Operand.of(STORAGE, dtype, 0, new long[] {1}), dtype), scan);
                check(scanProgram, ScanKernels.kernelName(op, dtype), scan, covered, mismatches);
            }
        }
        String sortProgram = SortKernels.program(Dialect.CUDA, true).description();
        for (DType dtype : DType.values()) {
            if (dtype.computeType() != dtype) {
                continue;   // storage types' keys are sorted as exact float32/int32 copies: no instance of their own
            }
            for (boolean values : new boolean[] {false, true}) {
                Operand keys = Operand.of(STORAGE, dtype, 0, new long[] {1});
                Operand longs = Operand.of(STORAGE, DType.INT64, 0, new long[] {1});
                SortPlan plan = new SortPlan(keys, 2, 100, 4, longs, longs, values ? keys : null, dtype);
                for (SortKernels.Step step : java.util.stream.Stream.concat(SortKernels.steps(plan, true).stream(),
                        SortKernels.steps(plan, false).stream()).toList()) {
                    Recorder sort = new Recorder();
                    SortKernels.arguments(plan, step, sort);
                    check(sortProgram, SortKernels.kernelName(step.stage(), dtype), sort, covered, mismatches);
                }
            }
            Recorder search = new Recorder();
            Operand keys = Operand.of(STORAGE, dtype, 0, new long[] {1});
            SortKernels.arguments(new SearchPlan(keys, 5, keys, 3, Operand.of(STORAGE, DType.INT64, 0, new long[] {1}),
                    dtype, true), search);
            check(sortProgram, SortKernels.searchKernelName(dtype), search, covered, mismatches);
        }
        assertTrue(mismatches.isEmpty(), mismatches.size() + " launches do not match their kernels:\n"
                + String.join("\n", mismatches));
        Set<String> all = new TreeSet<>();
        for (KernelSource source : KernelCatalog.all(Dialect.CUDA, true)) {
            source.kernelNames().forEach(name -> all.add(source.description() + ": " + name));
        }
        all.removeAll(covered);
        assertEquals(Collections.emptySet(), all, "catalog kernels without a checked launch");
        System.out.printf("CUDA launch signatures checked against NVRTC's PTX: %d kernels%n", covered.size());
    }

    private static void check(String program, String kernel, Recorder recorder, Set<String> covered, List<String> mismatches) {
        Map<String, List<String>> kernels = entries.get(program);
        if (kernels == null) {
            fail("no catalog program '" + program + "' (catalog: " + entries.keySet() + ")");
        }
        List<String> declared = kernels.get(kernel);
        if (declared == null) {
            fail("program '" + program + "' has no kernel " + kernel);
        }
        covered.add(program + ": " + kernel);
        List<String> passed = recorder.kinds;
        boolean matches = declared.size() == passed.size();
        for (int i = 0; matches && i < declared.size(); i++) {
            matches = PTX_TYPES.get(passed.get(i)).contains(declared.get(i));
        }
        if (!matches) {
            mismatches.add(program + ": " + kernel + " declares " + declared + ", launch passes " + passed);
        }
    }

    /**
     * A map plan of {@code op} in {@code compute}: output and array inputs with {@code strides}
     * over {@code shape}, or scalar inputs; a bool mask when {@code masked}.
     */
    private static MapPlan mapPlan(ElementwiseOp op, DType compute, long[] shape, long[] strides, boolean scalars,
                                   boolean masked) {
        List<Operand> inputs = new ArrayList<>();
        for (int k = 0; k < op.arity(); k++) {
            DType type = MapKernels.inputComputeType(op, k, compute);
            inputs.add(scalars ? Operand.scalar(type, 1) : Operand.of(STORAGE, type, k, strides));
        }
        Operand where = masked ? Operand.of(STORAGE, DType.BOOL, 0, strides) : null;
        return new MapPlan(op, shape, Operand.of(STORAGE, compute, 0, strides), inputs, where, compute);
    }

    /** Records the kind of each argument a launch adds. */
    private static final class Recorder implements KernelArguments<String> {

        final List<String> kinds = new ArrayList<>();

        @Override
        public Recorder memory(String memory) {
            return add("memory");
        }

        @Override
        public Recorder longValue(long value) {
            return add("long");
        }

        @Override
        public Recorder intValue(int value) {
            return add("int");
        }

        @Override
        public Recorder floatValue(float value) {
            return add("float");
        }

        @Override
        public Recorder doubleValue(double value) {
            return add("double");
        }

        @Override
        public Recorder boolValue(boolean value) {
            return add("bool");
        }

        @Override
        public String memoryOf(Operand operand) {
            return "storage";
        }

        private Recorder add(String kind) {
            kinds.add(kind);
            return this;
        }
    }
}
