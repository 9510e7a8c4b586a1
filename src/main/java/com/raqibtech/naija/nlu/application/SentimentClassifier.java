package com.raqibtech.naija.nlu.application;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
 * Positive / negative / neutral for English and Pidgin, with a score in -1..1: a maximum-entropy model over words,
 * word pairs and character n-grams trained on Nigerian Pidgin tweets (AfriSenti), kept in memory.
 */
public final class SentimentClassifier {

    /** A labelled text. */
    public record Example(String text, String label) {
    }

    /** The label and a signed score: P(positive) − P(negative). */
    public record Sentiment(String label, double score) {
    }

    private final DoccatModel model;

    private SentimentClassifier(DoccatModel model) {
        this.model = model;
    }

    /** A model written by {@link #write}, e.g. the one the build trains (see LanguageModelBuild). */
    public static SentimentClassifier read(java.io.InputStream in) throws IOException {
        return new SentimentClassifier(ShippedModels.read(in));
    }

    public void write(java.io.OutputStream out) throws IOException {
        model.serialize(out);
    }

    public static SentimentClassifier train(List<Example> examples) {
        List<DocumentSample> samples = new ArrayList<>();
        for (Example example : examples) {
            String[] tokens = Normalizer.tokens(example.text()).toArray(String[]::new);
            if (tokens.length > 0) {
                samples.add(new DocumentSample(example.label(), tokens));
            }
        }
        TrainingParameters parameters = TrainingParameters.defaultParams();
        parameters.put(TrainingParameters.ITERATIONS_PARAM, 150);
        parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
        try {
            DoccatFactory factory = new DoccatFactory(new FeatureGenerator[]{new BagOfWordsFeatureGenerator(),
                new NGramFeatureGenerator(2, 2), new CharacterNGrams()});
            return new SentimentClassifier(DocumentCategorizerME.train("pcm", new CollectionObjectStream<>(samples),
                    parameters, factory));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Sentiment classify(String text) {
        String[] tokens = Normalizer.tokens(text).toArray(String[]::new);
        if (tokens.length == 0) {
            return new Sentiment("neutral", 0);
        }
        DocumentCategorizerME categorizer = new DocumentCategorizerME(model);
        double[] probabilities = categorizer.categorize(tokens);
        double positive = probability(categorizer, probabilities, "positive");
        double negative = probability(categorizer, probabilities, "negative");
        return new Sentiment(categorizer.getBestCategory(probabilities), positive - negative);
    }

    private static double probability(DocumentCategorizerME categorizer, double[] probabilities, String label) {
        int index = categorizer.getIndex(label);
        return index < 0 ? 0 : probabilities[index];
    }

    /** AfriSenti rows: "tweet TAB label" (train) or "id TAB tweet TAB label" (dev); the first line is a header. */
    public static List<Example> readAfriSenti(String resource) {
        try (InputStream in = SentimentClassifier.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            List<Example> examples = new ArrayList<>();
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            lines.readLine();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] fields = line.split("\t");
                if (fields.length >= 2) {
                    examples.add(new Example(fields[fields.length - 2], fields[fields.length - 1].trim()));
                }
            }
            return examples;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
