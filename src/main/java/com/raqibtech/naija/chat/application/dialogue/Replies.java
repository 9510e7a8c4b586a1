package com.raqibtech.naija.chat.application.dialogue;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The bot's words, by key, from {@code i18n/chat} in the customer's register: Pidgin or code-mixed in, the
 * Pidgin-flavoured variant ({@code chat_pcm}) where there is one, else the English pattern. Arguments are
 * {@link MessageFormat} arguments; numbers are passed on as written, so a quantity of 1000 never reads "1,000"
 * (except to a {@code choice}, which picks "1 working day" or "3 working days").
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
        MessageFormat format = new MessageFormat((pidgin ? PIDGIN_WORDS : ENGLISH_WORDS).getString(key), Locale.ROOT);
        java.text.Format[] formats = format.getFormatsByArgumentIndex();
        Object[] written = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            // A plain {n} shows a number as written; a {n,choice,...} needs the number itself (1 day, 2 days).
            boolean plain = i >= formats.length || formats[i] == null;
            written[i] = args[i] instanceof Number && plain ? args[i].toString() : args[i];
        }
        return format.format(written);
    }
}
