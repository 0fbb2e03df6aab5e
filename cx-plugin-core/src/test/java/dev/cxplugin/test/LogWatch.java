package dev.cxplugin.test;

import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.Logger;
import org.apache.log4j.spi.LoggingEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Records log lines that mean the platform is broken even though the context "booted": without
 * {@code --add-opens java.base/java.lang} Hibernate logs "Javassist Enhancement failed" and lazy
 * proxies silently stop working.
 */
public final class LogWatch extends AppenderSkeleton {

    public static final String[] FATAL_MARKERS = {"Javassist Enhancement failed"};

    private static final LogWatch INSTANCE = new LogWatch();
    private final List<String> hits = new CopyOnWriteArrayList<String>();

    private LogWatch() {
        setName("cx-log-watch");
    }

    public static synchronized LogWatch install() {
        Logger root = Logger.getRootLogger();
        if (root.getAppender(INSTANCE.getName()) == null) {
            root.addAppender(INSTANCE);
        }
        return INSTANCE;
    }

    public List<String> fatalLines() {
        return new ArrayList<String>(hits);
    }

    @Override
    protected void append(LoggingEvent event) {
        String message = event.getRenderedMessage();
        if (message == null) {
            return;
        }
        for (String marker : FATAL_MARKERS) {
            if (message.contains(marker)) {
                hits.add(event.getLoggerName() + ": " + message);
            }
        }
    }

    @Override
    public void close() {
    }

    @Override
    public boolean requiresLayout() {
        return false;
    }
}
