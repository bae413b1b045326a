package vn.customs.platform.http;

import java.util.Set;
import java.util.TreeSet;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.handlers.ClassRoutingHandler;
import org.jboss.resteasy.reactive.server.handlers.RestInitialHandler;
import org.jboss.resteasy.reactive.server.mapping.RequestMapper;
import org.jboss.resteasy.reactive.server.spi.ServerRestHandler;

/**
 * The methods a path answers to, for the {@code Allow} header of a 405 (RFC 9110 requires it; the REST layer leaves it
 * empty). Asks the REST layer's own routing tables: the classes whose path matches, then each method's resource
 * mapper, so the answer is exactly what routing would accept.
 */
final class AllowedMethods {

    private AllowedMethods() {}

    static Set<String> of() {
        Set<String> allowed = new TreeSet<>();
        ResteasyReactiveRequestContext request = CurrentRequestManager.get();
        if (request == null) {
            return allowed;
        }
        String path = request.getPathWithoutPrefix();
        RequestMapper<RestInitialHandler.InitialMatch> classes =
                new RequestMapper<>(request.getDeployment().getClassMappers());
        for (RequestMapper.RequestMatch<RestInitialHandler.InitialMatch> match = classes.map(path);
                match != null;
                match = classes.continueMatching(path, match)) {
            String remaining = match.remaining == null || match.remaining.isEmpty() ? "/" : match.remaining;
            for (ServerRestHandler handler : match.value.handlers) {
                if (handler instanceof ClassRoutingHandler routing) {
                    routing.getMappers().forEach((method, mapper) -> {
                        if (method != null && mapper.map(remaining) != null) {
                            allowed.add(method);
                        }
                    });
                }
            }
        }
        if (allowed.contains("GET")) {
            allowed.add("HEAD");
        }
        return allowed;
    }
}
