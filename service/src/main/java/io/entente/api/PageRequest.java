package io.entente.api;

/** A validated page window: {@code first} items from {@code offset}. */
record PageRequest(int first, int offset) {

    /** The largest page any list returns; documented in the schema. */
    static final int MAX_PAGE_SIZE = 300;

    static PageRequest of(Integer first, String after) {
        int size = first == null ? 20 : first;
        if (size < 0) {
            throw new BadRequestException("first must not be negative");
        }
        if (size > MAX_PAGE_SIZE) {
            throw new BadRequestException("first must be at most " + MAX_PAGE_SIZE);
        }
        return new PageRequest(size, Cursors.after(after));
    }
}
