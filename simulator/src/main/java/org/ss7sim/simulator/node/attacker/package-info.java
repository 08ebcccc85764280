/**
 * The attacker node kind (docs/security.md): a MAP endpoint in another network that sends the
 * classic SS7 attack operations and keeps what the victim's network answers (its loot). The {@code
 * attack} traffic kind in {@code traffic} drives it.
 */
package org.ss7sim.simulator.node.attacker;
