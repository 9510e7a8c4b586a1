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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The durable copy of a cart: one per customer, or per guest (by a hash of the guest's token) until the guest
 * signs in. The working copy lives in the key-value store; this one survives a Redis that keeps nothing on disk.
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

    /** Replaces the lines with the given ones (the working copy is the source of truth). */
    public void replaceItems(List<CartItem.Line> lines, Instant now) {
        items.clear();
        for (CartItem.Line line : lines) {
            items.add(new CartItem(this, line));
        }
        updatedAt = now;
    }
}
