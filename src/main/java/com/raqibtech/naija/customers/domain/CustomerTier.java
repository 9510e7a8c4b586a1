package com.raqibtech.naija.customers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** Bronze, Silver, Gold, Platinum: reached by total spend on delivered orders; each gives a discount rate. */
@Entity
@Table(name = "customer_tiers")
public class CustomerTier {

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private int rank;

    @Column(name = "min_spend", nullable = false, precision = 14, scale = 2)
    private BigDecimal minSpend;

    @Column(name = "discount_rate", nullable = false, precision = 5, scale = 4)
    private BigDecimal discountRate;

    protected CustomerTier() {
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public int getRank() {
        return rank;
    }

    public BigDecimal getMinSpend() {
        return minSpend;
    }

    public BigDecimal getDiscountRate() {
        return discountRate;
    }
}
