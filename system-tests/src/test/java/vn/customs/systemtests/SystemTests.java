package vn.customs.systemtests;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * {@code @ExtendWith(SystemTests.class)}: gives a story the {@link SystemUnderTest}, started by the first story of
 * the test JVM and shared by all of them (it lives in the root store, which closes it when the run ends, failed or
 * not). Stories share no data: each makes its own units, officers and accounts with unique codes and names.
 */
public final class SystemTests implements BeforeAllCallback, AfterEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SystemTests.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        suite(context);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        suite(context).storyDone();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == SystemUnderTest.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return suite(context);
    }

    /** The suite, started by the first story; a start that failed fails every later story at once, not again. */
    private static SystemUnderTest suite(ExtensionContext context) {
        return context.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(Startup.class, type -> Startup.attempt(), Startup.class)
                .suite();
    }

    /** The outcome of starting the suite, kept in the root store: closing it stops the suite. */
    private record Startup(SystemUnderTest started, RuntimeException failure) implements AutoCloseable {

        static Startup attempt() {
            try {
                return new Startup(SystemUnderTest.start(), null);
            } catch (RuntimeException e) {
                return new Startup(null, e);
            }
        }

        SystemUnderTest suite() {
            if (failure != null) {
                throw new IllegalStateException("The suite did not start: " + failure.getMessage(), failure);
            }
            return started;
        }

        @Override
        public void close() {
            if (started != null) {
                started.close();
            }
        }
    }
}
