package com.raqibtech.naija.wallet.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** One line of the wallet ledger; never updated or deleted. */
@Entity
@Table(name = "wallet_entries")
public class WalletEntry {

    public enum Type { TOP_UP, DEBIT, REFUND, ADJUSTMENT }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "wallet_entry_seq")
    @SequenceGenerator(name = "wallet_entry_seq", sequenceName = "wallet_entry_seq", allocationSize = 50)
    private Long id;

    @Column(name = "customer_id", nullable = false)
    private Long customerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "entry_type", nullable = false)
    private Type type;

    /** Credit positive, debit negative. */
    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal amount;

    @Column(name = "balance_after", nullable = false, precision = 14, scale = 2)
    private BigDecimal balanceAfter;

    @Column(name = "order_id")
    private Long orderId;

    @Column(nullable = false)
    private String actor;

    private String note;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected WalletEntry() {
    }

    WalletEntry(Long customerId, Type type, BigDecimal amount, BigDecimal balanceAfter, Long orderId, String actor,
                String note, Instant createdAt) {
        this.customerId = customerId;
        this.type = type;
        this.amount = amount;
        this.balanceAfter = balanceAfter;
        this.orderId = orderId;
        this.actor = actor;
        this.note = note;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public Type getType() {
        return type;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public BigDecimal getBalanceAfter() {
        return balanceAfter;
    }

    public Long getOrderId() {
        return orderId;
    }

    public String getActor() {
        return actor;
    }

    public String getNote() {
        return note;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
