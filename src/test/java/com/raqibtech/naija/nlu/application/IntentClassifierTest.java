package com.raqibtech.naija.nlu.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The intent model as the build trains it and the application loads it, on phrasings written for this test (none of
 * them is in the training files): negations, short replies, Pidgin and texting.
 */
class IntentClassifierTest {

    private static IntentClassifier model;

    @BeforeAll
    static void loadTheShippedModel() throws java.io.IOException {
        LanguageModelBuild.Models shipped = LanguageModelBuild.shipped();
        assertNotNull(shipped, "the build trains the models into nlu/models (process-classes), matching the data");
        model = shipped.intents();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // negations: what the customer does not want is not the intent
        "I no wan cancel am o, just tell me where the order reach | track_order",
        "please don't cancel anything, I only want to know when my package will arrive | track_order",
        // short replies in context
        "oya make I get this one | add_to_cart",
        "put am for cart abeg | add_to_cart",
        "oya order am sharp sharp | checkout",
        "use my wallet and place the order | checkout",
        // Pidgin and texting
        "wetin dey my cart now | view_cart",
        "comot the charger from cart | remove_from_cart",
        "hw much una dey charge to deliver for Kano | delivery_info",
        "dem don debit me two times for one order | payment_issue",
        "abeg I wan yarn with person, no be robot | human_agent",
        "una fit recommend better phone for 150k? | recommendation",
        "who go win the champions league this year | out_of_scope",
    })
    void understands(String text, String intent) {
        assertEquals(intent, model.classify(text).intent(), text);
    }

    @Test
    void confidenceIsAProbability() {
        IntentClassifier.Prediction prediction = model.classify("good evening");
        assertEquals("greeting", prediction.intent());
        assertTrue(prediction.confidence() > 0.5 && prediction.confidence() <= 1.0, "" + prediction.confidence());
    }

    @Test
    void emptyTextIsOutOfScope() {
        assertEquals("out_of_scope", model.classify("  ?? ").intent());
    }

    @Test
    void phraseFeaturesCrossWordBoundaries() {
        var features = new PhraseCharacterNGrams().extractFeatures(new String[]{"put", "me", "through"}, java.util.Map.of());
        assertTrue(features.contains("p5=t me "), features.toString());
        assertTrue(features.contains("p6= me th"), features.toString());
        // the same phrase spelt joined still shares its inner features
        var joined = new PhraseCharacterNGrams().extractFeatures(new String[]{"putme", "through"}, java.util.Map.of());
        assertTrue(joined.contains("p6=e thro") && features.contains("p6=e thro"), joined.toString());
    }

    @Test
    void anUnreadableModelIsRefusedWhenRead() {
        org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> IntentClassifier.read(new java.io.ByteArrayInputStream(new byte[]{1, 2, 3})));
    }

    @Test
    void shippedModelsAreUsedOnlyWhenTrainedFromTheseInputs() throws java.io.IOException {
        assertNotNull(LanguageModelBuild.shippedIfTrainedFrom(LanguageModelBuild.fingerprint()));
        // a model trained from other data or other feature code is stale: the application trains anew
        org.junit.jupiter.api.Assertions.assertNull(LanguageModelBuild.shippedIfTrainedFrom("0".repeat(64)));
    }
}
