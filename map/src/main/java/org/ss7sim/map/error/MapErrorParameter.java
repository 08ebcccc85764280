package org.ss7sim.map.error;

/** The parameter of a MAP error (TS 29.002 §17.7.7). */
public sealed interface MapErrorParameter
    permits ExtensibleErrorParam,
        UnexpectedDataParam,
        UnknownSubscriberParam,
        AbsentSubscriberSmParam,
        AbsentSubscriberParam,
        SmDeliveryFailureCause,
        SubBusyForMtSmsParam,
        RoamingNotAllowedParam,
        ExtensibleCallBarredParam,
        ExtensibleSystemFailureParam,
        EnumeratedErrorParam,
        RawErrorParam {}
