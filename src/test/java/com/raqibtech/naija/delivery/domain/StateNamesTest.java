package com.raqibtech.naija.delivery.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StateNamesTest {

    @ParameterizedTest
    @CsvSource({
        "'  Akwa-Ibom State ', akwa ibom",
        "Port-Harcourt., port harcourt",
        "F.C.T, fct",
        "LAGOS, lagos",
        "'Cross   River', cross river",
        "Ọ̀yọ́, oyo",
        "'', ''",
    })
    void normalisesHowPeopleTypeStates(String typed, String expected) {
        assertEquals(expected, StateNames.normalise(typed));
    }
}
