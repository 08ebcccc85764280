package org.ss7sim.simulator.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The direction of dependencies of DESIGN.md §1, checked on the compiled production classes of
 * every module: a lower layer never imports an upper one, siblings never import each other, Netty
 * appears only in transport, and only the simulator binds a logging backend.
 */
class LayeringTest {
  /** For each layer, the layers it may use (besides itself and the JDK). */
  private static final Map<String, List<String>> ALLOWED =
      Map.ofEntries(
          Map.entry("wire", List.of()),
          Map.entry("transport", List.of("wire")),
          Map.entry("mtp", List.of("wire")),
          Map.entry("m3ua", List.of("mtp", "transport", "wire")),
          Map.entry("sccp", List.of("mtp", "wire")),
          Map.entry("tcap", List.of("sccp", "mtp", "wire")),
          Map.entry("map", List.of("tcap", "sccp", "mtp", "wire")),
          Map.entry("inap", List.of("tcap", "sccp", "mtp", "wire")),
          Map.entry("cap", List.of("tcap", "sccp", "mtp", "wire")),
          Map.entry("isup", List.of("mtp", "wire")),
          Map.entry("smpp", List.of("transport", "wire")),
          Map.entry("sip", List.of("transport", "wire")));

  private static final List<String> ALL =
      List.of(
          "wire",
          "transport",
          "mtp",
          "m3ua",
          "sccp",
          "tcap",
          "map",
          "inap",
          "cap",
          "isup",
          "smpp",
          "sip",
          "simulator",
          "testkit",
          "bench");

  private static JavaClasses classes;

  @BeforeAll
  static void importProductionClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(OUR_PRODUCTION_CLASSES)
            .importPackages("org.ss7sim");
  }

  /**
   * The production classes of our modules: in a reactor build they arrive as target/classes folders
   * or as ss7sim-*.jar files. Test folders (DO_NOT_INCLUDE_TESTS) and test-jars
   * (ss7sim-*-tests.jar, e.g. m3ua's {@code org.ss7sim.m3ua.testing} on this module's test
   * classpath) are test fixtures, in no layer.
   */
  static final ImportOption OUR_PRODUCTION_CLASSES =
      location ->
          !location.contains("/jar:")
              && (!location.isJar()
                  || (location.contains("/ss7sim-") && !location.contains("-tests.jar")));

  @Test
  void test_jars_on_the_classpath_are_not_checked() throws Exception {
    // the m3ua test-jar is on this module's test classpath...
    Class<?> fixture = Class.forName("org.ss7sim.m3ua.testing.StpNetwork");
    assertThat(classes.containPackage("org.ss7sim.m3ua.testing"))
        .as("test fixtures imported from " + fixture.getProtectionDomain().getCodeSource())
        .isFalse();
    // ...as a jar in a packaged build, as a test-classes folder otherwise
    assertThat(
            OUR_PRODUCTION_CLASSES.includes(
                Location.of(
                    URI.create(
                        "jar:file:/r/m3ua/target/ss7sim-m3ua-0.1.0-SNAPSHOT-tests.jar!/org/ss7sim/"
                            + "m3ua/testing/StpNetwork.class"))))
        .isFalse();
    assertThat(
            OUR_PRODUCTION_CLASSES.includes(
                Location.of(
                    URI.create(
                        "jar:file:/r/m3ua/target/ss7sim-m3ua-0.1.0-SNAPSHOT.jar!/org/ss7sim/"
                            + "m3ua/node/M3uaNode.class"))))
        .isTrue();
  }

  @Test
  void every_layer_uses_only_the_layers_below_it() {
    ALLOWED.forEach(
        (layer, allowed) -> {
          String[] forbidden =
              ALL.stream()
                  .filter(other -> !other.equals(layer) && !allowed.contains(other))
                  .map(other -> "org.ss7sim." + other + "..")
                  .toArray(String[]::new);
          noClasses()
              .that()
              .resideInAPackage("org.ss7sim." + layer + "..")
              .should()
              .dependOnClassesThat()
              .resideInAnyPackage(forbidden)
              .because("DESIGN.md §1: " + layer + " may use only " + allowed)
              .allowEmptyShould(true)
              .check(classes);
        });
  }

  @Test
  void every_module_is_on_the_classpath_being_checked() {
    for (String layer : List.of("wire", "mtp", "sccp", "simulator")) {
      org.assertj.core.api.Assertions.assertThat(classes.containPackage("org.ss7sim." + layer))
          .as("classes of " + layer + " imported")
          .isTrue();
    }
  }

  @Test
  void netty_is_used_only_by_transport() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.ss7sim.transport..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.netty..")
        .because("DESIGN.md §1: transport is the only Netty user")
        .check(classes);
  }

  @Test
  void only_the_simulator_binds_a_logging_backend() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.ss7sim.simulator..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("ch.qos.logback..", "org.apache.logging.log4j.core..")
        .because("CONVENTIONS.md: only simulator binds a logging backend")
        .check(classes);
  }

  /**
   * Packages counted as one with their sub-packages by {@link #no_module_has_a_package_cycle}: the
   * simulator's {@code config} reads files with {@code config.yaml} into {@code config.network} and
   * {@code config.scenario}, which all report problems with {@code config}'s {@code Location}.
   */
  private static final List<String> COUNTED_WITH_SUBPACKAGES = List.of("simulator.config");

  /**
   * Inside every module the packages form no cycle (a package that needs another's classes is above
   * it), sub-packages counted on their own: e.g. the simulator's node kinds ({@code node.msc},
   * {@code node.smsc}, ...) use the shared {@code node} package and not each other or {@code
   * traffic}, and the application ({@code app}) knows them all.
   */
  @Test
  void no_module_has_a_package_cycle() {
    for (String module : ALL) {
      slices()
          .assignedFrom(packagesOf(module))
          .should()
          .beFreeOfCycles()
          .allowEmptyShould(true)
          .check(classes);
    }
  }

  /**
   * A node kind ({@code simulator.node.<kind>}) uses the shared {@code node} package, never another
   * kind: a newcomer reads one kind in one package.
   */
  @Test
  void the_simulators_node_kinds_do_not_use_each_other() {
    slices()
        .matching("org.ss7sim.simulator.node.(*)..")
        .should()
        .notDependOnEachOther()
        .because("docs/decisions.md, packages by role")
        .check(classes);
  }

  /** One slice per package of {@code module} below its root package. */
  static SliceAssignment packagesOf(String module) {
    String root = "org.ss7sim." + module + ".";
    return new SliceAssignment() {
      @Override
      public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
        String name = javaClass.getPackageName();
        if (!name.startsWith(root)) {
          return SliceIdentifier.ignore();
        }
        String pkg = name.substring(root.length());
        for (String whole : COUNTED_WITH_SUBPACKAGES) {
          String inModule = whole.substring(whole.indexOf('.') + 1);
          if (whole.startsWith(module + ".") && pkg.startsWith(inModule + ".")) {
            return SliceIdentifier.of(inModule);
          }
        }
        return SliceIdentifier.of(pkg);
      }

      @Override
      public String getDescription() {
        return "packages of " + module;
      }
    };
  }
}
