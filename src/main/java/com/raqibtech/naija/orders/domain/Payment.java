package com.raqibtech.naija.orders.domain;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A payment against an order: awaited, confirmed (by the wallet, staff or later a gateway), failed or refunded. */
@Entity
@Table(name = "payments")
public class Payment {

    public enum Status { PENDING, CONFIRMED, FAILED, REFUNDED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_seq")
    @SequenceGenerator(name = "payment_seq", sequenceName = "payment_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id")
    private CustomerOrder order;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "method_code")
    private PaymentMethod method;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    /** For bank transfers: the reference the customer writes on the transfer. */
    @Column(name = "transfer_reference")
    private String transferReference;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "confirmed_by")
    private String confirmedBy;

    protected Payment() {
    }

    public Payment(CustomerOrder order, PaymentMethod method, BigDecimal amount, String transferReference,
                   Instant createdAt) {
        this.order = order;
        this.method = method;
        this.amount = amount;
        this.transferReference = transferReference;
        this.status = Status.PENDING;
        this.createdAt = createdAt;
    }

    public void confirm(Instant at, String by) {
        this.status = Status.CONFIRMED;
        this.confirmedAt = at;
        this.confirmedBy = by;
    }

    /** An awaited payment is now for this amount: the order changed before it was paid. */
    public void changeAmount(BigDecimal amount) {
        if (status != Status.PENDING) {
            throw new IllegalStateException("only an awaited payment changes its amount");
        }
        this.amount = amount;
    }

    public void mark(Status status) {
        this.status = status;
    }

    public Long getId() {
        return id;
    }

    public CustomerOrder getOrder() {
        return order;
    }

    public PaymentMethod getMethod() {
        return method;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public Status getStatus() {
        return status;
    }

    public String getTransferReference() {
        return transferReference;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public String getConfirmedBy() {
        return confirmedBy;
    }
}
