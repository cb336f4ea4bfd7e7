package dev.glyphic.web.support;

import io.micronaut.http.HttpResponse;
import java.net.URI;

/** 201 with the new resource and where it lives. */
public final class Created {
    private Created() {
    }

    public static <T> HttpResponse<T> at(String location, T body) {
        return HttpResponse.created(body, URI.create(location));
    }
}
