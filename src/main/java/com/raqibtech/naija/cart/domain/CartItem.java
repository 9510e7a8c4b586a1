package com.raqibtech.naija.cart.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

@Entity
@Table(name = "cart_items")
public class CartItem {

    /** A cart line as the working copy holds it; the unit price is the price when it was added. */
    public record Line(Long productId, int quantity, BigDecimal unitPrice, Instant addedAt) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cart_item_seq")
    @SequenceGenerator(name = "cart_item_seq", sequenceName = "cart_item_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "cart_id")
    private Cart cart;

    @Column(name = "product_id", nullable = false)
    private Long productId;

    @Column(nullable = false)
    private int quantity;

    @Column(name = "unit_price", nullable = false, precision = 14, scale = 2)
    private BigDecimal unitPrice;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected CartItem() {
    }

    CartItem(Cart cart, Line line) {
        this.cart = cart;
        this.productId = line.productId();
        this.quantity = line.quantity();
        this.unitPrice = line.unitPrice();
        this.addedAt = line.addedAt();
    }

    public Line toLine() {
        return new Line(productId, quantity, unitPrice, addedAt);
    }

    public long getProductId() {
        return productId;
    }

    public int getQuantity() {
        return quantity;
    }

    void changeQuantity(int quantity) {
        this.quantity = quantity;
    }
}
