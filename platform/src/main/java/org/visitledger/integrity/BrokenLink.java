package org.visitledger.integrity;

/** The first place a visit's chain breaks: the sequence number, what is wrong, and in words. */
public record BrokenLink(long sequence, LinkProblem problem, String detail) {
}
