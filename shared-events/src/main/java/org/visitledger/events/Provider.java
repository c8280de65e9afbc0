package org.visitledger.events;

/** The provider visited, as it stood when the visit was announced. */
public record Provider(String urn, String name, String localAuthority, String region) {
}
