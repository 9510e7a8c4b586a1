package com.raqibtech.naija.chat.application.dialogue;

import com.raqibtech.naija.chat.application.reply.QuickReply;
import com.raqibtech.naija.nlu.application.Intent;
import java.util.function.Function;
import java.util.stream.Stream;

/** The quick replies the rule dialogue offers again and again, each with the payload that says what it does. */
final class Offers {

    static final QuickReply VIEW_CART = QuickReply.of("View cart", Intent.VIEW_CART);
    static final QuickReply KEEP_SHOPPING = QuickReply.of("Keep shopping", Intent.PRODUCT_SEARCH);
    static final QuickReply CHECKOUT = QuickReply.of("Checkout", Intent.CHECKOUT);
    static final QuickReply TRACK_ORDER = QuickReply.of("Track my order", Intent.TRACK_ORDER);
    static final QuickReply TALK_TO_AGENT = QuickReply.of("Talk to an agent", Intent.HUMAN_AGENT);
    static final QuickReply PHONES_UNDER_200K = QuickReply.of("Phones under 200k", Intent.PRODUCT_SEARCH,
            "phones under 200k");
    static final QuickReply SHOW_PHONES = QuickReply.of("Show me phones", Intent.PRODUCT_SEARCH, "phones");
    static final QuickReply POPULAR = QuickReply.of("Show me popular products", Intent.RECOMMENDATION);
    static final QuickReply THANK_YOU = QuickReply.of("Thank you", Intent.GOODBYE_THANKS);
    static final QuickReply DELIVERY_FEE = QuickReply.of("Delivery fee", Intent.DELIVERY_INFO);
    static final QuickReply WALLET = QuickReply.of("My wallet balance", Intent.ACCOUNT_HELP);
    static final QuickReply RETURN = QuickReply.of("Return an item", Intent.RETURN_REFUND);
    static final QuickReply SIGN_IN = QuickReply.signIn("Sign in");
    static final QuickReply REGISTER = QuickReply.register("Register");

    private Offers() {
    }

    static QuickReply search(String label, String words) {
        return QuickReply.of(label, Intent.PRODUCT_SEARCH, words);
    }

    static QuickReply payWith(String label, String method) {
        return QuickReply.of(label, Intent.SET_PAYMENT_METHOD, method);
    }

    static QuickReply deliverTo(String state) {
        return QuickReply.of(state, Intent.SET_DELIVERY_ADDRESS, state);
    }

    static QuickReply feeTo(String state) {
        return QuickReply.of(state, Intent.DELIVERY_INFO, state);
    }

    /** A way to pay, labelled with its name as checkout has it ({@code CheckoutService::paymentMethodName}). */
    static QuickReply payWith(Function<String, String> names, String method) {
        return payWith(names.apply(method), method);
    }

    /** The four ways to pay, as quick replies, the wallet first; labelled with their names as checkout has them. */
    static QuickReply[] paymentMethods(Function<String, String> names) {
        return paymentMethods(names, true);
    }

    /** The four ways to pay, the wallet first when it can pay, else last. */
    static QuickReply[] paymentMethods(Function<String, String> names, boolean walletFirst) {
        return (walletFirst ? Stream.of("raqibtechpay", "pay_on_delivery", "bank_transfer", "card")
                : Stream.of("pay_on_delivery", "bank_transfer", "card", "raqibtechpay"))
                .map(method -> payWith(names, method)).toArray(QuickReply[]::new);
    }
}
