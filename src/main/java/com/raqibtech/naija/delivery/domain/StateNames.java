package com.raqibtech.naija.delivery.domain;

import java.text.Normalizer;
import java.util.Locale;

/** The one normalisation of state names, used both for the stored aliases and for what people type. */
public final class StateNames {

    private StateNames() {
    }

    /** "  Akwa-Ibom State " → "akwa ibom"; "Port-Harcourt." → "port harcourt"; "F.C.T" → "fct". */
    public static String normalise(String input) {
        if (input == null) {
            return "";
        }
        String text = Normalizer.normalize(input, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[.'’]", "")
                .replaceAll("[^a-z0-9]+", " ")
                .trim();
        if (text.endsWith(" state")) {
            text = text.substring(0, text.length() - " state".length()).trim();
        }
        return text;
    }
}
