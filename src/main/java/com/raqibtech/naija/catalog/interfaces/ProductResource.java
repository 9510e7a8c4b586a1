package com.raqibtech.naija.catalog.interfaces;

import com.raqibtech.naija.catalog.application.CatalogSearch;
import com.raqibtech.naija.catalog.domain.Category;
import com.raqibtech.naija.catalog.domain.Product;
import com.raqibtech.naija.catalog.domain.ProductRepository;
import com.raqibtech.naija.shared.error.ProblemException;
import com.raqibtech.naija.shared.money.Money;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public catalogue: search and product details, open to everyone. */
@Path("v1")
@RequestScoped
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogue")
public class ProductResource {

    @Inject
    CatalogSearch catalog;

    @Inject
    ProductRepository products;

    public record CategoryView(String slug, String name) {
        static CategoryView of(Category category) {
            return new CategoryView(category.getSlug(), category.getName());
        }
    }

    public record ProductView(String sku, String name, String brand, CategoryView category, Money price, int stock,
                              boolean inStock, String description, Map<String, String> attributes) {
        static ProductView of(Product product) {
            return new ProductView(product.getSku(), product.getName(), product.getBrand(),
                    CategoryView.of(product.getCategory()), Money.of(product.getPrice()), product.getStock(),
                    product.getStock() > 0, product.getDescription(), Map.copyOf(product.getAttributes()));
        }
    }

    public record SearchView(List<ProductView> products, long total, int page, int size) {
    }

    @GET
    @Path("products")
    @PermitAll
    @Operation(summary = "Search the catalogue: typos and shorthand welcome (samsong a24, gen, fridge)",
            description = "Relevance first, popularity breaks ties. Filters: category (slug), brand, maxPrice (naira).")
    public SearchView search(@QueryParam("q") @Size(max = 200) String text,
                             @QueryParam("category") @Size(max = 40) String category,
                             @QueryParam("brand") @Size(max = 80) String brand,
                             @QueryParam("maxPrice") @DecimalMin(value = "0", message = "must not be negative")
                             BigDecimal maxPrice,
                             @QueryParam("inStock") @DefaultValue("false") boolean inStockOnly,
                             @QueryParam("page") @DefaultValue("0") @Min(0) @Max(1000) int page,
                             @QueryParam("size") @DefaultValue("10") @Min(1) @Max(50) int size) {
        CatalogSearch.Results results = catalog.search(text, category, brand, maxPrice, inStockOnly, page, size);
        return new SearchView(results.products().stream().map(ProductView::of).toList(), results.total(),
                results.page(), results.size());
    }

    @GET
    @Path("products/{sku}")
    @PermitAll
    @Operation(summary = "One product by SKU")
    public ProductView bySku(@PathParam("sku") @Size(max = 40) String sku) {
        return catalog.bySku(sku).map(ProductView::of).orElseThrow(() -> ProblemException.notFound(
                "no-such-product", "There is no product " + sku + "."));
    }

    @GET
    @Path("categories")
    @PermitAll
    @Operation(summary = "Product categories")
    public List<CategoryView> categories() {
        return products.categories().stream().map(CategoryView::of).toList();
    }
}
