package com.raqibtech.naija.chat.application.memory;

/** What is kept of one conversation between turns: the transcript window and the dialogue state, apart. */
public class ConversationMemory {

    public TranscriptWindow transcript = new TranscriptWindow();
    public DialogueState dialogue = new DialogueState();
}
