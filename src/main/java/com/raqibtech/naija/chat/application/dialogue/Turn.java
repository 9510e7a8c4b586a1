package com.raqibtech.naija.chat.application.dialogue;

import com.raqibtech.naija.cart.application.CartOwner;
import com.raqibtech.naija.chat.application.memory.ConversationMemory;
import com.raqibtech.naija.chat.domain.Conversation;
import com.raqibtech.naija.shared.access.Actor;
import com.raqibtech.naija.nlu.application.Entity;
import com.raqibtech.naija.nlu.application.LanguageUnderstanding;
import java.util.List;
import java.util.Optional;

/** One customer message with everything the flows need to answer it. */
public record Turn(Actor caller, Conversation conversation, String text, LanguageUnderstanding.Parse parse,
                   ConversationMemory memory) {

    public boolean isGuest() {
        return conversation.getCustomerId() == null;
    }

    public Optional<Long> customerId() {
        return Optional.ofNullable(conversation.getCustomerId());
    }

    public CartOwner cartOwner() {
        return isGuest() ? CartOwner.guest(conversation.getId()) : CartOwner.customer(conversation.getCustomerId());
    }

    /** Pidgin or code-mixed in: answer in friendly, Pidgin-flavoured English. */
    public boolean pidgin() {
        return !"en".equals(memory.language);
    }

    public String intent() {
        return parse.intent();
    }

    public List<Entity> entities(String kind) {
        return parse.entities().stream().filter(entity -> entity.entity().equals(kind)).toList();
    }

    public Optional<Object> first(String kind) {
        return entities(kind).stream().findFirst().map(Entity::value);
    }

    /** The product and category words, joined: what to search for. */
    public Optional<String> goods() {
        List<String> words = parse.entities().stream()
                .filter(entity -> entity.entity().equals("product") || entity.entity().equals("category"))
                .map(Entity::text).toList();
        return words.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", words));
    }
}
