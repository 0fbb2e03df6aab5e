package dev.cxplugin.demo.launcher;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;

/**
 * The parent of both web applications' class loaders: it lets through only what the two must share
 * (the Servlet API, the container's JNDI and JDBC-leak guard, the embedded HSQLDB engine) and hides everything else on the launcher's classpath.
 * Without it, whatever happens to be on the JVM's classpath (a test run's test classes and test
 * properties, say) would leak into the stores' component scans and configuration.
 */
public class SharedClassLoader extends ClassLoader {

    static final String[] SHARED_PACKAGES = {"javax.servlet.", "javax.el.", "javax.websocket.",
            "javax.security.auth.message.", "org.apache.naming.", "org.hsqldb.",
            "org.apache.catalina.loader.JdbcLeakPrevention"};

    private final ClassLoader launcherLoader;

    public SharedClassLoader(ClassLoader launcherLoader) {
        super(ClassLoader.getSystemClassLoader().getParent()); // the JDK's own platform classes
        this.launcherLoader = launcherLoader;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (isShared(name)) {
            return launcherLoader.loadClass(name);
        }
        return super.loadClass(name, resolve);
    }

    @Override
    public URL getResource(String name) {
        return isShared(name.replace('/', '.')) ? launcherLoader.getResource(name) : super.getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        if (isShared(name.replace('/', '.'))) {
            return launcherLoader.getResources(name);
        }
        Enumeration<URL> own = super.getResources(name);
        return own == null ? Collections.<URL>emptyEnumeration() : own;
    }

    static boolean isShared(String name) {
        for (String prefix : SHARED_PACKAGES) {
            if (name.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
