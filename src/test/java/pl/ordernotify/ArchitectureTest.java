package pl.ordernotify;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
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
      noClasses()
          .that()
          .resideOutsideOfPackage("pl.ordernotify.console..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("javafx..", "org.controlsfx..")
          .because("the headless sender and every feature must run and test without the toolkit");

  @ArchTest
  static final ArchRule featurePackagesFormNoCycles =
      slices().matching("pl.ordernotify.(*)..").namingSlices("$1").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule storeAndGatewayDependOnNoFeature =
      noClasses()
          .that()
          .resideInAnyPackage("pl.ordernotify.store..", "pl.ordernotify.gateway..")
          .should()
          .dependOnClassesThat(
              resideInAPackage("pl.ordernotify..")
                  .and(
                      not(
                          resideInAnyPackage(
                              "pl.ordernotify.store..", "pl.ordernotify.gateway.."))))
          .because("dependencies point one way: features use store and gateway, never the reverse");

  @ArchTest
  static final ArchRule featuresNeverSeeTheConsoleOrTheCommandLine =
      noClasses()
          .that()
          .resideInAPackage("pl.ordernotify.*..")
          .and()
          .resideOutsideOfPackages("pl.ordernotify.console..", "pl.ordernotify.cli..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("pl.ordernotify.console..", "pl.ordernotify.cli..")
          .because(
              "the sender, the services and the stores run headless and are driven by both front ends");

  /**
   * The root package (Main, Wiring) builds everything; only the two front ends reach back into it.
   */
  @ArchTest
  static final ArchRule theRootPackageIsALayerOnlyTheFrontEndsUse =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("Root")
          .definedBy("pl.ordernotify")
          .layer("FrontEnds")
          .definedBy("pl.ordernotify.console..", "pl.ordernotify.cli..")
          .layer("Features")
          .definedBy(
              resideInAPackage("pl.ordernotify..")
                  .and(
                      not(
                          resideInAnyPackage(
                              "pl.ordernotify",
                              "pl.ordernotify.console..",
                              "pl.ordernotify.cli.."))))
          .whereLayer("Root")
          .mayOnlyBeAccessedByLayers("FrontEnds")
          .whereLayer("FrontEnds")
          .mayOnlyBeAccessedByLayers("Root", "FrontEnds")
          .because(
              "features know neither the front ends nor how the application is wired together");

  @ArchTest
  static final ArchRule theConsoleNeverDependsOnWiring =
      noClasses()
          .that()
          .resideInAPackage("pl.ordernotify.console..")
          .should()
          .dependOnClassesThat()
          .belongToAnyOf(Wiring.class)
          .because(
              "the console receives its per-screen services, built from Wiring by WiringConsoleServices");
}
