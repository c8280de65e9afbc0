package org.visitledger.query.paging;

import java.util.List;

/** docs/api.md, "Reads": {"items", "page", "size", "total"}. */
public record Page<T>(List<T> items, int page, int size, long total) {
}
