package com.raqibtech.naija.chat.application;

import com.raqibtech.naija.nlu.application.LanguageUnderstanding;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * Stores one turn in one transaction: the customer's message, the answer, and, when the turn hands the conversation
 * over, the queueing and its notice after them. All of it or none of it.
 */
@ApplicationScoped
public class TurnRecorder {

    @Inject
    ChatTranscript transcript;

    @Inject
    Handoff handoff;

    @Transactional
    public ChatTranscript.Written record(String conversationId, ChatEngine.Inbound message,
                                         LanguageUnderstanding.Parse parse, String replyText, String handoffReason,
                                         Instant now) {
        ChatTranscript.Written written = transcript.turn(conversationId, message.text(), message.externalId(),
                parse.intent(), parse.sentiment().label(), parse.language(), replyText, now);
        if (handoffReason != null) {
            handoff.toQueue(conversationId, handoffReason, now.plusMillis(2));
        }
        return written;
    }
}
