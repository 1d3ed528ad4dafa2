package pl.ordernotify;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * STYLE.md's package layout: the toolkit stays in the console, packages form no cycles, and the
 * plumbing (store, gateway) knows no feature. Main and Wiring in the root package use everything.
 */
@AnalyzeClasses(packages = "pl.ordernotify", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule javafxAndControlsFxAreUsedOnlyByTheConsole =
      noClasses().that().resideOutsideOfPackage("pl.ordernotify.console..")
          .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
          .because("the headless sender and every feature must run and test without the toolkit");

  @ArchTest
  static final ArchRule featurePackagesFormNoCycles =
      slices().matching("pl.ordernotify.(*)..").namingSlices("$1")
          .should().beFreeOfCycles();

  @ArchTest
  static final ArchRule storeAndGatewayDependOnNoFeature =
      noClasses().that().resideInAnyPackage("pl.ordernotify.store..", "pl.ordernotify.gateway..")
          .should().dependOnClassesThat(resideInAPackage("pl.ordernotify..")
              .and(not(resideInAnyPackage("pl.ordernotify.store..", "pl.ordernotify.gateway.."))))
          .because("dependencies point one way: features use store and gateway, never the reverse");
}
