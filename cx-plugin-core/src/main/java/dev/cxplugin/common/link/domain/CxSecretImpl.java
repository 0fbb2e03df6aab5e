package dev.cxplugin.common.link.domain;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Inheritance;
import javax.persistence.InheritanceType;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/** The name is the primary key: two nodes creating the same secret at once collide, and the loser reads the winner's. */
@Entity
@Inheritance(strategy = InheritanceType.JOINED)
@Table(name = "CX_SECRET")
public class CxSecretImpl implements CxSecret {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "NAME", length = 64)
    protected String name;

    @Column(name = "SECRET_VALUE", nullable = false, length = 255)
    protected String secretValue;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CREATED_DATE", nullable = false)
    protected Date createdDate;

    @Override public String getName() { return name; }
    @Override public void setName(String name) { this.name = name; }
    @Override public String getSecretValue() { return secretValue; }
    @Override public void setSecretValue(String secretValue) { this.secretValue = secretValue; }
    @Override public Date getCreatedDate() { return createdDate; }
    @Override public void setCreatedDate(Date createdDate) { this.createdDate = createdDate; }

    @Override
    public String toString() {
        // never the value: toString ends up in logs
        return "CxSecret[" + name + "]";
    }
}
