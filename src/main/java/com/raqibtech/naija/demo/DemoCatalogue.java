package com.raqibtech.naija.demo;

import com.raqibtech.naija.demo.DemoData.ProductRow;
import com.raqibtech.naija.shared.money.Naira;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads the demo catalogue ({@code demo/products.csv}) and the mobile prefixes shipped as resources. */
public final class DemoCatalogue {

    static final String PRODUCTS = "/demo/products.csv";
    static final String MOBILE_PREFIXES = "/reference/ng_mobile_prefixes.csv";

    private DemoCatalogue() {
    }

    /** The products, with ids 1..n in file order. */
    public static List<ProductRow> products() {
        List<ProductRow> products = new ArrayList<>();
        for (CSVRecord record : read(PRODUCTS)) {
            Map<String, String> attributes = new LinkedHashMap<>();
            for (String pair : record.get("attributes").split(";")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    attributes.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
                }
            }
            products.add(new ProductRow(products.size() + 1, record.get("sku"), record.get("name"),
                    record.get("brand"), record.get("category"), Naira.of(record.get("price")),
                    Integer.parseInt(record.get("stock")), Integer.parseInt(record.get("popularity")),
                    record.get("description"), attributes));
        }
        return products;
    }

    /** International prefixes of Nigerian mobile numbers, e.g. "234803" or "2347020". */
    public static List<String> mobilePrefixes() {
        return read(MOBILE_PREFIXES).stream().map(record -> record.get("intl_prefix")).toList();
    }

    private static List<CSVRecord> read(String resource) {
        try (InputStream in = DemoCatalogue.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)
                    .getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
