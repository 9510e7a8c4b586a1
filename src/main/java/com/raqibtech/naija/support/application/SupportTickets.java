package com.raqibtech.naija.support.application;

import com.raqibtech.naija.support.domain.SupportTicket;
import com.raqibtech.naija.support.domain.SupportTicketRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** Opening tickets for complaints and payment problems raised in chat. */
@ApplicationScoped
public class SupportTickets {

    @Inject
    SupportTicketRepository tickets;

    @Inject
    Clock clock;

    @Transactional
    public SupportTicket open(Long customerId, String conversationId, SupportTicket.Kind kind,
                              SupportTicket.Severity severity, String orderReference, String description) {
        return tickets.save(new SupportTicket(customerId, conversationId, kind, severity, orderReference,
                description, clock.instant()));
    }
}
