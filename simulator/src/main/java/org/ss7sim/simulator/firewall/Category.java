package org.ss7sim.simulator.firewall;

import java.util.Set;

/**
 * The GSMA FS.11 categories of MAP traffic arriving over the interconnect, as checks a rule can
 * make ({@code category: 1} in the file).
 */
public enum Category {
  /**
   * Category 1: operations that have no business on the interconnect at all (they are used only
   * inside one operator's network): blocked when they come from the interconnect towards a home
   * global title.
   */
  ONE(
      Set.of(
          71, // anyTimeInterrogation
          62, // anyTimeSubscriptionInterrogation
          65, // anyTimeModification
          58, // sendIMSI
          55, // sendIdentification
          83, // provideSubscriberLocation
          85)), // sendRoutingInfoForLCS
  /**
   * Category 2: operations that only the subscriber's home network sends (towards a serving node)
   * or asks for its own subscribers: blocked from the interconnect when the subscriber is ours.
   * Legitimate partner traffic (a partner SMSC's SRI-SM) needs an allow rule before it.
   */
  TWO(
      Set.of(
          45, // sendRoutingInfoForSM
          22, // sendRoutingInfo
          70, // provideSubscriberInfo
          7, // insertSubscriberData
          8, // deleteSubscriberData
          3, // cancelLocation
          10, // registerSS
          11, // eraseSS
          12, // activateSS
          13)), // deactivateSS
  /**
   * Category 3: operations whose plausibility depends on where the subscriber is: an UpdateLocation
   * (or purgeMS) for our subscriber from a region it cannot have reached since its last known
   * location, given the minimum travel time; an MT-ForwardSM from the interconnect for our
   * subscriber whose calling GT is not the one that asked SRI-SM for that IMSI within the window.
   */
  THREE(Set.of(2, 23, 67, 44));

  private final Set<Integer> operations;

  Category(Set<Integer> operations) {
    this.operations = operations;
  }

  public Set<Integer> operations() {
    return operations;
  }

  /** The category numbered 1, 2 or 3. */
  public static Category of(int n) {
    return switch (n) {
      case 1 -> ONE;
      case 2 -> TWO;
      case 3 -> THREE;
      default -> throw new IllegalArgumentException("FS.11 categories are 1, 2 and 3, not " + n);
    };
  }

  public int number() {
    return ordinal() + 1;
  }
}
