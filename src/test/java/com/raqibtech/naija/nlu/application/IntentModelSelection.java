package com.raqibtech.naija.nlu.application;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import opennlp.tools.util.TrainingParameters;

/**
 * Chooses the intent model's training settings without the dev set: 5-fold cross-validation over the team's
 * training utterances (each fold's model also trains on Bitext), one accuracy per candidate. The dev set stays a
 * test. Run: {@code ./mvnw -q test-compile exec:java -Dexec.mainClass=com.raqibtech.naija.nlu.application
 * .IntentModelSelection -Dexec.classpathScope=test} (add {@code -Dexec.args=features} to compare the feature sets
 * with the current training settings instead).
 */
public final class IntentModelSelection {

    private IntentModelSelection() {
    }

    public static void main(String[] args) {
        List<Utterance> team = new ArrayList<>(Utterance.read("/nlu/team_intents.jsonl"));
        List<Utterance> bitext = Utterance.read("/nlu/bitext_train.jsonl");
        Collections.shuffle(team, new Random(31));
        boolean onlyFeatures = args.length > 0 && args[0].equals("features");
        for (Map.Entry<String, TrainingParameters> candidate : candidates(onlyFeatures).entrySet()) {
            for (boolean phrases : onlyFeatures ? new boolean[]{false, true} : new boolean[]{true}) {
                int right = 0;
                for (int fold = 0; fold < 5; fold++) {
                    List<Utterance> train = new ArrayList<>(bitext);
                    List<Utterance> test = new ArrayList<>();
                    for (int i = 0; i < team.size(); i++) {
                        (i % 5 == fold ? test : train).add(team.get(i));
                    }
                    IntentClassifier model = IntentClassifier.train(train, candidate.getValue(), phrases);
                    for (Utterance utterance : test) {
                        right += model.classify(utterance.text()).intent().equals(utterance.intent()) ? 1 : 0;
                    }
                }
                System.out.printf(Locale.ROOT, "%-40s %-28s team-set 5-fold accuracy %.3f%n", candidate.getKey(),
                        phrases ? "with phrase n-grams" : "words and word n-grams only", (double) right / team.size());
            }
        }
    }

    private static Map<String, TrainingParameters> candidates(boolean onlyCurrent) {
        Map<String, TrainingParameters> candidates = new LinkedHashMap<>();
        candidates.put("current", IntentClassifier.parameters());
        if (onlyCurrent) {
            return candidates;
        }
        for (int iterations : new int[]{100, 200, 400}) {
            TrainingParameters gis = TrainingParameters.defaultParams();
            gis.put(TrainingParameters.CUTOFF_PARAM, 1);
            gis.put(TrainingParameters.ITERATIONS_PARAM, iterations);
            candidates.put("GIS " + iterations + " iterations", gis);
        }
        for (double l2 : new double[]{0.1, 1.0, 2.0, 4.0}) {
            TrainingParameters qn = TrainingParameters.defaultParams();
            qn.put(TrainingParameters.CUTOFF_PARAM, 1);
            qn.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT_QN");
            qn.put("L2Cost", l2);
            qn.put(TrainingParameters.ITERATIONS_PARAM, 300);
            candidates.put("L-BFGS, L2 " + l2, qn);
        }
        return candidates;
    }
}
