package org.visitledger.query.paging;

import org.visitledger.problems.Problems;

/** docs/api.md, "Reads": {@code page} from 0, {@code size} default 50, at most 500; anything else is a 400. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    public static PageRequest of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0) {
            throw Problems.thrown(Problems.invalid("page", "must be 0 or more"));
        }
        if (s < 1 || s > MAX_SIZE) {
            throw Problems.thrown(Problems.invalid("size", "must be 1 to " + MAX_SIZE));
        }
        return new PageRequest(p, s);
    }

    public long offset() {
        return (long) page * size;
    }

}
