package dev.glyphic.web.support;

import dev.glyphic.application.port.Page;
import dev.glyphic.application.port.PageRequest;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.function.Function;

/** The one list shape of the API: {@code {"items": [...], "nextCursor": "…" | null}}. */
public record PageJson<T>(@ArraySchema(maxItems = PageRequest.MAX_LIMIT) List<T> items,
                          @Schema(maxLength = 2048, pattern = "^[A-Za-z0-9_-]+$",
                                  description = "Pass as cursor for the next page; null on the last page")
                          String nextCursor) {

    public static <D, T> PageJson<T> of(Page<D> page, Function<D, T> mapper) {
        return new PageJson<>(page.items().stream().map(mapper).toList(), page.nextCursor().orElse(null));
    }
}
