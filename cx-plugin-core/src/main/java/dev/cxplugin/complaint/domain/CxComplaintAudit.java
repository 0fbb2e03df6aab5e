package dev.cxplugin.complaint.domain;

import java.io.Serializable;
import java.util.Date;

/** Who changed what on a ticket, and when. */
public interface CxComplaintAudit extends Serializable {

    Long getId();

    void setId(Long id);

    Long getComplaintId();

    void setComplaintId(Long complaintId);

    String getActor();

    void setActor(String actor);

    String getAction();

    void setAction(String action);

    String getFromValue();

    void setFromValue(String fromValue);

    String getToValue();

    void setToValue(String toValue);

    Date getCreatedAt();

    void setCreatedAt(Date createdAt);

}
