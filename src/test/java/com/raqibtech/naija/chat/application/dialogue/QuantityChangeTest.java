package com.raqibtech.naija.chat.application.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** How people ask to set, raise or lower a quantity, and what is not a quantity change at all. */
class QuantityChangeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "abeg make am two|SET|2",
        "make it 2|SET|2",
        "make am 4 sef|SET|4",
        "Actually I want 3 of those|SET|3",
        "abeg make the phone 2|SET|2",
        "Change it to 5|SET|5",
        "change am to three pieces abeg|SET|3",
        "Increase the Milo to 3, my children drink it well well|SET|3",
        "no o, just one|SET|1",
        "I want only 2|SET|2",
        "2 only|SET|2",
        "set quantity to 4|SET|4",
        "reduce it to one|SET|1",
        "add one more|ADD|1",
        "abeg add one more, my brother go collect one|ADD|1",
        "2 more please|ADD|2",
        "put another one|ADD|1",
        "add another|ADD|1",
        "Remove one|REDUCE|1",
        "e don too much, reduce am by one|REDUCE|1",
        "comot two|REDUCE|2",
        "one less|REDUCE|1"})
    void readsTheChange(String message, QuantityChange.Kind kind, int amount) {
        assertEquals(Optional.of(new QuantityChange(kind, amount)), QuantityChange.read(message), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"add the second one", "change it to 12 Allen Avenue", "just a minute", "make I get am",
        "remove the soap completely", "I want to buy 2 phones for my kids? no, show me one first x", "checkout",
        "deliver am to Ikeja", "one more thing, how much is delivery to Kano?"})
    void otherMessagesAreNotQuantityChanges(String message) {
        assertEquals(Optional.empty(), QuantityChange.read(message), message);
    }

    @Test
    void aQuantityInsideAnAddressIsNotOne() {
        assertEquals(Optional.empty(), QuantityChange.read("change it to 12 Allen Avenue, Ikeja"));
    }
}
