package dev.glyphic.web.openapi;

/**
 * The response headers the document declares, named and described once. micronaut-openapi writes a header given by
 * reference with sibling fields that OpenAPI 3.0 forbids, so each annotation spells its header out from these.
 */
public final class Headers {
    public static final String RATE_LIMIT = "RateLimit";
    public static final String RATE_LIMIT_DOC = "What is left of the caller's quota in the current window (IETF "
            + "draft-ietf-httpapi-ratelimit-headers), e.g. \"default\";r=57;t=30: 57 requests left, the window "
            + "resets in 30 seconds";
    public static final String RATE_LIMIT_POLICY = "RateLimit-Policy";
    public static final String RATE_LIMIT_POLICY_DOC = "The quota that applies to the caller, e.g. "
            + "\"default\";q=600;w=60: 600 requests per 60 seconds";
    public static final String RETRY_AFTER = "Retry-After";
    public static final String RETRY_AFTER_DOC = "Seconds to wait before trying again";
    public static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";
    public static final String ALLOW_ORIGIN_DOC = "Sent only when the operator enables CORS (micronaut.server.cors) "
            + "and the request comes from an allowed origin; by default the API allows no cross-origin browser "
            + "calls and the header is absent";
    public static final String LOCATION = "Location";
    public static final String LOCATION_DOC = "The path of the new resource";
    public static final String ETAG = "ETag";
    public static final String ETAG_DOC = "The workflow's version, quoted (\"3\"); send it back as If-Match to "
            + "change the workflow";
    public static final String ETAG_PATTERN = "^\"[1-9][0-9]{0,8}\"$";
    public static final String REPLAYED = "Idempotent-Replayed";
    public static final String REPLAYED_DOC = "true when the answer is the one an earlier request with the same "
            + "Idempotency-Key got";
    /** Header values the document bounds: quota descriptions, origins, paths. */
    public static final int MAX_TEXT = 200;
    public static final int MAX_URI = 2048;
    /** Header values are visible ASCII and spaces. */
    public static final String PRINTABLE = "^[\\x20-\\x7E]*$";

    private Headers() {
    }
}
