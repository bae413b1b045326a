package vn.customs.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A service's change feed ({@code GET /api/v1/events}) read as an integrator who cannot read Kafka reads it: follow
 * {@code next} until a page comes back empty, and read on later from the last {@code next}.
 */
final class ChangeFeed {

    private final Service service;
    private String next = "/api/v1/events?limit=200";

    ChangeFeed(Service service) {
        this.service = service;
    }

    /** Reads from where the last read stopped to the current end; returns the events read. */
    List<JsonNode> readOn(Caller reader) {
        List<JsonNode> events = new ArrayList<>();
        while (true) {
            Answer page = reader.get(service, next).expect(200);
            page.at("/items").forEach(events::add);
            String link = page.text("/next");
            next = link.startsWith("http") ? link.substring(link.indexOf("/api/")) : link;
            if (page.at("/items").isEmpty()) {
                return events;
            }
        }
    }
}
