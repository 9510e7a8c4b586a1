package com.raqibtech.naija;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Business rules have one home each; these fail when a copy creeps back into the code or the wording. */
class RuleHomesTest {

    private static final List<Path> ROOTS = List.of(Path.of("src/main/java"), Path.of("src/main/resources/i18n"));

    @Test
    void thePayOnDeliveryLimitIsOnlyInConfiguration() throws IOException {
        assertEquals(Set.of(), filesMatching("500[_,]?000\\b"), "the limit is CheckoutService.payOnDeliveryLimit()");
    }

    @Test
    void theReturnWindowIsOnlyInTheOrderLifecycle() throws IOException {
        assertEquals(Set.of("OrderLifecycle.java"), filesMatching("(?i)\\b(7|seven) days|ofDays\\(7\\)|= 7;"),
                "say OrderLifecycle.RETURN_WINDOW (or {0} in a bundle)");
    }

    @Test
    void tierSelectionAndTheDiscountAreOnlyInTiers() throws IOException {
        assertEquals(Set.of("Tiers.java"), filesMatching("compareTo\\([^)]*[mM]inSpend|[mM]inSpend\\(\\)\\)? *<"),
                "which tier a spend earns: Tiers.earnedBy");
        assertEquals(Set.of("Tiers.java"), filesMatching("multiply\\([^)]*(rate|[dD]iscountRate)"),
                "the tier discount: Tiers.discount");
    }

    @Test
    void paymentMethodNamesAreOnlyInTheDatabase() throws IOException {
        assertEquals(Set.of(), filesMatching("\"(Pay on delivery|Bank transfer|Card)\"|Choose bank transfer"),
                "names come from PaymentMethod.getName() / CheckoutService.paymentMethodName(code)");
    }

    private static Set<String> filesMatching(String regex) throws IOException {
        Pattern pattern = Pattern.compile(regex);
        Set<String> found = new TreeSet<>();
        for (Path root : ROOTS) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    if (pattern.matcher(Files.readString(file)).find()) {
                        found.add(file.getFileName().toString());
                    }
                }
            }
        }
        return found;
    }
}
