package vn.customs.launcher;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import vn.customs.localinfra.KafkaBroker;
import vn.customs.localinfra.PostgresServer;

/** The table {@code ./suite up} prints once everything is ready: what runs where. */
final class SummaryTable {

    private final SuiteSettings settings;
    private final List<ServiceProcess> services;
    private final KafkaBroker kafka;
    private final PostgresServer postgres;

    SummaryTable(SuiteSettings settings, List<ServiceProcess> services, KafkaBroker kafka, PostgresServer postgres) {
        this.settings = settings;
        this.services = services;
        this.kafka = kafka;
        this.postgres = postgres;
    }

    void print(PrintStream out, Duration startup) {
        String row = "%-22s %-32s %-46s %s%n";
        out.println();
        out.printf("All %d services ready in %.1f s.%n%n", services.size(), startup.toMillis() / 1000.0);
        out.printf(row, "SERVICE", "API", "SWAGGER UI", "HEALTH / METRICS");
        for (ServiceProcess service : services) {
            String base = service.baseUrl(settings.httpHost());
            out.printf(
                    row,
                    service.spec().name(),
                    base + "/api/v1",
                    base + "/q/swagger-ui",
                    base + "/q/health  " + base + "/q/metrics");
        }
        out.println();
        out.printf("%-22s %s%n", "Kafka bootstrap", kafka.bootstrapServers());
        out.printf(
                "%-22s %s (databases: declarations, staffing, hotline, inspections;"
                        + " user = password = database name)%n",
                "PostgreSQL", postgres.jdbcUrl("<database>"));
        out.printf("%-22s %s  (paste the token of ./suite token DASHBOARD)%n", "KPI board", settings.boardUrl());
        out.printf(
                "%-22s %s  (no account)%n",
                "Published figures", settings.boardUrl().replace("/board/", "/public/"));
        out.printf("%-22s %s%n", "Logs", settings.logs());
        out.printf("%-22s %s%n", "Tokens", "./suite token ROLE [--claim name=value]  (e.g. ./suite token AUDITOR)");
        out.println();
        out.println("Press Ctrl-C here, or run ./suite down in another shell, to stop everything.");
    }
}
