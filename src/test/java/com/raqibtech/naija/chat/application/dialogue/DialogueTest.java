package com.raqibtech.naija.chat.application.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.raqibtech.naija.chat.application.EscalationPolicy;
import com.raqibtech.naija.chat.application.memory.DialogueState;
import com.raqibtech.naija.chat.application.memory.PendingAction;
import com.raqibtech.naija.chat.application.memory.TranscriptWindow;
import com.raqibtech.naija.chat.application.reply.QuickReply;
import com.raqibtech.naija.chat.application.reply.Reply;
import com.raqibtech.naija.nlu.application.Entity;
import com.raqibtech.naija.nlu.application.LanguageUnderstanding;
import com.raqibtech.naija.nlu.application.SentimentClassifier;
import com.raqibtech.naija.shared.access.Actor;
import com.raqibtech.naija.shared.access.Channel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The dialogue's routing without a server: answers to a pending question, tapped quick replies, the context that
 * overrides a message's own intent; and the roads to a person, decided by {@link EscalationPolicy} around the dialogue as the
 * engine does. The flows are replaced by recorders; what they do is tested in ChatEngineTest and end to end in the
 * integration tests.
 */
class DialogueTest {

    private final List<String> called = new ArrayList<>();
    private final DialogueState state = new DialogueState();
    private final Actor customer = Actor.customer(42L, 7L, "ada@naija.test", "Ada", Channel.WEB, "127.0.0.1")
            .inConversation();
    private Dialogue dialogue;
    private EscalationPolicy handoff;

    /** What the engine would do with the turn: the handoff reason decided, and the dialogue's reply. */
    private record Answered(Reply reply, String handoffReason) {
    }

    @BeforeEach
    void recordingFlows() {
        handoff = EscalationPolicy.withDefaults();
        dialogue = new Dialogue();
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
                return record("add" + turn.tappedSku().map(sku -> " " + sku).orElse(""), reply);
            }
        };
        dialogue.orderChanges = new OrderChangeFlows() {
            @Override
            Optional<Reply> propose(Turn turn, Reply reply, com.raqibtech.naija.nlu.application.Intent intent) {
                return Optional.empty();
            }
        };
        dialogue.orders = new OrderFlows() {
            @Override
            Reply place(Turn turn, Reply reply, String confirmationId) {
                return record("place " + confirmationId, reply);
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
            Reply confirmCancel(Turn turn, Reply reply, PendingAction.CancelOrder pending) {
                return record("confirmCancel " + pending.reference(), reply);
            }
        };
    }

    private Reply record(String flow, Reply reply) {
        called.add(flow);
        return reply.say(flow);
    }

    private Answered say(String text, String intent, Entity... entities) {
        return say(text, intent, 0.9, 0.0, Turn.Answer.NONE, null, entities);
    }

    private Answered say(String text, String intent, double confidence, double sentiment, Entity... entities) {
        return say(text, intent, confidence, sentiment, Turn.Answer.NONE, null, entities);
    }

    private Answered say(String text, String intent, double confidence, double sentiment, Turn.Answer answer,
                         String payload, Entity... entities) {
        var parse = new LanguageUnderstanding.Parse(intent, confidence, List.of(entities),
                new SentimentClassifier.Sentiment(sentiment < 0 ? "negative" : "neutral", sentiment), false, "pcm");
        Turn turn = new Turn(customer, "c-1", text, parse, Optional.ofNullable(payload).flatMap(QuickReply::parse),
                answer, id -> false, state, new TranscriptWindow());
        Optional<EscalationPolicy.Decision> before = handoff.beforeResponding(turn);
        if (before.isPresent()) {
            return new Answered(new Reply(), before.get().reason());
        }
        Reply reply = dialogue.respond(turn);
        return new Answered(reply, handoff.afterResponding(turn, reply).map(EscalationPolicy.Decision::reason).orElse(null));
    }

    private static Entity entity(String kind, Object value, String text) {
        return new Entity(kind, value, 0, text.length(), text);
    }

    @Test
    void aNumberOrOrdinalAloneAfterAListPicksFromIt() {
        state.lastListed = new ArrayList<>(List.of("PHN-SAM-A15", "PHN-SAM-A24", "PHN-SAM-S23"));
        say("the second one", "product_info");
        say("oya make I get am", "product_search");
        say("2", "out_of_scope", 0.2, 0);
        Answered again = say("3", "out_of_scope", 0.2, 0);
        assertEquals(List.of("add", "add", "add", "add"), called);
        assertNull(again.handoffReason(), "picks understood through the list are not messages not understood");
    }

    @Test
    void withoutAListANumberIsNotAPick() {
        Answered bare = say("2", "out_of_scope", 0.2, 0);
        assertTrue(called.isEmpty(), "no flow for a bare number with nothing listed");
        assertTrue(bare.reply().text().startsWith("Sorry"), bare.reply().text());
        assertFalse(bare.reply().understood());
        say("the second one", "product_info");
        say("I wan buy Samsung phone", "product_search");
        assertEquals(List.of("info", "search"), called);
    }

    @Test
    void duringCheckoutAPaymentMethodOrAStateFillsTheSlotWhateverTheMessageLooksLike() {
        state.flow = DialogueState.Flow.CHECKOUT;
        say("RaqibPay", "payment_issue", entity("payment_method", "raqibtechpay", "RaqibPay"));
        say("send am to PH", "delivery_info", entity("state", "RI", "PH"));
        assertEquals(List.of("setPayment", "setAddress"), called);

        state.flow = null;
        say("how much to deliver to PH?", "delivery_info", entity("state", "RI", "PH"));
        assertEquals("deliveryInfo", called.get(2), "outside checkout a state is a delivery question");
    }

    @Test
    void anAnswerThatFitsTheSlotAskedForFillsItWhateverTheModelSays() {
        state.flow = DialogueState.Flow.CHECKOUT;
        state.awaiting = DialogueState.Slot.STATE;
        say("Lagos state", "analytics_query", entity("state", "Lagos", "Lagos"));
        state.awaiting = DialogueState.Slot.ADDRESS;
        say("12 Allen Avenue, Ikeja", "out_of_scope", 0.3, 0);
        assertEquals(List.of("setAddress", "setAddress"), called);
        assertEquals("12 Allen Avenue, Ikeja", state.slots.address(), "the bare answer is the address");

        state.awaiting = DialogueState.Slot.ADDRESS;
        say("where my order dey?", "track_order");
        assertEquals("track", called.get(2), "another request is not taken as the address");
        assertEquals("12 Allen Avenue, Ikeja", state.slots.address());
        say("Lagos", "analytics_query", entity("state", "Lagos", "Lagos"));
        assertEquals(3, called.size(), "with no slot asked for, a bare state is not a delivery answer");
    }

    @Test
    void anOrderReferenceOnItsOwnIsTracked() {
        say("RT-2026-000123", "out_of_scope", 0.3, 0, entity("order_id", "RT-2026-000123", "RT-2026-000123"));
        assertEquals(List.of("track"), called);
    }

    @Test
    void yesConfirmsWhatWasAskedAndNoDropsIt() {
        state.pending = new PendingAction.PlaceOrder("conf-1");
        say("yes o, place it", "checkout", 0.9, 0, Turn.Answer.YES, null);
        assertEquals(List.of("place conf-1"), called);
        assertNull(state.pending, "a confirmation is used once");

        state.pending = new PendingAction.CancelOrder("RT-2026-000123", "conf-2");
        Answered declined = say("no o, leave am", "cancel_order", 0.9, 0, Turn.Answer.NO, null);
        assertEquals(List.of("place conf-1"), called, "nothing cancelled");
        assertTrue(declined.reply().text().contains("won't"), declined.reply().text());
        assertNull(state.pending);

        state.pending = new PendingAction.CancelOrder("RT-2026-000124", "conf-3");
        say("do am", "out_of_scope", 0.2, 0, Turn.Answer.YES, null);
        assertEquals("confirmCancel RT-2026-000124", called.get(1));

        state.pending = new PendingAction.CancelOrder("RT-2026-000125", "conf-4");
        say("show me phones", "product_search", 0.9, 0, Turn.Answer.NONE, null);
        assertNull(state.pending, "another message moves on: the question is not left open");
        assertEquals("search", called.get(2));
    }

    @Test
    void aTappedQuickReplyMeansWhatItsPayloadSaysWhateverTheModelThinks() {
        state.lastListed = new ArrayList<>(List.of("PHN-SAM-A15", "PHN-SAM-A24"));
        say("Add the first one", "complaint", 0.9, 0, Turn.Answer.NONE, "add_to_cart:PHN-SAM-A24");
        assertEquals(List.of("add PHN-SAM-A24"), called, "the payload's product, not the label's 'first'");
    }

    @Test
    void aStaleConfirmButtonDoesNothing() {
        Answered stale = say("Yes, place it", "checkout", 1.0, 0, Turn.Answer.NONE, "confirm:old-id");
        assertTrue(called.isEmpty(), "nothing placed");
        assertTrue(stale.reply().text().contains("expired"), stale.reply().text());
    }

    @Test
    void twoMessagesInARowNotUnderstoodGoToAPerson() {
        Answered first = say("blorp zzz", "out_of_scope", 0.1, 0);
        assertNull(first.handoffReason());
        Answered second = say("qwerty uiop", "out_of_scope", 0.1, 0);
        assertEquals("not understood", second.handoffReason());
    }

    @Test
    void anUnderstoodMessageInBetweenStartsTheCountAgain() {
        say("blorp zzz", "out_of_scope", 0.1, 0);
        say("I wan buy Samsung phone", "product_search");
        Answered again = say("qwerty uiop", "out_of_scope", 0.1, 0);
        assertNull(again.handoffReason());
    }

    @Test
    void twoStronglyNegativeMessagesGoToAPerson() {
        Answered first = say("this una service no good at all", "product_search", 0.9, -0.9);
        assertNull(first.handoffReason());
        Answered second = say("una just dey waste my time", "product_search", 0.9, -0.9);
        assertEquals("customer angry or insulting", second.handoffReason());
    }

    @Test
    void askingForAPersonHandsOffAtOnce() {
        Answered asked = say("abeg I want talk to human", "human_agent");
        assertEquals("customer asked", asked.handoffReason());
        assertTrue(called.isEmpty());
    }

    @Test
    void analyticsAreRefusedToCustomers() {
        Answered refused = say("what were total sales last month", "analytics_query");
        assertTrue(refused.reply().text().contains("staff"), refused.reply().text());
    }
}
