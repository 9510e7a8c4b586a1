package com.raqibtech.naija.shared.access;

/** What a caller may do. Derived from roles in exactly one place: {@link Role#permissions()}. */
public enum Permission {
    READ_OWN_DATA,
    READ_ALL_CUSTOMER_DATA,
    MANAGE_CONVERSATIONS,
    MANAGE_ORDERS,
    VIEW_BUSINESS_ANALYTICS,
    MANAGE_USERS,
    SYSTEM_ADMINISTRATION
}
