package com.raqibtech.naija.delivery.application;

import com.raqibtech.naija.delivery.domain.State;
import com.raqibtech.naija.delivery.domain.StateAlias;
import com.raqibtech.naija.delivery.domain.StateNames;
import com.raqibtech.naija.delivery.domain.StateRepository;
import com.raqibtech.naija.shared.error.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a state from whatever people call it: its name, code, capital, a big city in it or slang
 * ("Lag", "Lasgidi", "Abj", "PH", "Kubwa"), in any case and spelling of spaces and punctuation.
 * States and aliases are reference data that only a migration changes, so they are read once and kept.
 */
@ApplicationScoped
public class StateDirectory {

    @Inject
    StateRepository states;

    private volatile Snapshot snapshot;

    private record Snapshot(List<State> statesByName, Map<String, StateAlias> aliases) {
    }

    public Optional<State> resolve(String input) {
        StateAlias alias = snapshot().aliases().get(StateNames.normalise(input));
        return Optional.ofNullable(alias).map(StateAlias::getState);
    }

    /**
     * The state for a name as people write it.
     *
     * @throws ProblemException 400 {@code unknown-state}, suggesting a state spelled close when there is one
     */
    public State require(String input) {
        return resolve(input).orElseThrow(() -> {
            String shown = input == null ? "" : input.length() > 40 ? input.substring(0, 40) + "…" : input;
            String suggestion = closest(input == null ? "" : input)
                    .map(state -> " Did you mean " + state.getName() + "?")
                    .orElse(" Use a state name such as Lagos, Kano or Abuja (FCT).");
            return ProblemException.badRequest("unknown-state",
                    "'" + shown + "' is not a Nigerian state we know." + suggestion);
        });
    }

    /**
     * The code of the state people mean ("Lasgidi" → "LA").
     *
     * @throws ProblemException 400 {@code unknown-state}, as {@link #require}
     */
    public String requireCode(String input) {
        return require(input).getCode();
    }

    /** A state's name from its code ("LA" → "Lagos"); null for null. */
    public String nameOf(String code) {
        if (code == null) {
            return null;
        }
        return all().stream().filter(state -> state.getCode().equals(code)).map(State::getName).findFirst()
                .orElse(code);
    }

    /** All 37 states, by name. */
    public List<State> all() {
        return snapshot().statesByName();
    }

    /** One way people write a state, for language understanding's gazetteer; {@code kind} as stored, lower case. */
    public record AliasName(String alias, String kind, String stateCode, String stateName) {

        /** A state code ("LA"): too short and ambiguous to find in running text. */
        public boolean code() {
            return kind.equals("code");
        }
    }

    /** Every alias (normalised as {@link #normalise} does), as read models. */
    public List<AliasName> aliases() {
        return snapshot().aliases().values().stream().map(alias -> new AliasName(alias.getAlias(),
                alias.getKind().name().toLowerCase(java.util.Locale.ROOT), alias.getState().getCode(),
                alias.getState().getName())).toList();
    }

    /** The one normalisation of state names: "  Akwa-Ibom State " → "akwa ibom". */
    public static String normalise(String input) {
        return StateNames.normalise(input);
    }

    /** The state whose name or capital is spelled closest to the input, when it is close enough to suggest. */
    public Optional<State> closest(String input) {
        String typed = StateNames.normalise(input);
        if (typed.length() < 3) {
            return Optional.empty();
        }
        return snapshot().aliases().values().stream()
                .filter(alias -> alias.getKind() != StateAlias.Kind.CODE)
                .map(alias -> Map.entry(alias, editDistance(typed, alias.getAlias())))
                .filter(scored -> scored.getValue() <= Math.max(1, typed.length() / 3))
                // Ties go to state names before capitals before towns ("Kanu" is Kano, not Karu in the FCT).
                .min(Comparator.<Map.Entry<StateAlias, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(scored -> scored.getKey().getKind())
                        .thenComparing(scored -> scored.getKey().getAlias()))
                .map(scored -> scored.getKey().getState());
    }

    private Snapshot snapshot() {
        Snapshot current = snapshot;
        if (current == null) {
            Map<String, StateAlias> byAlias = new HashMap<>();
            for (StateAlias alias : states.findAllAliases()) {
                byAlias.put(alias.getAlias(), alias);
            }
            current = new Snapshot(List.copyOf(states.findAllByName()), Map.copyOf(byAlias));
            snapshot = current;
        }
        return current;
    }

    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
