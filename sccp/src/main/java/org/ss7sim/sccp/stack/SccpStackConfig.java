package org.ss7sim.sccp.stack;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.ss7sim.mtp.NetworkIndicator;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.sccp.gtt.GlobalTitleTranslator;
import org.ss7sim.sccp.screening.Screening;

/**
 * How one SCCP node is set up.
 *
 * @param translator the node's global title translation rules
 * @param networkIndicator the NI of the messages it sends
 * @param concernedPointCodes where local subsystem status (SSA/SSP) is broadcast
 * @param statusTestInterval T(stat.info), between SSTs to a prohibited subsystem (Q.714 §5.3.4.2)
 * @param reassemblyTimeout T(reass), how long a partly received segmented message is kept (Q.714
 *     §4.1.2.3)
 * @param maxReassemblies how many segmented messages may be in reassembly at once
 * @param maxMessageLength the longest SCCP message the MTP below carries in one piece (MTP3: 272
 *     octets of SIF less the 4-octet routing label = 268); longer user data is segmented
 * @param longMessages send LUDT instead of segmenting (for M3UA networks that carry long messages)
 * @param hopCounter the hop counter of XUDT/LUDT this node originates (1–15)
 * @param screening what the relay asks before it forwards a message from MTP ({@link
 *     Screening#NONE}: nothing)
 */
public record SccpStackConfig(
    GlobalTitleTranslator translator,
    NetworkIndicator networkIndicator,
    List<PointCode> concernedPointCodes,
    Duration statusTestInterval,
    Duration reassemblyTimeout,
    int maxReassemblies,
    int maxMessageLength,
    boolean longMessages,
    int hopCounter,
    Screening screening) {
  public static final int MTP3_MAX_SCCP_LENGTH = 268;

  public SccpStackConfig {
    Objects.requireNonNull(translator, "translator");
    Objects.requireNonNull(networkIndicator, "networkIndicator");
    Objects.requireNonNull(statusTestInterval, "statusTestInterval");
    Objects.requireNonNull(reassemblyTimeout, "reassemblyTimeout");
    Objects.requireNonNull(screening, "screening");
    concernedPointCodes = List.copyOf(concernedPointCodes);
    if (maxReassemblies < 1 || maxMessageLength < 64 || hopCounter < 1 || hopCounter > 15) {
      throw new IllegalArgumentException("SCCP config out of range");
    }
  }

  /** A node without screening. */
  public SccpStackConfig(
      GlobalTitleTranslator translator,
      NetworkIndicator networkIndicator,
      List<PointCode> concernedPointCodes,
      Duration statusTestInterval,
      Duration reassemblyTimeout,
      int maxReassemblies,
      int maxMessageLength,
      boolean longMessages,
      int hopCounter) {
    this(
        translator,
        networkIndicator,
        concernedPointCodes,
        statusTestInterval,
        reassemblyTimeout,
        maxReassemblies,
        maxMessageLength,
        longMessages,
        hopCounter,
        Screening.NONE);
  }

  /** No GTT rules, international network, 30 s SST, 10 s reassembly, MTP3 message length. */
  public static SccpStackConfig defaults() {
    return new SccpStackConfig(
        new GlobalTitleTranslator(List.of()),
        NetworkIndicator.INTERNATIONAL,
        List.of(),
        Duration.ofSeconds(30),
        Duration.ofSeconds(10),
        256,
        MTP3_MAX_SCCP_LENGTH,
        false,
        15,
        Screening.NONE);
  }

  public SccpStackConfig withTranslator(GlobalTitleTranslator newTranslator) {
    return new SccpStackConfig(
        newTranslator,
        networkIndicator,
        concernedPointCodes,
        statusTestInterval,
        reassemblyTimeout,
        maxReassemblies,
        maxMessageLength,
        longMessages,
        hopCounter,
        screening);
  }

  public SccpStackConfig withConcernedPointCodes(List<PointCode> pointCodes) {
    return new SccpStackConfig(
        translator,
        networkIndicator,
        pointCodes,
        statusTestInterval,
        reassemblyTimeout,
        maxReassemblies,
        maxMessageLength,
        longMessages,
        hopCounter,
        screening);
  }

  public SccpStackConfig withNetworkIndicator(NetworkIndicator ni) {
    return new SccpStackConfig(
        translator,
        ni,
        concernedPointCodes,
        statusTestInterval,
        reassemblyTimeout,
        maxReassemblies,
        maxMessageLength,
        longMessages,
        hopCounter,
        screening);
  }

  public SccpStackConfig withLongMessages(boolean enabled) {
    return new SccpStackConfig(
        translator,
        networkIndicator,
        concernedPointCodes,
        statusTestInterval,
        reassemblyTimeout,
        maxReassemblies,
        maxMessageLength,
        enabled,
        hopCounter,
        screening);
  }

  public SccpStackConfig withMaxReassemblies(int max) {
    return new SccpStackConfig(
        translator,
        networkIndicator,
        concernedPointCodes,
        statusTestInterval,
        reassemblyTimeout,
        max,
        maxMessageLength,
        longMessages,
        hopCounter,
        screening);
  }

  /** The same node with {@code newScreening} on its relay. */
  public SccpStackConfig withScreening(Screening newScreening) {
    return new SccpStackConfig(
        translator,
        networkIndicator,
        concernedPointCodes,
        statusTestInterval,
        reassemblyTimeout,
        maxReassemblies,
        maxMessageLength,
        longMessages,
        hopCounter,
        newScreening);
  }
}
