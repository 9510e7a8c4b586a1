package com.raqibtech.naija.nlu.interfaces;

import com.raqibtech.naija.nlu.application.Entity;
import com.raqibtech.naija.nlu.application.LanguageUnderstanding;
import com.raqibtech.naija.shared.error.ProblemException;
import com.raqibtech.naija.shared.kv.KeyValueStore;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response.Status;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What a message means, for anyone (guests included), rate-limited per client address. */
@Path("v1/nlu")
@RequestScoped
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Language understanding")
public class NluResource {

    public static final int MAX_TEXT = 2000;

    @Inject
    LanguageUnderstanding understanding;

    @Inject
    KeyValueStore store;

    @Inject
    @ConfigProperty(name = "nlu.rate-limit.per-minute", defaultValue = "120")
    int perMinute;

    @Context
    HttpServletRequest request;

    public record ParseRequest(@NotBlank(message = "give the text to understand")
                               @Size(max = MAX_TEXT, message = "at most 2000 characters") String text) {
    }

    public record EntityView(String entity, Object value, int start, int end, String text) {
        static EntityView of(Entity entity) {
            return new EntityView(entity.entity(), entity.value(), entity.start(), entity.end(), entity.text());
        }
    }

    public record SentimentView(String label, double score, boolean frustrated) {
    }

    public record ParseView(String intent, double confidence, List<EntityView> entities, SentimentView sentiment,
                            String language) {
    }

    @POST
    @Path("parse")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Intent, entities with spans, sentiment and language of an English, Nigerian English or "
            + "Pidgin message (offline; at most 2000 characters; 429 when over the rate limit)")
    public ParseView parse(@Valid @NotNull(message = "send {\"text\": ...}") ParseRequest body) {
        long calls = store.increment("nlu:rate:" + request.getRemoteAddr() + ":" + System.currentTimeMillis() / 60_000,
                Duration.ofMinutes(2));
        if (calls > perMinute) {
            throw new ProblemException(Status.TOO_MANY_REQUESTS, "rate-limited", "Too many requests",
                    "At most " + perMinute + " messages a minute from one address; wait a little.");
        }
        LanguageUnderstanding.Parse parse = understanding.parse(body.text());
        return new ParseView(parse.intent(), round(parse.confidence()),
                parse.entities().stream().map(EntityView::of).toList(),
                new SentimentView(parse.sentiment().label(), round(parse.sentiment().score()), parse.frustrated()),
                parse.language());
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
