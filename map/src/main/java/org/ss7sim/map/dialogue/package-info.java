/**
 * The MAP dialogue PDUs carried in the TCAP dialogue portion's user information (TS 29.002 §17.3,
 * MAP-DialogueInformation, abstract syntax {@link
 * org.ss7sim.map.dialogue.MapDialoguePdu#MAP_DIALOGUE_AS}).
 */
package org.ss7sim.map.dialogue;
