package com.raqibtech.naija.orders.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;

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

    /**
     * The name as it reads inside a sentence: "pay on delivery", "card"; a brand keeps its capitals
     * ("RaqibTechPay"). Sentences that name a method use this rather than spelling the name again.
     */
    public String getNameInText() {
        return nameInText(name);
    }

    /** A payment method's name as it reads inside a sentence (see {@link #getNameInText()}). */
    public static String nameInText(String name) {
        String rest = name.substring(1);
        return rest.equals(rest.toLowerCase(Locale.ROOT)) ? name.toLowerCase(Locale.ROOT) : name;
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
