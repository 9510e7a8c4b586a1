package com.raqibtech.naija.delivery.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** Delivery fees and times by state; callable from REST, the chat engine and an LLM tool alike. */
@ApplicationScoped
public class DeliveryQuoteService {

    @Inject
    StateDirectory directory;

    /**
     * The quote for a state named any way people name it.
     *
     * @throws ProblemException 400 {@code unknown-state} when no state goes by that name (with a suggestion
     *                          when one is spelled close)
     */
    public DeliveryQuote quote(String stateName) {
        return DeliveryQuote.of(directory.require(stateName));
    }

    /** Quotes for every state, by state name. */
    public List<DeliveryQuote> allQuotes() {
        return directory.all().stream().map(DeliveryQuote::of).toList();
    }
}
