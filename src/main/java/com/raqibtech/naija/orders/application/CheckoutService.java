package com.raqibtech.naija.orders.application;

import com.raqibtech.naija.cart.application.CartOwner;
import com.raqibtech.naija.cart.application.CartService;
import com.raqibtech.naija.cart.domain.Cart;
import com.raqibtech.naija.cart.domain.CartItem;
import com.raqibtech.naija.cart.domain.CartRepository;
import com.raqibtech.naija.catalog.domain.Product;
import com.raqibtech.naija.catalog.domain.ProductRepository;
import com.raqibtech.naija.customers.application.Tiers;
import com.raqibtech.naija.customers.domain.Customer;
import com.raqibtech.naija.customers.domain.CustomerRepository;
import com.raqibtech.naija.delivery.application.DeliveryCalendar;
import com.raqibtech.naija.delivery.application.StateDirectory;
import com.raqibtech.naija.delivery.domain.State;
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
    CartRepository carts;

    @Inject
    CartService cartService;

    @Inject
    ProductRepository products;

    @Inject
    CustomerRepository customers;

    @Inject
    OrderRepository orders;

    @Inject
    StateDirectory states;

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

        /** The order as other capabilities see it. */
        public OrderSummary summary() {
            return OrderSummary.of(order);
        }
    }

    /** The largest total that may be paid on delivery. */
    public BigDecimal payOnDeliveryLimit() {
        return payOnDeliveryLimit;
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
        Customer customer = customers.find(customerId).orElseThrow();
        Cart cart = carts.findForCustomer(customerId).filter(found -> !found.getItems().isEmpty())
                .orElseThrow(CheckoutService::emptyCart);
        Map<Long, Product> byId = new HashMap<>();
        products.findByIds(cart.getItems().stream().map(CartItem::getProductId).toList())
                .forEach(product -> byId.put(product.getId(), product));
        return price(customer, cart, byId, states.require(stateName), Lagos.dateOf(clock.instant()));
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
        Optional<Cart> lockedCart = carts.lockForCustomer(customerId);
        if (key != null) {
            Optional<CustomerOrder> earlier = orders.findByIdempotencyKey(key);
            if (earlier.isPresent()) {
                return new Placed(earlier.get(), orders.paymentOf(earlier.get().getId()).orElseThrow(), true);
            }
        }
        Customer customer = customers.find(customerId).orElseThrow();
        State state = states.require(request.state());
        PaymentMethod method = orders.paymentMethod(request.paymentMethod() == null ? ""
                        : request.paymentMethod().trim().toLowerCase(java.util.Locale.ROOT))
                .filter(PaymentMethod::isEnabled)
                .orElseThrow(() -> ProblemException.badRequest("unknown-payment-method", "Pay with one of "
                        + "pay_on_delivery, bank_transfer, card or raqibtechpay."));
        Cart cart = lockedCart.filter(found -> !found.getItems().isEmpty()).orElseThrow(CheckoutService::emptyCart);
        Instant now = clock.instant();
        Map<Long, Product> locked = new HashMap<>();
        products.lockInIdOrder(cart.getItems().stream().map(CartItem::getProductId).sorted().toList())
                .forEach(product -> locked.put(product.getId(), product));
        for (CartItem item : cart.getItems()) {
            Product product = locked.get(item.getProductId());
            if (product == null || !product.isActive()) {
                throw ProblemException.conflict("product-unavailable", "A product in your cart is no longer sold; "
                        + "remove it and try again.");
            }
            if (item.getQuantity() > product.getStock()) {
                throw ProblemException.conflict("insufficient-stock", product.getStock() == 0
                        ? product.getName() + " has just sold out; remove it from your cart to continue."
                        : "Only " + product.getStock() + " of " + product.getName() + " left; change the quantity "
                        + "in your cart to continue.");
            }
        }
        Quote quote = price(customer, cart, locked, state, Lagos.dateOf(now));
        if (method.getCode().equals(PaymentMethod.PAY_ON_DELIVERY) && quote.total().compareTo(payOnDeliveryLimit) > 0) {
            throw ProblemException.conflict("pay-on-delivery-limit", method.getName() + " is for orders up to "
                    + Naira.format(payOnDeliveryLimit) + "; this one is " + Naira.format(quote.total())
                    + ". Choose " + paymentMethodNameInText(PaymentMethod.BANK_TRANSFER) + ", "
                    + paymentMethodNameInText(PaymentMethod.CARD) + " or "
                    + paymentMethodNameInText(PaymentMethod.RAQIBTECHPAY) + ".");
        }

        confirmations.redeem(actor, request.confirmationId(),
                Confirmations.Subject.placeOrder(state.getName(), method.getCode(), quote.total()));

        String reference = references.next(Lagos.dateOf(now));
        CustomerOrder order = new CustomerOrder(reference, customer, method, state, request.city().trim(),
                request.address().trim(), quote.expectedDelivery(), key, now, customer.getEmail());
        for (CartItem item : cart.getItems()) {
            Product product = locked.get(item.getProductId());
            order.addItem(product.getId(), product.getSku(), product.getName(), product.getPrice(), item.getQuantity());
            product.takeFromStock(item.getQuantity(), now);
        }
        order.price(quote.discount(), quote.deliveryFee());
        orders.save(order);
        orders.flush(); // the order id, for the payment and the wallet ledger

        Payment payment = new Payment(order, method, order.getTotal(),
                method.getCode().equals(PaymentMethod.BANK_TRANSFER) ? reference : null, now);
        switch (method.getCode()) {
            case PaymentMethod.RAQIBTECHPAY -> {
                wallets.debitForOrder(customerId, order.getTotal(), order.getId(), reference, customer.getEmail());
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
        cartService.emptyLocked(CartOwner.customer(customerId), cart);
        statusChanges.fire(new OrderStatusChanged(order.getId(), reference, customerId, null, order.getStatus()));
        return new Placed(order, payment, false);
    }

    /** Places the order and answers it as a read model (for chat and other capabilities). */
    @Transactional
    public OrderSummary placeOrder(Actor actor, Request request) {
        return checkout(actor, request).summary();
    }

    private Quote price(Customer customer, Cart cart, Map<Long, Product> byId, State state, LocalDate today) {
        List<QuoteLine> lines = cart.getItems().stream()
                .sorted(Comparator.comparing(CartItem::getProductId))
                .map(item -> {
                    Product product = byId.get(item.getProductId());
                    return new QuoteLine(product.getSku(), product.getName(), item.getQuantity(), product.getPrice(),
                            Naira.of(product.getPrice().multiply(BigDecimal.valueOf(item.getQuantity()))));
                }).toList();
        BigDecimal subtotal = Naira.of(lines.stream().map(QuoteLine::lineTotal).reduce(BigDecimal.ZERO,
                BigDecimal::add));
        BigDecimal rate = customer.getTier().getDiscountRate();
        BigDecimal discount = Tiers.discount(subtotal, rate);
        BigDecimal fee = Naira.of(state.getDeliveryZone().getFee());
        int days = state.getDeliveryZone().getDeliveryDays();
        return new Quote(lines, subtotal, customer.getTier().getCode(), rate, discount, state.getName(), fee, days,
                calendar.expectedDelivery(today, days), Naira.of(subtotal.subtract(discount).add(fee)));
    }

    private static ProblemException emptyCart() {
        return ProblemException.conflict("empty-cart", "Your cart is empty: add something first.");
    }
}
