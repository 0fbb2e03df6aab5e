package dev.cxplugin.demo.launcher;

import org.apache.catalina.Context;
import org.apache.catalina.LifecycleState;
import org.apache.catalina.Wrapper;
import org.apache.catalina.core.StandardContext;
import org.apache.catalina.deploy.NamingResourcesImpl;
import org.apache.catalina.session.StandardManager;
import org.apache.catalina.startup.Tomcat;
import org.apache.catalina.webresources.DirResourceSet;
import org.apache.catalina.webresources.FileResourceSet;
import org.apache.catalina.webresources.StandardRoot;
import org.apache.tomcat.util.descriptor.web.ContextEnvironment;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;

import java.io.File;

import javax.servlet.SessionTrackingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One Broadleaf web application (storefront or admin) inside the embedded Tomcat, set up as its web.xml
 * would: Broadleaf's merged root context, the security filter chains, a DispatcherServlet. Each gets its own
 * web application class loader over the application jars, like a deployed WAR, so Broadleaf's static state
 * (the Ehcache singleton above all) is not shared: stopping or restarting one leaves the other serving.
 */
public class WebApplication {

    protected final String name;
    protected final String path;
    protected final List<String> patchConfigLocations = new ArrayList<String>();
    protected final List<String> servletConfigLocations = new ArrayList<String>();
    protected final Map<String, Object> attributes = new LinkedHashMap<String, Object>();
    protected StandardContext context;
    protected File docBase;
    protected List<File> classpath;
    protected ClassLoader parent;
    protected long startMillis;

    public WebApplication(String name, String path) {
        this.name = name;
        this.path = path;
    }

    public WebApplication patch(String... locations) {
        for (String l : locations) patchConfigLocations.add(l);
        return this;
    }

    public WebApplication servlet(String... locations) {
        for (String l : locations) servletConfigLocations.add(l);
        return this;
    }

    public WebApplication attribute(String key, Object value) {
        attributes.put(key, value);
        return this;
    }

    /** Builds the Tomcat context; the jars and class folders become its WEB-INF/lib and WEB-INF/classes. */
    public Context build(File docBase, List<File> classpath, ClassLoader parent) {
        this.docBase = docBase;
        this.classpath = classpath;
        this.parent = parent;
        docBase.mkdirs();
        final StandardContext ctx = new StandardContext();
        ctx.setName(path);
        ctx.setPath(path);
        ctx.setDocBase(docBase.getAbsolutePath());
        ctx.addLifecycleListener(new Tomcat.FixContextListener());
        ctx.setParentClassLoader(parent);
        ctx.setReloadable(false);
        ctx.setUseHttpOnly(true);
        ctx.setSessionTimeout(60);
        Tomcat.addDefaultMimeTypeMappings(ctx); // e.g. image/svg+xml for the product pictures

        // Broadleaf's session attributes are not all serializable: don't persist sessions across restarts
        StandardManager manager = new StandardManager();
        manager.setPathname(null);
        ctx.setManager(manager);
        ctx.setClearReferencesStopThreads(false);

        StandardRoot root = new StandardRoot(ctx);
        Set<String> jarNames = new HashSet<String>();
        for (File entry : classpath) {
            if (entry.isDirectory()) {
                root.addPreResources(new DirResourceSet(root, "/WEB-INF/classes", entry.getAbsolutePath(), "/"));
            } else if (entry.getName().endsWith(".jar") && jarNames.add(entry.getName())) {
                // Tomcat lists a mounted file only under its own name
                root.addPostResources(new FileResourceSet(root, "/WEB-INF/lib/" + entry.getName(), entry.getAbsolutePath(), "/"));
            }
        }
        ctx.setResources(root);

        // Broadleaf registers a JMX bean named after the application: one name per web application
        ctx.setNamingResources(new NamingResourcesImpl());
        ContextEnvironment appName = new ContextEnvironment();
        appName.setName("appName");
        appName.setType("java.lang.String");
        appName.setValue("cx-demo-" + name);
        appName.setOverride(false);
        ctx.getNamingResources().addEnvironment(appName);

        ctx.addParameter("patchConfigLocation", join(patchConfigLocations));
        ctx.addApplicationListener("org.springframework.web.context.request.RequestContextListener");
        ctx.addApplicationListener("org.broadleafcommerce.common.web.extensibility.MergeContextLoaderListener");
        ctx.addApplicationListener("org.springframework.security.web.session.HttpSessionEventPublisher");

        FilterDef encoding = filter(ctx, "encodingFilter", "org.springframework.web.filter.CharacterEncodingFilter");
        encoding.addInitParameter("encoding", "UTF-8");
        encoding.addInitParameter("forceEncoding", "true");
        for (String chain : new String[] {"blPreSecurityFilterChain", "springSecurityFilterChain", "blPostSecurityFilterChain"}) {
            filter(ctx, chain, "org.springframework.web.filter.DelegatingFilterProxy");
        }

        Wrapper dispatcher = ctx.createWrapper();
        dispatcher.setName("dispatcher");
        dispatcher.setServletClass("org.springframework.web.servlet.DispatcherServlet");
        dispatcher.addInitParameter("contextConfigLocation", join(servletConfigLocations));
        dispatcher.setLoadOnStartup(1);
        ctx.addChild(dispatcher);
        ctx.addServletMappingDecoded("/", "dispatcher");

        // handed over at start-up, before Spring's listeners run
        final Map<String, Object> handOver = new LinkedHashMap<String, Object>(attributes);
        ctx.addServletContainerInitializer((classes, servletContext) -> {
            // sessions by cookie only: no ;jsessionid= in links
            servletContext.setSessionTrackingModes(EnumSet.of(SessionTrackingMode.COOKIE));
            for (Map.Entry<String, Object> a : handOver.entrySet()) {
                servletContext.setAttribute(a.getKey(), a.getValue());
            }
        }, null);
        this.context = ctx;
        return ctx;
    }

    private static FilterDef filter(StandardContext ctx, String name, String className) {
        FilterDef def = new FilterDef();
        def.setFilterName(name);
        def.setFilterClass(className);
        def.setAsyncSupported("true");
        ctx.addFilterDef(def);
        FilterMap map = new FilterMap();
        map.setFilterName(name);
        map.addURLPatternDecoded("/*");
        ctx.addFilterMap(map);
        return def;
    }

    /** A fresh context with the same configuration (a new class loader): what a redeploy does. */
    public Context rebuild() {
        return build(docBase, classpath, parent);
    }

    public boolean isAvailable() {
        return context != null && context.getState() == LifecycleState.STARTED;
    }

    public StandardContext getContext() {
        return context;
    }

    public List<String> getPatchConfigLocations() {
        return patchConfigLocations;
    }

    public List<String> getServletConfigLocations() {
        return servletConfigLocations;
    }

    public String getName() {
        return name;
    }

    public String getPath() {
        return path;
    }

    private static String join(List<String> items) {
        StringBuilder sb = new StringBuilder();
        for (String s : items) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(s);
        }
        return sb.toString();
    }
}
