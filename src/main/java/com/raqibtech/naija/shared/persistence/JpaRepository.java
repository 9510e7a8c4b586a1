package com.raqibtech.naija.shared.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * What every repository can do with its entity; subclasses add the queries their capability needs.
 * Transactions belong to the calling service, not to the repository.
 */
public abstract class JpaRepository<T, I> {

    @PersistenceContext(unitName = "naija")
    protected EntityManager em;

    private final Class<T> type;

    protected JpaRepository(Class<T> type) {
        this.type = type;
    }

    public Optional<T> find(I id) {
        return Optional.ofNullable(em.find(type, id));
    }

    public long count() {
        return em.createQuery("select count(e) from " + type.getSimpleName() + " e", Long.class).getSingleResult();
    }

    public T save(T entity) {
        em.persist(entity);
        return entity;
    }

    /** Writes pending changes now: generated ids and constraint violations show up here, not at commit. */
    public void flush() {
        em.flush();
    }
}
