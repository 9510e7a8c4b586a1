package com.raqibtech.naija.catalog.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.raqibtech.naija.testing.DemoIndex;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The catalogue gazetteer: which words of a message name goods, over the demo catalogue. */
class CatalogueMentionsTest {

    private static ProductIndex index;

    @BeforeAll
    static void demoCatalogue() {
        index = DemoIndex.build();
    }

    private static String mentions(String text) {
        List<ProductIndex.Mention> found = index.mentions(text);
        return String.join(";", found.stream().map(m -> m.text() + (m.category() ? "/category" : "")).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // brands, product lines and model codes, typos included
        "abeg I wan buy samsong a24 | samsong a24",
        "how much be the iphone 15 pro max 256gb? | iphone 15 pro max 256gb",
        "LG 1.5hp split AC e still dey? | LG 1.5hp split AC",
        "compare Tecno Camon 20 and Infinix Note 30 | Tecno Camon 20;Infinix Note 30",
        "una get Oraimo power bank | Oraimo power bank",
        // kinds of goods, including Nigerian shorthand
        "I need gen wey no dey make noise | gen/category",
        "show me fridges under 300k | fridges/category",
        "wetin una get for fashion | fashion/category",
        // describing words before a kind of goods belong to it; a count before it does not
        "I dey find 55 inch smart TV | 55 inch smart TV/category",
        "una get ladies shoes? | ladies shoes/category",
        "I need gaming laptop under 900k | gaming laptop/category",
        "abeg 2.5kva gen | 2.5kva gen/category",
        "I want 2 phones | phones/category",
        "send me 3 smart TVs | smart TVs/category",
        "smart people dey buy from una | ''",
        "Add the 43 inch Hisense TV | 43 inch Hisense TV",
        "please change my phone number to 0803 555 1234 | ''",
        // everyday words that are also in product names do not count on their own
        "no power for my house since morning | ''",
        "I go pay by bank transfer | ''",
        "e get for black? | ''",
        "good morning o, how far | ''",
        "I want to check my order | ''",
    })
    void findsGoodsAndNothingElse(String text, String expected) {
        assertEquals(expected, mentions(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Samsung Galaxy A24 | 0 | 18",
        "make I get the Hisense TV | 15 | 25",
    })
    void spansPointIntoTheText(String text, int start, int end) {
        ProductIndex.Mention mention = index.mentions(text).get(0);
        assertEquals(text.substring(start, end), mention.text());
        assertEquals(start, mention.start());
        assertEquals(end, mention.end());
    }
}
