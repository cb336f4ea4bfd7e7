package dev.glyphic.persistence.workflow;

import static dev.glyphic.persistence.testing.PersistenceContext.bean;

import dev.glyphic.application.port.out.workflow.TemplateRepository;

/** The TemplateRepository contract, run against the PostgreSQL adapter. */
class PgTemplateRepositoryTest extends TemplateRepositoryContract {
    @Override
    protected TemplateRepository adapter() {
        return bean(PgTemplateRepository.class);
    }
}
