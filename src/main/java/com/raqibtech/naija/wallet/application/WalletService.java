package com.raqibtech.naija.wallet.application;

import com.raqibtech.naija.identity.application.AuditLog;
import com.raqibtech.naija.shared.access.Actor;
import com.raqibtech.naija.identity.application.AuditLog.Action;
import com.raqibtech.naija.identity.application.AuditLog.Outcome;
import com.raqibtech.naija.shared.access.Permission;
import com.raqibtech.naija.shared.error.ProblemException;
import com.raqibtech.naija.shared.money.Naira;
import com.raqibtech.naija.wallet.domain.Wallet;
import com.raqibtech.naija.wallet.domain.WalletEntry;
import com.raqibtech.naija.wallet.domain.WalletRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;

/**
 * RaqibTechPay wallets: top-ups by staff, debits at checkout, credits on refunds. Every movement is a ledger
 * entry written with the balance it leaves, under the wallet's row lock; the balance never goes below zero.
 */
@ApplicationScoped
public class WalletService {

    /** The largest single top-up staff may record. */
    public static final BigDecimal MAX_TOP_UP = new BigDecimal("10000000.00");

    @Inject
    WalletRepository wallets;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public record Statement(BigDecimal balance, List<WalletEntry> entries) {
    }

    public Statement statement(long customerId, int limit) {
        BigDecimal balance = wallets.find(customerId).map(Wallet::getBalance).orElse(Naira.of(0));
        return new Statement(Naira.of(balance), wallets.entries(customerId, limit));
    }

    @Transactional
    public Statement topUp(Actor staff, long customerId, BigDecimal amount, String note) {
        staff.require(Permission.MANAGE_ORDERS);
        BigDecimal exact = Naira.of(amount);
        if (exact.signum() <= 0 || exact.compareTo(MAX_TOP_UP) > 0) {
            throw ProblemException.badRequest("invalid-amount", "A top-up is between ₦0.01 and "
                    + Naira.format(MAX_TOP_UP) + ".");
        }
        move(customerId, WalletEntry.Type.TOP_UP, exact, null, staff.name(), note);
        audit.record(staff, Action.WALLET_TOP_UP, Outcome.SUCCESS, "customer", customerId, Naira.format(exact));
        return statement(customerId, 20);
    }

    /**
     * Pays for an order from the wallet, inside the caller's transaction.
     *
     * @throws ProblemException 409 when the balance does not cover the amount (nothing is debited)
     */
    public void debitForOrder(long customerId, BigDecimal amount, long orderId, String reference, String actor) {
        Wallet wallet = wallets.lock(customerId).orElse(null);
        BigDecimal balance = wallet == null ? Naira.of(0) : wallet.getBalance();
        if (balance.compareTo(amount) < 0) {
            throw ProblemException.conflict("insufficient-wallet-balance", "Your RaqibTechPay balance is "
                    + Naira.format(balance) + "; this order needs " + Naira.format(amount)
                    + ". Top up, or choose another payment method.");
        }
        wallets.saveEntry(wallet.apply(WalletEntry.Type.DEBIT, amount.negate(), orderId, actor,
                "Payment for " + reference, clock.instant()));
    }

    /** Credits a refund, inside the caller's transaction. */
    public void refund(long customerId, BigDecimal amount, long orderId, String reference, String actor) {
        move(customerId, WalletEntry.Type.REFUND, amount, orderId, actor, "Refund for " + reference);
    }

    /** The customer's balance now (zero without a wallet). */
    public BigDecimal balance(long customerId) {
        return Naira.of(wallets.find(customerId).map(Wallet::getBalance).orElse(BigDecimal.ZERO));
    }

    /**
     * Takes part of an order's price from the wallet (an order changed after it was paid costs more), inside the
     * caller's transaction and under the wallet's lock; {@code note} says what for, with the order's reference.
     *
     * @return false, with nothing debited, when the balance does not cover the amount
     */
    public boolean debitIfCovered(long customerId, BigDecimal amount, long orderId, String actor, String note) {
        Wallet wallet = wallets.lock(customerId).orElse(null);
        if (wallet == null || wallet.getBalance().compareTo(amount) < 0) {
            return false;
        }
        wallets.saveEntry(wallet.apply(WalletEntry.Type.DEBIT, amount.negate(), orderId, actor, fitted(note),
                clock.instant()));
        return true;
    }

    /**
     * Gives back part of an order's price (an order changed after it was paid costs less), inside the caller's
     * transaction; {@code note} says what for, with the order's reference.
     */
    public void refundPart(long customerId, BigDecimal amount, long orderId, String actor, String note) {
        move(customerId, WalletEntry.Type.REFUND, amount, orderId, actor, fitted(note));
    }

    /** A ledger note fits its column (300 characters). */
    private static String fitted(String note) {
        return note == null || note.length() <= 300 ? note : note.substring(0, 299) + "…";
    }

    private void move(long customerId, WalletEntry.Type type, BigDecimal amount, Long orderId, String actor,
                      String note) {
        Wallet wallet = wallets.lock(customerId).orElseGet(() -> {
            Wallet created = wallets.save(new Wallet(customerId, clock.instant()));
            wallets.flush();
            return created;
        });
        wallets.saveEntry(wallet.apply(type, amount, orderId, actor, note, clock.instant()));
    }
}
