package vn.customs.platform.publication;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestResponse;
import vn.customs.platform.http.Problem;
import vn.customs.platform.http.RequestProblemException;
import vn.customs.platform.time.Quarter;
import vn.customs.platform.time.Today;

/**
 * Answers {@code GET /api/v1/public-figures?quarter=2026-Q3} the same way in every service: the quarter parameter
 * (default: the last full quarter; one that has not begun, or one before {@link Quarter#FIRST_YEAR}, is a 400 naming
 * {@code quarter}), the figures computed at most once per quarter and {@code customs.publication.max-age} (5 minutes)
 * on this instance, {@code Cache-Control: public, max-age=300} and a strong ETag (a hash of the JSON) so that a
 * client or a cache asks again with {@code If-None-Match} and gets 304.
 */
@ApplicationScoped
public class PublicFigures {

    /** The parameter that names the quarter. */
    public static final String QUARTER = "quarter";

    public static final String IF_NONE_MATCH = "If-None-Match";

    private final Today today;
    private final ObjectMapper json;
    private final String cacheControl;
    private final FiguresCache<Answer> cache;

    /** What is kept per quarter: the figures and their ETag. */
    private record Answer(Object figures, EntityTag tag) {}

    PublicFigures(
            Today today,
            ObjectMapper json,
            @ConfigProperty(name = "customs.publication.max-age", defaultValue = "PT5M") Duration maxAge) {
        this.today = today;
        this.json = json;
        this.cacheControl = "public, max-age=" + maxAge.toSeconds();
        this.cache = new FiguresCache<>(maxAge, System::nanoTime);
    }

    /**
     * The answer to a request for {@code quarterParameter} (null: the last full quarter): 200 with the figures {@code
     * compute} gives for it (or kept from an earlier request), or 304 when {@code ifNoneMatch} names their ETag.
     * {@code dataset} tells apart the figures of different endpoints of one service.
     */
    @SuppressWarnings("unchecked")
    public <G> RestResponse<PublishedFigures<G>> answer(
            String dataset,
            String quarterParameter,
            String ifNoneMatch,
            Function<Quarter, PublishedFigures<G>> compute) {
        Quarter quarter = quarter(quarterParameter);
        Answer answer = cache.get(dataset + " " + quarter, () -> {
            PublishedFigures<G> figures = compute.apply(quarter);
            return new Answer(figures, tag(figures));
        });
        if (matches(ifNoneMatch, answer.tag())) {
            return RestResponse.ResponseBuilder.<PublishedFigures<G>>notModified(answer.tag())
                    .header(HttpHeaders.CACHE_CONTROL, cacheControl)
                    .build();
        }
        return RestResponse.ResponseBuilder.ok((PublishedFigures<G>) answer.figures())
                .tag(answer.tag())
                .header(HttpHeaders.CACHE_CONTROL, cacheControl)
                .build();
    }

    /** Forgets every kept answer: the next request computes afresh (after a correction of the data; tests). */
    public void forget() {
        cache.clear();
    }

    /** The quarter a request names, or the last full one; refused (400) when malformed, too old or not yet begun. */
    Quarter quarter(String parameter) {
        Quarter current = Quarter.of(today.date());
        if (parameter == null || parameter.isBlank()) {
            return current.previous();
        }
        Quarter quarter = Quarter.parse(parameter)
                .orElseThrow(() -> bad("must be a quarter like " + current.previous() + " (YYYY-Qn)"));
        if (quarter.year() < Quarter.FIRST_YEAR) {
            throw bad("must be a quarter from " + Quarter.FIRST_YEAR + "-Q1");
        }
        if (quarter.compareTo(current) > 0) {
            throw bad("must be a quarter that has begun: " + current + " or earlier");
        }
        return quarter;
    }

    private static RequestProblemException bad(String message) {
        return new RequestProblemException(
                400,
                "validation",
                "Invalid query parameter '" + QUARTER + "'.",
                List.of(Problem.FieldError.parameter(QUARTER, message)));
    }

    /** A strong tag: the same figures give the same JSON, on every instance. */
    private EntityTag tag(Object figures) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(figures));
            return new EntityTag(HexFormat.of().formatHex(digest, 0, 16));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("published figures that cannot be written as JSON", e);
        }
    }

    /** If-None-Match by the weak comparison RFC 9110 (13.1.2) asks for: {@code *}, or any listed tag, W/ or not. */
    static boolean matches(String ifNoneMatch, EntityTag tag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String listed : ifNoneMatch.split(",")) {
            String candidate = listed.trim();
            if (candidate.equals("*")) {
                return true;
            }
            if (candidate.startsWith("W/")) {
                candidate = candidate.substring(2);
            }
            if (candidate.equals("\"" + tag.getValue() + "\"")) {
                return true;
            }
        }
        return false;
    }
}
