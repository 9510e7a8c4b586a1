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

    public List<Category> categories() {
        return em.createQuery("select c from Category c order by c.sortOrder", Category.class).getResultList();
    }
}
