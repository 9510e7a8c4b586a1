package com.raqibtech.naija.orders.application;

import com.raqibtech.naija.cart.application.CartService;
import com.raqibtech.naija.catalog.application.CatalogSearch;
import com.raqibtech.naija.catalog.application.ProductDetails;
import com.raqibtech.naija.catalog.application.Stock;
import com.raqibtech.naija.customers.application.CustomerProfiles;
import com.raqibtech.naija.customers.application.CustomerSummary;
import com.raqibtech.naija.customers.application.Tiers;
import com.raqibtech.naija.delivery.application.DeliveryCalendar;
import com.raqibtech.naija.delivery.application.DeliveryQuote;
import com.raqibtech.naija.delivery.application.DeliveryQuoteService;
import com.raqibtech.naija.orders.domain.CustomerOrder;
import com.raqibtech.naija.orders.domain.OrderRepository;
import com.raqibtech.naija.orders.domain.OrderStatus;
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
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Turns a customer's cart into an order, all or nothing: delivery fee and date from the state, the tier discount,
 * stock taken under row locks (so concurrent checkouts never sell more than there is), payment by the chosen
 * method, the cart emptied. The same idempotency key always answers the same order.
 */
@ApplicationScoped
public class CheckoutService {

    @Inject
    CartService carts;

    @Inject
    CatalogSearch catalog;

    @Inject
    Stock stock;

    @Inject
    CustomerProfiles customers;

    @Inject
    OrderRepository orders;

    @Inject
    DeliveryQuoteService delivery;

    @Inject
    OrderQueries queries;

    @Inject
    DeliveryCalendar calendar;

    @Inject
    OrderReferences references;

    @Inject
    WalletService wallets;

    @Inject
    Confirmations confirmations;

    @Inject
    Event<OrderStatusChanged> statusChanges;

    @Inject
    Clock clock;

    @Inject
    // The default is in META-INF/microprofile-config.properties only: one home for the limit.
    @ConfigProperty(name = "checkout.pay-on-delivery.limit")
    BigDecimal payOnDeliveryLimit;

    /**
     * Where the order goes and how it is paid; validated at the boundary. {@code confirmationId}: the customer's
     * confirmation of the quote, needed when a responder places the order for them ({@link Confirmations}).
     */
    public record Request(String state, String city, String address, String paymentMethod, String idempotencyKey,
                          String confirmationId) {
    }

    /** What checking out the cart would cost now, without placing anything. */
    public record Quote(List<QuoteLine> lines, BigDecimal subtotal, String tierCode, BigDecimal discountRate,
                        BigDecimal discount, String stateName, BigDecimal deliveryFee, int workingDays,
                        LocalDate expectedDelivery, BigDecimal total) {
    }

    public record QuoteLine(String sku, String name, int quantity, BigDecimal unitPrice, BigDecimal lineTotal) {
    }

    /** The placed order, and whether this call placed it or an earlier call with the same key did. */
    public record Placed(CustomerOrder order, Payment payment, boolean replayed) {
    }

    /** The largest total that may be paid on delivery. */
    public BigDecimal payOnDeliveryLimit() {
        return payOnDeliveryLimit;
    }

    /**
     * Pay on delivery only up to the limit, at checkout and when an order changes.
     *
     * @throws ProblemException 409 pay-on-delivery-limit when the method is pay on delivery and the total is over
     */
    public void requireWithinPayOnDeliveryLimit(PaymentMethod method, BigDecimal total) {
        if (method.getCode().equals(PaymentMethod.PAY_ON_DELIVERY) && total.compareTo(payOnDeliveryLimit) > 0) {
            throw ProblemException.conflict("pay-on-delivery-limit", method.getName() + " is for orders up to "
                    + Naira.format(payOnDeliveryLimit) + "; this one is " + Naira.format(total)
                    + ". Choose " + paymentMethodNameInText(PaymentMethod.BANK_TRANSFER) + ", "
                    + paymentMethodNameInText(PaymentMethod.CARD) + " or "
                    + paymentMethodNameInText(PaymentMethod.RAQIBTECHPAY) + ".");
        }
    }

    /**
     * An enabled payment method by its code as people write it.
     *
     * @throws ProblemException 400 unknown-payment-method
     */
    public PaymentMethod requirePaymentMethod(String code) {
        return orders.paymentMethod(code == null ? "" : code.trim().toLowerCase(java.util.Locale.ROOT))
                .filter(PaymentMethod::isEnabled)
                .orElseThrow(() -> ProblemException.badRequest("unknown-payment-method", "Pay with one of "
                        + "pay_on_delivery, bank_transfer, card or raqibtechpay."));
    }

    /** The name customers see for a payment method code ("RaqibTechPay" for raqibtechpay). */
    public String paymentMethodName(String code) {
        return orders.paymentMethod(code).map(PaymentMethod::getName).orElse(code);
    }

    /** The same name as it reads inside a sentence ("pay on delivery", "RaqibTechPay"). */
    public String paymentMethodNameInText(String code) {
        return PaymentMethod.nameInText(paymentMethodName(code));
    }

    public Quote quote(long customerId, String stateName) {
        CustomerSummary customer = customers.summary(customerId).orElseThrow();
        List<CartService.CheckoutLine> cart = carts.checkoutLines(customerId);
        if (cart.isEmpty()) {
            throw emptyCart();
        }
        Map<Long, ProductDetails> byId = new HashMap<>();
        catalog.byIds(cart.stream().map(CartService.CheckoutLine::productId).toList())
                .forEach(product -> byId.put(product.id(), product));
        return price(customer, cart, byId, delivery.quote(stateName), Lagos.dateOf(clock.instant()));
    }

    /**
     * Places the order.
     *
     * @throws ProblemException 409 for an empty cart, short stock, a short wallet or a pay-on-delivery total over
     *                          the limit; 400 for an unknown state or payment method. Nothing is written then.
     */
    @Transactional
    public Placed checkout(Actor actor, Request request) {
        long customerId = actor.requireCustomer();
        String key = request.idempotencyKey() == null ? null : customerId + ":" + request.idempotencyKey();
        // The cart's row lock serialises a customer's checkouts: a retry sent while the first attempt is still
        // running waits here, then finds that attempt's order under the same key.
        List<CartService.CheckoutLine> cart = carts.lockForCheckout(customerId);
        if (key != null) {
            Optional<CustomerOrder> earlier = orders.findByIdempotencyKey(key);
            if (earlier.isPresent()) {
                return new Placed(earlier.get(), orders.paymentOf(earlier.get().getId()).orElseThrow(), true);
            }
        }
        CustomerSummary customer = customers.summary(customerId).orElseThrow();
        DeliveryQuote destination = delivery.quote(request.state());
        PaymentMethod method = requirePaymentMethod(request.paymentMethod());
        if (cart.isEmpty()) {
            throw emptyCart();
        }
        Instant now = clock.instant();
        Map<Long, ProductDetails> locked = stock.lock(cart.stream().map(CartService.CheckoutLine::productId)
                .toList());
        for (CartService.CheckoutLine line : cart) {
            ProductDetails product = locked.get(line.productId());
            if (product == null || !product.active()) {
                throw ProblemException.conflict("product-unavailable", "A product in your cart is no longer sold; "
                        + "remove it and try again.");
            }
            if (line.quantity() > product.stock()) {
                throw ProblemException.conflict("insufficient-stock", product.stock() == 0
                        ? product.name() + " has just sold out; remove it from your cart to continue."
                        : "Only " + product.stock() + " of " + product.name() + " left; change the quantity "
                        + "in your cart to continue.");
            }
        }
        Quote quote = price(customer, cart, locked, destination, Lagos.dateOf(now));
        requireWithinPayOnDeliveryLimit(method, quote.total());

        confirmations.redeem(actor, request.confirmationId(),
                Confirmations.Subject.placeOrder(destination.stateName(), method.getCode(), quote.total()));

        String reference = references.next(Lagos.dateOf(now));
        CustomerOrder order = new CustomerOrder(reference, customerId, customer.tierCode(), quote.discountRate(),
                method, destination.stateCode(), request.city().trim(), request.address().trim(),
                quote.expectedDelivery(), key, now, customer.email());
        for (CartService.CheckoutLine line : cart) {
            ProductDetails product = locked.get(line.productId());
            order.addItem(product.id(), product.sku(), product.name(), product.price(), line.quantity());
            stock.take(product.id(), line.quantity(), now);
        }
        order.price(quote.discount(), quote.deliveryFee());
        orders.save(order);
        orders.flush(); // the order id, for the payment and the wallet ledger

        Payment payment = new Payment(order, method, order.getTotal(),
                method.getCode().equals(PaymentMethod.BANK_TRANSFER) ? reference : null, now);
        switch (method.getCode()) {
            case PaymentMethod.RAQIBTECHPAY -> {
                wallets.debitForOrder(customerId, order.getTotal(), order.getId(), reference, customer.email());
                payment.confirm(now, "raqibtechpay");
                order.recordPaymentStatus(PaymentStatus.PAID, now);
                order.recordStatus(OrderStatus.CONFIRMED, now, "system", "Paid from " + method.getName()
                        + " wallet");
            }
            case PaymentMethod.PAY_ON_DELIVERY -> order.recordStatus(OrderStatus.CONFIRMED, now, "system",
                    method.getName() + ": the rider collects " + Naira.format(order.getTotal()));
            default -> {
                // Bank transfers and cards wait for staff (later: the gateway) to confirm the money arrived.
            }
        }
        orders.savePayment(payment);
        carts.emptyAfterCheckout(customerId);
        statusChanges.fire(new OrderStatusChanged(order.getId(), reference, customerId, null, order.getStatus()));
        return new Placed(order, payment, false);
    }

    /** Places the order and answers it as a read model (for chat and other capabilities). */
    @Transactional
    public OrderSummary placeOrder(Actor actor, Request request) {
        return queries.summarise(checkout(actor, request).order());
    }

    private Quote price(CustomerSummary customer, List<CartService.CheckoutLine> cart, Map<Long, ProductDetails> byId,
                        DeliveryQuote destination, LocalDate today) {
        List<QuoteLine> lines = cart.stream()
                .sorted(Comparator.comparing(CartService.CheckoutLine::productId))
                .map(line -> {
                    ProductDetails product = byId.get(line.productId());
                    return new QuoteLine(product.sku(), product.name(), line.quantity(), product.price(),
                            Naira.of(product.price().multiply(BigDecimal.valueOf(line.quantity()))));
                }).toList();
        BigDecimal subtotal = Naira.of(lines.stream().map(QuoteLine::lineTotal).reduce(BigDecimal.ZERO,
                BigDecimal::add));
        BigDecimal rate = customer.discountRate();
        BigDecimal discount = Tiers.discount(subtotal, rate);
        BigDecimal fee = Naira.of(destination.fee());
        int days = destination.workingDays();
        return new Quote(lines, subtotal, customer.tierCode(), rate, discount, destination.stateName(), fee, days,
                calendar.expectedDelivery(today, days), Naira.of(subtotal.subtract(discount).add(fee)));
    }

    private static ProblemException emptyCart() {
        return ProblemException.conflict("empty-cart", "Your cart is empty: add something first.");
    }
}
