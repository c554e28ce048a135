package org.cep.pairing.internal;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.Version;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** Each side's own record of a pair it belongs to, with the grant that opens the partner court to it. */
@Entity
@Table(name = "pr_link")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 64)
public class LinkEntity {
    @Id
    @TableGenerator(name = "pr_link", table = "pr_sequence", pkColumnName = "seq_name", valueColumnName = "seq_count",
            pkColumnValue = "pr", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "pr_link")
    @Column(name = "id")
    public Long id;
    @Column(name = "pair_id")
    public long pairId;
    @Column(name = "side")
    public String side;
    @Column(name = "partner_court_id")
    public String partnerCourtId;
    @Column(name = "issuer_court_id")
    public String issuerCourtId;
    @Column(name = "grant_id")
    public Long grantId;
    @Column(name = "start_date")
    public LocalDate startDate;
    @Column(name = "end_date")
    public LocalDate endDate;
    @Column(name = "status")
    public String status;
    @Version
    @Column(name = "version")
    public long version;
}
