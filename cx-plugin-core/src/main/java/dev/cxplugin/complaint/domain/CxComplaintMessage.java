package dev.cxplugin.complaint.domain;

import java.io.Serializable;
import java.util.Date;

/** One entry of a ticket's thread: a customer message, a staff reply, an internal note, a compensation. */
public interface CxComplaintMessage extends Serializable {

    Long getId();

    void setId(Long id);

    Long getComplaintId();

    void setComplaintId(Long complaintId);

    String getType();

    void setType(String type);

    String getAuthorName();

    void setAuthorName(String authorName);

    Long getAdminUserId();

    void setAdminUserId(Long adminUserId);

    String getBody();

    void setBody(String body);

    Date getCreatedAt();

    void setCreatedAt(Date createdAt);

}
