package vn.customs.platform.http;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.jboss.logging.Logger;
import vn.customs.platform.persistence.DatabaseFailures;

/** Implements {@link RetryOnRace}: outside the transaction, so that the second run gets a new one. */
@RetryOnRace
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100) // around @Transactional (PLATFORM_BEFORE + 200)
public class RaceRetryInterceptor {

    private static final Logger LOG = Logger.getLogger(RaceRetryInterceptor.class);

    @AroundInvoke
    Object retryOnce(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (RuntimeException e) {
            if (!DatabaseFailures.isRace(e)) {
                throw e;
            }
            LOG.debugf(
                    "%s lost a race (%s); running it again",
                    invocation.getMethod().getName(), DatabaseFailures.describe(e));
            return invocation.proceed();
        }
    }
}
