package com.raqibtech.naija.delivery.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A delivery zone: every state belongs to one, which sets its delivery fee and promised working days. */
@Entity
@Table(name = "delivery_zones")
public class DeliveryZone {

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal fee;

    @Column(name = "delivery_days", nullable = false)
    private int deliveryDays;

    protected DeliveryZone() {
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public BigDecimal getFee() {
        return fee;
    }

    public int getDeliveryDays() {
        return deliveryDays;
    }
}
