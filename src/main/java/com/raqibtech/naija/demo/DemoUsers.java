package com.raqibtech.naija.demo;

import com.raqibtech.naija.customers.domain.Customer;
import com.raqibtech.naija.customers.domain.CustomerRepository;
import com.raqibtech.naija.identity.application.PasswordHasher;
import com.raqibtech.naija.shared.access.Role;
import com.raqibtech.naija.identity.domain.UserAccount;
import com.raqibtech.naija.identity.domain.UserAccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
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

    record DemoUser(String username, String password, String displayName, Role role) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser(CUSTOMER, "Customer#2026", null, Role.CUSTOMER),
            new DemoUser(SECOND_CUSTOMER, "Customer2#2026", null, Role.CUSTOMER),
            new DemoUser(AGENT, "Agent#2026", "Amaka (support agent)", Role.SUPPORT_AGENT),
            new DemoUser(ADMIN, "Admin#2026", "Tunde (admin)", Role.ADMIN),
            new DemoUser(SUPER_ADMIN, "SuperAdmin#2026", "Zainab (super admin)", Role.SUPER_ADMIN));

    @Inject
    UserAccountRepository accounts;

    @Inject
    CustomerRepository customers;

    @Inject
    PasswordHasher passwords;

    @Inject
    Clock clock;

    @Transactional
    public void createMissing() {
        int created = 0;
        for (DemoUser user : USERS) {
            if (accounts.findByUsername(user.username()).isPresent()) {
                continue;
            }
            Customer customer = user.role() == Role.CUSTOMER
                    ? customers.findByEmail(user.username()).orElse(null) : null;
            if (user.role() == Role.CUSTOMER && customer == null) {
                continue; // demo customers come with the demo data
            }
            String displayName = customer != null ? customer.getFullName() : user.displayName();
            UserAccount account = accounts.save(new UserAccount(user.username(), passwords.hash(user.password()),
                    displayName, EnumSet.of(user.role()), clock.instant()));
            if (customer != null) {
                accounts.flush(); // the account's id, for the customer record
                customer.linkAccount(account.getId());
            }
            created++;
        }
        if (created > 0) {
            LOG.info("Demo sign-ins created: " + created + " (see README)");
        }
    }
}
