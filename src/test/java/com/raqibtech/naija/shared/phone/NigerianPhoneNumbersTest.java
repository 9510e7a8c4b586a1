package com.raqibtech.naija.shared.phone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NigerianPhoneNumbersTest {

    @ParameterizedTest
    @CsvSource({
        "08031234567, +2348031234567",
        "'0803 123 4567', +2348031234567",
        "0803-123-4567, +2348031234567",
        "8031234567, +2348031234567",
        "'803 123 4567', +2348031234567",
        "+2348031234567, +2348031234567",
        "'+234 803 123 4567', +2348031234567",
        "2348031234567, +2348031234567",
        "'(0803) 123-4567', +2348031234567",
        "09061234567, +2349061234567",
        "07011234567, +2347011234567",
        "08151234567, +2348151234567",
    })
    void acceptsTheWaysNigeriansWriteMobileNumbers(String typed, String e164) {
        assertEquals(e164, NigerianPhoneNumbers.toE164(typed));
    }

    @ParameterizedTest
    @CsvSource({
        "'+44 7911 123456', another country",
        "'+1 415 555 2671', another country",
        "0803123456, not a valid Nigerian number",
        "080312345678, not a valid Nigerian number",
        "06031234567, not a valid Nigerian number",
        "'phone: 0803', only digits",
        "'', Give a phone number",
    })
    void refusesWithAReasonPeopleUnderstand(String typed, String reason) {
        NigerianPhoneNumbers.Result result = NigerianPhoneNumbers.read(typed);
        assertFalse(result.valid());
        assertTrue(result.problem().contains(reason), result.problem());
    }

    @ParameterizedTest
    @ValueSource(strings = {"014601234", "01 460 1234"})
    void refusesLandlines(String lagosLandline) {
        NigerianPhoneNumbers.Result result = NigerianPhoneNumbers.read(lagosLandline);
        assertFalse(result.valid());
    }
}
