package com.raqibtech.naija.identity.domain;

import com.raqibtech.naija.shared.access.Role;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * Someone who signs in: a customer with an account or a member of staff. Groups (customer, support_agent, admin,
 * super_admin) map to the Jakarta Security roles of the same names.
 */
@Entity
@Table(name = "user_accounts")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account_seq")
    @SequenceGenerator(name = "user_account_seq", sequenceName = "user_account_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true)
    private String username;

    /** PBKDF2 hash in the Jakarta Security Pbkdf2PasswordHash format; never the password. */
    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(nullable = false)
    private boolean enabled = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_groups", joinColumns = @JoinColumn(name = "user_account_id"))
    @Column(name = "group_name")
    private Set<String> groups = new HashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Version
    private long version;

    protected UserAccount() {
    }

    public UserAccount(String username, String passwordHash, String displayName, Set<Role> roles,
                       Instant createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        roles.forEach(role -> groups.add(role.roleName()));
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public boolean isEnabled() {
        return enabled;
    }

    /** The roles granted to this account (not the roles they include). */
    public Set<Role> getRoles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        groups.forEach(group -> Role.fromName(group).ifPresent(roles::add));
        return Collections.unmodifiableSet(roles);
    }

    public boolean hasRole(Role role) {
        return groups.contains(role.roleName());
    }

    /** True when the role was newly granted. */
    public boolean grant(Role role) {
        return groups.add(role.roleName());
    }

    /** True when the role was held and is now revoked. */
    public boolean revoke(Role role) {
        return groups.remove(role.roleName());
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
    }

    public void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }
}
