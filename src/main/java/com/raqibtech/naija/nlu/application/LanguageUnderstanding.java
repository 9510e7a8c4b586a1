package com.raqibtech.naija.nlu.application;

import com.raqibtech.naija.nlu.application.LanguageModelBuild.Models;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.regex.Pattern;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Understanding one message: intent with confidence, entities with spans, sentiment (with a flag for strong
 * frustration) and the language register. The models are loaded once, in the background when the application
 * starts, as the build trained them (LanguageModelBuild); parsing never loads a model. Offline, no API key.
 */
@ApplicationScoped
public class LanguageUnderstanding {

    private static final Logger LOG = Logger.getLogger(LanguageUnderstanding.class.getName());
    private static final Pattern ANGRY = Pattern.compile("(?i)\\b(nonsense|rubbish|scam|fraud|thief|thieves|"
            + "useless|wicked|stupid|mumu|disappointed|disgusting|worst|never again|i am tired|i don tire|"
            + "ridiculous|annoying|angry|vex)\\b|!{3,}");

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Inject
    EntityExtractors entities;

    private volatile CompletableFuture<Models> models;


    /** What was understood. */
    public record Parse(String intent, double confidence, List<Entity> entities, SentimentClassifier.Sentiment sentiment,
                        boolean frustrated, String language) {
    }

    void trainAtStart(@Observes @Initialized(jakarta.enterprise.context.ApplicationScoped.class) Object started) {
        models();
    }

    public Parse parse(String text) {
        return understand(awaitModels(), entities.extract(text), text);
    }

    /** What the models make of a message whose entities were found already; shared with tests that run no server. */
    public static Parse understand(Models models, List<Entity> entities, String text) {
        IntentClassifier.Prediction intent = models.intents().classify(text);
        SentimentClassifier.Sentiment sentiment = models.sentiment().classify(text);
        boolean frustrated = sentiment.label().equals("negative") && (sentiment.score() <= -0.9
                || ANGRY.matcher(text).find() || shouting(text));
        return new Parse(intent.intent(), intent.confidence(), entities, sentiment, frustrated,
                LanguageTagger.tag(text));
    }

    private static boolean shouting(String text) {
        long letters = text.chars().filter(Character::isLetter).count();
        long upper = text.chars().filter(Character::isUpperCase).count();
        return letters >= 12 && upper * 10 >= letters * 8;
    }

    private synchronized CompletableFuture<Models> models() {
        if (models == null) {
            models = CompletableFuture.supplyAsync(() -> {
                long started = System.nanoTime();
                try {
                    Models shipped = LanguageModelBuild.shipped();
                    if (shipped != null) {
                        LOG.info(() -> "Language models loaded in " + (System.nanoTime() - started) / 1_000_000
                                + " ms");
                        return shipped;
                    }
                } catch (IOException e) {
                    LOG.log(Level.WARNING, "shipped language models unreadable, training them instead", e);
                }
                // No model built with this class path (e.g. run from an IDE), or built from other data: train here.
                Models trained = LanguageModelBuild.train();
                LOG.info(() -> "Language models trained in " + (System.nanoTime() - started) / 1_000_000 + " ms");
                return trained;
            }, executor);
        }
        return models;
    }

    private Models awaitModels() {
        try {
            return models().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("language models failed to train", e.getCause());
        }
    }
}
