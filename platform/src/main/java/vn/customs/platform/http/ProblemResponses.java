package vn.customs.platform.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the error answers of every operation once, for all services: each 4xx/5xx an operation can give is
 * listed with the {@code application/problem+json} schema and an example, so resources only document their
 * successes. Which errors apply follows from the operation: parameters or a body (400), a token (401, 403), a path id
 * (404), a body (415, 422), a write (409), an If-Match header (412, 428), and always 500 and 503.
 */
public class ProblemResponses implements OASFilter {

    private static final String SCHEMA = "Problem";

    /** The rate-limit headers every 2xx and 4xx answer carries, and Retry-After on 429 and 503 (RateLimitEdge). */
    private static final Map<String, String> HEADERS = headers();

    /** In a fixed order, so that the generated document is the same at every build (Map.of iterates at random). */
    private static Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(RateLimitEdge.LIMIT, "Requests the caller's tightest budget allows in its current window");
        headers.put(RateLimitEdge.REMAINING, "Requests left in that window");
        headers.put(RateLimitEdge.RESET, "Seconds until that window starts afresh");
        headers.put("Retry-After", "Seconds to wait before trying again");
        return headers;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema(SCHEMA, problemSchema());
        for (Map.Entry<String, String> header : HEADERS.entrySet()) {
            openAPI.getComponents()
                    .addHeader(
                            header.getKey(),
                            OASFactory.createHeader()
                                    .description(header.getValue())
                                    .schema(OASFactory.createSchema()
                                            .addType(Schema.SchemaType.INTEGER)
                                            .format("int32")
                                            .minimum(java.math.BigDecimal.ZERO)
                                            .maximum(java.math.BigDecimal.valueOf(Integer.MAX_VALUE))));
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths()
                .getPathItems()
                .forEach((path, item) ->
                        item.getOperations().forEach((method, operation) -> document(path, method, operation)));
    }

    private void document(String path, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        boolean hasBody = operation.getRequestBody() != null;
        boolean write = method == PathItem.HttpMethod.POST
                || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.PATCH
                || method == PathItem.HttpMethod.DELETE;
        boolean ifMatch = hasHeader(operation, "If-Match");
        Map<String, String> errors = new LinkedHashMap<>();
        if (hasBody || hasQueryParameters(operation)) {
            errors.put("400", "Bad input: malformed JSON, a wrong type, an invalid field or query parameter");
        }
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            errors.put("401", "No valid bearer token");
            errors.put("403", "The caller's role may not do this");
        }
        if (path.contains("{")) {
            errors.put("404", "No such object, or not one the caller may see");
        }
        if (write) {
            errors.put("409", "The object's state does not allow this, or a concurrent change won");
        }
        if (ifMatch) {
            errors.put("412", "If-Match does not match the current ETag: read again");
            errors.put("428", "If-Match is required");
        }
        if (hasBody) {
            errors.put("413", "The body is too large");
            errors.put("415", "The body is not application/json");
            errors.put("422", "Well formed, but breaks a business rule (the type names which)");
        }
        errors.put("429", "Over the caller's request budget: retry after Retry-After seconds");
        errors.put("500", "Unexpected failure; the correlation id finds it in the logs");
        errors.put(
                "503", "The database is briefly unavailable and nothing was changed; retry after Retry-After seconds");
        for (Map.Entry<String, String> error : errors.entrySet()) {
            APIResponse response = responses.getAPIResponse(error.getKey());
            if (response == null) {
                response = OASFactory.createAPIResponse().description(error.getValue());
                responses.addAPIResponse(error.getKey(), response);
            }
            if (response.getContent() == null) {
                response.setContent(problemContent(Integer.parseInt(error.getKey()), error.getValue(), path));
            }
        }
        responses.getAPIResponses().forEach((status, response) -> addHeaders(status, response));
    }

    private static void addHeaders(String status, APIResponse response) {
        if (status.startsWith("2") || status.startsWith("4")) {
            for (String name : List.of(RateLimitEdge.LIMIT, RateLimitEdge.REMAINING, RateLimitEdge.RESET)) {
                response.addHeader(name, OASFactory.createHeader().ref("#/components/headers/" + name));
            }
        }
        if (status.equals("429") || status.equals("503")) {
            response.addHeader("Retry-After", OASFactory.createHeader().ref("#/components/headers/Retry-After"));
        }
    }

    private static boolean hasHeader(Operation operation, String name) {
        return parameters(operation).stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(p.getName()));
    }

    private static boolean hasQueryParameters(Operation operation) {
        return parameters(operation).stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY);
    }

    private static List<Parameter> parameters(Operation operation) {
        return operation.getParameters() == null ? List.of() : operation.getParameters();
    }

    private static Content problemContent(int status, String description, String path) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put(
                "type",
                Problem.TYPE_BASE
                        + (status == 400
                                ? "validation"
                                : status == 503
                                        ? "database-unavailable"
                                        : status == 429 ? "rate-limited" : "http-" + status));
        example.put("title", description);
        example.put("status", status);
        example.put("detail", description + ".");
        example.put("instance", path);
        example.put("correlationId", "6c1f0a4e-2b7d-4e39-9a51-0f3b8d2c7e45");
        return OASFactory.createContent()
                .addMediaType(
                        Problem.MEDIA_TYPE,
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref("#/components/schemas/" + SCHEMA))
                                .example(example));
    }

    private static Schema problemSchema() {
        Schema fieldError = OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .addProperty("pointer", text(2048).description("JSON pointer into the request body"))
                .addProperty("parameter", text(200).description("The query parameter or header at fault"))
                .addProperty("message", text(1000));
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details, the one error format of every service")
                .addProperty("type", text(200).format("uri"))
                .addProperty("title", text(200))
                .addProperty(
                        "status",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.INTEGER)
                                .format("int32")
                                .minimum(java.math.BigDecimal.valueOf(400))
                                .maximum(java.math.BigDecimal.valueOf(599)))
                .addProperty("detail", text(4000))
                .addProperty("instance", text(2048))
                .addProperty("correlationId", text(128))
                .addProperty(
                        "errors",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.ARRAY)
                                .maxItems(1000)
                                .items(fieldError));
    }

    private static Schema text(int maxLength) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(maxLength);
    }
}
