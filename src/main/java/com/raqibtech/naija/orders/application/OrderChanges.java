package com.raqibtech.naija.orders.application;

import com.raqibtech.naija.cart.application.CartService;
import com.raqibtech.naija.catalog.application.CatalogSearch;
import com.raqibtech.naija.catalog.application.ProductDetails;
import com.raqibtech.naija.catalog.application.Stock;
import com.raqibtech.naija.customers.application.CustomerProfiles;
import com.raqibtech.naija.customers.application.Tiers;
import com.raqibtech.naija.delivery.application.DeliveryCalendar;
import com.raqibtech.naija.delivery.application.DeliveryQuote;
import com.raqibtech.naija.delivery.application.DeliveryQuoteService;
import com.raqibtech.naija.delivery.application.StateDirectory;
import com.raqibtech.naija.identity.application.AuditLog;
import com.raqibtech.naija.identity.application.AuditLog.Action;
import com.raqibtech.naija.identity.application.AuditLog.Outcome;
import com.raqibtech.naija.orders.domain.CustomerOrder;
import com.raqibtech.naija.orders.domain.OrderItem;
import com.raqibtech.naija.orders.domain.OrderRepository;
import com.raqibtech.naija.orders.domain.OrderStatus;
import com.raqibtech.naija.orders.domain.OrderStatusChange.Kind;
import com.raqibtech.naija.orders.domain.Payment;
import com.raqibtech.naija.orders.domain.PaymentMethod;
import com.raqibtech.naija.orders.domain.PaymentStatus;
import com.raqibtech.naija.shared.access.Actor;
import com.raqibtech.naija.shared.error.ProblemException;
import com.raqibtech.naija.shared.money.Naira;
import com.raqibtech.naija.shared.time.Lagos;
import com.raqibtech.naija.wallet.application.WalletService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The changes a support desk makes to an order, for the customer themself (only their own orders), for staff who
 * manage orders, and for a responder acting for the customer in a conversation (only with the customer's
 * confirmation of exactly that change, {@link Confirmations}):
 * <ul>
 *   <li>before it ships: deliver to another address (the fee quoted again when the state changes), pay another way
 *       (before it is paid), change an item's quantity or take an item off;</li>
 *   <li>after delivery, within {@link OrderLifecycle#RETURN_WINDOW}: exchange an item for another variant of the same
 *       line (same brand and category); staff complete the exchange as they do a return.</li>
 * </ul>
 * A changed order is priced again at the discount rate it was sold at; on a paid order the difference is taken from
 * (only if the balance covers it) or given back to the RaqibTechPay wallet, on an unpaid one the payment awaited
 * changes. Stock moves through the catalogue's {@link Stock}. Every change is audited and written in the order's
 * timeline, even when the status stays. Each has a preview that changes nothing: what the change would cost, and
 * the {@link Confirmations.Subject} a conversation asks the customer to confirm.
 */
@ApplicationScoped
public class OrderChanges {

    /** The largest quantity of one product on an order: the cart's. */
    public static final int MAX_QUANTITY = CartService.MAX_QUANTITY_PER_LINE;

    /** Who records the spend an exchange adds or takes back: the business, as customers may not record spend. */
    private static final Actor SPEND = Actor.system("order-exchange");

    @Inject
    OrderRepository orders;

    @Inject
    OrderQueries queries;

    @Inject
    CheckoutService checkout;

    @Inject
    DeliveryQuoteService delivery;

    @Inject
    DeliveryCalendar calendar;

    @Inject
    StateDirectory states;

    @Inject
    CatalogSearch catalog;

    @Inject
    Stock stock;

    @Inject
    WalletService wallets;

    @Inject
    CustomerProfiles customers;

    @Inject
    Confirmations confirmations;

    @Inject
    AuditLog audit;

    @Inject
    Event<OrderStatusChanged> statusChanges;

    @Inject
    Clock clock;

    /**
     * What a change would do, before it is made.
     *
     * @param change           what changes, in a sentence (for staff and logs; the chat words it from the fields)
     * @param totalBefore      the order's total now
     * @param totalAfter       its total after the change
     * @param deliveryFee      the delivery fee after the change
     * @param expectedDelivery the expected delivery date after the change
     * @param fromWallet       taken from the RaqibTechPay wallet now (zero if nothing)
     * @param toWallet         given back to the wallet now (zero if nothing)
     * @param subject          what the customer confirms when a responder makes the change for them
     */
    public record Preview(String reference, String change, BigDecimal totalBefore, BigDecimal totalAfter,
                          BigDecimal deliveryFee, LocalDate expectedDelivery, BigDecimal fromWallet,
                          BigDecimal toWallet, Confirmations.Subject subject) {

        /** Whether the change alters the total. */
        public boolean changesTotal() {
            return totalAfter.compareTo(totalBefore) != 0;
        }
    }

    /** The order's totals after a change: at its own discount rate, with a delivery fee. */
    record Totals(BigDecimal subtotal, BigDecimal discount, BigDecimal deliveryFee, BigDecimal total) {

        static Totals of(BigDecimal subtotal, BigDecimal discountRate, BigDecimal deliveryFee) {
            BigDecimal exact = Naira.of(subtotal);
            BigDecimal discount = Tiers.discount(exact, discountRate);
            BigDecimal fee = Naira.of(deliveryFee);
            return new Totals(exact, discount, fee, Naira.of(exact.subtract(discount).add(fee)));
        }
    }

    /** A change worked out and checked: what it does (the preview), and the writes that make it. */
    private record Planned(Preview preview, boolean nothingToDo, Kind kind, Action action, String details,
                           Writes writes) {
    }

    @FunctionalInterface
    private interface Writes {
        /** Makes the change (stock, order, payment) and answers the timeline note. */
        String apply(Instant now);
    }

    // Delivery address ------------------------------------------------------------------------------------------

    /**
     * What delivering an order that has not shipped to another address would do: a new state brings its own fee
     * and delivery date (counted from today, as at checkout).
     *
     * @throws ProblemException 404 for an order the actor may not see; 409 once shipped, or when the wallet does not
     *                          cover a higher fee on a paid order, or pay on delivery would go over its limit;
     *                          400 for an unknown state or a blank city or address
     */
    public Preview previewDeliveryAddress(Actor actor, String reference, String state, String city, String address) {
        return planDeliveryAddress(actor, order(actor, reference), state, city, address).preview();
    }

    /** Delivers the order to another address (see {@link #previewDeliveryAddress}); for the REST edge. */
    @Transactional
    public CustomerOrder changeDeliveryAddress(Actor actor, String reference, String state, String city,
                                               String address) {
        CustomerOrder order = order(actor, reference);
        return carryOut(actor, order, planDeliveryAddress(actor, order, state, city, address), null);
    }

    /**
     * The same, for a responder acting in a conversation: only with the customer's confirmation of
     * {@link Confirmations.Subject#changeDeliveryAddress} (take it from {@link #previewDeliveryAddress}).
     */
    @Transactional
    public OrderSummary changeDeliveryAddress(Actor actor, String reference, String state, String city,
                                              String address, String confirmationId) {
        CustomerOrder order = order(actor, reference);
        return queries.summarise(carryOut(actor, order, planDeliveryAddress(actor, order, state, city, address),
                confirmationId));
    }

    private Planned planDeliveryAddress(Actor actor, CustomerOrder order, String state, String city,
                                        String address) {
        requireNotShipped(order, "its delivery address");
        String newCity = required(city, "Give the town or city.", 80);
        String newAddress = required(address, "Give the street address.", 300);
        required(state, "Say which state to deliver to.", 60);
        DeliveryQuote destination = delivery.quote(state);
        boolean sameState = destination.stateCode().equals(order.getDeliveryStateCode());
        BigDecimal fee = sameState ? order.getDeliveryFee() : Naira.of(destination.fee());
        LocalDate expected = sameState ? order.getExpectedDeliveryDate()
                : calendar.expectedDelivery(Lagos.dateOf(clock.instant()), destination.workingDays());
        // The items and their discount stay exactly as sold: only the fee moves.
        BigDecimal total = Naira.of(order.getSubtotal().subtract(order.getDiscount()).add(fee));
        String where = newAddress + ", " + newCity + ", " + destination.stateName();
        boolean nothing = sameState && newCity.equals(order.getDeliveryCity())
                && newAddress.equals(order.getDeliveryAddress());
        String fees = fee.compareTo(order.getDeliveryFee()) == 0 ? ""
                : "; delivery fee " + Naira.format(order.getDeliveryFee()) + " → " + Naira.format(fee);
        Preview preview = preview(order, "Deliver to " + where + fees, total, fee, expected,
                Confirmations.Subject.changeDeliveryAddress(order.getReference(), destination.stateName(), newCity,
                        newAddress, total));
        requireSettleable(order, preview);
        String from = states.nameOf(order.getDeliveryStateCode());
        return new Planned(preview, nothing, Kind.ADDRESS_CHANGED, Action.ORDER_ADDRESS_CHANGED,
                from + " → " + destination.stateName() + fees, now -> {
                    order.deliverTo(destination.stateCode(), newCity, newAddress, expected);
                    order.price(order.getDiscount(), fee);
                    return "Delivery address changed to " + where + fees
                            + (sameState ? "" : "; expected " + expected);
                });
    }

    // Payment method --------------------------------------------------------------------------------------------

    /**
     * What paying an order that has not shipped and is not paid yet another way would do. RaqibTechPay takes the
     * total from the wallet at once (and confirms a pending order), pay on delivery confirms a pending order (up to
     * its limit); bank transfer and card, which staff confirm later, only for an order still pending.
     *
     * @throws ProblemException 404 for an order the actor may not see; 409 once shipped or paid, for a transfer or
     *                          card on an order already confirmed, over the pay-on-delivery limit, or when the wallet
     *                          does not cover the total; 400 for an unknown method
     */
    public Preview previewPaymentMethod(Actor actor, String reference, String paymentMethod) {
        return planPaymentMethod(actor, order(actor, reference), paymentMethod).preview();
    }

    /** Pays the order another way (see {@link #previewPaymentMethod}); for the REST edge. */
    @Transactional
    public CustomerOrder changePaymentMethod(Actor actor, String reference, String paymentMethod) {
        CustomerOrder order = order(actor, reference);
        return carryOut(actor, order, planPaymentMethod(actor, order, paymentMethod), null);
    }

    /**
     * The same, for a responder acting in a conversation: only with the customer's confirmation of
     * {@link Confirmations.Subject#changePaymentMethod} (take it from {@link #previewPaymentMethod}).
     */
    @Transactional
    public OrderSummary changePaymentMethod(Actor actor, String reference, String paymentMethod,
                                            String confirmationId) {
        CustomerOrder order = order(actor, reference);
        return queries.summarise(carryOut(actor, order, planPaymentMethod(actor, order, paymentMethod),
                confirmationId));
    }

    private Planned planPaymentMethod(Actor actor, CustomerOrder order, String code) {
        requireNotShipped(order, "its payment method");
        PaymentMethod method = checkout.requirePaymentMethod(code);
        PaymentMethod current = order.getPaymentMethod();
        boolean nothing = method.getCode().equals(current.getCode());
        if (!nothing && order.getPaymentStatus() != PaymentStatus.AWAITING_PAYMENT) {
            throw ProblemException.conflict("already-paid", "Order " + order.getReference() + " is already paid ("
                    + current.getNameInText() + "), so its payment method can no longer change.");
        }
        boolean paidLater = method.getCode().equals(PaymentMethod.BANK_TRANSFER)
                || method.getCode().equals(PaymentMethod.CARD);
        // An order to be paid on delivery may switch to paying first: it waits for that payment again (PENDING).
        boolean backToPending = !nothing && paidLater && order.getStatus() == OrderStatus.CONFIRMED
                && current.getCode().equals(PaymentMethod.PAY_ON_DELIVERY);
        if (!nothing && paidLater && order.getStatus() != OrderStatus.PENDING && !backToPending) {
            throw ProblemException.conflict("payment-method-not-allowed", "Order " + order.getReference()
                    + " is already " + OrderLifecycle.label(order.getStatus()) + " to be paid "
                    + current.getNameInText() + "; now it can only be paid that way or at once with "
                    + checkout.paymentMethodName(PaymentMethod.RAQIBTECHPAY) + ".");
        }
        BigDecimal total = order.getTotal();
        if (!nothing) {
            checkout.requireWithinPayOnDeliveryLimit(method, total);
        }
        boolean wallet = method.getCode().equals(PaymentMethod.RAQIBTECHPAY);
        if (!nothing && wallet) {
            BigDecimal balance = wallets.balance(order.getCustomerId());
            if (balance.compareTo(total) < 0) {
                throw ProblemException.conflict("insufficient-wallet-balance", "Your " + method.getName()
                        + " balance is " + Naira.format(balance) + "; order " + order.getReference() + " needs "
                        + Naira.format(total) + ", " + Naira.format(total.subtract(balance)) + " more. Top up, or "
                        + "keep paying " + current.getNameInText() + ".");
            }
        }
        String change = "Payment method changed from " + current.getNameInText() + " to " + method.getNameInText();
        Preview preview = new Preview(order.getReference(), change, total, total, order.getDeliveryFee(),
                order.getExpectedDeliveryDate(), wallet && !nothing ? total : Naira.of(0), Naira.of(0),
                Confirmations.Subject.changePaymentMethod(order.getReference(), method.getCode(), total));
        return new Planned(preview, nothing, Kind.PAYMENT_METHOD_CHANGED, Action.ORDER_PAYMENT_METHOD_CHANGED,
                current.getCode() + " → " + method.getCode(), now -> {
                    orders.paymentOf(order.getId()).filter(payment -> payment.getStatus() == Payment.Status.PENDING)
                            .ifPresent(abandoned -> abandoned.mark(Payment.Status.FAILED));
                    order.payWith(method);
                    Payment payment = new Payment(order, method, total,
                            method.getCode().equals(PaymentMethod.BANK_TRANSFER) ? order.getReference() : null, now);
                    String how;
                    if (wallet) {
                        wallets.debitForOrder(order.getCustomerId(), total, order.getId(), order.getReference(),
                                actor.name());
                        payment.confirm(now, PaymentMethod.RAQIBTECHPAY);
                        order.recordPaymentStatus(PaymentStatus.PAID, now);
                        how = ": paid " + Naira.format(total) + " from the " + method.getName() + " wallet";
                    } else if (method.getCode().equals(PaymentMethod.PAY_ON_DELIVERY)) {
                        how = ": the rider collects " + Naira.format(total);
                    } else {
                        how = method.getCode().equals(PaymentMethod.BANK_TRANSFER)
                                ? ": transfer " + Naira.format(total) + " with reference " + order.getReference()
                                : ": awaiting " + Naira.format(total);
                    }
                    orders.savePayment(payment);
                    if (backToPending) {
                        order.recordStatus(OrderStatus.PENDING, now, actor.name(), "Waiting for payment by "
                                + method.getNameInText());
                    }
                    return change + how;
                });
    }

    // Items -----------------------------------------------------------------------------------------------------

    /**
     * What setting the quantity of an item of an order that has not shipped would do: more is reserved from stock,
     * less goes back; the order is priced again at its discount rate, its delivery fee unchanged.
     *
     * @throws ProblemException 404 for an order the actor may not see or an item not on it; 400 for a quantity
     *                          outside 1..{@link #MAX_QUANTITY}; 409 once shipped, for more than is in stock, over the
     *                          pay-on-delivery limit, or when the wallet does not cover the difference on a paid order
     */
    public Preview previewItemQuantity(Actor actor, String reference, String sku, int quantity) {
        return planItemQuantity(actor, order(actor, reference), sku, quantity, false).preview();
    }

    /** Sets the quantity of an item (see {@link #previewItemQuantity}); for the REST edge. */
    @Transactional
    public CustomerOrder changeItemQuantity(Actor actor, String reference, String sku, int quantity) {
        CustomerOrder order = order(actor, reference);
        return carryOut(actor, order, planItemQuantity(actor, order, sku, quantity, true), null);
    }

    /**
     * The same, for a responder acting in a conversation: only with the customer's confirmation of
     * {@link Confirmations.Subject#changeItemQuantity} (take it from {@link #previewItemQuantity}).
     */
    @Transactional
    public OrderSummary changeItemQuantity(Actor actor, String reference, String sku, int quantity,
                                           String confirmationId) {
        CustomerOrder order = order(actor, reference);
        return queries.summarise(carryOut(actor, order, planItemQuantity(actor, order, sku, quantity, true),
                confirmationId));
    }

    private Planned planItemQuantity(Actor actor, CustomerOrder order, String sku, int quantity, boolean forReal) {
        requireNotShipped(order, "its items");
        OrderItem item = item(order, sku);
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw ProblemException.badRequest("invalid-quantity", "A quantity is from 1 to " + MAX_QUANTITY
                    + "; to take " + item.getProductName() + " off the order, remove it.");
        }
        int more = quantity - item.getQuantity();
        if (more > 0) {
            ProductDetails product = products(List.of(item.getProductId()), forReal).get(item.getProductId());
            requireSold(product, item.getProductName());
            if (product.stock() < more) {
                throw ProblemException.conflict("insufficient-stock", product.stock() == 0
                        ? item.getProductName() + " is sold out: no more can be added to order "
                        + order.getReference() + "."
                        : "Only " + product.stock() + " more of " + item.getProductName() + " in stock: order "
                        + order.getReference() + " can have at most " + (item.getQuantity() + product.stock())
                        + ".");
            }
        }
        BigDecimal subtotal = order.getSubtotal().subtract(item.getLineTotal())
                .add(item.getUnitPrice().multiply(BigDecimal.valueOf(quantity)));
        Totals after = Totals.of(subtotal, order.getDiscountRate(), order.getDeliveryFee());
        String change = item.getProductName() + " (" + item.getSku() + "): quantity " + item.getQuantity() + " → "
                + quantity;
        Preview preview = preview(order, change, after.total(), after.deliveryFee(), order.getExpectedDeliveryDate(),
                Confirmations.Subject.changeItemQuantity(order.getReference(), item.getSku(), quantity,
                        after.total()));
        requireSettleable(order, preview);
        return new Planned(preview, more == 0, Kind.ITEM_QUANTITY_CHANGED, Action.ORDER_ITEM_CHANGED, change,
                now -> {
                    if (more > 0) {
                        stock.take(item.getProductId(), more, now);
                    } else {
                        stock.giveBack(Map.of(item.getProductId(), -more), now);
                    }
                    order.changeQuantity(item, quantity);
                    order.price(after.discount(), after.deliveryFee());
                    return change;
                });
    }

    /**
     * What taking an item off an order that has not shipped would do: its stock goes back, the order is priced
     * again. The last item cannot be taken off: cancel the order instead.
     *
     * @throws ProblemException 404 for an order the actor may not see or an item not on it; 409 once shipped, for
     *                          the last item
     */
    public Preview previewItemRemoval(Actor actor, String reference, String sku) {
        return planItemRemoval(actor, order(actor, reference), sku).preview();
    }

    /** Takes an item off the order (see {@link #previewItemRemoval}); for the REST edge. */
    @Transactional
    public CustomerOrder removeItem(Actor actor, String reference, String sku) {
        CustomerOrder order = order(actor, reference);
        return carryOut(actor, order, planItemRemoval(actor, order, sku), null);
    }

    /**
     * The same, for a responder acting in a conversation: only with the customer's confirmation of
     * {@link Confirmations.Subject#removeItem} (take it from {@link #previewItemRemoval}).
     */
    @Transactional
    public OrderSummary removeItem(Actor actor, String reference, String sku, String confirmationId) {
        CustomerOrder order = order(actor, reference);
        return queries.summarise(carryOut(actor, order, planItemRemoval(actor, order, sku), confirmationId));
    }

    private Planned planItemRemoval(Actor actor, CustomerOrder order, String sku) {
        requireNotShipped(order, "its items");
        OrderItem item = item(order, sku);
        if (order.getItems().size() == 1) {
            throw ProblemException.conflict("last-item", item.getProductName() + " is the only item on order "
                    + order.getReference() + "; to take it off, cancel the order instead.");
        }
        Totals after = Totals.of(order.getSubtotal().subtract(item.getLineTotal()), order.getDiscountRate(),
                order.getDeliveryFee());
        String change = item.getProductName() + " (" + item.getSku() + ", " + item.getQuantity() + ") taken off";
        Preview preview = preview(order, change, after.total(), after.deliveryFee(), order.getExpectedDeliveryDate(),
                Confirmations.Subject.removeItem(order.getReference(), item.getSku(), after.total()));
        requireSettleable(order, preview);
        return new Planned(preview, false, Kind.ITEM_REMOVED, Action.ORDER_ITEM_REMOVED, change, now -> {
            stock.giveBack(Map.of(item.getProductId(), item.getQuantity()), now);
            order.removeItem(item);
            order.price(after.discount(), after.deliveryFee());
            return change;
        });
    }

    // Exchange --------------------------------------------------------------------------------------------------

    /**
     * What exchanging an item of a delivered order for another variant would do, within the return window: the
     * replacement must be another product of the same brand and category, on sale and in stock for the same
     * quantity; it is reserved now, the price difference (at the order's discount rate) taken from or given back to
     * the wallet, and the order waits for staff to swap the goods (exchange_requested → exchanged, when what was
     * replaced goes back on the shelf). Several items of one order may be exchanged, each once.
     *
     * @throws ProblemException 404 for an order the actor may not see or an item not on it; 400 for a replacement
     *                          not on sale, the same product or another line; 409 before delivery, after the window,
     *                          for an item exchanged already, short stock, or a wallet that does not cover the
     *                          difference
     */
    public Preview previewExchange(Actor actor, String reference, String sku, String replacementSku) {
        return planExchange(actor, order(actor, reference), sku, replacementSku, false).preview();
    }

    /** Exchanges an item (see {@link #previewExchange}); for the REST edge. */
    @Transactional
    public CustomerOrder requestExchange(Actor actor, String reference, String sku, String replacementSku) {
        CustomerOrder order = order(actor, reference);
        return carryOut(actor, order, planExchange(actor, order, sku, replacementSku, true), null);
    }

    /**
     * The same, for a responder acting in a conversation: only with the customer's confirmation of
     * {@link Confirmations.Subject#exchangeItem} (take it from {@link #previewExchange}).
     */
    @Transactional
    public OrderSummary requestExchange(Actor actor, String reference, String sku, String replacementSku,
                                        String confirmationId) {
        CustomerOrder order = order(actor, reference);
        return queries.summarise(carryOut(actor, order, planExchange(actor, order, sku, replacementSku, true),
                confirmationId));
    }

    private Planned planExchange(Actor actor, CustomerOrder order, String sku, String replacementSku,
                                 boolean forReal) {
        OrderStatus status = order.getStatus();
        if (status != OrderStatus.DELIVERED && status != OrderStatus.EXCHANGE_REQUESTED) {
            throw ProblemException.conflict("not-exchangeable", "Only delivered orders can have an item exchanged; "
                    + order.getReference() + " is " + OrderLifecycle.label(status) + ".");
        }
        if (!OrderLifecycle.withinReturnWindow(order, clock.instant())) {
            long days = OrderLifecycle.RETURN_WINDOW.toDays();
            throw ProblemException.conflict("return-window-closed", "Exchanges are accepted within " + days
                    + " days of delivery; " + order.getReference() + " was delivered more than " + days
                    + " days ago.");
        }
        OrderItem item = item(order, sku);
        if (item.isExchanged()) {
            throw ProblemException.conflict("already-exchanged", item.getProductName() + " on order "
                    + order.getReference() + " is already the replacement in an exchange.");
        }
        String wanted = required(replacementSku, "Say which product to exchange it for (its SKU).", 40);
        if (wanted.equalsIgnoreCase(item.getSku())) {
            throw ProblemException.badRequest("same-product", "That is the product on the order already; choose "
                    + "another variant.");
        }
        ProductDetails replacement = catalog.details(wanted).orElseThrow(() -> ProblemException.badRequest(
                "unknown-product", "There is no product " + wanted + " on sale."));
        ProductDetails original = catalog.byIds(List.of(item.getProductId())).stream().findFirst().orElseThrow();
        if (!sameLine(original, replacement)) {
            throw ProblemException.badRequest("not-a-variant", item.getProductName() + " can be exchanged for "
                    + "another " + original.brand() + " product in " + original.category() + "; "
                    + replacement.name() + " is " + replacement.brand() + " in " + replacement.category() + ".");
        }
        ProductDetails available = products(List.of(replacement.id()), forReal).get(replacement.id());
        requireSold(available, replacement.name());
        if (available.stock() < item.getQuantity()) {
            throw ProblemException.conflict("insufficient-stock", available.stock() == 0
                    ? replacement.name() + " is sold out; choose another variant."
                    : "Only " + available.stock() + " of " + replacement.name() + " left, and the exchange needs "
                    + item.getQuantity() + ".");
        }
        BigDecimal subtotal = order.getSubtotal().subtract(item.getLineTotal())
                .add(replacement.price().multiply(BigDecimal.valueOf(item.getQuantity())));
        Totals after = Totals.of(subtotal, order.getDiscountRate(), order.getDeliveryFee());
        String change = "Exchange of " + item.getProductName() + " (" + item.getSku() + ") for "
                + replacement.name() + " (" + replacement.sku() + "), " + item.getQuantity() + " × "
                + Naira.format(replacement.price());
        Preview preview = preview(order, change, after.total(), after.deliveryFee(), order.getExpectedDeliveryDate(),
                Confirmations.Subject.exchangeItem(order.getReference(), item.getSku(), replacement.sku(),
                        after.total()));
        requireSettleable(order, preview);
        return new Planned(preview, false, Kind.ITEM_EXCHANGE_REQUESTED, Action.ORDER_EXCHANGE_REQUESTED, change,
                now -> {
                    stock.take(replacement.id(), item.getQuantity(), now);
                    order.exchange(item, replacement.id(), replacement.sku(), replacement.name(),
                            replacement.price());
                    order.price(after.discount(), after.deliveryFee());
                    BigDecimal difference = after.total().subtract(preview.totalBefore());
                    if (difference.signum() != 0) {
                        // Spend follows the money: an exchange that costs more counts, one that costs less is taken
                        // back (and the tier may follow it down, as after a return).
                        customers.recordSpend(SPEND, order.getCustomerId(), difference, difference.signum() < 0);
                    }
                    return change;
                });
    }

    /** Another variant of the same product line: same brand and category, another product. */
    static boolean sameLine(ProductDetails original, ProductDetails replacement) {
        return original.id() != replacement.id() && original.brand().equalsIgnoreCase(replacement.brand())
                && original.category() != null && original.category().equalsIgnoreCase(replacement.category());
    }

    // The common part -------------------------------------------------------------------------------------------

    /**
     * Makes a planned change: the customer's confirmation when a responder acts for them, the writes, the money,
     * the timeline entry, the audit record, and the status news when the status moved. A change that changes
     * nothing is answered with the order as it is.
     */
    private CustomerOrder carryOut(Actor actor, CustomerOrder order, Planned planned, String confirmationId) {
        if (planned.nothingToDo()) {
            return order;
        }
        confirmations.redeem(actor, confirmationId, planned.preview().subject());
        Instant now = clock.instant();
        OrderStatus from = order.getStatus();
        String note = planned.writes().apply(now);
        String money = settle(actor, order, planned.preview());
        OrderStatus next = next(order, planned.kind());
        order.record(planned.kind(), next, now, actor.name(), note + money);
        audit.record(actor, planned.action(), Outcome.SUCCESS, "order", order.getReference(),
                planned.details() + money);
        if (next != from) {
            statusChanges.fire(new OrderStatusChanged(order.getId(), order.getReference(), order.getCustomerId(),
                    from, next, actor.delegated()));
        }
        return order;
    }

    /** Where a change leaves the status: an exchange waits for staff; paying now or on delivery confirms. */
    private static OrderStatus next(CustomerOrder order, Kind kind) {
        OrderStatus status = order.getStatus();
        if (kind == Kind.ITEM_EXCHANGE_REQUESTED) {
            return OrderStatus.EXCHANGE_REQUESTED;
        }
        if (kind == Kind.PAYMENT_METHOD_CHANGED && status == OrderStatus.PENDING
                && (order.getPaymentStatus() == PaymentStatus.PAID
                || order.getPaymentMethod().getCode().equals(PaymentMethod.PAY_ON_DELIVERY))) {
            return OrderStatus.CONFIRMED;
        }
        return status;
    }

    /**
     * Refuses, before anything is written, a change whose money cannot be settled: on a paid order a higher total
     * the wallet does not cover; on an unpaid one a pay-on-delivery total over the limit.
     */
    private void requireSettleable(CustomerOrder order, Preview preview) {
        BigDecimal more = preview.totalAfter().subtract(preview.totalBefore());
        if (more.signum() <= 0) {
            return;
        }
        if (order.getPaymentStatus() != PaymentStatus.PAID) {
            checkout.requireWithinPayOnDeliveryLimit(order.getPaymentMethod(), preview.totalAfter());
            return;
        }
        BigDecimal balance = wallets.balance(order.getCustomerId());
        if (balance.compareTo(more) < 0) {
            throw walletShort(order, preview, balance);
        }
    }

    /**
     * Settles the money of a change: on a paid order the difference from or to the wallet, with a note naming the
     * order; on an unpaid one the payment awaited is for the new total. Answers what to add to the timeline note.
     */
    private String settle(Actor actor, CustomerOrder order, Preview preview) {
        BigDecimal difference = preview.totalAfter().subtract(preview.totalBefore());
        if (difference.signum() == 0) {
            return "";
        }
        String wallet = checkout.paymentMethodName(PaymentMethod.RAQIBTECHPAY);
        if (order.getPaymentStatus() != PaymentStatus.PAID) {
            orders.paymentOf(order.getId()).filter(payment -> payment.getStatus() == Payment.Status.PENDING)
                    .ifPresent(payment -> payment.changeAmount(preview.totalAfter()));
            return "; total now " + Naira.format(preview.totalAfter());
        }
        if (difference.signum() > 0) {
            if (!wallets.debitIfCovered(order.getCustomerId(), difference, order.getId(), actor.name(),
                    "Extra for " + order.getReference() + ": " + preview.change())) {
                throw walletShort(order, preview, wallets.balance(order.getCustomerId()));
            }
            return "; " + Naira.format(difference) + " paid from the " + wallet + " wallet";
        }
        wallets.refundPart(order.getCustomerId(), difference.negate(), order.getId(), actor.name(),
                "Refund for " + order.getReference() + ": " + preview.change());
        return "; " + Naira.format(difference.negate()) + " refunded to the " + wallet + " wallet";
    }

    private ProblemException walletShort(CustomerOrder order, Preview preview, BigDecimal balance) {
        BigDecimal more = preview.totalAfter().subtract(preview.totalBefore());
        return ProblemException.conflict("insufficient-wallet-balance", "This change makes order "
                + order.getReference() + " cost " + Naira.format(more) + " more (" + Naira.format(preview.totalAfter())
                + " in all), paid from your " + checkout.paymentMethodName(PaymentMethod.RAQIBTECHPAY)
                + " wallet; its balance is " + Naira.format(balance) + ". Top up at least "
                + Naira.format(more.subtract(balance)) + " and try again.");
    }

    private Preview preview(CustomerOrder order, String change, BigDecimal totalAfter, BigDecimal deliveryFee,
                            LocalDate expectedDelivery, Confirmations.Subject subject) {
        BigDecimal before = order.getTotal();
        BigDecimal difference = totalAfter.subtract(before);
        boolean paid = order.getPaymentStatus() == PaymentStatus.PAID;
        return new Preview(order.getReference(), change, before, totalAfter, deliveryFee, expectedDelivery,
                paid && difference.signum() > 0 ? difference : Naira.of(0),
                paid && difference.signum() < 0 ? difference.negate() : Naira.of(0), subject);
    }

    private CustomerOrder order(Actor actor, String reference) {
        return OrderQueries.ownedOrManaged(orders, actor, reference == null ? "" : reference);
    }

    private static void requireNotShipped(CustomerOrder order, String what) {
        if (!OrderLifecycle.CANCELLABLE.contains(order.getStatus())) {
            throw ProblemException.conflict("order-not-changeable", "Order " + order.getReference() + " is already "
                    + OrderLifecycle.label(order.getStatus()) + ", so " + what + " can no longer change.");
        }
    }

    private static OrderItem item(CustomerOrder order, String sku) {
        return order.item(sku).orElseThrow(() -> ProblemException.notFound("no-such-item", "Order "
                + order.getReference() + " has no item " + shown(sku) + "."));
    }

    /** The products as they are now: locked for a change (stock is taken under the lock), read for a preview. */
    private Map<Long, ProductDetails> products(List<Long> ids, boolean lock) {
        if (lock) {
            return stock.lock(ids);
        }
        Map<Long, ProductDetails> byId = new HashMap<>();
        catalog.byIds(ids).forEach(product -> byId.put(product.id(), product));
        return byId;
    }

    private static void requireSold(ProductDetails product, String name) {
        if (product == null || !product.active()) {
            throw ProblemException.conflict("product-unavailable", name + " is no longer sold.");
        }
    }

    private static String required(String text, String problem, int maxLength) {
        if (text == null || text.isBlank()) {
            throw ProblemException.badRequest("missing-value", problem);
        }
        String trimmed = text.trim();
        if (trimmed.length() > maxLength) {
            throw ProblemException.badRequest("value-too-long", problem.replaceAll("\\.$", "") + " in at most "
                    + maxLength + " characters.");
        }
        return trimmed;
    }

    private static String shown(String text) {
        String value = text == null ? "" : text.trim();
        return (value.length() > 40 ? value.substring(0, 40) + "…" : value).toUpperCase(Locale.ROOT);
    }
}
