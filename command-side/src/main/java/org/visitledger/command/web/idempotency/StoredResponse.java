package org.visitledger.command.web.idempotency;

/** The first answer given under an idempotency key; a null status means the first request is still running. */
record StoredResponse(String fingerprint, Integer status, String contentType, String etag, String location,
                      byte[] body) {
}
