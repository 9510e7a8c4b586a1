package com.raqibtech.naija.demo;

import com.raqibtech.naija.shared.access.Actor;
import com.raqibtech.naija.shared.access.Role;
import com.raqibtech.naija.customers.application.CustomerProfiles;
import com.raqibtech.naija.customers.application.CustomerSummary;
import com.raqibtech.naija.identity.application.AccountService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * One sign-in per role for the demo (listed with their passwords in the README), created with the demo data and
 * never otherwise. The two customer sign-ins belong to the first two demo customers, who have orders.
 */
@ApplicationScoped
public class DemoUsers {

    public static final String CUSTOMER = "customer@naija.test";
    public static final String SECOND_CUSTOMER = "customer2@naija.test";
    public static final String AGENT = "agent@naija.test";
    public static final String ADMIN = "admin@naija.test";
    public static final String SUPER_ADMIN = "superadmin@naija.test";

    private static final Logger LOG = Logger.getLogger(DemoUsers.class.getName());
    private static final Actor SET_UP = Actor.system("demo-data");

    record DemoUser(String username, String password, String displayName, Role role) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser(CUSTOMER, "Customer#2026", null, Role.CUSTOMER),
            new DemoUser(SECOND_CUSTOMER, "Customer2#2026", null, Role.CUSTOMER),
            new DemoUser(AGENT, "Agent#2026", "Amaka (support agent)", Role.SUPPORT_AGENT),
            new DemoUser(ADMIN, "Admin#2026", "Tunde (admin)", Role.ADMIN),
            new DemoUser(SUPER_ADMIN, "SuperAdmin#2026", "Zainab (super admin)", Role.SUPER_ADMIN));

    @Inject
    AccountService accounts;

    @Inject
    CustomerProfiles customers;

    @Transactional
    public void createMissing() {
        int created = 0;
        for (DemoUser user : USERS) {
            Optional<CustomerSummary> customer = user.role() == Role.CUSTOMER
                    ? customers.byEmail(user.username()) : Optional.empty();
            if (user.role() == Role.CUSTOMER && customer.isEmpty()) {
                continue; // demo customers come with the demo data
            }
            String displayName = customer.map(CustomerSummary::fullName).orElse(user.displayName());
            Optional<Long> account = accounts.createForSetUp(SET_UP, user.username(), user.password(), displayName,
                    user.role());
            if (account.isPresent()) {
                customer.ifPresent(found -> customers.linkAccount(SET_UP, found.id(), account.get()));
                created++;
            }
        }
        if (created > 0) {
            LOG.info("Demo sign-ins created: " + created + " (see README)");
        }
    }
}
