package com.raqibtech.naija.chat.application.dialogue;

import com.raqibtech.naija.chat.application.memory.ConversationMemory;
import com.raqibtech.naija.customers.domain.Customer;
import com.raqibtech.naija.customers.domain.CustomerRepository;
import com.raqibtech.naija.orders.domain.CustomerOrder;
import com.raqibtech.naija.shared.money.Naira;
import com.raqibtech.naija.support.application.SupportTickets;
import com.raqibtech.naija.support.domain.SupportTicket;
import com.raqibtech.naija.wallet.application.WalletService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Deciding what to do with a message: first a confirmation the bot asked for ("yes" / "no"), then slots an
 * unfinished flow is waiting for, then the intent, with the context of the conversation (a number from the last
 * list, "it", the checkout in progress) overriding what a single message looks like on its own.
 */
@ApplicationScoped
public class Dialogue {

    private static final Pattern YES = Pattern.compile("(?i)^\\W*(yes|yeah|yep|yea|ya|ok|okay|oya|sure|go ahead|"
            + "confirm|confirmed|do am|do it|abeg do am|na so|correct|place it|yes please|yes o|ehen|alright)\\b.*");
    private static final Pattern NO = Pattern.compile("(?i)^\\W*(no|nope|nah|cancel that|don'?t|do not|wait|"
            + "leave am|no o|not now|later|stop)\\b.*");
    private static final Pattern ADD_CUE = Pattern.compile("(?i)\\b(add|put|get am|take|i go take|make i get|"
            + "i want (?:the|that|this)|buy (?:the|it|am|this|that))\\b");
    private static final Pattern ORDINAL_ONLY = Pattern.compile("(?i)^\\W*(?:the\\s+)?(first|second|third|fourth|"
            + "fifth|last|1st|2nd|3rd|4th|5th|number\\s*[1-5]|[1-5])(?:\\s+one)?\\W*$");
    /** Below this confidence, and with nothing recognisable in the message, the bot says it did not understand. */
    private static final double UNSURE = 0.35;
    private static final Set<String> SHOPPING = Set.of("product_search", "product_info", "recommendation");

    @Inject
    ShoppingFlows shopping;

    @Inject
    OrderFlows orders;

    @Inject
    SupportTickets tickets;

    @Inject
    CustomerRepository customers;

    @Inject
    WalletService wallets;

    @Inject
    @ConfigProperty(name = "chat.handoff.not-understood-turns", defaultValue = "2")
    int notUnderstoodLimit;

    @Inject
    @ConfigProperty(name = "chat.handoff.negative-turns", defaultValue = "2")
    int negativeLimit;

    public Reply respond(Turn turn) {
        ConversationMemory memory = turn.memory();
        Reply reply = new Reply();
        if (memory.pending != null) {
            String pending = memory.pending;
            memory.pending = null;
            if (YES.matcher(turn.text()).matches()) {
                return confirmed(turn, reply, pending);
            }
            if (NO.matcher(turn.text()).matches()) {
                return reply.say(Voice.pick(turn, "Okay, I won't. Anything else?", "No wahala, I no go do am. "
                        + "Anything else?")).suggest("View cart", "Keep shopping");
            }
        }
        String intent = contextualIntent(turn);
        // A bare "2" after a list is understood through the context, however unsure the message alone is.
        boolean understood = !intent.equals(turn.intent()) || !(intent.equals("out_of_scope")
                || (turn.parse().confidence() < UNSURE && turn.parse().entities().isEmpty()));
        memory.notUnderstood = understood ? 0 : memory.notUnderstood + 1;
        boolean stronglyNegative = turn.parse().frustrated() || turn.parse().sentiment().score() <= -0.75;
        memory.stronglyNegative = stronglyNegative ? memory.stronglyNegative + 1 : 0;

        if (intent.equals("human_agent")) {
            return reply.say(Voice.pick(turn, "Sure — I'm connecting you to a person from our support team.",
                    "No wahala — I dey connect you to person for our support team.")).handOff("customer asked");
        }
        if (memory.stronglyNegative >= negativeLimit && !intent.equals("complaint")) {
            return reply.say(Voice.pick(turn, "I'm sorry this has been frustrating. Let me get a person from our "
                    + "team to help you.", "I'm sorry say this thing dey vex you. Make I call person from our team "
                    + "to help you.")).handOff("strongly negative twice");
        }
        if (!understood && memory.notUnderstood >= notUnderstoodLimit) {
            return reply.say(Voice.pick(turn, "I'm not getting it, sorry — let me pass you to a person who can help.",
                    "Sorry, I no too understand — make I pass you to person wey fit help.")).handOff("not understood "
                    + "twice");
        }
        return switch (intent) {
            case "greeting" -> greet(turn, reply);
            case "goodbye_thanks" -> reply.say(Voice.pick(turn, "You're welcome! Thanks for shopping with RaqibTech.",
                    "You welcome! Thanks for shopping with RaqibTech, we dey for you anytime."));
            case "product_search" -> shopping.search(turn, reply);
            case "product_info" -> shopping.info(turn, reply);
            case "recommendation" -> shopping.recommend(turn, reply);
            case "add_to_cart" -> shopping.add(turn, reply);
            case "remove_from_cart" -> shopping.remove(turn, reply);
            case "view_cart" -> shopping.view(turn, reply);
            case "checkout" -> orders.checkout(turn, reply);
            case "set_payment_method" -> orders.setPayment(turn, reply);
            case "set_delivery_address" -> orders.setAddress(turn, reply);
            case "delivery_info" -> orders.deliveryInfo(turn, reply);
            case "track_order" -> orders.track(turn, reply);
            case "cancel_order" -> orders.cancel(turn, reply);
            case "return_refund" -> orders.returnOrRefund(turn, reply);
            case "payment_issue" -> ticket(turn, reply, SupportTicket.Kind.PAYMENT_ISSUE);
            case "complaint" -> ticket(turn, reply, SupportTicket.Kind.COMPLAINT);
            case "account_help" -> account(turn, reply);
            case "analytics_query" -> reply.say("Business figures are for staff: please use the staff console.")
                    .suggest("Keep shopping");
            default -> notUnderstood(turn, reply, understood);
        };
    }

    /**
     * The intent in context: an answer to the flow in progress, a pick from the list just shown, an order
     * reference on its own.
     */
    String contextualIntent(Turn turn) {
        ConversationMemory memory = turn.memory();
        String intent = turn.intent();
        boolean listShown = !memory.lastListed.isEmpty() || memory.focusSku != null;
        if (listShown && ORDINAL_ONLY.matcher(turn.text()).matches()) {
            return "add_to_cart";
        }
        if (listShown && ADD_CUE.matcher(turn.text()).find() && (SHOPPING.contains(intent)
                || intent.equals("out_of_scope"))) {
            return "add_to_cart";
        }
        if ("checkout".equals(memory.flow) && !turn.entities("payment_method").isEmpty()
                && !intent.equals("checkout")) {
            return "set_payment_method";
        }
        if ("checkout".equals(memory.flow) && !turn.entities("state").isEmpty()
                && Set.of("delivery_info", "out_of_scope", "set_delivery_address", "product_search").contains(intent)) {
            return "set_delivery_address";
        }
        if (!turn.entities("order_id").isEmpty() && (intent.equals("out_of_scope") || SHOPPING.contains(intent))) {
            return "track_order";
        }
        return intent;
    }

    private Reply confirmed(Turn turn, Reply reply, String pending) {
        if (pending.equals(OrderFlows.PLACE_ORDER)) {
            return orders.place(turn, reply);
        }
        if (pending.startsWith(OrderFlows.CANCEL)) {
            return orders.confirmCancel(turn, reply, pending.substring(OrderFlows.CANCEL.length()));
        }
        if (pending.startsWith(OrderFlows.RETURN)) {
            return orders.confirmReturn(turn, reply, pending.substring(OrderFlows.RETURN.length()));
        }
        return reply.say("Okay.");
    }

    private Reply greet(Turn turn, Reply reply) {
        String name = turn.customerId().flatMap(customers::find).map(Customer::getFullName)
                .map(full -> " " + full.split(" ")[0]).orElse("");
        return reply.say(Voice.pick(turn, "Hello" + name + "! Welcome to RaqibTech. I can help you find products, "
                                + "check out, track an order or sort out a problem. What do you need today?",
                        "How far" + name + "! Welcome to RaqibTech. I fit help you find products, checkout, track "
                                + "order or settle any wahala. Wetin you need today?"))
                .suggest("Phones under 200k", "Track my order", "Talk to an agent");
    }

    /** Complaints and payment problems: apologise, open a ticket, hand serious ones to a person. */
    private Reply ticket(Turn turn, Reply reply, SupportTicket.Kind kind) {
        boolean serious = turn.parse().frustrated() || turn.parse().sentiment().score() <= -0.5
                || kind == SupportTicket.Kind.PAYMENT_ISSUE;
        String reference = turn.first("order_id").map(Object::toString).orElse(null);
        if (reference == null && !turn.isGuest()) {
            reference = orders.order(turn, null).map(CustomerOrder::getReference).orElse(null);
        }
        SupportTicket ticket = tickets.open(turn.conversation().getCustomerId(), turn.conversation().getId(), kind,
                serious ? SupportTicket.Severity.SERIOUS : SupportTicket.Severity.NORMAL, reference, turn.text());
        reply.say(Voice.pick(turn, "I'm really sorry about this.", "I'm really sorry about this wahala."))
                .say("I've recorded it as ticket " + ticket.getReference()
                        + (reference == null ? "" : " for order " + reference) + ".")
                .did(kind == SupportTicket.Kind.COMPLAINT ? "complaint_recorded" : "payment_issue_recorded",
                        ticket.getReference());
        if (serious) {
            return reply.say(Voice.pick(turn, "I'm passing this to a person on our team right away.",
                    "I dey pass am to person for our team sharp sharp.")).handOff(kind.name().toLowerCase()
                    + " " + ticket.getReference());
        }
        return reply.say("Our team will follow up. Is there anything else I can do?")
                .suggest("Talk to an agent", "Track my order");
    }

    private Reply account(Turn turn, Reply reply) {
        Optional<Customer> customer = turn.customerId().flatMap(customers::find);
        if (customer.isEmpty()) {
            return reply.say("You're chatting as a guest. Sign in or register to see your account, tier and wallet.")
                    .did("sign_in_required", null).suggest("Sign in", "Register");
        }
        Customer c = customer.get();
        return reply.say("You're on the " + c.getTier().getName() + " tier (" + c.getTier().getDiscountRate()
                        .movePointRight(2).stripTrailingZeros().toPlainString() + "% off every order); total spent "
                        + Naira.format(c.getTotalSpent()) + "; RaqibTechPay balance "
                        + Naira.format(wallets.statement(c.getId(), 1).balance()) + ".")
                .say("To change your password, phone or e-mail, open Account in the app, or ask for an agent.")
                .suggest("Talk to an agent", "Keep shopping");
    }

    private Reply notUnderstood(Turn turn, Reply reply, boolean understood) {
        if (understood) {
            return reply.say("Sorry, I can't help with that.");
        }
        return reply.say(Voice.pick(turn, "Sorry, I didn't get that. I can help with shopping, your cart and "
                        + "checkout, orders and deliveries, returns and complaints.",
                "Sorry, I no catch that one. I fit help with shopping, cart and checkout, orders and delivery, "
                        + "returns and complaints."))
                .suggest("Show me phones", "Track my order", "Talk to an agent");
    }
}
