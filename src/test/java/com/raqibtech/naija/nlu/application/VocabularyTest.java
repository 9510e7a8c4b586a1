package com.raqibtech.naija.nlu.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The typed vocabulary the dialogue works with is exactly what the models and the entity rules produce: an intent the
 * model learned but the enum lacks (or the other way round) would be silently read as out of scope.
 */
class VocabularyTest {

    @Test
    void theIntentEnumIsExactlyTheIntentModelsLabels() throws Exception {
        Set<String> enumLabels = Arrays.stream(Intent.values()).map(Intent::label)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(enumLabels, LanguageModelBuild.shipped().intents().labels());
        Set<String> trained = LanguageModelBuild.intentTrainingData().stream().map(Utterance::intent)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(enumLabels, trained, "and the labels of the training data");
    }

    @Test
    void entityKindsAreTheTaxonomysEntityNames() {
        Set<String> kinds = Arrays.stream(EntityKind.values()).map(EntityKind::label)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(Set.of("product", "category", "quantity", "state", "payment_method", "order_id",
                "price_max", "phone")), kinds);
    }

    @Test
    void everyEntityTheExtractorFindsHasAKind() throws Exception {
        EntityExtractor extractor = new EntityExtractor(
                com.raqibtech.naija.testing.SchemaChecks.nluStateAliases("vocabulary"));
        String text = "I wan buy 2 Samsung phones under 300k, deliver to Ikeja, pay on delivery, call 0803 123 4567 "
                + "about RQB2025053000034295";
        Set<String> found = extractor.extract(text, EntityExtractors.goods(java.util.List.of())).stream()
                .map(Entity::entity).collect(Collectors.toCollection(TreeSet::new));
        for (String kind : found) {
            assertEquals(kind, EntityKind.valueOf(kind.toUpperCase(java.util.Locale.ROOT)).label());
        }
        assertEquals(Set.of("quantity", "price_max", "state", "payment_method", "phone", "order_id"),
                found.stream().filter(k -> !k.equals("product") && !k.equals("category"))
                        .collect(Collectors.toSet()));
    }
}
