package org.masthead;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The dependency rules of DESIGN.md (decision 10: publish reads the plan; decision 12: the importer uses triage): a wrong arrow fails the build. */
@AnalyzeClasses(packages = "org.masthead", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule layersPointOneWay = layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
            .layer("app").definedBy("org.masthead.app..")
            .layer("cli").definedBy("org.masthead.cli..")
            .layer("ui").definedBy("org.masthead.ui..")
            .layer("planning").definedBy("org.masthead.planning..")
            .layer("triage").definedBy("org.masthead.triage..")
            .layer("publish").definedBy("org.masthead.publish..")
            .layer("ingest").definedBy("org.masthead.ingest..")
            .layer("store").definedBy("org.masthead.store..")
            .layer("model").definedBy("org.masthead.model..")
            .whereLayer("app").mayNotBeAccessedByAnyLayer()
            .whereLayer("cli").mayOnlyBeAccessedByLayers("app")
            .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
            .whereLayer("planning").mayOnlyBeAccessedByLayers("app", "cli", "ui", "publish")
            .whereLayer("triage").mayOnlyBeAccessedByLayers("app", "cli", "ui", "ingest")
            .whereLayer("publish").mayOnlyBeAccessedByLayers("app", "cli", "ui")
            .whereLayer("ingest").mayOnlyBeAccessedByLayers("app", "cli", "ui")
            .whereLayer("store").mayOnlyBeAccessedByLayers("app", "cli", "ui", "planning", "triage", "publish", "ingest")
            .whereLayer("model").mayOnlyBeAccessedByLayers("app", "cli", "ui", "planning", "triage", "publish", "ingest", "store");

    @ArchTest
    static final ArchRule javafxOnlyInUiAndApp = noClasses().that().resideOutsideOfPackages("org.masthead.ui..", "org.masthead.app..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "atlantafx..", "org.kordamp.ikonli..");

    @ArchTest
    static final ArchRule modelImportsNothingOfOurs = noClasses().that().resideInAPackage("org.masthead.model..")
            .should().dependOnClassesThat().resideOutsideOfPackages("org.masthead.model..", "java..");

    @ArchTest
    static final ArchRule sqlStaysInStore = noClasses().that().resideOutsideOfPackages("org.masthead.store..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..", "org.flywaydb..");
}
