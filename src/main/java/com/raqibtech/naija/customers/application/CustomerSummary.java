package com.raqibtech.naija.customers.application;

import com.raqibtech.naija.customers.domain.Customer;
import java.math.BigDecimal;

/**
 * A customer as other capabilities see them (chat, the console, an LLM tool): name, contact, where they take
 * delivery, and their tier with its discount.
 */
public record CustomerSummary(long id, String fullName, String email, String phone, String state, String city,
                              String address, String tierCode, String tierName, BigDecimal discountRate,
                              BigDecimal totalSpent) {

    /** {@code state}: the name of the customer's delivery state, if any. */
    static CustomerSummary of(Customer customer, String state) {
        return new CustomerSummary(customer.getId(), customer.getFullName(), customer.getEmail(),
                customer.getPhone(), state,
                customer.getCity(), customer.getAddress(), customer.getTier().getCode(), customer.getTier().getName(),
                customer.getTier().getDiscountRate(), customer.getTotalSpent());
    }

    /** The first name, for a greeting. */
    public String firstName() {
        return fullName == null || fullName.isBlank() ? "" : fullName.strip().split("\\s+")[0];
    }

    public boolean hasAddress() {
        return address != null && !address.isBlank();
    }
}
