package com.raqibtech.naija.chat.application.dialogue;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The bot's words, by key, from {@code i18n/chat} in the customer's register: Pidgin or code-mixed in, the
 * Pidgin-flavoured variant ({@code chat_pcm}) where there is one, else the English pattern. Arguments are
 * {@link MessageFormat} arguments; numbers are passed on as written, so a quantity of 1000 never reads "1,000".
 * Money and dates come formatted by the caller (money with {@code Naira.format}).
 */
public final class Replies {

    static final String BUNDLE = "i18n.chat";
    static final Locale PIDGIN = Locale.forLanguageTag("pcm");

    // No fallback to the server's default locale: English is the root bundle, Pidgin falls back to it key by key.
    private static final ResourceBundle.Control ROOT_ONLY =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final ResourceBundle ENGLISH_WORDS = ResourceBundle.getBundle(BUNDLE, Locale.ROOT, ROOT_ONLY);
    private static final ResourceBundle PIDGIN_WORDS = ResourceBundle.getBundle(BUNDLE, PIDGIN, ROOT_ONLY);

    private Replies() {
    }

    /** The words for {@code key} in the register of the customer's message. */
    public static String get(Turn turn, String key, Object... args) {
        return get(turn.pidgin(), key, args);
    }

    static String get(boolean pidgin, String key, Object... args) {
        String pattern = (pidgin ? PIDGIN_WORDS : ENGLISH_WORDS).getString(key);
        Object[] written = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            written[i] = args[i] instanceof Number ? args[i].toString() : args[i];
        }
        return new MessageFormat(pattern, Locale.ROOT).format(written);
    }
}
