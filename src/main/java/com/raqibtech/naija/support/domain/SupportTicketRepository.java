package com.raqibtech.naija.support.domain;

import com.raqibtech.naija.shared.persistence.JpaRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class SupportTicketRepository extends JpaRepository<SupportTicket, Long> {

    public SupportTicketRepository() {
        super(SupportTicket.class);
    }

    /** A ticket by the reference customers quote (TKT and the id). */
    public Optional<SupportTicket> byReference(String reference) {
        if (reference == null || !reference.toUpperCase(java.util.Locale.ROOT).matches("TKT\\d{1,18}")) {
            return Optional.empty();
        }
        return find(Long.parseLong(reference.substring(3)));
    }

    public List<SupportTicket> forConversation(String conversationId) {
        return em.createQuery("select t from SupportTicket t where t.conversationId = :conversation"
                        + " order by t.createdAt", SupportTicket.class)
                .setParameter("conversation", conversationId)
                .getResultList();
    }
}
