package com.raqibtech.naija.chat.application.reply;

import jakarta.json.bind.annotation.JsonbSubtype;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.json.bind.annotation.JsonbTypeInfo;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A reply as data, for every channel to render its own way: blocks of text, product cards, an order or cart summary,
 * quick replies with their payloads, the actions taken, and whether a human owns the conversation. {@link #text()}
 * is the plain rendering, for channels (and stored messages) that show text only.
 */
public record ReplyContent(List<Block> blocks, List<QuickReply> quickReplies, List<Action> actions,
                           boolean humanOwned) {

    public ReplyContent {
        blocks = List.copyOf(blocks);
        quickReplies = List.copyOf(quickReplies);
        actions = List.copyOf(actions);
    }

    /** One part of a reply; {@code kind} names it on the wire. */
    @JsonbTypeInfo(key = "kind", value = {
            @JsonbSubtype(alias = "text", type = Text.class),
            @JsonbSubtype(alias = "products", type = ProductCards.class),
            @JsonbSubtype(alias = "order", type = OrderCard.class),
            @JsonbSubtype(alias = "cart", type = CartCard.class),
            @JsonbSubtype(alias = "quote", type = QuoteCard.class)})
    public sealed interface Block permits Text, ProductCards, OrderCard, CartCard, QuoteCard {
        /** The block as plain text lines. */
        @JsonbTransient
        String render();
    }

    public record Text(String text) implements Block {
        @Override
        public String render() {
            return text;
        }
    }

    /** Products shown as a numbered list: the customer may answer with a number. */
    public record ProductCards(List<ProductCard> products) implements Block {
        @Override
        public String render() {
            StringBuilder lines = new StringBuilder();
            for (int i = 0; i < products.size(); i++) {
                ProductCard p = products.get(i);
                lines.append(i == 0 ? "" : "\n").append(i + 1).append(". ").append(p.name()).append(" — ")
                        .append(p.priceText()).append(" (")
                        .append(p.stock() > 0 ? p.stock() + " in stock" : "out of stock").append(')');
            }
            return lines.toString();
        }
    }

    public record ProductCard(String sku, String name, String brand, BigDecimal price, String priceText, int stock,
                              String imageUrl) {
    }

    /** An order: its reference, status in words, total, payment method and expected delivery. */
    public record OrderCard(String reference, String status, String statusText, BigDecimal total, String totalText,
                            String paymentMethod, String paymentMethodName, LocalDate expectedDelivery)
            implements Block {
        @Override
        public String render() {
            return "";
        }
    }

    /** The cart as it stands after the turn. */
    public record CartCard(List<CartLine> lines, int itemCount, BigDecimal subtotal, String subtotalText)
            implements Block {
        @Override
        public String render() {
            return "";
        }
    }

    public record CartLine(String sku, String name, String brand, int quantity, BigDecimal unitPrice,
                           BigDecimal lineTotal, String lineTotalText, int stock, boolean priceChanged) {
    }

    /** What placing the order would cost, shown before the customer confirms it. */
    public record QuoteCard(List<CartLine> lines, BigDecimal subtotal, BigDecimal discount, String state,
                            BigDecimal deliveryFee, LocalDate expectedDelivery, BigDecimal total, String totalText,
                            String paymentMethod, String paymentMethodName) implements Block {
        @Override
        public String render() {
            return "";
        }
    }

    /** Something done during the turn, with its reference (an SKU, an order or ticket reference) if any. */
    public record Action(ActionType type, String reference) {
    }

    /** The reply as plain text: every block's lines, in order. */
    public String text() {
        return blocks.stream().map(Block::render).filter(line -> !line.isEmpty())
                .collect(Collectors.joining("\n"));
    }

    public <T extends Block> List<T> blocksOf(Class<T> type) {
        return blocks.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
