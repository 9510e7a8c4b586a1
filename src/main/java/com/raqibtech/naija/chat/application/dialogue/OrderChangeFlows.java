package com.raqibtech.naija.chat.application.dialogue;

import com.raqibtech.naija.catalog.application.CatalogSearch;
import com.raqibtech.naija.catalog.application.ProductDetails;
import com.raqibtech.naija.chat.application.memory.DialogueState;
import com.raqibtech.naija.chat.application.memory.PendingAction;
import com.raqibtech.naija.chat.application.reply.ActionType;
import com.raqibtech.naija.chat.application.reply.QuickReply;
import com.raqibtech.naija.chat.application.reply.Reply;
import com.raqibtech.naija.nlu.application.Intent;
import com.raqibtech.naija.orders.application.CheckoutService;
import com.raqibtech.naija.orders.application.Confirmations;
import com.raqibtech.naija.orders.application.OrderChanges;
import com.raqibtech.naija.orders.application.OrderQueries;
import com.raqibtech.naija.orders.application.OrderSummary;
import com.raqibtech.naija.orders.application.OrderWording;
import com.raqibtech.naija.shared.error.ProblemException;
import com.raqibtech.naija.shared.money.Naira;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The order changes a support desk makes, asked for in chat: deliver an order that has not shipped somewhere else,
 * pay it another way, change how many of an item or take one off, exchange a delivered item for another variant.
 * Each is worked out by the order services first (what it costs, what goes to or from the wallet), put to the
 * customer, and made only with their yes.
 */
@ApplicationScoped
public class OrderChangeFlows {

    /** The message is about an order already placed, not the cart. */
    private static final Pattern ABOUT_AN_ORDER = Pattern.compile("(?i)\\b(my order|the order|that order|this order|"
            + "order (?:i|we) (?:made|placed)|(?:you|una) (?:deliver(?:ed)?|bring|brought|send|sent)|"
            + "delivered (?:yesterday|today|to me)|wey (?:una|you) bring|already (?:ordered|paid)|i ordered|"
            + "(?:i|we) (?:got|received|bought|collected)|where (?:una|you) go deliver)\\b");
    private static final Pattern EXCHANGE = Pattern.compile("(?i)\\b(exchange|swap|replace|change (?:it|am|them|dem)"
            + " (?:to|for|with)|change am for|give me .{1,40} instead|instead of)\\b");
    private static final Pattern EXCHANGE_VERB = Pattern.compile("(?i)\\b(exchange|swap)\\b");
    private static final Pattern ADDRESS_CHANGE = Pattern.compile("(?i)\\b(address|deliver(?:y)?\\s+(?:it\\s+|am\\s+|"
            + "my order\\s+)?to|send (?:it|am) (?:to|go)|carry (?:it|am) go|relocated|moved|bring (?:it|am) (?:come )?"
            + "to|where (?:una|you) (?:go|will|should) deliver)\\b");
    private static final Pattern TAKE_OFF = Pattern.compile("(?i)\\b(remove|comot|take out|take off|drop)\\b");
    /** Asking to change how many: "make it 2 phones on my order". */
    private static final Pattern CHANGE_VERB = Pattern.compile("(?i)\\b(make|change|increase|reduce|set|update|"
            + "add|want)\\b");
    /** Where a new address may start: after "to", Pidgin "go", or a colon. */
    private static final Pattern NEW_ADDRESS = Pattern.compile("(?i)(?:\\bto\\b|\\bgo\\b|:)\\s*");
    private static final Pattern TRAILING = Pattern.compile("(?i)[\\s,.]*(?:\\binstead\\b|\\bplease\\b|\\bpls\\b|"
            + "\\babeg\\b|\\bthanks?\\b)[\\s,.!]*$");
    /** The words after "for"/"to"/"with" name the replacement. */
    private static final Pattern REPLACEMENT = Pattern.compile("(?i)\\b(?:for|to|with|into)\\s+(?:the\\s+|an?\\s+)?"
            + "([^?!.]+)");

    @Inject
    OrderChanges changes;

    @Inject
    OrderQueries orders;

    @Inject
    Confirmations confirmations;

    @Inject
    CatalogSearch catalog;

    @Inject
    CheckoutService checkout;

    @Inject
    OrderFlows orderFlows;

    /**
     * The order change a message asks for, put to the customer; empty when the message is not about changing an
     * order the customer has (it then goes the usual way).
     */
    Optional<Reply> propose(Turn turn, Reply reply, Intent intent) {
        if (turn.isGuest() || turn.tapped().isPresent() || turn.state().inCheckout()) {
            return Optional.empty();
        }
        String text = turn.text();
        // Exchanging is only ever about something already delivered.
        boolean aboutAnOrder = ABOUT_AN_ORDER.matcher(text).find() || turn.orderReference().isPresent()
                || EXCHANGE_VERB.matcher(text).find();
        if (!aboutAnOrder) {
            return Optional.empty();
        }
        if (EXCHANGE.matcher(text).find() || intent == Intent.RETURN_REFUND && REPLACEMENT.matcher(text).find()
                && text.toLowerCase(Locale.ROOT).contains("change")) {
            Optional<OrderSummary> delivered = orderFlows.order(turn, OrderSummary::delivered);
            if (delivered.isPresent()) {
                return Optional.of(exchange(turn, reply, delivered.get()));
            }
        }
        Optional<OrderSummary> open = orderFlows.order(turn, OrderSummary::cancellable);
        if (open.isEmpty()) {
            if (ADDRESS_CHANGE.matcher(text).find() || turn.paymentMethod().isPresent()) {
                Optional<OrderSummary> any = orderFlows.order(turn, null);
                if (any.isPresent() && any.get().onItsWay()) {
                    return Optional.of(reply.say(Replies.get(turn, "change.too-late", any.get().reference(),
                            OrderWording.status(any.get().status()))).offer(Offers.TRACK_ORDER, Offers.TALK_TO_AGENT));
                }
            }
            return Optional.empty();
        }
        OrderSummary order = open.get();
        if (turn.paymentMethod().isPresent() && !ADDRESS_CHANGE.matcher(text).find()) {
            return Optional.of(payment(turn, reply, order, turn.paymentMethod().get()));
        }
        if (ADDRESS_CHANGE.matcher(text).find()) {
            return address(turn, reply, order);
        }
        List<OrderQueries.Line> lines = orders.lines(turn.actor(), order.reference());
        // "make the phone for my order 2, I wan get one for my wife": the first number is the quantity.
        Optional<QuantityChange> quantity = QuantityChange.read(text)
                .or(() -> CHANGE_VERB.matcher(text).find() ? firstNumber(text)
                        .or(() -> turn.quantity().stream().boxed().findFirst())
                        .map(n -> new QuantityChange(QuantityChange.Kind.SET, n)) : Optional.empty());
        if (TAKE_OFF.matcher(text).find() && quantity.filter(q -> q.kind() != QuantityChange.Kind.REDUCE).isEmpty()) {
            Optional<OrderQueries.Line> line = lineNamed(text, lines);
            if (line.isPresent()) {
                return Optional.of(removal(turn, reply, order, line.get()));
            }
            return Optional.empty();
        }
        if (quantity.isPresent()) {
            Optional<OrderQueries.Line> line = lineMeant(text, lines);
            if (line.isPresent()) {
                QuantityChange q = quantity.get();
                int wanted = switch (q.kind()) {
                    case SET -> q.amount();
                    case ADD -> line.get().quantity() + q.amount();
                    case REDUCE -> line.get().quantity() - q.amount();
                };
                if (wanted == line.get().quantity()) {
                    return Optional.of(reply.say(Replies.get(turn, "change.already", line.get().name(), wanted,
                            order.reference())).offer(Offers.TRACK_ORDER));
                }
                if (wanted <= 0) {
                    return Optional.of(removal(turn, reply, order, line.get()));
                }
                return Optional.of(propose(turn, reply, order, () -> changes.previewItemQuantity(turn.actor(),
                        order.reference(), line.get().sku(), wanted), new PendingAction.ChangeQuantity(
                        order.reference(), line.get().sku(), wanted, null), Replies.get(turn, "change.quantity",
                        line.get().name(), wanted, order.reference())));
            }
        }
        return Optional.empty();
    }

    /** Asks to take a line off the order. */
    private Reply removal(Turn turn, Reply reply, OrderSummary order, OrderQueries.Line line) {
        return propose(turn, reply, order, () -> changes.previewItemRemoval(turn.actor(), order.reference(),
                line.sku()), new PendingAction.RemoveItem(order.reference(), line.sku(), null),
                Replies.get(turn, "change.remove", line.name(), order.reference()));
    }

    private Reply payment(Turn turn, Reply reply, OrderSummary order, String method) {
        return propose(turn, reply, order, () -> changes.previewPaymentMethod(turn.actor(), order.reference(), method),
                new PendingAction.ChangePayment(order.reference(), method, null),
                Replies.get(turn, "change.payment", order.reference(), checkout.paymentMethodName(method)));
    }

    private Optional<Reply> address(Turn turn, Reply reply, OrderSummary order) {
        // The last "to …"/"go …" that reads like an address ("send am go 7 Oke-Ilewo Road, Abeokuta").
        Matcher starts = NEW_ADDRESS.matcher(turn.text());
        String found = null;
        while (starts.find()) {
            String rest = turn.text().substring(starts.end()).replaceAll("[?!]+\\s*$", "").strip();
            if (rest.length() >= 4 && OrderFlows.LOOKS_LIKE_AN_ADDRESS.matcher(rest).find()) {
                found = rest;
            }
        }
        if (found == null) {
            return Optional.of(reply.say(Replies.get(turn, "change.address-which", order.reference())));
        }
        String address = TRAILING.matcher(found).replaceAll("").strip();
        String state = turn.namedState().orElse(order.deliveryState());
        // The town is the last part of the address that is not the state ("10 Awolowo Road, Ikoyi" → Ikoyi).
        String[] parts = address.split(",");
        String city = parts.length > 1 ? parts[parts.length - 1].strip() : state;
        if (city.equalsIgnoreCase(state) && parts.length > 2) {
            city = parts[parts.length - 2].strip();
        }
        String where = OrderFlows.addressText(address, state);
        String town = city;
        return Optional.of(propose(turn, reply, order, () -> changes.previewDeliveryAddress(turn.actor(),
                order.reference(), state, town, address), new PendingAction.ChangeAddress(order.reference(), state,
                town, address, null), Replies.get(turn, "change.address", order.reference(), where)));
    }

    private Reply exchange(Turn turn, Reply reply, OrderSummary order) {
        List<OrderQueries.Line> lines = orders.lines(turn.actor(), order.reference());
        Optional<OrderQueries.Line> line = lines.size() == 1 ? Optional.of(lines.get(0))
                : lineMeant(turn.text(), lines);
        if (line.isEmpty()) {
            return reply.say(Replies.get(turn, "change.exchange-which", order.reference()));
        }
        Optional<ProductDetails> sold = catalog.details(line.get().sku());
        Matcher named = REPLACEMENT.matcher(turn.text());
        String wanted = null;
        while (named.find()) {
            wanted = named.group(1); // the last "for/to/with …" names the replacement
        }
        Optional<String> words = wanted == null ? Optional.empty() : ShoppingFlows.productWords(wanted);
        if (sold.isEmpty() || words.isEmpty()) {
            return reply.say(Replies.get(turn, "change.exchange-for-what", line.get().name()));
        }
        ProductDetails product = sold.get();
        // Another model of the same brand and kind, named by the customer's own words (an iPhone is no Samsung).
        Optional<ProductDetails> replacement = catalog.find(words.get() + " " + product.brand(), null, true, 10)
                .stream().filter(p -> !p.sku().equals(product.sku()) && p.brand().equals(product.brand())
                        && java.util.Objects.equals(p.category(), product.category())
                        && overlap(p.name(), withoutBrand(words.get(), product.brand())) > 0)
                .min(Comparator.comparingInt(p -> -overlap(p.name(), words.get())));
        if (replacement.isEmpty()) {
            return reply.say(Replies.get(turn, "change.exchange-none", line.get().name(), product.brand()));
        }
        ProductDetails to = replacement.get();
        return propose(turn, reply, order, () -> changes.previewExchange(turn.actor(), order.reference(),
                line.get().sku(), to.sku()), new PendingAction.ExchangeItem(order.reference(), line.get().sku(),
                to.sku(), null), Replies.get(turn, "change.exchange", line.get().name(), to.name(),
                order.reference()));
    }

    private static String withoutBrand(String words, String brand) {
        return words.toLowerCase(Locale.ROOT).replace(brand.toLowerCase(Locale.ROOT), " ").strip();
    }

    private static int overlap(String name, String words) {
        String lower = name.toLowerCase(Locale.ROOT);
        int count = 0;
        for (String word : words.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!word.isBlank() && lower.matches("(?s).*\\b" + Pattern.quote(word) + "\\b.*")) {
                count++;
            }
        }
        return count;
    }

    /** Asks the customer to confirm a change the order services worked out; nothing changes yet. */
    private Reply propose(Turn turn, Reply reply, OrderSummary order, java.util.function.Supplier<OrderChanges.Preview>
            preview, PendingAction.OrderChange pending, String question) {
        OrderChanges.Preview worked;
        try {
            worked = preview.get();
        } catch (ProblemException refused) {
            return reply.say(refused.getMessage()).offer(Offers.TRACK_ORDER, Offers.TALK_TO_AGENT);
        }
        String confirmationId = confirmations.request(turn.actor(), worked.subject());
        turn.state().pending = pending.withConfirmation(confirmationId);
        DialogueState.mention(turn.state().ordersMentioned, order.reference());
        reply.say(question);
        if (worked.changesTotal()) {
            reply.say(Replies.get(turn, "change.new-total", Naira.format(worked.totalBefore()),
                    Naira.format(worked.totalAfter())));
        }
        if (worked.toWallet().signum() > 0) {
            reply.say(Replies.get(turn, "change.to-wallet", Naira.format(worked.toWallet())));
        }
        if (worked.fromWallet().signum() > 0) {
            reply.say(Replies.get(turn, "change.from-wallet", Naira.format(worked.fromWallet())));
        }
        return reply.say(Replies.get(turn, "change.shall-i")).show(OrderFlows.orderCard(order))
                .offer(QuickReply.confirm("Yes, change it", confirmationId), QuickReply.decline("No, leave it"));
    }

    /** Makes the change the customer said yes to. */
    Reply confirmed(Turn turn, Reply reply, PendingAction.OrderChange pending) {
        String id = pending.confirmationId();
        try {
            OrderSummary changed;
            if (pending instanceof PendingAction.ChangeAddress a) {
                changed = changes.changeDeliveryAddress(turn.actor(), a.reference(), a.state(), a.city(), a.address(),
                        id);
            } else if (pending instanceof PendingAction.ChangePayment p) {
                changed = changes.changePaymentMethod(turn.actor(), p.reference(), p.paymentMethod(), id);
            } else if (pending instanceof PendingAction.ChangeQuantity q) {
                changed = changes.changeItemQuantity(turn.actor(), q.reference(), q.sku(), q.quantity(), id);
            } else if (pending instanceof PendingAction.RemoveItem r) {
                changed = changes.removeItem(turn.actor(), r.reference(), r.sku(), id);
            } else {
                PendingAction.ExchangeItem e = (PendingAction.ExchangeItem) pending;
                changed = changes.requestExchange(turn.actor(), e.reference(), e.sku(), e.replacementSku(), id);
            }
            return reply.say(Replies.get(turn, "change.done", changed.reference(), Naira.format(changed.total())))
                    .did(ActionType.ORDER_CHANGED, changed.reference()).show(OrderFlows.orderCard(changed))
                    .offer(Offers.TRACK_ORDER, Offers.THANK_YOU);
        } catch (ProblemException refused) {
            return reply.say(refused.getMessage()).offer(Offers.TRACK_ORDER, Offers.TALK_TO_AGENT);
        }
    }

    private static final Pattern NUMBER = Pattern.compile("(?i)\\b(\\d{1,2}|one|two|three|four|five|six|seven|"
            + "eight|nine|ten)\\b");
    private static final List<String> NUMBER_WORDS = List.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten");

    /** "make it 2 phones on my order": the first small number in the message. */
    private static Optional<Integer> firstNumber(String text) {
        Matcher number = NUMBER.matcher(text);
        if (!number.find()) {
            return Optional.empty();
        }
        String word = number.group(1).toLowerCase(Locale.ROOT);
        int value = word.chars().allMatch(Character::isDigit) ? Integer.parseInt(word) : NUMBER_WORDS.indexOf(word) + 1;
        return value > 0 ? Optional.of(value) : Optional.empty();
    }

    /** The order line a message names, or the only line. */
    private static Optional<OrderQueries.Line> lineMeant(String text, List<OrderQueries.Line> lines) {
        return lines.size() == 1 ? Optional.of(lines.get(0)) : lineNamed(text, lines);
    }

    /** The order line whose name holds most of the message's product words. */
    private static Optional<OrderQueries.Line> lineNamed(String text, List<OrderQueries.Line> lines) {
        Optional<String> words = ShoppingFlows.productWords(text);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        return lines.stream().filter(line -> overlap(line.name(), words.get()) > 0)
                .max(Comparator.comparingInt(line -> overlap(line.name(), words.get())));
    }
}
