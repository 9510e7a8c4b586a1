package com.raqibtech.naija.chat.application.dialogue;

import com.raqibtech.naija.cart.application.CartService;
import com.raqibtech.naija.cart.application.CartView;
import com.raqibtech.naija.chat.application.memory.CheckoutSlots;
import com.raqibtech.naija.chat.application.memory.DialogueState;
import com.raqibtech.naija.chat.application.memory.PendingAction;
import com.raqibtech.naija.chat.application.reply.ActionType;
import com.raqibtech.naija.chat.application.reply.QuickReply;
import com.raqibtech.naija.chat.application.reply.Reply;
import com.raqibtech.naija.chat.application.reply.ReplyContent;
import com.raqibtech.naija.customers.application.CustomerProfiles;
import com.raqibtech.naija.customers.application.CustomerSummary;
import com.raqibtech.naija.delivery.application.DeliveryQuote;
import com.raqibtech.naija.delivery.application.DeliveryQuoteService;
import com.raqibtech.naija.nlu.application.EntityKind;
import com.raqibtech.naija.nlu.application.Intent;
import com.raqibtech.naija.orders.application.CheckoutService;
import com.raqibtech.naija.orders.application.Confirmations;
import com.raqibtech.naija.orders.application.OrderLifecycle;
import com.raqibtech.naija.orders.application.OrderQueries;
import com.raqibtech.naija.orders.application.OrderSummary;
import com.raqibtech.naija.orders.application.OrderWording;
import com.raqibtech.naija.shared.error.ProblemException;
import com.raqibtech.naija.shared.money.Naira;
import com.raqibtech.naija.shared.time.Lagos;
import com.raqibtech.naija.wallet.application.WalletService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checkout, delivery and the orders a customer already has, with the commerce services. Placing, cancelling and
 * returning go through a confirmation the order services issue and check: the flow asks, the customer answers.
 */
@ApplicationScoped
public class OrderFlows {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);
    private static final Pattern ADDRESS = Pattern.compile("(?i)(?:deliver(?:y)?\\s+(?:it\\s+|am\\s+)?to|send\\s+"
            + "(?:it\\s+|am\\s+)?to|address\\s+(?:is|na|to)?:?|bring\\s+(?:it\\s+|am\\s+)?(?:come\\s+)?(?:to)?)\\s+(.{4,})");

    /** Something an address has: a house number, or a street word. */
    static final Pattern LOOKS_LIKE_AN_ADDRESS = Pattern.compile("(?i)\\d|\\b(street|str|road|rd|avenue|ave|"
            + "close|crescent|way|lane|estate|drive|junction|bus ?stop|opposite|behind)\\b");

    @Inject
    CheckoutService checkout;

    @Inject
    Confirmations confirmations;

    @Inject
    CartService carts;

    @Inject
    OrderQueries orders;

    @Inject
    OrderLifecycle lifecycle;

    @Inject
    DeliveryQuoteService delivery;

    @Inject
    CustomerProfiles customers;

    @Inject
    WalletService wallets;

    Reply checkout(Turn turn, Reply reply) {
        takeSlots(turn);
        if (turn.isGuest()) {
            return reply.say(Replies.get(turn, "checkout.sign-in"))
                    .did(ActionType.SIGN_IN_REQUIRED, null).offer(Offers.SIGN_IN, Offers.REGISTER);
        }
        DialogueState state = turn.state();
        CartView cart = carts.view(turn.cartOwner());
        if (cart.lines().isEmpty()) {
            state.flow = null;
            return reply.say(Replies.get(turn, "checkout.cart-empty")).show(ShoppingFlows.cartCard(cart));
        }
        state.flow = DialogueState.Flow.CHECKOUT;
        state.awaiting = null;
        CustomerSummary customer = customers.summaryOf(turn.actor()).orElseThrow();
        CheckoutSlots slots = state.slots;
        String deliveryState = deliveryState(slots, customer);
        if (deliveryState == null) {
            state.awaiting = DialogueState.Slot.STATE;
            return reply.say(Replies.get(turn, "checkout.which-state"))
                    .offer(Offers.deliverTo("Lagos"), Offers.deliverTo("FCT"), Offers.deliverTo("Rivers"));
        }
        if (slots.address() == null && !customer.hasAddress()) {
            state.awaiting = DialogueState.Slot.ADDRESS;
            return reply.say(Replies.get(turn, "checkout.address"));
        }
        String method = slots.paymentMethod();
        if (method == null) {
            BigDecimal balance = wallets.statement(customer.id(), 1).balance();
            state.awaiting = DialogueState.Slot.PAYMENT_METHOD;
            // The wallet comes first only when it holds enough for the goods; otherwise it is the last choice.
            boolean walletCovers = balance.compareTo(cart.subtotal()) >= 0;
            return reply.say(Replies.get(turn, "checkout.how-to-pay"))
                    .say(Replies.get(turn, walletCovers ? "checkout.payment-methods"
                            : "checkout.payment-methods-wallet-short", paymentWords(balance)))
                    .offer(Offers.paymentMethods(checkout::paymentMethodName, walletCovers));
        }
        CheckoutService.Quote quote;
        try {
            quote = checkout.quote(customer.id(), deliveryState);
        } catch (ProblemException problem) {
            return reply.say(problem.getMessage());
        }
        String confirmationId = confirmations.request(turn.actor(),
                Confirmations.Subject.placeOrder(quote.stateName(), method, quote.total()));
        if (turn.answer() == Turn.Answer.YES && turn.consent().confirm(confirmationId)) {
            // The message itself said to go ahead ("use RaqibPay and order"): no second question.
            return place(turn, reply, confirmationId);
        }
        state.pending = new PendingAction.PlaceOrder(confirmationId);
        String methodName = checkout.paymentMethodName(method);
        reply.say(Replies.get(turn, "checkout.here-is-your-order"));
        quote.lines().forEach(line -> reply.say(Replies.get(turn, "cart.line", line.quantity(), line.name(),
                Naira.format(line.lineTotal()))));
        reply.say(Replies.get(turn, "checkout.costs", Naira.format(quote.subtotal()), quote.discount().signum() > 0
                        ? Replies.get(turn, "checkout.discount", quote.tierCode().toLowerCase(Locale.ROOT),
                        Naira.format(quote.discount())) : "",
                quote.stateName(), Naira.format(quote.deliveryFee()), quote.workingDays(),
                quote.expectedDelivery().format(DAY)));
        reply.say(Replies.get(turn, "checkout.total", Naira.format(quote.total()), methodName));
        reply.show(new ReplyContent.QuoteCard(quote.lines().stream().map(line -> new ReplyContent.CartLine(
                line.sku(), line.name(), null, line.quantity(), line.unitPrice(), line.lineTotal(),
                Naira.format(line.lineTotal()), 0, false)).toList(), quote.subtotal(), quote.discount(),
                quote.stateName(), quote.deliveryFee(), quote.expectedDelivery(), quote.total(),
                Naira.format(quote.total()), method, methodName));
        return reply.offer(QuickReply.confirm("Yes, place it", confirmationId), QuickReply.decline("No, wait"));
    }

    /** Places the order the customer confirmed. */
    Reply place(Turn turn, Reply reply, String confirmationId) {
        CustomerSummary customer = customers.summaryOf(turn.actor()).orElseThrow();
        DialogueState state = turn.state();
        CheckoutSlots slots = state.slots;
        String deliveryState = deliveryState(slots, customer);
        String method = slots.paymentMethod();
        if (deliveryState == null || method == null) {
            return checkout(turn, reply);
        }
        String address = slots.address() != null ? slots.address() : customer.address();
        String city = slots.city() != null ? slots.city()
                : customer.city() != null && slots.state() == null ? customer.city() : deliveryState;
        try {
            OrderSummary order = checkout.placeOrder(turn.actor(), new CheckoutService.Request(deliveryState,
                    city, address, method, "chat:" + confirmationId, confirmationId));
            state.flow = null;
            state.pending = null;
            DialogueState.mention(state.ordersMentioned, order.reference());
            reply.say(Replies.get(turn, "order.placed", order.reference(), Naira.format(order.total()),
                    order.paymentMethodName(), order.expectedDelivery().format(DAY)));
            if (order.paymentMethod().equals("bank_transfer")) {
                reply.say(Replies.get(turn, "order.placed-bank-transfer", order.reference()));
            } else if (order.paymentMethod().equals("card")) {
                reply.say(Replies.get(turn, "order.placed-card"));
            }
            return reply.did(ActionType.ORDER_PLACED, order.reference()).show(orderCard(order))
                    .show(ShoppingFlows.cartCard(carts.view(turn.cartOwner())))
                    .offer(Offers.TRACK_ORDER, Offers.THANK_YOU);
        } catch (ProblemException refused) {
            state.pending = null;
            if (refused.type().contains("wallet") || refused.type().contains("balance")
                    || refused.type().contains("pay-on-delivery")) {
                state.slots = slots.withPaymentMethod(null);
            }
            return reply.say(refused.getMessage()).offer(
                    Offers.payWith(checkout::paymentMethodName, "pay_on_delivery"),
                    Offers.payWith(checkout::paymentMethodName, "bank_transfer"), Offers.VIEW_CART);
        }
    }

    /**
     * The arguments of the patterns that list the ways to pay ({@code checkout.payment-methods},
     * {@code payment.which}): the names as the database has them, the pay-on-delivery limit as checkout has it.
     */
    private Object[] paymentWords(BigDecimal balance) {
        return new Object[]{checkout.paymentMethodNameInText("raqibtechpay"),
            Naira.format(checkout.payOnDeliveryLimit()), checkout.paymentMethodNameInText("bank_transfer"),
            checkout.paymentMethodNameInText("card"), checkout.paymentMethodNameInText("pay_on_delivery"),
            balance == null ? "" : Naira.format(balance)};
    }

    /** The state named in this conversation, else the one on the customer's profile. */
    private static String deliveryState(CheckoutSlots slots, CustomerSummary customer) {
        return slots.state() != null ? slots.state() : customer.state();
    }

    Reply setPayment(Turn turn, Reply reply) {
        Optional<String> method = turn.paymentMethod();
        if (method.isEmpty()) {
            return reply.say(Replies.get(turn, "payment.which", paymentWords(null)))
                    .offer(Offers.paymentMethods(checkout::paymentMethodName));
        }
        turn.state().slots = turn.state().slots.withPaymentMethod(method.get());
        String name = checkout.paymentMethodName(method.get());
        reply.say(Replies.get(turn, "payment.set", name));
        if (turn.state().inCheckout()) {
            return checkout(turn, reply);
        }
        return reply.offer(Offers.CHECKOUT, Offers.VIEW_CART);
    }

    Reply setAddress(Turn turn, Reply reply) {
        takeSlots(turn);
        CheckoutSlots slots = turn.state().slots;
        if (slots.state() == null && slots.address() == null) {
            return reply.say(Replies.get(turn, "address.ask"));
        }
        reply.say(Replies.get(turn, "address.got", addressText(slots.address(), slots.state())));
        if (turn.state().inCheckout()) {
            return checkout(turn, reply);
        }
        return reply.offer(Offers.CHECKOUT, Offers.DELIVERY_FEE);
    }

    /** "12 Allen Avenue, Ikeja, Lagos": the state added unless the address already ends with it. */
    static String addressText(String address, String state) {
        if (address == null) {
            return state == null ? "" : state;
        }
        String plain = address.strip().replaceAll("[,.\\s]+$", "");
        boolean named = state == null || plain.toLowerCase(Locale.ROOT).matches("(?s).*\\b"
                + Pattern.quote(state.toLowerCase(Locale.ROOT)) + "(?:\\s+state)?$");
        return named ? plain : plain + ", " + state;
    }

    Reply deliveryInfo(Turn turn, Reply reply) {
        Optional<String> state = turn.namedState().or(() -> Optional.ofNullable(turn.state().slots.state()))
                .or(() -> customers.summaryOf(turn.actor()).map(CustomerSummary::state));
        if (state.isEmpty()) {
            return reply.say(Replies.get(turn, "delivery.which-state"))
                    .offer(Offers.feeTo("Lagos"), Offers.feeTo("Kano"), Offers.feeTo("Rivers"));
        }
        try {
            DeliveryQuote quote = delivery.quote(state.get());
            DialogueState.mention(turn.state().statesMentioned, quote.stateName());
            return reply.say(Replies.get(turn, "delivery.quote", quote.stateName(), Naira.format(quote.fee()),
                            quote.workingDays()))
                    .offer(Offers.CHECKOUT, Offers.KEEP_SHOPPING);
        } catch (ProblemException unknown) {
            return reply.say(unknown.getMessage());
        }
    }

    Reply track(Turn turn, Reply reply) {
        if (turn.isGuest()) {
            return trackForGuest(turn, reply);
        }
        Optional<OrderSummary> order = order(turn, null);
        if (order.isEmpty()) {
            return reply.say(Replies.get(turn, "orders.none"));
        }
        OrderSummary o = order.get();
        DialogueState.mention(turn.state().ordersMentioned, o.reference());
        reply.say(Replies.get(turn, "orders.status", o.reference(), Naira.format(o.total()),
                Lagos.format(o.placedAt()), OrderWording.status(o.status())));
        if (o.onItsWay() && o.expectedDelivery() != null) {
            reply.say(Replies.get(turn, "orders.expected", o.expectedDelivery().format(DAY)));
        }
        reply.show(orderCard(o));
        if (o.cancellable()) {
            reply.offer(QuickReply.of("Cancel it", Intent.CANCEL_ORDER, o.reference()));
        } else if (o.delivered()) {
            reply.offer(QuickReply.of("Return it", Intent.RETURN_REFUND, o.reference()));
        }
        return reply.offer(Offers.TALK_TO_AGENT);
    }

    /**
     * A guest (someone who ordered without an account, or is not signed in here) gives the order's reference and
     * the phone number on it; both must match, or nothing is shown. Either may come first, in separate messages.
     */
    private Reply trackForGuest(Turn turn, Reply reply) {
        DialogueState state = turn.state();
        turn.orderReference().ifPresent(reference -> DialogueState.mention(state.ordersMentioned, reference));
        turn.first(EntityKind.PHONE).map(Object::toString).ifPresent(phone -> state.phoneGiven = phone);
        String reference = state.ordersMentioned.isEmpty() ? null
                : state.ordersMentioned.get(state.ordersMentioned.size() - 1);
        if (reference == null && state.phoneGiven == null) {
            return reply.say(Replies.get(turn, "orders.guest-lookup")).offer(Offers.SIGN_IN);
        }
        if (reference == null) {
            return reply.say(Replies.get(turn, "orders.guest-which-order")).offer(Offers.SIGN_IN);
        }
        if (state.phoneGiven == null) {
            return reply.say(Replies.get(turn, "orders.guest-which-phone")).offer(Offers.SIGN_IN);
        }
        try {
            OrderSummary o = orders.forGuest(turn.actor(), reference, state.phoneGiven);
            reply.say(Replies.get(turn, "orders.status", o.reference(), Naira.format(o.total()),
                    Lagos.format(o.placedAt()), OrderWording.status(o.status())));
            if (o.onItsWay() && o.expectedDelivery() != null) {
                reply.say(Replies.get(turn, "orders.expected", o.expectedDelivery().format(DAY)));
            }
            return reply.show(orderCard(o)).offer(Offers.SIGN_IN, Offers.TALK_TO_AGENT);
        } catch (ProblemException notFound) {
            state.phoneGiven = null;
            if (notFound.status().getStatusCode() == 429) {
                return reply.say(notFound.getMessage()).offer(Offers.SIGN_IN, Offers.TALK_TO_AGENT);
            }
            return reply.say(Replies.get(turn, "orders.guest-no-match", reference))
                    .offer(Offers.SIGN_IN, Offers.TALK_TO_AGENT);
        }
    }

    Reply cancel(Turn turn, Reply reply) {
        if (turn.isGuest()) {
            return reply.say(Replies.get(turn, "orders.sign-in-first")).did(ActionType.SIGN_IN_REQUIRED, null)
                    .offer(Offers.SIGN_IN);
        }
        Optional<OrderSummary> order = order(turn, OrderSummary::cancellable);
        if (order.isEmpty()) {
            return reply.say(Replies.get(turn, "cancel.none"));
        }
        OrderSummary o = order.get();
        if (!o.cancellable()) {
            return reply.say(Replies.get(turn, "cancel.too-late", o.reference(), OrderWording.status(o.status())))
                    .offer(Offers.RETURN, Offers.TALK_TO_AGENT);
        }
        String confirmationId = confirmations.request(turn.actor(),
                Confirmations.Subject.cancelOrder(o.reference()));
        turn.state().pending = new PendingAction.CancelOrder(o.reference(), confirmationId);
        return reply.say(Replies.get(turn, "cancel.confirm", o.reference(), Naira.format(o.total())))
                .show(orderCard(o))
                .offer(QuickReply.confirm("Yes, cancel it", confirmationId), QuickReply.decline("No, keep it"));
    }

    Reply confirmCancel(Turn turn, Reply reply, PendingAction.CancelOrder pending) {
        try {
            OrderSummary cancelled = lifecycle.cancel(turn.actor(), pending.reference(),
                    "Cancelled by the customer in chat", pending.confirmationId());
            return reply.say(Replies.get(turn, "cancel.done", cancelled.reference()))
                    .did(ActionType.ORDER_CANCELLED, cancelled.reference()).show(orderCard(cancelled));
        } catch (ProblemException refused) {
            return reply.say(refused.getMessage());
        }
    }

    Reply returnOrRefund(Turn turn, Reply reply) {
        long days = OrderLifecycle.RETURN_WINDOW.toDays();
        if (turn.isGuest()) {
            return reply.say(Replies.get(turn, "orders.sign-in-first")).did(ActionType.SIGN_IN_REQUIRED, null)
                    .offer(Offers.SIGN_IN);
        }
        Optional<OrderSummary> order = order(turn, o -> o.delivered() || o.closed() || o.returnRequested());
        if (order.isEmpty()) {
            return reply.say(Replies.get(turn, "return.none", days)).offer(Offers.TRACK_ORDER, Offers.TALK_TO_AGENT);
        }
        OrderSummary o = order.get();
        if (o.closed()) {
            return reply.say(Replies.get(turn, "return.closed", o.reference(), OrderWording.status(o.status())))
                    .offer(Offers.WALLET, Offers.TALK_TO_AGENT);
        }
        if (o.returnRequested()) {
            return reply.say(Replies.get(turn, "return.already-requested", o.reference()));
        }
        String confirmationId = confirmations.request(turn.actor(),
                Confirmations.Subject.returnOrder(o.reference()));
        turn.state().pending = new PendingAction.ReturnOrder(o.reference(), confirmationId);
        return reply.say(Replies.get(turn, "return.confirm", o.reference(), days))
                .show(orderCard(o))
                .offer(QuickReply.confirm("Yes, return it", confirmationId), QuickReply.decline("No"));
    }

    Reply confirmReturn(Turn turn, Reply reply, PendingAction.ReturnOrder pending) {
        try {
            OrderSummary order = lifecycle.requestReturn(turn.actor(), pending.reference(),
                    "Requested in chat", pending.confirmationId());
            return reply.say(Replies.get(turn, "return.done", order.reference()))
                    .did(ActionType.RETURN_REQUESTED, order.reference()).show(orderCard(order));
        } catch (ProblemException refused) {
            return reply.say(refused.getMessage());
        }
    }

    /** The order the message names, else the newest one that passes the filter (any when null). */
    Optional<OrderSummary> order(Turn turn, Predicate<OrderSummary> filter) {
        Predicate<OrderSummary> wanted = filter == null ? o -> true : filter;
        Optional<String> reference = turn.orderReference().or(() -> turn.tapped()
                .filter(t -> t.intent().isPresent() && !t.argument().isBlank()
                        && t.intent().get() != Intent.PRODUCT_SEARCH)
                .map(QuickReply.Tapped::argument));
        if (reference.isPresent()) {
            try {
                return Optional.of(orders.summary(turn.actor(), reference.get()));
            } catch (ProblemException notYours) {
                return Optional.empty();
            }
        }
        List<OrderSummary> recent = orders.summaries(turn.actor(), null, 10);
        List<String> mentioned = turn.state().ordersMentioned;
        if (!mentioned.isEmpty()) {
            String lastTalkedAbout = mentioned.get(mentioned.size() - 1);
            Optional<OrderSummary> talkedAbout = recent.stream()
                    .filter(o -> o.reference().equals(lastTalkedAbout)).filter(wanted).findFirst();
            if (talkedAbout.isPresent()) {
                return talkedAbout;
            }
        }
        return recent.stream().filter(wanted).findFirst();
    }

    /** Entities that fill checkout slots, whatever the intent of the message. */
    void takeSlots(Turn turn) {
        DialogueState state = turn.state();
        turn.namedState().ifPresent(named -> {
            state.slots = state.slots.withState(named);
            DialogueState.mention(state.statesMentioned, named);
        });
        turn.paymentMethod().ifPresent(method -> state.slots = state.slots.withPaymentMethod(method));
        Matcher address = ADDRESS.matcher(turn.text());
        if (address.find()) {
            String text = address.group(1).trim().replaceAll("[.!?]+$", "");
            // "deliver am to Ikeja" names a place, not a street: the state is taken, the address still asked for.
            boolean onlyAPlace = turn.entities(EntityKind.STATE).stream()
                    .anyMatch(named -> named.text().equalsIgnoreCase(text));
            if (text.length() <= 300 && !onlyAPlace) {
                state.slots = state.slots.withAddress(text);
            }
        }
    }

    /** Whether the message gives an address in words such as "deliver to …" (taken by {@link #takeSlots}). */
    static boolean namesAnAddress(String text) {
        return ADDRESS.matcher(text).find();
    }

    static ReplyContent.OrderCard orderCard(OrderSummary order) {
        return new ReplyContent.OrderCard(order.reference(), order.status(), OrderWording.status(order.status()),
                order.total(), Naira.format(order.total()), order.paymentMethod(), order.paymentMethodName(),
                order.expectedDelivery());
    }
}
