package com.raqibtech.naija.delivery.application;

import com.raqibtech.naija.delivery.domain.State;
import com.raqibtech.naija.shared.error.ProblemException;
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
        State state = directory.resolve(stateName).orElseThrow(() -> unknownState(stateName));
        return DeliveryQuote.of(state);
    }

    /** Quotes for every state, by state name. */
    public List<DeliveryQuote> allQuotes() {
        return directory.all().stream().map(DeliveryQuote::of).toList();
    }

    private ProblemException unknownState(String stateName) {
        String shown = stateName.length() > 40 ? stateName.substring(0, 40) + "…" : stateName;
        String suggestion = directory.closest(stateName)
                .map(state -> " Did you mean " + state.getName() + "?")
                .orElse(" Use a state name such as Lagos, Kano or Abuja (FCT).");
        return ProblemException.badRequest("unknown-state",
                "'" + shown + "' is not a Nigerian state we know." + suggestion);
    }
}
