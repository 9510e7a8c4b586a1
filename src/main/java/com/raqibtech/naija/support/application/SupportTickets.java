package com.raqibtech.naija.support.application;

import com.raqibtech.naija.shared.access.Actor;
import com.raqibtech.naija.support.domain.SupportTicket;
import com.raqibtech.naija.support.domain.SupportTicketRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;

/** Opening tickets for complaints and payment problems raised in chat. */
@ApplicationScoped
public class SupportTickets {

    @Inject
    SupportTicketRepository tickets;

    @Inject
    Clock clock;

    /** What a ticket is about. */
    public enum Kind { COMPLAINT, PAYMENT_ISSUE }

    /** A serious ticket goes to a person at once. */
    public enum Severity { NORMAL, SERIOUS }

    /** A ticket as other capabilities see it. */
    public record Opened(String reference, Kind kind, Severity severity, String orderReference) {
    }

    /** A ticket for the actor (a customer, or a guest: then without a customer) about a conversation. */
    @Transactional
    public Opened open(Actor actor, String conversationId, Kind kind, Severity severity, String orderReference,
                       String description) {
        SupportTicket ticket = tickets.save(new SupportTicket(actor.customerId(), conversationId,
                SupportTicket.Kind.valueOf(kind.name()), SupportTicket.Severity.valueOf(severity.name()),
                orderReference, description, clock.instant()));
        return new Opened(ticket.getReference(), kind, severity, orderReference);
    }

    /**
     * Adds a later message to a ticket opened in the same conversation (one complaint, one ticket): its words are
     * appended, a serious message makes the ticket serious, and an order named now is kept if none was. Empty when
     * the ticket is not open in that conversation any more.
     */
    @Transactional
    public Optional<Opened> addTo(Actor actor, String conversationId, String reference, Severity severity,
                                  String orderReference, String text) {
        return tickets.byReference(reference)
                .filter(ticket -> ticket.getConversationId().equals(conversationId))
                .filter(ticket -> java.util.Objects.equals(ticket.getCustomerId(), actor.customerId()))
                .filter(ticket -> ticket.getStatus() == SupportTicket.Status.OPEN)
                .map(ticket -> {
                    ticket.addMessage(text, SupportTicket.Severity.valueOf(severity.name()), orderReference);
                    return new Opened(ticket.getReference(), Kind.valueOf(ticket.getKind().name()),
                            Severity.valueOf(ticket.getSeverity().name()), ticket.getOrderReference());
                });
    }
}
