package com.raqibtech.naija.catalog;

import static com.raqibtech.naija.testing.Http.get;
import static com.raqibtech.naija.testing.Http.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.raqibtech.naija.testing.ItSettings;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

/** The catalogue over HTTP, from the PostgreSQL demo data. */
class CatalogueIT {

    @Test
    void typosFindTheProductWithLivePriceAndStock() throws Exception {
        HttpResponse<String> response = get("/api/v1/products?q=samsong%20a24");
        assertEquals(200, response.statusCode(), response.body());
        JsonObject first = json(response).getJsonArray("products").getJsonObject(0);
        assertTrue(first.getString("name").contains("Galaxy A24"), first.getString("name"));
        try (Connection db = ItSettings.serverDatabase();
             PreparedStatement query = db.prepareStatement("SELECT price, stock FROM products WHERE sku = ?")) {
            query.setString(1, first.getString("sku"));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                assertEquals(0, row.getBigDecimal(1).compareTo(new BigDecimal(first.getJsonObject("price")
                        .getString("amount"))));
                assertEquals(row.getInt(2), first.getInt("stock"));
            }
        }
        assertTrue(first.getJsonObject("price").getString("formatted").startsWith("₦"));
    }

    @Test
    void filtersAndPagesWork() {
        JsonObject page = json(get("/api/v1/products?q=phone&category=phones-tablets&maxPrice=200000&size=5"));
        assertTrue(page.getInt("total") > 0);
        JsonArray products = page.getJsonArray("products");
        assertTrue(products.size() <= 5);
        for (JsonObject product : products.getValuesAs(JsonObject.class)) {
            assertTrue(new BigDecimal(product.getJsonObject("price").getString("amount"))
                    .compareTo(new BigDecimal("200000")) <= 0);
            assertEquals("phones-tablets", product.getJsonObject("category").getString("slug"));
        }
        assertEquals("generators-power", json(get("/api/v1/products?q=gen")).getJsonArray("products")
                .getJsonObject(0).getJsonObject("category").getString("slug"));
    }

    @Test
    void productsAndCategoriesByKey() {
        JsonObject product = json(get("/api/v1/products/PHN-SAM-A15-128"));
        assertEquals("Samsung", product.getString("brand"));
        assertEquals(404, get("/api/v1/products/NOPE-0").statusCode());
        assertEquals(400, get("/api/v1/products?maxPrice=-5").statusCode());
        assertEquals(400, get("/api/v1/products?size=500").statusCode());
        assertEquals(400, get("/api/v1/products?maxPrice=abc").statusCode(), "a wrong type is the caller's error");
        assertTrue(((JsonArray) com.raqibtech.naija.testing.Http.parse(get("/api/v1/categories").body())).size() >= 8);
    }
}
