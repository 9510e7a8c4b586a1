package com.raqibtech.naija.nlu.application;

import com.raqibtech.naija.delivery.application.StateDirectory;
import com.raqibtech.naija.delivery.domain.StateAlias;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;

/** The entity extractor, fed with the state aliases of the reference data (built once, on first use). */
@ApplicationScoped
public class EntityExtractors {

    @Inject
    StateDirectory states;

    private volatile EntityExtractor extractor;

    public EntityExtractor extractor() {
        EntityExtractor current = extractor;
        if (current == null) {
            current = new EntityExtractor(stateNamesByAlias(states));
            extractor = current;
        }
        return current;
    }

    /** The state's name as the taxonomy writes it: "FCT" for the Federal Capital Territory, else its name. */
    public static String taxonomyName(String code, String name) {
        return code.equals("FC") ? "FCT" : name;
    }

    /** Alias → the state's name as the taxonomy writes it ("FCT" for the capital territory); codes left out. */
    static Map<String, String> stateNamesByAlias(StateDirectory states) {
        Map<String, String> byAlias = new HashMap<>();
        for (StateAlias alias : states.aliases()) {
            if (alias.getKind() != StateAlias.Kind.CODE) {
                byAlias.put(alias.getAlias(), taxonomyName(alias.getState().getCode(), alias.getState().getName()));
            }
        }
        return byAlias;
    }
}
