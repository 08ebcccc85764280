package org.ss7sim.simulator.node.smsc;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ss7sim.map.error.MapErrorCode;
import org.ss7sim.map.message.AlertServiceCentreArg;
import org.ss7sim.map.message.ReportSmDeliveryStatusArg;
import org.ss7sim.map.message.RoutingInfoForSmArg;
import org.ss7sim.map.message.RoutingInfoForSmRes;
import org.ss7sim.map.operation.MapApplicationContext;
import org.ss7sim.map.operation.MapOperations;
import org.ss7sim.map.service.Confirmation;
import org.ss7sim.map.service.Invocation;
import org.ss7sim.map.service.MapConfig;
import org.ss7sim.map.service.MapDialogue;
import org.ss7sim.map.service.MapStack;
import org.ss7sim.map.service.TypedMapUser;
import org.ss7sim.sccp.GlobalTitle;
import org.ss7sim.sccp.RoutingIndicator;
import org.ss7sim.sccp.SccpAddress;
import org.ss7sim.sccp.Ssn;
import org.ss7sim.simulator.config.network.KindData.SmscData;
import org.ss7sim.simulator.config.network.Node;
import org.ss7sim.simulator.network.NodeLogic;
import org.ss7sim.simulator.network.SimNode;
import org.ss7sim.smpp.pdu.Address;
import org.ss7sim.smpp.pdu.BindType;
import org.ss7sim.smpp.pdu.CancelSm;
import org.ss7sim.smpp.pdu.CommandStatus;
import org.ss7sim.smpp.pdu.DeliverSm;
import org.ss7sim.smpp.pdu.DeliveryReceipt;
import org.ss7sim.smpp.pdu.QuerySm;
import org.ss7sim.smpp.pdu.QuerySmResp;
import org.ss7sim.smpp.pdu.ReplaceSm;
import org.ss7sim.smpp.pdu.SmppTime;
import org.ss7sim.smpp.pdu.SubmitSm;
import org.ss7sim.smpp.pdu.SubmitSmResp;
import org.ss7sim.smpp.pdu.TlvTag;
import org.ss7sim.smpp.pdu.Tlvs;
import org.ss7sim.smpp.server.EsmeBind;
import org.ss7sim.smpp.server.MessageManagement;
import org.ss7sim.smpp.server.SmscService;
import org.ss7sim.smpp.server.Submission;
import org.ss7sim.smpp.server.SubmitCheck;
import org.ss7sim.smpp.server.SubmitResult;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.gsm.AddressString;
import org.ss7sim.wire.gsm.Imsi;

/**
 * The SMS centre (DESIGN.md §3 flow 3): an SMPP server whose submit_sm is committed to the store
 * before submit_sm_resp; then SendRoutingInfoForSM to the HLR by the recipient's number as global
 * title, MT-ForwardSM to the serving MSC ({@link MtDelivery}: segments of a long message in one
 * dialogue, version fallback by the MAP service), a receipt as deliver_sm from the outcome. Absent
 * subscribers wait for alertServiceCentre (after ReportSM-DeliveryStatus) or the retry schedule;
 * messages past their validity expire. After a restart every unfinished message is taken up again.
 */
public final class Smsc implements NodeLogic, TypedMapUser, SmscService {
  private static final Logger LOG = LoggerFactory.getLogger(Smsc.class);

  private final Node config;
  private final SmscData data;
  private final String store;
  private final Path directory;
  private SimNode node;
  private MapStack map;
  private MessageStore messages;
  private MessageWrites writes;
  private SmppEndpoint smpp;
  private int directSequence;
  private InetSocketAddress smppAddress;
  private String ownGt;

  /** Messages in progress or waiting, by id (the node thread's view). */
  private final Map<String, StoredMessage> active = new HashMap<>();

  private final AtomicInteger receiptsSent = new AtomicInteger();

  private final MobileOriginatedRelay mobileOriginated;

  /** Attempts under way at most while stored messages are taken up after a restart. */
  static final int RESUME_WINDOW = 256;

  /** Stored messages a restart left, not yet taken up (oldest first; see {@link #resumeNext}). */
  private final java.util.ArrayDeque<String> toResume = new java.util.ArrayDeque<>();

  /** Messages with an attempt under way (SRI or MT-ForwardSM outstanding). */
  private final java.util.Set<String> inProgress = new java.util.HashSet<>();

  /** Messages whose subscriber was alerted while an attempt was under way: retry at once. */
  private final java.util.Set<String> alerted = new java.util.HashSet<>();

  /** The message of each dialogue of an attempt under way (SRI-SM or MT-ForwardSM): TC-NOTICE. */
  private final Map<MapDialogue, String> attemptDialogues = new java.util.IdentityHashMap<>();

  /** Messages whose attempt SCCP returned (no route to the HLR or MSC): the SCCP return cause. */
  private final Map<String, String> returned = new HashMap<>();

  /** The receipt error of each message's last failed attempt (its err when it expires). */
  private final Map<String, Integer> lastError = new HashMap<>();

  /**
   * @param store overrides the network file's {@code store:} when not null
   */
  public Smsc(Node config, String store, Path directory) {
    this.config = config;
    this.data = config.data(SmscData.class);
    this.store = store != null ? store : data.store();
    this.directory = directory;
    this.mobileOriginated = new MobileOriginatedRelay(data.accounts(), this::deliver, () -> node);
  }

  @Override
  public void start(SimNode node) throws Exception {
    this.node = node;
    this.ownGt = config.globalTitles().isEmpty() ? "" : config.globalTitles().get(0).digits();
    // SCCP here segments long messages (XUDT), so an MT-ForwardSM goes whole in the TC-BEGIN.
    map =
        new MapStack(
            node.tcap(Ssn.MSC.value()).orElseThrow(),
            this,
            MapConfig.defaults().withSegmentation(true));
    messages = MessageStore.open(store, config.name(), directory);
    if (!(node.loop() instanceof org.ss7sim.simulator.network.Loop.Real)) {
      writes = GroupCommit.inline(messages, config.name());
    } else if (store.equals("embedded")) {
      writes =
          JournaledWrites.open(
              messages,
              MessageStore.journalDirectory(directory, config.name()),
              config.name(),
              node.loop().timers()::nanoTime);
    } else {
      writes =
          GroupCommit.threaded(
              messages,
              config.name(),
              node.loop().timers()::nanoTime,
              GroupCommit.DEFAULT_INTERVAL_NANOS);
    }
    if (node.loop() instanceof org.ss7sim.simulator.network.Loop.Real) {
      // The pcap shows the SMSC at its trace address and the file's SMPP port (2775 when the
      // port is ephemeral), as the ESMEs' own taps do; outside ESMEs' sessions are traced here.
      int tracedPort = data.smpp().port() == 0 ? 2775 : data.smpp().port();
      org.ss7sim.smpp.session.WireTap tap =
          node.tracer() == null
              ? org.ss7sim.smpp.session.WireTap.NONE
              : new org.ss7sim.simulator.trace.SmscWireTrace(
                  node.tracer(),
                  config.name(),
                  org.ss7sim.wire.pcap.Endpoint.of(
                      node.pcapAddress(config.name()).address().getHostAddress(), tracedPort));
      smpp = new SmppEndpoint(config.name(), data, this, tap, node.smppLoops());
      smppAddress = smpp.listen(messages);
    } // else a virtual-time run: its ESMEs submit directly (submitDirect)
    for (StoredMessage m : readable().unfinished()) {
      active.put(m.id(), m);
    }
    for (StoredMessage m : readable().owedReceipts()) {
      sendReceipt(m); // queued by the SMPP server until the ESME binds
    }
    if (!active.isEmpty()) {
      resumeWhenLinked(100);
    }
  }

  /**
   * After a restart: the stored messages are taken up once the node can reach the network (an
   * adjacent STP accessible), checked every 100 ms for at most 10 s.
   */
  private void resumeWhenLinked(int checksLeft) {
    if (linked() || checksLeft == 0) {
      LOG.debug("smsc {}: resuming {} stored messages", config.name(), active.size());
      toResume.addAll(active.keySet());
      resumeNext();
      return;
    }
    node.loop().timers().schedule(Duration.ofMillis(100), () -> resumeWhenLinked(checksLeft - 1));
  }

  /**
   * Takes up stored messages a restart left, while fewer than {@link #RESUME_WINDOW} attempts are
   * under way; each attempt that ends takes up the next. A restart with a million waiting messages
   * thus feeds the network as fast as it answers instead of opening a million dialogues at once
   * (which left every one of them pending behind the others).
   */
  private void resumeNext() {
    if (resuming) {
      return; // an attempt that ended at once (expired) is inside this loop already
    }
    resuming = true;
    try {
      while (!toResume.isEmpty() && inProgress.size() < RESUME_WINDOW) {
        attempt(toResume.poll());
      }
    } finally {
      resuming = false;
    }
  }

  private boolean resuming; // on the node's thread

  /** Whether an adjacent STP is accessible (a delivery attempt can leave the node). */
  private boolean linked() {
    if (adjacentPointCodes == null) {
      // the network file does not change during a run: asked for every message taken up
      adjacentPointCodes =
          config.adjacent().stream()
              .map(p -> node.network().node(p).flatMap(Node::pointCode))
              .flatMap(Optional::stream)
              .toList();
    }
    for (org.ss7sim.mtp.PointCode pc : adjacentPointCodes) {
      if (node.m3ua().accessible(pc)) {
        return true;
      }
    }
    return false;
  }

  private List<org.ss7sim.mtp.PointCode> adjacentPointCodes; // on the node's thread

  /** The certificates of the SMPP listener's TLS (leaf first); empty for plain TCP. */
  public List<java.security.cert.X509Certificate> smppCertificates() {
    return smpp == null ? List.of() : smpp.certificates();
  }

  /**
   * The SMPP server (its counters and bind lock-out are safe to read from any thread), empty before
   * the start and in a virtual-time run.
   */
  public java.util.Optional<org.ss7sim.smpp.server.SmppServer> smppServer() {
    return java.util.Optional.ofNullable(smpp).map(SmppEndpoint::server);
  }

  /** Where the SMPP server listens (the bound address, also when the file gives port 0). */
  public InetSocketAddress smppAddress() {
    return smppAddress;
  }

  @Override
  public void stop() {
    if (smpp != null) {
      smpp.close();
    }
    if (writes != null) {
      writes.close();
    }
    if (messages != null) {
      messages.close();
    }
  }

  @Override
  public List<String> leaks() {
    List<String> l = new ArrayList<>();
    // Messages waiting for their subscriber are stored, not leaked; an attempt still under way
    // after the run is.
    if (!inProgress.isEmpty()) {
      l.add(inProgress.size() + " delivery attempts under way");
    }
    if (!attemptDialogues.isEmpty()) {
      l.add(attemptDialogues.size() + " attempt dialogues kept after their answer");
    }
    return l;
  }

  public int receiptsSent() {
    return receiptsSent.get();
  }

  // ---- SMPP side (on the SMPP event loop) ----

  /**
   * A submission answered at once: waits (at most 10 s) for the transaction holding it
   * (submit_multi and other callers that cannot wait asynchronously).
   */
  @Override
  public SubmitResult submit(Submission s) {
    java.util.concurrent.CompletableFuture<SubmitResult> answer =
        new java.util.concurrent.CompletableFuture<>();
    submit(s, answer::complete);
    try {
      return answer.get(10, java.util.concurrent.TimeUnit.SECONDS);
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      LOG.warn("smsc {}: no answer from the store: {}", config.name(), e.toString());
      return new SubmitResult.Rejected(CommandStatus.SYSTEM_ERROR);
    }
  }

  /**
   * A submission: the message is queued for the store's next write ({@link MessageWrites}: the
   * journal on the embedded store, else a transaction of {@link GroupCommit}); once it is durable,
   * the node takes the message up and {@code answer} gets its id (submit_sm_resp ESME_ROK), so
   * nothing is acknowledged that a crash could lose. A store that refuses it answers ESME_RSYSERR.
   */
  @Override
  public void submit(Submission s, java.util.function.Consumer<SubmitResult> answer) {
    if (MessageManagement.replaceIfPresent(s.request())) {
      replaceIfPresent(s, answer);
      return;
    }
    submit(s, answer, List.of());
  }

  /** {@link #submit(Submission, java.util.function.Consumer)}, ending {@code replaced} with it. */
  private void submit(
      Submission s,
      java.util.function.Consumer<SubmitResult> answer,
      List<StoredMessage> replaced) {
    long now = node.loop().timers().currentTimeMillis();
    String id;
    try {
      id = messages.nextId();
    } catch (Exception e) {
      if (messages.isClosed()) {
        LOG.debug("smsc {}: stopping, submit refused", config.name());
      } else {
        LOG.warn("smsc {}: store refused a message id", config.name(), e);
      }
      answer.accept(new SubmitResult.Rejected(CommandStatus.SYSTEM_ERROR));
      return;
    }
    String flow =
        s.tlvs()
            .find(TlvTag.USER_MESSAGE_REFERENCE)
            .map(t -> node.flows().table().submitted(s.bind().systemId(), (int) t.unsigned()))
            .orElse("");
    StoredMessage m =
        new StoredMessage(
            id,
            s.bind().systemId(),
            s.source().address(),
            s.destination().address(),
            s.dataCoding().value(),
            s.payload(),
            s.registeredDelivery().value() != 0,
            now,
            s.validityPeriod() == null
                ? now + data.validity().toMillis()
                : s.validityPeriod().resolve(Instant.ofEpochMilli(now)).toEpochMilli(),
            StoredMessage.State.PENDING,
            0,
            flow,
            s.scheduleDeliveryTime() == null
                ? 0
                : s.scheduleDeliveryTime().resolve(Instant.ofEpochMilli(now)).toEpochMilli(),
            0,
            0,
            serviceType(s));
    writes.insert(
        m,
        replaced,
        committed -> {
          if (!committed) {
            if (messages.isClosed()) {
              LOG.debug("smsc {}: stopping, submit refused", config.name());
            }
            answer.accept(new SubmitResult.Rejected(CommandStatus.SYSTEM_ERROR));
            return;
          }
          takeUp(m);
          answer.accept(new SubmitResult.Accepted(m.id()));
        });
  }

  private static String serviceType(Submission s) {
    if (s.request() instanceof SubmitSm sm) {
      return sm.serviceType();
    }
    if (s.request() instanceof org.ss7sim.smpp.pdu.DataSm d) {
      return d.serviceType();
    }
    if (s.request() instanceof org.ss7sim.smpp.pdu.SubmitMulti m) {
      return m.serviceType();
    }
    return "";
  }

  /** A message just committed: the node starts its delivery (on the node's thread). */
  private void takeUp(StoredMessage m) {
    try {
      node.execute(
          () -> {
            active.put(m.id(), m);
            if (linked()) {
              attempt(m.id());
            } else {
              // just (re)started: the first attempt waits for the links, as stored messages do
              resumeWhenLinked(100);
            }
          });
    } catch (RuntimeException stopped) {
      // the node stopped meanwhile: the message is stored and taken up after the restart
      LOG.debug("smsc {}: stopped, {} left for the restart", config.name(), m.id());
    }
  }

  // ---- message management (SMPP 3.4 §4.8-4.10), on the SMPP loop ----

  /**
   * submit_sm (or submit_multi) with replace_if_present_flag 1 (SMPP 3.4 §5.2.18), on the node's
   * thread so no attempt starts meanwhile: the ESME's messages still pending delivery with the same
   * source address, destination address and service_type ({@link MessageManagement#replacedBy}) end
   * DELETED, without a receipt, in the same store transaction that stores the new message under a
   * new id; submit_sm_resp carries that id. A message with a delivery attempt under way is past
   * replacing: the new message is stored beside it. When the store refuses the new message, the old
   * ones are taken up again as they were.
   */
  private void replaceIfPresent(Submission s, java.util.function.Consumer<SubmitResult> answer) {
    try {
      node.loop()
          .submit(
              () -> {
                List<MessageManagement.Held> candidates = new ArrayList<>();
                for (StoredMessage m : active.values()) {
                  if (!inProgress.contains(m.id())) {
                    candidates.add(held(m));
                  }
                }
                long now = node.loop().timers().currentTimeMillis();
                List<StoredMessage> replaced = new ArrayList<>();
                for (String id : MessageManagement.replacedBy(s, serviceType(s), candidates)) {
                  StoredMessage m = active.remove(id);
                  alerted.remove(id);
                  lastError.remove(id);
                  replaced.add(m.done(StoredMessage.State.DELETED, now, 0));
                  LOG.debug("smsc {}: message {} replaced (replace_if_present)", config.name(), id);
                }
                submit(
                    s,
                    result -> {
                      if (result instanceof SubmitResult.Rejected && !replaced.isEmpty()) {
                        node.execute(() -> restore(replaced));
                      }
                      answer.accept(result);
                    },
                    replaced);
                return null;
              });
    } catch (RuntimeException stopped) {
      LOG.debug("smsc {}: stopping, submit refused", config.name());
      answer.accept(new SubmitResult.Rejected(CommandStatus.SYSTEM_ERROR));
    }
  }

  /** Messages a refused replacement was to end: taken up again in their stored state. */
  private void restore(List<StoredMessage> replaced) {
    MessageStore store = readable();
    for (StoredMessage done : replaced) {
      try {
        store.find(done.id()).ifPresent(m -> active.put(m.id(), m));
      } catch (java.sql.SQLException e) {
        LOG.warn("smsc {}: store lookup of {} failed: {}", config.name(), done.id(), e.toString());
      }
      attempt(done.id());
    }
  }

  /**
   * query_sm: the stored message as committed (queued state changes are written first), by the
   * rules of {@link MessageManagement}; PENDING and WAITING read as ENROUTE.
   */
  @Override
  public QuerySmResp query(EsmeBind bind, QuerySm q) {
    return MessageManagement.query(bind, q, storedHeld(q.messageId()));
  }

  /**
   * cancel_sm: on the node's thread, so no attempt starts meanwhile. A message with an attempt
   * under way (SRI-SM or MT-ForwardSM outstanding) cannot be cancelled any more (ESME_RCANCELFAIL);
   * a waiting or scheduled one ends DELETED, without a receipt.
   */
  @Override
  public CommandStatus cancel(EsmeBind bind, CancelSm c) {
    return onNode(
        () -> {
          List<MessageManagement.Held> candidates = new ArrayList<>();
          if (!c.messageId().isEmpty()) {
            storedHeld(c.messageId()).ifPresent(candidates::add);
          } else {
            for (StoredMessage m :
                readable().to(bind.systemId(), SubmitCheck.normalize(c.destination()).address())) {
              candidates.add(held(m));
            }
          }
          MessageManagement.Cancellation r = MessageManagement.cancel(bind, c, candidates);
          // an attempt under way is past cancelling
          if (r.status().isOk() && !c.messageId().isEmpty() && inProgress.contains(c.messageId())) {
            return CommandStatus.CANCEL_FAILED;
          }
          List<String> cancelled =
              r.messageIds().stream().filter(id -> !inProgress.contains(id)).toList();
          if (r.status().isOk() && cancelled.isEmpty()) {
            return CommandStatus.CANCEL_FAILED;
          }
          if (r.status().isOk()) {
            long now = node.loop().timers().currentTimeMillis();
            for (String id : cancelled) {
              StoredMessage m = active.remove(id);
              if (m != null) {
                alerted.remove(id);
                lastError.remove(id);
                save(m.done(StoredMessage.State.DELETED, now, 0));
                LOG.debug("smsc {}: message {} cancelled by {}", config.name(), id, bind);
              }
            }
            writes.flush();
          }
          return r.status();
        },
        CommandStatus.CANCEL_FAILED);
  }

  /**
   * replace_sm: the text, registered_delivery, schedule and validity of a message not yet final and
   * without an attempt under way (ESME_RREPLACEFAIL otherwise), on the node's thread; written and
   * committed before the answer.
   */
  @Override
  public CommandStatus replace(EsmeBind bind, ReplaceSm r) {
    return onNode(
        () -> {
          long now = node.loop().timers().currentTimeMillis();
          Optional<MessageManagement.Held> held = storedHeld(r.messageId());
          CommandStatus st = MessageManagement.replace(bind, r, held, Instant.ofEpochMilli(now));
          if (!st.isOk()) {
            return st;
          }
          StoredMessage m = active.get(r.messageId());
          if (m == null || inProgress.contains(m.id())) {
            return CommandStatus.REPLACE_FAILED;
          }
          SmppTime schedule = SmppTime.parseOptional(r.scheduleDeliveryTime());
          SmppTime validity = SmppTime.parseOptional(r.validityPeriod());
          Octets text =
              r.tlvs()
                  .find(TlvTag.MESSAGE_PAYLOAD)
                  .map(org.ss7sim.smpp.pdu.Tlv::value)
                  .orElse(r.shortMessage());
          StoredMessage replaced =
              m.replaced(
                  text,
                  r.registeredDelivery().value() != 0,
                  validity == null
                      ? m.expiresMillis()
                      : validity.resolve(Instant.ofEpochMilli(now)).toEpochMilli(),
                  schedule == null
                      ? m.scheduledMillis()
                      : schedule.resolve(Instant.ofEpochMilli(now)).toEpochMilli());
          writes.replace(replaced);
          active.put(replaced.id(), replaced);
          return CommandStatus.OK;
        },
        CommandStatus.REPLACE_FAILED);
  }

  /** Runs a management request on the node's thread; {@code failed} if that is not possible. */
  private CommandStatus onNode(
      java.util.concurrent.Callable<CommandStatus> request, CommandStatus failed) {
    try {
      return node.loop().call(request);
    } catch (Exception e) {
      LOG.warn("smsc {}: message management failed: {}", config.name(), e.toString());
      return failed;
    }
  }

  /**
   * The store for a read: every read goes through here, so it sees each write made before it (the
   * writes queued or in the journal are flushed first).
   */
  private MessageStore readable() {
    writes.flush();
    return messages;
  }

  /** The committed message {@code id} as {@link MessageManagement} sees it. */
  private Optional<MessageManagement.Held> storedHeld(String id) {
    try {
      return readable().find(id).map(Smsc::held);
    } catch (java.sql.SQLException e) {
      LOG.warn("smsc {}: store lookup of {} failed: {}", config.name(), id, e.toString());
      return Optional.empty();
    }
  }

  private static MessageManagement.Held held(StoredMessage m) {
    org.ss7sim.smpp.pdu.MessageState state =
        switch (m.state()) {
          case PENDING, WAITING -> org.ss7sim.smpp.pdu.MessageState.ENROUTE;
          case DELIVERED -> org.ss7sim.smpp.pdu.MessageState.DELIVERED;
          case UNDELIVERABLE -> org.ss7sim.smpp.pdu.MessageState.UNDELIVERABLE;
          case EXPIRED -> org.ss7sim.smpp.pdu.MessageState.EXPIRED;
          case DELETED -> org.ss7sim.smpp.pdu.MessageState.DELETED;
        };
    return new MessageManagement.Held(
        m.id(),
        m.systemId(),
        m.serviceType(),
        Address.international(m.source()),
        Address.international(m.destination()),
        state,
        m.doneMillis() == 0 ? null : Instant.ofEpochMilli(m.doneMillis()),
        m.error());
  }

  /**
   * A virtual-time run's ESME submits without SMPP over TCP: the submit_sm is taken as the server
   * would take it, on the node's thread, and the ESME gets its deliver_sm by {@code esme}.
   */
  public SubmitSmResp submitDirect(String systemId, SubmitSm s) {
    // the same door as the SMPP server's (SubmitHandling): refused here, never accepted and lost
    Optional<SubmitCheck.Refusal> refused =
        SubmitCheck.submitSm(s, Instant.ofEpochMilli(node.loop().timers().currentTimeMillis()));
    if (refused.isPresent()) {
      LOG.debug("smsc {}: submit_sm refused: {}", config.name(), refused.get().reason());
      return new SubmitSmResp(refused.get().status(), s.sequence(), "", Tlvs.EMPTY);
    }
    Submission sub =
        new Submission(
            new EsmeBind(0, systemId, BindType.TRANSCEIVER, "", null, "in-jvm"),
            SubmitCheck.normalize(s.source()),
            SubmitCheck.normalize(s.destination()),
            s.esmClass(),
            s.protocolId(),
            s.priorityFlag(),
            SmppTime.parseOptional(s.scheduleDeliveryTime()),
            SmppTime.parseOptional(s.validityPeriod()),
            s.registeredDelivery(),
            s.dataCoding(),
            s.payload(),
            s.tlvs(),
            s);
    SubmitResult r = submit(sub);
    if (r instanceof SubmitResult.Accepted a) {
      return new SubmitSmResp(CommandStatus.OK, s.sequence(), a.messageId(), Tlvs.EMPTY);
    }
    return new SubmitSmResp(((SubmitResult.Rejected) r).status(), s.sequence(), "", Tlvs.EMPTY);
  }

  /**
   * A deliver_sm to the ESME bound as {@code systemId}: over SMPP, or in a virtual-time run
   * straight to the run's ESME of that system_id on this SMSC.
   */
  void deliver(String systemId, DeliverSm pdu) {
    if (smpp != null) {
      smpp.server().deliver(systemId, pdu);
      return;
    }
    for (Node n : node.network().nodes(org.ss7sim.simulator.config.network.NodeKind.ESME)) {
      var d = n.data(org.ss7sim.simulator.config.network.KindData.EsmeData.class);
      Optional<Esme> esme = node.attachment(n.name(), Esme.class);
      if (d.systemId().equals(systemId) && d.smsc().equals(config.name()) && esme.isPresent()) {
        DeliverSm numbered = pdu.withSequence(++directSequence);
        node.execute(() -> esme.get().deliveredDirectly(numbered));
        return;
      }
    }
  }

  // ---- MAP side (on the node thread) ----

  private SccpAddress self() {
    return gt(ownGt, Ssn.MSC);
  }

  static SccpAddress gt(String digits, Ssn ssn) {
    return new SccpAddress(
        RoutingIndicator.ROUTE_ON_GT, null, ssn, GlobalTitle.e164(digits), false);
  }

  AddressString serviceCentre() {
    return AddressString.international(ownGt);
  }

  MapStack map() {
    return map;
  }

  SimNode node() {
    return node;
  }

  /**
   * Runs one step of message {@code id}'s delivery (on the node thread). This is the one boundary
   * where an exception of the SMSC's own work is caught: it is logged once and the message ends
   * undeliverable with {@link ReceiptError#SMSC_ERROR} and its receipt, never left pending.
   */
  void guarded(String id, Runnable step) {
    try {
      step.run();
    } catch (RuntimeException e) {
      LOG.warn("smsc {}: message {} ends undeliverable: {}", config.name(), id, e.toString(), e);
      StoredMessage m = active.get(id);
      if (m != null) {
        try {
          finish(m, StoredMessage.State.UNDELIVERABLE, ReceiptError.SMSC_ERROR);
        } catch (RuntimeException again) {
          LOG.warn(
              "smsc {}: receipt of message {} failed: {}", config.name(), id, again.toString());
        }
      }
    }
  }

  /** One delivery attempt: SendRoutingInfoForSM, then MT-ForwardSM. */
  void attempt(String id) {
    guarded(id, () -> attemptUnguarded(id));
  }

  private void attemptUnguarded(String id) {
    StoredMessage m = active.get(id);
    if (m == null || m.state().isFinal() || inProgress.contains(id)) {
      return;
    }
    long now = node.loop().timers().currentTimeMillis();
    if (now < m.scheduledMillis() && m.scheduledMillis() < m.expiresMillis()) {
      // schedule_delivery_time (SMPP 3.4 §5.2.15): no attempt before it
      node.loop()
          .timers()
          .schedule(Duration.ofMillis(m.scheduledMillis() - now), () -> attempt(id));
      return;
    }
    inProgress.add(id);
    if (now >= m.expiresMillis()) {
      finish(m, StoredMessage.State.EXPIRED, lastError.getOrDefault(id, 0));
      return;
    }
    StoredMessage current = m.with(StoredMessage.State.PENDING, m.attempts() + 1);
    active.put(id, current);
    if (m.state() != StoredMessage.State.PENDING) {
      save(current); // a retry; the first attempt's count alone is not worth a write
    }
    MapDialogue d =
        map.open(self(), gt(m.destination(), Ssn.HLR), MapApplicationContext.SHORT_MSG_GATEWAY, 3);
    attemptDialogues.put(d, id);
    d.invoke(
        MapOperations.SEND_ROUTING_INFO_FOR_SM,
        RoutingInfoForSmArg.of(AddressString.international(m.destination()), true, serviceCentre()),
        outcome ->
            node.flows()
                .starting(
                    current.flow(),
                    () ->
                        guarded(
                            id,
                            () -> {
                              attemptDialogues.remove(d);
                              if (outcome instanceof Confirmation.Result<RoutingInfoForSmRes> r
                                  && r.result() != null) {
                                RoutingInfoForSmRes res = r.result();
                                forward(
                                    current,
                                    res.imsi(),
                                    res.locationInfoWithLmsi().networkNodeNumber().digits());
                              } else {
                                failed(current, outcome);
                              }
                            })));
    node.flows().starting(m.flow(), d::send);
  }

  private void forward(StoredMessage m, Imsi imsi, String msc) {
    new MtDelivery(
            this,
            m,
            imsi,
            msc,
            outcome ->
                node.flows()
                    .starting(
                        m.flow(),
                        () ->
                            guarded(
                                m.id(),
                                () -> {
                                  if (outcome.succeeded()) {
                                    if (inProgress.contains(m.id())) {
                                      finish(m, StoredMessage.State.DELIVERED, 0);
                                    }
                                  } else {
                                    failed(m, outcome);
                                  }
                                })))
        .start();
  }

  /** An MT-ForwardSM dialogue of an attempt of message {@code id} (for TC-NOTICE). */
  void attemptDialogue(MapDialogue d, String id) {
    attemptDialogues.put(d, id);
  }

  /** MT-ForwardSM dialogue {@code d} has had its answer: no TC-NOTICE can concern it any more. */
  void attemptDialogueAnswered(MapDialogue d) {
    attemptDialogues.remove(d);
  }

  /**
   * A failed attempt: permanent errors end the message, temporary ones wait. An attempt SCCP
   * returned for want of a GTT rule ends it undeliverable with {@link ReceiptError#NO_ROUTE}; one
   * returned because the HLR or MSC is unreachable (its node or route down) and one with no answer
   * at all wait for the next retry as a temporary error does, up to the message's expiry.
   */
  private void failed(StoredMessage m, Confirmation<?> outcome) {
    if (!inProgress.contains(m.id())) {
      return; // this attempt was ended already (returned, or an error)
    }
    String cause = returned.remove(m.id());
    if (cause != null) {
      LOG.debug("smsc {}: message {} returned by SCCP: {}", config.name(), m.id(), cause);
      if (noTranslation(cause)) {
        finish(m, StoredMessage.State.UNDELIVERABLE, ReceiptError.NO_ROUTE);
      } else {
        // the HLR or MSC is out of reach for now (its point code or subsystem is down): wait
        lastError.put(m.id(), ReceiptError.UNREACHABLE);
        waitFor(m, MapErrorCode.SYSTEM_FAILURE);
      }
      return;
    }
    MapErrorCode code =
        outcome instanceof Confirmation.Error<?> e ? e.error().code() : MapErrorCode.SYSTEM_FAILURE;
    lastError.put(
        m.id(),
        outcome instanceof Confirmation.NoResponse<?> ? ReceiptError.NO_ANSWER : code.code());
    LOG.debug("smsc {}: message {} attempt failed: {}", config.name(), m.id(), outcome);
    switch (code) {
      case UNKNOWN_SUBSCRIBER, UNIDENTIFIED_SUBSCRIBER, CALL_BARRED, TELESERVICE_NOT_PROVISIONED ->
          finish(m, StoredMessage.State.UNDELIVERABLE, code.code());
      default -> {
        if (code == MapErrorCode.ABSENT_SUBSCRIBER_SM) {
          reportDeliveryStatus(m, ABSENT_SUBSCRIBER);
        } else if (code == MapErrorCode.SM_DELIVERY_FAILURE && memoryFull(outcome)) {
          reportDeliveryStatus(m, MEMORY_CAPACITY_EXCEEDED);
        }
        waitFor(m, code);
      }
    }
  }

  /**
   * Whether SCCP returned the message because no GTT rule covers its address (Q.713 §3.12 return
   * causes 0 and 1): no retry can help. Every other cause (subsystem failure, MTP failure,
   * congestion, ...) describes a node or route that is down for now. MAP-NOTICE gives the cause as
   * the text of tcap's {@code ReturnCause}, whose only number is the code.
   */
  static boolean noTranslation(String cause) {
    String digits = cause.replaceAll("\\D", "");
    return digits.equals("0") || digits.equals("1");
  }

  /** SM-DeliveryOutcome (TS 29.002 §17.7.6): memoryCapacityExceeded (0), absentSubscriber (1). */
  private static final int MEMORY_CAPACITY_EXCEEDED = 0;

  private static final int ABSENT_SUBSCRIBER = 1;

  /** Whether an SM-DeliveryFailure says memoryCapacityExceeded (cause 0, TS 29.002 §17.7.6). */
  private static boolean memoryFull(Confirmation<?> outcome) {
    return outcome instanceof Confirmation.Error<?> e
        && e.error().parameter() instanceof org.ss7sim.map.error.SmDeliveryFailureCause c
        && Integer.valueOf(0).equals(c.cause());
  }

  /**
   * TC-NOTICE: SCCP returned a message of an attempt (MAP-NOTICE, TS 29.002 §7.3.6): the attempt
   * ends now (the dialogue is aborted locally, its invoke ends without answer) and the message with
   * it, undeliverable with {@link ReceiptError#NO_ROUTE}.
   */
  @Override
  public void onNotice(MapDialogue d, String cause) {
    String id = attemptDialogues.remove(d);
    if (id == null || !inProgress.contains(id)) {
      return;
    }
    returned.put(id, cause);
    if (d.isOpen()) {
      d.abort();
    }
  }

  /**
   * ReportSM-DeliveryStatus (TS 23.040 §10.1 operation 4, TS 29.002 §12.3): the delivery failed
   * because the subscriber is absent or its memory is full, so this SMSC asks the HLR to put its
   * address in the subscriber's message waiting data; the HLR's alertServiceCentre comes back when
   * the subscriber is reachable. The HLR records MWD only on this report.
   */
  private void reportDeliveryStatus(StoredMessage m, int outcome) {
    MapDialogue d =
        map.open(self(), gt(m.destination(), Ssn.HLR), MapApplicationContext.SHORT_MSG_GATEWAY, 3);
    ReportSmDeliveryStatusArg a =
        new ReportSmDeliveryStatusArg(
            AddressString.international(m.destination()),
            serviceCentre(),
            outcome,
            null,
            null,
            false,
            false,
            null,
            null,
            List.of());
    d.invoke(MapOperations.REPORT_SM_DELIVERY_STATUS, a, answer -> {});
    node.flows().starting(m.flow(), d::send);
  }

  private void waitFor(StoredMessage m, MapErrorCode cause) {
    List<Duration> schedule = data.retrySchedule();
    int retry = m.attempts() - 1;
    inProgress.remove(m.id());
    StoredMessage waiting = m.with(StoredMessage.State.WAITING, m.attempts());
    active.put(m.id(), waiting);
    save(waiting);
    long untilExpiry = m.expiresMillis() - node.loop().timers().currentTimeMillis();
    Duration next =
        retry < schedule.size() ? schedule.get(retry) : Duration.ofMillis(Math.max(untilExpiry, 0));
    if (next.toMillis() > untilExpiry) {
      next = Duration.ofMillis(Math.max(untilExpiry, 0));
    }
    if (alerted.remove(m.id())) {
      next = Duration.ZERO;
    }
    LOG.debug("smsc {}: message {} waits {} after {}", config.name(), m.id(), next, cause);
    node.loop().timers().schedule(next, () -> attempt(m.id()));
    resumeNext();
  }

  private void finish(StoredMessage m, StoredMessage.State state, int error) {
    StoredMessage done = m.done(state, node.loop().timers().currentTimeMillis(), error);
    inProgress.remove(m.id());
    alerted.remove(m.id());
    returned.remove(m.id());
    lastError.remove(m.id());
    active.remove(m.id());
    save(done);
    resumeNext();
    if (!m.receipt()) {
      return;
    }
    sendReceipt(done);
  }

  /**
   * Sends final message {@code m}'s receipt as deliver_sm. The store holds it as owed until the
   * ESME's deliver_sm_resp accepts it, so a receipt a crash caught on its way is sent again after
   * the restart (the ESME may then see one twice, with the same message id).
   */
  private void sendReceipt(StoredMessage m) {
    DeliveryReceipt r = SmppEndpoint.receipt(m, m.state(), m.error(), m.doneMillis());
    receiptsSent.incrementAndGet();
    DeliverSm pdu =
        r.toDeliverSm(Address.international(m.destination()), Address.international(m.source()));
    if (smpp == null) {
      deliver(m.systemId(), pdu);
      writes.receiptAcknowledged(m.id());
      return;
    }
    smpp.server()
        .deliver(m.systemId(), pdu)
        .whenComplete(
            (resp, e) -> {
              if (resp != null && resp.status().isOk()) {
                writes.receiptAcknowledged(m.id());
              }
            });
  }

  /** Queues {@code m}'s state for the store's next transaction. */
  private void save(StoredMessage m) {
    writes.update(m);
  }

  @Override
  public void onInvocation(Invocation<?, ?> inv) {
    MapDialogue d = inv.dialogue();
    Optional<Invocation<AlertServiceCentreArg, Void>> alert =
        inv.as(MapOperations.ALERT_SERVICE_CENTRE)
            .or(() -> inv.as(MapOperations.ALERT_SERVICE_CENTRE_WITHOUT_RESULT));
    if (alert.isPresent()) {
      String msisdn = alert.get().argument().msisdn().digits();
      if (inv.is(MapOperations.ALERT_SERVICE_CENTRE)) {
        alert.get().returnResult(null);
      }
      d.close();
      for (StoredMessage m : List.copyOf(active.values())) {
        if (m.destination().equals(msisdn)) {
          if (inProgress.contains(m.id())) {
            alerted.add(m.id());
          } else {
            attempt(m.id());
          }
        }
      }
      return;
    }
    if (inv.is(MapOperations.MO_FORWARD_SM) || inv.is(MapOperations.FORWARD_SM)) {
      mobileOriginated.relay(inv);
      return;
    }
    inv.returnError(org.ss7sim.map.error.MapError.of(MapErrorCode.FACILITY_NOT_SUPPORTED));
    d.close();
  }

  /** How many messages the store holds in {@code state}. */
  /**
   * Messages in the store by state for the control API and {@code /metrics}: one scan of the store
   * (a million rows take about a second, holding the store), done at most once per {@link
   * #STORE_COUNT_AGE}; a scrape in between gets the last counts. Before, a scrape counted each
   * state on its own: eight scans, which timed out at 5 s with a million messages stored.
   */
  public java.util.Map<StoredMessage.State, Long> storedByState() throws Exception {
    long now = node.loop().timers().nanoTime();
    synchronized (storeCountLock) {
      if (storeCount == null || now - storeCountedAt >= STORE_COUNT_AGE.toNanos()) {
        storeCount = java.util.Map.copyOf(readable().countByState());
        storeCountedAt = now;
      }
      return storeCount;
    }
  }

  /** How old the counts {@link #storedByState} returns may be. */
  static final Duration STORE_COUNT_AGE = Duration.ofSeconds(1);

  private final Object storeCountLock = new Object();
  private java.util.Map<StoredMessage.State, Long> storeCount; // guarded by storeCountLock
  private long storeCountedAt; // guarded by storeCountLock

  public long stored(StoredMessage.State state) throws Exception {
    return readable().count(state);
  }

  /** Messages accepted and not yet final, as this node sees them. */
  public int unfinished() {
    return active.size();
  }

  static Octets payloadOf(StoredMessage m) {
    return m.payload();
  }
}
