package dev.glyphic.application.port.in.workflow;

import dev.glyphic.domain.identity.DisplayName;

/**
 * What describes a new template, whether written from scratch ({@link CreateTemplate}) or saved from a workflow
 * ({@link SaveWorkflowAsTemplate}).
 *
 * @param shared public: every organization can read it and make workflows from it
 */
public record TemplateDetails(DisplayName name, String description, String category, boolean shared) {
}
