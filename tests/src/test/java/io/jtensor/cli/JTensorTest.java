package io.jtensor.cli;

import io.jtensor.backend.Backend;
import io.jtensor.backend.Backends;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line run in-process with captured output: what each command prints and its exit code. */
class JTensorTest {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(boolean terminal, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = terminal ? JTensor.run(args, new Console(o, e, true)) : JTensor.run(args, o, e);
        }
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Run run(String... args) {
        return run(false, args);
    }

    @Test
    void infoListsCpuAsAvailableWithTheDefaultAndTheKernelCache() {
        Run r = run("info");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(Pattern.compile("(?m)^  cpu +priority +\\d+  available    CPU .*; float64: yes$").matcher(r.out()).find(), r.out());
        assertTrue(r.out().contains("Java          " + Runtime.version()), r.out());
        assertTrue(r.out().contains("Vector API    " + (ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent() ? "on" : "off")), r.out());
        assertTrue(r.out().contains("Default       " + Backends.defaultBackend().name() + ", chosen by: "
                + Backends.defaultBackendReason()), r.out());
        assertTrue(r.out().contains("Kernel cache  "), r.out());
        assertEquals("", r.err());
    }

    @Test
    void demoPrintsTheTutorialAsNumpyDoes() {
        Run r = run("demo", "--backend", "cpu");
        assertEquals(0, r.exitCode(), r.err());
        String out = r.out();
        assertTrue(out.startsWith("jtensor demo on backend 'cpu': CPU"), out);
        assertTrue(out.contains("  chosen by: --backend cpu"), out);
        for (String expected : new String[] {
            ">>> math.exp(1)\n2.718281828459045\n",
            "basic_sigmoid(1) = 1 / (1 + math.exp(-1))\n0.7310585786300049\n",
            "[ 2.71828183  7.3890561  20.08553692]",
            "[[  2.71828183   7.3890561   20.08553692]\n [ 54.59815003 148.4131591  403.42879349]]",
            ">>> x + 3\n[4 5 6]\n",
            "[0.73105858 0.88079708 0.95257413]",
            "[0.19661193 0.10499359 0.04517666]",
            "[[0.         0.6        0.8       ]\n [0.13736056 0.82416338 0.54944226]]",
            "[[9.80897665e-01 8.94462891e-04 1.79657674e-02 1.21052389e-04\n  1.21052389e-04]",
            "[81.  4. 10.  0.  0. 63. 10.  0.  0.  0. 81.  4. 25.  0.  0.]",
            "\n278.0\n",
            "L1(yhat, y) = np.sum(np.abs(y - yhat)) with yhat = [.9, .2, .1, .4, .9], y = [1, 0, 0, 1, 1]\n1.1\n",
            "L2(yhat, y) = np.dot(y - yhat, y - yhat)\n0.43\n",
        }) {
            assertTrue(out.contains(expected), "missing:\n" + expected + "\nin:\n" + out);
        }
        for (String op : new String[] {"dot", "outer", "multiply"}) {
            assertTrue(Pattern.compile("(?m)^" + op + " .*Java loop +\\d+\\.\\d{3} ms +jtensor +\\d+\\.\\d{3} ms$").matcher(out).find(), out);
        }
    }

    @Test
    void demoOnAMissingBackendFailsWithTheReason() {
        Run r = run("demo", "--backend", "quantum");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().startsWith("jtensor: jtensor backend 'quantum' is not on the class path (known: "), r.err());
    }

    @Test
    void benchPrintsARowPerOperationAndBackend() {
        Run r = run("bench", "--seconds", "0.2");
        assertEquals(0, r.exitCode(), r.err());
        for (Backend backend : Backends.available()) {
            for (BenchOp op : BenchOp.values()) {
                String row = "(?m)^" + backend.name() + " +" + op.label() + " +.* ms +\\d+\\.\\d\\d " + Pattern.quote(op.unit()) + " +\\d+$";
                assertTrue(Pattern.compile(row).matcher(r.out()).find(), row + " in\n" + r.out());
            }
        }
        assertTrue(r.out().contains("[1/"), "plain progress lines when not on a terminal:\n" + r.out());
        assertFalse(r.out().contains("\r"), r.out());
    }

    @Test
    void progressIsABarOnATerminal() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            ProgressBar bar = new ProgressBar(new Console(out, out, true), 2);
            bar.start("cpu exp");
            bar.finish();
            bar.start("cpu sum");
            bar.finish();
            bar.close();
        }
        String drawn = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(drawn.contains("\r[                              ]   0%  1/2 cpu exp"), drawn);
        assertTrue(drawn.contains("\r[###############               ]  50%  2/2 cpu sum"), drawn);
        assertTrue(drawn.endsWith("\r"), "the bar is cleared at the end");
    }

    @Test
    void plotWritesValidPngCharts(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("charts");
        Run r = run("plot", "--out", out.toString(), "--seconds", "0.2");
        assertEquals(0, r.exitCode(), r.err());
        for (String name : new String[] {"exp.png", "bench.png"}) {
            Path png = out.resolve(name);
            assertTrue(r.out().contains("wrote " + png), r.out());
            byte[] bytes = Files.readAllBytes(png);
            assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(bytes, PNG_SIGNATURE.length), name + " starts with the PNG signature");
            assertTrue(bytes.length > 10_000, name + " has a chart in it, " + bytes.length + " bytes");
            BufferedImage image = ImageIO.read(png.toFile());
            assertEquals(800, image.getWidth(), name);
            assertEquals(500, image.getHeight(), name);
        }
    }

    @Test
    void helpPrintsTheUsage() {
        for (String help : new String[] {"--help", "help", "-h"}) {
            Run r = run(help);
            assertEquals(0, r.exitCode());
            assertEquals(JTensor.USAGE, r.out());
        }
        assertEquals(JTensor.USAGE, run("bench", "--help").out());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            ""                          | no command given
            infos                       | unknown command 'infos'
            info extra                  | info: unexpected argument 'extra'
            bench --seconds             | bench: option '--seconds' needs a value
            bench --seconds abc         | bench: --seconds must be a number of seconds, got 'abc'
            bench --seconds -1          | bench: --seconds must be more than 0 and at most 300.0 seconds, got -1
            bench --seconds=0           | bench: --seconds must be more than 0 and at most 300.0 seconds, got 0
            plot --bogus 1              | plot: unknown option '--bogus' (valid: --out, --seconds)
            info --backend cpu          | info: unknown option '--backend' (it takes none)
            demo --backend a --backend b| demo: option '--backend' is given twice
            """)
    void badArgumentsGetTheUsageAndExitCode2(String args, String message) {
        Run r = run(args.isBlank() ? new String[0] : args.split(" "));
        assertEquals(2, r.exitCode(), r.out() + r.err());
        assertTrue(r.err().startsWith("jtensor: " + message + "\n\nusage: jtensor <command> [options]"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertEquals("", r.out());
    }
}
