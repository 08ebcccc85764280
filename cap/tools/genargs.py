#!/usr/bin/env python3
"""Writes the SEQUENCE-typed CAP argument records of cap/src/main/java/org/ss7sim/cap/message from
the table below (TS 29.078 field tables). Run from the repository root, then
`mvn -q -pl cap spotless:apply`; edit the table, not the generated files."""
import os

OUT = "cap/src/main/java/org/ss7sim/cap/message"

# (record, operation, summary, asn1, order, fields, factory)
# field: (javaName, javaType, asnName, tagExpr, codecExpr, kind) kind: M mandatory, O optional, F flag
ARGS = [
 ("InitialDpArg", "INITIAL_DP",
  "The argument of InitialDP (TS 29.078 §6.1.1, opcode 0): the gsmSSF asks the gsmSCF for\n * instructions at a trigger detection point (O-CSI at DP2 collectedInfo, T-CSI at DP12\n * termAttemptAuthorized).",
  """InitialDPArg ::= SEQUENCE {
  serviceKey                [0]  ServiceKey,                 -- INTEGER (0..2147483647)
  calledPartyNumber         [2]  CalledPartyNumber OPTIONAL,
  callingPartyNumber        [3]  CallingPartyNumber OPTIONAL,
  callingPartysCategory     [5]  CallingPartysCategory OPTIONAL,
  cGEncountered [7], iPSSPCapabilities [8], locationNumber [10], originalCalledPartyID [12],
  extensions [15], highLayerCompatibility [23], additionalCallingPartyNumber [25],
  bearerCapability [27]                                       -- kept unmodelled
  eventTypeBCSM             [28] EventTypeBCSM OPTIONAL,
  redirectingPartyID [29], redirectionInformation [30], cause [17],
  serviceInteractionIndicatorsTwo [32], carrier [37], cug-Index [45], cug-Interlock [46],
  cug-OutgoingAccess [47]                                     -- kept unmodelled
  iMSI                      [50] IMSI OPTIONAL,
  subscriberState [51], locationInformation [52], ext-basicServiceCode [53]  -- kept unmodelled
  callReferenceNumber       [54] CallReferenceNumber OPTIONAL,   -- OCTET STRING (SIZE (1..8))
  mscAddress                [55] ISDN-AddressString OPTIONAL,
  calledPartyBCDNumber      [56] CalledPartyBCDNumber OPTIONAL,
  timeAndTimezone           [57] TimeAndTimezone OPTIONAL,       -- OCTET STRING (SIZE (8))
  callForwardingSS-Pending [58], initialDPArgExtension [59],     -- kept unmodelled
  ... }""",
  [0,2,3,5,7,8,10,12,15,23,25,27,28,29,30,17,32,37,45,46,47,50,51,52,53,54,55,56,57,58,59],
  [("serviceKey","int","serviceKey","0x80","Codecs.integer(0, Integer.MAX_VALUE)","M"),
   ("calledPartyNumber","CalledPartyNumber","calledPartyNumber","0x82","CalledPartyNumber.CODEC","O"),
   ("callingPartyNumber","CallingPartyNumber","callingPartyNumber","0x83","CallingPartyNumber.CODEC","O"),
   ("callingPartysCategory","Integer","callingPartysCategory","0x85","Codecs.OCTET","O"),
   ("eventTypeBcsm","EventTypeBcsm","eventTypeBCSM","0x9c","EventTypeBcsm.CODEC","O"),
   ("imsi","Imsi","iMSI","ctx(50)","Imsi.CODEC","O"),
   ("callReferenceNumber","Octets","callReferenceNumber","ctx(54)","Codecs.octets(1, 8)","O"),
   ("mscAddress","AddressString","mscAddress","ctx(55)","AddressString.CODEC","O"),
   ("calledPartyBcdNumber","CalledPartyBcdNumber","calledPartyBCDNumber","ctx(56)","CalledPartyBcdNumber.CODEC","O"),
   ("timeAndTimezone","Octets","timeAndTimezone","ctx(57)","Codecs.octets(8, 8)","O")],
  """  /** An O-CSI InitialDP at DP2 collectedInfo, the calling subscriber ordinary (category 0x0a). */
  public static InitialDpArg collectedInfo(
      int serviceKey, CalledPartyNumber called, CallingPartyNumber calling, Imsi imsi) {
    return new InitialDpArg(
        serviceKey, called, calling, 0x0a, EventTypeBcsm.COLLECTED_INFO, imsi, null, null, null,
        null, List.of());
  }
"""),
 ("ConnectArg", "CONNECT",
  "The argument of Connect (TS 29.078 §6.1.1, opcode 20): route the call to the destination\n * routing address.",
  """ConnectArg ::= SEQUENCE {
  destinationRoutingAddress [0] DestinationRoutingAddress,   -- SEQUENCE SIZE (1) OF CalledPartyNumber
  alertingPattern [1], originalCalledPartyID [6], extensions [10], carrier [11],
  callingPartysCategory [28], redirectingPartyID [29], redirectionInformation [30],
  genericNumbers [14], serviceInteractionIndicatorsTwo [15], chargeNumber [19],
  legToBeConnected [21], cug-Interlock [31], cug-OutgoingAccess [32],
  suppressionOfAnnouncement [55], oCSIApplicable [56], naOliInfo [57],
  bor-InterrogationRequested [58], ..., suppress-N-CSI [59]   -- kept unmodelled
  }""",
  [0,1,6,10,11,28,29,30,14,15,19,21,31,32,55,56,57,58,59],
  [("destinationRoutingAddress","List<CalledPartyNumber>","destinationRoutingAddress","0xa0","Codecs.sequenceOf(CalledPartyNumber.CODEC, 1)","M")],
  """  /** A Connect to one number. */
  public static ConnectArg to(CalledPartyNumber destination) {
    return new ConnectArg(List.of(destination), List.of());
  }
"""),
 ("RequestReportBcsmEventArg", "REQUEST_REPORT_BCSM_EVENT",
  "The argument of RequestReportBCSMEvent (TS 29.078 §6.1.1, opcode 23): arm (or disarm, with\n * transparent) event detection points.",
  """RequestReportBCSMEventArg ::= SEQUENCE {
  bcsmEvents [0] SEQUENCE SIZE (1..numOfBCSMEvents) OF BCSMEvent,   -- numOfBCSMEvents = 30
  extensions [2] Extensions OPTIONAL,                                -- kept unmodelled
  ... }""",
  [0,2],
  [("bcsmEvents","List<BcsmEvent>","bcsmEvents","0xa0","Codecs.sequenceOf(BcsmEvent.CODEC, 30)","M")],
  """  public static RequestReportBcsmEventArg of(BcsmEvent... events) {
    return new RequestReportBcsmEventArg(List.of(events), List.of());
  }
"""),
 ("EventReportBcsmArg", "EVENT_REPORT_BCSM",
  "The argument of EventReportBCSM (TS 29.078 §6.1.1, opcode 24): an armed event was met.",
  """EventReportBCSMArg ::= SEQUENCE {
  eventTypeBCSM                [0] EventTypeBCSM,
  eventSpecificInformationBCSM [2] EventSpecificInformationBCSM OPTIONAL,
  legID                        [3] ReceivingSideID OPTIONAL,
  miscCallInfo                 [4] MiscCallInfo DEFAULT {messageType request},
  extensions                   [5] Extensions OPTIONAL,            -- kept unmodelled
  ... }""",
  [0,2,3,4,5],
  [("eventType","EventTypeBcsm","eventTypeBCSM","0x80","EventTypeBcsm.CODEC","M"),
   ("eventSpecificInformation","EventSpecificInformationBcsm","eventSpecificInformationBCSM","0xa2","Codecs.explicit(EventSpecificInformationBcsm.CODEC)","O"),
   ("legId","LegId","legID","0xa3","Codecs.explicit(LegId.CODEC)","O"),
   ("miscCallInfo","MiscCallInfo","miscCallInfo","0xa4","MiscCallInfo.CODEC","O")],
  """  public static EventReportBcsmArg of(
      EventTypeBcsm type, EventSpecificInformationBcsm info, LegId leg, MiscCallInfo misc) {
    return new EventReportBcsmArg(type, info, leg, misc, List.of());
  }

  /** Whether the gsmSSF waits for instructions (messageType request, the default): an EDP-R. */
  public boolean isRequest() {
    return miscCallInfo == null || !miscCallInfo.notification();
  }
"""),
 ("ApplyChargingArg", "APPLY_CHARGING",
  "The argument of ApplyCharging (TS 29.078 §6.1.1, opcode 35): the call period the gsmSSF allows\n * before it reports with ApplyChargingReport (and, with releaseIfdurationExceeded, releases).",
  """ApplyChargingArg ::= SEQUENCE {
  aChBillingChargingCharacteristics [0] AChBillingChargingCharacteristics,
      -- OCTET STRING (SIZE (5..177)) containing CAMEL-AChBillingChargingCharacteristics
  partyToCharge                     [2] SendingSideID DEFAULT sendingSideID : leg1,
  extensions [3], aChChargingAddress [50]                     -- kept unmodelled
  ... }""",
  [0,2,3,50],
  [("charging","TimeDurationCharging","aChBillingChargingCharacteristics","0x80","Codecs.containing(TimeDurationCharging.CODEC, 5, 177)","M"),
   ("partyToCharge","LegId","partyToCharge","0xa2","Codecs.explicit(LegId.CODEC)","O")],
  """  /** Charge leg 1 (the default) for a period of {@code tenthsOfSecond}. */
  public static ApplyChargingArg of(int tenthsOfSecond, boolean releaseIfExceeded) {
    return new ApplyChargingArg(
        TimeDurationCharging.of(tenthsOfSecond, releaseIfExceeded), null, List.of());
  }
"""),
 ("CallInformationRequestArg", "CALL_INFORMATION_REQUEST",
  "The argument of CallInformationRequest (TS 29.078 §6.1.1, opcode 45).",
  """CallInformationRequestArg ::= SEQUENCE {
  requestedInformationTypeList [0] RequestedInformationTypeList,   -- SIZE (1..numOfInfoItems = 4)
  extensions                   [2] Extensions OPTIONAL,            -- kept unmodelled
  legID                        [3] SendingSideID DEFAULT sendingSideID:leg2,
  ... }""",
  [0,2,3],
  [("requestedInformationTypes","List<RequestedInformationType>","requestedInformationTypeList","0xa0","Codecs.sequenceOf(RequestedInformationType.CODEC, 4)","M"),
   ("legId","LegId","legID","0xa3","Codecs.explicit(LegId.CODEC)","O")],
  """  public static CallInformationRequestArg of(RequestedInformationType... types) {
    return new CallInformationRequestArg(List.of(types), null, List.of());
  }
"""),
 ("CallInformationReportArg", "CALL_INFORMATION_REPORT",
  "The argument of CallInformationReport (TS 29.078 §6.1.1, opcode 44).",
  """CallInformationReportArg ::= SEQUENCE {
  requestedInformationList [0] RequestedInformationList,      -- SIZE (1..numOfInfoItems = 4)
  extensions               [2] Extensions OPTIONAL,           -- kept unmodelled
  legID                    [3] ReceivingSideID DEFAULT receivingSideID:leg2,
  ... }""",
  [0,2,3],
  [("requestedInformation","List<RequestedInformation>","requestedInformationList","0xa0","Codecs.sequenceOf(RequestedInformation.CODEC, 4)","M"),
   ("legId","LegId","legID","0xa3","Codecs.explicit(LegId.CODEC)","O")],
  """  public static CallInformationReportArg of(RequestedInformation... items) {
    return new CallInformationReportArg(List.of(items), null, List.of());
  }
"""),
 ("ResetTimerArg", "RESET_TIMER",
  "The argument of ResetTimer (TS 29.078 §6.1.1, opcode 33): restart Tssf with a new value.",
  """ResetTimerArg ::= SEQUENCE {
  timerID    [0] TimerID DEFAULT tssf,        -- ENUMERATED {tssf(0)}
  timervalue [1] TimerValue,                  -- Integer4, seconds
  extensions [2] Extensions OPTIONAL, callSegmentID [3] ...   -- kept unmodelled
  ... }""",
  [0,1,2,3],
  [("timerId","Integer","timerID","0x80","Codecs.integer(0, 0)","O"),
   ("timerValue","int","timervalue","0x81","Codecs.integer(0, Integer.MAX_VALUE)","M")],
  """  /** Tssf (the default timer) to {@code seconds}. */
  public static ResetTimerArg tssf(int seconds) {
    return new ResetTimerArg(null, seconds, List.of());
  }
"""),
 ("InitialDpSmsArg", "INITIAL_DP_SMS",
  "The argument of InitialDPSMS (TS 29.078 §7.1.1, opcode 60): the gsmSSF (MSC) asks the gsmSCF\n * for instructions on a mobile-originated short message (MO-SMS-CSI at sms-CollectedInfo).",
  """InitialDPSMSArg ::= SEQUENCE {
  serviceKey                  [0] ServiceKey,
  destinationSubscriberNumber [1] CalledPartyBCDNumber OPTIONAL,
  callingPartyNumber          [2] SMS-AddressString OPTIONAL,
  eventTypeSMS                [3] EventTypeSMS OPTIONAL,
  iMSI                        [4] IMSI OPTIONAL,
  locationInformationMSC [5], locationInformationGPRS [6]     -- kept unmodelled
  sMSCAddress                 [7] ISDN-AddressString OPTIONAL,
  timeAndTimezone             [8] TimeAndTimezone OPTIONAL,
  tPShortMessageSpecificInfo  [9] TPShortMessageSpecificInfo OPTIONAL,   -- OCTET STRING (SIZE (1))
  tPProtocolIdentifier        [10] TPProtocolIdentifier OPTIONAL,        -- OCTET STRING (SIZE (1))
  tPDataCodingScheme          [11] TPDataCodingScheme OPTIONAL,          -- OCTET STRING (SIZE (1))
  tPValidityPeriod            [12] TPValidityPeriod OPTIONAL,            -- OCTET STRING (SIZE (1..7))
  extensions [13],                                                       -- kept unmodelled
  ...,
  smsReferenceNumber          [14] CallReferenceNumber OPTIONAL,
  mscAddress                  [15] ISDN-AddressString OPTIONAL,
  sgsn-Number [16], ms-Classmark2 [17], gPRSMSClass [18], iMEI [19],
  calledPartyNumber [20]                                                 -- kept unmodelled
  }""",
  list(range(0,21)),
  [("serviceKey","int","serviceKey","0x80","Codecs.integer(0, Integer.MAX_VALUE)","M"),
   ("destinationSubscriberNumber","CalledPartyBcdNumber","destinationSubscriberNumber","0x81","CalledPartyBcdNumber.CODEC","O"),
   ("callingPartyNumber","AddressString","callingPartyNumber","0x82","AddressString.CODEC","O"),
   ("eventTypeSms","EventTypeSms","eventTypeSMS","0x83","EventTypeSms.CODEC","O"),
   ("imsi","Imsi","iMSI","0x84","Imsi.CODEC","O"),
   ("smscAddress","AddressString","sMSCAddress","0x87","AddressString.CODEC","O"),
   ("timeAndTimezone","Octets","timeAndTimezone","0x88","Codecs.octets(8, 8)","O"),
   ("tpShortMessageSpecificInfo","Integer","tPShortMessageSpecificInfo","0x89","Codecs.OCTET","O"),
   ("tpProtocolIdentifier","Integer","tPProtocolIdentifier","0x8a","Codecs.OCTET","O"),
   ("tpDataCodingScheme","Integer","tPDataCodingScheme","0x8b","Codecs.OCTET","O"),
   ("tpValidityPeriod","Octets","tPValidityPeriod","0x8c","Codecs.octets(1, 7)","O"),
   ("smsReferenceNumber","Octets","smsReferenceNumber","0x8e","Codecs.octets(1, 8)","O"),
   ("mscAddress","AddressString","mscAddress","0x8f","AddressString.CODEC","O")],
  """  /** An MO InitialDPSMS at sms-CollectedInfo. */
  public static InitialDpSmsArg collectedInfo(
      int serviceKey,
      CalledPartyBcdNumber destination,
      AddressString calling,
      Imsi imsi,
      AddressString smsc) {
    return new InitialDpSmsArg(
        serviceKey, destination, calling, EventTypeSms.SMS_COLLECTED_INFO, imsi, smsc, null, null,
        null, null, null, null, null, List.of());
  }
"""),
 ("ConnectSmsArg", "CONNECT_SMS",
  "The argument of ConnectSMS (TS 29.078 §7.1.1, opcode 62): submit the short message with\n * changed addresses.",
  """ConnectSMSArg ::= SEQUENCE {
  callingPartysNumber         [0] SMS-AddressString OPTIONAL,
  destinationSubscriberNumber [1] CalledPartyBCDNumber OPTIONAL,
  sMSCAddress                 [2] ISDN-AddressString OPTIONAL,
  extensions                  [10] Extensions OPTIONAL,      -- kept unmodelled
  ... }""",
  [0,1,2,10],
  [("callingPartysNumber","AddressString","callingPartysNumber","0x80","AddressString.CODEC","O"),
   ("destinationSubscriberNumber","CalledPartyBcdNumber","destinationSubscriberNumber","0x81","CalledPartyBcdNumber.CODEC","O"),
   ("smscAddress","AddressString","sMSCAddress","0x82","AddressString.CODEC","O")],
  ""),
 ("RequestReportSmsEventArg", "REQUEST_REPORT_SMS_EVENT",
  "The argument of RequestReportSMSEvent (TS 29.078 §7.1.1, opcode 63).",
  """RequestReportSMSEventArg ::= SEQUENCE {
  sMSEvents  [0] SEQUENCE SIZE (1..numOfSMSEvents) OF SMSEvent,   -- numOfSMSEvents = 10
  extensions [10] Extensions OPTIONAL,                            -- kept unmodelled
  ... }""",
  [0,10],
  [("smsEvents","List<SmsEvent>","sMSEvents","0xa0","Codecs.sequenceOf(SmsEvent.CODEC, 10)","M")],
  """  public static RequestReportSmsEventArg of(SmsEvent... events) {
    return new RequestReportSmsEventArg(List.of(events), List.of());
  }
"""),
 ("EventReportSmsArg", "EVENT_REPORT_SMS",
  "The argument of EventReportSMS (TS 29.078 §7.1.1, opcode 64).",
  """EventReportSMSArg ::= SEQUENCE {
  eventTypeSMS                [0] EventTypeSMS,
  eventSpecificInformationSMS [1] EventSpecificInformationSMS OPTIONAL,
  miscCallInfo                [2] MiscCallInfo DEFAULT {messageType request},
  extensions                  [10] Extensions OPTIONAL,      -- kept unmodelled
  ... }""",
  [0,1,2,10],
  [("eventType","EventTypeSms","eventTypeSMS","0x80","EventTypeSms.CODEC","M"),
   ("eventSpecificInformation","EventSpecificInformationSms","eventSpecificInformationSMS","0xa1","Codecs.explicit(EventSpecificInformationSms.CODEC)","O"),
   ("miscCallInfo","MiscCallInfo","miscCallInfo","0xa2","MiscCallInfo.CODEC","O")],
  """  public static EventReportSmsArg of(
      EventTypeSms type, EventSpecificInformationSms info, MiscCallInfo misc) {
    return new EventReportSmsArg(type, info, misc, List.of());
  }
"""),
]

ASN_NAMES = {
    "InitialDpArg": "InitialDPArg", "ConnectArg": "ConnectArg",
    "RequestReportBcsmEventArg": "RequestReportBCSMEventArg",
    "EventReportBcsmArg": "EventReportBCSMArg", "ApplyChargingArg": "ApplyChargingArg",
    "CallInformationRequestArg": "CallInformationRequestArg",
    "CallInformationReportArg": "CallInformationReportArg", "ResetTimerArg": "ResetTimerArg",
    "InitialDpSmsArg": "InitialDPSMSArg", "ConnectSmsArg": "ConnectSMSArg",
    "RequestReportSmsEventArg": "RequestReportSMSEventArg", "EventReportSmsArg": "EventReportSMSArg",
}

def boxed(t):
    return {"int":"Integer","boolean":"Boolean","long":"Long"}.get(t,t)

for (name, op, summary, asn, order, fields, factory) in ARGS:
    comps = ",\n".join(f"    {t} {n}" for (n,t,_,_,_,_) in fields) + ",\n    List<RawElement> unmodelled"
    fl = []
    for (n,t,a,tag,codec,k) in fields:
        kind = {"M":"mandatory","O":"optional"}[k]
        fl.append(f'              Field.{kind}("{a}", {tag}, {codec})')
    getters = ", ".join(f"v.get({i})" for i in range(len(fields)))
    parts = ", ".join(f"x.{n}" for (n,_,_,_,_,_) in fields)
    checks = []
    for (n,t,a,tag,codec,k) in fields:
        if k == "M" and t not in ("int","long","boolean"):
            checks.append(f'    java.util.Objects.requireNonNull({n}, "{n}");')
        if t.startswith("List<"):
            checks.append(f'    {n} = List.copyOf({n});')
    checks.append("    unmodelled = List.copyOf(unmodelled);")
    params = []
    for (n,t,a,tag,codec,k) in fields:
        if k == "O":
            params.append(f" * @param {n} null when absent")
    imports = ["import static org.ss7sim.wire.ber.SequenceOut.ctx;", "",
               "import java.util.List;", "import org.ss7sim.wire.ber.BerCodec;",
               "import org.ss7sim.wire.ber.Codecs;", "import org.ss7sim.wire.ber.Field;",
               "import org.ss7sim.wire.ber.RawElement;", "import org.ss7sim.wire.ber.SequenceCodec;"]
    if any(t == "Octets" for (_,t,_,_,_,_) in fields):
        imports.append("import org.ss7sim.wire.Octets;")
    for gsm in ("AddressString", "Imsi"):
        if any(t == gsm for (_,t,_,_,_,_) in fields):
            imports.append("import org.ss7sim.wire.gsm." + gsm + ";")
    imports.append("import org.ss7sim.wire.ber.BerTag;")
    orderexpr = ", ".join(f"ctx({o})" for o in order)
    asn_doc = "\n".join(" * " + l if l else " *" for l in asn.splitlines())
    param_doc = ("\n *\n" + "\n".join(params)) if params else ""
    src = f"""// Generated by cap/tools/genargs.py from its table of TS 29.078 types; edit the table, not this
// file.
package org.ss7sim.cap.message;

{chr(10).join(imports)}

/**
 * {summary}
 *
 * <pre>
{asn_doc}
 * </pre>
 *
 * <p>Components not listed as record components are kept in {{@code unmodelled}}, in wire order, and
 * written back in their ASN.1 place.{param_doc}
 */
public record {name}(
{comps})
    implements CapArgument {{
  /** The SEQUENCE codec. */
  public static final SequenceCodec<{name}> SEQUENCE_CODEC =
      new SequenceCodec<>(
          "{ASN_NAMES[name]}",
          BerTag.SEQUENCE,
          SequenceCodec.order({orderexpr}),
          List.of(
{(","+chr(10)).join(fl)}),
          v -> new {name}({getters}, v.rest()),
          x -> new Object[] {{{parts}}},
          {name}::unmodelled);

  public static final BerCodec<{name}> CODEC = SEQUENCE_CODEC;

  public {name} {{
{chr(10).join(checks)}
  }}

{factory}
  @Override
  public CapOperation operation() {{
    return CapOperation.{op};
  }}
}}
"""
    src = src.replace("\n\n\n", "\n\n")
    with open(os.path.join(OUT, name + ".java"), "w") as f:
        f.write(src)
print("ok")
