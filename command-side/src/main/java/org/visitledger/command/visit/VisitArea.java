package org.visitledger.command.visit;

/**
 * One rule area of a visit: an aggregate member that handles its own commands beside its guards and state, and
 * reaches the visit's identity and the steps every area shares through the root.
 */
abstract class VisitArea {

    final Visit visit;

    VisitArea(Visit visit) {
        this.visit = visit;
    }
}
