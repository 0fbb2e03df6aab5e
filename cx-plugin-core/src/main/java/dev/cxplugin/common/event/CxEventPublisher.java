package dev.cxplugin.common.event;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ApplicationEventPublisherAware;

/**
 * Publishes {@link CxEvent}s to the listeners of the application context, synchronously on the caller's thread
 * (so inside the caller's transaction). A listener that fails fails the caller: a reaction is part of the change.
 */
public class CxEventPublisher implements ApplicationEventPublisherAware {

    protected ApplicationEventPublisher publisher;

    @Override
    public void setApplicationEventPublisher(ApplicationEventPublisher publisher) {
        this.publisher = publisher;
    }

    public void publish(CxEvent event) {
        publisher.publishEvent(event);
    }
}
