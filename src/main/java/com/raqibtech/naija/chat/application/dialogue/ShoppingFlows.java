package com.raqibtech.naija.chat.application.dialogue;

import com.raqibtech.naija.cart.application.CartService;
import com.raqibtech.naija.cart.application.CartView;
import com.raqibtech.naija.catalog.application.CatalogSearch;
import com.raqibtech.naija.catalog.application.ProductDetails;
import com.raqibtech.naija.chat.application.memory.DialogueState;
import com.raqibtech.naija.chat.application.reply.ActionType;
import com.raqibtech.naija.chat.application.reply.QuickReply;
import com.raqibtech.naija.chat.application.reply.Reply;
import com.raqibtech.naija.chat.application.reply.ReplyContent;
import com.raqibtech.naija.nlu.application.Intent;
import com.raqibtech.naija.shared.error.ProblemException;
import com.raqibtech.naija.shared.money.Naira;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finding products, talking about them and filling the cart, with the catalogue and cart services. */
@ApplicationScoped
public class ShoppingFlows {

    static final int LISTED = 5;
    /** How many matches a recommendation chooses its picks from. */
    private static final int CANDIDATES = 40;
    private static final Pattern DEALS = Pattern.compile("(?i)\\b(deals?|cheap\\w*|affordable|bargains?|promo\\w*|"
            + "discount\\w*|budget|low(?:est)? price|sales?|offers?|best price|manageable|value)\\b");

    private static final Pattern ORDINAL = Pattern.compile("(?i)\\b(?:(first|1st|second|2nd|third|3rd|fourth|4th|"
            + "fifth|5th|last)\\b|(?:number|no\\.?|num|#|option|about)\\s*([1-5])\\b|^\\s*([1-5])\\s*$)");
    private static final Map<String, Integer> ORDINALS = Map.of("first", 1, "1st", 1, "second", 2, "2nd", 2,
            "third", 3, "3rd", 3, "fourth", 4, "4th", 4, "fifth", 5, "5th", 5);

    @Inject
    CatalogSearch catalog;

    @Inject
    CartService carts;

    Reply search(Turn turn, Reply reply) {
        Optional<String> goods = turn.goods();
        BigDecimal budget = turn.budget().orElse(null);
        if (goods.isEmpty()) {
            return reply.say(Replies.get(turn, "search.ask"))
                    .offer(Offers.PHONES_UNDER_200K, Offers.search("Laptops", "laptops"),
                            Offers.search("Generators", "generators"));
        }
        List<ProductDetails> found = catalog.find(goods.get(), budget, false, LISTED);
        if (found.isEmpty()) {
            return reply.say(budget == null ? Replies.get(turn, "search.none", goods.get())
                            : Replies.get(turn, "search.none-within-budget", goods.get(), Naira.format(budget)))
                    .offer(Offers.POPULAR, Offers.TALK_TO_AGENT);
        }
        return list(turn, reply, found, Replies.get(turn, "search.found", goods.get()));
    }

    Reply recommend(Turn turn, Reply reply) {
        BigDecimal budget = turn.budget().orElse(null);
        String wanted = turn.goods().orElse(null);
        // Picks are what people buy most among the matches; asking for deals puts the best prices first.
        Comparator<ProductDetails> order = DEALS.matcher(turn.text()).find()
                ? Comparator.comparing(ProductDetails::price).thenComparing(p -> -p.popularity())
                : Comparator.comparingInt((ProductDetails p) -> -p.popularity()).thenComparing(ProductDetails::price);
        List<ProductDetails> found = catalog.find(wanted, budget, true, CANDIDATES).stream().sorted(order)
                .limit(3).toList();
        if (found.isEmpty()) {
            return reply.say(Replies.get(turn, "recommend.none"));
        }
        return list(turn, reply, found, Replies.get(turn, "recommend.picks",
                wanted == null ? "" : Replies.get(turn, "recommend.for", wanted),
                budget == null ? "" : Replies.get(turn, "recommend.within", Naira.format(budget))));
    }

    Reply info(Turn turn, Reply reply) {
        Optional<ProductDetails> product = resolve(turn, true);
        if (product.isEmpty()) {
            return reply.say(Replies.get(turn, "product.which"));
        }
        ProductDetails p = turn.tappedSku().isPresent() ? product.get()
                : catalog.describe(product.get().sku()).orElse(product.get());
        turn.state().focusSku = p.sku();
        DialogueState.mention(turn.state().productsMentioned, p.sku());
        StringBuilder details = new StringBuilder();
        p.attributes().forEach((key, value) -> details.append(details.isEmpty() ? "" : ", ").append(key)
                .append(' ').append(value));
        reply.say(Replies.get(turn, "product.summary", p.name(), Naira.format(p.price()),
                p.inStock() ? Replies.get(turn, "product.in-stock", p.stock())
                        : Replies.get(turn, "product.out-of-stock")));
        if (!details.isEmpty()) {
            reply.say(details + ".");
        }
        if (p.description() != null) {
            reply.say(p.description());
        }
        return reply.show(new ReplyContent.ProductCards(List.of(card(p))))
                .offer(p.inStock() ? QuickReply.of("Add it to my cart", Intent.ADD_TO_CART, p.sku())
                        : Offers.search("Show me similar", similar(p)), Offers.CHECKOUT);
    }

    Reply add(Turn turn, Reply reply) {
        Optional<ProductDetails> product = resolve(turn, false);
        if (product.isEmpty()) {
            return reply.say(Replies.get(turn, "cart.which-to-add"));
        }
        return added(turn, reply, product.get(), turn.quantity().orElse(1));
    }

    private Reply added(Turn turn, Reply reply, ProductDetails p, int quantity) {
        try {
            CartView cart = carts.add(turn.cartOwner(), p.sku(), quantity);
            turn.state().focusSku = p.sku();
            DialogueState.mention(turn.state().productsMentioned, p.sku());
            return reply.say(Replies.get(turn, "cart.added", quantity, p.name(), Naira.format(p.price())))
                    .say(cartLine(turn, cart))
                    .did(ActionType.CART_UPDATED, p.sku()).show(cartCard(cart))
                    .offer(Offers.CHECKOUT, Offers.VIEW_CART, Offers.KEEP_SHOPPING);
        } catch (ProblemException refused) {
            return reply.say(refused.getMessage()).offer(Offers.search("Show me similar", similar(p)),
                    Offers.VIEW_CART);
        }
    }

    /**
     * Sets, raises or lowers the quantity of a product in the cart: the one the message names, the one last talked
     * about, or the only one. Empty when there is no such line (and nothing to add more of): the message then goes
     * the usual way.
     */
    Optional<Reply> changeQuantity(Turn turn, Reply reply, QuantityChange change) {
        CartView cart = carts.view(turn.cartOwner());
        Optional<CartView.Line> line = lineMeant(turn, cart);
        if (line.isEmpty()) {
            if (change.kind() == QuantityChange.Kind.ADD && turn.state().focusSku != null) {
                return catalog.details(turn.state().focusSku).map(p -> added(turn, reply, p, change.amount()));
            }
            if (cart.lines().size() > 1 && turn.state().focusSku == null && turn.goods().isEmpty()) {
                return Optional.of(reply.say(Replies.get(turn, "cart.which-quantity")).show(cartCard(cart)));
            }
            return Optional.empty();
        }
        CartView.Line l = line.get();
        int wanted = switch (change.kind()) {
            case SET -> change.amount();
            case ADD -> l.quantity() + change.amount();
            case REDUCE -> l.quantity() - change.amount();
        };
        try {
            CartView after = wanted <= 0 ? carts.remove(turn.cartOwner(), l.sku())
                    : carts.setQuantity(turn.cartOwner(), l.sku(), wanted);
            turn.state().focusSku = l.sku();
            reply.say(wanted <= 0 ? Replies.get(turn, "cart.removed", l.name())
                    : Replies.get(turn, "cart.quantity-now", wanted, l.name()));
            return Optional.of(reply.say(cartLine(turn, after)).did(ActionType.CART_UPDATED, l.sku())
                    .show(cartCard(after)).offer(Offers.CHECKOUT, Offers.VIEW_CART, Offers.KEEP_SHOPPING));
        } catch (ProblemException refused) {
            return Optional.of(reply.say(refused.getMessage()).show(cartCard(cart)).offer(Offers.VIEW_CART));
        }
    }

    /** The cart line a message means: tapped, named, the product in focus, or the only one. */
    private Optional<CartView.Line> lineMeant(Turn turn, CartView cart) {
        Optional<String> tapped = turn.tappedSku();
        if (tapped.isPresent()) {
            return cart.lines().stream().filter(l -> l.sku().equals(tapped.get())).findFirst();
        }
        Optional<String> goods = turn.goods();
        if (goods.isPresent()) {
            String wanted = goods.get().toLowerCase(Locale.ROOT);
            Optional<CartView.Line> named = cart.lines().stream().filter(l -> matches(l, wanted)).findFirst();
            if (named.isPresent()) {
                return named;
            }
        }
        String focus = turn.state().focusSku;
        Optional<CartView.Line> focused = cart.lines().stream().filter(l -> l.sku().equals(focus)).findFirst();
        if (focused.isPresent()) {
            return focused;
        }
        return cart.lines().size() == 1 ? Optional.of(cart.lines().get(0)) : Optional.empty();
    }

    Reply remove(Turn turn, Reply reply) {
        CartView cart = carts.view(turn.cartOwner());
        if (cart.lines().isEmpty()) {
            return reply.say(Replies.get(turn, "cart.already-empty")).show(cartCard(cart));
        }
        Optional<CartView.Line> line = Optional.empty();
        Optional<String> goods = turn.goods();
        Optional<String> tapped = turn.tappedSku();
        if (tapped.isPresent()) {
            line = cart.lines().stream().filter(l -> l.sku().equals(tapped.get())).findFirst();
        } else if (goods.isPresent()) {
            String wanted = goods.get().toLowerCase(Locale.ROOT);
            line = cart.lines().stream().filter(l -> matches(l, wanted)).findFirst();
            if (line.isEmpty()) {
                List<ProductDetails> found = catalog.find(goods.get(), null, false, 10);
                line = cart.lines().stream().filter(l -> found.stream().anyMatch(p -> p.sku().equals(l.sku())))
                        .findFirst();
            }
        } else if (cart.lines().size() == 1) {
            line = Optional.of(cart.lines().get(0));
        }
        if (line.isEmpty()) {
            reply.say(Replies.get(turn, "cart.which-to-remove"));
            cart.lines().forEach(l -> reply.offer(QuickReply.of("Remove " + l.name(), Intent.REMOVE_FROM_CART,
                    l.sku())));
            return reply.show(cartCard(cart));
        }
        CartView after = carts.remove(turn.cartOwner(), line.get().sku());
        return reply.say(Replies.get(turn, "cart.removed", line.get().name()))
                .say(cartLine(turn, after)).did(ActionType.CART_UPDATED, line.get().sku()).show(cartCard(after))
                .offer(Offers.CHECKOUT, Offers.KEEP_SHOPPING);
    }

    Reply view(Turn turn, Reply reply) {
        CartView cart = carts.view(turn.cartOwner());
        if (cart.lines().isEmpty()) {
            return reply.say(Replies.get(turn, "cart.empty")).show(cartCard(cart))
                    .offer(Offers.search("Phones", "phones"), Offers.search("Laptops", "laptops"));
        }
        for (CartView.Line line : cart.lines()) {
            reply.say(Replies.get(turn, line.priceChanged() ? "cart.line-price-changed" : "cart.line",
                    line.quantity(), line.name(), Naira.format(line.lineTotal())));
        }
        return reply.say(cartLine(turn, cart)).show(cartCard(cart)).offer(Offers.CHECKOUT, Offers.KEEP_SHOPPING);
    }

    static String cartLine(Turn turn, CartView cart) {
        return Replies.get(turn, cart.itemCount() == 1 ? "cart.summary-one" : "cart.summary", cart.itemCount(),
                Naira.format(cart.subtotal()));
    }

    static ReplyContent.CartCard cartCard(CartView cart) {
        return new ReplyContent.CartCard(cart.lines().stream().map(line -> new ReplyContent.CartLine(line.sku(),
                line.name(), line.brand(), line.quantity(), line.unitPrice(), line.lineTotal(),
                Naira.format(line.lineTotal()), line.stock(), line.priceChanged())).toList(), cart.itemCount(), cart.subtotal(), Naira.format(cart.subtotal()));
    }

    private static ReplyContent.ProductCard card(ProductDetails p) {
        return new ReplyContent.ProductCard(p.sku(), p.name(), p.brand(), p.price(), Naira.format(p.price()),
                p.stock(), p.imageUrl());
    }

    /** Words that find products like this one: its category, else its brand. */
    private static String similar(ProductDetails p) {
        return p.category() != null ? p.category() : p.brand();
    }

    private Reply list(Turn turn, Reply reply, List<ProductDetails> products, String heading) {
        reply.say(heading).show(new ReplyContent.ProductCards(products.stream().map(ShoppingFlows::card).toList()));
        products.forEach(p -> DialogueState.mention(turn.state().productsMentioned, p.sku()));
        turn.state().lastListed = products.stream().map(ProductDetails::sku).toList();
        turn.state().focusSku = products.size() == 1 ? products.get(0).sku() : null;
        return reply.offer(QuickReply.of("Add the first one", Intent.ADD_TO_CART, products.get(0).sku()),
                products.size() > 1 ? QuickReply.of("Tell me more about 2", Intent.PRODUCT_INFO, products.get(1).sku())
                        : QuickReply.of("Tell me more", Intent.PRODUCT_INFO, products.get(0).sku()),
                Offers.CHECKOUT);
    }

    /**
     * The product a message points at: the one a tapped quick reply names, a number from the last list ("the
     * second one"), a product it names, or the one last talked about ("add it").
     */
    Optional<ProductDetails> resolve(Turn turn, boolean forInfo) {
        if (turn.tappedSku().isPresent()) {
            // Described at once when it is to be described: one read, not two.
            return forInfo ? catalog.describe(turn.tappedSku().get()) : catalog.details(turn.tappedSku().get());
        }
        DialogueState state = turn.state();
        Matcher ordinal = ORDINAL.matcher(turn.text());
        if (!state.lastListed.isEmpty() && ordinal.find()) {
            int position;
            if (ordinal.group(1) != null) {
                String word = ordinal.group(1).toLowerCase(Locale.ROOT);
                position = word.equals("last") ? state.lastListed.size() : ORDINALS.get(word);
            } else {
                position = Integer.parseInt(ordinal.group(2) != null ? ordinal.group(2) : ordinal.group(3));
            }
            if (position >= 1 && position <= state.lastListed.size()) {
                return catalog.details(state.lastListed.get(position - 1));
            }
        }
        // The product words the model found, else the message's own words without the small talk around them
        // ("pls add 2 Dudu Osun black soap to my cart", "how much is the Hot 40 Pro abeg").
        Optional<String> words = productWords(turn.text());
        boolean modelCode = words.map(w -> w.chars().anyMatch(Character::isDigit)).orElse(false);
        Optional<String> goods = turn.goods().or(() -> modelCode ? words : Optional.empty());
        if (goods.isPresent()) {
            // A product on the list the customer just saw comes first ("add the A15"): the one whose name holds
            // most of the words, a model code among them; of two as good, the shorter name ("Spark 20", not
            // "Spark 20 Pro", unless "Pro" was said).
            Optional<ProductDetails> listed = bestListed(state.lastListed, goods.get());
            if (listed.isPresent()) {
                return listed;
            }
            List<ProductDetails> found = catalog.find(goods.get(), null, !forInfo, 1);
            if (!found.isEmpty()) {
                return Optional.of(found.get(0));
            }
        }
        if (state.focusSku != null) {
            return catalog.details(state.focusSku);
        }
        if (state.lastListed.size() == 1) {
            return catalog.details(state.lastListed.get(0));
        }
        if (turn.goods().isEmpty() && words.isPresent()) {
            // Only a product that has one of the words in its name or brand ("yes, do am" names nothing).
            return catalog.find(words.get(), null, !forInfo, 1).stream()
                    .filter(p -> sharesAWord(p.name() + " " + p.brand(), words.get())).findFirst();
        }
        return Optional.empty();
    }

    private static boolean sharesAWord(String name, String words) {
        List<String> nameWords = List.of(name.toLowerCase(Locale.ROOT).split("[\\s,.()-]+"));
        return java.util.Arrays.stream(words.toLowerCase(Locale.ROOT).split("\\s+"))
                .anyMatch(word -> word.length() >= 2 && nameWords.contains(word));
    }

    private Optional<ProductDetails> bestListed(List<String> listedSkus, String goods) {
        List<String> words = List.of(goods.toLowerCase(Locale.ROOT).split("[\\s,.!?]+"));
        if (words.stream().noneMatch(word -> word.length() >= 2 && word.chars().anyMatch(Character::isDigit))) {
            return Optional.empty(); // only a model code can pick a listed product out
        }
        ProductDetails best = null;
        int bestScore = 0;
        for (String sku : listedSkus) {
            Optional<ProductDetails> listed = catalog.details(sku);
            if (listed.isEmpty()) {
                continue;
            }
            List<String> name = List.of(listed.get().name().toLowerCase(Locale.ROOT).split("[\\s,.()-]+"));
            boolean codeMatched = words.stream().anyMatch(word -> word.length() >= 2
                    && word.chars().anyMatch(Character::isDigit) && name.contains(word));
            int score = (int) words.stream().filter(name::contains).count();
            if (codeMatched && (score > bestScore || score == bestScore && best != null
                    && listed.get().name().length() < best.name().length())) {
                best = listed.get();
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Words that are not about which product: cues, pronouns, politeness, cart words, small numbers. */
    private static final java.util.Set<String> NOT_PRODUCT_WORDS = java.util.Set.of("add", "put", "to", "my", "cart",
            "the", "a", "an", "pls", "please", "abeg", "i", "want", "need", "me", "for", "of", "in", "buy", "get",
            "make", "am", "it", "this", "that", "one", "and", "also", "too", "dey", "wan", "go", "take", "give", "oya",
            "now", "how", "much", "is", "be", "e", "what", "wetin", "price", "tell", "more", "about", "show", "details",
            "cost", "costs", "does", "do", "you", "have", "sell", "una", "ok", "okay", "then", "instead", "kindly",
            "can", "could", "would", "like", "some", "two", "three", "four", "five", "pieces", "piece", "cartons",
            "carton", "with", "so", "sir", "ma", "oga", "boss", "o", "na", "just", "only", "as", "well", "wife", "husband", "mama", "papa", "mum", "dad", "brother",
            "sister", "children", "kids", "pikin", "friend", "wey", "collect", "sef", "jare", "biko");

    static Optional<String> productWords(String text) {
        List<String> kept = java.util.Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}.-]+"))
                .map(word -> word.replaceAll("^[.-]+|[.-]+$", ""))
                .filter(word -> !word.isBlank() && !NOT_PRODUCT_WORDS.contains(word) && !word.matches("\\d"))
                .toList();
        return kept.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", kept));
    }

    private static boolean matches(CartView.Line line, String wanted) {
        String name = (line.name() + " " + line.brand()).toLowerCase(Locale.ROOT);
        for (String word : wanted.split("\\s+")) {
            if (word.length() >= 3 && name.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
