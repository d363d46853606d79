package org.praxis.account.security;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

import org.praxis.policy.Actor;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person as Spring Security holds it in the session. Its name is the account id,
 * so sessions can be found (and ended) by account, whatever the e-mail is.
 */
public final class PraxisPrincipal implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final boolean staff;
    private final boolean verified;
    private final boolean suspended;
    private String passwordHash;

    public PraxisPrincipal(long accountId, boolean staff, boolean verified, boolean suspended, String passwordHash) {
        this.accountId = accountId;
        this.staff = staff;
        this.verified = verified;
        this.suspended = suspended;
        this.passwordHash = passwordHash;
    }

    public Actor actor() {
        return staff ? Actor.staff(accountId) : Actor.member(accountId);
    }

    public long accountId() {
        return accountId;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return staff ? List.of(new SimpleGrantedAuthority("ROLE_MEMBER"), new SimpleGrantedAuthority("ROLE_STAFF"))
                : List.of(new SimpleGrantedAuthority("ROLE_MEMBER"));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return String.valueOf(accountId);
    }

    @Override
    public boolean isAccountNonLocked() {
        return !suspended;
    }

    @Override
    public boolean isEnabled() {
        return verified;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
