package com.raqibtech.naija.orders.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.raqibtech.naija.catalog.application.CatalogSearch;
import com.raqibtech.naija.catalog.application.ProductDetails;
import com.raqibtech.naija.catalog.application.Stock;
import com.raqibtech.naija.customers.application.CustomerProfiles;
import com.raqibtech.naija.customers.application.CustomerSummary;
import com.raqibtech.naija.delivery.application.DeliveryCalendar;
import com.raqibtech.naija.delivery.application.DeliveryQuote;
import com.raqibtech.naija.delivery.application.DeliveryQuoteService;
import com.raqibtech.naija.delivery.application.StateDirectory;
import com.raqibtech.naija.delivery.application.WorkingCalendar;
import com.raqibtech.naija.identity.application.AuditLog;
import com.raqibtech.naija.orders.domain.CustomerOrder;
import com.raqibtech.naija.orders.domain.OrderItem;
import com.raqibtech.naija.orders.domain.OrderRepository;
import com.raqibtech.naija.orders.domain.OrderStatus;
import com.raqibtech.naija.orders.domain.OrderStatusChange;
import com.raqibtech.naija.orders.domain.Payment;
import com.raqibtech.naija.orders.domain.PaymentMethod;
import com.raqibtech.naija.orders.domain.PaymentStatus;
import com.raqibtech.naija.shared.access.Actor;
import com.raqibtech.naija.shared.access.Channel;
import com.raqibtech.naija.shared.access.Role;
import com.raqibtech.naija.shared.error.ProblemException;
import com.raqibtech.naija.shared.kv.InMemoryKeyValueStore;
import com.raqibtech.naija.wallet.application.WalletService;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The order changes without a server: the real {@link OrderChanges}, {@link OrderLifecycle}, {@link OrderQueries},
 * {@link CheckoutService} rules and {@link Confirmations}, over in-memory stand-ins for orders, stock, the wallet,
 * delivery quotes and the audit log. Money is asserted to the kobo. The same changes run over HTTP on PostgreSQL in
 * {@code OrderChangesIT}.
 */
class OrderChangesTest {

    private static final long ADA = 11;
    private static final long BOLA = 12;
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z"); // a Wednesday

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final Orders orders = new Orders();
    private final Shelf stock = new Shelf();
    private final Catalogue catalogue = new Catalogue();
    private final Wallets wallets = new Wallets();
    private final Profiles customers = new Profiles();
    private final Audit audit = new Audit();
    private final Fired fired = new Fired();
    private final Confirmations confirmations = new Confirmations();
    private final OrderChanges changes = new OrderChanges();
    private final OrderLifecycle lifecycle = new OrderLifecycle();
    private final OrderQueries queries = new OrderQueries();
    private final Map<String, PaymentMethod> methods = new LinkedHashMap<>();
    private long nextOrderId = 100;

    private final Actor ada = Actor.customer(ADA, 1, "ada@naija.test", "Ada", Channel.WEB, "127.0.0.1");
    private final Actor bola = Actor.customer(BOLA, 2, "bola@naija.test", "Bola", Channel.WEB, "127.0.0.1");
    private final Actor agent = Actor.staff(9, "agent@naija.test", "Agent", Set.of(Role.SUPPORT_AGENT),
            "127.0.0.1");

    @BeforeEach
    void wire() {
        for (String[] method : new String[][]{{PaymentMethod.PAY_ON_DELIVERY, "Pay on delivery", "false"},
            {PaymentMethod.BANK_TRANSFER, "Bank transfer", "true"}, {PaymentMethod.CARD, "Card", "true"},
            {PaymentMethod.RAQIBTECHPAY, "RaqibTechPay", "true"}}) {
            methods.put(method[0], method(method[0], method[1], Boolean.parseBoolean(method[2])));
        }
        CheckoutService checkout = new CheckoutService();
        checkout.orders = orders;
        checkout.payOnDeliveryLimit = new BigDecimal("500000.00");
        confirmations.store = new InMemoryKeyValueStore(clock);
        queries.orders = orders;
        queries.audit = audit;
        queries.customers = customers;
        queries.states = new States();
        queries.store = new InMemoryKeyValueStore(clock);

        changes.orders = orders;
        changes.queries = queries;
        changes.checkout = checkout;
        changes.delivery = new Quotes();
        changes.calendar = new Calendar();
        changes.states = new States();
        changes.catalog = catalogue;
        changes.stock = stock;
        changes.wallets = wallets;
        changes.customers = customers;
        changes.confirmations = confirmations;
        changes.audit = audit;
        changes.statusChanges = fired;
        changes.clock = clock;

        lifecycle.orders = orders;
        lifecycle.customers = customers;
        lifecycle.stock = stock;
        lifecycle.queries = queries;
        lifecycle.wallets = wallets;
        lifecycle.confirmations = confirmations;
        lifecycle.statusChanges = fired;
        lifecycle.clock = clock;

        product(1, "PHN-TEC-S20-128-BLK", "Tecno Spark 20 128GB Black", "Tecno", "Phones", "95000.00", 5);
        product(2, "PHN-TEC-S20-256-BLU", "Tecno Spark 20 256GB Blue", "Tecno", "Phones", "120000.00", 3);
        product(3, "PHN-TEC-S20-64-WHT", "Tecno Spark 20 64GB White", "Tecno", "Phones", "80000.00", 1);
        product(4, "PHN-SAM-A15-128", "Samsung Galaxy A15 128GB", "Samsung", "Phones", "150000.00", 4);
        product(5, "ACC-ORA-PB-20K", "Oraimo Power Bank 20000mAh", "Oraimo", "Accessories", "18500.00", 10);
    }

    // Delivery address -------------------------------------------------------------------------------------------

    @Test
    void aNewStateRequotesTheFeeAndThePaidOrderSettlesThroughTheWallet() {
        // Silver (2 %): 95,000 + 18,500 = 113,500 − 2,270 + 2,500 (Lagos) = 113,730, paid from the wallet.
        CustomerOrder order = paidOrder("RQB2026112500000001", ADA, "0.0200", "2500.00", line(1, 1), line(5, 1));
        assertEquals(new BigDecimal("113730.00"), order.getTotal());
        wallets.balances.put(ADA, new BigDecimal("1200.00"));

        OrderChanges.Preview preview = changes.previewDeliveryAddress(ada, order.getReference(), "kano", " Sabon Gari ",
                "4 Bello Road");
        assertEquals(new BigDecimal("114930.00"), preview.totalAfter(), "Kano costs 3,700: 1,200 more");
        assertEquals(new BigDecimal("1200.00"), preview.fromWallet());
        assertEquals(LocalDate.of(2026, 11, 30), preview.expectedDelivery(), "3 working days from Wednesday");
        assertEquals(Confirmations.Subject.changeDeliveryAddress(order.getReference(), "Kano", "Sabon Gari",
                "4 Bello Road", new BigDecimal("114930.00")), preview.subject());

        changes.changeDeliveryAddress(ada, order.getReference(), "kano", " Sabon Gari ", "4 Bello Road");
        assertEquals("KN", order.getDeliveryStateCode());
        assertEquals("Sabon Gari", order.getDeliveryCity());
        assertEquals(new BigDecimal("3700.00"), order.getDeliveryFee());
        assertEquals(new BigDecimal("2270.00"), order.getDiscount(), "the items' discount is as sold");
        assertEquals(new BigDecimal("114930.00"), order.getTotal());
        assertEquals(LocalDate.of(2026, 11, 30), order.getExpectedDeliveryDate());
        assertEquals(new BigDecimal("-1200.00"), wallets.moves.get(0).amount());
        assertTrue(wallets.moves.get(0).note().contains(order.getReference()), wallets.moves.get(0).note());
        assertEquals(new BigDecimal("0.00"), wallets.balances.get(ADA).setScale(2));
        OrderStatusChange step = last(order);
        assertEquals(OrderStatusChange.Kind.ADDRESS_CHANGED, step.getKind());
        assertEquals(OrderStatus.CONFIRMED, step.getFromStatus());
        assertEquals(OrderStatus.CONFIRMED, step.getToStatus(), "the status stays");
        assertTrue(step.getNote().contains("4 Bello Road, Sabon Gari, Kano"), step.getNote());
        assertTrue(step.getNote().contains("₦1,200.00 paid from the RaqibTechPay wallet"), step.getNote());
        assertEquals(AuditLog.Action.ORDER_ADDRESS_CHANGED, audit.actions.get(audit.actions.size() - 1));
        assertTrue(fired.events.isEmpty(), "no status news");

        // Back to a cheaper state: the difference comes back.
        changes.changeDeliveryAddress(ada, order.getReference(), "Lagos", "Ikeja", "12 Allen Avenue");
        assertEquals(new BigDecimal("113730.00"), order.getTotal());
        assertEquals(new BigDecimal("1200.00"), wallets.moves.get(1).amount());
        assertEquals(new BigDecimal("1200.00"), wallets.balances.get(ADA).setScale(2));
    }

    @Test
    void aHigherFeeTheWalletCannotCoverIsRefusedWithTheDifferenceAndChangesNothing() {
        CustomerOrder order = paidOrder("RQB2026112500000002", ADA, "0.0000", "2500.00", line(5, 1));
        wallets.balances.put(ADA, new BigDecimal("500.00"));
        ProblemException refused = assertThrows(ProblemException.class, () -> changes.changeDeliveryAddress(ada,
                order.getReference(), "Kano", "Kano", "1 Zoo Road"));
        assertEquals(409, refused.status().getStatusCode());
        assertTrue(refused.getMessage().contains("₦1,200.00 more"), refused.getMessage());
        assertTrue(refused.getMessage().contains("at least ₦700.00"), refused.getMessage());
        assertEquals("LA", order.getDeliveryStateCode());
        assertEquals(new BigDecimal("21000.00"), order.getTotal());
        assertTrue(wallets.moves.isEmpty());
        assertEquals(2, order.getHistory().size(), "placed, confirmed: nothing more");
    }

    @Test
    void theAddressOfAShippedOrderStays() {
        CustomerOrder order = paidOrder("RQB2026112500000003", ADA, "0.0000", "2500.00", line(5, 1));
        order.recordStatus(OrderStatus.PROCESSING, NOW, "agent", null);
        order.recordStatus(OrderStatus.SHIPPED, NOW, "agent", null);
        ProblemException refused = assertThrows(ProblemException.class, () -> changes.changeDeliveryAddress(ada,
                order.getReference(), "Ogun", "Abeokuta", "3 Lantoro Road"));
        assertEquals(409, refused.status().getStatusCode());
        assertTrue(refused.getMessage().contains("shipped"), refused.getMessage());
    }

    @Test
    void anUnpaidOrderAwaitsTheNewTotalAndPayOnDeliveryKeepsItsLimit() {
        CustomerOrder transfer = unpaidOrder("RQB2026112500000004", ADA, PaymentMethod.BANK_TRANSFER, "2500.00",
                line(4, 1));
        changes.changeDeliveryAddress(ada, transfer.getReference(), "Ogun", "Abeokuta", "3 Lantoro Road");
        assertEquals(new BigDecimal("153700.00"), transfer.getTotal());
        assertEquals(new BigDecimal("153700.00"), orders.paymentOf(transfer.getId()).orElseThrow().getAmount(),
                "the transfer awaited is for the new total");
        assertTrue(wallets.moves.isEmpty(), "nothing paid, nothing to settle");
        assertTrue(last(transfer).getNote().endsWith("total now ₦153,700.00"), last(transfer).getNote());

        // 4 × 124,375 = 497,500 + 2,500 = 500,000: exactly the limit in Lagos, over it anywhere dearer.
        product(6, "TV-HIS-55", "Hisense 55in TV", "Hisense", "TVs", "124375.00", 10);
        CustomerOrder cash = unpaidOrder("RQB2026112500000005", ADA, PaymentMethod.PAY_ON_DELIVERY, "2500.00",
                line(6, 4));
        assertEquals(new BigDecimal("500000.00"), cash.getTotal());
        ProblemException overLimit = assertThrows(ProblemException.class, () -> changes.changeDeliveryAddress(ada,
                cash.getReference(), "Kano", "Kano", "1 Zoo Road"));
        assertEquals(409, overLimit.status().getStatusCode());
        assertEquals("pay-on-delivery-limit", overLimit.type());
    }

    @Test
    void anotherCustomersOrderIsNotFoundAndStaffMayChangeAny() {
        CustomerOrder order = paidOrder("RQB2026112500000006", ADA, "0.0000", "2500.00", line(5, 1));
        ProblemException hidden = assertThrows(ProblemException.class, () -> changes.changeDeliveryAddress(bola,
                order.getReference(), "Lagos", "Yaba", "1 Herbert Macaulay Way"));
        assertEquals(404, hidden.status().getStatusCode());
        assertEquals(404, assertThrows(ProblemException.class, () -> changes.previewItemQuantity(bola,
                order.getReference(), "ACC-ORA-PB-20K", 2)).status().getStatusCode());
        changes.changeDeliveryAddress(agent, order.getReference(), "Lagos", "Yaba", "1 Herbert Macaulay Way");
        assertEquals("Yaba", order.getDeliveryCity());
        assertEquals("agent@naija.test", last(order).getActor());
        assertEquals(400, assertThrows(ProblemException.class, () -> changes.changeDeliveryAddress(ada,
                order.getReference(), "Wakanda", "Yaba", "1 Herbert Macaulay Way")).status().getStatusCode());
        assertEquals(400, assertThrows(ProblemException.class, () -> changes.changeDeliveryAddress(ada,
                order.getReference(), "Lagos", " ", "1 Herbert Macaulay Way")).status().getStatusCode());
    }

    // Payment method ---------------------------------------------------------------------------------------------

    @Test
    void aPendingTransferPaidFromTheWalletInsteadIsConfirmed() {
        CustomerOrder order = unpaidOrder("RQB2026112500000010", ADA, PaymentMethod.BANK_TRANSFER, "2500.00",
                line(5, 2));
        assertEquals(new BigDecimal("39500.00"), order.getTotal());
        wallets.balances.put(ADA, new BigDecimal("39000.00"));
        ProblemException shortWallet = assertThrows(ProblemException.class, () -> changes.changePaymentMethod(ada,
                order.getReference(), "raqibtechpay"));
        assertEquals(409, shortWallet.status().getStatusCode());
        assertTrue(shortWallet.getMessage().contains("₦500.00 more"), shortWallet.getMessage());

        wallets.balances.put(ADA, new BigDecimal("40000.00"));
        changes.changePaymentMethod(ada, order.getReference(), " RaqibTechPay ");
        assertEquals(PaymentMethod.RAQIBTECHPAY, order.getPaymentMethod().getCode());
        assertEquals(PaymentStatus.PAID, order.getPaymentStatus());
        assertEquals(OrderStatus.CONFIRMED, order.getStatus());
        assertEquals(new BigDecimal("500.00"), wallets.balances.get(ADA).setScale(2));
        List<Payment> payments = orders.payments.get(order.getId());
        assertEquals(Payment.Status.FAILED, payments.get(0).getStatus(), "the transfer is no longer awaited");
        assertEquals(Payment.Status.CONFIRMED, payments.get(1).getStatus());
        assertEquals(OrderStatusChange.Kind.PAYMENT_METHOD_CHANGED, last(order).getKind());
        assertEquals(OrderStatus.PENDING, last(order).getFromStatus());
        assertEquals(1, fired.events.size());
        assertEquals(OrderStatus.CONFIRMED, fired.events.get(0).to());

        ProblemException paid = assertThrows(ProblemException.class, () -> changes.changePaymentMethod(ada,
                order.getReference(), "pay_on_delivery"));
        assertEquals("already-paid", paid.type());
        changes.changePaymentMethod(ada, order.getReference(), "raqibtechpay"); // the same again changes nothing
        assertEquals(new BigDecimal("500.00"), wallets.balances.get(ADA).setScale(2));
    }

    @Test
    void payOnDeliveryConfirmsUpToItsLimitAndAConfirmedOrderMayStillSwitchToATransfer() {
        CustomerOrder order = unpaidOrder("RQB2026112500000011", ADA, PaymentMethod.CARD, "2500.00", line(4, 1));
        changes.changePaymentMethod(ada, order.getReference(), "pay_on_delivery");
        assertEquals(OrderStatus.CONFIRMED, order.getStatus());
        assertEquals(PaymentStatus.AWAITING_PAYMENT, order.getPaymentStatus());
        assertEquals(PaymentMethod.PAY_ON_DELIVERY, orders.paymentOf(order.getId()).orElseThrow().getMethod()
                .getCode());
        assertTrue(last(order).getNote().contains("the rider collects ₦152,500.00"), last(order).getNote());
        changes.changePaymentMethod(ada, order.getReference(), "bank_transfer");
        assertEquals(OrderStatus.PENDING, order.getStatus(), "waiting for the transfer again");
        assertEquals(PaymentMethod.BANK_TRANSFER, orders.paymentOf(order.getId()).orElseThrow().getMethod()
                .getCode());
        assertEquals(400, assertThrows(ProblemException.class, () -> changes.changePaymentMethod(ada,
                order.getReference(), "bitcoin")).status().getStatusCode());

        CustomerOrder dear = unpaidOrder("RQB2026112500000012", ADA, PaymentMethod.BANK_TRANSFER, "2500.00",
                line(4, 4));
        assertEquals("pay-on-delivery-limit", assertThrows(ProblemException.class, () -> changes
                .changePaymentMethod(ada, dear.getReference(), "pay_on_delivery")).type());
        changes.changePaymentMethod(ada, dear.getReference(), "card");
        assertEquals(OrderStatus.PENDING, dear.getStatus(), "a card payment is still awaited");
        assertEquals(PaymentMethod.CARD, orders.paymentOf(dear.getId()).orElseThrow().getMethod().getCode());
    }

    // Items ------------------------------------------------------------------------------------------------------

    @Test
    void moreOfAnItemIsReservedAndChargedAtTheDiscountRateItWasSoldAt() {
        // Gold (5 %): 2 × 18,500 + 95,000 = 132,000 − 6,600 + 2,500 = 127,900.
        CustomerOrder order = paidOrder("RQB2026112500000020", ADA, "0.0500", "2500.00", line(5, 2), line(1, 1));
        assertEquals(new BigDecimal("127900.00"), order.getTotal());
        wallets.balances.put(ADA, new BigDecimal("100000.00"));

        OrderChanges.Preview preview = changes.previewItemQuantity(ada, order.getReference(), "acc-ora-pb-20k", 5);
        // 5 × 18,500 + 95,000 = 187,500 − 9,375 + 2,500 = 180,625: 52,725 more.
        assertEquals(new BigDecimal("180625.00"), preview.totalAfter());
        assertEquals(new BigDecimal("52725.00"), preview.fromWallet());
        assertEquals(10, stock.left(5), "a preview reserves nothing");

        changes.changeItemQuantity(ada, order.getReference(), "acc-ora-pb-20k", 5);
        OrderItem line = order.item("ACC-ORA-PB-20K").orElseThrow();
        assertEquals(5, line.getQuantity());
        assertEquals(new BigDecimal("92500.00"), line.getLineTotal());
        assertEquals(new BigDecimal("187500.00"), order.getSubtotal());
        assertEquals(new BigDecimal("9375.00"), order.getDiscount());
        assertEquals(new BigDecimal("2500.00"), order.getDeliveryFee());
        assertEquals(new BigDecimal("180625.00"), order.getTotal());
        assertEquals(7, stock.left(5), "3 more reserved");
        assertEquals(new BigDecimal("47275.00"), wallets.balances.get(ADA).setScale(2));
        assertEquals(OrderStatusChange.Kind.ITEM_QUANTITY_CHANGED, last(order).getKind());
        assertTrue(last(order).getNote().contains("quantity 2 → 5"), last(order).getNote());

        // Fewer: the difference back, the stock back.
        changes.changeItemQuantity(ada, order.getReference(), "ACC-ORA-PB-20K", 1);
        assertEquals(new BigDecimal("113500.00"), order.getSubtotal());
        assertEquals(new BigDecimal("5675.00"), order.getDiscount());
        assertEquals(new BigDecimal("110325.00"), order.getTotal());
        assertEquals(11, stock.left(5));
        assertEquals(new BigDecimal("117575.00"), wallets.balances.get(ADA).setScale(2), "47,275 + 70,300");
    }

    @Test
    void quantitiesBeyondStockOrRangeOrOfUnknownItemsAreRefused() {
        CustomerOrder order = paidOrder("RQB2026112500000021", ADA, "0.0000", "2500.00", line(2, 1), line(5, 1));
        wallets.balances.put(ADA, new BigDecimal("10000000.00"));
        ProblemException tooMany = assertThrows(ProblemException.class, () -> changes.changeItemQuantity(ada,
                order.getReference(), "PHN-TEC-S20-256-BLU", 5));
        assertEquals(409, tooMany.status().getStatusCode());
        assertTrue(tooMany.getMessage().contains("Only 3 more") && tooMany.getMessage().contains("at most 4"),
                tooMany.getMessage());
        assertEquals(400, assertThrows(ProblemException.class, () -> changes.changeItemQuantity(ada,
                order.getReference(), "PHN-TEC-S20-256-BLU", 0)).status().getStatusCode());
        assertEquals(400, assertThrows(ProblemException.class, () -> changes.changeItemQuantity(ada,
                order.getReference(), "PHN-TEC-S20-256-BLU", OrderChanges.MAX_QUANTITY + 1)).status()
                .getStatusCode());
        ProblemException unknown = assertThrows(ProblemException.class, () -> changes.changeItemQuantity(ada,
                order.getReference(), "NOPE-1", 2));
        assertEquals(404, unknown.status().getStatusCode());
        assertEquals("no-such-item", unknown.type());
        assertEquals(3, stock.left(2));
        assertTrue(wallets.moves.isEmpty());
    }

    @Test
    void removingAnItemRefundsAndRestocksButTheLastItemIsForCancelling() {
        CustomerOrder order = paidOrder("RQB2026112500000022", ADA, "0.0200", "3700.00", line(1, 1), line(5, 2));
        // 95,000 + 37,000 = 132,000 − 2,640 + 3,700 = 133,060.
        assertEquals(new BigDecimal("133060.00"), order.getTotal());
        changes.removeItem(ada, order.getReference(), "ACC-ORA-PB-20K");
        assertEquals(1, order.getItems().size());
        assertEquals(new BigDecimal("95000.00"), order.getSubtotal());
        assertEquals(new BigDecimal("1900.00"), order.getDiscount());
        assertEquals(new BigDecimal("96800.00"), order.getTotal());
        assertEquals(new BigDecimal("36260.00"), wallets.moves.get(0).amount());
        assertEquals(12, stock.left(5));
        assertEquals(OrderStatusChange.Kind.ITEM_REMOVED, last(order).getKind());

        ProblemException last = assertThrows(ProblemException.class, () -> changes.removeItem(ada,
                order.getReference(), "PHN-TEC-S20-128-BLK"));
        assertEquals("last-item", last.type());
        assertTrue(last.getMessage().contains("cancel the order"), last.getMessage());
    }

    // Exchange ---------------------------------------------------------------------------------------------------

    @Test
    void aDeliveredItemIsExchangedForAnotherVariantAndTheDifferenceSettled() {
        CustomerOrder order = paidOrder("RQB2026112500000030", ADA, "0.0000", "2500.00", line(1, 1), line(5, 1));
        deliver(order, NOW.minus(Duration.ofDays(2)));
        wallets.balances.put(ADA, new BigDecimal("30000.00"));

        OrderChanges.Preview dearer = changes.previewExchange(ada, order.getReference(), "PHN-TEC-S20-128-BLK",
                "phn-tec-s20-256-blu");
        assertEquals(new BigDecimal("25000.00"), dearer.fromWallet());
        changes.requestExchange(ada, order.getReference(), "PHN-TEC-S20-128-BLK", "phn-tec-s20-256-blu");
        assertEquals(OrderStatus.EXCHANGE_REQUESTED, order.getStatus());
        OrderItem line = order.item("PHN-TEC-S20-256-BLU").orElseThrow();
        assertEquals("PHN-TEC-S20-128-BLK", line.getReplacedSku());
        assertEquals(new BigDecimal("95000.00"), line.getReplacedUnitPrice());
        assertEquals(new BigDecimal("120000.00"), line.getLineTotal());
        assertEquals(new BigDecimal("141000.00"), order.getTotal());
        assertEquals(2, stock.left(2), "the replacement is reserved");
        assertEquals(5, stock.left(1), "what it replaces is still with the customer");
        assertEquals(new BigDecimal("5000.00"), wallets.balances.get(ADA).setScale(2));
        assertEquals(new BigDecimal("25000.00"), customers.spend.get(0), "spend follows the money");
        assertEquals(OrderStatusChange.Kind.ITEM_EXCHANGE_REQUESTED, last(order).getKind());
        assertEquals(OrderStatus.DELIVERED, last(order).getFromStatus());
        assertEquals(OrderStatus.EXCHANGE_REQUESTED, fired.events.get(0).to());

        ProblemException twice = assertThrows(ProblemException.class, () -> changes.requestExchange(ada,
                order.getReference(), "PHN-TEC-S20-256-BLU", "PHN-TEC-S20-64-WHT"));
        assertEquals("already-exchanged", twice.type());

        // Staff complete it: what was replaced is back on the shelf.
        lifecycle.advance(agent, order.getReference(), OrderStatus.EXCHANGED, "Swapped at the door");
        assertEquals(OrderStatus.EXCHANGED, order.getStatus());
        assertEquals(6, stock.left(1));
        assertEquals(2, stock.left(2));
        assertEquals(409, assertThrows(ProblemException.class, () -> changes.requestExchange(ada,
                order.getReference(), "ACC-ORA-PB-20K", "ACC-ORA-PB-20K")).status().getStatusCode());
    }

    @Test
    void aCheaperVariantRefundsAndOnlyTheSameLineWithinTheWindowIsAccepted() {
        CustomerOrder order = paidOrder("RQB2026112500000031", ADA, "0.0500", "2500.00", line(1, 1));
        deliver(order, NOW.minus(Duration.ofDays(1)));
        assertEquals(400, assertThrows(ProblemException.class, () -> changes.requestExchange(ada,
                order.getReference(), "PHN-TEC-S20-128-BLK", "PHN-SAM-A15-128")).status().getStatusCode(),
                "another brand");
        assertEquals(400, assertThrows(ProblemException.class, () -> changes.requestExchange(ada,
                order.getReference(), "PHN-TEC-S20-128-BLK", "NOPE-1")).status().getStatusCode());
        changes.requestExchange(ada, order.getReference(), "PHN-TEC-S20-128-BLK", "PHN-TEC-S20-64-WHT");
        // 95,000 − 4,750 + 2,500 = 92,750 → 80,000 − 4,000 + 2,500 = 78,500: 14,250 back.
        assertEquals(new BigDecimal("78500.00"), order.getTotal());
        assertEquals(new BigDecimal("14250.00"), wallets.moves.get(0).amount());
        assertEquals(new BigDecimal("-14250.00"), customers.spend.get(0));
        assertEquals(0, stock.left(3));

        CustomerOrder late = paidOrder("RQB2026112500000032", ADA, "0.0000", "2500.00", line(1, 1));
        deliver(late, NOW.minus(OrderLifecycle.RETURN_WINDOW).minusSeconds(60));
        assertEquals("return-window-closed", assertThrows(ProblemException.class, () -> changes.requestExchange(ada,
                late.getReference(), "PHN-TEC-S20-128-BLK", "PHN-TEC-S20-256-BLU")).type());
        CustomerOrder early = paidOrder("RQB2026112500000033", ADA, "0.0000", "2500.00", line(1, 1));
        assertEquals("not-exchangeable", assertThrows(ProblemException.class, () -> changes.requestExchange(ada,
                early.getReference(), "PHN-TEC-S20-128-BLK", "PHN-TEC-S20-256-BLU")).type());
    }

    // A responder acting for the customer ------------------------------------------------------------------------

    @Test
    void aResponderChangesAnOrderOnlyWithTheCustomersConfirmationOfExactlyThatChange() {
        CustomerOrder order = paidOrder("RQB2026112500000040", ADA, "0.0000", "2500.00", line(1, 1), line(5, 1));
        wallets.balances.put(ADA, new BigDecimal("50000.00"));
        Actor responder = ada.inConversation();
        assertEquals("confirmation-required", assertThrows(ProblemException.class, () -> changes
                .changeItemQuantity(responder, order.getReference(), "ACC-ORA-PB-20K", 2, null)).type());

        OrderChanges.Preview preview = changes.previewItemQuantity(responder, order.getReference(),
                "ACC-ORA-PB-20K", 2);
        String id = confirmations.request(responder, preview.subject());
        assertEquals("confirmation-required", assertThrows(ProblemException.class, () -> changes
                .changeItemQuantity(responder, order.getReference(), "ACC-ORA-PB-20K", 2, id)).type(),
                "asked, but not yet said yes");
        assertTrue(confirmations.confirmedByCustomer(ada, id));
        assertEquals("confirmation-required", assertThrows(ProblemException.class, () -> changes
                .changeItemQuantity(responder, order.getReference(), "ACC-ORA-PB-20K", 3, id)).type(),
                "a yes to 2 is not a yes to 3");
        OrderSummary changed = changes.changeItemQuantity(responder, order.getReference(), "ACC-ORA-PB-20K", 2, id);
        assertEquals(new BigDecimal("134500.00"), changed.total());
        assertEquals("confirmation-required", assertThrows(ProblemException.class, () -> changes
                .removeItem(responder, order.getReference(), "ACC-ORA-PB-20K", id)).type(), "used once");
    }

    @Test
    void aChangesSubjectNamesItTheSameHoweverItIsWrittenAndNothingElse() {
        Confirmations.Subject two = Confirmations.Subject.changeItemQuantity("RQB2026112500000001", "ACC-ORA-PB-20K",
                2, new BigDecimal("134500.00"));
        assertTrue(Confirmations.Subject.changeItemQuantity(" rqb2026112500000001 ", "acc-ora-pb-20k ", 2,
                new BigDecimal("134500")).sameAs(two));
        assertFalse(Confirmations.Subject.changeItemQuantity("RQB2026112500000001", "ACC-ORA-PB-20K", 3,
                new BigDecimal("134500.00")).sameAs(two));
        assertFalse(Confirmations.Subject.changeItemQuantity("RQB2026112500000001", "ACC-ORA-PB-20K", 2,
                new BigDecimal("134500.01")).sameAs(two), "another total is another change");
        assertFalse(Confirmations.Subject.removeItem("RQB2026112500000001", "ACC-ORA-PB-20K",
                new BigDecimal("134500.00")).sameAs(two));
        assertFalse(Confirmations.Subject.exchangeItem("RQB2026112500000001", "A", "B", BigDecimal.TEN)
                .sameAs(Confirmations.Subject.exchangeItem("RQB2026112500000001", "A", "C", BigDecimal.TEN)));
        assertTrue(Confirmations.Subject.changePaymentMethod("RQB2026112500000001", " RaqibTechPay", BigDecimal.TEN)
                .sameAs(Confirmations.Subject.changePaymentMethod("RQB2026112500000001", "raqibtechpay",
                        BigDecimal.TEN)));
        assertFalse(Confirmations.Subject.changeDeliveryAddress("RQB2026112500000001", "Lagos", "Ikeja", "1 A Street",
                BigDecimal.TEN).sameAs(Confirmations.Subject.changeDeliveryAddress("RQB2026112500000001", "Lagos",
                "Ikeja", "2 A Street", BigDecimal.TEN)));
        assertNull(Confirmations.Subject.cancelOrder("RQB2026112500000001").total());
    }

    // Looking orders up by phone ---------------------------------------------------------------------------------

    @Test
    void staffFindOrdersByPhoneAndAGuestOnlyWithTheReferenceAndThePhoneOnIt() {
        CustomerOrder order = paidOrder("RQB2026112500000050", ADA, "0.0000", "2500.00", line(5, 1));
        paidOrder("RQB2026112500000051", BOLA, "0.0000", "2500.00", line(5, 1));
        customers.phones.put("+2348031234567", ADA);
        customers.phones.put("+2348059876543", BOLA);

        assertEquals(List.of(order.getReference()), queries.byPhone(agent, "0803 123 4567", 20).stream()
                .map(CustomerOrder::getReference).toList());
        assertEquals(1, queries.byPhone(agent, "+234-803-123-4567", 20).size());
        assertEquals(List.of(), queries.byPhone(agent, "0803 999 8888", 20), "nobody has that number");
        assertEquals(400, assertThrows(ProblemException.class, () -> queries.byPhone(agent, "12345", 20))
                .status().getStatusCode());
        assertEquals(403, assertThrows(ProblemException.class, () -> queries.byPhone(ada, "08031234567", 20))
                .status().getStatusCode());

        Actor guest = Actor.guest("c0ffee00-0000-0000-0000-000000000001", Channel.WEB, "127.0.0.1");
        OrderSummary found = queries.forGuest(guest, " rqb2026112500000050 ", "2348031234567");
        assertEquals(order.getReference(), found.reference());
        ProblemException wrongPhone = assertThrows(ProblemException.class, () -> queries.forGuest(guest,
                order.getReference(), "08059876543"));
        ProblemException noOrder = assertThrows(ProblemException.class, () -> queries.forGuest(guest,
                "RQB2026112599999999", "08031234567"));
        ProblemException unreadable = assertThrows(ProblemException.class, () -> queries.forGuest(guest,
                order.getReference(), "not a phone"));
        for (ProblemException refused : List.of(wrongPhone, noOrder, unreadable)) {
            assertEquals(404, refused.status().getStatusCode());
            assertEquals("no-such-order", refused.type());
        }
        assertEquals(wrongPhone.getMessage(), unreadable.getMessage(), "the same answer whichever part was wrong");
        assertTrue(audit.outcomes.contains(AuditLog.Outcome.FAILURE));

        // Guessing references from one address runs out: after five misses even the right pair must wait.
        assertThrows(ProblemException.class, () -> queries.forGuest(guest, "RQB2026112599999998", "08031234567"));
        assertThrows(ProblemException.class, () -> queries.forGuest(guest, "RQB2026112599999997", "08031234567"));
        ProblemException throttled = assertThrows(ProblemException.class, () -> queries.forGuest(guest,
                order.getReference(), "08031234567"));
        assertEquals(429, throttled.status().getStatusCode(), throttled.getMessage());
    }

    // Set-up -----------------------------------------------------------------------------------------------------

    private record Line(long productId, int quantity) {
    }

    private static Line line(long productId, int quantity) {
        return new Line(productId, quantity);
    }

    /** A prepaid order, paid from the wallet at checkout and confirmed, at a tier's rate, delivered in Lagos. */
    private CustomerOrder paidOrder(String reference, long customerId, String rate, String fee, Line... lines) {
        CustomerOrder order = placed(reference, customerId, PaymentMethod.RAQIBTECHPAY, rate, fee, lines);
        Payment payment = orders.payments.get(order.getId()).get(0);
        payment.confirm(NOW.minus(Duration.ofDays(3)), "raqibtechpay");
        order.recordPaymentStatus(PaymentStatus.PAID, NOW.minus(Duration.ofDays(3)));
        order.recordStatus(OrderStatus.CONFIRMED, NOW.minus(Duration.ofDays(3)), "system", "Paid");
        return order;
    }

    private CustomerOrder unpaidOrder(String reference, long customerId, String method, String fee, Line... lines) {
        CustomerOrder order = placed(reference, customerId, method, "0.0000", fee, lines);
        if (method.equals(PaymentMethod.PAY_ON_DELIVERY)) {
            order.recordStatus(OrderStatus.CONFIRMED, NOW.minus(Duration.ofDays(3)), "system", "Rider collects");
        }
        return order;
    }

    private CustomerOrder placed(String reference, long customerId, String method, String rate, String fee,
                                 Line... lines) {
        CustomerOrder order = new CustomerOrder(reference, customerId, "SILVER", new BigDecimal(rate),
                methods.get(method), "LA", "Ikeja", "12 Allen Avenue", LocalDate.of(2026, 11, 23), null,
                NOW.minus(Duration.ofDays(3)), "ada@naija.test");
        for (Line line : lines) {
            ProductDetails product = catalogue.products.get(line.productId());
            order.addItem(product.id(), product.sku(), product.name(), product.price(), line.quantity());
        }
        BigDecimal subtotal = order.itemsSubtotal();
        order.price(com.raqibtech.naija.customers.application.Tiers.discount(subtotal, new BigDecimal(rate)),
                new BigDecimal(fee));
        set(order, "id", nextOrderId++);
        orders.byReference.put(reference, order);
        orders.savePayment(new Payment(order, methods.get(method), order.getTotal(), null,
                NOW.minus(Duration.ofDays(3))));
        return order;
    }

    private void deliver(CustomerOrder order, Instant at) {
        for (OrderStatus step : new OrderStatus[]{OrderStatus.PROCESSING, OrderStatus.SHIPPED,
            OrderStatus.OUT_FOR_DELIVERY, OrderStatus.DELIVERED}) {
            order.recordStatus(step, at, "agent@naija.test", null);
        }
    }

    private void product(long id, String sku, String name, String brand, String category, String price, int left) {
        catalogue.products.put(id, new ProductDetails(id, sku, name, brand, category, new BigDecimal(price), left,
                true, name, Map.of(), null, 50));
        stock.left.put(id, left);
    }

    private static OrderStatusChange last(CustomerOrder order) {
        return order.getHistory().get(order.getHistory().size() - 1);
    }

    private static PaymentMethod method(String code, String name, boolean prepaid) {
        return new PaymentMethod() {
            @Override
            public String getCode() {
                return code;
            }

            @Override
            public String getName() {
                return name;
            }

            @Override
            public String getNameInText() {
                return PaymentMethod.nameInText(name);
            }

            @Override
            public boolean isPrepaid() {
                return prepaid;
            }

            @Override
            public boolean isEnabled() {
                return true;
            }
        };
    }

    private static void set(Object target, String field, Object value) {
        try {
            Field declared = target.getClass().getDeclaredField(field);
            declared.setAccessible(true);
            declared.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    // Stand-ins --------------------------------------------------------------------------------------------------

    private final class Orders extends OrderRepository {
        final Map<String, CustomerOrder> byReference = new HashMap<>();
        final Map<Long, List<Payment>> payments = new HashMap<>();

        @Override
        public Optional<CustomerOrder> findByReference(String reference) {
            return Optional.ofNullable(byReference.get(reference.trim().toUpperCase(java.util.Locale.ROOT)));
        }

        @Override
        public Optional<CustomerOrder> find(Long id) {
            return byReference.values().stream().filter(order -> order.getId().equals(id)).findFirst();
        }

        @Override
        public List<CustomerOrder> findByCustomer(Long customerId, int limit) {
            return byReference.values().stream().filter(order -> order.getCustomerId() == customerId)
                    .limit(limit).toList();
        }

        @Override
        public void savePayment(Payment payment) {
            payments.computeIfAbsent(payment.getOrder().getId(), id -> new ArrayList<>()).add(payment);
        }

        @Override
        public Optional<Payment> paymentOf(long orderId) {
            List<Payment> all = payments.getOrDefault(orderId, List.of());
            return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
        }

        @Override
        public Optional<PaymentMethod> paymentMethod(String code) {
            return Optional.ofNullable(methods.get(code));
        }
    }

    private final class Shelf extends Stock {
        final Map<Long, Integer> left = new HashMap<>();
        final Set<Long> locked = new HashSet<>();

        int left(long productId) {
            return left.get(productId);
        }

        @Override
        public Map<Long, ProductDetails> lock(Collection<Long> ids) {
            locked.addAll(ids);
            Map<Long, ProductDetails> byId = new LinkedHashMap<>();
            catalogue.byIds(ids).forEach(product -> byId.put(product.id(), product));
            return byId;
        }

        @Override
        public void take(long productId, int quantity, Instant at) {
            assertTrue(locked.contains(productId), "stock is taken under its lock");
            assertTrue(left.get(productId) >= quantity, "never below zero");
            left.merge(productId, -quantity, Integer::sum);
        }

        @Override
        public void giveBack(Map<Long, Integer> quantities, Instant at) {
            quantities.forEach((id, quantity) -> left.merge(id, quantity, Integer::sum));
        }
    }

    private final class Catalogue extends CatalogSearch {
        final Map<Long, ProductDetails> products = new LinkedHashMap<>();

        @Override
        public Optional<ProductDetails> details(String sku) {
            return products.values().stream().filter(product -> product.sku().equalsIgnoreCase(sku.trim()))
                    .map(this::live).findFirst();
        }

        @Override
        public List<ProductDetails> byIds(Collection<Long> ids) {
            return ids.stream().map(products::get).filter(product -> product != null).map(this::live).toList();
        }

        private ProductDetails live(ProductDetails product) {
            return new ProductDetails(product.id(), product.sku(), product.name(), product.brand(),
                    product.category(), product.price(), stock.left(product.id()), product.active(),
                    product.description(), product.attributes(), null, product.popularity());
        }
    }

    private record Move(long customerId, BigDecimal amount, long orderId, String note) {
    }

    private static final class Wallets extends WalletService {
        final Map<Long, BigDecimal> balances = new HashMap<>();
        final List<Move> moves = new ArrayList<>();

        @Override
        public BigDecimal balance(long customerId) {
            return balances.getOrDefault(customerId, BigDecimal.ZERO).setScale(2);
        }

        @Override
        public boolean debitIfCovered(long customerId, BigDecimal amount, long orderId, String actor, String note) {
            if (balance(customerId).compareTo(amount) < 0) {
                return false;
            }
            balances.put(customerId, balance(customerId).subtract(amount));
            moves.add(new Move(customerId, amount.negate(), orderId, note));
            return true;
        }

        @Override
        public void debitForOrder(long customerId, BigDecimal amount, long orderId, String reference, String actor) {
            if (!debitIfCovered(customerId, amount, orderId, actor, "Payment for " + reference)) {
                throw ProblemException.conflict("insufficient-wallet-balance", "short");
            }
        }

        @Override
        public void refundPart(long customerId, BigDecimal amount, long orderId, String actor, String note) {
            balances.put(customerId, balance(customerId).add(amount));
            moves.add(new Move(customerId, amount, orderId, note));
        }

        @Override
        public void refund(long customerId, BigDecimal amount, long orderId, String reference, String actor) {
            refundPart(customerId, amount, orderId, actor, "Refund for " + reference);
        }
    }

    private static final class Profiles extends CustomerProfiles {
        final List<BigDecimal> spend = new ArrayList<>();
        final Map<String, Long> phones = new HashMap<>();

        @Override
        public void recordSpend(Actor actor, long customerId, BigDecimal amount, boolean mayDrop) {
            actor.require(com.raqibtech.naija.shared.access.Permission.MANAGE_ORDERS);
            spend.add(amount);
        }

        @Override
        public Optional<CustomerSummary> byPhone(String e164) {
            return Optional.ofNullable(phones.get(e164)).map(id -> new CustomerSummary(id, "Someone",
                    "someone@naija.test", e164, "Lagos", "Ikeja", "12 Allen Avenue", "SILVER", "Silver",
                    new BigDecimal("0.0200"), BigDecimal.ZERO));
        }
    }

    private static final class Quotes extends DeliveryQuoteService {
        @Override
        public DeliveryQuote quote(String stateName) {
            return switch (stateName.trim().toLowerCase(java.util.Locale.ROOT)) {
                case "lagos" -> new DeliveryQuote("LA", "Lagos", "Ikeja", "SW-LAGOS", "Lagos",
                        new BigDecimal("2500.00"), 1);
                case "ogun" -> new DeliveryQuote("OG", "Ogun", "Abeokuta", "SW", "South West",
                        new BigDecimal("3700.00"), 3);
                case "kano" -> new DeliveryQuote("KN", "Kano", "Kano", "NW", "North West", new BigDecimal("3700.00"),
                        3);
                default -> throw ProblemException.badRequest("unknown-state", "'" + stateName + "' is unknown.");
            };
        }
    }

    private static final class Calendar extends DeliveryCalendar {
        @Override
        public LocalDate expectedDelivery(LocalDate placed, int workingDays) {
            return new WorkingCalendar(Set.of()).addWorkingDays(placed, workingDays);
        }
    }

    private static final class States extends StateDirectory {
        @Override
        public String nameOf(String code) {
            return Map.of("LA", "Lagos", "OG", "Ogun", "KN", "Kano").getOrDefault(code, code);
        }
    }

    private static final class Audit extends AuditLog {
        final List<AuditLog.Action> actions = new ArrayList<>();
        final List<AuditLog.Outcome> outcomes = new ArrayList<>();

        @Override
        public void record(Actor actor, Action action, Outcome outcome, String targetType, Object targetId,
                           String details) {
            actions.add(action);
            outcomes.add(outcome);
        }
    }

    private static final class Fired implements Event<OrderStatusChanged> {
        final List<OrderStatusChanged> events = new ArrayList<>();

        @Override
        public void fire(OrderStatusChanged event) {
            events.add(event);
        }

        @Override
        public <U extends OrderStatusChanged> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends OrderStatusChanged> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<OrderStatusChanged> select(Annotation... qualifiers) {
            return this;
        }

        @Override
        public <U extends OrderStatusChanged> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends OrderStatusChanged> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }
}
