package org.ss7sim.simulator.node.hlr;

import java.util.List;
import org.ss7sim.map.error.MapError;
import org.ss7sim.map.error.MapErrorCode;
import org.ss7sim.map.message.UssdArg;
import org.ss7sim.map.message.UssdRes;
import org.ss7sim.map.message.UssdString;
import org.ss7sim.map.operation.MapOperations;
import org.ss7sim.map.service.Confirmation;
import org.ss7sim.map.service.MapDialogue;
import org.ss7sim.map.sms.GsmAlphabet;
import org.ss7sim.simulator.config.network.UssdMenu;
import org.ss7sim.tcap.component.InvokeId;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;

/**
 * The HLR's USSD application (TS 24.090, TS 29.002 §11.9–§11.11): the menus of the network file
 * ({@code ussd_menus}) served inside the dialogue of the handset's processUnstructuredSS-Request. A
 * prompt is sent as unstructuredSS-Request in a TC-CONTINUE and the handset's answer (its result)
 * picks the next node; a text to display only goes as unstructuredSS-Notify, acknowledged by an
 * empty result; the last node's text is the result of processUnstructuredSS-Request in the TC-END.
 * An answer that names no choice gets the same prompt again. Strings are GSM 7-bit, data coding
 * scheme 0x0F, or UCS2 (0x48) for a text with characters outside that alphabet (TS 23.038 §5). Runs
 * on the HLR's thread, from MAP indications.
 */
final class UssdMenus {
  private final List<UssdMenu> menus;

  UssdMenus(List<UssdMenu> menus) {
    this.menus = List.copyOf(menus);
  }

  /**
   * Starts the menu whose service code is {@code code} in the dialogue of the request {@code
   * request}; false when there is no such menu.
   */
  boolean start(MapDialogue d, InvokeId request, String code) {
    return UssdMenu.find(menus, code)
        .map(
            m -> {
              show(d, request, m);
              return true;
            })
        .orElse(false);
  }

  private void show(MapDialogue d, InvokeId request, UssdMenu node) {
    if (node.notification().isPresent()) {
      d.invoke(
          MapOperations.UNSTRUCTURED_SS_NOTIFY,
          arg(node.notification().get()),
          c -> {
            if (c instanceof Confirmation.Result<?>) {
              present(d, request, node);
            } else {
              fail(d, request);
            }
          });
      d.send();
      return;
    }
    present(d, request, node);
  }

  private void present(MapDialogue d, InvokeId request, UssdMenu node) {
    if (!d.isOpen()) {
      return;
    }
    if (!node.isPrompt()) {
      d.returnResult(request, UssdRes.of(dcs(node.text()), encode(node.text())));
      d.close();
      return;
    }
    d.invoke(
        MapOperations.UNSTRUCTURED_SS_REQUEST,
        arg(node.text()),
        c -> {
          if (c instanceof Confirmation.Result<UssdRes> r && r.result() != null) {
            String input;
            try {
              input = text(r.result());
            } catch (MalformedMessageException e) {
              input = "";
            }
            var next = node.choice(input);
            if (next.isPresent()) {
              show(d, request, next.get());
            } else {
              present(d, request, node); // the same prompt again, without its notification
            }
          } else {
            fail(d, request);
          }
        });
    d.send();
  }

  /** The handset did not answer: processUnstructuredSS-Request fails with systemFailure. */
  private static void fail(MapDialogue d, InvokeId request) {
    if (d.isOpen()) {
      d.returnError(request, MapError.of(MapErrorCode.SYSTEM_FAILURE));
      d.close();
    }
  }

  static UssdArg arg(String text) {
    return UssdArg.of(dcs(text), encode(text));
  }

  /** GSM 7-bit (0x0F) when the text is in that alphabet, else UCS2 (0x48) (TS 23.038 §5). */
  static Octets dcs(String text) {
    return Octets.ofUnsigned(
        GsmAlphabet.canEncode(text) ? UssdString.DCS_GSM7 : UssdString.DCS_UCS2);
  }

  static Octets encode(String text) {
    return GsmAlphabet.canEncode(text) ? UssdString.encodeGsm7(text) : UssdString.encodeUcs2(text);
  }

  static String text(UssdRes r) throws MalformedMessageException {
    int dcs = r.ussdDataCodingScheme().length() > 0 ? r.ussdDataCodingScheme().get(0) : 0;
    return UssdString.decode(dcs, r.ussdString());
  }
}
