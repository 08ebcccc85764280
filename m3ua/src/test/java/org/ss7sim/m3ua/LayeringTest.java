package org.ss7sim.m3ua;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import org.junit.jupiter.api.Test;
import org.ss7sim.m3ua.node.M3uaNode;
import org.ss7sim.mtp.MtpService;

/** DESIGN.md §1 and CONVENTIONS.md: dependencies point down; Netty only in transport. */
class LayeringTest {
  // Import only the two modules' class locations: scanning the whole classpath is slow.
  private final JavaClasses m3ua =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importLocations(
              java.util.Set.of(
                  Location.of(M3uaNode.class.getProtectionDomain().getCodeSource().getLocation()),
                  Location.of(
                      MtpService.class.getProtectionDomain().getCodeSource().getLocation())));

  @Test
  void both_modules_are_imported() {
    org.assertj.core.api.Assertions.assertThat(m3ua.contain(M3uaNode.class)).isTrue();
    org.assertj.core.api.Assertions.assertThat(m3ua.contain(MtpService.class)).isTrue();
  }

  @Test
  void m3ua_and_mtp_do_not_use_netty() {
    noClasses().should().dependOnClassesThat().resideInAPackage("io.netty..").check(m3ua);
  }

  @Test
  void m3ua_and_mtp_do_not_know_the_layers_above() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.ss7sim.sccp..",
            "org.ss7sim.tcap..",
            "org.ss7sim.map..",
            "org.ss7sim.isup..",
            "org.ss7sim.inap..",
            "org.ss7sim.smpp..",
            "org.ss7sim.simulator..")
        .check(m3ua);
  }

  @Test
  void messages_and_state_machines_know_nothing_of_transports_or_nodes() {
    noClasses()
        .that()
        .resideInAnyPackage("org.ss7sim.m3ua.message..", "org.ss7sim.m3ua.asp..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.ss7sim.transport..", "org.ss7sim.m3ua.node..")
        .check(m3ua);
  }

  @Test
  void mtp_does_not_depend_on_m3ua() {
    noClasses()
        .that()
        .resideInAPackage("org.ss7sim.mtp..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.ss7sim.m3ua..", "org.ss7sim.transport..")
        .check(m3ua);
  }
}
