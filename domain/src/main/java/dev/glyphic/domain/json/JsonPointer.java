package dev.glyphic.domain.json;

/** RFC 6901 pointers into a document, built step by step: {@code /nodes/3/data/fields/url}. */
public record JsonPointer(String value) {
    public static final JsonPointer ROOT = new JsonPointer("");

    public JsonPointer at(String key) {
        return new JsonPointer(value + "/" + key.replace("~", "~0").replace("/", "~1"));
    }

    public JsonPointer at(int index) {
        return new JsonPointer(value + "/" + index);
    }

    @Override
    public String toString() {
        return value;
    }
}
