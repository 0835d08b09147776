package io.jtensor.demo;

import io.jtensor.cli.JTensor;

import java.util.stream.Stream;

/**
 * The tutorial demo: {@code jtensor demo} under the name the {@code -Pdemo} Maven profile runs.
 *
 * <p>Run it with {@code mvn -q -DskipTests -Pdemo verify}; choose a backend with
 * {@code -Djtensor.backend=NAME} (a system property of the demo JVM: set {@code JTENSOR_BACKEND}
 * in the environment instead when running through Maven) or the argument {@code --backend NAME}.
 * The steps themselves are in {@link JTensor}'s {@code demo} command.
 */
public final class Demo {

    private Demo() {
    }

    /** Runs {@code jtensor demo} with the given options and exits with its status. */
    public static void main(String[] args) {
        JTensor.main(Stream.concat(Stream.of("demo"), Stream.of(args)).toArray(String[]::new));
    }
}
