package com.raqibtech.naija.nlu.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.raqibtech.naija.testing.SchemaChecks;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntityExtractorTest {

    private static EntityExtractor extractor;

    /** The state aliases exactly as the migrations ship them. */
    @BeforeAll
    static void aliasesFromTheReferenceData() throws Exception {
        extractor = new EntityExtractor(SchemaChecks.nluStateAliases("nlu-entities"));
    }

    private static Map<String, Object> values(String text) {
        return extractor.extract(text).stream()
                .collect(Collectors.toMap(Entity::entity, Entity::value, (first, second) -> first));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "track RQB2025061200018734 | RQB2025061200018734",
        "rqb2025060900002291 where e dey? | rqb2025060900002291",
    })
    void orderReferences(String text, String reference) {
        assertEquals(reference, values(text).get("order_id"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Please update my address: Plot 22, Bompai Road, Kano. Phone 08031234567 | +2348031234567",
        "call 0902 345 6789 when u reach | +2349023456789",
        "Link my account to +234 706 111 2222 | +2347061112222",
        "my number na 0805-987-6543 | +2348059876543",
    })
    void phoneNumbersBecomeE164(String text, String e164) {
        assertEquals(e164, values(text).get("phone"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Show me HP laptops below 350k | 350000",
        "looking for a 55 inch smart TV, budget 400k | 400000",
        "I'm looking for a Tecno phone not more than 120k | 120000",
        "Show me fridges below ₦250,000 | 250000",
        "any phone under 250 thousand? | 250000",
        "generator wey no pass 1.2m | 1200000",
        "I get 300k, which laptop fit me? | 300000",
        "gen wey no go cost pass 400k | 400000",
        "1.5m max for the MacBook | 1500000",
        "any blender, 40k downwards | 40000",
        "inverter of 900k or less | 900000",
        "find me phone between 80k and 120k | 120000",
    })
    void budgetsInNaira(String text, long naira) {
        assertEquals(naira, values(text).get("price_max"));
    }

    @Test
    void specsAndPlainNumbersAreNotBudgets() {
        assertTrue(!values("looking for a 55 inch smart TV").containsKey("price_max"));
        assertTrue(!values("2.5kva generator please").containsKey("price_max"));
        assertTrue(!values("I paid 50k but no order").containsKey("price_max"), "a payment is not a budget");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "I need 2 android phones for my children, below 80k each | 2",
        "Put 2 of the Tecno Spark 20 in my cart | 2",
        "I go take three of the Nivea lotion, add am | 3",
        "Add one iPhone 13 to my cart | 1",
        "add 5 bags of Mama Gold rice | 5",
        "add 2 more | 2",
        "give me 4 pcs | 4",
        "I go buy 2 kenwood blender | 2",
        "add 3 mama gold rice | 3",
        "comot the two earpiece | 2",
        "reduce the diapers to 1 | 1",
        "make am three | 3",
        "two crates of malt | 2",
    })
    void quantitiesInDigitsAndWords(String text, long quantity) {
        assertEquals(quantity, values(text).get("quantity"));
    }

    @Test
    void modelNumbersAreNotQuantities() {
        assertTrue(!values("Add the iPhone 13 to my cart").containsKey("quantity"));
        assertTrue(!values("I want 128gb storage").containsKey("quantity"));
        assertTrue(!values("I want the 15 pro max").containsKey("quantity"), "a model after 'the'");
        assertTrue(!values("buy 5 kgs rice").containsKey("quantity"));
        assertTrue(!values("change my address to 12 Aba Road").containsKey("quantity"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "checkout with my RaqibPay wallet | raqibtechpay",
        "Place the order now, I'll pay on delivery | pay_on_delivery",
        "oya order am, I go pay with card | card",
        "Let me pay now via bank transfer and complete the order | bank_transfer",
        "Order everything in my cart. POD | pay_on_delivery",
        "pay with raqibtechpay and place my order sharp sharp | raqibtechpay",
        "I go do transfer | bank_transfer",
    })
    void paymentMethodAliases(String text, String method) {
        assertEquals(method, values(text).get("payment_method"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Can I pay on delivery in Kano? | Kano",
        "How long does delivery to PH take? | Rivers",
        "if I order today, when e go reach Lag? | Lagos",
        "Do you deliver to Abuja on weekends? | FCT",
        "I dey Kubwa | FCT",
        "deliver am for Lasgidi | Lagos",
        "send am to Ikeja | Lagos",
        "una dey deliver reach Port Harcourt? | Rivers",
        "Akwa Ibom delivery fee? | Akwa Ibom",
    })
    void statesFromNamesCitiesAndSlang(String text, String state) {
        assertEquals(state, values(text).get("state"));
    }

    @Test
    void aPowerBankIsNotABankTransfer() {
        assertTrue(!values("remove the power bank from my cart").containsKey("payment_method"));
        assertEquals("bank_transfer", values("I go pay through bank").get("payment_method"));
    }

    @Test
    void transferringTheChatIsNotABankTransfer() {
        assertTrue(!values("please transfer me to an agent").containsKey("payment_method"));
        assertTrue(!values("abeg transfer to customer care").containsKey("payment_method"));
        assertEquals("bank_transfer", values("I go transfer to una account").get("payment_method"));
    }

    @Test
    void aStreetNamedAfterATownIsNotThatState() {
        assertEquals("Rivers", values("my address na 12 Aba Road, Port Harcourt").get("state"));
        assertEquals("Kaduna", values("deliver to 3 Kano Street, Kaduna").get("state"));
        assertEquals("Lagos", values("Lagos express delivery abeg").get("state"));
    }

    @Test
    void moneyWordsAreNotPlaces() {
        assertTrue(!values("owo mi don go, I was debited").containsKey("state"));
    }

    @Test
    void spansPointAtTheWordsInTheText() {
        String text = "Abeg send 2 pcs to Lasgidi, budget 300k, I go pay with RaqibPay. My number 0803 123 4567";
        List<Entity> entities = extractor.extract(text);
        for (Entity entity : entities) {
            assertEquals(entity.text(), text.substring(entity.start(), entity.end()));
        }
        assertEquals(List.of("quantity", "state", "price_max", "payment_method", "phone"),
                entities.stream().map(Entity::entity).toList());
    }
}
