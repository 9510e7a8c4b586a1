package com.raqibtech.naija.chat.application.dialogue;

import com.raqibtech.naija.cart.application.CartService;
import com.raqibtech.naija.cart.application.CartView;
import com.raqibtech.naija.chat.application.memory.ConversationMemory;
import com.raqibtech.naija.customers.domain.Customer;
import com.raqibtech.naija.customers.domain.CustomerRepository;
import com.raqibtech.naija.delivery.application.DeliveryQuote;
import com.raqibtech.naija.delivery.application.DeliveryQuoteService;
import com.raqibtech.naija.orders.application.CheckoutService;
import com.raqibtech.naija.orders.application.OrderLifecycle;
import com.raqibtech.naija.orders.application.OrderQueries;
import com.raqibtech.naija.orders.domain.CustomerOrder;
import com.raqibtech.naija.orders.domain.OrderStatus;
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
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checkout, delivery and the orders a customer already has, with the commerce services. */
@ApplicationScoped
public class OrderFlows {

    static final String PLACE_ORDER = "place_order";
    static final String CANCEL = "cancel:";
    static final String RETURN = "return:";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);
    private static final Map<String, String> METHOD_NAMES = Map.of("raqibtechpay", "RaqibTechPay wallet",
            "pay_on_delivery", "pay on delivery", "bank_transfer", "bank transfer", "card", "card");
    /** The message itself says to go ahead ("use RaqibPay and order", "pay now"), so no extra confirmation. */
    private static final Pattern ORDER_NOW = Pattern.compile("(?i)\\b(order|place|buy|pay now|checkout|check out|"
            + "complete|confirm|oya)\\b");
    private static final Pattern ADDRESS = Pattern.compile("(?i)(?:deliver(?:y)?\\s+(?:it\\s+|am\\s+)?to|send\\s+"
            + "(?:it\\s+|am\\s+)?to|address\\s+(?:is|na|to)?:?|bring\\s+(?:it\\s+|am\\s+)?(?:come\\s+)?(?:to)?)\\s+(.{4,})");

    @Inject
    CheckoutService checkout;

    @Inject
    CartService carts;

    @Inject
    OrderQueries orders;

    @Inject
    OrderLifecycle lifecycle;

    @Inject
    DeliveryQuoteService delivery;

    @Inject
    CustomerRepository customers;

    @Inject
    WalletService wallets;

    Reply checkout(Turn turn, Reply reply) {
        takeSlots(turn);
        if (turn.isGuest()) {
            return reply.say(Voice.pick(turn, "To check out, please sign in or create an account — your cart "
                                    + "will be waiting for you here.",
                            "To check out, abeg sign in or create account — your cart go still dey here."))
                    .did("sign_in_required", null).suggest("Sign in", "Register");
        }
        CartView cart = carts.view(turn.cartOwner());
        if (cart.lines().isEmpty()) {
            turn.memory().flow = null;
            return reply.say(Voice.pick(turn, "Your cart is empty — tell me what you'd like to buy first.",
                    "Your cart empty o — tell me wetin you wan buy first.")).showCart(cart);
        }
        turn.memory().flow = "checkout";
        Customer customer = customers.find(turn.conversation().getCustomerId()).orElseThrow();
        Map<String, String> slots = turn.memory().slots;
        String state = deliveryState(slots, customer);
        if (state == null) {
            return reply.say(Voice.pick(turn, "Which state should we deliver to?", "Which state we go deliver am?"))
                    .suggest("Lagos", "Abuja", "Rivers");
        }
        if (!slots.containsKey("address") && (customer.getAddress() == null || customer.getAddress().isBlank())) {
            return reply.say(Voice.pick(turn, "What's the delivery address?", "Wetin be the delivery address?"));
        }
        String method = slots.get("payment_method");
        if (method == null) {
            BigDecimal balance = wallets.statement(customer.getId(), 1).balance();
            return reply.say(Voice.pick(turn, "How would you like to pay?", "How you go like pay?"))
                    .say("RaqibTechPay wallet (balance " + Naira.format(balance) + "), pay on delivery, bank "
                            + "transfer or card.")
                    .suggest("RaqibTechPay", "Pay on delivery", "Bank transfer", "Card");
        }
        CheckoutService.Quote quote;
        try {
            quote = checkout.quote(customer.getId(), state);
        } catch (ProblemException problem) {
            return reply.say(problem.getMessage());
        }
        boolean goAhead = turn.intent().equals("checkout") && ORDER_NOW.matcher(turn.text()).find()
                && !turn.entities("payment_method").isEmpty();
        if (goAhead) {
            return place(turn, reply, customer, state, method);
        }
        turn.memory().pending = PLACE_ORDER;
        reply.say(Voice.pick(turn, "Here's your order:", "See your order:"));
        quote.lines().forEach(line -> reply.say("• " + line.quantity() + " × " + line.name() + " — "
                + Naira.format(line.lineTotal())));
        reply.say("Subtotal " + Naira.format(quote.subtotal())
                + (quote.discount().signum() > 0 ? ", " + quote.tierCode().toLowerCase(Locale.ROOT) + " tier discount −"
                + Naira.format(quote.discount()) : "")
                + ", delivery to " + quote.state().getName() + " " + Naira.format(quote.deliveryFee())
                + " (about " + quote.workingDays() + " working days, by " + quote.expectedDelivery().format(DAY) + ").");
        reply.say("Total " + Naira.format(quote.total()) + ", paid by " + METHOD_NAMES.getOrDefault(method, method)
                + ". " + Voice.pick(turn, "Shall I place the order?", "Make I place the order?"));
        return reply.suggest("Yes, place it", "No, wait");
    }

    /** Places the order the customer confirmed. */
    Reply place(Turn turn, Reply reply) {
        Customer customer = customers.find(turn.conversation().getCustomerId()).orElseThrow();
        Map<String, String> slots = turn.memory().slots;
        String state = deliveryState(slots, customer);
        if (state == null || slots.get("payment_method") == null) {
            return checkout(turn, reply);
        }
        return place(turn, reply, customer, state, slots.get("payment_method"));
    }

    /** The state named in this conversation, else the one on the customer's profile. */
    private static String deliveryState(Map<String, String> slots, Customer customer) {
        return slots.getOrDefault("state", customer.getState() == null ? null : customer.getState().getName());
    }

    private Reply place(Turn turn, Reply reply, Customer customer, String state, String method) {
        Map<String, String> slots = turn.memory().slots;
        String address = slots.getOrDefault("address", customer.getAddress());
        String city = slots.getOrDefault("city", customer.getCity() != null && slots.get("state") == null
                ? customer.getCity() : state);
        try {
            CheckoutService.Placed placed = checkout.checkout(customer.getId(), new CheckoutService.Request(state, city,
                    address, method, "chat:" + turn.conversation().getId() + ":" + turn.memory().turnCount));
            CustomerOrder order = placed.order();
            turn.memory().flow = null;
            turn.memory().pending = null;
            ConversationMemory.mention(turn.memory().ordersMentioned, order.getReference());
            reply.say(Voice.pick(turn, "Your order " + order.getReference() + " is placed! ",
                            "Your order " + order.getReference() + " don enter! ")
                    + "Total " + Naira.format(order.getTotal()) + ", paid by "
                    + METHOD_NAMES.getOrDefault(method, method) + ". Expected delivery by "
                    + order.getExpectedDeliveryDate().format(DAY) + ".");
            if (method.equals("bank_transfer")) {
                reply.say("Please make the transfer quoting " + order.getReference() + "; we confirm it as soon "
                        + "as it lands.");
            } else if (method.equals("card")) {
                reply.say("Our team will confirm your card payment shortly.");
            }
            return reply.did("order_placed", order.getReference()).showCart(carts.view(turn.cartOwner()))
                    .suggest("Track my order", "Thank you");
        } catch (ProblemException refused) {
            turn.memory().pending = null;
            if (refused.type().contains("wallet") || refused.type().contains("balance")
                    || refused.type().contains("pay-on-delivery")) {
                slots.remove("payment_method");
            }
            return reply.say(refused.getMessage()).suggest("Pay on delivery", "Bank transfer", "View cart");
        }
    }

    Reply setPayment(Turn turn, Reply reply) {
        Optional<Object> method = turn.first("payment_method");
        if (method.isEmpty()) {
            return reply.say(Voice.pick(turn, "You can pay with your RaqibTechPay wallet, on delivery (up to "
                            + "₦500,000.00), by bank transfer or by card. Which one?",
                    "You fit pay with RaqibTechPay wallet, pay on delivery (up to ₦500,000.00), bank transfer or "
                            + "card. Which one you want?"))
                    .suggest("RaqibTechPay", "Pay on delivery", "Bank transfer", "Card");
        }
        turn.memory().slots.put("payment_method", method.get().toString());
        reply.say(Voice.pick(turn, "Okay, you'll pay by " + METHOD_NAMES.get(method.get().toString()) + ".",
                "No wahala, you go pay by " + METHOD_NAMES.get(method.get().toString()) + "."));
        if ("checkout".equals(turn.memory().flow)) {
            return checkout(turn, reply);
        }
        return reply.suggest("Checkout", "View cart");
    }

    Reply setAddress(Turn turn, Reply reply) {
        takeSlots(turn);
        Map<String, String> slots = turn.memory().slots;
        if (!slots.containsKey("state") && !slots.containsKey("address")) {
            return reply.say(Voice.pick(turn, "Where should we deliver? Give me the address and state.",
                    "Where we go deliver am? Give me the address and state."));
        }
        reply.say(Voice.pick(turn, "Got it — delivery to ", "I don hear — delivery go ")
                + (slots.containsKey("address") ? slots.get("address") : "")
                + (slots.containsKey("state") ? (slots.containsKey("address") ? ", " : "") + slots.get("state") : "")
                + ".");
        if ("checkout".equals(turn.memory().flow)) {
            return checkout(turn, reply);
        }
        return reply.suggest("Checkout", "Delivery fee");
    }

    Reply deliveryInfo(Turn turn, Reply reply) {
        Optional<String> state = turn.first("state").map(Object::toString)
                .or(() -> Optional.ofNullable(turn.memory().slots.get("state")))
                .or(() -> turn.customerId().flatMap(customers::find).map(Customer::getState).map(s -> s.getName()));
        if (state.isEmpty()) {
            return reply.say(Voice.pick(turn, "We deliver to all 36 states and the FCT. Which state should I "
                    + "quote for?", "We dey deliver go all 36 states plus Abuja. Which state make I check?"))
                    .suggest("Lagos", "Kano", "Rivers");
        }
        try {
            DeliveryQuote quote = delivery.quote(state.get());
            ConversationMemory.mention(turn.memory().statesMentioned, quote.stateName());
            return reply.say(Voice.pick(turn, "Delivery to " + quote.stateName() + " costs "
                            + Naira.format(quote.fee()) + " and takes about " + quote.workingDays() + " working days.",
                    "Delivery to " + quote.stateName() + " na " + Naira.format(quote.fee()) + ", e go reach in about "
                            + quote.workingDays() + " working days."))
                    .suggest("Checkout", "Keep shopping");
        } catch (ProblemException unknown) {
            return reply.say(unknown.getMessage());
        }
    }

    Reply track(Turn turn, Reply reply) {
        if (turn.isGuest()) {
            return reply.say(Voice.pick(turn, "Please sign in so I can look up your orders.",
                    "Abeg sign in make I fit check your orders.")).did("sign_in_required", null).suggest("Sign in");
        }
        Optional<CustomerOrder> order = order(turn, null);
        if (order.isEmpty()) {
            return reply.say(Voice.pick(turn, "I can't find any order on your account yet.",
                    "I no see any order for your account yet."));
        }
        CustomerOrder o = order.get();
        ConversationMemory.mention(turn.memory().ordersMentioned, o.getReference());
        reply.say("Order " + o.getReference() + " (" + Naira.format(o.getTotal()) + ", placed "
                + Lagos.format(o.getPlacedAt()) + "): " + describe(o.getStatus()) + ".");
        if (o.getStatus() != OrderStatus.DELIVERED && o.getStatus() != OrderStatus.CANCELLED
                && o.getStatus() != OrderStatus.RETURNED && o.getExpectedDeliveryDate() != null) {
            reply.say(Voice.pick(turn, "Expected delivery by " + o.getExpectedDeliveryDate().format(DAY) + ".",
                    "E go reach you by " + o.getExpectedDeliveryDate().format(DAY) + "."));
        }
        return reply.suggest("Cancel it", "Talk to an agent");
    }

    Reply cancel(Turn turn, Reply reply) {
        if (turn.isGuest()) {
            return reply.say("Please sign in first so I can find the order.").did("sign_in_required", null);
        }
        Optional<CustomerOrder> order = order(turn, OrderLifecycle.CANCELLABLE);
        if (order.isEmpty()) {
            return reply.say(Voice.pick(turn, "I can't find an order that can still be cancelled. Orders that have "
                    + "shipped can be returned after delivery instead.", "I no see any order wey you fit still "
                    + "cancel. If e don ship, you fit return am after e reach."));
        }
        if (!OrderLifecycle.CANCELLABLE.contains(order.get().getStatus())) {
            return reply.say("Order " + order.get().getReference() + " is already " + describe(order.get().getStatus())
                    + " and can no longer be cancelled.").suggest("Return an item", "Talk to an agent");
        }
        turn.memory().pending = CANCEL + order.get().getReference();
        return reply.say(Voice.pick(turn, "Cancel order " + order.get().getReference() + " ("
                        + Naira.format(order.get().getTotal()) + ")? Anything you paid goes back to your wallet.",
                "You sure say make I cancel order " + order.get().getReference() + " ("
                        + Naira.format(order.get().getTotal()) + ")? Any money wey you pay go return to your wallet."))
                .suggest("Yes, cancel it", "No, keep it");
    }

    Reply confirmCancel(Turn turn, Reply reply, String reference) {
        try {
            CustomerOrder cancelled = lifecycle.cancel(turn.caller(), reference, "Cancelled by the customer in chat");
            return reply.say(Voice.pick(turn, "Done — order " + cancelled.getReference() + " is cancelled.",
                            "Done — I don cancel order " + cancelled.getReference() + "."))
                    .did("order_cancelled", cancelled.getReference());
        } catch (ProblemException refused) {
            return reply.say(refused.getMessage());
        }
    }

    Reply returnOrRefund(Turn turn, Reply reply) {
        if (turn.isGuest()) {
            return reply.say("Please sign in first so I can find the order.").did("sign_in_required", null);
        }
        Optional<CustomerOrder> order = order(turn, Set.of(OrderStatus.DELIVERED, OrderStatus.RETURN_REQUESTED,
                OrderStatus.CANCELLED, OrderStatus.RETURNED));
        if (order.isEmpty()) {
            return reply.say("You can return a delivered item within 7 days. I can't find a delivered order "
                    + "on your account yet.").suggest("Track my order", "Talk to an agent");
        }
        CustomerOrder o = order.get();
        if (o.getStatus() == OrderStatus.CANCELLED || o.getStatus() == OrderStatus.RETURNED) {
            return reply.say("Order " + o.getReference() + " is " + describe(o.getStatus()) + "; anything you paid "
                    + "was refunded to your RaqibTechPay wallet.").suggest("My wallet balance", "Talk to an agent");
        }
        if (o.getStatus() == OrderStatus.RETURN_REQUESTED) {
            return reply.say("Your return for " + o.getReference() + " is already requested; the refund goes to "
                    + "your wallet when we receive the item.");
        }
        turn.memory().pending = RETURN + o.getReference();
        return reply.say(Voice.pick(turn, "Return order " + o.getReference() + "? Returns are accepted within 7 days "
                        + "of delivery and refunded to your wallet once we receive the item.",
                "You wan return order " + o.getReference() + "? We dey accept returns within 7 days after "
                        + "delivery, and the money go enter your wallet once we collect am."))
                .suggest("Yes, return it", "No");
    }

    Reply confirmReturn(Turn turn, Reply reply, String reference) {
        try {
            CustomerOrder order = lifecycle.requestReturn(turn.caller(), reference, "Requested in chat");
            return reply.say("Return requested for " + order.getReference() + ". A rider will contact you to "
                    + "collect it.").did("return_requested", order.getReference());
        } catch (ProblemException refused) {
            return reply.say(refused.getMessage());
        }
    }

    /** The order the message names, else the newest one in one of the statuses (any when null). */
    Optional<CustomerOrder> order(Turn turn, Set<OrderStatus> statuses) {
        Optional<Object> reference = turn.first("order_id");
        if (reference.isPresent()) {
            try {
                return Optional.of(orders.byReference(turn.caller(), reference.get().toString()
                        .toUpperCase(Locale.ROOT)));
            } catch (ProblemException notYours) {
                return Optional.empty();
            }
        }
        List<CustomerOrder> recent = orders.list(turn.caller(), null, 10);
        List<String> mentioned = turn.memory().ordersMentioned;
        if (!mentioned.isEmpty()) {
            String lastTalkedAbout = mentioned.get(mentioned.size() - 1);
            Optional<CustomerOrder> talkedAbout = recent.stream()
                    .filter(o -> o.getReference().equals(lastTalkedAbout))
                    .filter(o -> statuses == null || statuses.contains(o.getStatus())).findFirst();
            if (talkedAbout.isPresent()) {
                return talkedAbout;
            }
        }
        return recent.stream().filter(o -> statuses == null || statuses.contains(o.getStatus())).findFirst();
    }

    /** Entities that fill checkout slots, whatever the intent of the message. */
    void takeSlots(Turn turn) {
        Map<String, String> slots = turn.memory().slots;
        turn.first("state").ifPresent(state -> {
            slots.put("state", state.toString());
            slots.remove("city");
            ConversationMemory.mention(turn.memory().statesMentioned, state.toString());
        });
        turn.first("payment_method").ifPresent(method -> slots.put("payment_method", method.toString()));
        Matcher address = ADDRESS.matcher(turn.text());
        if (address.find()) {
            String text = address.group(1).trim().replaceAll("[.!?]+$", "");
            if (text.length() <= 300) {
                slots.put("address", text);
            }
        }
    }

    static String describe(OrderStatus status) {
        return switch (status) {
            case PENDING -> "waiting for payment confirmation";
            case CONFIRMED -> "confirmed and being prepared";
            case PROCESSING -> "being packed";
            case SHIPPED -> "shipped";
            case OUT_FOR_DELIVERY -> "out for delivery today";
            case DELIVERED -> "delivered";
            case CANCELLED -> "cancelled";
            case RETURN_REQUESTED -> "waiting for the return pickup";
            case RETURNED -> "returned";
        };
    }
}
