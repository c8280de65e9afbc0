package org.visitledger.query.paging;

/**
 * Limits a read model keyed by visit to the visits of one provider. The provider of a visit never changes; a visit
 * the summary has not yet recorded is left out for a moment, which errs on the side of showing less.
 */
public final class ProviderScopeSql {

    public static final String VISITS_OF_PROVIDER =
            "visit_id IN (SELECT visit_id FROM visit_summary WHERE provider_urn = ?)";

    private ProviderScopeSql() {
    }
}
