package com.raqibtech.naija.delivery.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Delivery dates in working days (WAT), skipping weekends and the configured public holidays. */
@ApplicationScoped
public class DeliveryCalendar {

    @Inject
    @ConfigProperty(name = "delivery.holidays")
    Optional<List<String>> holidays;

    private WorkingCalendar calendar;

    @PostConstruct
    void init() {
        Set<LocalDate> dates = holidays.orElse(List.of()).stream().map(String::trim).filter(text -> !text.isEmpty())
                .map(LocalDate::parse).collect(Collectors.toSet());
        calendar = new WorkingCalendar(dates);
    }

    /** The day an order placed on {@code placed} (Lagos date) should arrive. */
    public LocalDate expectedDelivery(LocalDate placed, int workingDays) {
        return calendar.addWorkingDays(placed, workingDays);
    }
}
