package com.raqibtech.naija.platform.interfaces;

import com.raqibtech.naija.delivery.application.DeliveryQuote;
import com.raqibtech.naija.delivery.application.DeliveryQuoteService;
import com.raqibtech.naija.platform.SystemStatus;
import com.raqibtech.naija.platform.SystemStatusService;
import com.raqibtech.naija.shared.faces.ViewModel;
import com.raqibtech.naija.shared.money.Naira;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** The public home page: what the product is, whether it is healthy, and delivery fees by state. */
@ViewModel
public class HomeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SystemStatusService statusService;

    @Inject
    transient DeliveryQuoteService deliveries;

    private SystemStatus status;
    private List<DeliveryQuote> quotes;
    private List<DeliveryQuote> filteredQuotes;

    @PostConstruct
    void init() {
        status = statusService.current();
        quotes = deliveries.allQuotes();
    }

    public SystemStatus getStatus() {
        return status;
    }

    public List<DeliveryQuote> getQuotes() {
        return quotes;
    }

    public List<DeliveryQuote> getFilteredQuotes() {
        return filteredQuotes;
    }

    public void setFilteredQuotes(List<DeliveryQuote> filteredQuotes) {
        this.filteredQuotes = filteredQuotes;
    }

    public String naira(BigDecimal amount) {
        return Naira.format(amount);
    }
}
