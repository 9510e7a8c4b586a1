package com.raqibtech.naija.cart.domain;

import com.raqibtech.naija.shared.persistence.JpaRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;

@ApplicationScoped
public class CartRepository extends JpaRepository<Cart, Long> {

    public CartRepository() {
        super(Cart.class);
    }

    /** The customer's cart, locked for the rest of the transaction so concurrent changes queue up. */
    public Optional<Cart> lockForCustomer(long customerId) {
        return em.createQuery("select c from Cart c where c.customerId = :customer", Cart.class)
                .setParameter("customer", customerId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    public Optional<Cart> lockForGuest(String guestKey) {
        return em.createQuery("select c from Cart c where c.guestTokenHash = :guest", Cart.class)
                .setParameter("guest", guestKey)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    public Optional<Cart> findForCustomer(long customerId) {
        return em.createQuery("select c from Cart c where c.customerId = :customer", Cart.class)
                .setParameter("customer", customerId).getResultStream().findFirst();
    }

    public Optional<Cart> findForGuest(String guestKey) {
        return em.createQuery("select c from Cart c where c.guestTokenHash = :guest", Cart.class)
                .setParameter("guest", guestKey).getResultStream().findFirst();
    }

    public void delete(Cart cart) {
        em.remove(cart);
    }
}
