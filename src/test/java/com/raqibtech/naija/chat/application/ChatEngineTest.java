package com.raqibtech.naija.chat.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.raqibtech.naija.cart.application.CartOwner;
import com.raqibtech.naija.cart.application.CartService;
import com.raqibtech.naija.cart.application.CartView;
import com.raqibtech.naija.catalog.application.CatalogSearch;
import com.raqibtech.naija.catalog.application.ProductDetails;
import com.raqibtech.naija.catalog.application.ProductIndex;
import com.raqibtech.naija.chat.application.dialogue.Dialogue;
import com.raqibtech.naija.chat.application.dialogue.OrderChangeFlows;
import com.raqibtech.naija.chat.application.dialogue.OrderFlows;
import com.raqibtech.naija.chat.application.dialogue.ShoppingFlows;
import com.raqibtech.naija.chat.application.memory.ShortTermMemory;
import com.raqibtech.naija.chat.application.reply.ActionType;
import com.raqibtech.naija.chat.application.reply.QuickReply;
import com.raqibtech.naija.chat.application.reply.ReplyContent;
import com.raqibtech.naija.chat.domain.Conversation;
import com.raqibtech.naija.chat.domain.ConversationRepository;
import com.raqibtech.naija.chat.domain.ConversationStatus;
import com.raqibtech.naija.chat.domain.Message;
import com.raqibtech.naija.customers.application.CustomerProfiles;
import com.raqibtech.naija.customers.application.CustomerSummary;
import com.raqibtech.naija.nlu.application.EntityExtractor;
import com.raqibtech.naija.nlu.application.EntityExtractors;
import com.raqibtech.naija.nlu.application.LanguageModelBuild;
import com.raqibtech.naija.nlu.application.LanguageUnderstanding;
import com.raqibtech.naija.orders.application.CheckoutService;
import com.raqibtech.naija.orders.application.Confirmations;
import com.raqibtech.naija.orders.application.OrderQueries;
import com.raqibtech.naija.orders.application.OrderSummary;
import com.raqibtech.naija.shared.access.Actor;
import com.raqibtech.naija.shared.access.Channel;
import com.raqibtech.naija.shared.error.ProblemException;
import com.raqibtech.naija.shared.kv.InMemoryKeyValueStore;
import com.raqibtech.naija.shared.kv.KeyValueStore;
import com.raqibtech.naija.support.application.SupportTickets;
import com.raqibtech.naija.testing.SchemaChecks;
import com.raqibtech.naija.wallet.application.WalletService;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The conversation engine without a server or a channel: the real engine, dialogue, handoff, turn lock, short-term
 * memory, order confirmations and language models, over in-memory stand-ins for the catalogue, carts, customers
 * and checkout. Who acts is only an {@link Actor}: a customer known by a phone number alone (no account), a guest,
 * a signed-in customer. The same conversations run over HTTP, on PostgreSQL and Redis, in the integration tests.
 */
class ChatEngineTest {

    private static LanguageModelBuild.Models models;
    private static EntityExtractor extractor;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
    private final KeyValueStore store = new InMemoryKeyValueStore(clock);
    private final Map<String, Conversation> conversations = new HashMap<>();
    private final List<Message> stored = new ArrayList<>();
    private final Map<Long, CustomerSummary> customers = new HashMap<>();
    private final List<OrderSummary> placed = new ArrayList<>();
    private final Catalogue catalogue = new Catalogue();
    private final Carts carts = new Carts();
    private final Confirmations confirmations = new Confirmations();
    private final Checkout checkout = new Checkout();
    private final Map<Long, BigDecimal> balances = new HashMap<>();
    /** Ticket reference → its conversation, then the messages it holds. */
    private final Map<String, List<String>> tickets = new LinkedHashMap<>();
    private final Map<String, String> ticketOrders = new HashMap<>();
    private ChatEngine engine;

    @BeforeAll
    static void realLanguageModels() throws Exception {
        models = LanguageModelBuild.shipped();
        extractor = new EntityExtractor(SchemaChecks.nluStateAliases("chat-engine"));
    }

    @BeforeEach
    void wire() {
        set(confirmations, "store", store);
        set(checkout, "confirmations", confirmations);

        ShoppingFlows shopping = new ShoppingFlows();
        set(shopping, "catalog", catalogue);
        set(shopping, "carts", carts);
        OrderFlows orderFlows = new OrderFlows();
        set(orderFlows, "checkout", checkout);
        set(orderFlows, "confirmations", confirmations);
        set(orderFlows, "carts", carts);
        set(orderFlows, "orders", new Orders());
        set(orderFlows, "customers", new Profiles());
        set(orderFlows, "wallets", new Wallets());
        Dialogue dialogue = new Dialogue();
        set(dialogue, "shopping", shopping);
        set(dialogue, "orders", orderFlows);
        set(dialogue, "customers", new Profiles());
        set(dialogue, "wallets", new Wallets());
        set(dialogue, "tickets", new Tickets());
        set(dialogue, "nlu", new Understanding());
        OrderChangeFlows orderChanges = new OrderChangeFlows();
        set(orderChanges, "orders", new Orders());
        set(orderChanges, "orderFlows", orderFlows);
        set(orderChanges, "confirmations", confirmations);
        set(orderChanges, "catalog", catalogue);
        set(orderChanges, "checkout", checkout);
        set(dialogue, "orderChanges", orderChanges);

        Repository repository = new Repository();
        BusinessHours hours = new BusinessHours();
        hours.clock = clock;
        hours.opens = LocalTime.of(8, 0);
        hours.closes = LocalTime.of(18, 0);
        Handoff handoff = new Handoff();
        handoff.conversations = repository;
        handoff.hours = hours;
        ShortTermMemory memories = new ShortTermMemory();
        set(memories, "store", store);
        set(memories, "conversations", repository);
        set(memories, "ttl", Duration.ofMinutes(30));
        TurnLock locks = new TurnLock();
        locks.store = store;

        engine = new ChatEngine();
        engine.conversations = new Conversations();
        engine.repository = repository;
        engine.nlu = new Understanding();
        engine.responder = dialogue;
        engine.memories = memories;
        engine.recorder = new Recorder();
        engine.handoff = handoff;
        engine.escalation = EscalationPolicy.withDefaults();
        engine.confirmations = confirmations;
        engine.locks = locks;
        engine.clock = clock;
    }

    @Test
    void aCustomerKnownOnlyByTheirPhoneSearchesAddsChecksOutAndOrders() {
        Actor phoneOnly = phoneCustomer(501L, "Chinedu Okeke", "+2348031234567", "Lagos", "Ikeja",
                "12 Allen Avenue");
        String conversation = open(501L, Channel.WHATSAPP);

        ChatEngine.Result search = say(phoneOnly, conversation, "I wan buy Samsung phone");
        List<ReplyContent.ProductCard> cards = cards(search);
        assertTrue(cards.size() >= 2 && cards.stream().allMatch(card -> card.brand().equals("Samsung")),
                cards.toString());

        ChatEngine.Result added = say(phoneOnly, conversation, "add the second one");
        assertEquals(cards.get(1).sku(), action(added, ActionType.CART_UPDATED));
        assertEquals(List.of(cards.get(1).sku()), carts.skus(CartOwner.customer(501L)), "the customer's own cart");

        ChatEngine.Result asks = say(phoneOnly, conversation, "I don ready to checkout");
        QuickReply wallet = quickReply(asks, "RaqibTechPay");
        assertEquals("set_payment_method:raqibtechpay", wallet.payload());

        ChatEngine.Result quote = tap(phoneOnly, conversation, wallet);
        ReplyContent.QuoteCard quoted = quote.content().blocksOf(ReplyContent.QuoteCard.class).get(0);
        assertEquals("raqibtechpay", quoted.paymentMethod());
        assertEquals("Lagos", quoted.state());
        assertTrue(placed.isEmpty(), "nothing ordered before the customer says yes");

        // No responder can place the order for them before they say yes: the service refuses the confirmation.
        String confirmationId = quickReply(quote, "Yes, place it").payload().substring("confirm:".length());
        ProblemException refused = assertThrows(ProblemException.class, () -> checkout.placeOrder(
                phoneOnly.inConversation(), new CheckoutService.Request("Lagos", "Ikeja", "12 Allen Avenue",
                        "raqibtechpay", "k", confirmationId)));
        assertEquals("confirmation-required", refused.type());

        ChatEngine.Result ordered = tap(phoneOnly, conversation, quickReply(quote, "Yes, place it"));
        String reference = action(ordered, ActionType.ORDER_PLACED);
        assertEquals(1, placed.size());
        assertEquals(reference, placed.get(0).reference());
        assertEquals(501L, placed.get(0).customerId());
        assertEquals(reference, ordered.content().blocksOf(ReplyContent.OrderCard.class).get(0).reference());
        assertTrue(carts.skus(CartOwner.customer(501L)).isEmpty(), "the cart is emptied");

        // The same yes again places nothing: a confirmation is used once.
        tap(phoneOnly, conversation, quickReply(quote, "Yes, place it"));
        assertEquals(1, placed.size());
        assertEquals(Channel.WHATSAPP, stored.get(0).getChannel());
    }

    @Test
    void answersToTheCheckoutQuestionsFillTheirSlotsWhateverTheyLookLike() {
        Actor emeka = phoneCustomer(602L, "Emeka Nwosu", "+2348021234567", null, null, null);
        String conversation = open(602L, Channel.WHATSAPP);
        say(emeka, conversation, "I need a blender");
        say(emeka, conversation, "add the first one");

        ChatEngine.Result whichState = say(emeka, conversation, "checkout");
        assertTrue(quickReplyPayloads(whichState).contains("set_delivery_address:Lagos"), whichState.content().toString());
        // A place alone is a state, not a street address: the address is still asked for.
        ChatEngine.Result whatAddress = say(emeka, conversation, "deliver am to Ikeja");
        assertTrue(quickReplyPayloads(whatAddress).isEmpty(), whatAddress.content().text());
        ChatEngine.Result howToPay = say(emeka, conversation, "No 5 Opebi Road, off Allen");
        assertTrue(quickReplyPayloads(howToPay).contains("set_payment_method:pay_on_delivery"),
                howToPay.content().text());
        ChatEngine.Result quote = say(emeka, conversation, "pay on delivery");
        ReplyContent.QuoteCard quoted = quote.content().blocksOf(ReplyContent.QuoteCard.class).get(0);
        assertEquals("Lagos", quoted.state());
        assertEquals("pay_on_delivery", quoted.paymentMethod());
        tap(emeka, conversation, quickReply(quote, "Yes, place it"));
        assertEquals(1, placed.size());
        assertEquals("Lagos", placed.get(0).deliveryState());
    }

    @Test
    void aBareStateAnswersWhichStateEvenWhenTheModelReadsItAsSomethingElse() {
        long id = 603L;
        for (String answer : new String[]{"Lagos", "Lagos state", "Lasgidi"}) {
            Actor halima = phoneCustomer(id, "Halima Bello", "+234803111111" + (id % 10), null, null,
                null);
            String conversation = open(id, Channel.WHATSAPP);
            say(halima, conversation, "show me blenders");
            say(halima, conversation, "add the first one");
            ChatEngine.Result asked = say(halima, conversation, "checkout");
            assertTrue(quickReplyPayloads(asked).contains("set_delivery_address:Lagos"), asked.content().text());
            ChatEngine.Result answered = say(halima, conversation, answer);
            assertFalse(answered.content().text().contains("staff"), answer + " → " + answered.content().text());
            assertFalse(quickReplyPayloads(answered).contains("set_delivery_address:Lagos"),
                    answer + " is taken as the state: " + answered.content().text());
            id++;
        }
    }

    @Test
    void aGuestShopsButIsAskedToSignInAtCheckout() {
        String conversation = open(null, Channel.WEB);
        Actor guest = Actor.guest(conversation, Channel.WEB, "127.0.0.1");

        ChatEngine.Result search = say(guest, conversation, "show me blenders");
        String first = cards(search).get(0).sku();
        ChatEngine.Result added = tap(guest, conversation, quickReply(search, "Add the first one"));
        assertEquals(first, action(added, ActionType.CART_UPDATED));
        assertEquals(List.of(first), carts.skus(CartOwner.guest(conversation)), "the guest's cart");

        ChatEngine.Result checkingOut = say(guest, conversation, "checkout");
        assertEquals(List.of(ActionType.SIGN_IN_REQUIRED), types(checkingOut));
        assertEquals("sign_in", quickReply(checkingOut, "Sign in").payload());
        ChatEngine.Result signIn = tap(guest, conversation, quickReply(checkingOut, "Sign in"));
        assertEquals(List.of(ActionType.SIGN_IN_REQUIRED), types(signIn));
        assertTrue(placed.isEmpty());
    }

    @Test
    void aSignedInCustomerWhoSaysToGoAheadOrdersInOneMessage() {
        customers.put(77L, new CustomerSummary(77L, "Ada Obi", "ada@naija.test", "+2348051234567", "FCT", "Garki",
                "3 Ahmadu Bello Way", "SILVER", "Silver", new BigDecimal("0.05"), new BigDecimal("600000")));
        Actor ada = Actor.customer(77L, 9L, "ada@naija.test", "Ada Obi", Channel.WEB, "127.0.0.1");
        String conversation = open(77L, Channel.WEB);

        ChatEngine.Result hello = say(ada, conversation, "hello");
        assertTrue(hello.content().text().contains("Ada"), hello.content().text());
        say(ada, conversation, "I need a blender");
        say(ada, conversation, "add the first one");
        ChatEngine.Result ordered = say(ada, conversation, "use RaqibPay and order");
        action(ordered, ActionType.ORDER_PLACED);
        assertEquals("raqibtechpay", placed.get(0).paymentMethod());
        assertEquals("FCT", placed.get(0).deliveryState());
    }

    @Test
    void aMessageTheChannelDeliversTwiceIsAnsweredOnce() {
        Actor bola = phoneCustomer(88L, "Bola Ade", "+2348091234567", "Oyo", "Ibadan",
                "5 Ring Road");
        String conversation = open(88L, Channel.WHATSAPP);
        String first = cards(say(bola, conversation, "show me blenders")).get(0).sku();
        ChatEngine.Inbound add = new ChatEngine.Inbound("add the first one", null, "wamid.HBgM001");
        ChatEngine.Result answered = engine.handle(bola, conversation, add);
        int messages = stored.size();
        ChatEngine.Result again = engine.handle(bola, conversation, add);
        assertFalse(answered.duplicate());
        assertTrue(again.duplicate());
        assertEquals(answered.reply(), again.reply(), "the first answer, again");
        assertEquals(Map.of(first, 1), carts.quantities(CartOwner.customer(88L)), "added once, not twice");
        assertEquals(messages, stored.size(), "nothing stored again");
    }

    @Test
    void quantitiesAreSetAddedToAndReducedAsPeopleSayIt() {
        Actor tunde = phoneCustomer(701L, "Tunde Bakare", "+2348037010001", "Lagos", "Ikeja", "4 Oba Akran Road");
        String conversation = open(701L, Channel.WHATSAPP);
        String blender = cards(say(tunde, conversation, "I need a blender")).get(0).sku();
        say(tunde, conversation, "add the first one");
        CartOwner cart = CartOwner.customer(701L);
        assertEquals(Map.of(blender, 1), carts.quantities(cart));

        say(tunde, conversation, "abeg make am two");
        assertEquals(Map.of(blender, 2), carts.quantities(cart), "set to two, not two more");
        say(tunde, conversation, "add one more");
        assertEquals(Map.of(blender, 3), carts.quantities(cart));
        say(tunde, conversation, "change it to 2 please");
        assertEquals(Map.of(blender, 2), carts.quantities(cart));
        say(tunde, conversation, "remove one");
        assertEquals(Map.of(blender, 1), carts.quantities(cart));
        say(tunde, conversation, "actually make it 4");
        ChatEngine.Result justOne = say(tunde, conversation, "just one");
        assertEquals(Map.of(blender, 1), carts.quantities(cart), justOne.content().text());
        action(justOne, ActionType.CART_UPDATED);
    }

    @Test
    void askingAboutAListedProductDescribesItAndTypedQuickRepliesDoWhatTheySay() {
        Actor ngozi = phoneCustomer(702L, "Ngozi Eze", "+2348037020002", "Lagos", "Yaba", "9 Herbert Macaulay Way");
        String conversation = open(702L, Channel.WHATSAPP);
        List<ReplyContent.ProductCard> listed = cards(say(ngozi, conversation, "show me samsung phones"));

        ChatEngine.Result described = say(ngozi, conversation, "tell me more about the second one");
        assertTrue(types(described).isEmpty(), "described, not added: " + described.content());
        assertTrue(described.content().text().contains(listed.get(1).name()), described.content().text());
        assertTrue(carts.skus(CartOwner.customer(702L)).isEmpty());

        say(ngozi, conversation, "show me samsung phones");
        ChatEngine.Result typed = say(ngozi, conversation, "Tell me more about 2");
        assertTrue(typed.content().text().contains(listed.get(1).name()), typed.content().text());
        ChatEngine.Result keepShopping = say(ngozi, conversation, "add it");
        assertEquals(listed.get(1).sku(), action(keepShopping, ActionType.CART_UPDATED));
        ChatEngine.Result shopping = say(ngozi, conversation, "Keep shopping");
        assertTrue(types(shopping).isEmpty(), "typing the label means tapping it: no checkout " + shopping.content());
        assertFalse(shopping.content().text().toLowerCase().contains("state"), shopping.content().text());
    }

    @Test
    void angerAndInsultsReachAPersonAndOneComplaintIsOneTicketAboutTheLateOrder() {
        Actor kemi = phoneCustomer(703L, "Kemi Ajayi", "+2348037030003", "Lagos", "Surulere", "2 Bode Thomas St");
        String conversation = open(703L, Channel.WHATSAPP);
        placed.add(new OrderSummary("RQB-LATE-1", 703L, "shipped", false, false, false, false,
                new BigDecimal("50000.00"), "card", "Card", "Lagos", clock.instant().minus(Duration.ofDays(8)),
                LocalDate.of(2026, 11, 20)));
        placed.add(new OrderSummary("RQB-DONE-2", 703L, "delivered", false, true, false, false,
                new BigDecimal("9000.00"), "card", "Card", "Lagos", clock.instant().minus(Duration.ofDays(1)),
                LocalDate.of(2026, 11, 24)));

        ChatEngine.Result first = say(kemi, conversation, "una too dey waste my time, this delivery don late one week");
        String ticket = action(first, ActionType.COMPLAINT_RECORDED);
        assertEquals("RQB-LATE-1", ticketOrders.get(ticket), "the late order, not the newest one");
        assertEquals(ConversationStatus.BOT, first.status());

        ChatEngine.Result second = say(kemi, conversation, "useless service, I'm vexed");
        assertEquals(ConversationStatus.WAITING_FOR_AGENT, second.status(), second.content().text());
        assertEquals(1, tickets.size(), "one complaint, one ticket: " + tickets);
        assertEquals(3, tickets.get(ticket).size(), "the second message is added to it");

        ChatEngine.Result waiting = say(kemi, conversation, "hello? anybody there");
        assertTrue(waiting.reply() != null && waiting.content().text().contains("support team"),
                "told once that a person will answer: " + waiting.content().text());
        ChatEngine.Result quiet = say(kemi, conversation, "I dey wait o");
        assertNull(quiet.reply(), "then quiet while a person owns the chat");
    }

    @Test
    void aPoliteComplaintIsAcknowledgedWithoutAPerson() {
        Actor musa = phoneCustomer(704L, "Musa Danjuma", "+2348037040004", "Kano", "Nassarawa", "7 Zoo Road");
        String conversation = open(704L, Channel.WHATSAPP);
        ChatEngine.Result complaint = say(musa, conversation,
                "Good evening, the blender I received has a cracked jar. Please look into it.");
        action(complaint, ActionType.COMPLAINT_RECORDED);
        assertEquals(ConversationStatus.BOT, complaint.status());
        ChatEngine.Result thanks = say(musa, conversation, "ok thank you");
        assertEquals(ConversationStatus.BOT, thanks.status());
    }

    @Test
    void smallTalkIsAnsweredPolitelyInTheCustomersRegisterAndSteeredBack() {
        Actor obinna = phoneCustomer(705L, "Obinna Uche", "+2348037050005", "Enugu", "Enugu", "1 Ogui Road");
        String conversation = open(705L, Channel.WHATSAPP);
        ChatEngine.Result howFar = say(obinna, conversation, "how far");
        assertEquals("pcm", howFar.parse().language());
        ChatEngine.Result match = say(obinna, conversation, "who won the match yesterday");
        assertFalse(match.content().text().contains("didn't get"), match.content().text());
        assertFalse(match.content().quickReplies().isEmpty(), "steered back with something to tap");
        ChatEngine.Result again = say(obinna, conversation, "what's the weather like in Enugu today");
        assertEquals(ConversationStatus.BOT, again.status(), "small talk is not a reason for a person");
    }

    @Test
    void anEmptyWalletIsOfferedLastAndOneWorkingDayIsSingular() {
        Actor ife = phoneCustomer(706L, "Ife Adeyemi", "+2348037060006", "Lagos", "Ikeja", "3 Awolowo Way");
        balances.put(706L, new BigDecimal("0.00"));
        String conversation = open(706L, Channel.WHATSAPP);
        say(ife, conversation, "I need a blender");
        say(ife, conversation, "add the first one");
        ChatEngine.Result howToPay = say(ife, conversation, "checkout");
        assertEquals("set_payment_method:pay_on_delivery", howToPay.content().quickReplies().get(0).payload());
        assertEquals("set_payment_method:raqibtechpay", howToPay.content().quickReplies().get(3).payload());
    }

    @Test
    void modelsThatShareANumberArePickedByTheirNamesAndAnotherOneIsAdded() {
        String conversation = open(null, Channel.WEB);
        Actor guest = Actor.guest(conversation, Channel.WEB, "127.0.0.1");
        say(guest, conversation, "abeg show me Redmi phones");
        ChatEngine.Result added = say(guest, conversation, "ok add the 13C to cart");
        assertEquals("PHN-XIA-R13C-128", action(added, ActionType.CART_UPDATED));
        ChatEngine.Result more = say(guest, conversation, "and the redmi note 13 too, for my wife");
        assertEquals("PHN-XIA-RN13-256", action(more, ActionType.CART_UPDATED), more.content().text());
        assertEquals(Map.of("PHN-XIA-R13C-128", 1, "PHN-XIA-RN13-256", 1),
                carts.quantities(CartOwner.guest(conversation)));
    }

    @Test
    void phoneDealsAreTheBestPricedPhonesNotTheDearest() {
        Actor sade = phoneCustomer(707L, "Sade Ojo", "+2348037070007", "Oyo", "Ibadan", "8 Ring Road");
        String conversation = open(707L, Channel.WHATSAPP);
        List<ReplyContent.ProductCard> deals = cards(say(sade, conversation, "any phone deals?"));
        assertFalse(deals.isEmpty());
        assertTrue(deals.stream().allMatch(card -> card.price().compareTo(new BigDecimal("160000")) <= 0),
                "the cheapest phones first: " + deals);
    }

    @Test
    void aGuestSeesAnOrderOnlyWithItsReferenceAndThePhoneNumberOnIt() {
        phoneCustomer(708L, "Yemi Alade", "+2348037080008", "Lagos", "Lekki", "1 Admiralty Way");
        placed.add(new OrderSummary("RQB2026112800000708", 708L, "shipped", false, false, false, false,
                new BigDecimal("50000.00"), "card", "Card", "Lagos", clock.instant(), LocalDate.of(2026, 11, 30)));
        String conversation = open(null, Channel.WEB);
        Actor guest = Actor.guest(conversation, Channel.WEB, "127.0.0.1");

        ChatEngine.Result asked = say(guest, conversation, "where is my order RQB2026112800000708");
        assertTrue(asked.content().blocksOf(ReplyContent.OrderCard.class).isEmpty(), "not without the phone");
        ChatEngine.Result wrong = say(guest, conversation, "08031111111");
        assertTrue(wrong.content().blocksOf(ReplyContent.OrderCard.class).isEmpty(), wrong.content().text());
        say(guest, conversation, "track my order RQB2026112800000708");
        ChatEngine.Result shown = say(guest, conversation, "my number na 0803 708 0008");
        assertEquals("RQB2026112800000708", shown.content().blocksOf(ReplyContent.OrderCard.class).get(0)
                .reference(), shown.content().text());
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    /** A Bronze customer known only by a WhatsApp number, with the delivery details given (or null). */
    private Actor phoneCustomer(long id, String fullName, String phone, String state, String city, String address) {
        customers.put(id, new CustomerSummary(id, fullName, null, phone, state, city, address, "BRONZE", "Bronze",
                new BigDecimal("0.00"), BigDecimal.ZERO));
        return Actor.customerWithoutAccount(id, fullName.split(" ")[0], Channel.WHATSAPP, phone);
    }

    private String open(Long customerId, Channel channel) {
        Conversation conversation = new Conversation(customerId, channel, clock.instant());
        conversations.put(conversation.getId(), conversation);
        return conversation.getId();
    }

    private ChatEngine.Result say(Actor actor, String conversation, String text) {
        return engine.handle(actor, conversation, ChatEngine.Inbound.text(text));
    }

    private ChatEngine.Result tap(Actor actor, String conversation, QuickReply reply) {
        return engine.handle(actor, conversation, new ChatEngine.Inbound(reply.label(), reply.payload(), null));
    }

    private static List<ReplyContent.ProductCard> cards(ChatEngine.Result result) {
        List<ReplyContent.ProductCards> lists = result.content().blocksOf(ReplyContent.ProductCards.class);
        return lists.isEmpty() ? List.of() : lists.get(0).products();
    }

    private static QuickReply quickReply(ChatEngine.Result result, String label) {
        return result.content().quickReplies().stream().filter(reply -> reply.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no '" + label + "' in " + result.content()));
    }

    private static List<String> quickReplyPayloads(ChatEngine.Result result) {
        return result.content().quickReplies().stream().map(QuickReply::payload).toList();
    }

    private static List<ActionType> types(ChatEngine.Result result) {
        return result.content().actions().stream().map(ReplyContent.Action::type).toList();
    }

    private static String action(ChatEngine.Result result, ActionType type) {
        return result.content().actions().stream().filter(action -> action.type() == type)
                .map(ReplyContent.Action::reference).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " in " + result.content()));
    }

    private static void set(Object target, String name, Object value) {
        for (Class<?> type = target.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                field.set(target, value);
                return;
            } catch (NoSuchFieldException notHere) {
                // look in the superclass
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalArgumentException("no field " + name + " in " + target.getClass());
    }

    // ---- stand-ins for the services that need a database ---------------------------------------------------------

    /** The real language models and entity rules, with the stand-in catalogue's words as the goods gazetteer. */
    private final class Understanding extends LanguageUnderstanding {
        @Override
        public Parse parse(String text) {
            return understand(models, extractor.extract(text, EntityExtractors.goods(catalogue.index.mentions(text))),
                    text);
        }
    }

    private final class Catalogue extends CatalogSearch {
        private final Map<String, ProductDetails> bySku = new LinkedHashMap<>();
        private final ProductIndex index;

        Catalogue() {
            List<ProductIndex.Entry> entries = new ArrayList<>();
            add(entries, "PHN-SAM-A05-64", "Samsung Galaxy A05 64GB", "Samsung", "phones-tablets", "139000.00", 180);
            add(entries, "PHN-SAM-A15-128", "Samsung Galaxy A15 128GB", "Samsung", "phones-tablets", "215000.00", 150);
            add(entries, "PHN-SAM-A24-128", "Samsung Galaxy A24 128GB", "Samsung", "phones-tablets", "265000.00", 90);
            add(entries, "PHN-TEC-SPK10", "Tecno Spark 10 128GB", "Tecno", "phones-tablets", "145000.00", 200);
            add(entries, "PHN-XIA-RN13-256", "Xiaomi Redmi Note 13 256GB", "Xiaomi", "phones-tablets", "299000.00",
                    60);
            add(entries, "PHN-XIA-R13C-128", "Xiaomi Redmi 13C 128GB", "Xiaomi", "phones-tablets", "149000.00", 90);
            add(entries, "KIT-BLN-SIL", "Silver Crest Blender 2L", "Silver Crest", "home-kitchen", "32000.00", 40);
            add(entries, "KIT-BLN-BIN", "Binatone Blender 1.5L", "Binatone", "home-kitchen", "28500.00", 25);
            index = ProductIndex.build(entries);
        }

        private void add(List<ProductIndex.Entry> entries, String sku, String name, String brand, String category,
                         String price, int stock) {
            entries.add(new ProductIndex.Entry(entries.size() + 1, sku, name, brand, category, category,
                    new BigDecimal(price), stock, 50, name, Map.of()));
            bySku.put(sku, new ProductDetails(entries.size(), sku, name, brand, category, new BigDecimal(price),
                    stock, true, name, Map.of(), null, 50));
        }

        @Override
        public List<ProductDetails> find(String text, BigDecimal maxPrice, boolean inStockOnly, int size) {
            return index.search(new ProductIndex.Query(text, null, null, maxPrice, inStockOnly, 0, size)).hits()
                    .stream().map(hit -> bySku.get(hit.product().sku())).toList();
        }

        @Override
        public Optional<ProductDetails> details(String sku) {
            return Optional.ofNullable(bySku.get(sku));
        }

        @Override
        public Optional<ProductDetails> describe(String sku) {
            return details(sku);
        }
    }

    private final class Carts extends CartService {
        private final Map<CartOwner, Map<String, Integer>> lines = new HashMap<>();

        Map<String, Integer> quantities(CartOwner owner) {
            return lines.computeIfAbsent(owner, o -> new LinkedHashMap<>());
        }

        List<String> skus(CartOwner owner) {
            return List.copyOf(quantities(owner).keySet());
        }

        @Override
        public CartView view(CartOwner owner) {
            List<CartView.Line> shown = quantities(owner).entrySet().stream().map(line -> {
                ProductDetails p = catalogue.bySku.get(line.getKey());
                BigDecimal total = p.price().multiply(BigDecimal.valueOf(line.getValue()));
                return new CartView.Line(p.sku(), p.name(), p.brand(), line.getValue(), p.price(), total, p.stock(),
                        false);
            }).toList();
            return new CartView(shown, shown.stream().mapToInt(CartView.Line::quantity).sum(),
                    shown.stream().map(CartView.Line::lineTotal).reduce(new BigDecimal("0.00"), BigDecimal::add));
        }

        @Override
        public CartView add(CartOwner owner, String sku, int quantity) {
            quantities(owner).merge(sku, quantity, Integer::sum);
            return view(owner);
        }

        @Override
        public CartView setQuantity(CartOwner owner, String sku, int quantity) {
            quantities(owner).put(sku, quantity);
            return view(owner);
        }

        @Override
        public CartView remove(CartOwner owner, String sku) {
            quantities(owner).remove(sku);
            return view(owner);
        }
    }

    /** Prices the cart as checkout does (delivery ₦4,500) and places the order only as the real service allows. */
    private final class Checkout extends CheckoutService {
        @Override
        public BigDecimal payOnDeliveryLimit() {
            return new BigDecimal("500000");
        }

        @Override
        public String paymentMethodName(String code) {
            return Map.of("raqibtechpay", "RaqibTechPay", "pay_on_delivery", "Pay on delivery", "bank_transfer",
                    "Bank transfer", "card", "Card").getOrDefault(code,
                    code);
        }

        @Override
        public Quote quote(long customerId, String stateName) {
            CartView cart = carts.view(CartOwner.customer(customerId));
            BigDecimal fee = new BigDecimal("4500.00");
            return new Quote(cart.lines().stream().map(line -> new QuoteLine(line.sku(), line.name(),
                    line.quantity(), line.unitPrice(), line.lineTotal())).toList(), cart.subtotal(), "BRONZE",
                    BigDecimal.ZERO, new BigDecimal("0.00"), stateName, fee, 2, LocalDate.of(2026, 11, 27),
                    cart.subtotal().add(fee));
        }

        @Override
        public OrderSummary placeOrder(Actor actor, Request request) {
            long customerId = actor.requireCustomer();
            Quote quote = quote(customerId, request.state());
            confirmations.redeem(actor, request.confirmationId(), Confirmations.Subject.placeOrder(request.state(),
                    request.paymentMethod(), quote.total()));
            OrderSummary order = new OrderSummary("RQB-TEST-" + (placed.size() + 1), customerId, "confirmed", true,
                    false, false, false, quote.total(), request.paymentMethod(),
                    paymentMethodName(request.paymentMethod()), request.state(), clock.instant(),
                    quote.expectedDelivery());
            placed.add(order);
            carts.quantities(CartOwner.customer(customerId)).clear();
            return order;
        }
    }

    private final class Orders extends OrderQueries {
        @Override
        public List<OrderSummary> summaries(Actor actor, Long customerId, int limit) {
            long own = actor.requireCustomer();
            return placed.stream().filter(order -> order.customerId() == own).toList();
        }

        @Override
        public OrderSummary forGuest(Actor caller, String reference, String phone) {
            return placed.stream().filter(order -> order.reference().equals(reference)
                            && customers.get(order.customerId()).phone().equals(phone))
                    .findFirst().orElseThrow(() -> ProblemException.notFound("no-such-order", "no " + reference));
        }

        @Override
        public OrderSummary summary(Actor actor, String reference) {
            return summaries(actor, null, 10).stream().filter(order -> order.reference().equals(reference))
                    .findFirst().orElseThrow(() -> ProblemException.notFound("no-such-order", "no " + reference));
        }
    }

    private final class Profiles extends CustomerProfiles {
        @Override
        public Optional<CustomerSummary> summaryOf(Actor actor) {
            return actor.customer().map(customers::get);
        }
    }

    private final class Wallets extends WalletService {
        @Override
        public Statement statement(long customerId, int limit) {
            return new Statement(balances.getOrDefault(customerId, new BigDecimal("1000000.00")), List.of());
        }
    }

    /** Tickets as the real service keeps them: one per complaint in a conversation, later messages added. */
    private final class Tickets extends SupportTickets {
        @Override
        public Opened open(Actor actor, String conversationId, Kind kind, Severity severity, String orderReference,
                           String description) {
            Opened opened = new Opened("TKT" + (tickets.size() + 1), kind, severity, orderReference);
            tickets.put(opened.reference(), new ArrayList<>(List.of(conversationId, description)));
            ticketOrders.put(opened.reference(), orderReference);
            return opened;
        }

        @Override
        public Optional<Opened> addTo(Actor actor, String conversationId, String reference, Severity severity,
                                      String orderReference, String text) {
            List<String> ticket = tickets.get(reference);
            if (ticket == null || !ticket.get(0).equals(conversationId)) {
                return Optional.empty();
            }
            ticket.add(text);
            ticketOrders.putIfAbsent(reference, orderReference);
            return Optional.of(new Opened(reference, Kind.COMPLAINT, severity, ticketOrders.get(reference)));
        }
    }

    private final class Conversations extends ConversationService {
        @Override
        public Conversation find(Actor actor, String conversationId) {
            return Optional.ofNullable(ChatEngineTest.this.conversations.get(conversationId))
                    .orElseThrow(() -> ProblemException.notFound("no-such-conversation", conversationId));
        }
    }

    private final class Repository extends ConversationRepository {
        @Override
        public Optional<Message> messageByExternalId(Channel channel, String externalId) {
            return stored.stream().filter(m -> m.getChannel() == channel && externalId.equals(m.getExternalId()))
                    .findFirst();
        }

        @Override
        public Optional<Message> replyTo(Message inbound) {
            int at = stored.indexOf(inbound);
            return at >= 0 && at + 1 < stored.size() && stored.get(at + 1).getAuthor() == Message.Author.BOT
                    ? Optional.of(stored.get(at + 1)) : Optional.empty();
        }

        @Override
        public List<Message> recentMessages(String conversationId, int limit) {
            return List.of();
        }

        @Override
        public long countWithStatus(ConversationStatus status) {
            return conversations.values().stream().filter(c -> c.getStatus() == status).count();
        }
    }

    /** Stores the turn in memory, and queues the conversation as the real recorder does. */
    private final class Recorder extends TurnRecorder {
        @Override
        public ChatTranscript.Written record(String conversationId, ChatEngine.Inbound message,
                                             LanguageUnderstanding.Parse parse, String replyText,
                                             String handoffReason, Instant now) {
            Conversation conversation = conversations.get(conversationId);
            Message inbound = new Message(conversationId, conversation.getChannel(), Message.Direction.INBOUND,
                    Message.Author.CUSTOMER, null, message.text(), false, now);
            inbound.identifiedBy(message.externalId());
            stored.add(inbound);
            Message reply = null;
            if (replyText != null) {
                reply = new Message(conversationId, conversation.getChannel(), Message.Direction.OUTBOUND,
                        Message.Author.BOT, null, replyText, false, now.plusMillis(1));
                stored.add(reply);
            }
            if (handoffReason != null) {
                conversation.changeStatus(ConversationStatus.WAITING_FOR_AGENT, null, now);
            }
            return new ChatTranscript.Written(inbound, reply);
        }
    }
}
