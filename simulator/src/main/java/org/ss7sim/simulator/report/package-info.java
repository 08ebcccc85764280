/**
 * Results of a run: per-scenario counts, causes and latency percentiles (HdrHistogram), the JSON
 * results object of DESIGN.md §4, ladder diagrams as text and SVG, and the HTML report.
 */
package org.ss7sim.simulator.report;
