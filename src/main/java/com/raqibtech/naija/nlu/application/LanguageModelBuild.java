package com.raqibtech.naija.nlu.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The language models as the application uses them: trained by the build from the labelled data in {@code nlu/}
 * and shipped as resources, so a server loads them in a moment instead of training for tens of seconds at every
 * start. Run by Maven in the process-classes phase ({@code main} with the class output folder). Beside the models
 * lies a fingerprint of what they were trained from (the data, the classes that make their features, the OpenNLP
 * version): the build skips training while it matches, and the application trains the models itself when it does
 * not (a stale model after the data changed) or when there are none (a run from an IDE).
 */
public final class LanguageModelBuild {

    public static final String INTENT_MODEL = "/nlu/models/intent.bin";
    public static final String SENTIMENT_MODEL = "/nlu/models/sentiment.bin";
    public static final String FINGERPRINT = "/nlu/models/inputs.sha256";

    private static final List<String> INTENT_DATA = List.of("/nlu/dev.jsonl", "/nlu/team_intents.jsonl",
            "/nlu/bitext_train.jsonl");
    private static final String SENTIMENT_DATA = "/nlu/afrisenti_pcm_train.tsv";
    private static final List<Class<?>> MODEL_CODE = List.of(IntentClassifier.class, SentimentClassifier.class,
            Normalizer.class, CharacterNGrams.class, PhraseCharacterNGrams.class, Utterance.class);

    private LanguageModelBuild() {
    }

    /** Everything the intent model learns from: the dev set, the team set and Bitext. */
    public static List<Utterance> intentTrainingData() {
        List<Utterance> labelled = new ArrayList<>();
        INTENT_DATA.forEach(data -> labelled.addAll(Utterance.read(data)));
        return labelled;
    }

    public static IntentClassifier trainIntents() {
        return IntentClassifier.train(intentTrainingData());
    }

    public static SentimentClassifier trainSentiment() {
        return SentimentClassifier.train(SentimentClassifier.readAfriSenti(SENTIMENT_DATA));
    }

    /** The models the build shipped, or null when there are none or they were trained from other inputs. */
    public static Models shipped() throws IOException {
        return shippedIfTrainedFrom(fingerprint());
    }

    /** The shipped models if their recorded fingerprint is this one. */
    static Models shippedIfTrainedFrom(String fingerprint) throws IOException {
        String recorded;
        try (InputStream in = LanguageModelBuild.class.getResourceAsStream(FINGERPRINT)) {
            if (in == null) {
                return null;
            }
            recorded = new String(in.readAllBytes(), StandardCharsets.US_ASCII).trim();
        }
        if (!recorded.equals(fingerprint)) {
            return null;
        }
        try (InputStream intents = resource(INTENT_MODEL); InputStream sentiment = resource(SENTIMENT_MODEL)) {
            return new Models(IntentClassifier.read(intents), SentimentClassifier.read(sentiment));
        }
    }

    /** The intent and sentiment models, shipped or trained. */
    public record Models(IntentClassifier intents, SentimentClassifier sentiment) {
    }

    /** Both models trained here, from the data on the class path. */
    public static Models train() {
        return new Models(trainIntents(), trainSentiment());
    }

    private static List<String> concat(List<String> first, String last) {
        List<String> all = new ArrayList<>(first);
        all.add(last);
        return all;
    }

    /** SHA-256 over the training data, the bytes of the classes that shape the models and the OpenNLP version. */
    static String fingerprint() throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (String data : concat(INTENT_DATA, SENTIMENT_DATA)) {
            try (InputStream in = resource(data)) {
                digest.update(in.readAllBytes());
            }
        }
        for (Class<?> code : MODEL_CODE) {
            try (InputStream in = code.getResourceAsStream(code.getSimpleName() + ".class")) {
                if (in == null) {
                    throw new IOException("class file of " + code.getName() + " not found");
                }
                digest.update(in.readAllBytes());
            }
        }
        digest.update(opennlp.tools.util.Version.currentVersion().toString().getBytes(StandardCharsets.US_ASCII));
        return HexFormat.of().formatHex(digest.digest());
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = LanguageModelBuild.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("missing resource " + name);
        }
        return in;
    }

    /** Trains both models and writes them under {@code args[0]} (the build's class output folder). */
    public static void main(String[] args) throws Exception {
        Path classes = Path.of(args[0]);
        if (!Files.isDirectory(classes.resolve("nlu"))) {
            throw new IllegalArgumentException("not a class output folder with nlu data: " + classes);
        }
        Path fingerprintFile = classes.resolve(FINGERPRINT.substring(1));
        Path intentFile = classes.resolve(INTENT_MODEL.substring(1));
        Path sentimentFile = classes.resolve(SENTIMENT_MODEL.substring(1));
        String fingerprint = fingerprint();
        if (Files.exists(intentFile) && Files.exists(sentimentFile) && Files.exists(fingerprintFile)
                && Files.readString(fingerprintFile, StandardCharsets.US_ASCII).trim().equals(fingerprint)) {
            System.out.println("[language models] up to date: " + intentFile.getParent());
            return;
        }
        long started = System.nanoTime();
        Files.deleteIfExists(fingerprintFile);
        CompletableFuture<SentimentClassifier> sentiment = CompletableFuture.supplyAsync(LanguageModelBuild::trainSentiment);
        IntentClassifier intents = trainIntents();
        Files.createDirectories(intentFile.getParent());
        // Written aside and moved into place, the fingerprint last: an interrupted build leaves no half model
        // that looks current.
        writeAtomically(intentFile, intents::write);
        writeAtomically(sentimentFile, sentiment.join()::write);
        writeAtomically(fingerprintFile, out -> out.write(fingerprint.getBytes(StandardCharsets.US_ASCII)));
        System.out.printf("[language models] trained in %d ms: %s%n", (System.nanoTime() - started) / 1_000_000,
                intentFile.getParent());
    }

    private interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private static void writeAtomically(Path target, Writer writer) throws IOException {
        Path temporary = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        try (OutputStream out = Files.newOutputStream(temporary)) {
            writer.write(out);
        }
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
