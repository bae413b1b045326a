package vn.customs.launcher;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where everything runs, read once from the environment. Every default can be overridden by a
 * {@code SUITE_*} variable; README.md lists them.
 */
record SuiteSettings(
        Path root,
        Path home,
        int postgresPort,
        int kafkaPort,
        int kafkaControllerPort,
        Optional<String> externalPostgresUrl,
        String externalPostgresUser,
        String externalPostgresPassword,
        Optional<String> externalKafka,
        String httpHost,
        Map<ServiceSpec, Integer> servicePorts,
        List<String> serviceJavaOptions,
        int readyTimeoutSeconds,
        int boardPort) {

    /** The board's default port, as in docker-compose.yml. */
    static final int DEFAULT_BOARD_PORT = 8080;

    static SuiteSettings from(Path root, Map<String, String> env) {
        Map<ServiceSpec, Integer> ports = new LinkedHashMap<>();
        for (ServiceSpec service : ServiceSpec.ALL) {
            ports.put(service, port(env, service.portVariable(), service.defaultPort()));
        }
        return new SuiteSettings(
                root,
                Path.of(env.getOrDefault("SUITE_HOME", root.resolve(".suite").toString())),
                port(env, "SUITE_POSTGRES_PORT", 15432),
                port(env, "SUITE_KAFKA_PORT", 19092),
                port(env, "SUITE_KAFKA_CONTROLLER_PORT", 19093),
                nonBlank(env.get("SUITE_POSTGRES_URL")),
                env.getOrDefault("SUITE_POSTGRES_USER", "postgres"),
                env.getOrDefault("SUITE_POSTGRES_PASSWORD", "postgres"),
                nonBlank(env.get("SUITE_KAFKA_BOOTSTRAP_SERVERS")),
                env.getOrDefault("SUITE_HTTP_HOST", "127.0.0.1"),
                ports,
                javaOptions(env.get("SUITE_JAVA_OPTS")),
                integer(env, "SUITE_READY_TIMEOUT_SECONDS", 300),
                port(env, "SUITE_BOARD_PORT", DEFAULT_BOARD_PORT));
    }

    /** The folder of static pages the board server serves. */
    Path web() {
        return root.resolve("web");
    }

    /** Where a browser opens the board: the services' host (localhost when they listen everywhere). */
    String boardUrl() {
        return "http://" + browserHost() + ":" + boardPort + "/board/";
    }

    /**
     * The origins a browser shows for the board, which the services allow in CORS: the host it listens on, and
     * both loopback names, since people type either.
     */
    String boardOrigins() {
        java.util.Set<String> hosts = new java.util.LinkedHashSet<>(List.of(browserHost(), "127.0.0.1", "localhost"));
        return hosts.stream()
                .map(host -> "http://" + host + ":" + boardPort)
                .collect(java.util.stream.Collectors.joining(","));
    }

    private String browserHost() {
        return "0.0.0.0".equals(httpHost) ? "localhost" : httpHost;
    }

    Path logs() {
        return home.resolve("logs");
    }

    /** The local signing key pair: services trust its public key, {@code ./suite token} signs with the other. */
    Path keys() {
        return home.resolve("keys");
    }

    Path pidFile() {
        return home.resolve("suite.pid");
    }

    Path servicePidFile() {
        return home.resolve("services.pids");
    }

    /** SUITE_JAVA_OPTS replaces the services' JVM options when given; otherwise {@link ServiceSpec#JAVA_OPTIONS}. */
    private static List<String> javaOptions(String value) {
        return value == null || value.isBlank()
                ? ServiceSpec.JAVA_OPTIONS
                : List.of(value.trim().split("\\s+"));
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    private static int port(Map<String, String> env, String name, int fallback) {
        int port = integer(env, name, fallback);
        if (port < 1 || port > 65535) {
            throw new SuiteException(name + "=" + port + " is not a TCP port (1-65535).");
        }
        return port;
    }

    private static int integer(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new SuiteException(name + "=" + value + " is not a number.");
        }
    }
}
