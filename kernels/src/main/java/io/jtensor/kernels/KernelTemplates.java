package io.jtensor.kernels;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Assembles a program from the resource files beside this class: dialect header, fp64 switch,
 * the plan's {@code #define}s, the prelude and a family template ({@code *.cl.template}).
 */
final class KernelTemplates {

    private static final Map<String, String> RESOURCES = new ConcurrentHashMap<>();

    private KernelTemplates() {
    }

    /**
     * The complete source of a program holding one instance of {@code template} per entry of
     * {@code instances}: each instance's macros are defined, the template follows, and the macros
     * are undefined again. Templates name their kernels {@code JT_NAME(base)}, so instances must
     * define {@code JT_NAME(base)} to distinct names. One program with many kernels costs one
     * driver build instead of many, which is what dominates a cold start on PoCL.
     *
     * @param helpers  code placed after the prelude, shared by every instance
     * @param template the family template's resource name, e.g. {@code "map.cl.template"}
     */
    static String assemble(Dialect dialect, boolean usesFloat64, String helpers, List<Map<String, String>> instances,
                           String template) {
        StringBuilder source = new StringBuilder(8192 * Math.max(1, instances.size()));
        if (usesFloat64) {
            source.append(dialect.fp64Enable()).append("#define JT_FP64 1\n");
        }
        source.append(resource(dialect.headerResource())).append('\n');
        source.append(resource("prelude.h")).append('\n');
        source.append(helpers);
        String body = resource(template);
        for (Map<String, String> defines : instances) {
            source.append('\n');
            defines.forEach((name, value) -> source.append("#define ").append(name).append(' ').append(value)
                    .append('\n'));
            source.append('\n').append(body).append('\n');
            defines.keySet().forEach(name -> {
                int parenthesis = name.indexOf('(');
                source.append("#undef ").append(parenthesis < 0 ? name : name.substring(0, parenthesis)).append('\n');
            });
        }
        return source.toString();
    }

    private static String resource(String name) {
        return RESOURCES.computeIfAbsent(name, n -> {
            try (InputStream in = KernelTemplates.class.getResourceAsStream(n)) {
                if (in == null) {
                    throw new IllegalStateException("kernel resource " + n + " is missing from the jtensor-kernels jar");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read kernel resource " + n, e);
            }
        });
    }
}
