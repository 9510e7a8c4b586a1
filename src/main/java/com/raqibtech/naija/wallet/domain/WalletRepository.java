package com.raqibtech.naija.wallet.domain;

import com.raqibtech.naija.shared.persistence.JpaRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class WalletRepository extends JpaRepository<Wallet, Long> {

    public WalletRepository() {
        super(Wallet.class);
    }

    /** The wallet, locked until the transaction ends: balance checks and movements cannot interleave. */
    public Optional<Wallet> lock(long customerId) {
        return Optional.ofNullable(em.find(Wallet.class, customerId, LockModeType.PESSIMISTIC_WRITE));
    }

    public List<WalletEntry> entries(long customerId, int limit) {
        return em.createQuery("select e from WalletEntry e where e.customerId = :customer"
                        + " order by e.createdAt desc, e.id desc", WalletEntry.class)
                .setParameter("customer", customerId).setMaxResults(limit).getResultList();
    }

    public void saveEntry(WalletEntry entry) {
        em.persist(entry);
    }
}
