package org.ss7sim.simulator.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ss7sim.simulator.config.ConfigLoader;
import org.ss7sim.simulator.config.scenario.Scenario;
import org.ss7sim.simulator.config.scenario.TrafficKinds;

/**
 * The one list of traffic kinds is complete: every class behind {@link Traffic} declares its {@link
 * Kind} and is in {@link Kinds#ALL} (the compiler already asks for the class in the permits
 * clause), the scenario reader finds exactly that list, and each kind is documented.
 */
class KindsTest {
  @Test
  void every_traffic_class_declares_its_kind_and_is_registered_once() throws Exception {
    List<Kind> declared = new ArrayList<>();
    for (Class<?> c : Traffic.class.getPermittedSubclasses()) {
      Field f = c.getDeclaredField("KIND");
      assertThat(Modifier.isStatic(f.getModifiers())).as(c + ".KIND is static").isTrue();
      assertThat(f.getType()).as(c + ".KIND").isEqualTo(Kind.class);
      f.setAccessible(true);
      declared.add((Kind) f.get(null));
    }
    assertThat(Kinds.ALL).as("traffic.Kinds.ALL").containsExactlyInAnyOrderElementsOf(declared);
    assertThat(Kinds.ALL.stream().map(Kind::yamlName).distinct()).hasSameSizeAs(Kinds.ALL);
  }

  @Test
  void the_scenario_reader_finds_the_list() {
    List<Object> installed = List.copyOf(TrafficKinds.installed());
    assertThat(installed).containsExactlyElementsOf(Kinds.ALL);
  }

  @Test
  void a_source_of_each_kind_is_read_as_that_kind() {
    for (Kind k : Kinds.ALL) {
      String extra = k.keys().contains("op") ? ", op: ati" : "";
      Scenario s =
          ConfigLoader.parseScenario(
              "s.yaml",
              "traffic:\n  - {kind: "
                  + k.yamlName().replace('_', '-')
                  + ", from: x, to: \"1\", count: 1"
                  + extra
                  + "}\n");
      assertThat(s.traffic().get(0).kind()).isSameAs(k);
      assertThat(s.traffic().get(0).name()).isEqualTo(k.yamlName() + "-1");
    }
  }

  @Test
  void every_kind_has_its_section_in_the_scenario_file_reference() throws Exception {
    String doc =
        Files.readString(
            Path.of(System.getProperty("ss7sim.root", ".."), "docs", "scenario-file.md"));
    String kindRow =
        Arrays.stream(doc.split("\n"))
            .filter(l -> l.startsWith("| `kind` |"))
            .findFirst()
            .orElseThrow();
    for (Kind k : Kinds.ALL) {
      assertThat(kindRow).as("the kind row lists " + k).contains("`" + k.yamlName() + "`");
      assertThat(doc).as("the section of " + k).contains("\n### `" + k.yamlName() + "`\n");
    }
  }
}
