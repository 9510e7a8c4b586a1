package com.raqibtech.naija.nlu.application;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * Character 5- and 6-grams across word boundaries of the normalised message ("e me th", "t throu"): short phrases
 * keep their shape even when spelt apart, joined or misspelt ("put me through", "putme thru"). Public with a public
 * constructor: OpenNLP re-creates feature generators by class name.
 */
public final class PhraseCharacterNGrams implements FeatureGenerator {

    @Override
    public Collection<String> extractFeatures(String[] text, Map<String, Object> extraInformation) {
        String joined = " " + String.join(" ", text) + " ";
        List<String> features = new ArrayList<>();
        for (int n = 5; n <= 6; n++) {
            for (int i = 0; i + n <= joined.length(); i++) {
                features.add("p" + n + "=" + joined.substring(i, i + n));
            }
        }
        return features;
    }
}
