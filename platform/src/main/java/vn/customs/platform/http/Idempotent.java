package vn.customs.platform.http;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a changing endpoint that honours {@code Idempotency-Key}: the same caller sending the same key and body again
 * gets the first response, with no second change. The interceptor runs the request with a key in one transaction,
 * which the use case's {@code @Transactional} joins; the resource method carries no {@code @Transactional}.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Idempotent {}
