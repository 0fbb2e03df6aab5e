package dev.cxplugin.demo.launcher;

import java.lang.reflect.Method;
import java.util.Date;

/**
 * Calls beans of the running demo storefront from a test. The storefront has its own class loader (as a
 * deployed WAR would), so its objects are reached by reflection, with JDK types only crossing over.
 */
public final class SiteBeans {

    private SiteBeans() {
    }

    public static Object bean(String name) {
        try {
            Object ctx = RunningDemoStore.get().getSite().getContext().getServletContext()
                    .getAttribute("org.springframework.web.context.WebApplicationContext.ROOT");
            if (ctx == null) {
                throw new IllegalStateException("the storefront's Spring context is not running");
            }
            return call(ctx, "getBean", new Class<?>[] {String.class}, name);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static Object call(Object target, String method, Class<?>[] types, Object... args) {
        // as a request thread of the storefront would: Broadleaf's shared Ehcache deserialises with the context
        // class loader, and the test's loader has its own copies of the classes (ClassCastException otherwise)
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(RunningDemoStore.get().getSite().getContext().getLoader().getClassLoader());
        try {
            Method m = findPublic(target.getClass(), method, types);
            m.setAccessible(true);
            return m.invoke(target, args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException ? (RuntimeException) cause : new IllegalStateException(cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static Method findPublic(Class<?> type, String name, Class<?>[] types) throws NoSuchMethodException {
        // through an interface where there is one: the beans may be JDK proxies
        for (Class<?> i : type.getInterfaces()) {
            try {
                return i.getMethod(name, types);
            } catch (NoSuchMethodException ignored) {
                // try the next
            }
        }
        return type.getMethod(name, types);
    }

    public static Long customerId(String email) {
        Object customer = call(bean("blCustomerService"), "readCustomerByEmail", new Class<?>[] {String.class}, email);
        if (customer == null) {
            throw new IllegalStateException("no customer " + email);
        }
        return (Long) call(customer, "getId", new Class<?>[0]);
    }

    public static String unsubscribeUrl(Long customerId) {
        return (String) call(bean("cxUnsubscribeLinks"), "unsubscribeUrl", new Class<?>[] {Long.class}, customerId);
    }

    /** A token signed by the store, for any purpose and expiry (to test refusals). */
    public static String signedToken(String purpose, Long customerId, Date expiresAt) {
        Object service = bean("cxSignedLinkService");
        try {
            Class<?> claimsType = Class.forName("dev.cxplugin.common.link.CxLinkClaims", true, service.getClass().getClassLoader());
            Object claims = claimsType.getConstructor(String.class, Long.class, Date.class).newInstance(purpose, customerId, expiresAt);
            return (String) call(service, "sign", new Class<?>[] {claimsType}, claims);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    public static boolean isOptedOut(Long customerId) {
        return (Boolean) call(bean("cxContactPolicy"), "isOptedOut", new Class<?>[] {Long.class}, customerId);
    }

    public static void setOptedOut(Long customerId, boolean optedOut) {
        call(bean("cxContactPolicy"), "setOptedOut", new Class<?>[] {Long.class, boolean.class}, customerId, optedOut);
    }

    public static Date birthDate(Long customerId) {
        return (Date) call(bean("cxContactPolicy"), "getBirthDate", new Class<?>[] {Long.class}, customerId);
    }
}
