package com.raqibtech.naija.catalog.domain;

import com.raqibtech.naija.shared.persistence.JpaRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ProductRepository extends JpaRepository<Product, Long> {

    public ProductRepository() {
        super(Product.class);
    }

    public Optional<Product> findBySku(String sku) {
        return em.createQuery("select p from Product p where p.sku = :sku", Product.class)
                .setParameter("sku", sku)
                .getResultStream().findFirst();
    }

    /** Active products as flat rows for the search index: no entity loading per product. */
    public List<Object[]> searchableRows() {
        return em.createQuery("select p.id, p.sku, p.name, p.brand, c.slug, c.name, p.price, p.stock, p.popularity,"
                + " p.description from Product p join p.category c where p.active = true", Object[].class)
                .getResultList();
    }

    /** Every product attribute as (product id, name, value). */
    public List<Object[]> allAttributes() {
        return em.createQuery("select p.id, key(a), value(a) from Product p join p.attributes a", Object[].class)
                .getResultList();
    }

    public List<Product> findByIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p from Product p join fetch p.category where p.id in :ids", Product.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    /** The products, locked until the transaction ends, always in id order so two checkouts cannot deadlock. */
    public List<Product> lockInIdOrder(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p from Product p where p.id in :ids order by p.id", Product.class)
                .setParameter("ids", ids)
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    public List<Category> categories() {
        return em.createQuery("select c from Category c order by c.sortOrder", Category.class).getResultList();
    }
}
