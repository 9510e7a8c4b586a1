package com.raqibtech.naija.nlu.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * The language models as the application uses them: trained by the build from the labelled data in {@code nlu/}
 * and shipped as resources, so a server loads them in a moment instead of training for tens of seconds at every
 * start. Run by Maven in the process-classes phase ({@code main} with the class output folder); skipped when the
 * models are newer than the data and the classes that make their features. Without the shipped files (a run
 * from an IDE) the application trains the same models itself.
 */
public final class LanguageModelBuild {

    public static final String INTENT_MODEL = "/nlu/models/intent.bin";
    public static final String SENTIMENT_MODEL = "/nlu/models/sentiment.bin";

    private LanguageModelBuild() {
    }

    /** Everything the intent model learns from: the dev set, the team set and Bitext. */
    public static List<Utterance> intentTrainingData() {
        List<Utterance> labelled = new ArrayList<>(Utterance.read("/nlu/dev.jsonl"));
        labelled.addAll(Utterance.read("/nlu/team_intents.jsonl"));
        labelled.addAll(Utterance.read("/nlu/bitext_train.jsonl"));
        return labelled;
    }

    public static IntentClassifier trainIntents() {
        return IntentClassifier.train(intentTrainingData());
    }

    public static SentimentClassifier trainSentiment() {
        return SentimentClassifier.train(SentimentClassifier.readAfriSenti("/nlu/afrisenti_pcm_train.tsv"));
    }

    /** The shipped intent model, or null when this class path has none. */
    public static IntentClassifier shippedIntents() throws IOException {
        try (InputStream in = LanguageModelBuild.class.getResourceAsStream(INTENT_MODEL)) {
            return in == null ? null : IntentClassifier.read(in);
        }
    }

    /** The shipped sentiment model, or null when this class path has none. */
    public static SentimentClassifier shippedSentiment() throws IOException {
        try (InputStream in = LanguageModelBuild.class.getResourceAsStream(SENTIMENT_MODEL)) {
            return in == null ? null : SentimentClassifier.read(in);
        }
    }

    /** Trains both models and writes them under {@code args[0]} (the build's class output folder). */
    public static void main(String[] args) throws Exception {
        Path classes = Path.of(args[0]);
        Path intentFile = classes.resolve(INTENT_MODEL.substring(1));
        Path sentimentFile = classes.resolve(SENTIMENT_MODEL.substring(1));
        if (upToDate(classes, intentFile, sentimentFile)) {
            System.out.println("[language models] up to date: " + intentFile.getParent());
            return;
        }
        long started = System.nanoTime();
        CompletableFuture<SentimentClassifier> sentiment = CompletableFuture.supplyAsync(LanguageModelBuild::trainSentiment);
        IntentClassifier intents = trainIntents();
        Files.createDirectories(intentFile.getParent());
        try (OutputStream out = Files.newOutputStream(intentFile)) {
            intents.write(out);
        }
        try (OutputStream out = Files.newOutputStream(sentimentFile)) {
            sentiment.join().write(out);
        }
        System.out.printf("[language models] trained in %d ms: %s%n", (System.nanoTime() - started) / 1_000_000,
                intentFile.getParent());
    }

    /** Both models exist and are newer than the training data and the classes of this package. */
    private static boolean upToDate(Path classes, Path... models) throws IOException {
        long oldestModel = Long.MAX_VALUE;
        for (Path model : models) {
            if (!Files.exists(model)) {
                return false;
            }
            oldestModel = Math.min(oldestModel, Files.getLastModifiedTime(model).toMillis());
        }
        Path data = classes.resolve("nlu");
        Path code = classes.resolve(LanguageModelBuild.class.getPackageName().replace('.', '/'));
        try (Stream<Path> inputs = Stream.concat(Files.list(data), Files.list(code))) {
            long limit = oldestModel;
            return inputs.filter(Files::isRegularFile).allMatch(input -> {
                try {
                    return Files.getLastModifiedTime(input).toMillis() < limit;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
