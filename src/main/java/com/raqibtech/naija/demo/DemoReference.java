package com.raqibtech.naija.demo;

import java.math.BigDecimal;
import java.util.List;

/** The reference data the generator prices with, read from the database so fees and tiers have one source. */
public record DemoReference(List<StateInfo> states, List<TierInfo> tiers, List<String> mobilePrefixes) {

    public record StateInfo(String code, String name, String capital, BigDecimal deliveryFee, int deliveryDays) {
    }

    public record TierInfo(String code, BigDecimal minSpend, BigDecimal discountRate) {
    }
}
