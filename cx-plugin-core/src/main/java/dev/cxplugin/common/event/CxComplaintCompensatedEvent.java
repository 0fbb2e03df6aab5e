package dev.cxplugin.common.event;

/**
 * The complaints desk gave a customer an apology code for a complaint. Published in that transaction; loyalty
 * grants its compensation bonus (once per complaint, however often the desk compensates it).
 */
public class CxComplaintCompensatedEvent extends CxEvent {

    private static final long serialVersionUID = 1L;

    private final Long complaintId;
    private final String offerCode;

    public CxComplaintCompensatedEvent(Object source, Long customerId, Long orderId, Long complaintId, String offerCode) {
        super(source, customerId, orderId);
        this.complaintId = complaintId;
        this.offerCode = offerCode;
    }

    public Long getComplaintId() {
        return complaintId;
    }

    /** The apology code the customer was given. */
    public String getOfferCode() {
        return offerCode;
    }
}
