/**
 * The {@code ss7sim} command line (DESIGN.md §4), built with picocli. Exit codes: 0 success, 1 a
 * run whose expectations were not met (or a route that would fail), 2 bad input (option, file,
 * configuration) reported in one line without a stack trace.
 */
package org.ss7sim.simulator.cli;
