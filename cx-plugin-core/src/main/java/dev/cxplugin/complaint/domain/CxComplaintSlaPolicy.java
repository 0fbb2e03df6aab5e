package dev.cxplugin.complaint.domain;

import java.io.Serializable;
import java.util.Date;

/** The SLA of one priority: first-response and resolution targets in business hours. */
public interface CxComplaintSlaPolicy extends Serializable {

    Long getId();

    void setId(Long id);

    String getPriority();

    void setPriority(String priority);

    int getFirstResponseHours();

    void setFirstResponseHours(int firstResponseHours);

    int getResolutionHours();

    void setResolutionHours(int resolutionHours);

}
