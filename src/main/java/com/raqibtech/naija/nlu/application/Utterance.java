package com.raqibtech.naija.nlu.application;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A labelled utterance of the training and evaluation data (JSON Lines, see nlu/README.md). */
public record Utterance(String text, String intent, String lang, JsonObject raw) {

    /** All utterances of a JSON Lines resource on the class path. */
    public static List<Utterance> read(String resource) {
        try (InputStream in = Utterance.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            List<Utterance> utterances = new ArrayList<>();
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                try (JsonReader reader = Json.createReader(new StringReader(line))) {
                    JsonObject object = reader.readObject();
                    utterances.add(new Utterance(object.getString("text"), object.getString("intent"),
                            object.getString("lang", "en"), object));
                }
            }
            return utterances;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
