package vn.customs.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.HashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;
import vn.customs.localinfra.ExternalPostgresServer;
import vn.customs.localinfra.KafkaBroker;
import vn.customs.localinfra.LocalTokenIssuer;

/**
 * docker-compose.yml and the launcher configure the services through environment variables; these tests keep
 * those variables in step with the configuration keys the services really read, so that neither deployment
 * silently sets a key nobody reads or forgets one production requires.
 */
class DeploymentConfigurationTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern REQUIRED_VARIABLE = Pattern.compile("\\$\\{([A-Z0-9_]+)}");
    /** Read by the container image's start script (run-java.sh), not by Quarkus. */
    private static final Set<String> IMAGE_VARIABLES = Set.of("JAVA_OPTS_APPEND", "GC_CONTAINER_OPTIONS");

    static Iterable<ServiceSpec> services() {
        return ServiceSpec.ALL;
    }

    @ParameterizedTest
    @MethodSource("services")
    void composeGivesEveryServiceWhatProductionRequiresAndNothingItIgnores(ServiceSpec service) throws IOException {
        Map<String, Object> compose = composeService(service.name());
        Set<String> env = environmentOf(compose);
        Set<String> required = requiredInProduction(service);

        assertTrue(
                env.containsAll(required),
                () -> service.name() + " in docker-compose.yml lacks " + missing(required, env));
        Set<String> unknown = unknownVariables(service, env);
        assertTrue(
                unknown.isEmpty(),
                () -> service.name() + " in docker-compose.yml sets variables no configuration" + " key reads: "
                        + unknown);
    }

    @ParameterizedTest
    @MethodSource("services")
    void theLauncherGivesEveryServiceWhatProductionRequiresAndNothingItIgnores(
            ServiceSpec service, @org.junit.jupiter.api.io.TempDir Path keys) throws IOException {
        Set<String> env = SuiteRun.environment(
                        service,
                        service.defaultPort(),
                        new ExternalPostgresServer(
                                "jdbc:postgresql://localhost:15432/postgres", "postgres", "postgres"),
                        KafkaBroker.external("127.0.0.1:19092"),
                        LocalTokenIssuer.inDirectory(keys),
                        "127.0.0.1",
                        "http://127.0.0.1:8080")
                .keySet();
        Set<String> required = requiredInProduction(service);

        assertTrue(
                env.containsAll(required),
                () -> "the launcher does not give " + service.name() + " " + missing(required, env));
        Set<String> unknown = unknownVariables(service, env);
        unknown.remove("QUARKUS_HTTP_HOST"); // Quarkus's own key, left at its default in our files
        assertTrue(unknown.isEmpty(), () -> "the launcher sets variables no configuration key reads: " + unknown);
    }

    @ParameterizedTest
    @MethodSource("services")
    void composeBuildsEachServiceFromItsDockerfileAndConnectsItToItsOwnDatabase(ServiceSpec service)
            throws IOException {
        Map<String, Object> compose = composeService(service.name());
        @SuppressWarnings("unchecked")
        Map<String, Object> build = (Map<String, Object>) compose.get("build");
        Path dockerfile = ROOT.resolve((String) build.get("context")).resolve((String) build.get("dockerfile"));
        assertTrue(Files.isRegularFile(dockerfile), () -> "no Dockerfile at " + dockerfile);

        @SuppressWarnings("unchecked")
        Map<String, Object> env = (Map<String, Object>) compose.get("environment");
        assertEquals("jdbc:postgresql://postgres:5432/" + service.database(), env.get("QUARKUS_DATASOURCE_JDBC_URL"));
        assertEquals(service.database(), env.get("QUARKUS_DATASOURCE_USERNAME"));
        String initScript = Files.readString(ROOT.resolve("deploy/postgres/init-databases.sh"));
        assertTrue(
                initScript.contains("create " + service.database() + " "),
                () -> "deploy/postgres/init-databases.sh does not create " + service.database());
    }

    @Test
    void theHotlinesProtectionKeysAreRequiredInProduction() throws IOException {
        ServiceSpec hotline = ServiceSpec.ALL.stream()
                .filter(service -> service.database().equals("hotline"))
                .findFirst()
                .orElseThrow();
        assertTrue(
                requiredInProduction(hotline)
                        .containsAll(Set.of(
                                "HOTLINE_PROTECTION_PROOF_KEY_ID",
                                "HOTLINE_PROTECTION_PROOF_PRIVATE_KEY",
                                "HOTLINE_PROTECTION_IDENTITY_KEK_ID",
                                "HOTLINE_PROTECTION_IDENTITY_KEK")),
                "the hotline's own %prod keys are read, so that compose and the launcher are checked against them");
    }

    @Test
    void composeGivesTheHotlineDevelopmentKeysItCanUse() throws Exception {
        @SuppressWarnings("unchecked")
        Map<String, Object> env =
                (Map<String, Object>) composeService("hotline-service").get("environment");
        byte[] pkcs8 = Base64.getDecoder().decode(defaultOf(env, "HOTLINE_PROTECTION_PROOF_PRIVATE_KEY"));
        KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        assertEquals(32, Base64.getDecoder().decode(defaultOf(env, "HOTLINE_PROTECTION_IDENTITY_KEK")).length);
        assertTrue(defaultOf(env, "HOTLINE_PROTECTION_PROOF_KEY_ID").contains("development"));
        assertTrue(defaultOf(env, "HOTLINE_PROTECTION_IDENTITY_KEK_ID").contains("development"));
    }

    /** The development default of {@code ${VARIABLE:-default}}. */
    private static String defaultOf(Map<String, Object> env, String variable) {
        Matcher matcher = Pattern.compile("\\$\\{" + variable + ":-(.+)}").matcher(String.valueOf(env.get(variable)));
        assertTrue(matcher.matches(), () -> variable + " in docker-compose.yml has no development default");
        return matcher.group(1);
    }

    /**
     * Variables the %prod profile requires without a default, e.g. {@code QUARKUS_DATASOURCE_JDBC_URL}: the shared
     * ones and the service's own (the hotline's protection keys).
     */
    private static Set<String> requiredInProduction(ServiceSpec service) throws IOException {
        Set<String> required = requiredInProduction();
        required.addAll(requiredIn(serviceConfig(service)));
        return required;
    }

    private static Set<String> requiredInProduction() throws IOException {
        Set<String> required = requiredIn(platformConfig());
        assertFalse(required.isEmpty(), "the platform configuration names no production variable");
        return required;
    }

    private static Set<String> requiredIn(Path file) throws IOException {
        Set<String> required = new TreeSet<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("%prod.")) {
                Matcher matcher = REQUIRED_VARIABLE.matcher(line);
                while (matcher.find()) {
                    required.add(matcher.group(1));
                }
            }
        }
        return required;
    }

    /** Variables a value reads with a default, e.g. {@code ${CUSTOMS_CORS_ORIGINS:http://...}}. */
    private static Set<String> variablesWithDefaults(Path file) throws IOException {
        Set<String> variables = new TreeSet<>();
        Matcher matcher = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]+):").matcher(Files.readString(file));
        while (matcher.find()) {
            variables.add(matcher.group(1));
        }
        return variables;
    }

    private static Path serviceConfig(ServiceSpec service) {
        return ROOT.resolve(service.name()).resolve("src/main/resources/application.properties");
    }

    /** Variables that map to no key of the service's own or the shared configuration. */
    private static Set<String> unknownVariables(ServiceSpec service, Set<String> env) throws IOException {
        Set<String> known = new HashSet<>(IMAGE_VARIABLES);
        known.addAll(requiredInProduction(service));
        known.addAll(variablesWithDefaults(platformConfig()));
        for (Path file : Set.of(platformConfig(), serviceConfig(service))) {
            for (String key : keysOf(file)) {
                known.add(key.replaceFirst("^%[a-z]+\\.", "")
                        .replaceAll("[^A-Za-z0-9]", "_")
                        .toUpperCase());
            }
        }
        Set<String> unknown = new TreeSet<>(env);
        unknown.removeAll(known);
        return unknown;
    }

    private static Set<String> keysOf(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties.stringPropertyNames();
    }

    private static Path platformConfig() {
        return ROOT.resolve("platform/src/main/resources/META-INF/microprofile-config.properties");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> composeService(String name) throws IOException {
        try (InputStream in = Files.newInputStream(ROOT.resolve("docker-compose.yml"))) {
            Map<String, Object> compose = new Yaml().load(in);
            Map<String, Object> services = (Map<String, Object>) compose.get("services");
            assertTrue(services.containsKey(name), () -> "docker-compose.yml has no service " + name);
            return (Map<String, Object>) services.get(name);
        }
    }

    @SuppressWarnings("unchecked")
    private static Set<String> environmentOf(Map<String, Object> service) {
        return new TreeSet<>(((Map<String, Object>) service.get("environment")).keySet());
    }

    private static Set<String> missing(Set<String> required, Set<String> present) {
        Set<String> missing = new TreeSet<>(required);
        missing.removeAll(present);
        return missing;
    }
}
