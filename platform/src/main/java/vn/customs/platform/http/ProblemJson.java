package vn.customs.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Serialises problems where no JAX-RS writer is at hand (the Vert.x edge). */
final class ProblemJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ProblemJson() {}

    static String write(Problem problem) {
        try {
            return MAPPER.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            return "{\"title\":\"Internal error\",\"status\":500}";
        }
    }
}
