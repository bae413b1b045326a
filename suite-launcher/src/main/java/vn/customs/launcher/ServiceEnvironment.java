package vn.customs.launcher;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.customs.localinfra.KafkaBroker;
import vn.customs.localinfra.PostgresServer;

/**
 * What a packaged service is told through its environment: the same variables docker-compose.yml sets, so that
 * {@code ./suite up} and the system tests exercise the production configuration path. Only where the token keys come
 * from differs: the local key pair for {@code ./suite up}, Keycloak's JWKS for the system tests.
 */
public final class ServiceEnvironment {

    private ServiceEnvironment() {}

    /**
     * The variables for {@code service} listening on {@code port}: its database and user on {@code postgres}, the
     * broker, the tokens' key location ({@code mp.jwt.verify.publickey.location}: a PEM file or a JWKS URL) and
     * issuer, and its audit (and, for the hotline, reporter protection) keys kept in {@code keys}.
     */
    public static Map<String, String> of(
            ServiceSpec service,
            int port,
            PostgresServer postgres,
            KafkaBroker kafka,
            String tokenKeyLocation,
            String tokenIssuer,
            Path keys,
            String httpHost,
            boolean demoData) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_HOST", httpHost);
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(service.database()));
        env.put("QUARKUS_DATASOURCE_USERNAME", service.database());
        env.put("QUARKUS_DATASOURCE_PASSWORD", service.database());
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", tokenKeyLocation);
        env.put("MP_JWT_VERIFY_ISSUER", tokenIssuer);
        // Each service's audit seals are keyed by a secret of its own, made once and kept beside the token keys.
        env.put("CUSTOMS_AUDIT_HMAC_KEY_ID", "local-1");
        env.put("CUSTOMS_AUDIT_HMAC_KEY", AuditKeyFile.read(keys, service.database()));
        // The hotline signs proofs of report and seals reporters' identities with keys of its own, kept the same way.
        if (service.database().equals("hotline")) {
            env.putAll(HotlineKeyFiles.environment(keys));
        }
        if (demoData) {
            // Demo data from the article's gates goes into empty databases (never in docker-compose or production).
            env.put("CUSTOMS_DEMO_DATA_ENABLED", "true");
        }
        // Text logs in files: people read them there, and failures are quoted from them.
        env.put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false");
        return env;
    }
}
