package dev.glyphic.web.support;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import java.net.URI;

/** 201 with the new resource and where it lives (a path of {@link Locations}): every 201 of the API is built here. */
public final class Created {
    private Created() {
    }

    public static <T> MutableHttpResponse<T> at(String location, T body) {
        return HttpResponse.created(body, URI.create(location));
    }
}
