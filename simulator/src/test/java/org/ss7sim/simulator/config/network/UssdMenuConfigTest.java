package org.ss7sim.simulator.config.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ss7sim.simulator.config.ConfigException;
import org.ss7sim.simulator.config.ConfigLoader;

/** The HLR's {@code ussd_menus} in the network file: the tree read, and what is refused. */
class UssdMenuConfigTest {
  static List<UssdMenu> menus(String menus) {
    Network n =
        ConfigLoader.parseNetwork(
            "net.yaml",
            "nodes:\n  - name: hlr\n    kind: hlr\n    point_code: 1\n    ussd_menus:\n"
                + menus.indent(6));
    return n.node("hlr").orElseThrow().data(KindData.HlrData.class).ussdMenus();
  }

  static void refused(String menus, String message) {
    assertThatThrownBy(() -> menus(menus))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(message);
  }

  @Test
  void the_demo_networks_menu_is_a_tree_of_prompts_answers_and_a_notification() {
    Network demo = ConfigLoader.demoNetwork();
    List<UssdMenu> menus = demo.node("hlr").orElseThrow().data(KindData.HlrData.class).ussdMenus();
    UssdMenu offers = UssdMenu.find(menus, " *123# ").orElseThrow();
    assertThat(offers.isPrompt()).isTrue();
    assertThat(offers.text()).isEqualTo("Offers\n1 Balance\n2 Bundles\n3 Balance in Chinese");
    assertThat(offers.choice("1").orElseThrow())
        .isEqualTo(UssdMenu.answer("1", "Your balance is 12.50 EUR"));
    UssdMenu data = offers.choice("2").orElseThrow().choice(" 1 ").orElseThrow();
    assertThat(data.notification()).contains("Processing your order");
    assertThat(data.isPrompt()).isFalse();
    assertThat(offers.choice("4")).isEmpty();
    assertThat(UssdMenu.find(menus, "*100#")).isEmpty();
  }

  @Test
  void a_menu_needs_a_code_and_a_text() {
    refused("- {text: hi}", "USSD menu needs key 'code'");
    refused("- {code: \"*1#\"}", "USSD menu needs key 'text'");
  }

  @Test
  void codes_and_the_keys_of_one_level_are_distinct() {
    refused(
        "- {code: \"*1#\", text: a}\n- {code: \"*1#\", text: b}",
        "USSD service code '*1#' given twice");
    refused(
        "- {code: \"*1#\", text: a, choices: [{key: \"1\", text: x}, {key: \"1\", text: y}]}",
        "USSD choice key '1' given twice");
  }

  @Test
  void texts_fit_one_ussd_string_in_gsm_7_bit_or_ucs2() {
    // outside the GSM 7-bit alphabet: UCS2, two octets a character
    assertThat(menus("- {code: \"*1#\", text: \"" + "\u4f59".repeat(80) + "\"}")).hasSize(1);
    refused("- {code: \"*1#\", text: \"" + "\u4f59".repeat(81) + "\"}", "81 characters (1..80)");
    refused("- {code: \"*1#\", text: \"" + "x".repeat(183) + "\"}", "183 septets (1..182)");
    // the euro sign takes two septets (escape + code)
    refused("- {code: \"*1#\", text: \"" + "\u20ac".repeat(92) + "\"}", "184 septets");
    assertThat(menus("- {code: \"*1#\", text: \"" + "x".repeat(182) + "\"}")).hasSize(1);
  }

  @Test
  void menus_nest_at_most_eight_levels() {
    String leaf = "{key: \"1\", text: t}";
    String seven = leaf; // seven levels of choices under the top menu: eight in all
    for (int i = 0; i < 6; i++) {
      seven = "{key: \"1\", text: t, choices: [" + seven + "]}";
    }
    assertThat(menus("- {code: \"*1#\", text: t, choices: [" + seven + "]}")).hasSize(1);
    refused(
        "- {code: \"*1#\", text: t, choices: [{key: \"1\", text: t, choices: [" + seven + "]}]}",
        "at most 8 levels");
  }

  @Test
  void an_unknown_key_in_a_menu_is_refused_by_name() {
    refused("- {code: \"*1#\", text: a, notfy: b}", "unknown key 'notfy' in USSD menu");
    assertThat(menus("- {code: \"*1#\", text: a, notify: b}").get(0).notification())
        .isEqualTo(Optional.of("b"));
  }
}
