package org.visitledger.query.paging;

import java.util.List;

/** api.md "Lists": {"items", "page", "size", "total"}. */
public record Page<T>(List<T> items, int page, int size, long total) {
}
