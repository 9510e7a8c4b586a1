package com.raqibtech.naija.shared.access;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The five roles, named as the Jakarta Security roles and the database groups are. Staff roles nest: a
 * super_admin is also an admin, an admin also a support_agent, so {@code @RolesAllowed("support_agent")} admits
 * all staff. This enum is the one place where roles turn into permissions.
 */
public enum Role {
    GUEST("guest"),
    CUSTOMER("customer"),
    SUPPORT_AGENT("support_agent"),
    ADMIN("admin"),
    SUPER_ADMIN("super_admin");

    public static final String GUEST_NAME = "guest";
    public static final String CUSTOMER_NAME = "customer";
    public static final String SUPPORT_AGENT_NAME = "support_agent";
    public static final String ADMIN_NAME = "admin";
    public static final String SUPER_ADMIN_NAME = "super_admin";

    private final String roleName;

    Role(String roleName) {
        this.roleName = roleName;
    }

    public String roleName() {
        return roleName;
    }

    /** This role and every role it includes. */
    public Set<Role> withIncludedRoles() {
        return switch (this) {
            case SUPER_ADMIN -> EnumSet.of(SUPER_ADMIN, ADMIN, SUPPORT_AGENT);
            case ADMIN -> EnumSet.of(ADMIN, SUPPORT_AGENT);
            default -> EnumSet.of(this);
        };
    }

    public Set<Permission> permissions() {
        return switch (this) {
            case GUEST -> EnumSet.noneOf(Permission.class);
            case CUSTOMER -> EnumSet.of(Permission.READ_OWN_DATA);
            case SUPPORT_AGENT -> EnumSet.of(Permission.READ_ALL_CUSTOMER_DATA, Permission.MANAGE_CONVERSATIONS,
                    Permission.MANAGE_ORDERS);
            case ADMIN -> union(SUPPORT_AGENT.permissions(), Permission.VIEW_BUSINESS_ANALYTICS,
                    Permission.MANAGE_USERS);
            case SUPER_ADMIN -> union(ADMIN.permissions(), Permission.SYSTEM_ADMINISTRATION);
        };
    }

    /** Whether a holder of this role may grant or revoke {@code other}: only super_admin handles admin roles. */
    public boolean mayAssign(Role other) {
        return switch (other) {
            case SUPPORT_AGENT -> this == ADMIN || this == SUPER_ADMIN;
            case ADMIN, SUPER_ADMIN -> this == SUPER_ADMIN;
            case GUEST, CUSTOMER -> false;
        };
    }

    public boolean isStaff() {
        return this == SUPPORT_AGENT || this == ADMIN || this == SUPER_ADMIN;
    }

    /** The groups a caller gets for these stored roles: each role with the roles it includes. */
    public static Set<String> groupsFor(Set<Role> roles) {
        return roles.stream().flatMap(role -> role.withIncludedRoles().stream()).map(Role::roleName)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    public static Set<Permission> permissionsOf(Set<Role> roles) {
        Set<Permission> permissions = EnumSet.noneOf(Permission.class);
        roles.forEach(role -> role.withIncludedRoles().forEach(included -> permissions.addAll(included.permissions())));
        return permissions;
    }

    public static Optional<Role> fromName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(role -> role.roleName.equals(wanted)).findFirst();
    }

    private static Set<Permission> union(Set<Permission> base, Permission... more) {
        Set<Permission> all = EnumSet.copyOf(base);
        all.addAll(Arrays.asList(more));
        return all;
    }
}
