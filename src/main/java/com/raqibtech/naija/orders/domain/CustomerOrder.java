package com.raqibtech.naija.orders.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * An order (table {@code orders}; "Order" is a SQL word). Its totals are fixed when it is placed:
 * total = subtotal − tier discount + delivery fee, and priced again at the same discount rate when its items or
 * delivery change. Every status change, and every change to the order, is kept in its timeline.
 */
@Entity
@Table(name = "orders")
public class CustomerOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_seq")
    @SequenceGenerator(name = "order_seq", sequenceName = "order_seq", allocationSize = 50)
    private Long id;

    /** RQB + yyyyMMdd + 8 digits, what customers quote. */
    @Column(nullable = false, unique = true)
    private String reference;

    @Column(name = "customer_id", nullable = false)
    private Long customerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrderStatus status;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "payment_method_code")
    private PaymentMethod paymentMethod;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_status", nullable = false)
    private PaymentStatus paymentStatus;

    /** The tier whose discount applied when the order was placed. */
    @Column(name = "tier_code", nullable = false)
    private String tierCode;

    /** That tier's discount rate then (0.0500 for 5 %): a changed order is priced again at it. */
    @Column(name = "discount_rate", nullable = false, precision = 5, scale = 4)
    private BigDecimal discountRate;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal subtotal;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal discount;

    @Column(name = "delivery_fee", nullable = false, precision = 14, scale = 2)
    private BigDecimal deliveryFee;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal total;

    @Column(name = "delivery_state_code", nullable = false)
    private String deliveryStateCode;

    @Column(name = "delivery_city", nullable = false)
    private String deliveryCity;

    @Column(name = "delivery_address", nullable = false)
    private String deliveryAddress;

    @Column(name = "expected_delivery_date", nullable = false)
    private LocalDate expectedDeliveryDate;

    @Column(name = "idempotency_key", unique = true)
    private String idempotencyKey;

    @Column(name = "placed_at", nullable = false)
    private Instant placedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<OrderItem> items = new ArrayList<>();

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("changedAt, id")
    private List<OrderStatusChange> history = new ArrayList<>();

    @Version
    private long version;

    protected CustomerOrder() {
    }

    /** A new order awaiting confirmation; add items, then {@link #price}. */
    public CustomerOrder(String reference, long customerId, String tierCode, BigDecimal discountRate,
                         PaymentMethod paymentMethod, String deliveryStateCode, String deliveryCity,
                         String deliveryAddress, LocalDate expectedDeliveryDate, String idempotencyKey,
                         Instant placedAt, String actor) {
        this.reference = reference;
        this.customerId = customerId;
        this.tierCode = tierCode;
        this.discountRate = discountRate;
        this.paymentMethod = paymentMethod;
        this.paymentStatus = PaymentStatus.AWAITING_PAYMENT;
        this.deliveryStateCode = deliveryStateCode;
        this.deliveryCity = deliveryCity;
        this.deliveryAddress = deliveryAddress;
        this.expectedDeliveryDate = expectedDeliveryDate;
        this.idempotencyKey = idempotencyKey;
        this.placedAt = placedAt;
        this.updatedAt = placedAt;
        this.subtotal = BigDecimal.ZERO;
        this.discount = BigDecimal.ZERO;
        this.deliveryFee = BigDecimal.ZERO;
        this.total = BigDecimal.ZERO;
        this.status = OrderStatus.PENDING;
        history.add(new OrderStatusChange(this, OrderStatusChange.Kind.STATUS, null, OrderStatus.PENDING, placedAt,
                actor, "Order placed"));
    }

    public void addItem(Long productId, String sku, String productName, BigDecimal unitPrice, int quantity) {
        items.add(new OrderItem(this, productId, sku, productName, unitPrice, quantity));
    }

    /** Fixes the totals from the items, the discount and the delivery fee. */
    public void price(BigDecimal discount, BigDecimal deliveryFee) {
        this.subtotal = itemsSubtotal();
        this.discount = discount;
        this.deliveryFee = deliveryFee;
        this.total = subtotal.subtract(discount).add(deliveryFee);
    }

    /** Moves the order and records the step; whether the move is allowed is the order service's rule. */
    public void recordStatus(OrderStatus next, Instant at, String actor, String note) {
        record(OrderStatusChange.Kind.STATUS, next, at, actor, note);
    }

    /**
     * Records a change to the order in its timeline, moving it to {@code next} (its status as it is when the change
     * leaves the status alone).
     */
    public void record(OrderStatusChange.Kind kind, OrderStatus next, Instant at, String actor, String note) {
        history.add(new OrderStatusChange(this, kind, status, next, at, actor, note));
        this.status = next;
        this.updatedAt = at;
    }

    /** Delivers elsewhere (price it again if the fee changes). */
    public void deliverTo(String stateCode, String city, String address, LocalDate expected) {
        this.deliveryStateCode = stateCode;
        this.deliveryCity = city;
        this.deliveryAddress = address;
        this.expectedDeliveryDate = expected;
    }

    /** Is to be paid another way; the payment itself is the order service's. */
    public void payWith(PaymentMethod method) {
        this.paymentMethod = method;
    }

    /** The line of a product, by its SKU in any case. */
    public Optional<OrderItem> item(String sku) {
        String wanted = sku == null ? "" : sku.trim();
        return items.stream().filter(item -> item.getSku().equalsIgnoreCase(wanted)).findFirst();
    }

    /** Sets a line's quantity (price the order again after). */
    public void changeQuantity(OrderItem item, int quantity) {
        owned(item).changeQuantity(quantity);
    }

    /** Takes a line off the order (price the order again after). */
    public void removeItem(OrderItem item) {
        items.remove(owned(item));
    }

    /** The line holds the replacement from now on (price the order again after). */
    public void exchange(OrderItem item, long productId, String sku, String productName, BigDecimal unitPrice) {
        owned(item).exchangeFor(productId, sku, productName, unitPrice);
    }

    /** The sum of the line totals as they are now. */
    public BigDecimal itemsSubtotal() {
        return items.stream().map(OrderItem::getLineTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private OrderItem owned(OrderItem item) {
        if (!items.contains(item)) {
            throw new IllegalArgumentException("not a line of " + reference);
        }
        return item;
    }

    public void recordPaymentStatus(PaymentStatus paymentStatus, Instant at) {
        this.paymentStatus = paymentStatus;
        this.updatedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public long getCustomerId() {
        return customerId;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public PaymentMethod getPaymentMethod() {
        return paymentMethod;
    }

    public PaymentStatus getPaymentStatus() {
        return paymentStatus;
    }

    public String getTierCode() {
        return tierCode;
    }

    public BigDecimal getDiscountRate() {
        return discountRate;
    }

    public BigDecimal getSubtotal() {
        return subtotal;
    }

    public BigDecimal getDiscount() {
        return discount;
    }

    public BigDecimal getDeliveryFee() {
        return deliveryFee;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public String getDeliveryStateCode() {
        return deliveryStateCode;
    }

    public String getDeliveryCity() {
        return deliveryCity;
    }

    public String getDeliveryAddress() {
        return deliveryAddress;
    }

    public LocalDate getExpectedDeliveryDate() {
        return expectedDeliveryDate;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public Instant getPlacedAt() {
        return placedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<OrderItem> getItems() {
        return Collections.unmodifiableList(items);
    }

    public List<OrderStatusChange> getHistory() {
        return Collections.unmodifiableList(history);
    }
}
