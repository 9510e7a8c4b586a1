package com.raqibtech.naija.notifications;

import static com.raqibtech.naija.testing.Shop.addToCart;
import static com.raqibtech.naija.testing.Shop.checkout;
import static com.raqibtech.naija.testing.Shop.product;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.raqibtech.naija.testing.Http;
import com.raqibtech.naija.testing.SignIn;
import jakarta.json.Json;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Order e-mails through a real SMTP server (GreenMail). The order is placed while no SMTP server is listening:
 * checkout must not wait for it, and the e-mail must still arrive once the server is up.
 */
class OrderEmailIT {

    private static final int SMTP_PORT = Integer.getInteger("it.smtp.port", 3925);

    @Test
    void confirmationAndUpdatesArriveEvenAfterAnSmtpOutage() throws Exception {
        String email = "mail-" + UUID.randomUUID().toString().substring(0, 8) + "@naija.test";
        String phone = "0806" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        assertEquals(201, SignIn.send("POST", "/api/v1/accounts", null, Json.createObjectBuilder()
                .add("fullName", "<b>Kemi</b> Adebayo").add("email", email).add("phone", phone)
                .add("password", "Kemi#2026pass").build().toString()).statusCode());
        String token = SignIn.freshToken(email, "Kemi#2026pass");
        addToCart(token, product(5, "18500.00"), 2);

        Instant before = Instant.now();
        HttpResponse<String> placed = checkout(token, null, "Lagos", "pay_on_delivery");
        assertEquals(201, placed.statusCode(), placed.body());
        assertTrue(Duration.between(before, Instant.now()).toSeconds() < 5, "checkout did not wait for SMTP");
        String reference = Http.json(placed).getJsonObject("order").getString("reference");

        GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            MimeMessage confirmation = await(smtp, email, reference, "confirmed");
            String text = textOf(confirmation);
            String html = htmlOf(confirmation);
            assertTrue(text.contains("Hello <b>Kemi</b>,"), text);
            assertTrue(text.contains("2 × Checkout Test Item"), text);
            assertTrue(text.contains("₦37,000.00"), text);
            assertTrue(text.contains("Total: ₦39,500.00"), text);
            assertTrue(text.contains("WAT"), "times in West Africa Time");
            assertTrue(html.contains("&lt;b&gt;Kemi&lt;/b&gt;"), "the name is escaped in HTML");
            assertFalse(html.contains("<b>Kemi</b>"));

            assertEquals(200, SignIn.send("POST", "/api/v1/orders/" + reference + "/status",
                    SignIn.tokenOf(SignIn.AGENT), "{\"status\":\"processing\"}").statusCode());
            MimeMessage update = await(smtp, email, reference, "processing");
            assertTrue(textOf(update).contains("We are packing your order."));
        } finally {
            smtp.stop();
        }
    }

    private static MimeMessage await(GreenMail smtp, String recipient, String reference, String status)
            throws Exception {
        Instant deadline = Instant.now().plusSeconds(45);
        while (Instant.now().isBefore(deadline)) {
            for (MimeMessage message : smtp.getReceivedMessages()) {
                List<Address> to = Arrays.asList(message.getAllRecipients());
                if (to.toString().contains(recipient) && message.getSubject().contains(reference)
                        && message.getSubject().contains(status)) {
                    return message;
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no '" + status + "' e-mail for " + reference + " reached " + recipient
                + "; received: " + smtp.getReceivedMessages().length);
    }

    private static String textOf(MimeMessage message) throws Exception {
        return GreenMailUtil.getBody(((MimeMultipart) message.getContent()).getBodyPart(0)).isEmpty() ? ""
                : (String) ((MimeMultipart) message.getContent()).getBodyPart(0).getContent();
    }

    private static String htmlOf(MimeMessage message) throws Exception {
        return (String) ((MimeMultipart) message.getContent()).getBodyPart(1).getContent();
    }
}
