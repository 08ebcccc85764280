package org.ss7sim.simulator.config.network;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** What a node has beyond the common signaling point data, by kind. */
public sealed interface KindData {
  NodeKind kind();

  /** A switch. */
  record SspData(List<TrunkGroup> trunkGroups, List<LineBlock> lines, List<InTrigger> inTriggers)
      implements KindData {
    public SspData {
      trunkGroups = List.copyOf(trunkGroups);
      lines = List.copyOf(lines);
      inTriggers = List.copyOf(inTriggers);
    }

    @Override
    public NodeKind kind() {
      return NodeKind.SSP;
    }
  }

  /** A signal transfer point. */
  record StpData(List<GttRule> gttRules) implements KindData {
    public StpData {
      gttRules = List.copyOf(gttRules);
    }

    @Override
    public NodeKind kind() {
      return NodeKind.STP;
    }
  }

  /** A service control point. */
  record ScpData(List<NumberTranslation> translations) implements KindData {
    public ScpData {
      translations = List.copyOf(translations);
    }

    @Override
    public NodeKind kind() {
      return NodeKind.SCP;
    }
  }

  /** A home location register. */
  record HlrData(List<Subscriber> subscribers) implements KindData {
    public HlrData {
      subscribers = List.copyOf(subscribers);
    }

    @Override
    public NodeKind kind() {
      return NodeKind.HLR;
    }
  }

  /**
   * An MSC/VLR.
   *
   * @param msrnPrefix roaming numbers (ProvideRoamingNumber) are this prefix plus a counter
   * @param trunkGroups ISUP circuits to switches, for mobile terminated calls
   * @param lines how mobile subscribers answer calls
   */
  record MscData(String msrnPrefix, List<TrunkGroup> trunkGroups, List<LineBlock> lines)
      implements KindData {
    public MscData {
      trunkGroups = List.copyOf(trunkGroups);
      lines = List.copyOf(lines);
    }

    @Override
    public NodeKind kind() {
      return NodeKind.MSC;
    }
  }

  /**
   * An SMS centre.
   *
   * @param smpp where its SMPP server listens
   * @param accounts the ESMEs allowed to bind
   * @param store {@code embedded} (H2 in the run directory), {@code memory}, or a JDBC URL
   * @param retrySchedule waits between delivery attempts after a temporary failure
   * @param validity how long a message is kept when the ESME gives no validity period
   */
  record SmscData(
      Endpoint smpp,
      List<SmppAccount> accounts,
      String store,
      List<Duration> retrySchedule,
      Duration validity)
      implements KindData {
    public SmscData {
      accounts = List.copyOf(accounts);
      retrySchedule = List.copyOf(retrySchedule);
    }

    @Override
    public NodeKind kind() {
      return NodeKind.SMSC;
    }

    public Optional<SmppAccount> account(String systemId) {
      return accounts.stream().filter(a -> a.systemId().equals(systemId)).findFirst();
    }
  }

  /**
   * An SMPP client.
   *
   * @param smsc the SMSC node it binds to
   * @param server where it connects; default the SMSC's SMPP address
   */
  record EsmeData(
      String smsc,
      String systemId,
      String password,
      BindType bind,
      int window,
      Optional<Endpoint> server)
      implements KindData {
    @Override
    public NodeKind kind() {
      return NodeKind.ESME;
    }
  }
}
