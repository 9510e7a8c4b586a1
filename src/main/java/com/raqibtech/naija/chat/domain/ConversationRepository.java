package com.raqibtech.naija.chat.domain;

import com.raqibtech.naija.shared.persistence.JpaRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class ConversationRepository extends JpaRepository<Conversation, String> {

    public ConversationRepository() {
        super(Conversation.class);
    }

    /** A conversation's messages, oldest first; internal notes only when asked for (staff). */
    public List<Message> messages(String conversationId, boolean withInternalNotes, int limit) {
        return em.createQuery("select m from Message m where m.conversationId = :conversation"
                        + (withInternalNotes ? "" : " and m.internalNote = false")
                        + " order by m.createdAt, m.id", Message.class)
                .setParameter("conversation", conversationId)
                .setMaxResults(limit)
                .getResultList();
    }
}
