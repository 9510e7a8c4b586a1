package com.raqibtech.naija.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How the capabilities (catalog, cart, orders, customers, chat, ...) may use each other: arrows point one way (no
 * cycles), and one capability uses another only through its {@code application} package (services and the read
 * models they publish), never its {@code domain} (entities, repositories), {@code interfaces} or
 * {@code infrastructure}. Shared vocabulary lives in {@code shared}, which uses no capability.
 */
class CapabilityRulesTest {

    private static final String BASE = "com.raqibtech.naija";
    private static final Pattern CAPABILITY = Pattern.compile("^" + Pattern.quote(BASE) + "\\.(\\w+)(?:\\.(\\w+))?");
    private static final Set<String> PRIVATE_LAYERS = Set.of("interfaces", "infrastructure");

    private static JavaClasses classes;

    @BeforeAll
    static void importTheApplication() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(BASE);
    }

    @Test
    void capabilitiesFormNoCycle() {
        slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void sharedUsesNoCapability() {
        ArchRuleDefinition.classes().that().resideInAPackage(BASE + ".shared..")
                .should(useOnly(layer -> layer.capability().equals("shared"), "only shared code")).check(classes);
    }

    @Test
    void noCapabilityUsesAnothersInterfacesOrInfrastructure() {
        ArchRuleDefinition.classes().that().resideInAPackage(BASE + "..")
                .should(notReachInto(PRIVATE_LAYERS)).check(classes);
    }

    @Test
    void onlyTheConversationEngineRecordsACustomersYes() {
        ArchRuleDefinition.noClasses().that().resideInAPackage(BASE + ".chat.application.dialogue..")
                .should().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                        com.tngtech.archunit.core.domain.properties.HasName.Predicates.name("confirmedByCustomer")))
                .because("a responder must not say yes for the customer").check(classes);
    }

    @Test
    void noCapabilityUsesAnothersEntities() {
        ArchRuleDefinition.classes().that().resideInAPackage(BASE + "..")
                .should(notReachInto(Set.of("domain"))).check(classes);
    }

    @Test
    void noCapabilityIsHandedAnothersEntitiesByItsServices() {
        ArchRuleDefinition.classes().that().resideInAPackage(BASE + "..")
                .should(notBeHandedEntitiesOfAnother()).check(classes);
    }

    /** A package's capability and layer, e.g. orders / domain. */
    private record Place(String capability, String layer) {
        static Optional<Place> of(JavaClass type) {
            Matcher matcher = CAPABILITY.matcher(type.getPackageName());
            return matcher.find() ? Optional.of(new Place(matcher.group(1), matcher.group(2))) : Optional.empty();
        }
    }

    private static ArchCondition<JavaClass> notReachInto(Set<String> layers) {
        return new ArchCondition<>("not use another capability's " + String.join(" or ", layers)) {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Optional<Place> from = Place.of(origin);
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    Optional<Place> to = Place.of(dependency.getTargetClass());
                    if (from.isPresent() && to.isPresent() && !to.get().capability().equals(from.get().capability())
                            && !to.get().capability().equals("shared") && to.get().layer() != null
                            && layers.contains(to.get().layer())) {
                        events.add(SimpleConditionEvent.violated(dependency, origin.getName() + " uses "
                                + dependency.getTargetClass().getName()));
                    }
                }
            }
        };
    }

    /** Calls into another capability whose parameters or result (generics included) are that one's entities. */
    private static ArchCondition<JavaClass> notBeHandedEntitiesOfAnother() {
        return new ArchCondition<>("not call another capability's methods that take or return its entities") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Optional<Place> from = Place.of(origin);
                if (from.isEmpty()) {
                    return;
                }
                for (JavaCall<?> call : origin.getCodeUnitCallsFromSelf()) {
                    Optional<Place> owner = Place.of(call.getTargetOwner());
                    if (owner.isEmpty() || owner.get().capability().equals(from.get().capability())) {
                        continue;
                    }
                    Set<JavaClass> involved = new java.util.HashSet<>();
                    call.getTarget().resolveMember().ifPresentOrElse(member -> {
                        involved.addAll(member.getReturnType().getAllInvolvedRawTypes());
                        member.getParameterTypes().forEach(type -> involved.addAll(type.getAllInvolvedRawTypes()));
                    }, () -> {
                        involved.add(call.getTarget().getRawReturnType());
                        involved.addAll(call.getTarget().getRawParameterTypes());
                    });
                    for (JavaClass type : involved) {
                        Place.of(type).filter(place -> "domain".equals(place.layer())
                                        && !place.capability().equals(from.get().capability()))
                                .ifPresent(place -> events.add(SimpleConditionEvent.violated(call,
                                        call.getDescription() + " hands over " + type.getName())));
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaClass> useOnly(java.util.function.Predicate<Place> allowed, String what) {
        return new ArchCondition<>("use " + what) {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    Place.of(dependency.getTargetClass()).filter(allowed.negate()).ifPresent(place -> events.add(
                            SimpleConditionEvent.violated(dependency, origin.getName() + " uses "
                                    + dependency.getTargetClass().getName())));
                }
            }
        };
    }
}
