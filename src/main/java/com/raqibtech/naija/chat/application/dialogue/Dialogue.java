package com.raqibtech.naija.chat.application.dialogue;

import com.raqibtech.naija.chat.application.memory.DialogueState;
import com.raqibtech.naija.chat.application.memory.PendingAction;
import com.raqibtech.naija.chat.application.reply.ActionType;
import com.raqibtech.naija.chat.application.reply.QuickReply;
import com.raqibtech.naija.chat.application.reply.Reply;
import com.raqibtech.naija.customers.application.CustomerProfiles;
import com.raqibtech.naija.customers.application.CustomerSummary;
import com.raqibtech.naija.nlu.application.EntityKind;
import com.raqibtech.naija.nlu.application.Intent;
import com.raqibtech.naija.orders.application.OrderSummary;
import com.raqibtech.naija.shared.money.Naira;
import com.raqibtech.naija.support.application.SupportTickets;
import com.raqibtech.naija.wallet.application.WalletService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rule-based responder: first the customer's answer to a question it asked (the engine decides yes or no), then
 * the quick reply tapped, then the intent, with the context of the conversation (a number from the last list, "it",
 * the checkout in progress) overriding what a single message looks like on its own.
 */
@ApplicationScoped
public class Dialogue implements Responder {

    private static final Pattern ADD_CUE = Pattern.compile("(?i)\\b(add|put|get am|take|i go take|make i get|"
            + "i want (?:the|that|this)|buy (?:the|it|am|this|that))\\b");
    private static final Pattern ORDINAL_ONLY = Pattern.compile("(?i)^\\W*(?:the\\s+)?(first|second|third|fourth|"
            + "fifth|last|1st|2nd|3rd|4th|5th|number\\s*[1-5]|[1-5])(?:\\s+one)?\\W*$");
    /** Below this confidence, and with nothing recognisable in the message, the bot says it did not understand. */
    private static final double UNSURE = 0.35;
    private static final Set<Intent> SHOPPING = EnumSet.of(Intent.PRODUCT_SEARCH, Intent.PRODUCT_INFO,
            Intent.RECOMMENDATION);

    @Inject
    ShoppingFlows shopping;

    @Inject
    OrderFlows orders;

    @Inject
    SupportTickets tickets;

    @Inject
    CustomerProfiles customers;

    @Inject
    WalletService wallets;

    @Override
    public Reply respond(Turn turn) {
        DialogueState state = turn.state();
        Reply reply = new Reply();
        if (state.pending != null) {
            PendingAction pending = state.pending;
            state.pending = null; // asked once: any other message moves on
            if (turn.answer() == Turn.Answer.YES) {
                return confirmed(turn, reply, pending);
            }
            if (turn.answer() == Turn.Answer.NO) {
                return reply.say(Voice.pick(turn, "Okay, I won't. Anything else?", "No wahala, I no go do am. "
                        + "Anything else?")).offer(Offers.VIEW_CART, Offers.KEEP_SHOPPING);
            }
        }
        if (turn.tapped().map(QuickReply.Tapped::isSignIn).orElse(false)) {
            return signIn(turn, reply);
        }
        if (turn.tapped().map(tapped -> tapped.isConfirm() || tapped.isDecline()).orElse(false)) {
            return reply.say(Voice.pick(turn, "That question has expired. What would you like to do?",
                    "That question don expire. Wetin you wan do?")).offer(Offers.VIEW_CART, Offers.TRACK_ORDER);
        }
        Intent intent = contextualIntent(turn);
        // A bare "2" after a list is understood through the context, however unsure the message alone is.
        boolean understood = turn.tapped().isPresent() || intent != turn.intent()
                || !(intent == Intent.OUT_OF_SCOPE
                || (turn.parse().confidence() < UNSURE && turn.parse().entities().isEmpty()));
        return switch (intent) {
            case GREETING -> greet(turn, reply);
            case GOODBYE_THANKS -> reply.say(Voice.pick(turn, "You're welcome! Thanks for shopping with RaqibTech.",
                    "You welcome! Thanks for shopping with RaqibTech, we dey for you anytime."));
            case PRODUCT_SEARCH -> shopping.search(turn, reply);
            case PRODUCT_INFO -> shopping.info(turn, reply);
            case RECOMMENDATION -> shopping.recommend(turn, reply);
            case ADD_TO_CART -> shopping.add(turn, reply);
            case REMOVE_FROM_CART -> shopping.remove(turn, reply);
            case VIEW_CART -> shopping.view(turn, reply);
            case CHECKOUT -> orders.checkout(turn, reply);
            case SET_PAYMENT_METHOD -> orders.setPayment(turn, reply);
            case SET_DELIVERY_ADDRESS -> orders.setAddress(turn, reply);
            case DELIVERY_INFO -> orders.deliveryInfo(turn, reply);
            case TRACK_ORDER -> orders.track(turn, reply);
            case CANCEL_ORDER -> orders.cancel(turn, reply);
            case RETURN_REFUND -> orders.returnOrRefund(turn, reply);
            case PAYMENT_ISSUE -> ticket(turn, reply, SupportTickets.Kind.PAYMENT_ISSUE);
            case COMPLAINT -> ticket(turn, reply, SupportTickets.Kind.COMPLAINT);
            case ACCOUNT_HELP -> account(turn, reply);
            case HUMAN_AGENT -> reply.say(Voice.pick(turn, "Sure — I'm connecting you to a person from our support "
                    + "team.", "No wahala — I dey connect you to person for our support team."))
                    .handOff("customer asked");
            case ANALYTICS_QUERY -> reply.say("Business figures are for staff: please use the staff console.")
                    .offer(Offers.KEEP_SHOPPING);
            case OUT_OF_SCOPE -> notUnderstood(turn, reply, understood);
        };
    }

    /**
     * The intent in context: an answer to the flow in progress, a pick from the list just shown, an order
     * reference on its own. A tapped quick reply means what its payload says.
     */
    Intent contextualIntent(Turn turn) {
        Intent intent = turn.intent();
        if (turn.tapped().isPresent()) {
            return intent;
        }
        DialogueState state = turn.state();
        boolean listShown = !state.lastListed.isEmpty() || state.focusSku != null;
        if (listShown && ORDINAL_ONLY.matcher(turn.text()).matches()) {
            return Intent.ADD_TO_CART;
        }
        if (listShown && ADD_CUE.matcher(turn.text()).find() && (SHOPPING.contains(intent)
                || intent == Intent.OUT_OF_SCOPE)) {
            return Intent.ADD_TO_CART;
        }
        if (state.inCheckout() && turn.paymentMethod().isPresent() && intent != Intent.CHECKOUT) {
            return Intent.SET_PAYMENT_METHOD;
        }
        if (state.inCheckout() && turn.namedState().isPresent() && EnumSet.of(Intent.DELIVERY_INFO, Intent.OUT_OF_SCOPE,
                Intent.SET_DELIVERY_ADDRESS, Intent.PRODUCT_SEARCH).contains(intent)) {
            return Intent.SET_DELIVERY_ADDRESS;
        }
        if (!turn.entities(EntityKind.ORDER_ID).isEmpty() && (intent == Intent.OUT_OF_SCOPE
                || SHOPPING.contains(intent))) {
            return Intent.TRACK_ORDER;
        }
        return intent;
    }

    private Reply confirmed(Turn turn, Reply reply, PendingAction pending) {
        if (pending instanceof PendingAction.CancelOrder cancel) {
            return orders.confirmCancel(turn, reply, cancel);
        }
        if (pending instanceof PendingAction.ReturnOrder ret) {
            return orders.confirmReturn(turn, reply, ret);
        }
        return orders.place(turn, reply, pending.confirmationId());
    }

    private Reply greet(Turn turn, Reply reply) {
        String name = customers.summaryOf(turn.actor()).map(CustomerSummary::firstName)
                .filter(first -> !first.isEmpty()).map(first -> " " + first).orElse("");
        return reply.say(Voice.pick(turn, "Hello" + name + "! Welcome to RaqibTech. I can help you find products, "
                                + "check out, track an order or sort out a problem. What do you need today?",
                        "How far" + name + "! Welcome to RaqibTech. I fit help you find products, checkout, track "
                                + "order or settle any wahala. Wetin you need today?"))
                .offer(Offers.PHONES_UNDER_200K, Offers.TRACK_ORDER, Offers.TALK_TO_AGENT);
    }

    private Reply signIn(Turn turn, Reply reply) {
        if (!turn.isGuest()) {
            return reply.say(Voice.pick(turn, "You're already signed in.", "You don already sign in."))
                    .offer(Offers.VIEW_CART, Offers.KEEP_SHOPPING);
        }
        return reply.say(Voice.pick(turn, "Sign in (or register) with your e-mail or phone number: your cart and "
                        + "this conversation come with you.", "Sign in (or register) with your e-mail or phone "
                        + "number: your cart and this chat go follow you."))
                .did(ActionType.SIGN_IN_REQUIRED, null);
    }

    /** Complaints and payment problems: apologise, open a ticket, hand serious ones to a person. */
    private Reply ticket(Turn turn, Reply reply, SupportTickets.Kind kind) {
        boolean serious = turn.parse().frustrated() || turn.parse().sentiment().score() <= -0.5
                || kind == SupportTickets.Kind.PAYMENT_ISSUE;
        String reference = turn.orderReference().orElse(null);
        if (reference == null && !turn.isGuest()) {
            reference = orders.order(turn, null).map(OrderSummary::reference).orElse(null);
        }
        SupportTickets.Opened ticket = tickets.open(turn.actor(), turn.conversationId(), kind,
                serious ? SupportTickets.Severity.SERIOUS : SupportTickets.Severity.NORMAL, reference, turn.text());
        reply.say(Voice.pick(turn, "I'm really sorry about this.", "I'm really sorry about this wahala."))
                .say("I've recorded it as ticket " + ticket.reference()
                        + (reference == null ? "" : " for order " + reference) + ".")
                .did(kind == SupportTickets.Kind.COMPLAINT ? ActionType.COMPLAINT_RECORDED
                        : ActionType.PAYMENT_ISSUE_RECORDED, ticket.reference());
        if (serious) {
            return reply.say(Voice.pick(turn, "I'm passing this to a person on our team right away.",
                    "I dey pass am to person for our team sharp sharp.")).handOff(kind.name().toLowerCase()
                    + " " + ticket.reference());
        }
        return reply.say("Our team will follow up. Is there anything else I can do?")
                .offer(Offers.TALK_TO_AGENT, Offers.TRACK_ORDER);
    }

    private Reply account(Turn turn, Reply reply) {
        Optional<CustomerSummary> customer = customers.summaryOf(turn.actor());
        if (customer.isEmpty()) {
            return reply.say("You're chatting as a guest. Sign in or register to see your account, tier and wallet.")
                    .did(ActionType.SIGN_IN_REQUIRED, null).offer(Offers.SIGN_IN, Offers.REGISTER);
        }
        CustomerSummary c = customer.get();
        return reply.say("You're on the " + c.tierName() + " tier (" + c.discountRate()
                        .movePointRight(2).stripTrailingZeros().toPlainString() + "% off every order); total spent "
                        + Naira.format(c.totalSpent()) + "; RaqibTechPay balance "
                        + Naira.format(wallets.statement(c.id(), 1).balance()) + ".")
                .say("To change your password, phone or e-mail, open Account in the app, or ask for an agent.")
                .offer(Offers.TALK_TO_AGENT, Offers.KEEP_SHOPPING);
    }

    private Reply notUnderstood(Turn turn, Reply reply, boolean understood) {
        if (understood) {
            return reply.say("Sorry, I can't help with that.");
        }
        return reply.say(Voice.pick(turn, "Sorry, I didn't get that. I can help with shopping, your cart and "
                        + "checkout, orders and deliveries, returns and complaints.",
                "Sorry, I no catch that one. I fit help with shopping, cart and checkout, orders and delivery, "
                        + "returns and complaints."))
                .notUnderstood().offer(Offers.SHOW_PHONES, Offers.TRACK_ORDER, Offers.TALK_TO_AGENT);
    }
}
