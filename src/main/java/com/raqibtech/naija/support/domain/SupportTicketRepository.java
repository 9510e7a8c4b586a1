package com.raqibtech.naija.support.domain;

import com.raqibtech.naija.shared.persistence.JpaRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class SupportTicketRepository extends JpaRepository<SupportTicket, Long> {

    public SupportTicketRepository() {
        super(SupportTicket.class);
    }

    public List<SupportTicket> forConversation(String conversationId) {
        return em.createQuery("select t from SupportTicket t where t.conversationId = :conversation"
                        + " order by t.createdAt", SupportTicket.class)
                .setParameter("conversation", conversationId)
                .getResultList();
    }
}
