package com.raqibtech.naija.chat.application;

import com.raqibtech.naija.chat.application.dialogue.Turn;
import com.raqibtech.naija.chat.application.memory.DialogueState;
import com.raqibtech.naija.chat.application.reply.ActionType;
import com.raqibtech.naija.chat.application.reply.Reply;
import com.raqibtech.naija.nlu.application.Intent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * When a conversation goes to a person, decided here only: the customer asks for one; the customer is angry or
 * insulting (words in English and Pidgin, strongly negative sentiment, shouting), adding up over the conversation;
 * complaints keep coming; payment problems (money is involved); the bot fails to understand too many turns in a row;
 * or the responder asks for one. Thresholds are configuration; every decision carries the reason recorded with the
 * handoff.
 */
@ApplicationScoped
public class EscalationPolicy {

    /** Insults: one is enough to reach a person at the default threshold. */
    static final Pattern INSULT = Pattern.compile("(?i)\\b(useless|nonsense|rubbish|stupid|idiots?|fools?|foolish|"
            + "mumu|ode|werey|yeye|olodo|scam(?:mers?)?|fraud(?:sters?)?|thie(?:f|ves)|ole|419|criminals?|shameless|"
            + "incompetent|clowns?|bastards?|disgrace(?:ful)?|wicked)\\b");
    /**
     * Anger and exasperation. "no vex" (sorry) and "no wahala" (no problem) are not anger, and are taken out before
     * this is read.
     */
    static final Pattern ANGER = Pattern.compile("(?i)\\b(vex(?:ed|ing)?|angry|annoy(?:ed|ing)|fed up|"
            + "tired of|(?:don|dey) tire|frustrat(?:ed|ing)|disappointed|disgusting|ridiculous|unacceptable|"
            + "wahala|wast(?:e|ing) (?:of )?my time|never again|worst|enough is enough|too much now|"
            + "what kind of (?:service|nonsense|company)|i beg una|una no serious|no be small)\\b|!{3,}");
    private static final Pattern CALMING = Pattern.compile("(?i)\\bno (?:vex|wahala)\\b");

    /** Below this confidence the model's reading of a message is a guess. */
    static final double SURE_ENOUGH = 0.35;
    /** A reading this sure stands on its own, without a word naming a person. */
    static final double SURE = 0.8;
    /** Words that ask for a person: an explicit ask names one. */
    static final Pattern PERSON = Pattern.compile("(?i)\\b(agent|human|person|persin|pesin|somebody|someone|"
            + "customer (?:care|service|support)|support|representative|staff|manager|oga|real|call me|talk to|"
            + "speak (?:to|with)|connect me)\\b");

    /** Why a conversation went to a person; the words are stored with the handoff. */
    static final String CUSTOMER_ASKED = "customer asked";
    static final String ANGRY = "customer angry or insulting";
    static final String REPEATED_COMPLAINTS = "repeated complaints";
    static final String PAYMENT_ISSUE = "payment problem";
    static final String NOT_UNDERSTOOD = "not understood";

    /** How much heat (an insult counts two, an angry or strongly negative message one) reaches a person. */
    @Inject
    @ConfigProperty(name = "chat.escalation.heat", defaultValue = "2")
    int heatLimit;

    /** Sentiment at or below this is strongly negative. */
    @Inject
    @ConfigProperty(name = "chat.escalation.negative-score", defaultValue = "-0.75")
    double negativeScore;

    /** Complaint messages in one conversation that reach a person. */
    @Inject
    @ConfigProperty(name = "chat.escalation.complaints", defaultValue = "3")
    int complaintLimit;

    /** Turns in a row the bot did not understand that reach a person. */
    @Inject
    @ConfigProperty(name = "chat.escalation.not-understood-turns", defaultValue = "2")
    int notUnderstoodLimit;

    /** Whether a payment problem goes to a person at once (else it is a serious ticket, and the rules above apply). */
    @Inject
    @ConfigProperty(name = "chat.escalation.payment-issues", defaultValue = "false")
    boolean paymentIssuesToPerson;

    /**
     * To hand over, and why; {@code ownWords}: the responder was not asked, or its answer is set aside, so the
     * customer is told in the handoff's words.
     */
    public record Decision(String reason, boolean ownWords) {
    }

    /** The policy with its default thresholds, for use without a container (tests, tools). */
    public static EscalationPolicy withDefaults() {
        EscalationPolicy policy = new EscalationPolicy();
        policy.heatLimit = 2;
        policy.negativeScore = -0.75;
        policy.complaintLimit = 3;
        policy.notUnderstoodLimit = 2;
        policy.paymentIssuesToPerson = false;
        return policy;
    }

    /** How heated one message is: 2 for an insult, 1 for anger or strongly negative sentiment, else 0. */
    int heat(Turn turn) {
        if (turn.tapped().isPresent()) {
            return 0;
        }
        String text = CALMING.matcher(turn.text()).replaceAll(" ");
        if (INSULT.matcher(text).find()) {
            return 2;
        }
        boolean negative = turn.parse().frustrated() || turn.parse().sentiment().score() <= negativeScore;
        return ANGER.matcher(text).find() || negative || shouting(text) ? 1 : 0;
    }

    /**
     * Before any responder answers: the customer asked for a person, or has grown angry enough. A complaint or a
     * payment problem is still recorded by the responder first ({@code ownWords} false), and the handoff follows.
     */
    public Optional<Decision> beforeResponding(Turn turn) {
        DialogueState state = turn.state();
        state.heat += heat(turn);
        // Asked for a person: a tapped button, or the model sure enough (unreadable words can land anywhere).
        if (turn.intent() == Intent.HUMAN_AGENT && (turn.tapped().isPresent()
                || turn.parse().confidence() >= SURE_ENOUGH && PERSON.matcher(turn.text()).find()
                || turn.parse().confidence() >= SURE)) {
            return Optional.of(new Decision(CUSTOMER_ASKED, true));
        }
        if (state.heat >= heatLimit) {
            return Optional.of(new Decision(ANGRY, !recordsAProblem(turn.intent())));
        }
        return Optional.empty();
    }

    /**
     * After the responder: it asked for a person; complaints keep coming; a payment problem; or the customer was not
     * understood too many turns in a row.
     */
    public Optional<Decision> afterResponding(Turn turn, Reply reply) {
        DialogueState state = turn.state();
        state.notUnderstood = reply.understood() ? 0 : state.notUnderstood + 1;
        boolean complaint = reply.actions().stream().anyMatch(action -> action.type() == ActionType.COMPLAINT_RECORDED);
        if (complaint) {
            state.complaints++;
        }
        if (reply.handoffReason() != null) {
            return Optional.of(new Decision(reply.handoffReason(), false));
        }
        if (complaint && state.complaints >= complaintLimit) {
            return Optional.of(new Decision(REPEATED_COMPLAINTS, false));
        }
        if (paymentIssuesToPerson && reply.actions().stream()
                .anyMatch(action -> action.type() == ActionType.PAYMENT_ISSUE_RECORDED)) {
            return Optional.of(new Decision(PAYMENT_ISSUE, false));
        }
        if (state.notUnderstood >= notUnderstoodLimit) {
            return Optional.of(new Decision(NOT_UNDERSTOOD, true));
        }
        return Optional.empty();
    }

    private static boolean recordsAProblem(Intent intent) {
        return intent == Intent.COMPLAINT || intent == Intent.PAYMENT_ISSUE;
    }

    private static boolean shouting(String text) {
        long letters = text.chars().filter(Character::isLetter).count();
        long upper = text.chars().filter(Character::isUpperCase).count();
        return letters >= 12 && upper * 10 >= letters * 8;
    }
}
