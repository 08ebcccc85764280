/**
 * The scenario file: traffic sources (calls, short messages, USSD, location queries) with their
 * rate profiles, number selection and expectations, and timed events (links down and up, subscriber
 * state changes, node stops and restarts), as immutable records; the reader that binds them from
 * YAML and the validator that checks them against a network.
 */
package org.ss7sim.simulator.config.scenario;
