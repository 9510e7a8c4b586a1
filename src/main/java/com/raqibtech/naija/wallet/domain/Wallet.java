package com.raqibtech.naija.wallet.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A customer's RaqibTechPay balance. The balance only changes together with a {@link WalletEntry}; the database
 * refuses a negative balance, and the version column stops two concurrent debits from both succeeding.
 */
@Entity
@Table(name = "wallets")
public class Wallet {

    @Id
    @Column(name = "customer_id")
    private Long customerId;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal balance = BigDecimal.ZERO;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Wallet() {
    }

    public Wallet(Long customerId, Instant now) {
        this.customerId = customerId;
        this.updatedAt = now;
    }

    /**
     * Applies a movement (credit positive, debit negative) and returns its ledger entry.
     *
     * @throws IllegalStateException when a debit would take the balance below zero
     */
    public WalletEntry apply(WalletEntry.Type type, BigDecimal amount, Long orderId, String actor, String note,
                             Instant at) {
        BigDecimal after = balance.add(amount);
        if (after.signum() < 0) {
            throw new IllegalStateException("insufficient wallet balance");
        }
        balance = after;
        updatedAt = at;
        return new WalletEntry(customerId, type, amount, after, orderId, actor, note, at);
    }

    public Long getCustomerId() {
        return customerId;
    }

    public BigDecimal getBalance() {
        return balance;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
