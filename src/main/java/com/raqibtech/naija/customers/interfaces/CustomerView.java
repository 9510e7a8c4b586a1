package com.raqibtech.naija.customers.interfaces;

import com.raqibtech.naija.customers.domain.Customer;
import com.raqibtech.naija.shared.money.Money;
import com.raqibtech.naija.shared.time.Lagos;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A customer's profile as the API shows it: to the customer, or to staff allowed to read customer data. */
public record CustomerView(long id, String fullName, String email, String phone, String stateCode,
                           String stateName, String city, String address, TierView tier, Money totalSpent,
                           String status, OffsetDateTime memberSince) {

    public record TierView(String code, String name, BigDecimal discountRate) {
    }

    /** {@code stateName}: the name of the customer's delivery state, if any. */
    public static CustomerView of(Customer customer, String stateName) {
        return new CustomerView(customer.getId(), customer.getFullName(), customer.getEmail(), customer.getPhone(),
                customer.getStateCode(), stateName,
                customer.getCity(), customer.getAddress(),
                new TierView(customer.getTier().getCode(), customer.getTier().getName(),
                        customer.getTier().getDiscountRate()),
                Money.of(customer.getTotalSpent()), customer.getStatus().name(),
                Lagos.at(customer.getCreatedAt()).toOffsetDateTime());
    }
}
