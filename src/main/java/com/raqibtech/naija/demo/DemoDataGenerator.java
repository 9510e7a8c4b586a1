package com.raqibtech.naija.demo;

import com.raqibtech.naija.customers.application.Tiers;
import com.raqibtech.naija.delivery.application.WorkingCalendar;
import com.raqibtech.naija.demo.DemoData.CustomerRow;
import com.raqibtech.naija.demo.DemoData.ItemRow;
import com.raqibtech.naija.demo.DemoData.OrderRow;
import com.raqibtech.naija.demo.DemoData.PaymentRow;
import com.raqibtech.naija.demo.DemoData.ProductRow;
import com.raqibtech.naija.demo.DemoData.StatusRow;
import com.raqibtech.naija.demo.DemoData.WalletEntryRow;
import com.raqibtech.naija.demo.DemoData.WalletRow;
import com.raqibtech.naija.demo.DemoReference.StateInfo;
import com.raqibtech.naija.demo.DemoReference.TierInfo;
import com.raqibtech.naija.shared.money.Naira;
import com.raqibtech.naija.shared.time.Lagos;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Makes a realistic, deterministic demo data set: the same seed, catalogue, reference data and date always give
 * the same rows. Customers live mostly where Nigerian online shoppers do (Lagos, Abuja, Port Harcourt...), carry
 * names of their region and +234 numbers; a year of orders runs up to {@code today}, most delivered, some
 * cancelled or returned, the newest still on their way; tiers and total spend follow from delivered orders.
 */
public class DemoDataGenerator {

    static final int CUSTOMERS = 240;
    /** The first customers are the demo sign-ins (see DemoUsers): fixed e-mails, and they shop a lot. */
    static final List<String> DEMO_CUSTOMER_EMAILS = List.of(DemoUsers.CUSTOMER, DemoUsers.SECOND_CUSTOMER);
    static final int ORDERS = 3200;

    private static final String[] YORUBA_FIRST = {"Adebayo", "Folake", "Oluwaseun", "Bukola", "Tunde", "Yetunde",
        "Kehinde", "Taiwo", "Adeola", "Damilola", "Olumide", "Funmilayo", "Segun", "Titilayo", "Babatunde",
        "Morenike", "Gbenga", "Abiodun", "Temitope", "Ayodele", "Kunle", "Bisola", "Femi", "Omolara"};
    private static final String[] YORUBA_LAST = {"Adeyemi", "Ogunleye", "Balogun", "Adewale", "Okonkwo-Bello",
        "Olatunji", "Oyelaran", "Fashola", "Akinwande", "Ogundipe", "Adebanjo", "Ojo", "Salami", "Oladipo",
        "Bakare", "Odukoya", "Ajayi", "Onasanya"};
    private static final String[] IGBO_FIRST = {"Chinedu", "Ngozi", "Emeka", "Chiamaka", "Obinna", "Adaeze",
        "Ikenna", "Nneka", "Chukwuemeka", "Ifeoma", "Uchenna", "Amarachi", "Kelechi", "Chidinma", "Nnamdi",
        "Ebere", "Tochukwu", "Onyinyechi"};
    private static final String[] IGBO_LAST = {"Okafor", "Eze", "Nwosu", "Okeke", "Obi", "Nwachukwu", "Uzor",
        "Onyekachi", "Chukwu", "Ibe", "Anyanwu", "Ogbonna", "Nnadi", "Ekwueme", "Okoro"};
    private static final String[] HAUSA_FIRST = {"Abubakar", "Aisha", "Musa", "Fatima", "Ibrahim", "Hauwa",
        "Usman", "Zainab", "Sani", "Hadiza", "Yusuf", "Amina", "Aminu", "Maryam", "Bashir", "Rukayya", "Nasiru",
        "Khadija"};
    private static final String[] HAUSA_LAST = {"Bello", "Abdullahi", "Mohammed", "Danjuma", "Garba", "Lawal",
        "Sule", "Umar", "Aliyu", "Shehu", "Yakubu", "Tanko", "Jibril", "Idris"};
    private static final String[] SOUTH_SOUTH_FIRST = {"Ebiere", "Tamuno", "Efe", "Oghenekaro", "Ekaette",
        "Inyang", "Preye", "Ovie", "Etim", "Imaobong", "Timi", "Eseoghene"};
    private static final String[] SOUTH_SOUTH_LAST = {"Douglas", "Okotie", "Bassey", "Edet", "Ikpeba", "Amadi",
        "Briggs", "Ekpo", "Omatseye", "Tobi", "Akpan", "Ikiebe"};
    private static final String[] MIDDLE_BELT_FIRST = {"Terver", "Ene", "Dooshima", "Ojonugwa", "Nanret",
        "Ladi", "Iorwuese", "Ochanya", "Danladi", "Rifkatu"};
    private static final String[] MIDDLE_BELT_LAST = {"Iorliam", "Agbo", "Ogah", "Dakup", "Gyang", "Adoga",
        "Tyona", "Ameh", "Pam", "Usman"};
    private static final String[] STREETS = {"Adeola Odeku Street", "Allen Avenue", "Awolowo Road",
        "Herbert Macaulay Way", "Aminu Kano Crescent", "Ahmadu Bello Way", "Nnamdi Azikiwe Street",
        "Ikwerre Road", "Ring Road", "Obafemi Awolowo Way", "Murtala Mohammed Way", "Airport Road",
        "Independence Avenue", "Market Road", "Station Road", "Zik Avenue", "Okpara Avenue", "Bank Road",
        "Hospital Road", "Church Street", "Unity Road", "Stadium Road"};
    private static final Map<String, String[]> NEIGHBOURHOODS = Map.of(
            "LA", new String[]{"Ikeja", "Lekki", "Yaba", "Surulere", "Ikorodu", "Ajah", "Festac", "Gbagada",
                "Magodo", "Victoria Island", "Ikoyi", "Agege"},
            "FC", new String[]{"Wuse", "Garki", "Maitama", "Gwarinpa", "Kubwa", "Lugbe", "Jabi", "Asokoro"},
            "RI", new String[]{"Port Harcourt", "GRA Phase 2", "Rumuokoro", "Trans-Amadi", "Eleme"},
            "OY", new String[]{"Ibadan", "Bodija", "Ogbomoso"},
            "OG", new String[]{"Abeokuta", "Ota", "Mowe", "Sagamu"},
            "DE", new String[]{"Asaba", "Warri", "Sapele"},
            "AN", new String[]{"Awka", "Onitsha", "Nnewi"},
            "ED", new String[]{"Benin City", "Ekpoma"},
            "KD", new String[]{"Kaduna", "Zaria"},
            "AB", new String[]{"Umuahia", "Aba"});
    /** Where online orders come from, roughly: big cities first. States not listed get weight 1. */
    private static final Map<String, Integer> STATE_WEIGHTS = Map.ofEntries(
            Map.entry("LA", 60), Map.entry("FC", 24), Map.entry("RI", 14), Map.entry("OY", 10),
            Map.entry("OG", 9), Map.entry("KN", 8), Map.entry("KD", 6), Map.entry("ED", 6), Map.entry("DE", 6),
            Map.entry("EN", 6), Map.entry("AN", 6), Map.entry("AK", 4), Map.entry("IM", 4), Map.entry("AB", 4),
            Map.entry("KW", 3), Map.entry("PL", 3), Map.entry("OS", 3), Map.entry("ON", 3), Map.entry("CR", 3));
    private static final Set<String> SOUTH_WEST = Set.of("LA", "OG", "OY", "OS", "ON", "EK");
    private static final Set<String> SOUTH_EAST = Set.of("AN", "EN", "IM", "AB", "EB");
    private static final Set<String> SOUTH_SOUTH = Set.of("RI", "DE", "ED", "AK", "CR", "BY");
    private static final Set<String> MIDDLE_BELT = Set.of("BE", "PL", "KO", "NA", "KW", "NI", "TA");

    private final long seed;
    private final LocalDate today;
    private final DemoReference reference;
    private final List<ProductRow> catalogue;
    private final BigDecimal payOnDeliveryLimit;
    private final WorkingCalendar calendar = new WorkingCalendar(Set.of());

    /** {@code payOnDeliveryLimit}: checkout's ({@code CheckoutService.payOnDeliveryLimit()}), so demo orders obey it. */
    public DemoDataGenerator(long seed, LocalDate today, DemoReference reference, List<ProductRow> catalogue,
                             BigDecimal payOnDeliveryLimit) {
        this.seed = seed;
        this.today = today;
        this.reference = reference;
        this.catalogue = List.copyOf(catalogue);
        this.payOnDeliveryLimit = payOnDeliveryLimit;
    }

    public DemoData generate() {
        Random random = new Random(seed);
        Map<String, StateInfo> states = new LinkedHashMap<>();
        reference.states().forEach(state -> states.put(state.code(), state));
        List<CustomerDraft> customers = customers(random, states);
        Ids ids = new Ids();
        List<OrderRow> orders = new ArrayList<>();
        Map<Long, WalletDraft> wallets = new LinkedHashMap<>();
        orders(random, states, customers, ids, orders, wallets);
        List<CustomerRow> customerRows = customers.stream().map(this::finish).toList();
        List<WalletRow> walletRows = wallets.values().stream().map(WalletDraft::finish).toList();
        return new DemoData(catalogue, customerRows, orders, walletRows);
    }

    // Customers ----------------------------------------------------------------------------------------------

    private static final class CustomerDraft {
        long id;
        String fullName;
        String email;
        String phone;
        StateInfo state;
        String city;
        String address;
        Instant createdAt;
        double appetite;
        BigDecimal deliveredSpend = BigDecimal.ZERO;
    }

    private List<CustomerDraft> customers(Random random, Map<String, StateInfo> states) {
        List<String> weightedStates = new ArrayList<>();
        for (String code : states.keySet()) {
            for (int i = 0; i < STATE_WEIGHTS.getOrDefault(code, 1); i++) {
                weightedStates.add(code);
            }
        }
        Set<String> emails = new HashSet<>();
        Set<String> phones = new HashSet<>();
        List<CustomerDraft> customers = new ArrayList<>();
        // Every state gets at least one customer; the rest follow the weights.
        List<String> homeStates = new ArrayList<>(states.keySet());
        while (homeStates.size() < CUSTOMERS) {
            homeStates.add(weightedStates.get(random.nextInt(weightedStates.size())));
        }
        for (int i = 0; i < CUSTOMERS; i++) {
            CustomerDraft customer = new CustomerDraft();
            customer.id = i + 1;
            customer.state = states.get(homeStates.get(i));
            String[] name = nameFor(customer.state.code(), random);
            customer.fullName = name[0] + " " + name[1];
            customer.email = unique(emails, emailOf(name[0], name[1], random));
            if (i < DEMO_CUSTOMER_EMAILS.size()) {
                customer.email = DEMO_CUSTOMER_EMAILS.get(i);
                emails.add(customer.email);
            }
            customer.phone = unique(phones, phone(random));
            customer.city = cityIn(customer.state, random);
            customer.address = (1 + random.nextInt(120)) + " " + pick(STREETS, random) + ", " + customer.city;
            customer.createdAt = atLagos(today.minusDays(380 + random.nextInt(900)), random);
            // A few customers buy a lot and most buy a little: a Pareto-like appetite gives every tier members.
            customer.appetite = Math.pow(1 - random.nextDouble(), -0.9);
            if (i < DEMO_CUSTOMER_EMAILS.size()) {
                customer.appetite = Math.max(customer.appetite, 4); // so the demo customers have orders to show
            }
            customers.add(customer);
        }
        return customers;
    }

    private static String[] nameFor(String stateCode, Random random) {
        String[] first;
        String[] last;
        if (SOUTH_WEST.contains(stateCode)) {
            first = YORUBA_FIRST;
            last = YORUBA_LAST;
        } else if (SOUTH_EAST.contains(stateCode)) {
            first = IGBO_FIRST;
            last = IGBO_LAST;
        } else if (SOUTH_SOUTH.contains(stateCode)) {
            first = SOUTH_SOUTH_FIRST;
            last = SOUTH_SOUTH_LAST;
        } else if (MIDDLE_BELT.contains(stateCode) || stateCode.equals("FC")) {
            // Abuja and the middle belt are a mix of everyone.
            String[][][] mix = {{YORUBA_FIRST, YORUBA_LAST}, {IGBO_FIRST, IGBO_LAST}, {HAUSA_FIRST, HAUSA_LAST},
                {MIDDLE_BELT_FIRST, MIDDLE_BELT_LAST}};
            String[][] chosen = mix[random.nextInt(mix.length)];
            first = chosen[0];
            last = chosen[1];
        } else {
            first = HAUSA_FIRST;
            last = HAUSA_LAST;
        }
        return new String[]{pick(first, random), pick(last, random)};
    }

    private static String emailOf(String first, String last, Random random) {
        String local = (first + "." + last).toLowerCase(Locale.ROOT).replaceAll("[^a-z.]", "");
        return switch (random.nextInt(3)) {
            case 0 -> local + "@example.com";
            case 1 -> local + (70 + random.nextInt(30)) + "@example.com";
            default -> first.toLowerCase(Locale.ROOT) + last.substring(0, 1).toLowerCase(Locale.ROOT)
                    + random.nextInt(1000) + "@example.com";
        };
    }

    private String phone(Random random) {
        String prefix = reference.mobilePrefixes().get(random.nextInt(reference.mobilePrefixes().size()));
        StringBuilder number = new StringBuilder("+").append(prefix);
        while (number.length() < 14) { // +234 and ten digits
            number.append(random.nextInt(10));
        }
        return number.toString();
    }

    private static String cityIn(StateInfo state, Random random) {
        String[] towns = NEIGHBOURHOODS.get(state.code());
        return towns == null ? state.capital() : pick(towns, random);
    }

    private static String unique(Set<String> taken, String candidate) {
        String value = candidate;
        int n = 2;
        while (!taken.add(value)) {
            value = candidate.contains("@") ? candidate.replace("@", n + "@") : candidate.substring(0,
                    candidate.length() - 1) + (n % 10);
            n++;
        }
        return value;
    }

    private CustomerRow finish(CustomerDraft customer) {
        return new CustomerRow(customer.id, customer.fullName, customer.email, customer.phone,
                customer.state.code(), customer.city, customer.address, tierFor(customer.deliveredSpend).code(),
                Naira.of(customer.deliveredSpend), customer.createdAt);
    }

    // Orders -------------------------------------------------------------------------------------------------

    private static final class WalletDraft {
        final long customerId;
        BigDecimal balance = BigDecimal.ZERO;
        Instant updatedAt;
        final List<WalletEntryRow> entries = new ArrayList<>();

        WalletDraft(long customerId) {
            this.customerId = customerId;
        }

        void move(Ids ids, String type, BigDecimal amount, Long orderId, String actor, String note, Instant at) {
            balance = balance.add(amount);
            updatedAt = at;
            entries.add(new WalletEntryRow(ids.walletEntry++, type, Naira.of(amount), Naira.of(balance), orderId,
                    actor, note, at));
        }

        WalletRow finish() {
            return new WalletRow(customerId, Naira.of(balance), updatedAt, List.copyOf(entries));
        }
    }

    /** Ids per table, handed out in order so the writer can insert them as they are. */
    private static final class Ids {
        long order = 1;
        long item = 1;
        long status = 1;
        long payment = 1;
        long walletEntry = 1;
    }

    private void orders(Random random, Map<String, StateInfo> states, List<CustomerDraft> customers, Ids ids,
                        List<OrderRow> orders, Map<Long, WalletDraft> wallets) {
        double[] appetiteTotals = new double[customers.size()];
        double running = 0;
        for (int i = 0; i < customers.size(); i++) {
            running += customers.get(i).appetite;
            appetiteTotals[i] = running;
        }
        int[] popularityTotals = new int[catalogue.size()];
        int popular = 0;
        for (int i = 0; i < catalogue.size(); i++) {
            popular += Math.max(1, catalogue.get(i).popularity());
            popularityTotals[i] = popular;
        }
        // Order times spread over the past year (yesterday back), busier towards today and in December.
        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < ORDERS; i++) {
            int daysAgo = 1 + (int) Math.floor(364 * Math.pow(random.nextDouble(), 1.15));
            LocalDate day = today.minusDays(daysAgo);
            if (day.getMonthValue() != 12 && random.nextInt(10) == 0) {
                day = day.withMonth(12).isAfter(today) ? day : day.withMonth(12);
            }
            times.add(atLagos(day, random));
        }
        times.sort(Comparator.naturalOrder());
        Set<String> references = new HashSet<>();
        // The data set ends at the start of today, so the same date always gives the same rows.
        Instant now = today.atStartOfDay(Lagos.ZONE).toInstant();
        for (Instant placedAt : times) {
            CustomerDraft customer = customers.get(pickWeighted(appetiteTotals, running, random));
            List<ItemRow> items = items(random, popularityTotals, popular, ids);
            BigDecimal subtotal = items.stream().map(ItemRow::lineTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
            TierInfo tier = tierFor(customer.deliveredSpend);
            BigDecimal discount = Tiers.discount(subtotal, tier.discountRate());
            StateInfo deliverTo = random.nextInt(10) == 0
                    ? reference.states().get(random.nextInt(reference.states().size())) : customer.state;
            String city = deliverTo == customer.state ? customer.city : cityIn(deliverTo, random);
            String address = deliverTo == customer.state ? customer.address
                    : (1 + random.nextInt(80)) + " " + pick(STREETS, random) + ", " + city;
            BigDecimal total = subtotal.subtract(discount).add(deliverTo.deliveryFee());
            String method = paymentMethod(random, total);
            long orderId = ids.order++;
            LocalDate placedDay = Lagos.dateOf(placedAt);
            LocalDate expected = calendar.addWorkingDays(placedDay, deliverTo.deliveryDays());
            String reference = uniqueReference(references, placedDay, random);

            List<StatusRow> history = new ArrayList<>();
            String status = lifecycle(random, placedAt, now, deliverTo.deliveryDays(), method, history, ids);
            Instant lastChange = history.get(history.size() - 1).changedAt();
            boolean delivered = status.equals("DELIVERED") || status.equals("RETURN_REQUESTED");
            boolean prepaid = !method.equals("pay_on_delivery");
            boolean refunded = prepaid && (status.equals("CANCELLED") || status.equals("RETURNED"));
            String paymentStatus;
            PaymentRow payment;
            String transferReference = method.equals("bank_transfer") ? reference : null;
            if (prepaid) {
                paymentStatus = refunded ? "REFUNDED" : "PAID";
                Instant paidAt = placedAt.plus(Duration.ofMinutes(method.equals("bank_transfer") ? 95 : 1));
                payment = new PaymentRow(ids.payment++, method, total, refunded ? "REFUNDED" : "CONFIRMED",
                        transferReference, placedAt, paidAt,
                        method.equals("raqibtechpay") ? "wallet" : "finance@raqibtech.example");
            } else if (delivered || status.equals("RETURNED")) {
                paymentStatus = status.equals("RETURNED") ? "REFUNDED" : "PAID";
                payment = new PaymentRow(ids.payment++, method, total,
                        status.equals("RETURNED") ? "REFUNDED" : "CONFIRMED", null, placedAt,
                        history.stream().filter(step -> step.toStatus().equals("DELIVERED")).findFirst()
                                .map(StatusRow::changedAt).orElse(lastChange), "rider");
            } else {
                paymentStatus = "AWAITING_PAYMENT";
                payment = new PaymentRow(ids.payment++, method, total, status.equals("CANCELLED") ? "FAILED"
                        : "PENDING", null, placedAt, null, null);
            }
            if (method.equals("raqibtechpay")) {
                WalletDraft wallet = wallets.computeIfAbsent(customer.id, WalletDraft::new);
                if (wallet.balance.compareTo(total) < 0) {
                    BigDecimal topUp = total.subtract(wallet.balance).add(BigDecimal.valueOf(5000L
                            * (1 + random.nextInt(20)))).setScale(-3, RoundingMode.UP);
                    wallet.move(ids, "TOP_UP", topUp, null, "finance@raqibtech.example", "Bank deposit",
                            placedAt.minus(Duration.ofHours(2)));
                }
                wallet.move(ids, "DEBIT", total.negate(), orderId, customer.email, "Payment for " + reference,
                        placedAt);
                if (refunded) {
                    wallet.move(ids, "REFUND", total, orderId, "system", "Refund for " + reference, lastChange);
                }
            }
            if (delivered) {
                customer.deliveredSpend = customer.deliveredSpend.add(total);
            }
            orders.add(new OrderRow(orderId, reference, customer.id, status, method, paymentStatus, tier.code(),
                    Naira.of(subtotal), discount, deliverTo.deliveryFee(), Naira.of(total), deliverTo.code(), city,
                    address, expected, placedAt, lastChange, items, history, payment));
        }
    }

    private List<ItemRow> items(Random random, int[] popularityTotals, int popular, Ids ids) {
        int lines = 1 + (random.nextInt(10) < 6 ? 0 : random.nextInt(3));
        Map<Integer, Integer> chosen = new LinkedHashMap<>();
        for (int i = 0; i < lines; i++) {
            int index = pickWeighted(popularityTotals, popular, random);
            ProductRow product = catalogue.get(index);
            boolean cheap = product.price().compareTo(BigDecimal.valueOf(30_000)) < 0;
            int quantity = cheap ? 1 + random.nextInt(4) : (random.nextInt(12) == 0 ? 2 : 1);
            chosen.merge(index, quantity, Integer::sum);
        }
        List<ItemRow> items = new ArrayList<>();
        chosen.forEach((index, quantity) -> {
            ProductRow product = catalogue.get(index);
            items.add(new ItemRow(ids.item++, product.id(), product.sku(), product.name(), product.price(),
                    quantity, Naira.of(product.price().multiply(BigDecimal.valueOf(quantity)))));
        });
        return items;
    }

    private String paymentMethod(Random random, BigDecimal total) {
        int roll = random.nextInt(100);
        boolean podAllowed = total.compareTo(payOnDeliveryLimit) <= 0;
        if (roll < 35 && podAllowed) {
            return "pay_on_delivery";
        }
        if (roll < 60) {
            return "bank_transfer";
        }
        if (roll < 85) {
            return "card";
        }
        return "raqibtechpay";
    }

    /** Walks an order along its life as far as its age allows; returns the status it ends in. */
    private String lifecycle(Random random, Instant placedAt, Instant now, int deliveryDays, String method,
                             List<StatusRow> history, Ids ids) {
        history.add(new StatusRow(ids.status++, null, "PENDING", placedAt, "customer", "Order placed"));
        String[] path = {"CONFIRMED", "PROCESSING", "SHIPPED", "OUT_FOR_DELIVERY", "DELIVERED"};
        long[] offsetsMinutes = {20 + random.nextInt(90), 240 + random.nextInt(600),
            60L * 24 * Math.max(1, deliveryDays - 1) - random.nextInt(300),
            60L * 24 * deliveryDays - 300 + random.nextInt(120),
            60L * 24 * deliveryDays + random.nextInt(240)};
        boolean cancels = random.nextInt(100) < 6;
        int cancelAfter = cancels ? random.nextInt(3) : -1; // cancelled while pending, confirmed or processing
        String current = "PENDING";
        Instant previousAt = placedAt;
        for (int step = 0; step < path.length; step++) {
            // Steps never go back in time, whatever the planned offsets say for short delivery times.
            Instant at = max(placedAt.plus(Duration.ofMinutes(offsetsMinutes[step])), previousAt.plus(FIFTEEN_MINUTES));
            if (step == cancelAfter) {
                Instant cancelledAt = previousAt.plus(Duration.between(previousAt, at).dividedBy(2));
                if (cancelledAt.isAfter(now)) {
                    return current;
                }
                history.add(new StatusRow(ids.status++, current, "CANCELLED", cancelledAt, "customer",
                        "Cancelled by customer"));
                return "CANCELLED";
            }
            if (at.isAfter(now)) {
                return current;
            }
            String actor = step == 4 ? "rider" : "ops@raqibtech.example";
            history.add(new StatusRow(ids.status++, current, path[step], at, actor, null));
            current = path[step];
            previousAt = at;
        }
        Instant deliveredAt = history.get(history.size() - 1).changedAt();
        if (random.nextInt(100) < 4) {
            Instant requested = deliveredAt.plus(Duration.ofHours(20 + random.nextInt(100)));
            if (requested.isAfter(now)) {
                return current;
            }
            history.add(new StatusRow(ids.status++, current, "RETURN_REQUESTED", requested, "customer",
                    "Item not as described"));
            Instant returned = requested.plus(Duration.ofDays(3 + random.nextInt(4)));
            if (returned.isAfter(now)) {
                return "RETURN_REQUESTED";
            }
            history.add(new StatusRow(ids.status++, "RETURN_REQUESTED", "RETURNED", returned,
                    "ops@raqibtech.example", "Item received back"));
            return "RETURNED";
        }
        return current;
    }

    private static String uniqueReference(Set<String> taken, LocalDate day, Random random) {
        String reference;
        do {
            reference = String.format(Locale.ROOT, "RQB%04d%02d%02d%08d", day.getYear(), day.getMonthValue(),
                    day.getDayOfMonth(), random.nextInt(100_000_000));
        } while (!taken.add(reference));
        return reference;
    }

    private TierInfo tierFor(BigDecimal spend) {
        return Tiers.earnedBy(spend, reference.tiers(), TierInfo::minSpend).orElseThrow();
    }

    // Helpers ------------------------------------------------------------------------------------------------

    private static final Duration FIFTEEN_MINUTES = Duration.ofMinutes(15);

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant atLagos(LocalDate day, Random random) {
        // Most shopping happens between 7am and 11pm.
        LocalTime time = LocalTime.of(7 + random.nextInt(16), random.nextInt(60), random.nextInt(60));
        return day.atTime(time).atZone(Lagos.ZONE).toInstant();
    }

    private static int pickWeighted(double[] cumulative, double total, Random random) {
        double target = random.nextDouble() * total;
        int index = java.util.Arrays.binarySearch(cumulative, target);
        return Math.min(index >= 0 ? index : -index - 1, cumulative.length - 1);
    }

    private static int pickWeighted(int[] cumulative, int total, Random random) {
        int target = random.nextInt(total);
        int index = java.util.Arrays.binarySearch(cumulative, target + 1);
        return Math.min(index >= 0 ? index : -index - 1, cumulative.length - 1);
    }

    private static String pick(String[] values, Random random) {
        return values[random.nextInt(values.length)];
    }
}
