package com.raqibtech.naija.cart.application;

import com.raqibtech.naija.cart.domain.Cart;
import com.raqibtech.naija.cart.domain.CartItem;
import com.raqibtech.naija.cart.domain.CartRepository;
import com.raqibtech.naija.catalog.application.CatalogSearch;
import com.raqibtech.naija.catalog.application.ProductDetails;
import com.raqibtech.naija.shared.error.ProblemException;
import com.raqibtech.naija.shared.kv.KeyValueStore;
import com.raqibtech.naija.shared.money.Naira;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One cart per customer (or per guest session), the same on every channel and every server node. Changes run in
 * a transaction holding the cart's row lock, check the product and its stock, and replace the shared copy once
 * committed; reads come from the shared copy when it is there, and from the database when the store is down. Callable by REST, the chat engine and an LLM tool.
 */
@ApplicationScoped
public class CartService {

    public static final int MAX_QUANTITY_PER_LINE = 99;
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(CartService.class.getName());

    @Inject
    CartRepository carts;

    @Inject
    CatalogSearch products;

    @Inject
    KeyValueStore store;

    @Inject
    Clock clock;

    @Inject
    Event<CartChanged> changes;

    @Inject
    Event<GuestSessionTakenOver> takeovers;

    @Inject
    @ConfigProperty(name = "cart.cache.ttl", defaultValue = "P7D")
    Duration cacheTtl;

    private final Jsonb json = JsonbBuilder.create();

    /**
     * Fired inside the changing transaction with the cart as it will be; once the transaction commits the shared
     * copy is replaced by it (or removed when {@code view} is null), so a reader that raced the change and cached
     * the old cart is overwritten.
     */
    public record CartChanged(String cacheKey, CartView view) {
    }

    public CartView view(CartOwner owner) {
        try {
            Optional<String> cached = store.get(owner.cacheKey());
            if (cached.isPresent()) {
                return json.fromJson(cached.get(), CartView.class);
            }
        } catch (RuntimeException storeDown) {
            LOG.warning(() -> "Key-value store unavailable, reading the cart from the database: " + storeDown);
            return find(owner).map(this::viewOf).orElseGet(CartView::empty);
        }
        CartView view = find(owner).map(this::viewOf).orElseGet(CartView::empty);
        try {
            // Only into an empty slot: a change committed meanwhile has written the newer cart already.
            store.putIfAbsent(owner.cacheKey(), json.toJson(view), cacheTtl);
        } catch (RuntimeException storeDown) {
            LOG.warning(() -> "Key-value store unavailable, cart not cached: " + storeDown);
        }
        return view;
    }

    /**
     * Adds to the quantity of a product in the cart.
     *
     * @throws ProblemException 404 for an unknown product, 409 when stock does not cover the new quantity
     */
    @Transactional
    public CartView add(CartOwner owner, String sku, int quantity) {
        ProductDetails product = product(sku);
        Cart cart = lockOrCreate(owner);
        int current = cart.item(product.id()).map(CartItem::getQuantity).orElse(0);
        return change(owner, cart, product, current + quantity);
    }

    /** Sets a product's quantity; zero removes it. */
    @Transactional
    public CartView setQuantity(CartOwner owner, String sku, int quantity) {
        ProductDetails product = product(sku);
        Cart cart = lockOrCreate(owner);
        if (quantity > 0 && cart.item(product.id()).isEmpty()) {
            throw ProblemException.notFound("not-in-cart", product.name() + " is not in your cart; add it first.");
        }
        return change(owner, cart, product, quantity);
    }

    @Transactional
    public CartView remove(CartOwner owner, String sku) {
        return change(owner, lockOrCreate(owner), product(sku), 0);
    }

    @Transactional
    public CartView clear(CartOwner owner) {
        Optional<Cart> cart = lock(owner);
        cart.ifPresent(found -> {
            found.clear(clock.instant());
            changes.fire(new CartChanged(owner.cacheKey(), CartView.empty()));
        });
        return CartView.empty();
    }

    /**
     * Moves a guest's cart into the customer's when the guest signs in: quantities add up, capped at the stock. The
     * rest of the guest's session follows ({@link GuestSessionTakenOver}, in the same transaction).
     */
    @Transactional
    public CartView mergeGuestCart(String guestConversationId, long customerId) {
        CartOwner guest = CartOwner.guest(guestConversationId);
        CartOwner customer = CartOwner.customer(customerId);
        Optional<Cart> guestCart = lock(guest);
        Cart customerCart = lockOrCreate(customer);
        if (guestCart.isPresent()) {
            Map<Long, ProductDetails> byId = productsOf(guestCart.get());
            for (CartItem item : guestCart.get().getItems()) {
                ProductDetails product = byId.get(item.getProductId());
                int together = customerCart.item(item.getProductId()).map(CartItem::getQuantity).orElse(0)
                        + item.getQuantity();
                int allowed = Math.min(Math.min(together, product.stock()), MAX_QUANTITY_PER_LINE);
                if (allowed > 0) {
                    customerCart.setQuantity(product.id(), allowed, product.price(), clock.instant());
                }
            }
            carts.delete(guestCart.get());
            changes.fire(new CartChanged(guest.cacheKey(), null));
        }
        CartView merged = viewOf(customerCart);
        changes.fire(new CartChanged(customer.cacheKey(), merged));
        takeovers.fire(new GuestSessionTakenOver(guestConversationId, customerId));
        return merged;
    }

    /** One line of a cart as checkout reads it: which product, how many. */
    public record CheckoutLine(long productId, int quantity) {
    }

    /**
     * Locks the customer's cart for checkout, in the caller's transaction, and answers its lines (none when there is
     * no cart or it is empty). The lock serialises a customer's checkouts.
     */
    public List<CheckoutLine> lockForCheckout(long customerId) {
        return carts.lockForCustomer(customerId).map(CartService::checkoutLines).orElse(List.of());
    }

    /** The customer's cart lines without locking, for a quote. */
    public List<CheckoutLine> checkoutLines(long customerId) {
        return carts.findForCustomer(customerId).map(CartService::checkoutLines).orElse(List.of());
    }

    /** Empties the cart checkout has locked; the shared copy is replaced after commit. */
    public void emptyAfterCheckout(long customerId) {
        CartOwner owner = CartOwner.customer(customerId);
        lock(owner).ifPresent(cart -> {
            cart.clear(clock.instant());
            changes.fire(new CartChanged(owner.cacheKey(), CartView.empty()));
        });
    }

    private static List<CheckoutLine> checkoutLines(Cart cart) {
        return cart.getItems().stream().map(item -> new CheckoutLine(item.getProductId(), item.getQuantity()))
                .toList();
    }

    void refreshAfterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) CartChanged changed) {
        try {
            if (changed.view() == null) {
                store.delete(changed.cacheKey());
            } else {
                store.put(changed.cacheKey(), json.toJson(changed.view()), cacheTtl);
            }
        } catch (RuntimeException storeDown) {
            LOG.warning(() -> "Key-value store unavailable; cached cart " + changed.cacheKey() + " may be stale: "
                    + storeDown);
        }
    }

    private CartView change(CartOwner owner, Cart cart, ProductDetails product, int quantity) {
        if (quantity > MAX_QUANTITY_PER_LINE) {
            throw ProblemException.badRequest("quantity-too-large",
                    "At most " + MAX_QUANTITY_PER_LINE + " of one product per order.");
        }
        if (quantity > product.stock()) {
            throw ProblemException.conflict("insufficient-stock", product.stock() == 0
                    ? product.name() + " is out of stock."
                    : "Only " + product.stock() + " of " + product.name() + " left.");
        }
        cart.setQuantity(product.id(), quantity, product.price(), clock.instant());
        CartView view = viewOf(cart);
        changes.fire(new CartChanged(owner.cacheKey(), view));
        return view;
    }

    private ProductDetails product(String sku) {
        return products.details(sku == null ? "" : sku.trim())
                .orElseThrow(() -> ProblemException.notFound("unknown-product",
                        "There is no product '" + sku + "' in our catalogue."));
    }

    private Optional<Cart> find(CartOwner owner) {
        return owner.isGuest() ? carts.findForGuest(owner.guestKey()) : carts.findForCustomer(owner.customerId());
    }

    private Optional<Cart> lock(CartOwner owner) {
        return owner.isGuest() ? carts.lockForGuest(owner.guestKey()) : carts.lockForCustomer(owner.customerId());
    }

    private Cart lockOrCreate(CartOwner owner) {
        return lock(owner).orElseGet(() -> {
            Cart created = owner.isGuest() ? Cart.forGuest(owner.guestKey(), clock.instant())
                    : Cart.forCustomer(owner.customerId(), clock.instant());
            carts.save(created);
            carts.flush(); // a concurrent first add for the same owner fails here, as a 409, not at commit
            return created;
        });
    }

    private Map<Long, ProductDetails> productsOf(Cart cart) {
        Map<Long, ProductDetails> byId = new HashMap<>();
        products.byIds(cart.getItems().stream().map(CartItem::getProductId).toList())
                .forEach(product -> byId.put(product.id(), product));
        return byId;
    }

    CartView viewOf(Cart cart) {
        Map<Long, ProductDetails> byId = productsOf(cart);
        List<CartView.Line> lines = cart.getItems().stream().map(item -> {
            ProductDetails product = byId.get(item.getProductId());
            BigDecimal price = product.price();
            return new CartView.Line(product.sku(), product.name(), product.brand(), item.getQuantity(),
                    price, Naira.of(price.multiply(BigDecimal.valueOf(item.getQuantity()))), product.stock(),
                    item.toLine().unitPrice().compareTo(price) != 0);
        }).toList();
        BigDecimal subtotal = lines.stream().map(CartView.Line::lineTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new CartView(lines, lines.stream().mapToInt(CartView.Line::quantity).sum(), Naira.of(subtotal));
    }
}
