package kz.registry.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a longer list: the items, where the page starts, how many it may hold,
 * and how many items the whole list has.
 */
public record Page<T>(List<T> items, long total, int offset, int limit) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public Page {
        items = List.copyOf(items);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapping) {
        return new Page<>(items.stream().<R>map(mapping).toList(), total, offset, limit);
    }
}
