package com.raqibtech.naija.orders.domain;

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

/**
 * A line of an order; name and price are copied so later catalogue changes never rewrite history. An exchanged
 * line holds the replacement and keeps what it replaced ({@code replaced*}), which goes back on the shelf when the
 * exchange is completed.
 */
@Entity
@Table(name = "order_items")
public class OrderItem {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_item_seq")
    @SequenceGenerator(name = "order_item_seq", sequenceName = "order_item_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "order_id")
    private CustomerOrder order;

    @Column(name = "product_id", nullable = false)
    private Long productId;

    @Column(nullable = false)
    private String sku;

    @Column(name = "product_name", nullable = false)
    private String productName;

    @Column(name = "unit_price", nullable = false, precision = 14, scale = 2)
    private BigDecimal unitPrice;

    @Column(nullable = false)
    private int quantity;

    @Column(name = "line_total", nullable = false, precision = 14, scale = 2)
    private BigDecimal lineTotal;

    @Column(name = "replaced_product_id")
    private Long replacedProductId;

    @Column(name = "replaced_sku")
    private String replacedSku;

    @Column(name = "replaced_product_name")
    private String replacedProductName;

    @Column(name = "replaced_unit_price", precision = 14, scale = 2)
    private BigDecimal replacedUnitPrice;

    protected OrderItem() {
    }

    OrderItem(CustomerOrder order, Long productId, String sku, String productName, BigDecimal unitPrice,
              int quantity) {
        this.order = order;
        this.productId = productId;
        this.sku = sku;
        this.productName = productName;
        this.unitPrice = unitPrice;
        this.quantity = quantity;
        this.lineTotal = unitPrice.multiply(BigDecimal.valueOf(quantity));
    }

    void changeQuantity(int quantity) {
        this.quantity = quantity;
        this.lineTotal = unitPrice.multiply(BigDecimal.valueOf(quantity));
    }

    /** The line now holds the replacement, same quantity, at its price; what it held is kept. */
    void exchangeFor(Long productId, String sku, String productName, BigDecimal unitPrice) {
        this.replacedProductId = this.productId;
        this.replacedSku = this.sku;
        this.replacedProductName = this.productName;
        this.replacedUnitPrice = this.unitPrice;
        this.productId = productId;
        this.sku = sku;
        this.productName = productName;
        this.unitPrice = unitPrice;
        this.lineTotal = unitPrice.multiply(BigDecimal.valueOf(quantity));
    }

    /** Whether this line is the replacement of an exchange. */
    public boolean isExchanged() {
        return replacedSku != null;
    }

    public Long getId() {
        return id;
    }

    public Long getProductId() {
        return productId;
    }

    public String getSku() {
        return sku;
    }

    public String getProductName() {
        return productName;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public int getQuantity() {
        return quantity;
    }

    public BigDecimal getLineTotal() {
        return lineTotal;
    }

    public Long getReplacedProductId() {
        return replacedProductId;
    }

    public String getReplacedSku() {
        return replacedSku;
    }

    public String getReplacedProductName() {
        return replacedProductName;
    }

    public BigDecimal getReplacedUnitPrice() {
        return replacedUnitPrice;
    }
}
