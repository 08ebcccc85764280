package org.ss7sim.tcap.dialogue;

/** A dialogue control APDU (Q.773 §4.2.1): AARQ, AARE, ABRT or the unidirectional AUDT. */
public sealed interface DialoguePdu permits Aarq, Aare, Abrt, Audt {}
