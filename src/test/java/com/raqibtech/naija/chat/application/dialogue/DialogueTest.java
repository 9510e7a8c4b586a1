package com.raqibtech.naija.chat.application.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.raqibtech.naija.chat.application.memory.ConversationMemory;
import com.raqibtech.naija.shared.access.Channel;
import com.raqibtech.naija.chat.domain.Conversation;
import com.raqibtech.naija.nlu.application.Entity;
import com.raqibtech.naija.nlu.application.LanguageUnderstanding;
import com.raqibtech.naija.nlu.application.SentimentClassifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The dialogue's routing without a server: confirmations, the context that overrides a message's own intent, and
 * the three roads to a person. The flows are replaced by recorders; what they do is tested end to end in the
 * integration tests.
 */
class DialogueTest {

    private final List<String> called = new ArrayList<>();
    private final ConversationMemory memory = new ConversationMemory();
    private final Conversation conversation = new Conversation(42L, Channel.WEB, Instant.now());
    private Dialogue dialogue;

    @BeforeEach
    void recordingFlows() {
        dialogue = new Dialogue();
        dialogue.notUnderstoodLimit = 2;
        dialogue.negativeLimit = 2;
        dialogue.shopping = new ShoppingFlows() {
            @Override
            Reply search(Turn turn, Reply reply) {
                return record("search", reply);
            }

            @Override
            Reply info(Turn turn, Reply reply) {
                return record("info", reply);
            }

            @Override
            Reply add(Turn turn, Reply reply) {
                return record("add", reply);
            }
        };
        dialogue.orders = new OrderFlows() {
            @Override
            Reply place(Turn turn, Reply reply) {
                return record("place", reply);
            }

            @Override
            Reply setPayment(Turn turn, Reply reply) {
                return record("setPayment", reply);
            }

            @Override
            Reply setAddress(Turn turn, Reply reply) {
                return record("setAddress", reply);
            }

            @Override
            Reply deliveryInfo(Turn turn, Reply reply) {
                return record("deliveryInfo", reply);
            }

            @Override
            Reply track(Turn turn, Reply reply) {
                return record("track", reply);
            }

            @Override
            Reply confirmCancel(Turn turn, Reply reply, String reference) {
                return record("confirmCancel " + reference, reply);
            }
        };
    }

    private Reply record(String flow, Reply reply) {
        called.add(flow);
        return reply.say(flow);
    }

    private Reply say(String text, String intent, Entity... entities) {
        return say(text, intent, 0.9, 0.0, entities);
    }

    private Reply say(String text, String intent, double confidence, double sentiment, Entity... entities) {
        var parse = new LanguageUnderstanding.Parse(intent, confidence, List.of(entities),
                new SentimentClassifier.Sentiment(sentiment < 0 ? "negative" : "neutral", sentiment), false, "pcm");
        return dialogue.respond(new Turn(null, conversation, text, parse, memory));
    }

    private static Entity entity(String kind, Object value, String text) {
        return new Entity(kind, value, 0, text.length(), text);
    }

    @Test
    void aNumberOrOrdinalAloneAfterAListPicksFromIt() {
        memory.lastListed = new ArrayList<>(List.of("PHN-SAM-A15", "PHN-SAM-A24", "PHN-SAM-S23"));
        say("the second one", "product_info");
        say("oya make I get am", "product_search");
        say("2", "out_of_scope", 0.2, 0);
        Reply again = say("3", "out_of_scope", 0.2, 0);
        assertEquals(List.of("add", "add", "add", "add"), called);
        assertNull(again.handoffReason(), "picks understood through the list are not messages not understood");
    }

    @Test
    void withoutAListANumberIsNotAPick() {
        Reply bare = say("2", "out_of_scope", 0.2, 0);
        assertTrue(called.isEmpty(), "no flow for a bare number with nothing listed");
        assertTrue(bare.text().startsWith("Sorry"), bare.text());
        say("the second one", "product_info");
        say("I wan buy Samsung phone", "product_search");
        assertEquals(List.of("info", "search"), called);
    }

    @Test
    void duringCheckoutAPaymentMethodOrAStateFillsTheSlotWhateverTheMessageLooksLike() {
        memory.flow = "checkout";
        say("RaqibPay", "payment_issue", entity("payment_method", "raqibtechpay", "RaqibPay"));
        say("send am to PH", "delivery_info", entity("state", "RI", "PH"));
        assertEquals(List.of("setPayment", "setAddress"), called);

        memory.flow = null;
        say("how much to deliver to PH?", "delivery_info", entity("state", "RI", "PH"));
        assertEquals("deliveryInfo", called.get(2), "outside checkout a state is a delivery question");
    }

    @Test
    void anOrderReferenceOnItsOwnIsTracked() {
        say("RT-2026-000123", "out_of_scope", 0.3, 0, entity("order_id", "RT-2026-000123", "RT-2026-000123"));
        assertEquals(List.of("track"), called);
    }

    @Test
    void yesConfirmsWhatWasAskedAndNoDropsIt() {
        memory.pending = OrderFlows.PLACE_ORDER;
        say("yes o, place it", "checkout");
        assertEquals(List.of("place"), called);
        assertNull(memory.pending, "a confirmation is used once");

        memory.pending = OrderFlows.CANCEL + "RT-2026-000123";
        Reply declined = say("no o, leave am", "cancel_order");
        assertEquals(List.of("place"), called, "nothing cancelled");
        assertTrue(declined.text().contains("won't"), declined.text());
        assertNull(memory.pending);

        memory.pending = OrderFlows.CANCEL + "RT-2026-000124";
        say("do am", "out_of_scope", 0.2, 0);
        assertEquals("confirmCancel RT-2026-000124", called.get(1));
    }

    @Test
    void twoMessagesInARowNotUnderstoodGoToAPerson() {
        Reply first = say("blorp zzz", "out_of_scope", 0.1, 0);
        assertNull(first.handoffReason());
        Reply second = say("qwerty uiop", "out_of_scope", 0.1, 0);
        assertEquals("not understood twice", second.handoffReason());
    }

    @Test
    void anUnderstoodMessageInBetweenStartsTheCountAgain() {
        say("blorp zzz", "out_of_scope", 0.1, 0);
        say("I wan buy Samsung phone", "product_search");
        Reply again = say("qwerty uiop", "out_of_scope", 0.1, 0);
        assertNull(again.handoffReason());
    }

    @Test
    void twoStronglyNegativeMessagesGoToAPerson() {
        Reply first = say("this una service no good at all", "product_search", 0.9, -0.9);
        assertNull(first.handoffReason());
        Reply second = say("una just dey waste my time", "product_search", 0.9, -0.9);
        assertEquals("strongly negative twice", second.handoffReason());
    }

    @Test
    void askingForAPersonHandsOffAtOnce() {
        Reply asked = say("abeg I want talk to human", "human_agent");
        assertEquals("customer asked", asked.handoffReason());
        assertTrue(called.isEmpty());
    }

    @Test
    void analyticsAreRefusedToCustomers() {
        Reply refused = say("what were total sales last month", "analytics_query");
        assertTrue(refused.text().contains("staff"), refused.text());
    }
}
