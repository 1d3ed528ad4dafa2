package pl.ordernotify.console;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** View models hold state and call services; only views touch the scene graph (STYLE.md §1). */
@AnalyzeClasses(
    packages = "pl.ordernotify.console",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ConsoleArchitectureTest {

  @ArchTest
  static final ArchRule viewModelsUseOnlyBeansAndCollections =
      noClasses()
          .that()
          .haveSimpleNameEndingWith("ViewModel")
          .or()
          .haveSimpleNameEndingWith("Model")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "javafx.scene..",
              "javafx.stage..",
              "javafx.application..",
              "javafx.fxml..",
              "org.controlsfx..")
          .because("view models are tested without the toolkit");
}
