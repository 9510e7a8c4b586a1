package com.raqibtech.naija.chat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scripted conversation read from a {@code .conv} file (format: it/resources/conversations/README.md): who
 * chats, then turns (typed or tapped), each with the checks that follow it.
 */
record ConversationScript(String file, String name, String flow, String language, Map<String, String> customer,
                          List<Step> steps) {

    /** A message typed or a quick reply tapped (by its label), and the checks after it. */
    record Step(String text, boolean tap, List<String> checks, int line) {
    }

    static List<ConversationScript> read(Path file) throws IOException {
        List<ConversationScript> scripts = new ArrayList<>();
        String fileName = file.getFileName().toString();
        String name = null;
        String flow = null;
        String language = null;
        Map<String, String> customer = new LinkedHashMap<>();
        List<Step> steps = new ArrayList<>();
        int number = 0;
        for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            number++;
            String line = raw.strip();
            if (line.startsWith("===")) {
                if (name != null) {
                    scripts.add(new ConversationScript(fileName, name, flow, language, customer, steps));
                }
                name = line.substring(3).strip();
                flow = null;
                language = null;
                customer = new LinkedHashMap<>();
                steps = new ArrayList<>();
                continue;
            }
            if (line.isEmpty() || line.startsWith("#") || name == null) {
                continue;
            }
            String content = withoutComment(line);
            if (content.startsWith("flow:")) {
                flow = content.substring(5).strip();
            } else if (content.startsWith("language:")) {
                language = content.substring(9).strip();
            } else if (content.startsWith("customer:")) {
                for (String part : content.substring(9).strip().split("\\s+")) {
                    int equals = part.indexOf('=');
                    customer.put(equals < 0 ? part : part.substring(0, equals),
                            equals < 0 ? "" : part.substring(equals + 1));
                }
            } else if (line.startsWith(">")) {
                steps.add(new Step(line.substring(1).strip(), false, new ArrayList<>(), number));
            } else if (line.startsWith("[tap]")) {
                steps.add(new Step(line.substring(5).strip(), true, new ArrayList<>(), number));
            } else if (content.startsWith("?")) {
                if (steps.isEmpty()) {
                    throw new IllegalStateException(fileName + ":" + number + ": a check before any message");
                }
                steps.get(steps.size() - 1).checks().add(content.substring(1).strip());
            } else {
                throw new IllegalStateException(fileName + ":" + number + ": cannot read '" + line + "'");
            }
        }
        if (name != null) {
            scripts.add(new ConversationScript(fileName, name, flow, language, customer, steps));
        }
        return scripts;
    }

    /** A line's words without a trailing "# comment" (messages keep their '#', e.g. "#2"). */
    private static String withoutComment(String line) {
        int hash = line.indexOf(" #");
        return line.startsWith(">") || hash < 0 ? line : line.substring(0, hash).strip();
    }
}
