package com.raqibtech.naija.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.raqibtech.naija.platform.SchemaMigrator;
import com.raqibtech.naija.testing.SchemaChecks;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoDataGeneratorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    /** Any limit: the generator takes checkout's and must keep pay-on-delivery orders within it. */
    private static final BigDecimal POD_LIMIT = new BigDecimal("350000");
    private static DemoReference reference;

    @BeforeAll
    static void readReferenceFromTheMigrations() throws Exception {
        DataSource h2 = SchemaChecks.h2InMemory("generator");
        SchemaMigrator.migrate(h2);
        try (Connection db = h2.getConnection()) {
            reference = DemoDataWriter.readReference(db);
        }
    }

    private static DemoData generate(long seed) {
        return new DemoDataGenerator(seed, TODAY, reference, DemoCatalogue.products(), POD_LIMIT).generate();
    }

    @Test
    void sameSeedSameData() {
        assertEquals(generate(42), generate(42));
        assertNotEquals(generate(42).customers(), generate(43).customers());
    }

    @Test
    void catalogueIsRealisticAndWellFormed() {
        List<DemoData.ProductRow> products = DemoCatalogue.products();
        assertTrue(products.size() >= 150);
        assertEquals(products.size(), products.stream().map(DemoData.ProductRow::sku).distinct().count());
        Set<String> brands = products.stream().map(DemoData.ProductRow::brand).collect(Collectors.toSet());
        assertTrue(brands.containsAll(Set.of("Samsung", "Tecno", "Infinix", "Apple", "HP", "Dell", "Lenovo")));
        assertTrue(products.stream().allMatch(product -> product.price().scale() == 2
                && product.price().signum() > 0));
        assertTrue(products.stream().anyMatch(product -> product.name().contains("Galaxy A24")));
    }

    @Test
    void ordersStayInThePastYearWithUniqueReferencesAndExactTotals() {
        DemoData data = generate(1);
        Set<String> references = new HashSet<>();
        for (DemoData.OrderRow order : data.orders()) {
            assertTrue(references.add(order.reference()), order.reference());
            assertTrue(order.reference().matches("RQB\\d{8}\\d{8}"), order.reference());
            LocalDate placed = order.placedAt().atZone(java.time.ZoneId.of("Africa/Lagos")).toLocalDate();
            assertTrue(placed.isBefore(TODAY) && !placed.isBefore(TODAY.minusDays(365)), placed.toString());
            assertTrue(order.reference().startsWith("RQB" + placed.toString().replace("-", "")));
            BigDecimal subtotal = order.items().stream().map(DemoData.ItemRow::lineTotal)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(subtotal, order.subtotal());
            assertEquals(order.subtotal().subtract(order.discount()).add(order.deliveryFee()), order.total());
            assertTrue(order.expectedDeliveryDate().isAfter(placed));
            if (order.paymentMethod().equals("pay_on_delivery")) {
                assertTrue(order.total().compareTo(POD_LIMIT) <= 0, "POD limit");
            }
        }
    }

    @Test
    void customersHaveNigerianNumbersAndUniqueEmails() {
        DemoData data = generate(1);
        assertEquals(data.customers().size(),
                data.customers().stream().map(DemoData.CustomerRow::email).distinct().count());
        assertEquals(data.customers().size(),
                data.customers().stream().map(DemoData.CustomerRow::phone).distinct().count());
        assertTrue(data.customers().stream().allMatch(customer -> customer.phone().matches("\\+234[789]\\d{9}")));
        long inLagos = data.customers().stream().filter(customer -> customer.stateCode().equals("LA")).count();
        assertTrue(inLagos > data.customers().size() / 5, "Lagos is the biggest market: " + inLagos);
    }
}
