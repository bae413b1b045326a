package vn.customs.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.annotation.Annotation;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import vn.customs.platform.security.Caller;

/**
 * Implements {@link Idempotent}. A request with a key runs in one transaction that this interceptor opens (or joins),
 * and the use case's {@code @Transactional} joins it: the stored response commits or rolls back together with the
 * change, so a request that failed leaves no key behind and may be retried as is, and the resource itself needs no
 * {@code @Transactional} (the use case stays the one transaction boundary a reader looks for). A transaction-scoped
 * advisory lock on (caller, key) turns a concurrent duplicate into 409 instead of a wait.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 300)
public class IdempotencyInterceptor {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";

    private static final Pattern ACCEPTABLE = Pattern.compile("[\\x21-\\x7e]{1,255}");
    private static final List<Class<? extends Annotation>> NOT_THE_BODY = List.of(
            jakarta.ws.rs.PathParam.class,
            jakarta.ws.rs.QueryParam.class,
            jakarta.ws.rs.HeaderParam.class,
            jakarta.ws.rs.CookieParam.class,
            jakarta.ws.rs.FormParam.class,
            jakarta.ws.rs.MatrixParam.class,
            jakarta.ws.rs.BeanParam.class,
            jakarta.ws.rs.core.Context.class);

    private final EntityManager entityManager;
    private final HttpHeaders headers;
    private final UriInfo uri;
    private final Caller caller;
    private final ObjectMapper canonical;
    private final ObjectMapper json;

    IdempotencyInterceptor(
            EntityManager entityManager, HttpHeaders headers, UriInfo uri, Caller caller, ObjectMapper json) {
        this.entityManager = entityManager;
        this.headers = headers;
        this.uri = uri;
        this.caller = caller;
        this.json = json;
        this.canonical = json.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    }

    @AroundInvoke
    Object guard(InvocationContext invocation) throws Exception {
        String key = headers.getHeaderString(HEADER);
        if (key == null) {
            return invocation.proceed();
        }
        if (!ACCEPTABLE.matcher(key).matches()) {
            throw new RequestProblemException(
                    400,
                    "validation",
                    "Idempotency-Key must be 1 to 255 visible characters.",
                    List.of(Problem.FieldError.parameter(HEADER, "1 to 255 visible ASCII characters")));
        }
        try {
            return QuarkusTransaction.joiningExisting().call(() -> guarded(invocation, key));
        } catch (QuarkusTransactionException wrapped) {
            // call() wraps a checked exception of the resource method; give the caller back the original
            throw wrapped.getCause() instanceof Exception original ? original : wrapped;
        }
    }

    private Object guarded(InvocationContext invocation, String key) throws Exception {
        String who = caller.subject();
        lockOrRefuse(who, key);
        String hash = requestHash(invocation);
        List<?> stored = entityManager
                .createNativeQuery("SELECT request_hash, response_status, response_body, location, etag"
                        + " FROM platform_idempotency_key WHERE caller = ?1 AND idempotency_key = ?2")
                .setParameter(1, who)
                .setParameter(2, key)
                .getResultList();
        if (!stored.isEmpty()) {
            return replay((Object[]) stored.get(0), hash);
        }
        Object result = invocation.proceed();
        try {
            remember(who, key, hash, result);
        } catch (JsonProcessingException e) {
            // Unchecked, so that the transaction rolls the change back: a change must never commit without its key.
            throw new IllegalStateException("The response to Idempotency-Key " + key + " cannot be stored", e);
        }
        return result;
    }

    private void lockOrRefuse(String who, String key) {
        Object locked = entityManager
                .createNativeQuery("SELECT pg_try_advisory_xact_lock(hashtextextended(?1, 42))")
                .setParameter(1, who + "\n" + key)
                .getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            throw new RequestProblemException(
                    409,
                    "idempotency-key-in-use",
                    "A request with this Idempotency-Key is still being processed; retry in a moment.");
        }
    }

    private Response replay(Object[] row, String hash) {
        if (!hash.equals(row[0])) {
            throw new RequestProblemException(
                    422,
                    "idempotency-key-reused",
                    "This Idempotency-Key was already used for a different request; use a new key.",
                    List.of(Problem.FieldError.parameter(HEADER, "already used with another body or path")));
        }
        Response.ResponseBuilder response =
                Response.status(((Number) row[1]).intValue()).header(REPLAYED, "true");
        if (row[2] != null) {
            response.entity(row[2]).type(MediaType.APPLICATION_JSON_TYPE);
        }
        if (row[3] != null) {
            response.header(HttpHeaders.LOCATION, row[3]);
        }
        if (row[4] != null) {
            response.tag(new EntityTag((String) row[4]));
        }
        return response.build();
    }

    private void remember(String who, String key, String hash, Object result) throws JsonProcessingException {
        Response response = result instanceof Response ? (Response) result : null;
        int status = response != null ? response.getStatus() : result == null ? 204 : 200;
        Object entity = response != null ? response.getEntity() : result;
        entityManager
                .createNativeQuery("INSERT INTO platform_idempotency_key (caller, idempotency_key, request_hash,"
                        + " response_status, response_body, location, etag) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, who)
                .setParameter(2, key)
                .setParameter(3, hash)
                .setParameter(4, status)
                .setParameter(5, entity == null ? null : json.writeValueAsString(entity))
                .setParameter(
                        6,
                        response == null || response.getLocation() == null
                                ? null
                                : response.getLocation().toString())
                .setParameter(
                        7,
                        response == null || response.getEntityTag() == null
                                ? null
                                : response.getEntityTag().getValue())
                .executeUpdate();
    }

    /** The method, the path and the body in a canonical form: the same request hashes the same. */
    private String requestHash(InvocationContext invocation) throws JsonProcessingException {
        StringBuilder text =
                new StringBuilder(invocation.getMethod().getName()).append('\n').append(uri.getPath());
        Parameter[] parameters = invocation.getMethod().getParameters();
        for (int i = 0; i < parameters.length; i++) {
            if (isBody(parameters[i])) {
                text.append('\n').append(canonical.writeValueAsString(invocation.getParameters()[i]));
            }
        }
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isBody(Parameter parameter) {
        return NOT_THE_BODY.stream().noneMatch(parameter::isAnnotationPresent);
    }
}
