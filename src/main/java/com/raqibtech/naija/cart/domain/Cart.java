package com.raqibtech.naija.cart.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A cart: one per customer, or one per guest chat session (keyed by a hash of the session id) until the guest
 * signs in and it merges into the customer's. These rows are the source of truth, locked while changed; the
 * key-value store holds a copy every server node reads.
 */
@Entity
@Table(name = "carts")
public class Cart {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cart_seq")
    @SequenceGenerator(name = "cart_seq", sequenceName = "cart_seq", allocationSize = 50)
    private Long id;

    @Column(name = "customer_id", unique = true)
    private Long customerId;

    @Column(name = "guest_token_hash", unique = true)
    private String guestTokenHash;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "cart", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("addedAt, id")
    private List<CartItem> items = new ArrayList<>();

    @Version
    private long version;

    protected Cart() {
    }

    public static Cart forCustomer(Long customerId, Instant now) {
        Cart cart = new Cart();
        cart.customerId = customerId;
        cart.updatedAt = now;
        return cart;
    }

    public static Cart forGuest(String guestTokenHash, Instant now) {
        Cart cart = new Cart();
        cart.guestTokenHash = guestTokenHash;
        cart.updatedAt = now;
        return cart;
    }

    public Long getId() {
        return id;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public String getGuestTokenHash() {
        return guestTokenHash;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<CartItem> getItems() {
        return Collections.unmodifiableList(items);
    }

    public Optional<CartItem> item(long productId) {
        return items.stream().filter(item -> item.getProductId() == productId).findFirst();
    }

    /** Sets a product's quantity (adding the line at this price when new); zero removes the line. */
    public void setQuantity(long productId, int quantity, BigDecimal unitPrice, Instant now) {
        Optional<CartItem> existing = item(productId);
        if (quantity <= 0) {
            existing.ifPresent(items::remove);
        } else if (existing.isPresent()) {
            existing.get().changeQuantity(quantity);
        } else {
            items.add(new CartItem(this, new CartItem.Line(productId, quantity, unitPrice, now)));
        }
        updatedAt = now;
    }

    public void clear(Instant now) {
        items.clear();
        updatedAt = now;
    }
}
