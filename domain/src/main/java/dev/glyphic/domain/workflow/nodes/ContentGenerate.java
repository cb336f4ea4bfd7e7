package dev.glyphic.domain.workflow.nodes;

import static dev.glyphic.domain.workflow.FieldSpec.field;

import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.workflow.FieldType;
import dev.glyphic.domain.workflow.Handle;
import dev.glyphic.domain.workflow.NodeCategory;
import dev.glyphic.domain.workflow.ValueType;
import java.util.List;
import java.util.Map;

/** Generates a script, an image, a voice-over or a video; a script is text, the others are media. */
public final class ContentGenerate extends DeclaredNodeType {
    public ContentGenerate() {
        super("content.generate", NodeCategory.CONTENT,
                "Generates a script, image, voice-over or video through the content-generation providers",
                List.of(field("kind", FieldType.ENUM).required().oneOf("script", "image", "voice", "video")
                                .describe("what to generate"),
                        field("prompt", FieldType.TEXT).required().expressions().describe("what it should be about"),
                        field("model", FieldType.STRING)
                                .describe("provider model id; empty means the configured default"),
                        field("options", FieldType.JSON).expressions()
                                .describe("provider options such as aspect ratio, voice or duration")),
                List.of(Handle.of("input", ValueType.ANY)), List.of());
    }

    @Override
    public List<Handle> outputs(Map<String, Json> fields) {
        boolean script = fields.get("kind") instanceof Json.Str kind && kind.value().equals("script");
        return List.of(Handle.of("content", script ? ValueType.TEXT : ValueType.MEDIA));
    }
}
