package com.raqibtech.naija.chat.application.dialogue;

import com.raqibtech.naija.cart.application.CartOwner;
import com.raqibtech.naija.chat.application.memory.DialogueState;
import com.raqibtech.naija.chat.application.memory.TranscriptWindow;
import com.raqibtech.naija.chat.application.reply.QuickReply;
import com.raqibtech.naija.nlu.application.Entity;
import com.raqibtech.naija.nlu.application.EntityKind;
import com.raqibtech.naija.nlu.application.Intent;
import com.raqibtech.naija.nlu.application.LanguageUnderstanding;
import com.raqibtech.naija.shared.access.Actor;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One customer message with everything a responder needs to answer it: who acts (for the customer, in the
 * conversation), what was understood, the quick reply tapped if any, the customer's answer to a question the agent
 * asked, the dialogue state (which the responder updates) and the transcript window (read only).
 *
 * @param tapped the quick reply's meaning when the customer tapped one: it overrides what the text looks like
 * @param answer the customer's answer to the pending question, decided by the engine from their own message
 * @param consent records the customer's yes to a new confirmation, and succeeds only when this very message
 *                said yes ("use RaqibPay and order" says it); a responder cannot confirm for the customer otherwise
 */
public record Turn(Actor actor, String conversationId, String text, LanguageUnderstanding.Parse parse,
                   Optional<QuickReply.Tapped> tapped, Answer answer, Consent consent, DialogueState state,
                   TranscriptWindow transcript) {

    /** How the customer answered the question the agent asked last (or, with none asked, told it to go ahead). */
    public enum Answer { NONE, YES, NO }

    /** The customer's yes, given by this turn's message, applied to a confirmation the responder asked for. */
    @FunctionalInterface
    public interface Consent {
        boolean confirm(String confirmationId);
    }

    public boolean isGuest() {
        return actor.customerId() == null;
    }

    public Optional<Long> customerId() {
        return actor.customer();
    }

    public CartOwner cartOwner() {
        return isGuest() ? CartOwner.guest(conversationId) : CartOwner.customer(actor.customerId());
    }

    /** Pidgin or code-mixed in: answer in friendly, Pidgin-flavoured English. */
    public boolean pidgin() {
        return !"en".equals(state.language);
    }

    /** What the message is for: a tapped quick reply's intent, else the model's. */
    public Intent intent() {
        return tapped.flatMap(QuickReply.Tapped::intent).orElseGet(() -> Intent.of(parse.intent()));
    }

    public List<Entity> entities(EntityKind kind) {
        return parse.entities().stream().filter(kind::is).toList();
    }

    public Optional<Object> first(EntityKind kind) {
        return entities(kind).stream().findFirst().map(Entity::value);
    }

    public OptionalInt quantity() {
        return first(EntityKind.QUANTITY).map(value -> OptionalInt.of(((Number) value).intValue()))
                .orElse(OptionalInt.empty());
    }

    /** The most the customer wants to spend, in naira. */
    public Optional<BigDecimal> budget() {
        return first(EntityKind.PRICE_MAX).map(value -> BigDecimal.valueOf(((Number) value).longValue()));
    }

    /** A Nigerian state the message names, by its canonical name. */
    public Optional<String> namedState() {
        return first(EntityKind.STATE).map(Object::toString);
    }

    /** A payment method code: pay_on_delivery, bank_transfer, card or raqibtechpay. */
    public Optional<String> paymentMethod() {
        return first(EntityKind.PAYMENT_METHOD).map(Object::toString);
    }

    public Optional<String> orderReference() {
        return first(EntityKind.ORDER_ID).map(value -> value.toString().toUpperCase(java.util.Locale.ROOT));
    }

    /** The product a tapped quick reply names (its SKU), if any. */
    public Optional<String> tappedSku() {
        return tapped.filter(t -> t.intent().map(i -> i == Intent.ADD_TO_CART || i == Intent.PRODUCT_INFO
                || i == Intent.REMOVE_FROM_CART).orElse(false)).map(QuickReply.Tapped::argument)
                .filter(sku -> !sku.isBlank());
    }

    /** The product and category words, joined: what to search for. */
    public Optional<String> goods() {
        List<String> words = parse.entities().stream()
                .filter(entity -> EntityKind.PRODUCT.is(entity) || EntityKind.CATEGORY.is(entity))
                .map(Entity::text).toList();
        return words.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", words));
    }
}
