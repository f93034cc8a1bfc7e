package org.emoscope;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.CopyOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The house rules of {@code STYLE.md} that a compiler cannot check: the core never touches the GUI,
 * only the CLI prints, SLF4J is the only logger, and data flows one way through the layers.
 */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.emoscope");
    }

    @Test
    void onlyTheUiUsesJavaFx() {
        noClasses().that().resideOutsideOfPackage("org.emoscope.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.jfree.chart.fx..")
                .check(classes);
    }

    @Test
    void viewModelsStayOutOfTheSceneGraph() {
        // View models are unit-tested without a toolkit: javafx.beans and javafx.collections only.
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..")
                .check(classes);
    }

    @Test
    void onlyTheCliPrints() {
        noClasses().that().resideOutsideOfPackage("org.emoscope.cli..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .orShould().callMethod(Throwable.class, "printStackTrace")
                .check(classes);
    }

    @Test
    void slf4jIsTheOnlyLogger() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "java.util.logging..", "org.apache.log4j..", "org.apache.logging.log4j..",
                        "org.apache.commons.logging..", "ch.qos.logback..")
                .orShould().dependOnClassesThat().areAssignableTo(System.Logger.class)
                .check(classes);
    }

    @Test
    void theModelKnowsNeitherTasksNorTheApplication() {
        // The network is a library: background work and build facts are the callers' business.
        noClasses().that().resideInAPackage("org.emoscope.model..")
                .should().dependOnClassesThat().resideInAPackage("org.emoscope.task..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.emoscope.AppVersion")
                .check(classes);
    }

    @Test
    void onlyTheIoFloorMovesOrReplacesFiles() {
        // Every file Emoscope writes goes through AtomicFiles: temp file, fsync, atomic move, folder fsync.
        noClasses().that().resideOutsideOfPackage("org.emoscope.io..")
                .should().callMethod(Files.class, "move", Path.class, Path.class, CopyOption[].class)
                .orShould().callMethod(Files.class, "createTempFile", Path.class, String.class, String.class,
                        FileAttribute[].class)
                .check(classes);
    }

    @Test
    void dataFlowsOneWayThroughTheLayers() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("ui").definedBy("org.emoscope.ui..")
                .layer("cli").definedBy("org.emoscope.cli..")
                .layer("experiment").definedBy("org.emoscope.experiment..")
                .layer("training").definedBy("org.emoscope.training..")
                .layer("evaluation").definedBy("org.emoscope.evaluation..")
                .layer("model").definedBy("org.emoscope.model..")
                .layer("features").definedBy("org.emoscope.features..")
                .layer("corpus").definedBy("org.emoscope.corpus..")
                .layer("audio").definedBy("org.emoscope.audio..")
                .layer("task").definedBy("org.emoscope.task..")
                .layer("io").definedBy("org.emoscope.io..")
                .whereLayer("ui").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("experiment").mayOnlyBeAccessedByLayers("ui", "cli")
                .whereLayer("training").mayOnlyBeAccessedByLayers("experiment", "ui", "cli")
                // Evaluation is plain metrics over predictions; training uses it for validation scores.
                .whereLayer("evaluation").mayOnlyBeAccessedByLayers("training", "experiment", "ui", "cli")
                .whereLayer("model").mayOnlyBeAccessedByLayers("training", "experiment", "ui", "cli")
                .whereLayer("features").mayOnlyBeAccessedByLayers("model", "training", "evaluation", "experiment", "ui", "cli")
                .whereLayer("corpus").mayOnlyBeAccessedByLayers("features", "model", "training", "evaluation", "experiment", "ui", "cli")
                .whereLayer("audio").mayOnlyBeAccessedByLayers("corpus", "features", "model", "training", "evaluation", "experiment", "ui", "cli")
                // The floor: atomic writing and file names for messages, used by every layer, using none.
                .whereLayer("io").mayOnlyBeAccessedByLayers("audio", "corpus", "features", "model", "training", "evaluation", "experiment", "task", "ui", "cli")
                .withOptionalLayers(true)
                .check(classes);
    }
}
