/**
 * The TCAP dialogue portion (Q.773 §4.2.1, tables 39 to 49): the EXTERNAL wrapping the dialogue
 * control APDUs AARQ, AARE and ABRT (dialogue-as-id) and AUDT (uniDialogue-as-id), with the
 * application context name and the user information kept as bytes for the TC-user.
 */
package org.ss7sim.tcap.dialogue;
