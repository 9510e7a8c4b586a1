package com.raqibtech.naija.nlu.application;

import com.raqibtech.naija.catalog.application.CatalogSearch;
import com.raqibtech.naija.catalog.application.ProductIndex;
import com.raqibtech.naija.delivery.application.StateDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The entity extractor, fed with the state aliases of the reference data (built once, on first use), and the
 * catalogue's own words for products and categories (a gazetteer that follows the live catalogue's index).
 */
@ApplicationScoped
public class EntityExtractors {

    @Inject
    StateDirectory states;

    @Inject
    CatalogSearch catalog;

    private volatile EntityExtractor extractor;

    /** All entities of a message, catalogue goods included. */
    public List<Entity> extract(String text) {
        return extractor().extract(text, goods(catalog.mentions(text)));
    }

    /** Catalogue mentions as entities: product, or category when every word is a kind of goods. */
    public static List<Entity> goods(List<ProductIndex.Mention> mentions) {
        return mentions.stream().map(mention -> new Entity(mention.category() ? "category" : "product",
                mention.text(), mention.start(), mention.end(), mention.text())).toList();
    }

    public EntityExtractor extractor() {
        EntityExtractor current = extractor;
        if (current == null) {
            current = new EntityExtractor(stateNamesByAlias(states));
            extractor = current;
        }
        return current;
    }

    /** The state's name as the taxonomy writes it: "FCT" for the Federal Capital Territory, else its name. */
    public static String taxonomyName(String code, String name) {
        return code.equals("FC") ? "FCT" : name;
    }

    /** Alias → the state's name as the taxonomy writes it ("FCT" for the capital territory); codes left out. */
    static Map<String, String> stateNamesByAlias(StateDirectory states) {
        Map<String, String> byAlias = new HashMap<>();
        for (StateDirectory.AliasName alias : states.aliases()) {
            if (!alias.code()) {
                byAlias.put(alias.alias(), taxonomyName(alias.stateCode(), alias.stateName()));
            }
        }
        return byAlias;
    }
}
