package org.visitledger.query.admin;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.visitledger.problems.Problems;

/** 404 for a read model name that does not exist. */
final class UnknownReadModelException {

    private UnknownReadModelException() {
    }

    static ErrorResponseException of(String name) {
        return Problems.thrown(HttpStatus.NOT_FOUND, "read-model-not-found", "Unknown read model",
                "No read model " + name + "; see GET /api/admin/projections");
    }
}
