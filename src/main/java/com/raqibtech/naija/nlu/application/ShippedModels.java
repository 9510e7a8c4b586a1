package com.raqibtech.naija.nlu.application;

import java.io.IOException;
import java.io.InputStream;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;

/** Reading a categorizer model that the build wrote (LanguageModelBuild), checked before it is used. */
final class ShippedModels {

    private ShippedModels() {
    }

    static DoccatModel read(InputStream in) throws IOException {
        try {
            DoccatModel model = new DoccatModel(in);
            // OpenNLP re-creates the feature generators by class name on first use: do it now, once, so a model
            // whose classes are missing fails here (and is retrained) instead of at every parse.
            new DocumentCategorizerME(model);
            return model;
        } catch (RuntimeException e) {
            // OpenNLP answers some damaged files with unchecked exceptions (a missing manifest: NullPointerException).
            throw new IOException("model unusable: " + e.getMessage(), e);
        }
    }
}
