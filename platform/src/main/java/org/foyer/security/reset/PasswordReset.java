package org.foyer.security.reset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.foyer.core.invitation.InvitationToken;
import org.foyer.core.invitation.SingleUseInvitation;
import org.foyer.security.signin.AccountKind;

/**
 * A link to choose a new password, for one staff member or portal login: the same single-use,
 * hash-only token as an invitation, valid for {@link #VALIDITY}.
 */
@Entity
@Table(name = "password_reset")
public class PasswordReset extends SingleUseInvitation {

  public static final Duration VALIDITY = Duration.ofMinutes(30);

  @Enumerated(EnumType.STRING)
  @Column(name = "account_kind", nullable = false, updatable = false, length = 16)
  private AccountKind accountKind;

  @Column(name = "account_id", nullable = false, updatable = false)
  private UUID accountId;

  protected PasswordReset() {}

  public PasswordReset(AccountKind kind, UUID accountId, InvitationToken token, Instant issuedAt) {
    super(token, issuedAt, VALIDITY);
    this.accountKind = Objects.requireNonNull(kind, "kind");
    this.accountId = Objects.requireNonNull(accountId, "account id");
  }

  public AccountKind accountKind() {
    return accountKind;
  }

  public UUID accountId() {
    return accountId;
  }
}
