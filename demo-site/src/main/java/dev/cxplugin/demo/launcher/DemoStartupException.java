package dev.cxplugin.demo.launcher;

/** A setup problem the person starting the demo can fix; its message is printed as one line. */
public class DemoStartupException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DemoStartupException(String message) {
        super(message);
    }
}
