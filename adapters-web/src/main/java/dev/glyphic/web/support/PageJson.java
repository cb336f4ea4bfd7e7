package dev.glyphic.web.support;

import dev.glyphic.application.shared.Page;
import java.util.List;
import java.util.function.Function;

/** The one list shape of the API: {@code {"items": [...], "nextCursor": "…" | null}}. */
public record PageJson<T>(List<T> items, String nextCursor) {

    public static <D, T> PageJson<T> of(Page<D> page, Function<D, T> mapper) {
        return new PageJson<>(page.items().stream().map(mapper).toList(), page.nextCursor().orElse(null));
    }
}
