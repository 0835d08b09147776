package io.jtensor.docs;

import org.junit.jupiter.api.Test;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every public or protected type, method, constructor and field of the library's main sources has a
 * Javadoc comment with a main description (the project's style rule). javac's doclint "missing"
 * group finds them; its {@code @param}/{@code @return} findings are not checked (short comments
 * say what a method does without a tag per parameter). The build itself runs the other doclint
 * groups (HTML, syntax, references) on every compile.
 */
class JavadocCoverageTest {

    private static final List<String> MODULES = List.of("core", "cpu-backend", "kernels", "opencl-backend",
            "cuda-backend");

    /** doclint's messages for a missing comment (Locale.ROOT texts of javac 25). */
    private static final Set<String> MISSING = Set.of("no comment", "no main description",
            "use of default constructor, which does not provide a comment");

    @Test
    void everyPublicDeclarationHasAComment() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> missing = new ArrayList<>();
        int files = 0;
        for (String module : MODULES) {
            Path sources = root.resolve(module).resolve("src/main/java");
            List<Path> java;
            try (Stream<Path> walk = Files.walk(sources)) {
                java = walk.filter(p -> p.toString().endsWith(".java")).toList();
            }
            files += java.size();
            Path out = Files.createTempDirectory("javadoc-coverage-" + module);
            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            try (StandardJavaFileManager files0 = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
                List<String> options = List.of("-proc:none", "-implicit:none", "-XDshould-stop.ifNoError=FLOW", "-d", out.toString(),
                        "-cp", System.getProperty("java.class.path"), "--add-modules", "jdk.incubator.vector",
                        "-Xdoclint:missing/protected", "-Xmaxwarns", "1000000", "-Xmaxerrs", "1000");
                Boolean compiled = javac.getTask(null, files0, diagnostics, options, null,
                        files0.getJavaFileObjectsFromPaths(java)).call();
                for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                    String message = d.getMessage(Locale.ROOT);
                    assertTrue(compiled || d.getKind() != Diagnostic.Kind.ERROR,
                            () -> module + " does not compile for the check: " + message);
                    if (MISSING.contains(message)) {
                        missing.add(root.relativize(Path.of(d.getSource().toUri())) + ":" + d.getLineNumber()
                                + " " + message);
                    }
                }
            }
        }
        assertTrue(files > 200, "found only " + files + " source files under " + root);
        assertEquals(List.of(), missing, "public/protected declarations without Javadoc");
    }
}
