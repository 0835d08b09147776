package io.jtensor.backend;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Finds the backends on the class path, probes each once and chooses the default.
 *
 * <p>The default is the available backend of highest priority, unless the system property
 * {@code jtensor.backend} or, failing that, the environment variable {@code JTENSOR_BACKEND}
 * names one. A backend that cannot be used is logged once at INFO with the reason.
 *
 * <pre>{@code
 * Backend gpu = Backends.get("cuda");           // throws BackendUnavailableException with the reason
 * for (BackendStatus s : Backends.statuses()) System.out.println(s.name() + ": " + s.reason());
 * }</pre>
 */
public final class Backends {

    /** System property naming the default backend. */
    public static final String PROPERTY = "jtensor.backend";
    /** Environment variable naming the default backend (the system property wins). */
    public static final String ENVIRONMENT = "JTENSOR_BACKEND";

    private static final Logger LOG = LoggerFactory.getLogger(Backends.class);

    private Backends() {
    }

    private static final class Registry {
        static final Map<String, BackendStatus> STATUSES = probeAll();
    }

    private static Map<String, BackendStatus> probeAll() {
        List<BackendProvider> providers = new ArrayList<>();
        ServiceLoader.load(BackendProvider.class, Backends.class.getClassLoader()).forEach(providers::add);
        providers.sort(Comparator.comparingInt(BackendProvider::priority).reversed());
        Map<String, BackendStatus> statuses = new LinkedHashMap<>();
        for (BackendProvider provider : providers) {
            String name = provider.name().toLowerCase(Locale.ROOT);
            BackendStatus status;
            try {
                Backend backend = provider.create();
                status = new BackendStatus(name, provider.priority(), Optional.of(backend), "",
                        Optional.empty());
                LOG.debug("jtensor backend '{}' is available: {}", name, backend.deviceDescription());
            } catch (Throwable t) {
                String reason = t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
                status = new BackendStatus(name, provider.priority(), Optional.empty(), reason, Optional.of(t));
                LOG.info("jtensor backend '{}' is unavailable: {}", name, reason);
            }
            statuses.putIfAbsent(name, status);
        }
        return statuses;
    }

    /** Every backend found on the class path, available or not, highest priority first. */
    public static List<BackendStatus> statuses() {
        return List.copyOf(Registry.STATUSES.values());
    }

    /** The usable backends, highest priority first. */
    public static List<Backend> available() {
        return Registry.STATUSES.values().stream().flatMap(s -> s.backend().stream()).toList();
    }

    /**
     * The backend of this name.
     *
     * @throws BackendUnavailableException if it is unknown or cannot be used here (with the reason)
     */
    public static Backend get(String name) {
        BackendStatus status = Registry.STATUSES.get(name.toLowerCase(Locale.ROOT));
        if (status == null) {
            throw new BackendUnavailableException("jtensor backend '" + name + "' is not on the class path (known: "
                    + String.join(", ", Registry.STATUSES.keySet()) + ")", null);
        }
        return status.backend().orElseThrow(() -> new BackendUnavailableException(
                "jtensor backend '" + status.name() + "' is unavailable: " + status.reason(),
                status.failure().orElse(null)));
    }

    /**
     * The backend new tensors go to: the one named by {@value #PROPERTY} or {@value #ENVIRONMENT},
     * else the available one of highest priority.
     *
     * @throws BackendUnavailableException if the named backend cannot be used, or none can
     */
    public static Backend defaultBackend() {
        Choice choice = DefaultChoice.CHOICE;
        if (choice.error() != null) {
            throw new BackendUnavailableException(choice.error().getMessage(), choice.error());
        }
        return choice.backend();
    }

    /** How {@link #defaultBackend()} was chosen, in words, e.g. "system property jtensor.backend=cpu". */
    public static String defaultBackendReason() {
        return DefaultChoice.CHOICE.reason();
    }

    private record Choice(String reason, Backend backend, RuntimeException error) {
    }

    private static final class DefaultChoice {
        static final Choice CHOICE = choose();

        private static Choice choose() {
            String property = System.getProperty(PROPERTY);
            String environment = System.getenv(ENVIRONMENT);
            String reason;
            String name;
            if (property != null && !property.isBlank()) {
                reason = "system property " + PROPERTY + "=" + property;
                name = property.trim();
            } else if (environment != null && !environment.isBlank()) {
                reason = "environment variable " + ENVIRONMENT + "=" + environment;
                name = environment.trim();
            } else {
                Optional<Backend> best = available().stream().findFirst();
                return best.map(b -> new Choice("highest-priority available backend", b, null))
                        .orElseGet(() -> new Choice("none available", null, new BackendUnavailableException(
                                "no jtensor backend is available; add jtensor-cpu-backend to the class path. Found: "
                                        + Registry.STATUSES.values(), null)));
            }
            try {
                return new Choice(reason, get(name), null);
            } catch (BackendUnavailableException e) {
                return new Choice(reason, null, e);
            }
        }
    }
}
