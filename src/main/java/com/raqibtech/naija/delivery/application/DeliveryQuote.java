package com.raqibtech.naija.delivery.application;

import com.raqibtech.naija.delivery.domain.DeliveryZone;
import com.raqibtech.naija.delivery.domain.State;
import java.math.BigDecimal;

/** What delivery to a state costs and how many working days it takes. */
public record DeliveryQuote(String stateCode, String stateName, String capital, String zoneCode, String zoneName,
                            BigDecimal fee, int workingDays) {

    static DeliveryQuote of(State state) {
        DeliveryZone zone = state.getDeliveryZone();
        return new DeliveryQuote(state.getCode(), state.getName(), state.getCapital(), zone.getCode(),
                zone.getName(), zone.getFee(), zone.getDeliveryDays());
    }
}
