package com.raqibtech.naija.chat.application.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The recent-turns buffer, its rolling summary and the entity memory. */
class ConversationMemoryTest {

    @Test
    void olderTurnsRollIntoOneSummaryLineEach() {
        TranscriptWindow memory = new TranscriptWindow();
        for (int i = 1; i <= TranscriptWindow.RECENT_TURNS + 3; i++) {
            memory.remember(i % 2 == 1 ? "customer" : "bot", "message " + i, i % 2 == 1 ? "product_search" : null, i);
        }
        assertEquals(TranscriptWindow.RECENT_TURNS, memory.turns.size());
        assertEquals("message 4", memory.turns.get(0).text, "the oldest kept turn follows the summarised ones");
        assertEquals(List.of("customer (product_search): message 1", "bot: message 2",
                "customer (product_search): message 3"), memory.summary);
    }

    @Test
    void longTurnsAreShortenedInTheSummary() {
        TranscriptWindow memory = new TranscriptWindow();
        memory.remember("customer", "a".repeat(300), "complaint", 1);
        for (int i = 0; i < TranscriptWindow.RECENT_TURNS; i++) {
            memory.remember("bot", "ok", null, i + 2);
        }
        String line = memory.summary.get(0);
        assertTrue(line.startsWith("customer (complaint): aaa") && line.endsWith("…") && line.length() < 120, line);
    }

    @Test
    void theMostRecentMentionComesLastAndOldOnesAreForgotten() {
        List<String> mentioned = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            DialogueState.mention(mentioned, "SKU-" + i);
        }
        DialogueState.mention(mentioned, "SKU-15");
        assertEquals("SKU-15", mentioned.get(mentioned.size() - 1));
        assertEquals(1, mentioned.stream().filter("SKU-15"::equals).count());
        assertTrue(mentioned.size() < 20 && !mentioned.contains("SKU-0"), mentioned.toString());
    }
}
