package com.raqibtech.naija.shared.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void permissionsFollowTheIssuesTable() {
        assertEquals(EnumSet.of(Permission.READ_OWN_DATA), Role.CUSTOMER.permissions());
        assertEquals(EnumSet.noneOf(Permission.class), Role.GUEST.permissions());
        assertEquals(EnumSet.of(Permission.READ_ALL_CUSTOMER_DATA, Permission.MANAGE_CONVERSATIONS,
                Permission.MANAGE_ORDERS), Role.SUPPORT_AGENT.permissions());
        assertTrue(Role.ADMIN.permissions().containsAll(Role.SUPPORT_AGENT.permissions()));
        assertTrue(Role.ADMIN.permissions().containsAll(Set.of(Permission.VIEW_BUSINESS_ANALYTICS,
                Permission.MANAGE_USERS)));
        assertFalse(Role.ADMIN.permissions().contains(Permission.SYSTEM_ADMINISTRATION));
        assertEquals(EnumSet.allOf(Permission.class).size() - 1, Role.SUPER_ADMIN.permissions().size(),
                "everything but READ_OWN_DATA, which is a customer's");
    }

    @Test
    void staffRolesIncludeTheOnesBelow() {
        assertEquals(Set.of("admin", "super_admin", "support_agent"), Role.groupsFor(EnumSet.of(Role.SUPER_ADMIN)));
        assertEquals(Set.of("admin", "support_agent"), Role.groupsFor(EnumSet.of(Role.ADMIN)));
        assertEquals(Set.of("customer"), Role.groupsFor(EnumSet.of(Role.CUSTOMER)));
    }

    @Test
    void onlySuperAdminsAssignAdminRoles() {
        assertTrue(Role.ADMIN.mayAssign(Role.SUPPORT_AGENT));
        assertFalse(Role.ADMIN.mayAssign(Role.ADMIN));
        assertFalse(Role.ADMIN.mayAssign(Role.SUPER_ADMIN));
        assertTrue(Role.SUPER_ADMIN.mayAssign(Role.SUPER_ADMIN));
        assertFalse(Role.SUPPORT_AGENT.mayAssign(Role.SUPPORT_AGENT));
        assertFalse(Role.SUPER_ADMIN.mayAssign(Role.CUSTOMER));
    }
}
