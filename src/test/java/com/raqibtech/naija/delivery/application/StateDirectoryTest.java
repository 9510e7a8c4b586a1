package com.raqibtech.naija.delivery.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StateDirectoryTest {

    @Test
    void editDistanceCountsSingleCharacterEdits() {
        assertEquals(0, StateDirectory.editDistance("kano", "kano"));
        assertEquals(1, StateDirectory.editDistance("kanu", "kano"));
        assertEquals(1, StateDirectory.editDistance("lagoss", "lagos"));
        assertEquals(1, StateDirectory.editDistance("enungu", "enugu"));
        assertEquals(4, StateDirectory.editDistance("", "oyoo"));
    }
}
