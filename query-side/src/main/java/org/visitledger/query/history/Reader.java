package org.visitledger.query.history;

/**
 * Who reads a visit's record, as far as confidentiality goes (rules ACCESS-CONFIDENTIAL,
 * ACCESS-INTERIM-LATER-INSPECTORS, ACCESS-CONCERNS-WHILE-LIVE, ACCESS-PROVISIONAL-FLAG): the inspectorate's managers,
 * duty desk, regional director, QA and auditors read everything; inspectors everything but what an interim visit
 * gathered once its letter is published; analysts and providers a redacted record.
 */
public enum Reader {
    INSPECTORATE,
    INSPECTOR,
    ANALYST,
    PROVIDER
}
