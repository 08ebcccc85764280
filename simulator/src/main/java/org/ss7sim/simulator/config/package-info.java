/**
 * The simulator's configuration files: the network file and the scenario file, read from YAML into
 * immutable records, with errors that name the file, line and column.
 *
 * <p>Entry points for the command line: {@link org.ss7sim.simulator.config.ConfigLoader} (load or
 * throw a one-line {@link org.ss7sim.simulator.config.ConfigException}), {@link
 * org.ss7sim.simulator.config.network.NetworkValidator} and {@link
 * org.ss7sim.simulator.config.scenario.ScenarioValidator} (every problem, each a {@link
 * org.ss7sim.simulator.config.Problem} naming its place). The keys are documented in {@code
 * docs/network-file.md} and {@code docs/scenario-file.md}.
 */
package org.ss7sim.simulator.config;
