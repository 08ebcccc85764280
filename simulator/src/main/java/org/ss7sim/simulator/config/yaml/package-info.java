/**
 * A YAML document as a tree that remembers where each key and value was written, read with
 * Jackson's YAML parser, and the typed readers the configuration loaders bind records with: unknown
 * keys are rejected with the nearest valid key, wrong types name the place and what was expected.
 */
package org.ss7sim.simulator.config.yaml;
