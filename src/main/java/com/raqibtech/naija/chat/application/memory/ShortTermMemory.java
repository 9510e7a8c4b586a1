package com.raqibtech.naija.chat.application.memory;

import com.raqibtech.naija.chat.domain.ConversationRepository;
import com.raqibtech.naija.chat.domain.Message;
import com.raqibtech.naija.shared.kv.KeyValueStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Conversation memory in the key-value store (Redis in production), with a sliding expiry: every turn restarts
 * it. When it has expired or was lost (an in-process store after a restart), the recent turns are read back
 * from the stored messages, so the conversation goes on; only the unfinished dialogue state is gone.
 */
@ApplicationScoped
public class ShortTermMemory {

    private static final Logger LOG = Logger.getLogger(ShortTermMemory.class.getName());

    @Inject
    KeyValueStore store;

    @Inject
    ConversationRepository conversations;

    @Inject
    @ConfigProperty(name = "chat.memory.ttl", defaultValue = "PT30M")
    Duration ttl;

    private final Jsonb json = JsonbBuilder.create();

    public ConversationMemory load(String conversationId) {
        var stored = store.get(key(conversationId));
        if (stored.isPresent()) {
            try {
                return json.fromJson(stored.get(), ConversationMemory.class);
            } catch (JsonbException unreadable) {
                LOG.warning("Unreadable memory for a conversation; starting it again from the messages");
            }
        }
        ConversationMemory memory = new ConversationMemory();
        List<Message> recent = conversations.recentMessages(conversationId, TranscriptWindow.RECENT_TURNS);
        for (Message message : recent) {
            memory.transcript.remember(message.getAuthor().name().toLowerCase(Locale.ROOT), message.getBody(),
                    message.getIntent(), message.getCreatedAt().toEpochMilli());
        }
        return memory;
    }

    public void save(String conversationId, ConversationMemory memory) {
        store.put(key(conversationId), json.toJson(memory), ttl);
    }

    private static String key(String conversationId) {
        return "chat:memory:v2:" + conversationId; // v2: transcript and dialogue state apart
    }
}
