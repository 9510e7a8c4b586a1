package com.raqibtech.naija.chat.application.dialogue;

import com.raqibtech.naija.cart.application.CartService;
import com.raqibtech.naija.cart.application.CartView;
import com.raqibtech.naija.catalog.application.CatalogSearch;
import com.raqibtech.naija.catalog.domain.Product;
import com.raqibtech.naija.chat.application.memory.ConversationMemory;
import com.raqibtech.naija.shared.error.ProblemException;
import com.raqibtech.naija.shared.money.Naira;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
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

    private static final Pattern ORDINAL = Pattern.compile("(?i)\\b(?:(first|1st|second|2nd|third|3rd|fourth|4th|"
            + "fifth|5th|last)\\b|(?:number|no\\.?|num|#|option)\\s*([1-5])\\b|^\\s*([1-5])\\s*$)");
    private static final Map<String, Integer> ORDINALS = Map.of("first", 1, "1st", 1, "second", 2, "2nd", 2,
            "third", 3, "3rd", 3, "fourth", 4, "4th", 4, "fifth", 5, "5th", 5);

    @Inject
    CatalogSearch catalog;

    @Inject
    CartService carts;

    Reply search(Turn turn, Reply reply) {
        Optional<String> goods = turn.goods();
        BigDecimal budget = budget(turn);
        if (goods.isEmpty()) {
            return reply.say(Voice.pick(turn, "What are you looking for? Tell me the product or brand, "
                            + "and your budget if you have one.",
                    "Wetin you dey find? Tell me the product or brand, and your budget if you get one."))
                    .suggest("Phones under 200k", "Laptops", "Generators");
        }
        List<Product> found = catalog.search(goods.get(), null, null, budget, false, 0, LISTED).products();
        if (found.isEmpty()) {
            return reply.say(Voice.pick(turn, "Sorry, I couldn't find " + goods.get()
                            + (budget == null ? "" : " within " + Naira.format(budget)) + ".",
                    "Sorry o, I no see " + goods.get() + (budget == null ? "" : " for " + Naira.format(budget)
                            + " and below") + "."))
                    .suggest("Show me popular products", "Talk to an agent");
        }
        return list(turn, reply, found, Voice.pick(turn, "Here's what I found for " + goods.get() + ":",
                "See wetin we get for " + goods.get() + ":"));
    }

    Reply recommend(Turn turn, Reply reply) {
        BigDecimal budget = budget(turn);
        String wanted = turn.goods().orElse(null);
        List<Product> found = catalog.search(wanted, null, null, budget, true, 0, 3).products();
        if (found.isEmpty()) {
            return reply.say(Voice.pick(turn, "I have nothing in stock that fits right now. Try a bigger budget or "
                    + "another product.", "Nothing dey stock wey fit am now. Try another budget or product."));
        }
        return list(turn, reply, found, Voice.pick(turn, "My top picks" + (wanted == null ? "" : " for " + wanted)
                        + (budget == null ? "" : " within " + Naira.format(budget))
                        + ", in stock and popular with our customers:",
                "See my best picks" + (wanted == null ? "" : " for " + wanted)
                        + (budget == null ? "" : " wey no pass " + Naira.format(budget))
                        + " — dem dey stock and customers like dem well well:"));
    }

    Reply info(Turn turn, Reply reply) {
        Optional<Product> product = resolve(turn, true);
        if (product.isEmpty()) {
            return reply.say(Voice.pick(turn, "Which product do you mean? Give me its name or pick a number from "
                    + "the list.", "Which product you mean? Tell me the name or pick number from the list."));
        }
        Product p = product.get();
        turn.memory().focusSku = p.getSku();
        ConversationMemory.mention(turn.memory().productsMentioned, p.getSku());
        StringBuilder details = new StringBuilder();
        p.getAttributes().forEach((key, value) -> details.append(details.isEmpty() ? "" : ", ").append(key)
                .append(' ').append(value));
        reply.say(p.getName() + " — " + Naira.format(p.getPrice()) + ", "
                + (p.getStock() > 0 ? p.getStock() + " in stock" : "out of stock right now") + ".");
        if (!details.isEmpty()) {
            reply.say(details.toString() + ".");
        }
        if (p.getDescription() != null) {
            reply.say(p.getDescription());
        }
        return reply.suggest(p.getStock() > 0 ? "Add it to my cart" : "Show me similar", "Checkout");
    }

    Reply add(Turn turn, Reply reply) {
        Optional<Product> product = resolve(turn, false);
        if (product.isEmpty()) {
            return reply.say(Voice.pick(turn, "Which one should I add? Say the product name or its number "
                    + "on the list.", "Which one make I add? Talk the name or the number for the list."));
        }
        int quantity = turn.first("quantity").map(value -> ((Number) value).intValue()).orElse(1);
        try {
            CartView cart = carts.add(turn.cartOwner(), product.get().getSku(), quantity);
            turn.memory().focusSku = product.get().getSku();
            ConversationMemory.mention(turn.memory().productsMentioned, product.get().getSku());
            return reply.say(Voice.pick(turn, "Done! " + quantity + " × " + product.get().getName() + " ("
                                    + Naira.format(product.get().getPrice()) + " each) is in your cart.",
                            "Done! I don put " + quantity + " × " + product.get().getName() + " ("
                                    + Naira.format(product.get().getPrice()) + " each) for your cart."))
                    .say(cartLine(cart))
                    .did("cart_updated", product.get().getSku()).showCart(cart)
                    .suggest("Checkout", "View cart", "Keep shopping");
        } catch (ProblemException refused) {
            return reply.say(refused.getMessage()).suggest("Show me similar", "View cart");
        }
    }

    Reply remove(Turn turn, Reply reply) {
        CartView cart = carts.view(turn.cartOwner());
        if (cart.lines().isEmpty()) {
            return reply.say(Voice.pick(turn, "Your cart is already empty.", "Your cart don empty already."))
                    .showCart(cart);
        }
        Optional<CartView.Line> line = Optional.empty();
        Optional<String> goods = turn.goods();
        if (goods.isPresent()) {
            String wanted = goods.get().toLowerCase(Locale.ROOT);
            line = cart.lines().stream().filter(l -> matches(l, wanted)).findFirst();
            if (line.isEmpty()) {
                List<Product> found = catalog.search(goods.get(), null, null, null, false, 0, 10).products();
                line = cart.lines().stream().filter(l -> found.stream().anyMatch(p -> p.getSku().equals(l.sku())))
                        .findFirst();
            }
        } else if (cart.lines().size() == 1) {
            line = Optional.of(cart.lines().get(0));
        }
        if (line.isEmpty()) {
            reply.say(Voice.pick(turn, "Which item should I remove?", "Which one make I comot?"));
            cart.lines().forEach(l -> reply.suggest("Remove " + l.name()));
            return reply.showCart(cart);
        }
        CartView after = carts.remove(turn.cartOwner(), line.get().sku());
        return reply.say(Voice.pick(turn, "Removed " + line.get().name() + ".", "I don comot " + line.get().name()
                        + " from your cart."))
                .say(cartLine(after)).did("cart_updated", line.get().sku()).showCart(after)
                .suggest("Checkout", "Keep shopping");
    }

    Reply view(Turn turn, Reply reply) {
        CartView cart = carts.view(turn.cartOwner());
        if (cart.lines().isEmpty()) {
            return reply.say(Voice.pick(turn, "Your cart is empty. What would you like to buy?",
                    "Your cart empty. Wetin you wan buy?")).showCart(cart).suggest("Phones", "Laptops");
        }
        for (CartView.Line line : cart.lines()) {
            reply.say("• " + line.quantity() + " × " + line.name() + " — " + Naira.format(line.lineTotal())
                    + (line.priceChanged() ? " (price changed since you added it)" : ""));
        }
        return reply.say(cartLine(cart)).showCart(cart).suggest("Checkout", "Keep shopping");
    }

    static String cartLine(CartView cart) {
        return "Cart: " + cart.itemCount() + (cart.itemCount() == 1 ? " item" : " items") + ", subtotal "
                + Naira.format(cart.subtotal()) + ".";
    }

    private Reply list(Turn turn, Reply reply, List<Product> products, String heading) {
        reply.say(heading);
        for (int i = 0; i < products.size(); i++) {
            Product p = products.get(i);
            reply.say((i + 1) + ". " + p.getName() + " — " + Naira.format(p.getPrice()) + " ("
                    + (p.getStock() > 0 ? p.getStock() + " in stock" : "out of stock") + ")");
            ConversationMemory.mention(turn.memory().productsMentioned, p.getSku());
        }
        turn.memory().lastListed = products.stream().map(Product::getSku).toList();
        turn.memory().focusSku = products.size() == 1 ? products.get(0).getSku() : null;
        return reply.suggest("Add the first one", products.size() > 1 ? "Tell me more about 2" : "Tell me more",
                "Checkout");
    }

    /**
     * The product a message points at: a number from the last list ("the second one"), a product it names, or
     * the one last talked about ("add it").
     */
    Optional<Product> resolve(Turn turn, boolean forInfo) {
        ConversationMemory memory = turn.memory();
        Matcher ordinal = ORDINAL.matcher(turn.text());
        if (!memory.lastListed.isEmpty() && ordinal.find()) {
            int position;
            if (ordinal.group(1) != null) {
                String word = ordinal.group(1).toLowerCase(Locale.ROOT);
                position = word.equals("last") ? memory.lastListed.size() : ORDINALS.get(word);
            } else {
                position = Integer.parseInt(ordinal.group(2) != null ? ordinal.group(2) : ordinal.group(3));
            }
            if (position >= 1 && position <= memory.lastListed.size()) {
                return catalog.bySku(memory.lastListed.get(position - 1));
            }
        }
        Optional<String> goods = turn.goods();
        if (goods.isPresent()) {
            // A product on the list the customer just saw comes first ("add the A15"); only a model code can
            // pick one out, so the listed products are read only when the words hold one.
            boolean modelCode = goods.get().chars().anyMatch(Character::isDigit);
            for (String sku : modelCode ? memory.lastListed : List.<String>of()) {
                Optional<Product> listed = catalog.bySku(sku);
                if (listed.isPresent() && matchesName(listed.get().getName(), goods.get())) {
                    return listed;
                }
            }
            List<Product> found = catalog.search(goods.get(), null, null, null, !forInfo, 0, 1).products();
            if (!found.isEmpty()) {
                return Optional.of(found.get(0));
            }
        }
        if (memory.focusSku != null) {
            return catalog.bySku(memory.focusSku);
        }
        if (memory.lastListed.size() == 1) {
            return catalog.bySku(memory.lastListed.get(0));
        }
        return Optional.empty();
    }

    private static boolean matchesName(String name, String goods) {
        String lowerName = name.toLowerCase(Locale.ROOT);
        for (String word : goods.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (word.length() >= 2 && word.chars().anyMatch(Character::isDigit) && lowerName.contains(word)) {
                return true; // a model code ("a15") picks the listed product out
            }
        }
        return false;
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

    private static BigDecimal budget(Turn turn) {
        return turn.first("price_max").map(value -> BigDecimal.valueOf(((Number) value).longValue())).orElse(null);
    }
}
