package kz.registry.shared;

/**
 * Which page of a list the caller wants, and in which order; checked so a query never asks for
 * a negative or huge page.
 */
public record PageRequest(int offset, int limit, Sort sort) {

    public PageRequest {
        if (offset < 0) {
            throw new InvalidInputException("offset", "must be 0 or more");
        }
        if (limit < 1 || limit > Page.MAX_LIMIT) {
            throw new InvalidInputException("limit", "must be between 1 and " + Page.MAX_LIMIT);
        }
        sort = sort == null ? Sort.NONE : sort;
    }

    /** A page in the list's own order. */
    public PageRequest(int offset, int limit) {
        this(offset, limit, Sort.NONE);
    }

    public static PageRequest first() {
        return new PageRequest(0, Page.DEFAULT_LIMIT);
    }
}
