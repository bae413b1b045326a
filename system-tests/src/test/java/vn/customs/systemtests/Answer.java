package vn.customs.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.net.http.HttpResponse;

/** A service's answer: status, headers and the body as JSON (a missing node when there is none). */
public record Answer(String request, int status, HttpResponse<String> response, JsonNode json) {

    /** The body field at a JSON pointer, e.g. {@code /items/0/id}, as text (null when absent). */
    public String text(String pointer) {
        JsonNode node = json.at(pointer);
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }

    public JsonNode at(String pointer) {
        return json.at(pointer);
    }

    public String etag() {
        return response.headers().firstValue("ETag").orElse(null);
    }

    /** Fails with the request and the whole answer unless the status is {@code expected}. */
    public Answer expect(int expected) {
        if (status != expected) {
            throw new AssertionError(request + ": expected " + expected + " but got " + status + " " + response.body());
        }
        return this;
    }

    /** The problem type's last segment, e.g. {@code officer-suspended} (null when not a problem). */
    public String problem() {
        String type = text("/type");
        return type == null ? null : type.substring(type.lastIndexOf('/') + 1);
    }

    static JsonNode missing() {
        return MissingNode.getInstance();
    }

    @Override
    public String toString() {
        return request + " -> " + status + " " + response.body();
    }
}
