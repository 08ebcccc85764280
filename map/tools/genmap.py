#!/usr/bin/env python3
"""Generates the MAP parameter records of org.ss7sim.map.message from the table below.

Each entry is a SEQUENCE type of TS 29.002 §17.7: its modelled components (in ASN.1 order) and the
tags of all components up to the last modelled one (so unmodelled elements go back to their place).
Run: python3 map/tools/genmap.py [SOURCE_ROOT]
SOURCE_ROOT defaults to map/src/main/java; GeneratedSourcesDriftTest passes a temporary directory
and compares what is generated there with the checked-in sources.
"""
import os
import sys

ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
    os.path.dirname(os.path.abspath(__file__)), '..', 'src/main/java')
OUT = os.path.join(ROOT, 'org/ss7sim/map/message')

# kind: M mandatory, O optional, F NULL flag.  tag: Java expression ("-1" for an untagged CHOICE)
# type: Java type; codec: Java expression
T = {
    'addr': ('AddressString', 'AddressString.CODEC'),
    'imsi': ('Imsi', 'Imsi.CODEC'),
    'lmsi': ('Lmsi', 'Lmsi.CODEC'),
    'ext': ('ExtensionContainer', 'ExtensionContainer.CODEC'),
    'oct': ('Octets', 'Codecs.OCTETS'),
    'int': ('Integer', 'Codecs.INTEGER'),
    'bool': ('Boolean', 'Codecs.BOOLEAN'),
    'bits': ('BitString', 'Codecs.BITS'),
    'da': ('SmRpDa', 'SmRpDa.CODEC'),
    'oa': ('SmRpOa', 'SmRpOa.CODEC'),
    'locinfo': ('LocationInformation', 'LocationInformation.CODEC'),
    'substate': ('SubscriberState', 'Codecs.explicit(SubscriberState.CODEC)'),
    'octlist': ('List<Octets>', 'Codecs.sequenceOf(Codecs.OCTETS, 50)'),
    'liwl': ('LocationInfoWithLmsi', 'LocationInfoWithLmsi.CODEC'),
    'resync': ('ReSynchronisationInfo', 'ReSynchronisationInfo.CODEC'),
    'reqinfo': ('RequestedInfo', 'RequestedInfo.CODEC'),
    'subinfo': ('SubscriberInfo', 'SubscriberInfo.CODEC'),
    'subid': ('SubscriberIdentity', 'Codecs.explicit(SubscriberIdentity.CODEC)'),
    'identity': ('Identity', 'Identity.CODEC'),
    'authsets': ('AuthenticationSetList', 'AuthenticationSetList.CODEC'),
    'oid': ('ObjectIdentifier', 'Codecs.OID'),
    'abortchoice': ('UserAbortChoice', 'UserAbortChoice.CODEC'),
    'sscode': ('SsCode', 'SsCode.CODEC'),
    'sstatus': ('Octets', 'Codecs.octets(1, 1)'),
    'bsc': ('BasicServiceCode', 'BasicServiceCode.CODEC'),
    'bsclist': ('List<BasicServiceCode>', 'Codecs.sequenceOf(BasicServiceCode.CODEC, 13)'),
    'fflist': ('List<ForwardingFeature>', 'Codecs.sequenceOf(ForwardingFeature.CODEC, 13)'),
    'cbflist': ('List<CallBarringFeature>', 'Codecs.sequenceOf(CallBarringFeature.CODEC, 13)'),
    'fwddata': ('ForwardingData', 'ForwardingData.CODEC'),
    'obcsmlist': ('List<OBcsmCamelTdpData>', 'Codecs.sequenceOf(OBcsmCamelTdpData.CODEC, 10)'),
    'tbcsmlist': ('List<TBcsmCamelTdpData>', 'Codecs.sequenceOf(TBcsmCamelTdpData.CODEC, 10)'),
    'smstdplist': ('List<SmsCamelTdpData>', 'Codecs.sequenceOf(SmsCamelTdpData.CODEC, 10)'),
    'ocsi': ('OCsi', 'OCsi.CODEC'),
    'tcsi': ('TCsi', 'TCsi.CODEC'),
    'smscsi': ('SmsCsi', 'SmsCsi.CODEC'),
    'gmsccsi': ('GmscCamelSubscriptionInfo', 'GmscCamelSubscriptionInfo.CODEC'),
    'extfflist': ('List<ExtForwFeature>', 'Codecs.sequenceOf(ExtForwFeature.CODEC, 13)'),
    'extcbflist': ('List<ExtCallBarringFeature>', 'Codecs.sequenceOf(ExtCallBarringFeature.CODEC, 13)'),
}

def c(n):
    return 'ctx(%d)' % n

MSGS = []
def msg(name, asn, spec, fields, order, doc, param=True, tag='BerTag.SEQUENCE', bare=None, pkg='message', iface=None):
    MSGS.append(dict(name=name, asn=asn, spec=spec, fields=fields, order=order, doc=doc, param=param,
                     tag=tag, bare=bare, pkg=pkg, iface=iface))

# ---------------------------------------------------------------- short message service (§12, §17.7.6)
msg('RoutingInfoForSmArg', 'RoutingInfoForSM-Arg', '§12.1', [
    ('msisdn', 'msisdn', 'addr', '0x80', 'M'),
    ('smRpPri', 'sm-RP-PRI', 'bool', '0x81', 'M'),
    ('serviceCentreAddress', 'serviceCentreAddress', 'addr', '0x82', 'M'),
    ('extensionContainer', 'extensionContainer', 'ext', '0xa6', 'O'),
    ('gprsSupportIndicator', 'gprsSupportIndicator', None, '0x87', 'F'),
    ('smRpMti', 'sm-RP-MTI', 'int', '0x88', 'O'),
    ('smRpSmea', 'sm-RP-SMEA', 'oct', '0x89', 'O'),
    ('imsi', 'imsi', 'imsi', '0x8c', 'O'),
], [c(0), c(1), c(2), c(6), c(7), c(8), c(9), c(10), c(11), c(12)],
"""msisdn [0] ISDN-AddressString, sm-RP-PRI [1] BOOLEAN, serviceCentreAddress [2] AddressString,
extensionContainer [6] OPTIONAL, ..., gprsSupportIndicator [7] NULL, sm-RP-MTI [8] INTEGER,
sm-RP-SMEA [9] OCTET STRING, sm-deliveryNotIntended [10], ip-sm-gwGuidanceIndicator [11], imsi [12] IMSI,
t4-Trigger-Indicator [14], single-attempt-delivery [13], correlationID [15], smsf-supportIndicator [16]""")

msg('LocationInfoWithLmsi', 'LocationInfoWithLMSI', '§12.1', [
    ('networkNodeNumber', 'networkNode-Number', 'addr', '0x81', 'M'),
    ('lmsi', 'lmsi', 'lmsi', 'BerTag.OCTET_STRING', 'O'),
    ('extensionContainer', 'extensionContainer', 'ext', 'BerTag.SEQUENCE', 'O'),
    ('gprsNodeIndicator', 'gprsNodeIndicator', None, '0x85', 'F'),
], [c(1), '0x04', '0x30', c(5)],
"""networkNode-Number [1] ISDN-AddressString, lmsi LMSI OPTIONAL, extensionContainer OPTIONAL, ...,
gprsNodeIndicator [5] NULL, additional-Number [6] CHOICE {msc-Number [0], sgsn-Number [1]},
networkNodeDiameterAddress [7], additionalNetworkNodeDiameterAddress [8], thirdNumber [9], ...""", param=False)

msg('RoutingInfoForSmRes', 'RoutingInfoForSM-Res', '§12.1', [
    ('imsi', 'imsi', 'imsi', 'BerTag.OCTET_STRING', 'M'),
    ('locationInfoWithLmsi', 'locationInfoWithLMSI', 'liwl', '0xa0', 'M'),
    ('extensionContainer', 'extensionContainer', 'ext', '0xa4', 'O'),
], ['0x04', c(0), c(4)],
"""imsi IMSI, locationInfoWithLMSI [0] LocationInfoWithLMSI, extensionContainer [4] OPTIONAL, ...,
ip-sm-gwGuidance [5], mwd-Set [2] BOOLEAN, smsf-3gpp-Address [3], ...""")

msg('MtForwardSmArg', 'MT-ForwardSM-Arg', '§12.9', [
    ('smRpDa', 'sm-RP-DA', 'da', '-1', 'M'),
    ('smRpOa', 'sm-RP-OA', 'oa', '-1', 'M'),
    ('smRpUi', 'sm-RP-UI', 'oct', 'BerTag.OCTET_STRING', 'M'),
    ('moreMessagesToSend', 'moreMessagesToSend', None, 'BerTag.NULL', 'F'),
    ('extensionContainer', 'extensionContainer', 'ext', 'BerTag.SEQUENCE', 'O'),
], ['0x80', '0x81', '0x82', '0x84', '0x85', '0x04', '0x05', '0x30'],
"""sm-RP-DA SM-RP-DA, sm-RP-OA SM-RP-OA, sm-RP-UI SignalInfo, moreMessagesToSend NULL OPTIONAL,
extensionContainer OPTIONAL, ..., smDeliveryTimer [0], smDeliveryStartTime [1], smsOverIP-OnlyIndicator [2],
correlationID [3], maximumRetransmissionTime [4], smsGmscAddress [5], smsGmscDiameterAddress [6]""")

msg('MtForwardSmRes', 'MT-ForwardSM-Res', '§12.9', [
    ('smRpUi', 'sm-RP-UI', 'oct', 'BerTag.OCTET_STRING', 'O'),
    ('extensionContainer', 'extensionContainer', 'ext', 'BerTag.SEQUENCE', 'O'),
], ['0x04', '0x30'], """sm-RP-UI SignalInfo OPTIONAL, extensionContainer OPTIONAL, ...""")

msg('MoForwardSmArg', 'MO-ForwardSM-Arg', '§12.2', [
    ('smRpDa', 'sm-RP-DA', 'da', '-1', 'M'),
    ('smRpOa', 'sm-RP-OA', 'oa', '-1', 'M'),
    ('smRpUi', 'sm-RP-UI', 'oct', 'BerTag.OCTET_STRING', 'M'),
    ('extensionContainer', 'extensionContainer', 'ext', 'BerTag.SEQUENCE', 'O'),
    ('imsi', 'imsi', 'imsi', 'BerTag.OCTET_STRING', 'O'),
], ['0x80', '0x81', '0x82', '0x84', '0x85', '0x04', '0x30'],
"""sm-RP-DA SM-RP-DA, sm-RP-OA SM-RP-OA, sm-RP-UI SignalInfo, extensionContainer OPTIONAL, ...,
imsi IMSI OPTIONAL, correlationID [0], sm-DeliveryOutcome [1]""")

msg('MoForwardSmRes', 'MO-ForwardSM-Res', '§12.2', [
    ('smRpUi', 'sm-RP-UI', 'oct', 'BerTag.OCTET_STRING', 'O'),
    ('extensionContainer', 'extensionContainer', 'ext', 'BerTag.SEQUENCE', 'O'),
], ['0x04', '0x30'], """sm-RP-UI SignalInfo OPTIONAL, extensionContainer OPTIONAL, ...""")

msg('ForwardSmArg', 'ForwardSM-Arg', '§12.2 (v1/v2 forwardSM)', [
    ('smRpDa', 'sm-RP-DA', 'da', '-1', 'M'),
    ('smRpOa', 'sm-RP-OA', 'oa', '-1', 'M'),
    ('smRpUi', 'sm-RP-UI', 'oct', 'BerTag.OCTET_STRING', 'M'),
    ('moreMessagesToSend', 'moreMessagesToSend', None, 'BerTag.NULL', 'F'),
], ['0x80', '0x81', '0x82', '0x84', '0x85', '0x04', '0x05'],
"""sm-RP-DA SM-RP-DA, sm-RP-OA SM-RP-OA, sm-RP-UI SignalInfo, moreMessagesToSend NULL OPTIONAL (v2), ...""")

msg('ReportSmDeliveryStatusArg', 'ReportSM-DeliveryStatusArg', '§12.3', [
    ('msisdn', 'msisdn', 'addr', 'BerTag.OCTET_STRING', 'M'),
    ('serviceCentreAddress', 'serviceCentreAddress', 'addr', 'BerTag.OCTET_STRING', 'M'),
    ('smDeliveryOutcome', 'sm-DeliveryOutcome', 'int', 'BerTag.ENUMERATED', 'O'),
    ('absentSubscriberDiagnosticSm', 'absentSubscriberDiagnosticSM', 'int', '0x80', 'O'),
    ('extensionContainer', 'extensionContainer', 'ext', '0xa1', 'O'),
    ('gprsSupportIndicator', 'gprsSupportIndicator', None, '0x82', 'F'),
    ('deliveryOutcomeIndicator', 'deliveryOutcomeIndicator', None, '0x83', 'F'),
    ('additionalSmDeliveryOutcome', 'additionalSM-DeliveryOutcome', 'int', '0x84', 'O'),
    ('additionalAbsentSubscriberDiagnosticSm', 'additionalAbsentSubscriberDiagnosticSM', 'int', '0x85', 'O'),
], ['0x04', '0x0a', c(0), c(1), c(2), c(3), c(4), c(5)],
"""msisdn ISDN-AddressString, serviceCentreAddress AddressString, sm-DeliveryOutcome ENUMERATED
{memoryCapacityExceeded (0), absentSubscriber (1), successfulTransfer (2)} (absent in v1),
absentSubscriberDiagnosticSM [0] OPTIONAL, extensionContainer [1] OPTIONAL, ..., gprsSupportIndicator [2],
deliveryOutcomeIndicator [3], additionalSM-DeliveryOutcome [4], additionalAbsentSubscriberDiagnosticSM [5],
ip-sm-gw-Indicator [6], ip-sm-gw-sm-deliveryOutcome [7], ip-sm-gw-absentSubscriberDiagnosticSM [8], imsi [9], ...""")

msg('ReportSmDeliveryStatusRes', 'ReportSM-DeliveryStatusRes', '§12.3', [
    ('storedMsisdn', 'storedMSISDN', 'addr', 'BerTag.OCTET_STRING', 'O'),
    ('extensionContainer', 'extensionContainer', 'ext', 'BerTag.SEQUENCE', 'O'),
], ['0x04', '0x30'], """storedMSISDN ISDN-AddressString OPTIONAL, extensionContainer OPTIONAL, ...
(v2: the bare ISDN-AddressString)""", bare=0)

msg('AlertServiceCentreArg', 'AlertServiceCentreArg', '§12.4', [
    ('msisdn', 'msisdn', 'addr', 'BerTag.OCTET_STRING', 'M'),
    ('serviceCentreAddress', 'serviceCentreAddress', 'addr', 'BerTag.OCTET_STRING', 'M'),
    ('imsi', 'imsi', 'imsi', 'BerTag.OCTET_STRING', 'O'),
], ['0x04'], """msisdn ISDN-AddressString, serviceCentreAddress AddressString, ..., imsi IMSI OPTIONAL,
correlationID [0], maximumUeAvailabilityTime [1], smsGmscAlertEvent [2], smsGmscDiameterAddress [3], ...""")

msg('InformServiceCentreArg', 'InformServiceCentreArg', '§12.6', [
    ('storedMsisdn', 'storedMSISDN', 'addr', 'BerTag.OCTET_STRING', 'O'),
    ('mwStatus', 'mw-Status', 'bits', 'BerTag.BIT_STRING', 'O'),
    ('extensionContainer', 'extensionContainer', 'ext', 'BerTag.SEQUENCE', 'O'),
    ('absentSubscriberDiagnosticSm', 'absentSubscriberDiagnosticSM', 'int', 'BerTag.INTEGER', 'O'),
    ('additionalAbsentSubscriberDiagnosticSm', 'additionalAbsentSubscriberDiagnosticSM', 'int', '0x80', 'O'),
], ['0x04', '0x03', '0x30', '0x02', c(0)],
"""storedMSISDN ISDN-AddressString OPTIONAL, mw-Status MW-Status (BIT STRING {sc-AddressNotIncluded (0),
mnrf-Set (1), mcef-Set (2), mnrg-Set (3), mnr5g-Set (4), mnr5gn3g-Set (5)}) OPTIONAL, extensionContainer OPTIONAL,
..., absentSubscriberDiagnosticSM OPTIONAL, additionalAbsentSubscriberDiagnosticSM [0] OPTIONAL, ...""")

msg('ReadyForSmArg', 'ReadyForSM-Arg', '§12.5', [
    ('imsi', 'imsi', 'imsi', '0x80', 'M'),
    ('alertReason', 'alertReason', 'int', 'BerTag.ENUMERATED', 'M'),
    ('alertReasonIndicator', 'alertReasonIndicator', None, 'BerTag.NULL', 'F'),
    ('extensionContainer', 'extensionContainer', 'ext', 'BerTag.SEQUENCE', 'O'),
    ('additionalAlertReasonIndicator', 'additionalAlertReasonIndicator', None, '0x81', 'F'),
], [c(0), '0x0a', '0x05', '0x30', c(1)],
"""imsi [0] IMSI, alertReason ENUMERATED {ms-Present (0), memoryAvailable (1)}, alertReasonIndicator NULL
OPTIONAL, extensionContainer OPTIONAL, ..., additionalAlertReasonIndicator [1] NULL OPTIONAL, maximumUeAvailabilityTime""")

msg('ReadyForSmRes', 'ReadyForSM-Res', '§12.5', [
    ('extensionContainer', 'extensionContainer', 'ext', 'BerTag.SEQUENCE', 'O'),
], ['0x30'], """extensionContainer OPTIONAL, ...""")

# ---------------------------------------------------------------- mobility (§8, §17.7.1)
msg('UpdateLocationArg', 'UpdateLocationArg', '§8.1.2', [
    ('imsi', 'imsi', 'imsi', 'BerTag.OCTET_STRING', 'M'),
    ('roamingNumber', 'roamingNumber (v1 locationInfo)', 'addr', '0x80', 'O'),
    ('mscNumber', 'msc-Number', 'addr', '0x81', 'O'),
    ('vlrNumber', 'vlr-Number', 'addr', 'BerTag.OCTET_STRING', 'M'),
    ('lmsi', 'lmsi', 'lmsi', '0x8a', 'O'),
    ('extensionContainer', 'extensionContainer', 'ext', 'BerTag.SEQUENCE', 'O'),
], ['0x04', c(0), c(1), c(10), '0x30'],
"""imsi IMSI, msc-Number [1] ISDN-AddressString (v1: locationInfo CHOICE {roamingNumber [0], msc-Number [1]}),
vlr-Number ISDN-AddressString, lmsi [10] LMSI OPTIONAL, extensionContainer OPTIONAL, ..., vlr-Capability [6],
informPreviousNetworkEntity [11], cs-LCS-NotSupportedByUE [12], v-gmlc-Address [2], add-info [13],
pagingArea [14], skipSubscriberDataUpdate [15], restorationIndicator [16], eplmn-List [3], mme-DiameterAddress [4]""")

msg('UpdateLocationRes', 'UpdateLocationRes', '§8.1.2', [
    ('hlrNumber', 'hlr-Number', 'addr', 'BerTag.OCTET_STRING', 'M'),
    ('extensionContainer', 'extensionContainer', 'ext', 'BerTag.SEQUENCE', 'O'),
    ('addCapability', 'add-Capability', None, 'BerTag.NULL', 'F'),
    ('pagingAreaCapability', 'pagingArea-Capability', None, '0x80', 'F'),
], ['0x04', '0x30', '0x05', c(0)],
"""hlr-Number ISDN-AddressString, extensionContainer OPTIONAL, ..., add-Capability NULL, pagingArea-Capability [0] NULL
(v1: the bare hlr-Number)""", bare=0)

msg('CancelLocationArg', 'CancelLocationArg', '§8.1.3', [
    ('identity', 'identity', 'identity', '-1', 'M'),
    ('cancellationType', 'cancellationType', 'int', 'BerTag.ENUMERATED', 'O'),
    ('extensionContainer', 'extensionContainer', 'ext', 'BerTag.SEQUENCE', 'O'),
    ('typeOfUpdate', 'typeOfUpdate', 'int', '0x80', 'O'),
], ['0x04', '0x30', '0x0a', '0x30', c(0)],
"""[3] SEQUENCE { identity Identity, cancellationType ENUMERATED {updateProcedure (0), subscriptionWithdraw (1),
initialAttachProcedure (2)} OPTIONAL, extensionContainer OPTIONAL, ..., typeOfUpdate [0], mtrf-SupportedAndAuthorized [1],
mtrf-SupportedAndNotAuthorized [2], newMSC-Number [3], newVLR-Number [4], new-lmsi [5], reattach-Required [6] }
(v1/v2: the bare Identity)""", tag='0xa3', bare=0)

msg('CancelLocationRes', 'CancelLocationRes', '§8.1.3', [
    ('extensionContainer', 'extensionContainer', 'ext', 'BerTag.SEQUENCE', 'O'),
], ['0x30'], """extensionContainer OPTIONAL, ...""")

msg('PurgeMsArg', 'PurgeMS-Arg', '§8.1.6', [
    ('imsi', 'imsi', 'imsi', 'BerTag.OCTET_STRING', 'M'),
    ('vlrNumber', 'vlr-Number', 'addr', '0x80', 'O'),
    ('sgsnNumber', 'sgsn-Number', 'addr', '0x81', 'O'),
    ('extensionContainer', 'extensionContainer', 'ext', 'BerTag.SEQUENCE', 'O'),
], ['0x04', c(0), c(1), '0x30'],
"""[3] SEQUENCE { imsi IMSI, vlr-Number [0] ISDN-AddressString OPTIONAL, sgsn-Number [1] OPTIONAL,
extensionContainer OPTIONAL, ..., locationInformation [2], locationInformationGPRS [3], ... }""", tag='0xa3')

msg('PurgeMsRes', 'PurgeMS-Res', '§8.1.6', [
    ('freezeTmsi', 'freezeTMSI', None, '0x80', 'F'),
    ('freezePTmsi', 'freezeP-TMSI', None, '0x81', 'F'),
    ('extensionContainer', 'extensionContainer', 'ext', 'BerTag.SEQUENCE', 'O'),
    ('freezeMTmsi', 'freezeM-TMSI', None, '0x82', 'F'),
], [c(0), c(1), '0x30', c(2)], """freezeTMSI [0] NULL, freezeP-TMSI [1] NULL, extensionContainer, ..., freezeM-TMSI [2] NULL""")

msg('InsertSubscriberDataArg', 'InsertSubscriberDataArg', '§8.8.1', [
    ('imsi', 'imsi', 'imsi', '0x80', 'O'),
    ('msisdn', 'msisdn', 'addr', '0x81', 'O'),
    ('category', 'category', 'oct', '0x82', 'O'),
    ('subscriberStatus', 'subscriberStatus', 'int', '0x83', 'O'),
    ('bearerServiceList', 'bearerServiceList', 'octlist', '0xa4', 'O'),
    ('teleserviceList', 'teleserviceList', 'octlist', '0xa6', 'O'),
    ('extensionContainer', 'extensionContainer', 'ext', '0xae', 'O'),
], [c(i) for i in range(0, 15)],
"""imsi [0] IMSI OPTIONAL, COMPONENTS OF SubscriberData { msisdn [1], category [2], subscriberStatus [3]
ENUMERATED {serviceGranted (0), operatorDeterminedBarring (1)}, bearerServiceList [4], teleserviceList [6],
provisionedSS [7], odb-Data [8], roamingRestrictionDueToUnsupportedFeature [9], regionalSubscriptionData [10],
vbsSubscriptionData [11], vgcsSubscriptionData [12], vlrCamelSubscriptionInfo [13] }, extensionContainer [14],
..., naea-PreferredCI [15], gprsSubscriptionData [16], ... (kept unmodelled)""")

msg('InsertSubscriberDataRes', 'InsertSubscriberDataRes', '§8.8.1', [
    ('teleserviceList', 'teleserviceList', 'octlist', '0xa1', 'O'),
    ('bearerServiceList', 'bearerServiceList', 'octlist', '0xa2', 'O'),
    ('extensionContainer', 'extensionContainer', 'ext', '0xa7', 'O'),
], [c(i) for i in range(1, 8)],
"""teleserviceList [1], bearerServiceList [2], ss-List [3], odb-GeneralData [4], regionalSubscriptionResponse [5],
supportedCamelPhases [6], extensionContainer [7], ..., offeredCamel4CSIs [8], supportedFeatures [9], ...""")

msg('DeleteSubscriberDataArg', 'DeleteSubscriberDataArg', '§8.8.2', [
    ('imsi', 'imsi', 'imsi', '0x80', 'M'),
    ('extensionContainer', 'extensionContainer', 'ext', '0xa6', 'O'),
], [c(0), c(1), c(2), c(4), c(5), c(7), c(8), c(9), c(6)],
"""imsi [0] IMSI, basicServiceList [1], ss-List [2], roamingRestrictionDueToUnsupportedFeature [4],
regionalSubscriptionIdentifier [5], vbsGroupIndication [7], vgcsGroupIndication [8],
camelSubscriptionInfoWithdraw [9], extensionContainer [6], ..., gprsSubscriptionDataWithdraw [10], ...""")

msg('DeleteSubscriberDataRes', 'DeleteSubscriberDataRes', '§8.8.2', [
    ('extensionContainer', 'extensionContainer', 'ext', 'BerTag.SEQUENCE', 'O'),
], [c(0), '0x30'], """regionalSubscriptionResponse [0] OPTIONAL, extensionContainer OPTIONAL, ...""")

msg('ReSynchronisationInfo', 'Re-synchronisationInfo', '§8.5.2', [
    ('rand', 'rand', 'oct', 'BerTag.OCTET_STRING', 'M'),
    ('auts', 'auts', 'oct', 'BerTag.OCTET_STRING', 'M'),
], ['0x04'], """rand RAND, auts AUTS, ...""", param=False)

msg('SendAuthenticationInfoArg', 'SendAuthenticationInfoArg', '§8.5.2', [
    ('imsi', 'imsi', 'imsi', '0x80', 'M'),
    ('numberOfRequestedVectors', 'numberOfRequestedVectors', 'int', 'BerTag.INTEGER', 'O'),
    ('segmentationProhibited', 'segmentationProhibited', None, 'BerTag.NULL', 'F'),
    ('immediateResponsePreferred', 'immediateResponsePreferred', None, '0x81', 'F'),
    ('reSynchronisationInfo', 're-synchronisationInfo', 'resync', 'BerTag.SEQUENCE', 'O'),
    ('extensionContainer', 'extensionContainer', 'ext', '0xa2', 'O'),
    ('requestingNodeType', 'requestingNodeType', 'int', '0x83', 'O'),
    ('requestingPlmnId', 'requestingPLMN-Id', 'oct', '0x84', 'O'),
    ('numberOfRequestedAdditionalVectors', 'numberOfRequestedAdditional-Vectors', 'int', '0x85', 'O'),
    ('additionalVectorsAreForEps', 'additionalVectorsAreForEPS', None, '0x86', 'F'),
], [c(0), '0x02', '0x05', c(1), '0x30', c(2), c(3), c(4), c(5), c(6)],
"""imsi [0] IMSI, numberOfRequestedVectors INTEGER (1..5), segmentationProhibited NULL OPTIONAL,
immediateResponsePreferred [1] NULL OPTIONAL, re-synchronisationInfo OPTIONAL, extensionContainer [2] OPTIONAL, ...,
requestingNodeType [3], requestingPLMN-Id [4], numberOfRequestedAdditional-Vectors [5], additionalVectorsAreForEPS [6],
ueUsageTypeRequestIndication [7]  (v2: the bare IMSI)""", bare=0)

msg('SendAuthenticationInfoRes', 'SendAuthenticationInfoRes', '§8.5.2', [
    ('authenticationSetList', 'authenticationSetList', 'authsets', '-1', 'O'),
    ('extensionContainer', 'extensionContainer', 'ext', 'BerTag.SEQUENCE', 'O'),
], [c(0), c(1), '0x30'],
"""[3] SEQUENCE { authenticationSetList CHOICE {tripletList [0], quintupletList [1]} OPTIONAL,
extensionContainer OPTIONAL, ..., eps-AuthenticationSetList [2], ... }
(v2: SEQUENCE SIZE (1..5) OF AuthenticationTriplet, decoded with bareForm set)""", tag='0xa3', bare='list')

msg('UpdateGprsLocationArg', 'UpdateGprsLocationArg', '§8.1.7', [
    ('imsi', 'imsi', 'imsi', 'BerTag.OCTET_STRING', 'M'),
    ('sgsnNumber', 'sgsn-Number', 'addr', 'BerTag.OCTET_STRING', 'M'),
    ('sgsnAddress', 'sgsn-Address', 'oct', 'BerTag.OCTET_STRING', 'M'),
    ('extensionContainer', 'extensionContainer', 'ext', 'BerTag.SEQUENCE', 'O'),
], ['0x04', '0x30'],
"""imsi IMSI, sgsn-Number ISDN-AddressString, sgsn-Address GSN-Address, extensionContainer OPTIONAL, ...,
sgsn-Capability [0], informPreviousNetworkEntity [1], ps-LCS-NotSupportedByUE [2], v-gmlc-Address [3], add-info [4],
eps-info [5], servingNodeTypeIndicator [6], skipSubscriberDataUpdate [7], usedRAT-Type [8], ... (kept unmodelled)""")

msg('SendIdentificationArg', 'SendIdentificationArg', '§8.9.2', [
    ('tmsi', 'tmsi', 'oct', 'BerTag.OCTET_STRING', 'M'),
    ('numberOfRequestedVectors', 'numberOfRequestedVectors', 'int', 'BerTag.INTEGER', 'O'),
    ('segmentationProhibited', 'segmentationProhibited', None, 'BerTag.NULL', 'F'),
    ('extensionContainer', 'extensionContainer', 'ext', 'BerTag.SEQUENCE', 'O'),
    ('mscNumber', 'msc-Number', 'addr', 'BerTag.OCTET_STRING', 'O'),
], ['0x04', '0x02', '0x05', '0x30'],
"""tmsi TMSI, numberOfRequestedVectors OPTIONAL, segmentationProhibited NULL OPTIONAL, extensionContainer OPTIONAL,
..., msc-Number ISDN-AddressString OPTIONAL, previous-LAI [0], hopCounter [1], mtRoamingForwardingSupported [2],
newVLR-Number [3], new-lmsi [4]  (v2: the bare TMSI)""", bare=0)

# ---------------------------------------------------------------- call handling (§10, §17.7.3 / .4)
msg('SendRoutingInfoArg', 'SendRoutingInfoArg', '§10.1', [
    ('msisdn', 'msisdn', 'addr', '0x80', 'M'),
    ('numberOfForwarding', 'numberOfForwarding', 'int', '0x82', 'O'),
    ('interrogationType', 'interrogationType', 'int', '0x83', 'M'),
    ('orInterrogation', 'or-Interrogation', None, '0x84', 'F'),
    ('orCapability', 'or-Capability', 'int', '0x85', 'O'),
    ('gmscOrGsmScfAddress', 'gmsc-OrGsmSCF-Address', 'addr', '0x86', 'M'),
    ('callReferenceNumber', 'callReferenceNumber', 'oct', '0x87', 'O'),
], [c(i) for i in range(0, 8)],
"""msisdn [0] ISDN-AddressString, cug-CheckInfo [1], numberOfForwarding [2], interrogationType [3]
ENUMERATED {basicCall (0), forwarding (1)}, or-Interrogation [4] NULL, or-Capability [5], gmsc-OrGsmSCF-Address [6],
callReferenceNumber [7], forwardingReason [8], basicServiceGroup [9], networkSignalInfo [10], camelInfo [11],
suppressionOfAnnouncement [12], extensionContainer [13], ... (kept unmodelled)""")

msg('SendRoutingInfoRes', 'SendRoutingInfoRes', '§10.1', [
    ('imsi', 'imsi', 'imsi', '0x89', 'O'),
    ('roamingNumber', 'extendedRoutingInfo.routingInfo.roamingNumber', 'addr', 'BerTag.OCTET_STRING', 'O'),
    ('msisdn', 'msisdn', 'addr', '0x8c', 'O'),
], [c(9), '0x04', '0x30', c(8), c(3), c(6), c(7), c(1), c(5), c(4), c(2), c(0), c(10), c(11), c(12)],
"""[3] SEQUENCE { imsi [9] IMSI OPTIONAL, extendedRoutingInfo CHOICE { routingInfo CHOICE { roamingNumber
ISDN-AddressString, forwardingData ForwardingData }, camelRoutingInfo [8] } OPTIONAL, cug-CheckInfo [3],
cugSubscriptionFlag [6], subscriberInfo [7], ss-List [1], basicService [5], forwardingInterrogationRequired [4],
vmsc-Address [2], extensionContainer [0], ..., naea-PreferredCI [10], ccbs-Indicators [11], msisdn [12], ... }""",
    tag='0xa3')

msg('ProvideRoamingNumberArg', 'ProvideRoamingNumberArg', '§10.2', [
    ('imsi', 'imsi', 'imsi', '0x80', 'M'),
    ('mscNumber', 'msc-Number', 'addr', '0x81', 'M'),
    ('msisdn', 'msisdn', 'addr', '0x82', 'O'),
    ('lmsi', 'lmsi', 'lmsi', '0x84', 'O'),
    ('suppressionOfAnnouncement', 'suppressionOfAnnouncement', None, '0x87', 'F'),
    ('gmscAddress', 'gmsc-Address', 'addr', '0x88', 'O'),
    ('callReferenceNumber', 'callReferenceNumber', 'oct', '0x89', 'O'),
    ('orInterrogation', 'or-Interrogation', None, '0x8a', 'F'),
    ('extensionContainer', 'extensionContainer', 'ext', '0xab', 'O'),
], [c(0), c(1), c(2), c(4), c(5), c(6), c(7), c(8), c(9), c(10), c(11)],
"""imsi [0] IMSI, msc-Number [1] ISDN-AddressString, msisdn [2] OPTIONAL, lmsi [4] OPTIONAL,
gsm-BearerCapability [5], networkSignalInfo [6], suppressionOfAnnouncement [7] NULL, gmsc-Address [8],
callReferenceNumber [9], or-Interrogation [10] NULL, extensionContainer [11], ..., alertingPattern [12],
ccbs-Call [13], supportedCamelPhasesInInterrogatingNode [15], additionalSignalInfo [14], ... (kept unmodelled)""")

msg('ProvideRoamingNumberRes', 'ProvideRoamingNumberRes', '§10.2', [
    ('roamingNumber', 'roamingNumber', 'addr', 'BerTag.OCTET_STRING', 'M'),
    ('extensionContainer', 'extensionContainer', 'ext', 'BerTag.SEQUENCE', 'O'),
    ('releaseResourcesSupported', 'releaseResourcesSupported', None, 'BerTag.NULL', 'F'),
    ('vmscAddress', 'vmsc-Address', 'addr', 'BerTag.OCTET_STRING', 'O'),
], ['0x04', '0x30', '0x05'],
"""roamingNumber ISDN-AddressString, extensionContainer OPTIONAL, ..., releaseResourcesSupported NULL,
vmsc-Address ISDN-AddressString OPTIONAL  (v2: the bare roamingNumber)""", bare=0)

# ---------------------------------------------------------------- subscriber information (§8.11, §17.7.1)
msg('RequestedInfo', 'RequestedInfo', '§8.11', [
    ('locationInformation', 'locationInformation', None, '0x80', 'F'),
    ('subscriberState', 'subscriberState', None, '0x81', 'F'),
    ('extensionContainer', 'extensionContainer', 'ext', '0xa2', 'O'),
    ('currentLocation', 'currentLocation', None, '0x83', 'F'),
    ('requestedDomain', 'requestedDomain', 'int', '0x84', 'O'),
    ('imei', 'imei', None, '0x86', 'F'),
    ('msClassmark', 'ms-classmark', None, '0x85', 'F'),
], [c(0), c(1), c(2), c(3), c(4), c(6), c(5)],
"""locationInformation [0] NULL, subscriberState [1] NULL, extensionContainer [2], ..., currentLocation [3] NULL,
requestedDomain [4] ENUMERATED {cs-Domain (0), ps-Domain (1)}, imei [6] NULL, ms-classmark [5] NULL,
mnpRequestedInfo [7], locationInformationEPS-Supported [11], t-adsData [8], requestedNodes [9], ...""", param=False)

msg('SubscriberInfo', 'SubscriberInfo', '§8.11', [
    ('locationInformation', 'locationInformation', 'locinfo', '0xa0', 'O'),
    ('subscriberState', 'subscriberState', 'substate', '0xa1', 'O'),
    ('extensionContainer', 'extensionContainer', 'ext', '0xa2', 'O'),
    ('imei', 'imei', 'oct', '0x85', 'O'),
], [c(0), c(1), c(2), c(3), c(4), c(5)],
"""locationInformation [0] OPTIONAL, subscriberState [1] OPTIONAL, extensionContainer [2], ...,
locationInformationGPRS [3], ps-SubscriberState [4], imei [5] IMEI, ms-Classmark2 [6], gprs-MS-Class [7],
mnpInfoRes [8], ... (kept unmodelled)""", param=False)

msg('AnyTimeInterrogationArg', 'AnyTimeInterrogationArg', '§8.11.1', [
    ('subscriberIdentity', 'subscriberIdentity', 'subid', '0xa0', 'M'),
    ('requestedInfo', 'requestedInfo', 'reqinfo', '0xa1', 'M'),
    ('extensionContainer', 'extensionContainer', 'ext', '0xa2', 'O'),
    ('gsmScfAddress', 'gsmSCF-Address', 'addr', '0x83', 'M'),
], [c(0), c(1), c(2), c(3)],
"""subscriberIdentity [0] SubscriberIdentity, requestedInfo [1] RequestedInfo, extensionContainer [2] OPTIONAL,
gsmSCF-Address [3] ISDN-AddressString, ...""")

msg('AnyTimeInterrogationRes', 'AnyTimeInterrogationRes', '§8.11.1', [
    ('subscriberInfo', 'subscriberInfo', 'subinfo', 'BerTag.SEQUENCE', 'M'),
    ('extensionContainer', 'extensionContainer', 'ext', 'BerTag.SEQUENCE', 'O'),
], ['0x30'], """subscriberInfo SubscriberInfo, extensionContainer OPTIONAL, ...""")

msg('ProvideSubscriberInfoArg', 'ProvideSubscriberInfoArg', '§8.11.2', [
    ('imsi', 'imsi', 'imsi', '0x80', 'M'),
    ('lmsi', 'lmsi', 'lmsi', '0x81', 'O'),
    ('requestedInfo', 'requestedInfo', 'reqinfo', '0xa2', 'M'),
    ('extensionContainer', 'extensionContainer', 'ext', '0xa3', 'O'),
    ('callPriority', 'callPriority', 'int', '0x84', 'O'),
], [c(0), c(1), c(2), c(3), c(4)],
"""imsi [0] IMSI, lmsi [1] LMSI OPTIONAL, requestedInfo [2] RequestedInfo, extensionContainer [3] OPTIONAL, ...,
callPriority [4] EMLPP-Priority OPTIONAL""")

msg('ProvideSubscriberInfoRes', 'ProvideSubscriberInfoRes', '§8.11.2', [
    ('subscriberInfo', 'subscriberInfo', 'subinfo', 'BerTag.SEQUENCE', 'M'),
    ('extensionContainer', 'extensionContainer', 'ext', 'BerTag.SEQUENCE', 'O'),
], ['0x30'], """subscriberInfo SubscriberInfo, extensionContainer OPTIONAL, ...""")

# ---------------------------------------------------------------- USSD (§11, §17.7.4)
msg('UssdArg', 'USSD-Arg', '§11.9', [
    ('ussdDataCodingScheme', 'ussd-DataCodingScheme', 'oct', 'BerTag.OCTET_STRING', 'M'),
    ('ussdString', 'ussd-String', 'oct', 'BerTag.OCTET_STRING', 'M'),
    ('alertingPattern', 'alertingPattern', 'oct', 'BerTag.OCTET_STRING', 'O'),
    ('msisdn', 'msisdn', 'addr', '0x80', 'O'),
], ['0x04', c(0)],
"""ussd-DataCodingScheme USSD-DataCodingScheme, ussd-String USSD-String, ..., alertingPattern OPTIONAL,
msisdn [0] ISDN-AddressString OPTIONAL""")

msg('UssdRes', 'USSD-Res', '§11.9', [
    ('ussdDataCodingScheme', 'ussd-DataCodingScheme', 'oct', 'BerTag.OCTET_STRING', 'M'),
    ('ussdString', 'ussd-String', 'oct', 'BerTag.OCTET_STRING', 'M'),
], ['0x04'], """ussd-DataCodingScheme USSD-DataCodingScheme, ussd-String USSD-String, ...""")

# ---------------------------------------------------------------- supplementary services (§11, §17.7.4, §17.7.5)
msg('RegisterSsArg', 'RegisterSS-Arg', '§11.2', [
    ('ssCode', 'ss-Code', 'sscode', 'BerTag.OCTET_STRING', 'M'),
    ('basicService', 'basicService', 'bsc', '-1', 'O'),
    ('forwardedToNumber', 'forwardedToNumber', 'addr', '0x84', 'O'),
    ('forwardedToSubaddress', 'forwardedToSubaddress', 'oct', '0x86', 'O'),
    ('noReplyConditionTime', 'noReplyConditionTime', 'int', '0x85', 'O'),
    ('defaultPriority', 'defaultPriority', 'int', '0x87', 'O'),
    ('nbrUser', 'nbrUser', 'int', '0x88', 'O'),
], ['0x04', c(2), c(3), c(4), c(6), c(5), c(7), c(8), c(9)],
"""ss-Code SS-Code, basicService BasicServiceCode OPTIONAL, forwardedToNumber [4] AddressString OPTIONAL,
forwardedToSubaddress [6] ISDN-SubaddressString OPTIONAL, noReplyConditionTime [5] INTEGER (5..30) OPTIONAL, ...,
defaultPriority [7] EMLPP-Priority OPTIONAL, nbrUser [8] MC-Bearers OPTIONAL, longFTN-Supported [9] NULL OPTIONAL
(kept unmodelled)""")

msg('SsForBsCode', 'SS-ForBS-Code', '§11.3-§11.6', [
    ('ssCode', 'ss-Code', 'sscode', 'BerTag.OCTET_STRING', 'M'),
    ('basicService', 'basicService', 'bsc', '-1', 'O'),
    ('longFtnSupported', 'longFTN-Supported', None, '0x84', 'F'),
], ['0x04', c(2), c(3), c(4)],
"""ss-Code SS-Code, basicService BasicServiceCode OPTIONAL, ..., longFTN-Supported [4] NULL OPTIONAL
(the argument of eraseSS, activateSS, deactivateSS and interrogateSS)""")

msg('ForwardingFeature', 'ForwardingFeature', '§17.7.4', [
    ('basicService', 'basicService', 'bsc', '-1', 'O'),
    ('ssStatus', 'ss-Status', 'sstatus', '0x84', 'O'),
    ('forwardedToNumber', 'forwardedToNumber', 'addr', '0x85', 'O'),
    ('forwardedToSubaddress', 'forwardedToSubaddress', 'oct', '0x88', 'O'),
    ('forwardingOptions', 'forwardingOptions', 'oct', '0x86', 'O'),
    ('noReplyConditionTime', 'noReplyConditionTime', 'int', '0x87', 'O'),
    ('longForwardedToNumber', 'longForwardedToNumber', 'addr', '0x89', 'O'),
], [c(2), c(3), c(4), c(5), c(8), c(6), c(7), c(9)],
"""basicService BasicServiceCode OPTIONAL, ss-Status [4] SS-Status OPTIONAL, forwardedToNumber [5]
ISDN-AddressString OPTIONAL, forwardedToSubaddress [8] ISDN-SubaddressString OPTIONAL, forwardingOptions [6]
ForwardingOptions OPTIONAL, noReplyConditionTime [7] INTEGER OPTIONAL, ..., longForwardedToNumber [9]
FTN-AddressString OPTIONAL""", param=False)

msg('ForwardingInfo', 'ForwardingInfo', '§17.7.4', [
    ('ssCode', 'ss-Code', 'sscode', 'BerTag.OCTET_STRING', 'O'),
    ('forwardingFeatureList', 'forwardingFeatureList', 'fflist', 'BerTag.SEQUENCE', 'M'),
], ['0x04', '0x30'],
"""ss-Code SS-Code OPTIONAL, forwardingFeatureList ForwardingFeatureList (SEQUENCE SIZE (1..13) OF
ForwardingFeature), ...""", param=False)

msg('CallBarringFeature', 'CallBarringFeature', '§17.7.4', [
    ('basicService', 'basicService', 'bsc', '-1', 'O'),
    ('ssStatus', 'ss-Status', 'sstatus', '0x84', 'O'),
], [c(2), c(3), c(4)],
"""basicService BasicServiceCode OPTIONAL, ss-Status [4] SS-Status OPTIONAL, ...""", param=False)

msg('CallBarringInfo', 'CallBarringInfo', '§17.7.4', [
    ('ssCode', 'ss-Code', 'sscode', 'BerTag.OCTET_STRING', 'O'),
    ('callBarringFeatureList', 'callBarringFeatureList', 'cbflist', 'BerTag.SEQUENCE', 'M'),
], ['0x04', '0x30'],
"""ss-Code SS-Code OPTIONAL, callBarringFeatureList CallBarringFeatureList (SEQUENCE SIZE (1..13) OF
CallBarringFeature), ...""", param=False)

msg('SsData', 'SS-Data', '§17.7.4', [
    ('ssCode', 'ss-Code', 'sscode', 'BerTag.OCTET_STRING', 'O'),
    ('ssStatus', 'ss-Status', 'sstatus', '0x84', 'O'),
    ('basicServiceGroupList', 'basicServiceGroupList', 'bsclist', 'BerTag.SEQUENCE', 'O'),
    ('defaultPriority', 'defaultPriority', 'int', 'BerTag.INTEGER', 'O'),
    ('nbrUser', 'nbrUser', 'int', '0x85', 'O'),
], ['0x04', c(4), c(2), c(1), '0x30', '0x02', c(5)],
"""ss-Code SS-Code OPTIONAL, ss-Status [4] SS-Status OPTIONAL, ss-SubscriptionOption SS-SubscriptionOption
(CHOICE {cliRestrictionOption [2], overrideCategory [1]}, kept unmodelled) OPTIONAL, basicServiceGroupList
BasicServiceGroupList OPTIONAL, ..., defaultPriority EMLPP-Priority OPTIONAL, nbrUser [5] MC-Bearers OPTIONAL""",
    param=False)

msg('GenericServiceInfo', 'GenericServiceInfo', '§17.7.4', [
    ('ssStatus', 'ss-Status', 'sstatus', 'BerTag.OCTET_STRING', 'M'),
    ('cliRestrictionOption', 'cliRestrictionOption', 'int', 'BerTag.ENUMERATED', 'O'),
], ['0x04', '0x0a', c(0), c(1), c(2), c(3), c(4), c(5)],
"""ss-Status SS-Status, cliRestrictionOption CliRestrictionOption OPTIONAL, ..., maximumEntitledPriority [0],
defaultPriority [1], ccbs-FeatureList [2], nbrSB [3], nbrUser [4], nbrSN [5] (kept unmodelled)""", param=False)

# ---------------------------------------------------------------- subscriber data for the VLR (§8.8.1, §17.7.1)
# InsertSubscriberDataArg keeps provisionedSS [7] and vlrCamelSubscriptionInfo [13] unmodelled; these types
# read and write those elements (see Elements).
msg('ExtForwFeature', 'Ext-ForwFeature', '§17.7.1', [
    ('basicService', 'basicService', 'bsc', '-1', 'O'),
    ('ssStatus', 'ss-Status', 'oct', '0x84', 'M'),
    ('forwardedToNumber', 'forwardedToNumber', 'addr', '0x85', 'O'),
    ('forwardedToSubaddress', 'forwardedToSubaddress', 'oct', '0x88', 'O'),
    ('forwardingOptions', 'forwardingOptions', 'oct', '0x86', 'O'),
    ('noReplyConditionTime', 'noReplyConditionTime', 'int', '0x87', 'O'),
    ('extensionContainer', 'extensionContainer', 'ext', '0xa9', 'O'),
    ('longForwardedToNumber', 'longForwardedToNumber', 'addr', '0x8a', 'O'),
], [c(2), c(3), c(4), c(5), c(8), c(6), c(7), c(9), c(10)],
"""basicService Ext-BasicServiceCode OPTIONAL, ss-Status [4] Ext-SS-Status, forwardedToNumber [5]
ISDN-AddressString OPTIONAL, forwardedToSubaddress [8] OPTIONAL, forwardingOptions [6] Ext-ForwOptions OPTIONAL,
noReplyConditionTime [7] Ext-NoRepCondTime OPTIONAL, extensionContainer [9] OPTIONAL, ...,
longForwardedToNumber [10] FTN-AddressString OPTIONAL""", param=False)

msg('ExtForwInfo', 'Ext-ForwInfo', '§17.7.1', [
    ('ssCode', 'ss-Code', 'sscode', 'BerTag.OCTET_STRING', 'M'),
    ('forwardingFeatureList', 'forwardingFeatureList', 'extfflist', 'BerTag.SEQUENCE', 'M'),
    ('extensionContainer', 'extensionContainer', 'ext', '0xa0', 'O'),
], ['0x04', '0x30', c(0)],
"""ss-Code SS-Code, forwardingFeatureList Ext-ForwFeatureList (SEQUENCE SIZE (1..32) OF Ext-ForwFeature),
extensionContainer [0] OPTIONAL, ...  (Ext-SS-Info's forwardingInfo [0])""", param=False)

msg('ExtCallBarringFeature', 'Ext-CallBarringFeature', '§17.7.1', [
    ('basicService', 'basicService', 'bsc', '-1', 'O'),
    ('ssStatus', 'ss-Status', 'oct', '0x84', 'M'),
    ('extensionContainer', 'extensionContainer', 'ext', 'BerTag.SEQUENCE', 'O'),
], [c(2), c(3), c(4), '0x30'],
"""basicService Ext-BasicServiceCode OPTIONAL, ss-Status [4] Ext-SS-Status, extensionContainer OPTIONAL, ...""",
    param=False)

msg('ExtCallBarInfo', 'Ext-CallBarInfo', '§17.7.1', [
    ('ssCode', 'ss-Code', 'sscode', 'BerTag.OCTET_STRING', 'M'),
    ('callBarringFeatureList', 'callBarringFeatureList', 'extcbflist', 'BerTag.SEQUENCE', 'M'),
    ('extensionContainer', 'extensionContainer', 'ext', 'BerTag.SEQUENCE', 'O'),
], ['0x04', '0x30', '0x30'],
"""ss-Code SS-Code, callBarringFeatureList Ext-CallBarFeatureList (SEQUENCE SIZE (1..32) OF
Ext-CallBarringFeature), extensionContainer OPTIONAL, ...  (Ext-SS-Info's callBarringInfo [1])""", param=False)

# ---------------------------------------------------------------- CAMEL subscription information (§17.7.1, TS 23.078 §4.3)
msg('OBcsmCamelTdpData', 'O-BcsmCamelTDPData', '§17.7.1', [
    ('oBcsmTriggerDetectionPoint', 'o-BcsmTriggerDetectionPoint', 'int', 'BerTag.ENUMERATED', 'M'),
    ('serviceKey', 'serviceKey', 'int', 'BerTag.INTEGER', 'M'),
    ('gsmScfAddress', 'gsmSCF-Address', 'addr', '0x80', 'M'),
    ('defaultCallHandling', 'defaultCallHandling', 'int', '0x81', 'M'),
    ('extensionContainer', 'extensionContainer', 'ext', '0xa2', 'O'),
], ['0x0a', '0x02', c(0), c(1), c(2)],
"""o-BcsmTriggerDetectionPoint ENUMERATED {collectedInfo (2), ..., routeSelectFailure (4)}, serviceKey
ServiceKey (INTEGER 0..2147483647), gsmSCF-Address [0] ISDN-AddressString, defaultCallHandling [1] ENUMERATED
{continueCall (0), releaseCall (1), ...}, extensionContainer [2] OPTIONAL, ...""", param=False)

msg('OCsi', 'O-CSI', '§17.7.1', [
    ('oBcsmCamelTdpDataList', 'o-BcsmCamelTDPDataList', 'obcsmlist', 'BerTag.SEQUENCE', 'M'),
    ('extensionContainer', 'extensionContainer', 'ext', 'BerTag.SEQUENCE', 'O'),
    ('camelCapabilityHandling', 'camelCapabilityHandling', 'int', '0x80', 'O'),
    ('notificationToCse', 'notificationToCSE', None, '0x81', 'F'),
    ('csiActive', 'csiActive', None, '0x82', 'F'),
], ['0x30', '0x30', c(0), c(1), c(2)],
"""o-BcsmCamelTDPDataList O-BcsmCamelTDPDataList (SEQUENCE SIZE (1..10) OF O-BcsmCamelTDPData),
extensionContainer OPTIONAL, ..., camelCapabilityHandling [0] CamelCapabilityHandling (INTEGER 1..16) OPTIONAL,
notificationToCSE [1] NULL OPTIONAL, csiActive [2] NULL OPTIONAL""", param=False)

msg('TBcsmCamelTdpData', 'T-BcsmCamelTDPData', '§17.7.1', [
    ('tBcsmTriggerDetectionPoint', 't-BcsmTriggerDetectionPoint', 'int', 'BerTag.ENUMERATED', 'M'),
    ('serviceKey', 'serviceKey', 'int', 'BerTag.INTEGER', 'M'),
    ('gsmScfAddress', 'gsmSCF-Address', 'addr', '0x80', 'M'),
    ('defaultCallHandling', 'defaultCallHandling', 'int', '0x81', 'M'),
    ('extensionContainer', 'extensionContainer', 'ext', '0xa2', 'O'),
], ['0x0a', '0x02', c(0), c(1), c(2)],
"""t-BcsmTriggerDetectionPoint ENUMERATED {termAttemptAuthorized (12), ..., tBusy (13), tNoAnswer (14)},
serviceKey ServiceKey, gsmSCF-Address [0] ISDN-AddressString, defaultCallHandling [1] ENUMERATED
{continueCall (0), releaseCall (1), ...}, extensionContainer [2] OPTIONAL, ...""", param=False)

msg('TCsi', 'T-CSI', '§17.7.1', [
    ('tBcsmCamelTdpDataList', 't-BcsmCamelTDPDataList', 'tbcsmlist', 'BerTag.SEQUENCE', 'M'),
    ('extensionContainer', 'extensionContainer', 'ext', 'BerTag.SEQUENCE', 'O'),
    ('camelCapabilityHandling', 'camelCapabilityHandling', 'int', '0x80', 'O'),
    ('notificationToCse', 'notificationToCSE', None, '0x81', 'F'),
    ('csiActive', 'csi-Active', None, '0x82', 'F'),
], ['0x30', '0x30', c(0), c(1), c(2)],
"""t-BcsmCamelTDPDataList T-BcsmCamelTDPDataList (SEQUENCE SIZE (1..10) OF T-BcsmCamelTDPData),
extensionContainer OPTIONAL, ..., camelCapabilityHandling [0] CamelCapabilityHandling OPTIONAL,
notificationToCSE [1] NULL OPTIONAL, csi-Active [2] NULL OPTIONAL""", param=False)

msg('SmsCamelTdpData', 'SMS-CAMEL-TDP-Data', '§17.7.1', [
    ('smsTriggerDetectionPoint', 'sms-TriggerDetectionPoint', 'int', '0x80', 'M'),
    ('serviceKey', 'serviceKey', 'int', '0x81', 'M'),
    ('gsmScfAddress', 'gsmSCF-Address', 'addr', '0x82', 'M'),
    ('defaultSmsHandling', 'defaultSMS-Handling', 'int', '0x83', 'M'),
    ('extensionContainer', 'extensionContainer', 'ext', '0xa4', 'O'),
], [c(0), c(1), c(2), c(3), c(4)],
"""sms-TriggerDetectionPoint [0] ENUMERATED {sms-CollectedInfo (1), ..., sms-DeliveryRequest (2)},
serviceKey [1] ServiceKey, gsmSCF-Address [2] ISDN-AddressString, defaultSMS-Handling [3] ENUMERATED
{continueTransaction (0), releaseTransaction (1), ...}, extensionContainer [4] OPTIONAL, ...""", param=False)

msg('SmsCsi', 'SMS-CSI', '§17.7.1', [
    ('smsCamelTdpDataList', 'sms-CAMEL-TDP-DataList', 'smstdplist', '0xa0', 'O'),
    ('camelCapabilityHandling', 'camelCapabilityHandling', 'int', '0x81', 'O'),
    ('extensionContainer', 'extensionContainer', 'ext', '0xa2', 'O'),
    ('notificationToCse', 'notificationToCSE', None, '0x83', 'F'),
    ('csiActive', 'csi-Active', None, '0x84', 'F'),
], [c(0), c(1), c(2), c(3), c(4)],
"""sms-CAMEL-TDP-DataList [0] SMS-CAMEL-TDP-DataList OPTIONAL, camelCapabilityHandling [1] OPTIONAL,
extensionContainer [2] OPTIONAL, notificationToCSE [3] NULL OPTIONAL, csi-Active [4] NULL OPTIONAL, ...""",
    param=False)

msg('VlrCamelSubscriptionInfo', 'VlrCamelSubscriptionInfo', '§8.8.1', [
    ('oCsi', 'o-CSI', 'ocsi', '0xa0', 'O'),
    ('extensionContainer', 'extensionContainer', 'ext', '0xa1', 'O'),
    ('moSmsCsi', 'mo-sms-CSI', 'smscsi', '0xa6', 'O'),
    ('vtCsi', 'vt-CSI', 'tcsi', '0xa7', 'O'),
    ('mtSmsCsi', 'mt-sms-CSI', 'smscsi', '0xaa', 'O'),
], [c(0), c(1), c(2), c(4), c(3), c(5), c(6), c(7), c(8), c(9), c(10), c(11)],
"""o-CSI [0] O-CSI OPTIONAL, extensionContainer [1] OPTIONAL, ..., ss-CSI [2] OPTIONAL,
o-BcsmCamelTDP-CriteriaList [4] OPTIONAL, tif-CSI [3] NULL OPTIONAL, m-CSI [5] OPTIONAL, mo-sms-CSI [6] SMS-CSI
OPTIONAL, vt-CSI [7] T-CSI OPTIONAL, t-BCSM-CAMEL-TDP-CriteriaList [8] OPTIONAL, d-CSI [9] OPTIONAL,
mt-sms-CSI [10] SMS-CSI OPTIONAL, mt-smsCAMELTDP-CriteriaList [11] OPTIONAL
(InsertSubscriberDataArg's vlrCamelSubscriptionInfo [13])""", param=False)

# ---------------------------------------------------------------- call handling data (§10.1, §17.7.3)
msg('ForwardingData', 'ForwardingData', '§10.1', [
    ('forwardedToNumber', 'forwardedToNumber', 'addr', '0x85', 'O'),
    ('forwardedToSubaddress', 'forwardedToSubaddress', 'oct', '0x84', 'O'),
    ('forwardingOptions', 'forwardingOptions', 'oct', '0x86', 'O'),
    ('extensionContainer', 'extensionContainer', 'ext', '0xa7', 'O'),
    ('longForwardedToNumber', 'longForwardedToNumber', 'addr', '0x88', 'O'),
], [c(5), c(4), c(6), c(7), c(8)],
"""forwardedToNumber [5] ISDN-AddressString OPTIONAL, forwardedToSubaddress [4] OPTIONAL,
forwardingOptions [6] ForwardingOptions OPTIONAL, extensionContainer [7] OPTIONAL, ...,
longForwardedToNumber [8] FTN-AddressString OPTIONAL
(SendRoutingInfoRes's routingInfo alternative, untagged SEQUENCE; kept there unmodelled)""", param=False)

msg('GmscCamelSubscriptionInfo', 'GmscCamelSubscriptionInfo', '§10.1', [
    ('tCsi', 't-CSI', 'tcsi', '0xa0', 'O'),
    ('oCsi', 'o-CSI', 'ocsi', '0xa1', 'O'),
    ('extensionContainer', 'extensionContainer', 'ext', '0xa2', 'O'),
], [c(0), c(1), c(2), c(3), c(4), c(5)],
"""t-CSI [0] T-CSI OPTIONAL, o-CSI [1] O-CSI OPTIONAL, extensionContainer [2] OPTIONAL, ...,
o-BcsmCamelTDP-CriteriaList [3], t-BCSM-CAMEL-TDP-CriteriaList [4], d-csi [5]""", param=False)

msg('CamelRoutingInfo', 'CamelRoutingInfo', '§10.1', [
    ('forwardingData', 'forwardingData', 'fwddata', 'BerTag.SEQUENCE', 'O'),
    ('gmscCamelSubscriptionInfo', 'gmscCamelSubscriptionInfo', 'gmsccsi', '0xa0', 'M'),
    ('extensionContainer', 'extensionContainer', 'ext', '0xa1', 'O'),
], ['0x30', c(0), c(1)],
"""forwardingData ForwardingData OPTIONAL, gmscCamelSubscriptionInfo [0] GmscCamelSubscriptionInfo,
extensionContainer [1] OPTIONAL, ...  (SendRoutingInfoRes's camelRoutingInfo [8]; kept there unmodelled)""",
    param=False, tag='0xa8')

msg('CamelInfo', 'CamelInfo', '§10.1', [
    ('supportedCamelPhases', 'supportedCamelPhases', 'bits', 'BerTag.BIT_STRING', 'M'),
    ('suppressTCsi', 'suppress-T-CSI', None, 'BerTag.NULL', 'F'),
    ('extensionContainer', 'extensionContainer', 'ext', 'BerTag.SEQUENCE', 'O'),
    ('offeredCamel4CSIs', 'offeredCamel4CSIs', 'bits', '0x80', 'O'),
], ['0x03', '0x05', '0x30', c(0)],
"""supportedCamelPhases SupportedCamelPhases (BIT STRING {phase1 (0), phase2 (1), phase3 (2), phase4 (3)}),
suppress-T-CSI NULL OPTIONAL, extensionContainer OPTIONAL, ..., offeredCamel4CSIs [0] OPTIONAL
(SendRoutingInfoArg's camelInfo [11]; kept there unmodelled)""", param=False, tag='0xab')

# ---------------------------------------------------------------- MAP dialogue PDUs (§17.3, MAP-DialogueInformation)
msg('MapOpenInfo', 'MAP-OpenInfo', '§17.3', [
    ('destinationReference', 'destinationReference', 'addr', '0x80', 'O'),
    ('originationReference', 'originationReference', 'addr', '0x81', 'O'),
    ('extensionContainer', 'extensionContainer', 'ext', 'BerTag.SEQUENCE', 'O'),
], [c(0), c(1)], """destinationReference [0] AddressString OPTIONAL, originationReference [1] AddressString OPTIONAL, ...,
extensionContainer OPTIONAL""", param=False, tag='0xa0', pkg='dialogue')
msg('MapAcceptInfo', 'MAP-AcceptInfo', '§17.3', [
    ('extensionContainer', 'extensionContainer', 'ext', 'BerTag.SEQUENCE', 'O'),
], [], """..., extensionContainer OPTIONAL""", param=False, tag='0xa1', pkg='dialogue')
msg('MapCloseInfo', 'MAP-CloseInfo', '§17.3', [
    ('extensionContainer', 'extensionContainer', 'ext', 'BerTag.SEQUENCE', 'O'),
], [], """..., extensionContainer OPTIONAL""", param=False, tag='0xa2', pkg='dialogue')
msg('MapRefuseInfo', 'MAP-RefuseInfo', '§17.3', [
    ('reason', 'reason', 'int', 'BerTag.ENUMERATED', 'M'),
    ('extensionContainer', 'extensionContainer', 'ext', 'BerTag.SEQUENCE', 'O'),
    ('alternativeApplicationContext', 'alternativeApplicationContext', 'oid', 'BerTag.OBJECT_IDENTIFIER', 'O'),
], ['0x0a', '0x30', '0x06'], """reason Reason ENUMERATED {noReasonGiven (0), invalidDestinationReference (1),
invalidOriginatingReference (2)}, ..., extensionContainer OPTIONAL, alternativeApplicationContext OBJECT IDENTIFIER OPTIONAL""",
    param=False, tag='0xa3', pkg='dialogue')
msg('MapUserAbortInfo', 'MAP-UserAbortInfo', '§17.3', [
    ('userAbortChoice', 'map-UserAbortChoice', 'abortchoice', '-1', 'M'),
    ('extensionContainer', 'extensionContainer', 'ext', 'BerTag.SEQUENCE', 'O'),
], [c(0), c(1), c(2), c(3), '0x30'], """map-UserAbortChoice MAP-UserAbortChoice, ..., extensionContainer OPTIONAL""",
    param=False, tag='0xa4', pkg='dialogue')
msg('MapProviderAbortInfo', 'MAP-ProviderAbortInfo', '§17.3', [
    ('providerAbortReason', 'map-ProviderAbortReason', 'int', 'BerTag.ENUMERATED', 'M'),
    ('extensionContainer', 'extensionContainer', 'ext', 'BerTag.SEQUENCE', 'O'),
], ['0x0a', '0x30'], """map-ProviderAbortReason ENUMERATED {abnormalDialogue (0), invalidPDU (1)}, ..., extensionContainer""",
    param=False, tag='0xa5', pkg='dialogue')

# ---------------------------------------------------------------- error parameters (§17.6.6, §17.7.7)
def err(name, asn, fields, order, doc):
    msg(name, asn, '§17.7.7', fields, order, doc, param=False, pkg='error', iface='MapErrorParameter')

err('ExtensibleErrorParam', 'DataMissingParam, FacilityNotSupParam, TeleservNotProvParam, ...', [
    ('extensionContainer', 'extensionContainer', 'ext', 'BerTag.SEQUENCE', 'O'),
], ['0x30'], """extensionContainer ExtensionContainer OPTIONAL, ...  (the shape most error parameters share:
DataMissingParam, FacilityNotSupParam, TeleservNotProvParam, BearerServNotProvParam, UnidentifiedSubParam,
IllegalSubscriberParam, IllegalEquipmentParam, MessageWaitListFullParam, ATI-NotAllowedParam, NoRoamingNbParam,
OR-NotAllowedParam, BusySubscriberParam, NoSubscriberReplyParam, NumberChangedParam, ForwardingViolationParam;
later additions are kept unmodelled)""")
err('UnexpectedDataParam', 'UnexpectedDataParam', [
    ('extensionContainer', 'extensionContainer', 'ext', 'BerTag.SEQUENCE', 'O'),
    ('unexpectedSubscriber', 'unexpectedSubscriber', None, '0x80', 'F'),
], ['0x30', c(0)], """extensionContainer OPTIONAL, ..., unexpectedSubscriber [0] NULL OPTIONAL""")
err('UnknownSubscriberParam', 'UnknownSubscriberParam', [
    ('extensionContainer', 'extensionContainer', 'ext', 'BerTag.SEQUENCE', 'O'),
    ('unknownSubscriberDiagnostic', 'unknownSubscriberDiagnostic', 'int', 'BerTag.ENUMERATED', 'O'),
], ['0x30', '0x0a'], """extensionContainer OPTIONAL, ..., unknownSubscriberDiagnostic ENUMERATED {imsiUnknown (0),
gprs-eps-SubscriptionUnknown (1), npdbMismatch (2)} OPTIONAL""")
err('AbsentSubscriberSmParam', 'AbsentSubscriberSM-Param', [
    ('absentSubscriberDiagnosticSm', 'absentSubscriberDiagnosticSM', 'int', 'BerTag.INTEGER', 'O'),
    ('extensionContainer', 'extensionContainer', 'ext', 'BerTag.SEQUENCE', 'O'),
    ('additionalAbsentSubscriberDiagnosticSm', 'additionalAbsentSubscriberDiagnosticSM', 'int', '0x80', 'O'),
], ['0x02', '0x30', c(0)], """absentSubscriberDiagnosticSM AbsentSubscriberDiagnosticSM (INTEGER 0..255) OPTIONAL,
extensionContainer OPTIONAL, ..., additionalAbsentSubscriberDiagnosticSM [0] OPTIONAL, imsi [1] IMSI OPTIONAL,
requestedRetransmissionTime [2], userIdentifierAlert [3]""")
err('AbsentSubscriberParam', 'AbsentSubscriberParam', [
    ('extensionContainer', 'extensionContainer', 'ext', 'BerTag.SEQUENCE', 'O'),
    ('absentSubscriberReason', 'absentSubscriberReason', 'int', '0x80', 'O'),
], ['0x30', c(0)], """extensionContainer OPTIONAL, ..., absentSubscriberReason [0] ENUMERATED {imsiDetach (0),
restrictedArea (1), noPageResponse (2), ..., purgedMS (3), mtRoamingRetry (4), busySubscriber (5)} OPTIONAL""")
err('SmDeliveryFailureCause', 'SM-DeliveryFailureCause', [
    ('cause', 'sm-EnumeratedDeliveryFailureCause', 'int', 'BerTag.ENUMERATED', 'M'),
    ('diagnosticInfo', 'diagnosticInfo', 'oct', 'BerTag.OCTET_STRING', 'O'),
    ('extensionContainer', 'extensionContainer', 'ext', 'BerTag.SEQUENCE', 'O'),
], ['0x0a', '0x04', '0x30'], """sm-EnumeratedDeliveryFailureCause ENUMERATED {memoryCapacityExceeded (0),
equipmentProtocolError (1), equipmentNotSM-Equipped (2), unknownServiceCentre (3), sc-Congestion (4),
invalidSME-Address (5), subscriberNotSC-Subscriber (6)}, diagnosticInfo SignalInfo OPTIONAL, extensionContainer OPTIONAL, ...""")
err('SubBusyForMtSmsParam', 'SubBusyForMT-SMS-Param', [
    ('extensionContainer', 'extensionContainer', 'ext', 'BerTag.SEQUENCE', 'O'),
    ('gprsConnectionSuspended', 'gprsConnectionSuspended', None, 'BerTag.NULL', 'F'),
], ['0x30', '0x05'], """extensionContainer OPTIONAL, ..., gprsConnectionSuspended NULL OPTIONAL""")
err('RoamingNotAllowedParam', 'RoamingNotAllowedParam', [
    ('roamingNotAllowedCause', 'roamingNotAllowedCause', 'int', 'BerTag.ENUMERATED', 'M'),
    ('extensionContainer', 'extensionContainer', 'ext', 'BerTag.SEQUENCE', 'O'),
    ('additionalRoamingNotAllowedCause', 'additionalRoamingNotAllowedCause', 'int', '0x80', 'O'),
], ['0x0a', '0x30', c(0)], """roamingNotAllowedCause ENUMERATED {plmnRoamingNotAllowed (0),
operatorDeterminedBarring (3)}, extensionContainer OPTIONAL, ..., additionalRoamingNotAllowedCause [0] OPTIONAL""")
err('ExtensibleCallBarredParam', 'ExtensibleCallBarredParam', [
    ('callBarringCause', 'callBarringCause', 'int', 'BerTag.ENUMERATED', 'O'),
    ('extensionContainer', 'extensionContainer', 'ext', 'BerTag.SEQUENCE', 'O'),
    ('unauthorisedMessageOriginator', 'unauthorisedMessageOriginator', None, '0x81', 'F'),
    ('anonymousCallRejection', 'anonymousCallRejection', None, '0x82', 'F'),
], ['0x0a', '0x30', c(1), c(2)], """callBarringCause ENUMERATED {barringServiceActive (0),
operatorBarring (1)} OPTIONAL, extensionContainer OPTIONAL, ..., unauthorisedMessageOriginator [1] NULL,
anonymousCallRejection [2] NULL  (CallBarredParam's second alternative)""")
err('ExtensibleSystemFailureParam', 'ExtensibleSystemFailureParam', [
    ('networkResource', 'networkResource', 'int', 'BerTag.ENUMERATED', 'O'),
    ('extensionContainer', 'extensionContainer', 'ext', 'BerTag.SEQUENCE', 'O'),
    ('additionalNetworkResource', 'additionalNetworkResource', 'int', '0x80', 'O'),
    ('failureCauseParam', 'failureCauseParam', 'int', '0x81', 'O'),
], ['0x0a', '0x30', c(0), c(1)], """networkResource NetworkResource OPTIONAL, extensionContainer OPTIONAL, ...,
additionalNetworkResource [0] OPTIONAL, failureCauseParam [1] ENUMERATED OPTIONAL  (SystemFailureParam's second alternative)""")


HEADER = '''// Generated by map/tools/genmap.py from its table of TS 29.002 types; edit the table, not this file.
package org.ss7sim.map.%s;
'''

def jtype(f):
    name, asn, t, tag, kind = f
    if kind == 'F':
        return 'boolean'
    return T[t][0]

def codec(f):
    name, asn, t, tag, kind = f
    if kind == 'F':
        return 'Codecs.FLAG'
    return T[t][1]

def gen(m):
    name = m['name']
    fields = m['fields']
    comps = ['%s %s' % (jtype(f), f[0]) for f in fields]
    bare = m['bare']
    if bare is not None:
        comps.append('boolean bareForm')
    comps.append('List<RawElement> unmodelled')
    impl = ' implements MapParameter' if m['param'] else (' implements %s' % m['iface'] if m['iface'] else '')
    lines = [HEADER % m['pkg']]
    imports = ['java.util.List', 'org.ss7sim.map.common.*', 'org.ss7sim.wire.Octets', 'org.ss7sim.wire.MalformedMessageException',
               'org.ss7sim.wire.ber.BerCodec', 'org.ss7sim.wire.ber.BerReader', 'org.ss7sim.wire.ber.BerTag',
               'org.ss7sim.wire.ber.BerWriter', 'org.ss7sim.wire.ber.BitString', 'org.ss7sim.wire.ber.Codecs',
               'org.ss7sim.wire.ber.Field', 'org.ss7sim.wire.ber.ObjectIdentifier', 'org.ss7sim.wire.ber.RawElement',
               'org.ss7sim.wire.ber.SequenceCodec', 'org.ss7sim.wire.gsm.AddressString', 'org.ss7sim.wire.gsm.Imsi']
    lines.append('import static org.ss7sim.wire.ber.SequenceOut.ctx;\n')
    for i in imports:
        lines.append('import %s;' % i)
    lines.append('')
    doc = m['doc'].replace('\n', '\n *   ')
    lines.append('/**')
    lines.append(' * %s (TS 29.002 %s).' % (m['asn'], m['spec']))
    lines.append(' *')
    lines.append(' * <pre>')
    lines.append(' * %s ::= SEQUENCE {' % m['asn'])
    lines.append(' *   %s }' % doc)
    lines.append(' * </pre>')
    lines.append(' *')
    lines.append(' * <p>Components not listed as record components are kept in {@code unmodelled}.')
    if bare is not None:
        lines.append(' * {@code bareForm}: decoded from (and re-encoded as) the earlier version\'s bare form.')
    lines.append(' */')
    lines.append('@SuppressWarnings("unused")')
    lines.append('public record %s(\n    %s)%s {' % (name, ',\n    '.join(comps), impl))
    lines.append('  public %s {' % name)
    lines.append('    unmodelled = List.copyOf(unmodelled);')
    lines.append('  }')
    lines.append('')
    # factory with mandatory fields
    mand = [f for f in fields if f[4] == 'M']
    args = ', '.join('%s %s' % (jtype(f), f[0]) for f in mand)
    vals = []
    for f in fields:
        if f[4] == 'M':
            vals.append(f[0])
        elif f[4] == 'F':
            vals.append('false')
        else:
            vals.append('null')
    if bare is not None:
        vals.append('false')
    vals.append('List.of()')
    lines.append('  /** The value with its mandatory components only. */')
    lines.append('  public static %s of(%s) {' % (name, args))
    lines.append('    return new %s(%s);' % (name, ', '.join(vals)))
    lines.append('  }')
    lines.append('')
    # sequence codec
    flist = []
    for f in fields:
        fn, asn, t, tag, kind = f
        if kind == 'F':
            flist.append('Field.flag("%s", %s)' % (asn, tag))
        elif kind == 'M':
            flist.append('Field.mandatory("%s", %s, %s)' % (asn, tag, codec(f)))
        else:
            flist.append('Field.optional("%s", %s, %s)' % (asn, tag, codec(f)))
    build_args = []
    for i, f in enumerate(fields):
        build_args.append('v.flag(%d)' % i if f[4] == 'F' else 'v.get(%d)' % i)
    if bare is not None:
        build_args.append('false')
    build_args.append('v.rest()')
    lines.append('  /** The SEQUENCE form. */')
    lines.append('  public static final SequenceCodec<%s> SEQUENCE_CODEC =' % name)
    lines.append('      new SequenceCodec<>(')
    lines.append('          "%s",' % m['asn'])
    lines.append('          %s,' % m['tag'])
    lines.append('          SequenceCodec.order(%s),' % ', '.join(m['order']))
    lines.append('          List.of(\n              %s),' % ',\n              '.join(flist))
    lines.append('          v -> new %s(%s),' % (name, ', '.join(build_args)))
    lines.append('          x -> new Object[] {%s},' % ', '.join('x.%s' % f[0] for f in fields))
    lines.append('          %s::unmodelled);' % name)
    lines.append('')
    if bare is None:
        lines.append('  public static final BerCodec<%s> CODEC = SEQUENCE_CODEC;' % name)
    elif bare == 'list':
        lines.append('  /** The v3 form, or the v2 bare SEQUENCE OF AuthenticationTriplet. */')
        lines.append('  public static final BerCodec<%s> CODEC =' % name)
        lines.append('      new BerCodec<>() {')
        lines.append('        @Override')
        lines.append('        public %s decode(BerReader r) throws MalformedMessageException {' % name)
        lines.append('          if (r.tag() == BerTag.SEQUENCE) {')
        lines.append('            var list = Codecs.sequenceOf(AuthenticationSetList.TRIPLET, 5).decode(r);')
        lines.append('            return new %s(new AuthenticationSetList(list, null), null, true, List.of());' % name)
        lines.append('          }')
        lines.append('          return SEQUENCE_CODEC.decode(r);')
        lines.append('        }')
        lines.append('')
        lines.append('        @Override')
        lines.append('        public void encode(%s v, int tag, BerWriter out) {' % name)
        lines.append('          if (v.bareForm) {')
        lines.append('            Codecs.sequenceOf(AuthenticationSetList.TRIPLET, 5).encode(v.authenticationSetList.triplets(), BerTag.SEQUENCE, out);')
        lines.append('          } else {')
        lines.append('            SEQUENCE_CODEC.encode(v, tag, out);')
        lines.append('          }')
        lines.append('        }')
        lines.append('')
        lines.append('        @Override')
        lines.append('        public int defaultTag() {')
        lines.append('          return %s;' % m['tag'])
        lines.append('        }')
        lines.append('')
        lines.append('        @Override')
        lines.append('        public int tagFor(%s v, int fieldTag) {' % name)
        lines.append('          return v.bareForm ? BerTag.SEQUENCE : fieldTag;')
        lines.append('        }')
        lines.append('      };')
    else:
        bf = fields[bare]
        bare_vals = []
        for i, f in enumerate(fields):
            if i == bare:
                bare_vals.append('value')
            elif f[4] == 'F':
                bare_vals.append('false')
            else:
                bare_vals.append('null')
        bare_vals += ['true', 'List.of()']
        # for a CHOICE bare field, the bare form is any tag the codec accepts
        if bf[3] == '-1':
            cond = '%s.acceptsTag(r.tag()) && r.tag() != %s' % (codec(bf), m['tag'])
            enc_tag = '%s.tagFor(v.%s, 0)' % (codec(bf), bf[0])
        else:
            cond = 'r.tag() == BerTag.OCTET_STRING && %s != BerTag.OCTET_STRING' % m['tag']
            enc_tag = 'BerTag.OCTET_STRING'
        lines.append('  /** The SEQUENCE form, or the earlier version\'s bare %s. */' % bf[1])
        lines.append('  public static final BerCodec<%s> CODEC =' % name)
        lines.append('      new BerCodec<>() {')
        lines.append('        @Override')
        lines.append('        public %s decode(BerReader r) throws MalformedMessageException {' % name)
        lines.append('          if (%s) {' % cond)
        lines.append('            %s value = %s.decode(r);' % (jtype(bf), codec(bf)))
        lines.append('            return new %s(%s);' % (name, ', '.join(bare_vals)))
        lines.append('          }')
        lines.append('          return SEQUENCE_CODEC.decode(r);')
        lines.append('        }')
        lines.append('')
        lines.append('        @Override')
        lines.append('        public void encode(%s v, int tag, BerWriter out) {' % name)
        lines.append('          if (v.bareForm) {')
        lines.append('            %s.encode(v.%s, %s, out);' % (codec(bf), bf[0], enc_tag))
        lines.append('          } else {')
        lines.append('            SEQUENCE_CODEC.encode(v, tag, out);')
        lines.append('          }')
        lines.append('        }')
        lines.append('')
        lines.append('        @Override')
        lines.append('        public int defaultTag() {')
        lines.append('          return %s;' % m['tag'])
        lines.append('        }')
        lines.append('')
        lines.append('        @Override')
        lines.append('        public int tagFor(%s v, int fieldTag) {' % name)
        lines.append('          return v.bareForm ? %s : fieldTag;' % enc_tag)
        lines.append('        }')
        lines.append('      };')
    lines.append('}')
    return '\n'.join(lines) + '\n'

for m in MSGS:
    os.makedirs(os.path.join(OUT, '..', m['pkg']), exist_ok=True)
    with open(os.path.join(OUT, '..', m['pkg'], m['name'] + '.java'), 'w') as fh:
        fh.write(gen(m))


# ---------------------------------------------------------------- bare arguments and results
# An operation whose ARGUMENT or RESULT is a plain type, not a SEQUENCE: a record of that one value.
WRAPS = []
def wrap(name, asn, spec, field, t, doc):
    WRAPS.append(dict(name=name, asn=asn, spec=spec, field=field, t=t, doc=doc))

wrap('SendImsiArg', 'sendIMSI ARGUMENT', '§8.9.1 (TS 29.002 §17.6.4)', 'msisdn', 'addr',
     'ISDN-AddressString: the MSISDN whose IMSI is asked for')
wrap('SendImsiRes', 'sendIMSI RESULT', '§8.9.1 (TS 29.002 §17.6.4)', 'imsi', 'imsi', 'IMSI')

def gen_wrap(w):
    jt, cd = T[w['t']]
    n, f = w['name'], w['field']
    lines = [HEADER % 'message']
    for i in ['java.util.Objects', 'org.ss7sim.wire.MalformedMessageException', 'org.ss7sim.wire.ber.BerCodec',
              'org.ss7sim.wire.ber.BerReader', 'org.ss7sim.wire.ber.BerWriter', 'org.ss7sim.wire.gsm.AddressString',
              'org.ss7sim.wire.gsm.Imsi']:
        lines.append('import %s;' % i)
    lines.append('')
    lines.append('/** %s (TS 29.002 %s): %s, not wrapped in a SEQUENCE. */' % (w['asn'], w['spec'], w['doc']))
    lines.append('public record %s(%s %s) implements MapParameter {' % (n, jt, f))
    lines.append('  public %s {' % n)
    lines.append('    Objects.requireNonNull(%s, "%s");' % (f, f))
    lines.append('  }')
    lines.append('')
    lines.append('  public static final BerCodec<%s> CODEC =' % n)
    lines.append('      new BerCodec<>() {')
    lines.append('        @Override')
    lines.append('        public %s decode(BerReader r) throws MalformedMessageException {' % n)
    lines.append('          return new %s(%s.decode(r));' % (n, cd))
    lines.append('        }')
    lines.append('')
    lines.append('        @Override')
    lines.append('        public void encode(%s v, int tag, BerWriter out) {' % n)
    lines.append('          %s.encode(v.%s, tag, out);' % (cd, f))
    lines.append('        }')
    lines.append('')
    lines.append('        @Override')
    lines.append('        public int defaultTag() {')
    lines.append('          return %s.defaultTag();' % cd)
    lines.append('        }')
    lines.append('      };')
    lines.append('}')
    return '\n'.join(lines) + '\n'

for w in WRAPS:
    with open(os.path.join(OUT, w['name'] + '.java'), 'w') as fh:
        fh.write(gen_wrap(w))

# hand-written CHOICE types that are operation arguments or results
HAND_PARAMS = ['SsInfo', 'InterrogateSsRes']

params = [m['name'] for m in MSGS if m['param'] and m['pkg'] == 'message'] + [w['name'] for w in WRAPS] + HAND_PARAMS
with open(os.path.join(OUT, 'MapParameter.java'), 'w') as fh:
    fh.write(HEADER % 'message' + '''
/** A MAP operation argument or result (TS 29.002 §17.6, §17.7). */
public sealed interface MapParameter
    permits %s {}
''' % ',\n        '.join(params))
# ---------------------------------------------------------------- typed operation descriptors
# One row per MapOperation constant: argument type, result type (None: no result parameter).
# OperationsTableTest checks each row against the MapOperation's codecs.
OPS = [
    ('UPDATE_LOCATION', 'UpdateLocationArg', 'UpdateLocationRes'),
    ('CANCEL_LOCATION', 'CancelLocationArg', 'CancelLocationRes'),
    ('PROVIDE_ROAMING_NUMBER', 'ProvideRoamingNumberArg', 'ProvideRoamingNumberRes'),
    ('INSERT_SUBSCRIBER_DATA', 'InsertSubscriberDataArg', 'InsertSubscriberDataRes'),
    ('DELETE_SUBSCRIBER_DATA', 'DeleteSubscriberDataArg', 'DeleteSubscriberDataRes'),
    ('REGISTER_SS', 'RegisterSsArg', 'SsInfo'),
    ('ERASE_SS', 'SsForBsCode', 'SsInfo'),
    ('ACTIVATE_SS', 'SsForBsCode', 'SsInfo'),
    ('DEACTIVATE_SS', 'SsForBsCode', 'SsInfo'),
    ('INTERROGATE_SS', 'SsForBsCode', 'InterrogateSsRes'),
    ('SEND_ROUTING_INFO', 'SendRoutingInfoArg', 'SendRoutingInfoRes'),
    ('UPDATE_GPRS_LOCATION', 'UpdateGprsLocationArg', None),
    ('MT_FORWARD_SM', 'MtForwardSmArg', 'MtForwardSmRes'),
    ('SEND_ROUTING_INFO_FOR_SM', 'RoutingInfoForSmArg', 'RoutingInfoForSmRes'),
    ('FORWARD_SM', 'ForwardSmArg', None),
    ('MO_FORWARD_SM', 'MoForwardSmArg', 'MoForwardSmRes'),
    ('REPORT_SM_DELIVERY_STATUS', 'ReportSmDeliveryStatusArg', 'ReportSmDeliveryStatusRes'),
    ('ALERT_SERVICE_CENTRE_WITHOUT_RESULT', 'AlertServiceCentreArg', None),
    ('SEND_IDENTIFICATION', 'SendIdentificationArg', None),
    ('SEND_AUTHENTICATION_INFO', 'SendAuthenticationInfoArg', 'SendAuthenticationInfoRes'),
    ('SEND_IMSI', 'SendImsiArg', 'SendImsiRes'),
    ('PROCESS_UNSTRUCTURED_SS_REQUEST', 'UssdArg', 'UssdRes'),
    ('UNSTRUCTURED_SS_REQUEST', 'UssdArg', 'UssdRes'),
    ('UNSTRUCTURED_SS_NOTIFY', 'UssdArg', None),
    ('INFORM_SERVICE_CENTRE', 'InformServiceCentreArg', None),
    ('ALERT_SERVICE_CENTRE', 'AlertServiceCentreArg', None),
    ('READY_FOR_SM', 'ReadyForSmArg', 'ReadyForSmRes'),
    ('PURGE_MS', 'PurgeMsArg', 'PurgeMsRes'),
    ('PROVIDE_SUBSCRIBER_INFO', 'ProvideSubscriberInfoArg', 'ProvideSubscriberInfoRes'),
    ('ANY_TIME_INTERROGATION', 'AnyTimeInterrogationArg', 'AnyTimeInterrogationRes'),
]

def gen_ops():
    lines = [HEADER % 'operation']
    lines.append('import org.ss7sim.map.message.*;')
    lines.append('')
    lines.append('/**')
    lines.append(' * The typed descriptor of every {@link MapOperation}: its argument and result types, so the MAP')
    lines.append(' * service is used without casts. Opcode, codecs, errors, class and timer come from the operation.')
    lines.append(' */')
    lines.append('public final class MapOperations {')
    lines.append('  private MapOperations() {}')
    for name, arg, res in OPS:
        r = res if res else 'Void'
        lines.append('')
        lines.append('  public static final Operation<%s, %s> %s =' % (arg, r, name))
        lines.append('      new Operation<>(MapOperation.%s, %s.class, %s.class);' % (name, arg, r))
    lines.append('')
    lines.append('  /** The descriptor of {@code operation}. */')
    lines.append('  public static Operation<?, ?> of(MapOperation operation) {')
    lines.append('    return switch (operation) {')
    for name, arg, res in OPS:
        lines.append('      case %s -> %s;' % (name, name))
    lines.append('    };')
    lines.append('  }')
    lines.append('}')
    return '\n'.join(lines) + '\n'

os.makedirs(os.path.join(OUT, '..', 'operation'), exist_ok=True)
with open(os.path.join(OUT, '..', 'operation', 'MapOperations.java'), 'w') as fh:
    fh.write(gen_ops())
print('generated', len(MSGS), 'types and', len(OPS), 'operation descriptors')
