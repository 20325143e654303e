package kz.registry;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noCodeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shape of the code, checked on the core and the web classes together: capabilities
 * without cycles, entities that know no boundary, and capabilities that reach one another
 * only through boundaries and ids.
 */
class ArchitectureTest {

    private static final JavaClasses REGISTRY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("kz.registry");

    /** kz.registry.{capability}.{layer}..: the capability and the layer inside it. */
    private static final Pattern LAYERED = Pattern.compile("kz\\.registry\\.(\\w+)\\.(entity|control|boundary|rest)(\\..*)?");

    @Test
    void theCodeIsThere() {
        // a rule over no classes passes whatever it says: make sure the import found the code
        classes().that().resideInAPackage("kz.registry.budget.entity").should().bePublic()
                .allowEmptyShould(false).check(REGISTRY);
    }

    @Test
    void capabilitiesAreFreeOfCycles() {
        slices().matching("kz.registry.(*)..").should().beFreeOfCycles().check(REGISTRY);
    }

    @Test
    void entitiesDependOnNoBoundaryControlOrWebLayer() {
        noClasses().that().resideInAPackage("..entity..")
                .should().dependOnClassesThat().resideInAnyPackage("..boundary..", "..control..", "..rest..")
                .check(REGISTRY);
    }

    @Test
    void theCoreKnowsNothingOfTheWebLayer() {
        noClasses().that().resideInAnyPackage("..boundary..", "..control..", "..entity..", "kz.registry.shared")
                .should().dependOnClassesThat().resideInAPackage("..rest..")
                .check(REGISTRY);
    }

    @Test
    void everyResourceMethodSaysWhoMayCallIt() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(jakarta.ws.rs.Path.class)
                .and().arePublic()
                .and(httpMethod())
                .should(declareAccess())
                .allowEmptyShould(false)
                .check(REGISTRY);
    }

    @Test
    void everyBoundaryMethodSaysWhoMayCallIt() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(jakarta.ejb.Stateless.class)
                .and().areDeclaredInClassesThat().resideInAPackage("..boundary..")
                .and().arePublic().and().areNotStatic()
                .should(declareAccess())
                .allowEmptyShould(false)
                .check(REGISTRY);
    }

    /**
     * Open to anyone only where the registry serves itself (the audit trail, sign-in, health,
     * idempotency, statistics): what the capabilities hold is read and written in named roles, and
     * the start-up loaders take one too (@RunAs).
     */
    @Test
    void noCapabilitysBoundaryIsOpenToAnyone() {
        noMethods().that().areDeclaredInClassesThat().resideInAnyPackage("..budget.boundary..", "..claims.boundary..",
                        "..proceedings.boundary..", "..money.boundary..")
                .should().beAnnotatedWith(jakarta.annotation.security.PermitAll.class)
                .check(REGISTRY);
        noClasses().that().resideInAnyPackage("..budget.boundary..", "..claims.boundary..", "..proceedings.boundary..",
                        "..money.boundary..")
                .should().beAnnotatedWith(jakarta.annotation.security.PermitAll.class)
                .check(REGISTRY);
    }

    /** One way to query a filtered list (FilteredQuery, JPQL), not two: no criteria queries. */
    @Test
    void filteredListsAreQueriedOneWay() {
        noClasses().should().dependOnClassesThat().resideInAPackage("jakarta.persistence.criteria..")
                .check(REGISTRY);
    }

    private static DescribedPredicate<JavaMethod> httpMethod() {
        return DescribedPredicate.describe("answer an HTTP method", method -> method.getAnnotations().stream()
                .anyMatch(annotation -> annotation.getRawType().isAnnotatedWith(jakarta.ws.rs.HttpMethod.class)));
    }

    /** @RolesAllowed or @PermitAll on the method or its class. */
    private static ArchCondition<JavaMethod> declareAccess() {
        return new ArchCondition<>("declare who may call it") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean declared = Stream.of(jakarta.annotation.security.RolesAllowed.class,
                                jakarta.annotation.security.PermitAll.class, jakarta.annotation.security.DenyAll.class)
                        .anyMatch(access -> method.isAnnotatedWith(access) || method.getOwner().isAnnotatedWith(access));
                if (!declared) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName() + " declares no access"));
                }
            }
        };
    }

    @Test
    void aResourceWorksThroughBoundariesOnly() {
        // what a resource works with is a boundary (the transaction, the roles) and the values it
        // answers; a control class is the boundary's own business, not even named in a view
        noClasses().that().resideInAPackage("..rest..")
                .should().dependOnClassesThat().resideInAPackage("kz.registry..control..")
                .check(REGISTRY);
    }

    @Test
    void noFloatingPointAnywhere() {
        // money is exact: no double or float field, parameter or result in the registry's code
        noFields().should().haveRawType(double.class).orShould().haveRawType(float.class)
                .orShould().haveRawType(Double.class).orShould().haveRawType(Float.class).check(REGISTRY);
        noMethods().should().haveRawReturnType(double.class).orShould().haveRawReturnType(float.class)
                .orShould().haveRawReturnType(Double.class).orShould().haveRawReturnType(Float.class).check(REGISTRY);
        noCodeUnits().should().haveRawParameterTypes(double.class).orShould().haveRawParameterTypes(float.class)
                .check(REGISTRY);
    }

    @Test
    void aCapabilityReachesAnotherOnlyThroughItsBoundary() {
        classes().should(notReachIntoAnotherCapabilitysEntitiesOrControl()).check(REGISTRY);
    }

    private static ArchCondition<JavaClass> notReachIntoAnotherCapabilitysEntitiesOrControl() {
        return new ArchCondition<>("reach another capability only through its boundary") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String own = capabilityOf(origin.getPackageName());
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    Matcher target = LAYERED.matcher(dependency.getTargetClass().getPackageName());
                    boolean internal = target.matches()
                            && (target.group(2).equals("entity") || target.group(2).equals("control"));
                    if (internal && !target.group(1).equals(own)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    /**
     * The words one capability stores for its states and kinds (claim states, fund directions and
     * sources, ledger entry kinds) appear in no other capability's code as a string of their own or
     * quoted in SQL: the others take them from the owner's published vocabulary, so a new state
     * cannot be silently miscounted by a copy that does not know it.
     */
    @Test
    void noCapabilityWritesAnotherCapabilitysStoredWordsItself() throws java.io.IOException {
        Map<String, String> owners = new java.util.HashMap<>();
        kz.registry.claims.ClaimVocabulary.ALL_STATES.forEach(state -> owners.put(state, "claims"));
        List.of(kz.registry.claims.ClaimVocabulary.FUND_IN, kz.registry.claims.ClaimVocabulary.FUND_OUT,
                kz.registry.claims.ClaimVocabulary.RECOVERY_SOURCE).forEach(word -> owners.put(word, "claims"));
        kz.registry.budget.LedgerVocabulary.KINDS.forEach(kind -> owners.put(kind, "budget"));
        Pattern literal = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
        Pattern quotedInSql = Pattern.compile("'([A-Z_]+)'");
        List<String> found = new java.util.ArrayList<>();
        for (java.nio.file.Path root : List.of(java.nio.file.Path.of("src/main/java"), java.nio.file.Path.of("../registry-core/src/main/java"))) {
            try (Stream<java.nio.file.Path> files = java.nio.file.Files.walk(root)) {
                for (java.nio.file.Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                    String capability = capabilityOf(root.relativize(file).toString().replace('/', '.'));
                    List<String> lines = java.nio.file.Files.readAllLines(file);
                    for (int number = 0; number < lines.size(); number++) {
                        Matcher strings = literal.matcher(lines.get(number));
                        while (strings.find()) {
                            List<String> words = new java.util.ArrayList<>(List.of(strings.group(1)));
                            quotedInSql.matcher(strings.group(1)).results().forEach(quoted -> words.add(quoted.group(1)));
                            for (String word : words) {
                                String owner = owners.get(word);
                                if (owner != null && !owner.equals(capability)) {
                                    found.add(file + ":" + (number + 1) + " writes the " + owner + " capability's word " + word);
                                }
                            }
                        }
                    }
                }
            }
        }
        assertThat(owners).as("the vocabularies were read").containsKeys("APPROVED", "ALLOCATION", "IN");
        assertThat(found).isEmpty();
    }

    private static String capabilityOf(String packageName) {
        Matcher matcher = Pattern.compile("kz\\.registry\\.(\\w+).*").matcher(packageName);
        return matcher.matches() ? matcher.group(1) : "";
    }
}
