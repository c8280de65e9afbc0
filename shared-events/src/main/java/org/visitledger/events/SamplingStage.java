package org.visitledger.events;

/** When inspectors selected a case: before fieldwork (at the set-up meeting) or during it (seed 003 para 47). */
public enum SamplingStage {
    BEFORE_FIELDWORK,
    DURING_FIELDWORK
}
