package org.cep.platform.internal.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "user_session")
public class SessionEntity {
    @Id
    @Column(name = "token_hash")
    public String tokenHash;
    @Column(name = "user_id")
    public long userId;
    @Column(name = "created_micros")
    public long createdMicros;
    @Column(name = "expires_micros")
    public long expiresMicros;
}
