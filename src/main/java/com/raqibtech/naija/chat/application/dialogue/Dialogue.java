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
import com.raqibtech.naija.nlu.application.LanguageUnderstanding;
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
    /** Asking about a product rather than buying it: "tell me more about the second one" is not an add. */
    private static final Pattern INFO_CUE = Pattern.compile("(?i)\\b(tell me (?:more )?about|more (?:details|info)|"
            + "details|specs?|specifications?|describe|wetin be|what about|how much (?:is|be)|price of|features?|"
            + "review|colou?rs?|e get for|does it (?:have|come)|battery|storage|camera|warranty)\\b");
    /** Intents that a message changing a quantity ("make am two", "no o, just one") is never really about. */
    private static final Set<Intent> NOT_A_QUANTITY = EnumSet.of(Intent.PAYMENT_ISSUE,
            Intent.RETURN_REFUND, Intent.ANALYTICS_QUERY, Intent.ACCOUNT_HELP, Intent.TRACK_ORDER);
    /** Intents that never ask to change an order already placed. */
    private static final Set<Intent> NOT_AN_ORDER_CHANGE = EnumSet.of(Intent.GREETING, Intent.GOODBYE_THANKS,
            Intent.ANALYTICS_QUERY, Intent.PAYMENT_ISSUE);
    /** "and the Redmi Note 13 too": more of the same, after an add. */
    private static final Pattern ALSO = Pattern.compile("(?i)^\\W*(?:and|also|plus|add)\\b|\\b(?:too|also|as well)"
            + "\\W*$");
    /** Words about orders, payment or delivery: "and cancel the order too" is not one more item. */
    private static final Pattern ABOUT_ORDERS = Pattern.compile("(?i)\\b(order|cancel|return|refund|exchange|"
            + "deliver|pay|checkout|agent|person)\\w*");
    /** What "and … too" after an add may still mean. */
    private static final Set<Intent> NOT_MORE = EnumSet.of(Intent.HUMAN_AGENT, Intent.COMPLAINT,
            Intent.PAYMENT_ISSUE, Intent.GOODBYE_THANKS, Intent.CHECKOUT, Intent.VIEW_CART, Intent.REMOVE_FROM_CART);
    /** Looking or asking rather than taking: "also show me laptops", "and how much is the Note 13?". */
    private static final Pattern BROWSE = Pattern.compile("(?i)\\b(show|find|see|any|what|which|list|how much|price|"
            + "compare|wetin|get for|do you have|una get)\\b|\\?");
    /** A greeting at the start of a message that goes on to ask for something. */
    private static final Pattern LEADING_GREETING = Pattern.compile("(?i)^\\W*(?:(?:hello|hi|hey|good\\s+(?:morning|"
            + "afternoon|evening|day)|how far|how body|greetings|morning|afternoon|evening|compliments of the season|"
            + "sir|ma|oga|boss|madam|bros|pls|please|abeg|o)(?:\\s+(?:there|o|oo|sir|ma|boss|oga|madam))?[\\s,.!?]+)+");
    /** What a customer may mean instead of answering the slot asked for. */
    private static final Set<Intent> LEAVES_A_SLOT = EnumSet.of(Intent.CANCEL_ORDER, Intent.TRACK_ORDER,
            Intent.VIEW_CART, Intent.REMOVE_FROM_CART, Intent.COMPLAINT, Intent.PAYMENT_ISSUE, Intent.HUMAN_AGENT,
            Intent.GOODBYE_THANKS, Intent.RETURN_REFUND);
    /** A complaint about lateness: about an order still on its way. */
    private static final Pattern LATE = Pattern.compile("(?i)\\b(late|delay(?:ed)?|never (?:arrive|come|reach|deliver)"
            + "|not (?:yet )?(?:arrived?|delivered|reach(?:ed)?|come)|no (?:reach|come|arrive)|still wait|don late|"
            + "e never (?:reach|land|come)|since (?:last )?(?:week|monday|tuesday|wednesday|thursday|friday)|"
            + "where (?:is|be) my (?:order|package|item))");
    /** A complaint about the goods: about an order delivered. */
    private static final Pattern FAULTY = Pattern.compile("(?i)\\b(damag\\w*|broke\\w*|spoil\\w*|faulty|fake|"
            + "wrong|not working|no (?:dey )?work|cracked|missing|expired|defect\\w*|torn|leak\\w*)");
    /** Below this confidence, and with nothing recognisable in the message, the bot says it did not understand. */
    private static final double UNSURE = 0.35;
    private static final Set<Intent> SHOPPING = EnumSet.of(Intent.PRODUCT_SEARCH, Intent.PRODUCT_INFO,
            Intent.RECOMMENDATION);

    @Inject
    ShoppingFlows shopping;

    @Inject
    OrderFlows orders;

    @Inject
    OrderChangeFlows orderChanges;

    @Inject
    SupportTickets tickets;

    @Inject
    CustomerProfiles customers;

    @Inject
    WalletService wallets;

    @Inject
    LanguageUnderstanding nlu;

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
                return reply.say(Replies.get(turn, "dialogue.declined")).offer(Offers.VIEW_CART, Offers.KEEP_SHOPPING);
            }
        }
        if (turn.tapped().map(QuickReply.Tapped::isSignIn).orElse(false)) {
            return signIn(turn, reply);
        }
        if (turn.tapped().map(tapped -> tapped.isConfirm() || tapped.isDecline()).orElse(false)) {
            return reply.say(Replies.get(turn, "dialogue.question-expired"))
                    .offer(Offers.VIEW_CART, Offers.TRACK_ORDER);
        }
        DialogueState.Slot awaiting = state.awaiting;
        state.awaiting = null; // asked once: the flow asks again if it still needs it
        Intent intent = contextualIntent(turn, awaiting);
        if (awaiting == DialogueState.Slot.ADDRESS && intent == Intent.SET_DELIVERY_ADDRESS
                && !OrderFlows.namesAnAddress(turn.text())) {
            // A bare answer to "What's the delivery address?" is the address.
            state.slots = state.slots.withAddress(turn.text().strip().replaceAll("[.!]+$", ""));
        }
        if (awaiting == null && !NOT_AN_ORDER_CHANGE.contains(intent)) {
            Optional<Reply> change = orderChanges.propose(turn, reply, intent);
            if (change.isPresent()) {
                return change.get();
            }
        }
        if (turn.tapped().isEmpty() && awaiting == null && !NOT_A_QUANTITY.contains(intent)
                && turn.namedState().isEmpty() && turn.orderReference().isEmpty()) {
            Optional<QuantityChange> change = QuantityChange.read(turn.text());
            if (change.isPresent()) {
                Optional<Reply> changed = shopping.changeQuantity(turn, reply, change.get());
                if (changed.isPresent()) {
                    return changed.get();
                }
            }
        }
        // A bare "2" after a list is understood through the context, however unsure the message alone is.
        boolean understood = turn.tapped().isPresent() || intent != turn.intent()
                || !(turn.parse().confidence() < UNSURE && turn.parse().entities().isEmpty()
                && (intent != Intent.OUT_OF_SCOPE || !OutOfScope.recognisable(turn.text())));
        // Made of no words the bot knows, and the model unsure: not understood, whatever it guessed.
        if (turn.tapped().isEmpty() && intent == turn.intent() && turn.parse().confidence() < UNSURE
                && turn.parse().entities().isEmpty() && !OutOfScope.recognisable(turn.text())) {
            intent = Intent.OUT_OF_SCOPE;
            understood = false;
        }
        turn.state().lastIntent = intent.label();
        return switch (intent) {
            case GREETING -> greet(turn, reply);
            case GOODBYE_THANKS -> reply.say(Replies.get(turn, "dialogue.goodbye"));
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
            // An explicit ask was handed over before the dialogue; here the model only guessed: ask.
            case HUMAN_AGENT -> reply.say(Replies.get(turn, "handoff.offer")).offer(Offers.TALK_TO_AGENT,
                    Offers.KEEP_SHOPPING, Offers.TRACK_ORDER);
            case ANALYTICS_QUERY -> reply.say(Replies.get(turn, "dialogue.staff-only")).offer(Offers.KEEP_SHOPPING);
            case OUT_OF_SCOPE -> notUnderstood(turn, reply, understood);
        };
    }

    /**
     * The intent in context: an answer to the slot the agent just asked for (whatever the message looks like on its
     * own), a pick from the list just shown, an order reference on its own. A tapped quick reply means what its
     * payload says.
     */
    Intent contextualIntent(Turn turn, DialogueState.Slot awaiting) {
        Intent intent = turn.intent();
        if (turn.tapped().isPresent()) {
            return intent;
        }
        DialogueState state = turn.state();
        if (awaiting == DialogueState.Slot.STATE && turn.namedState().isPresent()) {
            return Intent.SET_DELIVERY_ADDRESS;
        }
        if (awaiting == DialogueState.Slot.ADDRESS && !LEAVES_A_SLOT.contains(intent)
                && OrderFlows.LOOKS_LIKE_AN_ADDRESS.matcher(turn.text()).find() && !turn.text().contains("?")
                && turn.paymentMethod().isEmpty()) {
            return Intent.SET_DELIVERY_ADDRESS;
        }
        if (awaiting == DialogueState.Slot.PAYMENT_METHOD && turn.paymentMethod().isPresent()) {
            return Intent.SET_PAYMENT_METHOD;
        }
        boolean listShown = !state.lastListed.isEmpty() || state.focusSku != null;
        boolean more = Intent.ADD_TO_CART.label().equals(state.lastIntent)
                && (turn.goods().isPresent() || ShoppingFlows.productWords(turn.text()).isPresent())
                && ALSO.matcher(turn.text()).find() && turn.orderReference().isEmpty();
        if (more && !BROWSE.matcher(turn.text()).find() && !ABOUT_ORDERS.matcher(turn.text()).find()
                && !NOT_MORE.contains(intent)) {
            return Intent.ADD_TO_CART;
        }
        if (listShown && intent == Intent.ADD_TO_CART && INFO_CUE.matcher(turn.text()).find()
                && !ADD_CUE.matcher(turn.text()).find()) {
            return Intent.PRODUCT_INFO;
        }
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
        // A guest giving the phone number (or the reference) just asked for, to look up an order.
        if (turn.isGuest() && Intent.TRACK_ORDER.label().equals(state.lastIntent)
                && (!turn.entities(EntityKind.PHONE).isEmpty() || turn.orderReference().isPresent())) {
            return Intent.TRACK_ORDER;
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
        if (pending instanceof PendingAction.OrderChange change) {
            return orderChanges.confirmed(turn, reply, change);
        }
        return orders.place(turn, reply, pending.confirmationId());
    }

    /** A greeting, or a greeting and a request in one message: greeted, then the request answered. */
    private Reply greet(Turn turn, Reply reply) {
        java.util.regex.Matcher greeting = LEADING_GREETING.matcher(turn.text());
        if (turn.tapped().isEmpty() && greeting.lookingAt()) {
            String request = turn.text().substring(greeting.end()).strip();
            if (request.split("\\s+").length >= 2) {
                LanguageUnderstanding.Parse asked = nlu.parse(request);
                if (Intent.of(asked.intent()) == Intent.HUMAN_AGENT && asked.confidence() >= UNSURE) {
                    // The handoff's own words follow ("connecting you to a person …", the wait).
                    return reply.say(Replies.get(turn, "dialogue.hello")).handOff("customer asked");
                }
                if (Intent.of(asked.intent()) != Intent.GREETING && asked.confidence() >= UNSURE) {
                    reply.say(Replies.get(turn, "dialogue.hello"));
                    return respond(new Turn(turn.actor(), turn.conversationId(), request, asked, turn.tapped(),
                            turn.answer(), turn.consent(), turn.state(), turn.transcript()));
                }
            }
        }
        String name = customers.summaryOf(turn.actor()).map(CustomerSummary::firstName)
                .filter(first -> !first.isEmpty()).map(first -> " " + first).orElse("");
        return reply.say(Replies.get(turn, "dialogue.greeting", name))
                .offer(Offers.PHONES_UNDER_200K, Offers.TRACK_ORDER, Offers.TALK_TO_AGENT);
    }

    private Reply signIn(Turn turn, Reply reply) {
        if (!turn.isGuest()) {
            return reply.say(Replies.get(turn, "dialogue.signed-in-already"))
                    .offer(Offers.VIEW_CART, Offers.KEEP_SHOPPING);
        }
        return reply.say(Replies.get(turn, "dialogue.sign-in"))
                .did(ActionType.SIGN_IN_REQUIRED, null);
    }

    /**
     * Complaints and payment problems: apologise and record a ticket, about the order the message is about. One
     * complaint is one ticket: later messages in the conversation add to it. Whether a person takes over is the
     * escalation policy's call, not this one's.
     */
    private Reply ticket(Turn turn, Reply reply, SupportTickets.Kind kind) {
        boolean serious = turn.parse().frustrated() || turn.parse().sentiment().score() <= -0.5
                || kind == SupportTickets.Kind.PAYMENT_ISSUE;
        SupportTickets.Severity severity = serious ? SupportTickets.Severity.SERIOUS : SupportTickets.Severity.NORMAL;
        String reference = orderComplainedAbout(turn).orElse(null);
        DialogueState state = turn.state();
        // A message about another order is another complaint: a ticket of its own.
        boolean sameComplaint = state.complaintTicket != null && kind.name().equals(state.complaintKind)
                && (reference == null
                || state.complaintOrder == null || reference.equals(state.complaintOrder));
        Optional<SupportTickets.Opened> added = !sameComplaint ? Optional.empty()
                : tickets.addTo(turn.actor(), turn.conversationId(), state.complaintTicket, severity, reference,
                turn.text());
        SupportTickets.Opened ticket = added.orElseGet(() -> tickets.open(turn.actor(), turn.conversationId(), kind,
                severity, reference, turn.text()));
        state.complaintTicket = ticket.reference();
        state.complaintOrder = ticket.orderReference();
        state.complaintKind = ticket.kind().name();
        if (ticket.orderReference() != null) {
            DialogueState.mention(state.ordersMentioned, ticket.orderReference());
        }
        reply.say(Replies.get(turn, "ticket.sorry"));
        if (added.isPresent()) {
            reply.say(Replies.get(turn, "ticket.added", ticket.reference()));
        } else {
            reply.say(ticket.orderReference() == null ? Replies.get(turn, "ticket.recorded", ticket.reference())
                    : Replies.get(turn, "ticket.recorded-for-order", ticket.reference(), ticket.orderReference()));
        }
        return reply.did(ticket.kind() == SupportTickets.Kind.COMPLAINT ? ActionType.COMPLAINT_RECORDED
                        : ActionType.PAYMENT_ISSUE_RECORDED, ticket.reference())
                .say(Replies.get(turn, "ticket.follow-up"))
                .offer(Offers.TALK_TO_AGENT, Offers.TRACK_ORDER);
    }

    /**
     * The order a complaint is about: the one it names; for lateness, the newest still on its way; for a damaged,
     * wrong or faulty item, the newest delivered; else the one talked about last, else the newest.
     */
    private Optional<String> orderComplainedAbout(Turn turn) {
        Optional<String> named = turn.orderReference();
        if (named.isPresent() || turn.isGuest()) {
            return named;
        }
        Optional<OrderSummary> order = Optional.empty();
        if (LATE.matcher(turn.text()).find()) {
            order = orders.order(turn, OrderSummary::onItsWay);
        } else if (FAULTY.matcher(turn.text()).find()) {
            order = orders.order(turn, OrderSummary::delivered);
        }
        return order.or(() -> orders.order(turn, null)).map(OrderSummary::reference);
    }

    private Reply account(Turn turn, Reply reply) {
        Optional<CustomerSummary> customer = customers.summaryOf(turn.actor());
        if (customer.isEmpty()) {
            return reply.say(Replies.get(turn, "account.guest"))
                    .did(ActionType.SIGN_IN_REQUIRED, null).offer(Offers.SIGN_IN, Offers.REGISTER);
        }
        CustomerSummary c = customer.get();
        return reply.say(Replies.get(turn, "account.summary", c.tierName(), c.discountRate().movePointRight(2)
                        .stripTrailingZeros().toPlainString(), Naira.format(c.totalSpent()),
                        Naira.format(wallets.statement(c.id(), 1).balance())))
                .say(Replies.get(turn, "account.changes"))
                .offer(Offers.TALK_TO_AGENT, Offers.KEEP_SHOPPING);
    }

    /** Out of scope: said politely, and steered back to what the shop can do; else "didn't get that". */
    private Reply notUnderstood(Turn turn, Reply reply, boolean understood) {
        if (understood) {
            return reply.say(Replies.get(turn, "dialogue.out-of-scope"))
                    .offer(Offers.SHOW_PHONES, Offers.TRACK_ORDER, Offers.VIEW_CART);
        }
        return reply.say(Replies.get(turn, "dialogue.not-understood"))
                .notUnderstood().offer(Offers.SHOW_PHONES, Offers.TRACK_ORDER, Offers.TALK_TO_AGENT);
    }
}
