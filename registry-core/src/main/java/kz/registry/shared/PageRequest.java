package kz.registry.shared;

/** Which page of a list the caller wants; checked so a query never asks for a negative or huge page. */
public record PageRequest(int offset, int limit) {

    public PageRequest {
        if (offset < 0) {
            throw new InvalidInputException("offset", "must be 0 or more");
        }
        if (limit < 1 || limit > Page.MAX_LIMIT) {
            throw new InvalidInputException("limit", "must be between 1 and " + Page.MAX_LIMIT);
        }
    }

    public static PageRequest first() {
        return new PageRequest(0, Page.DEFAULT_LIMIT);
    }
}
