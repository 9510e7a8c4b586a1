package com.raqibtech.naija.orders.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** pay_on_delivery, bank_transfer, card or raqibtechpay (the wallet). */
@Entity
@Table(name = "payment_methods")
public class PaymentMethod {

    public static final String PAY_ON_DELIVERY = "pay_on_delivery";
    public static final String BANK_TRANSFER = "bank_transfer";
    public static final String CARD = "card";
    public static final String RAQIBTECHPAY = "raqibtechpay";

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String description;

    /** Paid before dispatch (everything but pay on delivery). */
    @Column(nullable = false)
    private boolean prepaid;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected PaymentMethod() {
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public boolean isPrepaid() {
        return prepaid;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
