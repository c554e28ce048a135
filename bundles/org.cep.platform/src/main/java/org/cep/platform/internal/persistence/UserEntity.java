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
@Table(name = "app_user")
public class UserEntity {
    @Id
    @TableGenerator(name = "app_user", table = "cep_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_count", pkColumnValue = "app_user", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "app_user")
    @Column(name = "id")
    public Long id;
    @Column(name = "court_id")
    public String courtId;
    @Column(name = "username")
    public String username;
    @Column(name = "display_name")
    public String displayName;
    @Column(name = "password_hash")
    public String passwordHash;
    /** Comma-separated role tokens. */
    @Column(name = "roles")
    public String roles;
    @Column(name = "active")
    public boolean active;
    @Column(name = "created_micros")
    public long createdMicros;
    @Version
    @Column(name = "version")
    public long version;
}
