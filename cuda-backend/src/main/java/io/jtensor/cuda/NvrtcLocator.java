package io.jtensor.cuda;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds NVRTC ({@code libnvrtc.so.13}, else {@code libnvrtc.so.12}) and the
 * {@code libnvrtc-builtins.so.*} next to it, and remembers every place it looked.
 *
 * <p>Order: the system property {@value #PATH_PROPERTY} (a library file or the folder holding
 * it), the environment variable {@value #PATH_ENVIRONMENT} (same), {@code $CUDA_HOME/lib64},
 * {@code $CUDA_PATH/lib64}, {@code /usr/local/cuda/lib64}, then the {@code nvidia/*}{@code /lib}
 * folders of Python's site-packages (where {@code pip install nvidia-cuda-nvrtc} puts it: the
 * active virtual or conda environment, the user's, then the system's).
 *
 * <pre>{@code
 * NvrtcLocator.Found found = NvrtcLocator.fromSystem().locate();  // throws naming every place it looked
 * }</pre>
 */
public final class NvrtcLocator {

    /** System property naming the NVRTC library or its folder. */
    public static final String PATH_PROPERTY = "jtensor.nvrtc.path";
    /** Environment variable naming the NVRTC library or its folder (CI sets it). */
    public static final String PATH_ENVIRONMENT = "JTENSOR_NVRTC_PATH";

    /** Library file names, best first. */
    static final List<String> LIBRARY_NAMES = List.of("libnvrtc.so.13", "libnvrtc.so.12");

    /**
     * NVRTC found.
     *
     * @param library  the {@code libnvrtc.so.N} file
     * @param builtins the {@code libnvrtc-builtins.so.N.*} of the same folder, which NVRTC 13 loads at
     *                 compile time and so must be loaded first (empty when the folder has none)
     */
    public record Found(Path library, Optional<Path> builtins) {
    }

    private final String property;
    private final Map<String, String> environment;
    private final List<Path> pythonRoots;

    /**
     * A locator over explicit inputs (tests use it with fake folders).
     *
     * @param property    the value of {@value #PATH_PROPERTY}, or null
     * @param environment the environment ({@value #PATH_ENVIRONMENT}, {@code CUDA_HOME}, {@code CUDA_PATH},
     *                    {@code VIRTUAL_ENV}, {@code CONDA_PREFIX}, {@code HOME})
     * @param pythonRoots prefixes whose {@code lib/python3.*}{@code /site-packages} and {@code dist-packages}
     *                    folders are searched after those of the environment
     */
    public NvrtcLocator(String property, Map<String, String> environment, List<Path> pythonRoots) {
        this.property = property;
        this.environment = Map.copyOf(environment);
        this.pythonRoots = List.copyOf(pythonRoots);
    }

    /** The locator of this process: its system property, environment and the usual Python prefixes. */
    public static NvrtcLocator fromSystem() {
        return new NvrtcLocator(System.getProperty(PATH_PROPERTY), System.getenv(),
                List.of(Path.of("/usr/local"), Path.of("/usr")));
    }

    /**
     * Every place searched, in order: library files or folders.
     */
    public List<Path> places() {
        Set<Path> places = new LinkedHashSet<>();
        addConfigured(places, property);
        addConfigured(places, environment.get(PATH_ENVIRONMENT));
        for (String variable : List.of("CUDA_HOME", "CUDA_PATH")) {
            String home = environment.get(variable);
            if (home != null && !home.isBlank()) {
                places.add(Path.of(home.trim(), "lib64"));
            }
        }
        places.add(Path.of("/usr/local/cuda/lib64"));
        List<Path> prefixes = new ArrayList<>();
        for (String variable : List.of("VIRTUAL_ENV", "CONDA_PREFIX")) {
            String prefix = environment.get(variable);
            if (prefix != null && !prefix.isBlank()) {
                prefixes.add(Path.of(prefix.trim()));
            }
        }
        String home = environment.get("HOME");
        if (home != null && !home.isBlank()) {
            prefixes.add(Path.of(home.trim(), ".local"));
        }
        prefixes.addAll(pythonRoots);
        for (Path prefix : prefixes) {
            for (Path packages : sitePackages(prefix)) {
                places.addAll(children(packages.resolve("nvidia"), "lib"));
            }
        }
        return List.copyOf(places);
    }

    /**
     * The first NVRTC found.
     *
     * @throws IllegalStateException naming every place searched when there is none
     */
    public Found locate() {
        List<Path> places = places();
        for (Path place : places) {
            Optional<Path> library = libraryAt(place);
            if (library.isPresent()) {
                return new Found(library.get(), builtinsNextTo(library.get()));
            }
        }
        throw new IllegalStateException("NVRTC not found: no " + String.join(" or ", LIBRARY_NAMES) + " in "
                + places + "; set -D" + PATH_PROPERTY + "=FOLDER (or " + PATH_ENVIRONMENT
                + "), or pip install nvidia-cuda-nvrtc");
    }

    private static void addConfigured(Set<Path> places, String value) {
        if (value != null && !value.isBlank()) {
            places.add(Path.of(value.trim()));
        }
    }

    private static Optional<Path> libraryAt(Path place) {
        if (Files.isRegularFile(place)) {
            return Optional.of(place);
        }
        for (String name : LIBRARY_NAMES) {
            Path candidate = place.resolve(name);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The {@code libnvrtc-builtins.so.*} beside the library, not the {@code .alt} variant. */
    static Optional<Path> builtinsNextTo(Path library) {
        Path folder = library.toAbsolutePath().getParent();
        String name = library.getFileName().toString();
        String major = name.substring(name.lastIndexOf(".so.") + 4).split("\\.")[0];
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "libnvrtc-builtins.so." + major + "*")) {
            List<Path> found = new ArrayList<>();
            files.forEach(found::add);
            return found.stream().filter(Files::isRegularFile).sorted().findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static List<Path> sitePackages(Path prefix) {
        List<Path> result = new ArrayList<>();
        for (Path lib : children(prefix.resolve("lib"), null)) {
            String name = lib.getFileName().toString();
            if (name.startsWith("python3")) {
                result.add(lib.resolve("site-packages"));
                result.add(lib.resolve("dist-packages"));
            }
        }
        return result;
    }

    /** The sub-folders of {@code folder} (each followed by {@code child} when given), sorted; none if absent. */
    private static List<Path> children(Path folder, String child) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> result = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, Files::isDirectory)) {
            entries.forEach(e -> result.add(child == null ? e : e.resolve(child)));
        } catch (IOException e) {
            return List.of();
        }
        result.sort(null);
        return result;
    }
}
