package com.raqibtech.naija.nlu.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

/**
 * The intent of a message: a maximum-entropy model (Apache OpenNLP) over normalised words and word pairs,
 * trained once from labelled utterances and kept in memory; one classification is a dot product, no model loading.
 */
public final class IntentClassifier {

    /** The best intent and the model's probability for it. */
    public record Prediction(String intent, double confidence) {
    }

    private final DoccatModel model;

    private IntentClassifier(DoccatModel model) {
        this.model = model;
    }

    /** A model written by {@link #write}, e.g. the one the build trains (see LanguageModelBuild). */
    public static IntentClassifier read(java.io.InputStream in) throws IOException {
        return new IntentClassifier(ShippedModels.read(in));
    }

    /** Every intent the model can answer, as labelled in its training data. */
    public java.util.Set<String> labels() {
        java.util.Set<String> labels = new java.util.TreeSet<>();
        for (int i = 0; i < model.getMaxentModel().getNumOutcomes(); i++) {
            labels.add(model.getMaxentModel().getOutcome(i));
        }
        return labels;
    }

    public void write(java.io.OutputStream out) throws IOException {
        model.serialize(out);
    }

    /** How many times each of the team's own (non-Bitext) utterances counts against one Bitext utterance. */
    static final int OWN_WEIGHT = 8;

    public static IntentClassifier train(List<Utterance> examples) {
        return train(examples, parameters());
    }

    /**
     * The training settings, chosen by cross-validation on the team set alone (IntentModelSelection): maximum
     * entropy fitted by L-BFGS with L2 cost 2 scored 0.892 there, against 0.875 for the default iterative scaling.
     */
    static TrainingParameters parameters() {
        TrainingParameters parameters = TrainingParameters.defaultParams();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT_QN");
        parameters.put("L2Cost", 2.0);
        parameters.put(TrainingParameters.ITERATIONS_PARAM, 300);
        parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
        return parameters;
    }

    static IntentClassifier train(List<Utterance> examples, TrainingParameters parameters) {
        return train(examples, parameters, true);
    }

    /** With or without the phrase-level character n-grams (IntentModelSelection compares both). */
    static IntentClassifier train(List<Utterance> examples, TrainingParameters parameters, boolean phraseNGrams) {
        List<DocumentSample> samples = new java.util.ArrayList<>();
        for (Utterance example : examples) {
            String[] tokens = Normalizer.tokens(example.text()).toArray(String[]::new);
            if (tokens.length == 0) {
                continue;
            }
            int copies = example.raw().containsKey("source_intent") ? 1 : OWN_WEIGHT;
            for (int i = 0; i < copies; i++) {
                samples.add(new DocumentSample(example.intent(), tokens));
            }
        }
        try {
            List<FeatureGenerator> features = new java.util.ArrayList<>(List.of(new BagOfWordsFeatureGenerator(),
                    new NGramFeatureGenerator(2, 2), new CharacterNGrams()));
            if (phraseNGrams) {
                features.add(new PhraseCharacterNGrams());
            }
            DoccatFactory factory = new DoccatFactory(features.toArray(FeatureGenerator[]::new));
            return new IntentClassifier(DocumentCategorizerME.train("en", new CollectionObjectStream<>(samples),
                    parameters, factory));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Prediction classify(String text) {
        String[] tokens = Normalizer.tokens(text).toArray(String[]::new);
        if (tokens.length == 0) {
            return new Prediction("out_of_scope", 1.0);
        }
        // A categorizer is cheap and not shared between threads.
        DocumentCategorizerME categorizer = new DocumentCategorizerME(model);
        double[] probabilities = categorizer.categorize(tokens);
        int best = 0;
        for (int i = 1; i < probabilities.length; i++) {
            if (probabilities[i] > probabilities[best]) {
                best = i;
            }
        }
        return new Prediction(categorizer.getCategory(best), probabilities[best]);
    }
}
