package com.raqibtech.naija.delivery.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One of the 36 states or the Federal Capital Territory; its code is the ISO 3166-2:NG code (LA, FC, KN...). */
@Entity
@Table(name = "states")
public class State {

    @Id
    private String code;

    @Column(nullable = false, unique = true)
    private String name;

    @Column(nullable = false)
    private String capital;

    @Column(name = "geopolitical_zone", nullable = false)
    private String geopoliticalZone;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "delivery_zone_code")
    private DeliveryZone deliveryZone;

    protected State() {
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getCapital() {
        return capital;
    }

    public String getGeopoliticalZone() {
        return geopoliticalZone;
    }

    public DeliveryZone getDeliveryZone() {
        return deliveryZone;
    }
}
