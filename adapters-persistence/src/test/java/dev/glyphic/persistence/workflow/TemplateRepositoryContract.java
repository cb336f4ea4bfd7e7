package dev.glyphic.persistence.workflow;

import static dev.glyphic.persistence.testing.PersistenceContext.bean;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.application.port.PageRequest;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.application.port.out.workflow.TemplateRepository;
import dev.glyphic.application.port.out.workflow.TemplateSummary;
import dev.glyphic.application.port.out.workflow.WorkflowTemplate;
import dev.glyphic.domain.identity.DisplayName;
import dev.glyphic.domain.identity.UserId;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.workflow.TemplateId;
import dev.glyphic.persistence.testing.KeysetPages;
import dev.glyphic.persistence.testing.TestData;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every {@link TemplateRepository} must do: an organization sees its own templates and the public ones of
 * others, lists them by id a page at a time, and deletes only its own. {@code PgTemplateRepositoryTest} runs it
 * against PostgreSQL.
 */
abstract class TemplateRepositoryContract {
    private final TestData data = new TestData();
    private final Transactions tx = bean(Transactions.class);
    private final TemplateRepository templates = adapter();
    private final UserId owner = data.user().id();
    private final OrgId org = data.org(owner);
    private final UserId otherOwner = data.user().id();
    private final OrgId otherOrg = data.org(otherOwner);
    /** A category of this test's own: public templates of other tests are visible here too. */
    private final String category = "c-" + TestData.unique();

    /** The adapter under test, as the application wires it. */
    protected abstract TemplateRepository adapter();

    @Test
    void aTemplateReadsBackAsStored() {
        WorkflowTemplate template = template(org, owner, false, category, 3);
        insert(template);

        assertEquals(Optional.of(template), find(org, template.id()));
        assertEquals(Optional.empty(), find(org, TemplateId.random()));
    }

    @Test
    void anotherOrganizationFindsAPublicTemplateButNotAPrivateOne() {
        WorkflowTemplate shared = template(org, owner, true, category, 1);
        WorkflowTemplate own = template(org, owner, false, category, 1);
        insert(shared);
        insert(own);

        assertEquals(Optional.of(shared), find(otherOrg, shared.id()));
        assertEquals(Optional.empty(), find(otherOrg, own.id()));
    }

    @Test
    void theListingShowsOwnAndPublicTemplatesOfTheCategoryPagedById() {
        List<WorkflowTemplate> visible = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            visible.add(insert(template(org, owner, false, category, i)));
        }
        for (int i = 0; i < 2; i++) {
            visible.add(insert(template(otherOrg, otherOwner, true, category, i)));
        }
        insert(template(otherOrg, otherOwner, false, category, 1));
        insert(template(org, owner, false, category + "-other", 1));

        KeysetPages.assertPages(KeysetPages.byId(visible, t -> t.id().value()).stream().map(t -> t.id().value())
                .toList(), 2, id -> id, page -> list(Optional.of(category), page).stream()
                .map(s -> s.id().value()).toList());
    }

    @Test
    void withoutACategoryTheListingShowsEveryCategory() {
        WorkflowTemplate first = insert(template(org, owner, false, category, 1));
        WorkflowTemplate second = insert(template(org, owner, false, category + "-other", 1));
        WorkflowTemplate hidden = insert(template(otherOrg, otherOwner, false, category, 1));

        List<TemplateId> listed = list(Optional.empty(), PageRequest.first(PageRequest.MAX_LIMIT)).stream()
                .map(TemplateSummary::id).toList();

        assertTrue(listed.containsAll(List.of(first.id(), second.id())), listed.toString());
        assertFalse(listed.contains(hidden.id()), "another organization's private template is not listed");
    }

    @Test
    void aSummaryCountsTheNodesOfTheDefinitionAndCarriesTheRest() {
        WorkflowTemplate template = insert(template(org, owner, true, category, 4));
        WorkflowTemplate empty = insert(new WorkflowTemplate(TemplateId.random(), org, DisplayName.of("Empty"), "",
                category, new Json.Obj(Map.of()), false, owner, TestData.now()));

        List<TemplateSummary> listed = list(Optional.of(category), PageRequest.first(10));

        TemplateSummary summary = listed.stream().filter(s -> s.id().equals(template.id())).findFirst().orElseThrow();
        assertEquals(new TemplateSummary(template.id(), org, template.name(), template.description(), category, true,
                4, owner, template.createdAt()), summary);
        assertEquals(0, listed.stream().filter(s -> s.id().equals(empty.id())).findFirst().orElseThrow().nodeCount(),
                "a definition without nodes counts none");
    }

    @Test
    void onlyTheOwningOrganizationDeletesATemplate() {
        WorkflowTemplate shared = insert(template(org, owner, true, category, 1));

        tx.inTenant(otherOrg, () -> {
            templates.delete(otherOrg, shared.id());
            return null;
        });
        assertEquals(Optional.of(shared), find(org, shared.id()), "another organization cannot delete it");

        tx.inTenant(org, () -> {
            templates.delete(org, shared.id());
            return null;
        });
        assertEquals(Optional.empty(), find(org, shared.id()));
        assertEquals(Optional.empty(), find(otherOrg, shared.id()));
    }

    private static WorkflowTemplate template(OrgId org, UserId author, boolean shared, String category, int nodes) {
        Json.Obj node = new Json.Obj(Map.of("id", Json.of("n"), "type", Json.of("step")));
        Json.Obj definition = new Json.Obj(Map.of("nodes", new Json.Arr(Collections.nCopies(nodes, node))));
        return new WorkflowTemplate(TemplateId.random(), org, DisplayName.of("Template"), "Does a thing", category,
                definition, shared, author, TestData.now());
    }

    private WorkflowTemplate insert(WorkflowTemplate template) {
        tx.inTenant(template.orgId(), () -> {
            templates.insert(template);
            return null;
        });
        return template;
    }

    private Optional<WorkflowTemplate> find(OrgId viewer, TemplateId id) {
        return tx.inTenant(viewer, () -> templates.find(viewer, id));
    }

    private List<TemplateSummary> list(Optional<String> category, PageRequest page) {
        return tx.inTenant(org, () -> templates.list(org, category, page));
    }
}
