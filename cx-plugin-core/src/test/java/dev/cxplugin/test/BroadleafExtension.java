package dev.cxplugin.test;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.springframework.context.ApplicationContext;

/**
 * JUnit 5 extension: test classes with {@code @ExtendWith(BroadleafExtension.class)} share one booted
 * Broadleaf context; their {@code @Resource(name = "...")} fields are injected from it and test methods
 * may take an {@link ApplicationContext} parameter.
 */
public class BroadleafExtension implements TestInstancePostProcessor, ParameterResolver {

    @Override
    public void postProcessTestInstance(Object testInstance, ExtensionContext context) {
        BroadleafTestContext.get().getAutowireCapableBeanFactory().autowireBean(testInstance);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return ApplicationContext.class.isAssignableFrom(parameterContext.getParameter().getType());
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext)
            throws ParameterResolutionException {
        return BroadleafTestContext.get();
    }
}
