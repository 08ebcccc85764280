/**
 * The control API of a running network (DESIGN.md §5, docs/control-api.md): a small JSON-over-HTTP
 * server on 127.0.0.1 (the JDK's {@code com.sun.net.httpserver}) that reads nodes, links with their
 * M3UA AS/ASP states, routes, subscribers, SMSC stores and counters, changes subscriber states,
 * takes links and nodes down and up, runs traffic sources given as scenario YAML, and serves {@code
 * /metrics} in the Prometheus text exposition format.
 */
package org.ss7sim.simulator.control;
