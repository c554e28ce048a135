package org.cep.platform.internal.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.Version;

@Entity
@Table(name = "crossing_grant")
public class GrantEntity {
    @Id
    @TableGenerator(name = "crossing_grant", table = "grant_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_count", pkColumnValue = "crossing_grant", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "crossing_grant")
    @Column(name = "id")
    public Long id;
    @Column(name = "purpose")
    public String purpose;
    @Column(name = "owner_court_id")
    public String ownerCourtId;
    @Column(name = "grantee_court_id")
    public String granteeCourtId;
    @Column(name = "issuer_court_id")
    public String issuerCourtId;
    @Column(name = "scope")
    public String scope;
    @Column(name = "valid_from_micros")
    public long validFromMicros;
    @Column(name = "valid_until_micros")
    public long validUntilMicros;
    /** REQUESTED, GRANTED, DENIED or REVOKED. */
    @Column(name = "status")
    public String status;
    @Column(name = "issued_by")
    public String issuedBy;
    @Column(name = "note")
    public String note;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decision_reason")
    public String decisionReason;
    @Column(name = "revoked_micros")
    public Long revokedMicros;
    @Column(name = "revoked_by")
    public String revokedBy;
    @Column(name = "revoke_reason")
    public String revokeReason;
    @Version
    @Column(name = "version")
    public long version;

    public boolean inForceAt(long micros) {
        return "GRANTED".equals(status) && validFromMicros <= micros && micros < validUntilMicros;
    }
}
