package com.raqibtech.naija.chat.application;

import com.raqibtech.naija.chat.application.dialogue.Turn;
import com.raqibtech.naija.chat.application.reply.QuickReply;
import com.raqibtech.naija.nlu.application.EntityKind;
import com.raqibtech.naija.nlu.application.Intent;
import com.raqibtech.naija.nlu.application.LanguageUnderstanding;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reading the customer's own answer to a question the agent asked ("yes", "no", a confirm button), or an explicit
 * go-ahead with nothing asked ("use RaqibPay and order"). Only the engine reads it, from the customer's message; no
 * responder decides that a customer said yes.
 */
final class CustomerAnswers {

    private static final Pattern YES = Pattern.compile("(?i)^\\W*(yes|yeah|yep|yea|ya|ok|okay|oya|sure|go ahead|"
            + "confirm|confirmed|do am|do it|abeg do am|na so|correct|place it|yes please|yes o|ehen|alright)\\b.*");
    private static final Pattern NO = Pattern.compile("(?i)^\\W*(no|nope|nah|cancel that|don'?t|do not|wait|"
            + "leave am|no o|not now|later|stop)\\b.*");
    private static final int SHORT = 6;
    private static final Pattern GO_AHEAD = Pattern.compile("(?i)\\b(go ahead|place it|place the order|confirm|"
            + "do am|do it|proceed)\\b");
    /** "ok wait", "okay don't", "ok but make it 2": a yes-word that does not say yes. */
    private static final Pattern HOLD_ON = Pattern.compile("(?i)\\b(wait|don'?t|do not|not|no|but|instead|hold on|"
            + "later|stop|thanks|thank you)\\b");
    /** The message itself says to go ahead ("use RaqibPay and order", "pay now"). */
    private static final Pattern ORDER_NOW = Pattern.compile("(?i)\\b(order|place|buy|pay now|complete|confirm|"
            + "oya)\\b");

    private CustomerAnswers() {
    }

    /**
     * @param pendingConfirmation the confirmation id of the question asked last, if any
     */
    static Turn.Answer read(String text, Optional<QuickReply.Tapped> tapped, LanguageUnderstanding.Parse parse,
                            Optional<String> pendingConfirmation) {
        if (tapped.isPresent()) {
            QuickReply.Tapped t = tapped.get();
            if (t.isConfirm()) {
                return pendingConfirmation.filter(t.argument()::equals).isPresent() ? Turn.Answer.YES
                        : Turn.Answer.NONE;
            }
            return t.isDecline() && pendingConfirmation.isPresent() ? Turn.Answer.NO : Turn.Answer.NONE;
        }
        if (pendingConfirmation.isPresent()) {
            // A yes is short, or says to go ahead: "okay then exchange it for the A15 instead" asks something new.
            if (YES.matcher(text).matches() && !HOLD_ON.matcher(text).find()
                    && (text.strip().split("\\s+").length <= SHORT || GO_AHEAD.matcher(text).find())) {
                return Turn.Answer.YES;
            }
            if (NO.matcher(text).matches()) {
                return Turn.Answer.NO;
            }
            return Turn.Answer.NONE;
        }
        boolean goAhead = Intent.of(parse.intent()) == Intent.CHECKOUT && ORDER_NOW.matcher(text).find()
                && parse.entities().stream().anyMatch(EntityKind.PAYMENT_METHOD::is);
        return goAhead ? Turn.Answer.YES : Turn.Answer.NONE;
    }
}
