package vn.customs.platform.http;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code @Transactional} resource method whose outcome is well defined once a concurrent request has
 * committed (a lodging that finds the same LRN again answers its replay or a 409): when its transaction loses a race
 * (a unique constraint, a serialization failure, a deadlock), the whole method runs once more in a new transaction.
 * A second race is answered 409.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RetryOnRace {}
