package dev.cxplugin.notify.dao;

import dev.cxplugin.notify.domain.CxFulfilmentEvent;
import dev.cxplugin.notify.domain.CxOrderFulfilment;

import java.util.List;

public interface CxFulfilmentDao {

    CxFulfilmentEvent createEvent();

    CxFulfilmentEvent saveEvent(CxFulfilmentEvent event);

    CxFulfilmentEvent readEvent(String source, String eventId);

    List<CxFulfilmentEvent> readEventsForOrder(Long orderId);

    CxOrderFulfilment createFulfilment();

    CxOrderFulfilment saveFulfilment(CxOrderFulfilment fulfilment);

    CxOrderFulfilment readFulfilment(Long orderId);
}
