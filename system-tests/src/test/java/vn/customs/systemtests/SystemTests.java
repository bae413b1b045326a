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

    private static SystemUnderTest suite(ExtensionContext context) {
        return context.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(SystemUnderTest.class, type -> SystemUnderTest.start(), SystemUnderTest.class);
    }
}
