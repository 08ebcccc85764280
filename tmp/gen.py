import os
D='/work/wt/smpp/smpp/src/main/java/org/ss7sim/smpp/pdu/'
H=['CommandStatus status','int sequence']
# name, commandId, ifaces, doc, components(after status, sequence), extra body
recs=[
('GenericNack','GENERIC_NACK',['HeaderOnly'],'generic_nack (SMPP 3.4 §4.3.1): the answer to a PDU whose header is invalid.',[] ,''),
('BindTransmitter','BIND_TRANSMITTER',['BindRequest'],'bind_transmitter (SMPP 3.4 §4.1.1).',
 ['String systemId','String password','String systemType','int interfaceVersion','Address addressRange'],
 '  @Override\n  public BindType bindType() {\n    return BindType.TRANSMITTER;\n  }\n'),
('BindReceiver','BIND_RECEIVER',['BindRequest'],'bind_receiver (SMPP 3.4 §4.1.3).',
 ['String systemId','String password','String systemType','int interfaceVersion','Address addressRange'],
 '  @Override\n  public BindType bindType() {\n    return BindType.RECEIVER;\n  }\n'),
('BindTransceiver','BIND_TRANSCEIVER',['BindRequest'],'bind_transceiver (SMPP 3.4 §4.1.5).',
 ['String systemId','String password','String systemType','int interfaceVersion','Address addressRange'],
 '  @Override\n  public BindType bindType() {\n    return BindType.TRANSCEIVER;\n  }\n'),
('BindTransmitterResp','BIND_TRANSMITTER_RESP',['BindResponse'],'bind_transmitter_resp (SMPP 3.4 §4.1.2). {@code systemId} is {@code null} when the body is absent (allowed on error).',['String systemId','Tlvs tlvs'],''),
('BindReceiverResp','BIND_RECEIVER_RESP',['BindResponse'],'bind_receiver_resp (SMPP 3.4 §4.1.4). {@code systemId} is {@code null} when the body is absent (allowed on error).',['String systemId','Tlvs tlvs'],''),
('BindTransceiverResp','BIND_TRANSCEIVER_RESP',['BindResponse'],'bind_transceiver_resp (SMPP 3.4 §4.1.6). {@code systemId} is {@code null} when the body is absent (allowed on error).',['String systemId','Tlvs tlvs'],''),
('Outbind','OUTBIND',[],'outbind (SMPP 3.4 §4.1.7): the SMSC asks an ESME to bind as receiver.',['String systemId','String password'],''),
('Unbind','UNBIND',['HeaderOnly'],'unbind (SMPP 3.4 §4.2.1).',[],''),
('UnbindResp','UNBIND_RESP',['HeaderOnly'],'unbind_resp (SMPP 3.4 §4.2.2).',[],''),
('EnquireLink','ENQUIRE_LINK',['HeaderOnly'],'enquire_link (SMPP 3.4 §4.11.1).',[],''),
('EnquireLinkResp','ENQUIRE_LINK_RESP',['HeaderOnly'],'enquire_link_resp (SMPP 3.4 §4.11.2).',[],''),
('SubmitSm','SUBMIT_SM',['ShortMessagePdu'],'submit_sm (SMPP 3.4 §4.4.1).',
 ['String serviceType','Address source','Address destination','EsmClass esmClass','int protocolId','int priorityFlag',
  'String scheduleDeliveryTime','String validityPeriod','RegisteredDelivery registeredDelivery','int replaceIfPresent',
  'DataCoding dataCoding','int smDefaultMsgId','Octets shortMessage','Tlvs tlvs'],'SM'),
('DeliverSm','DELIVER_SM',['ShortMessagePdu'],'deliver_sm (SMPP 3.4 §4.6.1): MO messages and delivery receipts to the ESME.',
 ['String serviceType','Address source','Address destination','EsmClass esmClass','int protocolId','int priorityFlag',
  'String scheduleDeliveryTime','String validityPeriod','RegisteredDelivery registeredDelivery','int replaceIfPresent',
  'DataCoding dataCoding','int smDefaultMsgId','Octets shortMessage','Tlvs tlvs'],'SM'),
('SubmitSmResp','SUBMIT_SM_RESP',['MessageIdResponse'],'submit_sm_resp (SMPP 3.4 §4.4.2). {@code messageId} is {@code null} when the body is absent (allowed on error).',['String messageId','Tlvs tlvs'],''),
('DeliverSmResp','DELIVER_SM_RESP',['MessageIdResponse'],'deliver_sm_resp (SMPP 3.4 §4.6.2). {@code messageId} is {@code null} when the body is absent.',['String messageId','Tlvs tlvs'],''),
('DataSm','DATA_SM',[],'data_sm (SMPP 3.4 §4.7.1): the message travels in TLVs (message_payload).',
 ['String serviceType','Address source','Address destination','EsmClass esmClass','RegisteredDelivery registeredDelivery','DataCoding dataCoding','Tlvs tlvs'],''),
('DataSmResp','DATA_SM_RESP',['MessageIdResponse'],'data_sm_resp (SMPP 3.4 §4.7.2). {@code messageId} is {@code null} when the body is absent.',['String messageId','Tlvs tlvs'],''),
('SubmitMulti','SUBMIT_MULTI',[],'submit_multi (SMPP 3.4 §4.5.1): one message to up to 254 SME addresses or distribution lists.',
 ['String serviceType','Address source','List<MultiDestination> destinations','EsmClass esmClass','int protocolId','int priorityFlag',
  'String scheduleDeliveryTime','String validityPeriod','RegisteredDelivery registeredDelivery','int replaceIfPresent',
  'DataCoding dataCoding','int smDefaultMsgId','Octets shortMessage','Tlvs tlvs'],'MULTI'),
('SubmitMultiResp','SUBMIT_MULTI_RESP',[],'submit_multi_resp (SMPP 3.4 §4.5.2). {@code messageId} is {@code null} when the body is absent.',
 ['String messageId','List<UnsuccessfulDelivery> unsuccessful','Tlvs tlvs'],'MULTIRESP'),
('QuerySm','QUERY_SM',[],'query_sm (SMPP 3.4 §4.8.1).',['String messageId','Address source'],''),
('QuerySmResp','QUERY_SM_RESP',[],'query_sm_resp (SMPP 3.4 §4.8.2). {@code messageId} is {@code null} when the body is absent (on error).',
 ['String messageId','String finalDate','int messageState','int errorCode'],''),
('CancelSm','CANCEL_SM',[],'cancel_sm (SMPP 3.4 §4.9.1).',['String serviceType','String messageId','Address source','Address destination'],''),
('CancelSmResp','CANCEL_SM_RESP',['HeaderOnly'],'cancel_sm_resp (SMPP 3.4 §4.9.2).',[],''),
('ReplaceSm','REPLACE_SM',[],'replace_sm (SMPP 3.4 §4.10.1).',
 ['String messageId','Address source','String scheduleDeliveryTime','String validityPeriod','RegisteredDelivery registeredDelivery','int smDefaultMsgId','Octets shortMessage','Tlvs tlvs'],''),
('ReplaceSmResp','REPLACE_SM_RESP',['HeaderOnly'],'replace_sm_resp (SMPP 3.4 §4.10.2).',[],''),
('AlertNotification','ALERT_NOTIFICATION',[],'alert_notification (SMPP 3.4 §4.12.1): an MS has become available.',['Address source','Address esme','Tlvs tlvs'],''),
]
names=[r[0] for r in recs]+['UnknownPdu']
imports_for=lambda comps: (['import java.util.List;'] if any('List<' in c for c in comps) else [])+(['import org.ss7sim.wire.Octets;'] if any(c.startswith('Octets') for c in comps) else [])
for name,cid,ifaces,doc,comps,extra in recs:
  allc=H+comps
  cnames=[c.split()[-1] for c in allc]
  imps=['import java.util.Objects;']+imports_for(comps)
  checks=[]
  for c in allc:
    t,n=c.rsplit(' ',1)
    if t in ('int',): 
      if n in ('sequence',): continue
      checks.append(f'    Address.checkOctet({n}, "{n}");')
    elif n in ('systemId','messageId','finalDate') and ('Resp' in name):
      continue
    else:
      checks.append(f'    Objects.requireNonNull({n}, "{n}");')
  if any('List<' in c for c in comps):
    for c in comps:
      if 'List<' in c:
        n=c.split()[-1]; checks.append(f'    {n} = List.copyOf({n});')
  impl=', '.join(['Pdu']+ifaces) if ifaces else 'Pdu'
  args=', '.join(cnames)
  ws=', '.join(['status','seq']+cnames[2:])
  body=f'''package org.ss7sim.smpp.pdu;

{chr(10).join(sorted(set(imps)))}

/** {doc} */
public record {name}({', '.join(allc)}) implements {impl} {{
  public {name} {{
{chr(10).join(checks)}
  }}

  @Override
  public CommandId commandId() {{
    return CommandId.{cid};
  }}

  @Override
  public {name} withSequence(int seq) {{
    return new {name}({ws});
  }}
'''
  if extra and extra not in ('SM','MULTI','MULTIRESP'): body+='\n'+extra
  if extra=='SM':
    body+=f'''
  /** A plain message with defaults for every other field. */
  public static {name} of(Address source, Address destination, DataCoding dataCoding, Octets shortMessage) {{
    return new {name}(CommandStatus.OK, 0, "", source, destination, EsmClass.DEFAULT, 0, 0, "", "",
        RegisteredDelivery.NONE, 0, dataCoding, 0, shortMessage, Tlvs.EMPTY);
  }}

  public {name} withEsmClass(EsmClass e) {{
    return new {name}(status, sequence, serviceType, source, destination, e, protocolId, priorityFlag,
        scheduleDeliveryTime, validityPeriod, registeredDelivery, replaceIfPresent, dataCoding, smDefaultMsgId,
        shortMessage, tlvs);
  }}

  public {name} withRegisteredDelivery(RegisteredDelivery r) {{
    return new {name}(status, sequence, serviceType, source, destination, esmClass, protocolId, priorityFlag,
        scheduleDeliveryTime, validityPeriod, r, replaceIfPresent, dataCoding, smDefaultMsgId, shortMessage, tlvs);
  }}

  public {name} withTlvs(Tlvs t) {{
    return new {name}(status, sequence, serviceType, source, destination, esmClass, protocolId, priorityFlag,
        scheduleDeliveryTime, validityPeriod, registeredDelivery, replaceIfPresent, dataCoding, smDefaultMsgId,
        shortMessage, t);
  }}
'''
  body+='}\n'
  open(D+name+'.java','w').write(body)

open(D+'Pdu.java','w').write(f'''package org.ss7sim.smpp.pdu;

/**
 * An SMPP PDU (SMPP 3.4 §3.2): the header's command_status and sequence_number are components of
 * every record; command_length is computed by the codec. One record per PDU type; {{@link
 * UnknownPdu}} keeps PDUs with a command_id no spec here defines.
 */
public sealed interface Pdu
    permits {(','+chr(10)+'        ').join(names)} {{

  /** The command, or {{@code null}} for an {{@link UnknownPdu}}. */
  CommandId commandId();

  CommandStatus status();

  /** sequence_number as the 32 bits on the wire (an int; values above 0x7FFFFFFF read negative). */
  int sequence();

  /** The same PDU with another sequence number. */
  Pdu withSequence(int sequence);

  /** The raw command_id. */
  default long commandCode() {{
    return commandId().code();
  }}

  default boolean isResponse() {{
    return CommandId.isResponse(commandCode());
  }}
}}
''')
