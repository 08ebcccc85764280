/**
 * Writes the files an existing orchestrator needs to run a network as one {@code ss7sim node}
 * process per node (or per group of nodes): a Docker Compose file, Kubernetes manifests, a
 * Dockerfile, and the network file rewritten so that every node's {@code host} is the name of its
 * service (docs/deploy.md).
 */
package org.ss7sim.simulator.deploy;
