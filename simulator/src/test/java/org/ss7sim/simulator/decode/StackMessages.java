package org.ss7sim.simulator.decode;

import java.util.List;
import org.ss7sim.inap.message.CalledPartyNumber;
import org.ss7sim.inap.message.CallingPartyNumber;
import org.ss7sim.inap.message.ConnectArg;
import org.ss7sim.inap.message.InapCodec;
import org.ss7sim.inap.message.InapOperation;
import org.ss7sim.inap.message.InitialDpArg;
import org.ss7sim.inap.message.NatureOfAddress;
import org.ss7sim.m3ua.message.Data;
import org.ss7sim.m3ua.message.M3uaCodec;
import org.ss7sim.m3ua.message.ProtocolData;
import org.ss7sim.sccp.GlobalTitle;
import org.ss7sim.sccp.ProtocolClass;
import org.ss7sim.sccp.SccpAddress;
import org.ss7sim.sccp.Ssn;
import org.ss7sim.sccp.message.ProtocolClassField;
import org.ss7sim.sccp.message.SccpMessageCodec;
import org.ss7sim.sccp.message.Unitdata;
import org.ss7sim.tcap.component.Component;
import org.ss7sim.tcap.component.Invoke;
import org.ss7sim.tcap.component.InvokeId;
import org.ss7sim.tcap.dialogue.Aarq;
import org.ss7sim.tcap.dialogue.DialoguePortion;
import org.ss7sim.tcap.message.TcMessage;
import org.ss7sim.tcap.message.TcMessageCodec;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.ber.ObjectIdentifier;

/** Builds whole M3UA DATA messages (MTP3 → SCCP UDT → TCAP) for decode tests. */
final class StackMessages {
  /** Core-INAP-CS1-SSP-to-SCP-AC (ETS 300 374-1). */
  static final ObjectIdentifier INAP_ACN = ObjectIdentifier.of(0, 4, 0, 1, 1, 1, 0, 0);

  private StackMessages() {}

  static SccpAddress gt(String digits, int ssn) {
    return SccpAddress.ofGlobalTitle(GlobalTitle.e164(digits), new Ssn(ssn));
  }

  /** M3UA DATA (rc 1) carrying {@code tcap} in a UDT from {@code calling} to {@code called}. */
  static Octets m3ua(TcMessage tcap, SccpAddress called, SccpAddress calling) {
    Octets sccp =
        SccpMessageCodec.encode(
            new Unitdata(
                ProtocolClassField.of(ProtocolClass.CLASS_0, false),
                called,
                calling,
                TcMessageCodec.encode(tcap)));
    return M3uaCodec.encode(
        new Data(null, List.of(1L), new ProtocolData(1, 2, 3, 2, 0, 0, sccp), null, List.of()));
  }

  static Invoke initialDp(int invokeId, long serviceKey, String called, String calling) {
    return new Invoke(
        InvokeId.of(invokeId),
        null,
        InapOperation.INITIAL_DP.opCode(),
        InapCodec.encode(
            InitialDpArg.of(
                serviceKey,
                CalledPartyNumber.of(NatureOfAddress.NATIONAL, called),
                CallingPartyNumber.of(NatureOfAddress.NATIONAL, calling))));
  }

  static Invoke connect(int invokeId, String destination) {
    return new Invoke(
        InvokeId.of(invokeId),
        null,
        InapOperation.CONNECT.opCode(),
        InapCodec.encode(
            ConnectArg.to(CalledPartyNumber.of(NatureOfAddress.NATIONAL, destination))));
  }

  static DialoguePortion aarq(ObjectIdentifier acn) {
    return new DialoguePortion(Aarq.of(acn, null));
  }

  static List<Component> components(Component... c) {
    return List.of(c);
  }
}
