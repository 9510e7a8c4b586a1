package com.raqibtech.naija.chat.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.raqibtech.naija.chat.application.dialogue.Turn;
import com.raqibtech.naija.nlu.application.LanguageUnderstanding;
import com.raqibtech.naija.nlu.application.SentimentClassifier;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The customer's answer to a question the agent asked: a yes only when it says yes. */
class CustomerAnswersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "yes abeg|YES",
        "Yes, please go ahead|YES",
        "na so, do am|YES",
        "ok go ahead|YES",
        "yes cancel am|YES",
        "Okay please place the order now, I need it by Friday|YES",
        "ok wait|NO_ANSWER",
        "okay don't|NO_ANSWER",
        "ok but make it 2|NO_ANSWER",
        "okay thanks|NO_ANSWER",
        "Okay then exchange it for the Samsung Galaxy A15, I need more storage|NO_ANSWER",
        "no wait|NO",
        "No, leave it|NO"})
    void readsTheAnswer(String message, String expected) {
        var parse = new LanguageUnderstanding.Parse("out_of_scope", 0.5, List.of(),
                new SentimentClassifier.Sentiment("neutral", 0.0), false, "en");
        Turn.Answer answer = CustomerAnswers.read(message, Optional.empty(), parse, Optional.of("c-1"));
        assertEquals(expected.equals("NO_ANSWER") ? Turn.Answer.NONE : Turn.Answer.valueOf(expected), answer, message);
    }
}
