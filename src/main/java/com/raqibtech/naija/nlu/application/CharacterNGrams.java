package com.raqibtech.naija.nlu.application;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * Character 3- and 4-grams of each word (with word-boundary marks): spelling variants still share features.
 * Public with a public constructor: OpenNLP re-creates feature generators by class name.
 */
public final class CharacterNGrams implements FeatureGenerator {

    @Override
    public Collection<String> extractFeatures(String[] text, Map<String, Object> extraInformation) {
        List<String> features = new ArrayList<>();
        for (String word : text) {
            String marked = "_" + word + "_";
            for (int n = 3; n <= 4; n++) {
                for (int i = 0; i + n <= marked.length(); i++) {
                    features.add("c" + n + "=" + marked.substring(i, i + n));
                }
            }
        }
        return features;
    }
}
