package com.raqibtech.naija.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.raqibtech.naija.delivery.application.DeliveryQuote;
import com.raqibtech.naija.delivery.application.DeliveryQuoteService;
import com.raqibtech.naija.delivery.application.StateDirectory;
import com.raqibtech.naija.delivery.domain.State;
import com.raqibtech.naija.delivery.domain.StateRepository;
import com.raqibtech.naija.shared.error.ProblemException;
import com.raqibtech.naija.shared.money.Naira;
import com.raqibtech.naija.shared.persistence.JpaRepository;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In-container (Arquillian): the delivery services as CDI beans inside Liberty, with JPA on the test server's
 * PostgreSQL data source. The pattern for testing services where the container's injection, transactions and
 * persistence matter; pure logic stays in unit tests and behaviour over HTTP in the REST tests.
 */
@ExtendWith(ArquillianExtension.class)
class DeliveryServicesInContainerIT {

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.create(WebArchive.class, "delivery-incontainer.war")
                .addPackage(DeliveryQuoteService.class.getPackage())
                .addPackage(State.class.getPackage())
                .addPackage(ProblemException.class.getPackage())
                .addPackage(Naira.class.getPackage())
                .addPackage(JpaRepository.class.getPackage())
                .addAsResource("incontainer-persistence.xml", "META-INF/persistence.xml")
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
    }

    @Inject
    DeliveryQuoteService deliveries;

    @Inject
    StateDirectory directory;

    @Inject
    StateRepository states;

    @Test
    void servicesAreInjectedAndReadTheServersDatabase() {
        assertEquals(37L, states.count());
        assertEquals("Lagos", states.find("LA").orElseThrow().getName());
        assertEquals("MAJOR_CITY", states.find("RI").orElseThrow().getDeliveryZone().getCode());
    }

    @Test
    void quotesComeFromTheDeliveryZones() {
        DeliveryQuote kano = deliveries.quote("Kano");
        assertEquals(new BigDecimal("3700.00"), kano.fee());
        assertEquals(3, kano.workingDays());
        assertEquals("FC", deliveries.quote("abj").stateCode());
        assertEquals(37, deliveries.allQuotes().size());
    }

    @Test
    void directoryKnowsSlangAndSuggestsCloseSpellings() {
        assertEquals("LA", directory.resolve("Lasgidi").orElseThrow().getCode());
        assertTrue(directory.aliases().stream().anyMatch(alias -> alias.kind().equals("slang")));
        assertEquals("Enugu", directory.closest("Enungu").orElseThrow().getName());
        ProblemException unknown = assertThrows(ProblemException.class, () -> deliveries.quote("Wakanda"));
        assertEquals(400, unknown.status().getStatusCode());
    }
}
