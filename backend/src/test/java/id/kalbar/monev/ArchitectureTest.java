package id.kalbar.monev;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Features meet through narrow doors: no cycles between feature packages, resources speak to services
 * only and return records, the shared code knows no feature, and each feature alone reads its tables
 * through its repositories and writes its entities. Others read through its {@code XxxQueries} or a
 * service, and a feature that must learn about others' records defines an interface they implement
 * (as {@code IndicatorReferences} or {@code ApprovedTargetYears}).
 */
class ArchitectureTest {

    private static final String ROOT = "id.kalbar.monev";
    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void featuresHaveNoCycles() {
        slices().matching(ROOT + ".(*)..")
                .should().beFreeOfCycles()
                .because("a feature that needs to learn about another's records defines an interface the other implements")
                .check(PRODUCTION);
    }

    @Test
    void commonKnowsNoFeature() {
        classes().that().resideInAPackage(ROOT + ".common..")
                .should().onlyDependOnClassesThat(DescribedPredicate.describe("outside the features",
                        (JavaClass c) -> !c.getPackageName().startsWith(ROOT + ".")
                                || c.getPackageName().startsWith(ROOT + ".common")))
                .because("common is what every feature shares; it must not depend on any of them")
                .check(PRODUCTION);
    }

    @Test
    void resourcesCallServicesOnly() {
        noClasses().that().areAnnotatedWith(Path.class)
                .should().dependOnClassesThat().areAssignableTo(PanacheRepositoryBase.class)
                .because("a resource speaks HTTP; the rules and transactions are its service's")
                .check(PRODUCTION);
    }

    @Test
    void resourcesReturnNoEntities() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(Path.class)
                .and().arePublic()
                .should(returnNoEntity())
                .because("entities never leave the service layer as JSON: the API speaks records")
                .check(PRODUCTION);
    }

    @Test
    void repositoriesServeTheirOwnFeature() {
        classes().that().areAssignableTo(PanacheRepositoryBase.class)
                .and().resideInAPackage(ROOT + "..")
                .should(beUsedOnlyFromTheirOwnPackage())
                .because("a feature reads and writes its own tables; others go through its Queries or service")
                .check(PRODUCTION);
    }

    @Test
    void entitiesAreWrittenByTheirOwnFeature() {
        classes()
                .that().areAnnotatedWith(Entity.class).or().areAnnotatedWith(MappedSuperclass.class)
                .should(haveFieldsSetOnlyFromTheirOwnPackage())
                .because("each feature alone decides what a write of its records may do")
                .check(PRODUCTION);
    }

    @Test
    void noPackageNamedLikeMavensOutput() {
        noClasses().should()
                .resideInAPackage("..target..")
                .because("tools that skip Maven's output folder would skip such a source folder too")
                .check(PRODUCTION);
    }

    private static ArchCondition<JavaMethod> returnNoEntity() {
        return new ArchCondition<>("return no entity") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                Set<JavaClass> involved = method.getReturnType().getAllInvolvedRawTypes();
                for (JavaClass type : involved) {
                    if (type.isAnnotatedWith(Entity.class)) {
                        events.add(SimpleConditionEvent.violated(method,
                                method.getFullName() + " returns the entity " + type.getName()));
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaClass> beUsedOnlyFromTheirOwnPackage() {
        return new ArchCondition<>("be used only from their own package") {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                for (Dependency dependency : repository.getDirectDependenciesToSelf()) {
                    JavaClass origin = dependency.getOriginClass();
                    if (!origin.getPackageName().equals(repository.getPackageName())) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaClass> haveFieldsSetOnlyFromTheirOwnPackage() {
        return new ArchCondition<>("have their fields set only from their own package") {
            @Override
            public void check(JavaClass entity, ConditionEvents events) {
                for (JavaFieldAccess access : entity.getFieldAccessesToSelf()) {
                    if (access.getAccessType() == JavaFieldAccess.AccessType.SET
                            && !access.getOriginOwner().getPackageName().equals(entity.getPackageName())) {
                        events.add(SimpleConditionEvent.violated(access, access.getDescription()));
                    }
                }
            }
        };
    }
}
