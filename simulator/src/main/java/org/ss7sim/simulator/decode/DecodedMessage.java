package org.ss7sim.simulator.decode;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One message as {@code decode} prints it: a text line and the JSON object with one key per layer
 * present ({@code frame}, {@code m3ua}, {@code mtp3}, {@code sccp} …).
 */
public record DecodedMessage(String text, ObjectNode json) {}
