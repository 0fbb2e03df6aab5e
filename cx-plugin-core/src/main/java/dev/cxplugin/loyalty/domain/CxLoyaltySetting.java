package dev.cxplugin.loyalty.domain;

import java.io.Serializable;
import java.util.Date;

/** One programme setting changed in the admin (it overrides the cx.loyalty.* property of the same name). */
public interface CxLoyaltySetting extends Serializable {

    String getName();

    void setName(String name);

    String getValue();

    void setValue(String value);

    String getUpdatedBy();

    void setUpdatedBy(String updatedBy);

    Date getUpdatedDate();

    void setUpdatedDate(Date updatedDate);
}
