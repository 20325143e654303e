package kz.registry.shared.rest;

import java.util.List;
import java.util.function.Function;
import kz.registry.shared.Page;

/** A page of a list on the wire: the items, where the page starts, its size limit, the total. */
public record PageView<T>(List<T> items, long total, int offset, int limit) {

    public static <E, T> PageView<T> of(Page<E> page, Function<? super E, ? extends T> view) {
        Page<T> mapped = page.map(view);
        return new PageView<>(mapped.items(), mapped.total(), mapped.offset(), mapped.limit());
    }
}
