package com.raqibtech.naija.chat.application.dialogue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Telling a message about something else ("who won the match yesterday": answered politely, and steered back) from
 * one the bot cannot read at all ("blorp zzz": "didn't get that", and repeated, a person). A message is
 * recognisable when it is made of ordinary English or Pidgin words, whatever it is about.
 */
final class OutOfScope {

    /** Common function words and everyday words of English and Nigerian Pidgin. */
    private static final Set<String> EVERYDAY = Set.of(
            "a", "an", "the", "is", "are", "was", "were", "be", "been", "am", "i", "you", "he", "she", "it", "we",
            "they", "me", "him", "her", "us", "them", "my", "your", "his", "our", "their", "this", "that", "these",
            "those", "what", "who", "whom", "which", "when", "where", "why", "how", "do", "does", "did", "can",
            "could", "will", "would", "should", "shall", "may", "might", "must", "have", "has", "had", "not", "no",
            "yes", "and", "or", "but", "if", "then", "so", "to", "of", "in", "on", "at", "for", "with", "about",
            "from", "by", "up", "out", "there", "here", "now", "today", "yesterday", "tomorrow", "tonight", "week",
            "time", "day", "good", "bad", "best", "won", "win", "match", "game", "weather", "news", "song", "music",
            "movie", "joke", "tell", "know", "think", "like", "love", "want", "need", "go", "come", "get", "give",
            "make", "see", "say", "said", "play", "played", "team", "ball", "football", "president", "election",
            "rain", "sun", "food", "eat", "cook", "life", "god", "church", "school", "work", "job", "money", "fuel",
            "price", "country", "nigeria", "naija", "world", "girl", "boy", "man", "woman", "friend", "wife",
            "husband", "please", "pls", "abeg", "dey", "wan", "una", "wetin", "na", "don", "fit", "sabi", "wey",
            "dem", "e", "o", "oga", "sha", "sef", "abi", "shey", "comot", "small", "plenty", "big", "new", "old",
            "who's", "what's", "it's", "i'm", "dont", "don't", "cant", "can't", "capital", "city", "state",
            "chelsea", "arsenal", "barca", "madrid", "super", "eagles", "yet", "again", "still", "also", "very",
            "too", "just", "all", "any", "some", "one", "two", "many", "much", "more", "score", "hi", "hello", "hey",
            "thanks", "thank", "bye", "morning", "afternoon", "evening", "happened", "happen", "sing", "write",
            "poem", "story", "dance", "age");

    private OutOfScope() {
    }

    /** At least two everyday words, or one in a message of three words or more. */
    static boolean recognisable(String text) {
        String[] words = text == null ? new String[0]
                : text.toLowerCase(Locale.ROOT).replaceAll("[^a-z' ]", " ").trim().split("\\s+");
        long known = Arrays.stream(words).filter(EVERYDAY::contains).count();
        return known >= 2 || (known >= 1 && words.length >= 3);
    }
}
